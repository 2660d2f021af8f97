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

/// The words questions and answers are made of.
pub const VOCABULARY: &[&str] = &[
    "certification",
    "certifications",
    "certified",
    "certificate",
    "certify",
    "certainty",
    "certain",
    "cert",
    "ceremony",
    "ceremonies",
    "ceiling",
    "centre",
    "central",
    "cereal",
    "cerebral",
    "cell",
    "career",
    "careers",
    "candidate",
    "capacity",
    "case",
    "change",
    "coach",
    "company",
    "customer",
    "competitor",
    "context",
    "cost",
    "course",
    "credential",
    "criteria",
    "culture",
    "cycle",
    "scrum",
    "product",
    "owner",
    "manager",
    "management",
    "backlog",
    "sprint",
    "story",
    "stories",
    "roadmap",
    "vision",
    "strategy",
    "market",
    "research",
    "stakeholder",
    "team",
    "developer",
    "developers",
    "delivery",
    "release",
    "feature",
    "value",
    "priority",
    "priorities",
    "agile",
    "framework",
    "safe",
    "train",
    "program",
    "portfolio",
    "salary",
    "pay",
    "bonus",
    "equity",
    "level",
    "senior",
    "junior",
    "director",
    "principal",
    "staff",
    "role",
    "roles",
    "title",
    "job",
    "posting",
    "interview",
    "question",
    "answer",
    "skill",
    "skills",
    "exam",
    "assessment",
    "training",
    "alliance",
    "institute",
    "school",
    "growth",
    "metric",
    "velocity",
    "burndown",
    "review",
    "retrospective",
    "planning",
    "refinement",
    "acceptance",
    "done",
    "quality",
    "test",
    "user",
    "users",
    "need",
    "needs",
    "problem",
    "solution",
    "budget",
    "revenue",
    "margin",
    "pricing",
    "launch",
    "startup",
    "enterprise",
    "scale",
    "size",
    "org",
    "hierarchy",
    "authority",
    "decision",
    "decisions",
    "trade-off",
    "risk",
    "outcome",
    "output",
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "or",
    "in",
    "on",
    "for",
    "with",
    "without",
    "is",
    "are",
    "can",
    "should",
    "does",
    "how",
    "what",
    "when",
    "why",
    "who",
    "which",
    "your",
    "their",
    "every",
    "most",
    "more",
    "less",
    "first",
    "next",
    "after",
    "before",
    "between",
    "across",
    "rôle",
    "café",
    "naïve",
    "Zürich",
    "Ångström",
    "façade",
];

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

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.between(0, items.len() - 1)]
    }
}

/// Text of `low..=high` characters: words from the vocabulary, a capital at each sentence start,
/// sentences of `sentence` words ended by `end`.
fn text(rng: &mut Rng, low: usize, high: usize, sentence: (usize, usize), end: char) -> String {
    // The text ends one or two characters short of `target` (a word needs a space before it).
    let target = rng.between(low + 1, high);
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
        let mut word = rng.pick(VOCABULARY);
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
    (0..n)
        .map(|i| FaqEntry {
            id: format!("faq-synthetic-{i}"),
            question: text(&mut rng, 60, 100, (usize::MAX / 2, usize::MAX / 2), '?'),
            answer: text(&mut rng, 400, 800, (8, 16), '.'),
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
