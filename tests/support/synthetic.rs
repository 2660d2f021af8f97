//! Synthetic knowledge bases for benchmarks and property tests: the embedded knowledge base with
//! its FAQ replaced by `n` generated entries (questions of 60–100 characters, answers of 400–800),
//! the same for the same seed.
//!
//! Shared by `tests/` and `benches/` through `#[path]`, so none of it ships in the binary. Words
//! come from a product-management vocabulary that holds "certification" and its relatives (and
//! many other words beginning with c, ce, cer...), so that typing "certification" hits a share
//! of entries that narrows as the query grows, as it would in a real question bank. A few words
//! are not ASCII, to keep character positions honest.

use pmpo::kb::{FaqEntry, KnowledgeBase};

/// The words questions and answers are made of, most frequent first: word `r` (from 1) is drawn
/// with weight 1/r (Zipf's law, as in natural text). "certification" is the 48th of 168, so
/// about two answers in five hold it or "certifications", and many words begin with c, ce or cer.
pub const VOCABULARY: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "for",
    "that",
    "on",
    "with",
    "as",
    "be",
    "it",
    "by",
    "are",
    "or",
    "at",
    "from",
    "this",
    "an",
    "can",
    "your",
    "what",
    "how",
    "which",
    "who",
    "when",
    "does",
    "should",
    "do",
    "not",
    "more",
    "most",
    "their",
    "team",
    "product",
    "owner",
    "manager",
    "role",
    "work",
    "company",
    "scrum",
    "backlog",
    "sprint",
    "customer",
    "career",
    "certification",
    "salary",
    "stakeholder",
    "roadmap",
    "strategy",
    "market",
    "change",
    "value",
    "case",
    "skills",
    "vision",
    "course",
    "priority",
    "agile",
    "developers",
    "cost",
    "story",
    "review",
    "framework",
    "level",
    "senior",
    "central",
    "context",
    "ceremony",
    "research",
    "delivery",
    "release",
    "feature",
    "competitor",
    "capacity",
    "coach",
    "certain",
    "culture",
    "criteria",
    "credential",
    "certified",
    "planning",
    "quality",
    "decision",
    "users",
    "needs",
    "problem",
    "solution",
    "budget",
    "revenue",
    "pricing",
    "launch",
    "startup",
    "enterprise",
    "scale",
    "hierarchy",
    "authority",
    "risk",
    "outcome",
    "output",
    "metric",
    "velocity",
    "burndown",
    "retrospective",
    "refinement",
    "acceptance",
    "done",
    "test",
    "interview",
    "question",
    "answer",
    "exam",
    "assessment",
    "training",
    "alliance",
    "institute",
    "school",
    "growth",
    "margin",
    "equity",
    "bonus",
    "pay",
    "director",
    "principal",
    "staff",
    "junior",
    "title",
    "job",
    "posting",
    "cycle",
    "certificate",
    "ceiling",
    "centre",
    "cell",
    "candidate",
    "certainty",
    "train",
    "program",
    "portfolio",
    "safe",
    "trade-off",
    "size",
    "org",
    "every",
    "first",
    "next",
    "after",
    "before",
    "between",
    "across",
    "without",
    "less",
    "stories",
    "ceremonies",
    "careers",
    "certifications",
    "certify",
    "cert",
    "cereal",
    "cerebral",
    "rôle",
    "café",
    "naïve",
    "Zürich",
    "Ångström",
    "façade",
];

/// Cumulative Zipf weights of [`VOCABULARY`], for drawing a word with one random number.
fn cumulative() -> Vec<f64> {
    let mut sum = 0.0;
    (1..=VOCABULARY.len())
        .map(|rank| {
            sum += 1.0 / rank as f64;
            sum
        })
        .collect()
}

const TAGS: &[&str] = &[
    "certification",
    "career",
    "salary",
    "scrum",
    "safe",
    "backlog",
    "interview",
    "skills",
    "agile",
    "roles",
    "startup",
    "enterprise",
    "pay",
    "cspo",
    "pspo",
];

/// A small deterministic generator (splitmix64): enough for test data, and no dependency.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next_u64() % (high - low + 1) as u64) as usize
    }

    /// One of `items`, all equally likely.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.between(0, items.len() - 1)]
    }

    /// A word of the vocabulary, by Zipf weight; `cumulative` from [`cumulative`].
    pub fn word(&mut self, cumulative: &[f64]) -> &'static str {
        let total = cumulative.last().copied().unwrap_or(1.0);
        let point = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let rank = cumulative.partition_point(|&sum| sum <= point);
        VOCABULARY[rank.min(VOCABULARY.len() - 1)]
    }
}

/// Text of `low..=high` characters: words from the vocabulary, a capital at each sentence start,
/// sentences of `sentence` words ended by `end`.
fn text(
    rng: &mut Rng,
    weights: &[f64],
    low: usize,
    high: usize,
    sentence: (usize, usize),
    end: char,
) -> String {
    // The text ends up to two characters short of `target` (a word needs ". " before it).
    let target = rng.between(low + 2, high);
    let mut out = String::new();
    let mut length = 0; // in characters
    let mut left_in_sentence = 0;
    loop {
        // What goes before the word: nothing at the start, ". " between sentences, else " ".
        let before = match (length, left_in_sentence) {
            (0, _) => 0,
            (_, 0) => 2,
            _ => 1,
        };
        // One character stays free for the final punctuation.
        let room = (target - 1).saturating_sub(length + before);
        let mut word = rng.word(weights);
        if word.chars().count() > room {
            if room == 0 {
                break;
            }
            word = "a"; // always fits when anything does
        }
        if before == 2 {
            out.push(end);
        }
        if before > 0 {
            out.push(' ');
        }
        if left_in_sentence == 0 {
            left_in_sentence = rng.between(sentence.0, sentence.1);
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase().take(1));
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
        length += before + word.chars().count();
        left_in_sentence -= 1;
    }
    out.push(end);
    out
}

/// `n` FAQ entries generated from `seed`.
pub fn faq(n: usize, seed: u64) -> Vec<FaqEntry> {
    let mut rng = Rng::new(seed);
    let weights = cumulative();
    (0..n)
        .map(|i| FaqEntry {
            id: format!("faq-synthetic-{i}"),
            question: text(&mut rng, &weights, 60, 100, (usize::MAX / 2, usize::MAX / 2), '?'),
            answer: text(&mut rng, &weights, 400, 800, (8, 16), '.'),
            tags: (0..rng.between(1, 3)).map(|_| rng.pick(TAGS).to_string()).collect(),
        })
        .collect()
}

/// The embedded knowledge base with its FAQ replaced by `n` synthetic entries.
pub fn knowledge_base(n: usize, seed: u64) -> KnowledgeBase {
    let mut kb = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    kb.faq = faq(n, seed);
    kb
}
