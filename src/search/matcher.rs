//! A query resolved against one index: for every word of the vocabulary that can stand for a
//! query word, which word(s) it stands for and how well (typos, exactness); the synonym phrases
//! to look for; the words left to fuzzy matching. Built once per query, it answers "does this
//! word of a text match?" with one array read, which is what scanning and highlighting ask.

use super::fuzzy::FuzzyWord;
use super::index::Index;
use super::query::{Query, QueryWord};
use super::typos::{allowed, candidates};
use super::words::stem;

/// How a text's word matches a query word: the last ranking rule, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Exactness {
    /// The word as typed.
    Exact = 0,
    /// Another form of it (`pays` for `pay`).
    Stem = 1,
    /// A synonym or an acronym from the knowledge base.
    Synonym = 2,
    /// Within the typos allowed.
    Typo = 3,
    /// A word the (last) query word begins.
    Prefix = 4,
    /// Letters of the word, scattered in a short field.
    Fuzzy = 5,
}

/// Typos a fuzzy match counts as: more than any real typo, so whole words rank first.
pub(crate) const FUZZY_TYPOS: u8 = 3;

/// What one word of the vocabulary matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Query words `first..end` (one word, or several for a synonym of a phrase).
    Words { first: u8, end: u8 },
    /// Element `k` of synonym phrase `phrase`.
    Step { phrase: u16, k: u8 },
}

/// One way a vocabulary word matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TermMatch {
    pub(crate) target: Target,
    pub(crate) typos: u8,
    pub(crate) exact: Exactness,
}

/// A phrase from a synonym group, standing for query words `first..end`: found where its `len`
/// elements occur one after another in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub(crate) first: u8,
    pub(crate) end: u8,
    pub(crate) len: u8,
}

/// A query resolved against an index; see the module documentation. Get one from
/// [`Index::matcher`]; it is only meaningful with the index that made it.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    pub(crate) words: Vec<QueryWord>,
    /// Each word's place in the query, stop words included (for proximity).
    pub(crate) at: Vec<usize>,
    /// For each vocabulary word: 0, or 1 + its list in `lists`.
    slot: Vec<u32>,
    lists: Vec<Vec<TermMatch>>,
    /// The vocabulary words that match anything, for finding candidates.
    pub(crate) terms: Vec<u32>,
    pub(crate) phrases: Vec<Phrase>,
    /// Words that matched no vocabulary word: tried as scattered letters in short fields.
    pub(crate) fuzzy: Vec<(u8, FuzzyWord)>,
    /// An empty query: everything in scope matches.
    pub(crate) everything: bool,
    /// The common words, bit `i` for word `i` (see [`super::Tuning::common_above`]); none when
    /// every word is common, as stop words count when they are all a query has.
    pub(crate) common: u16,
}

// `Matcher::common` has a bit for every word a query keeps.
const _: () = assert!(super::query::MAX_WORDS <= 16);

impl Matcher {
    /// The query words (as typed) that are common, so rank after the others (see
    /// [`super::Tuning::common_above`]).
    pub fn common_words(&self) -> Vec<&str> {
        self.words
            .iter()
            .enumerate()
            .filter(|(i, _)| self.common & (1 << i) != 0)
            .map(|(_, word)| word.typed.as_str())
            .collect()
    }

    /// How the vocabulary word `term` matches, if it does.
    pub(crate) fn matches(&self, term: u32) -> &[TermMatch] {
        match self.slot.get(term as usize) {
            Some(&slot) if slot > 0 => &self.lists[slot as usize - 1],
            _ => &[],
        }
    }

    /// Records that `term` matches `target`; of two ways to match the same target, the better.
    fn add(&mut self, term: u32, target: Target, typos: u8, exact: Exactness) {
        let found = TermMatch { target, typos, exact };
        let Some(slot) = self.slot.get_mut(term as usize) else { return };
        if *slot == 0 {
            self.lists.push(vec![found]);
            *slot = self.lists.len() as u32;
            self.terms.push(term);
            return;
        }
        let list = &mut self.lists[*slot as usize - 1];
        match list.iter_mut().find(|known| known.target == target) {
            Some(known) if (typos, exact) < (known.typos, known.exact) => *known = found,
            Some(_) => {}
            None => list.push(found),
        }
    }

    /// Adds synonym phrase `member` (stemmed words) as standing for query words `first..end`;
    /// nothing when one of its words is in no text.
    fn add_phrase(&mut self, index: &Index, member: &[String], first: usize, end: usize) {
        if member.len() > usize::from(u8::MAX)
            || member.iter().any(|word| index.vocabulary.with_stem(word).is_empty())
        {
            return;
        }
        let phrase = self.phrases.len() as u16;
        self.phrases.push(Phrase { first: first as u8, end: end as u8, len: member.len() as u8 });
        for (k, word) in member.iter().enumerate() {
            for term in index.vocabulary.with_stem(word) {
                self.add(term, Target::Step { phrase, k: k as u8 }, 0, Exactness::Synonym);
            }
        }
    }
}

impl Index {
    /// Resolves `query` against this index: see [`Matcher`].
    pub fn matcher(&self, query: &Query) -> Matcher {
        let words = query.words().to_vec();
        let n = words.len();
        let at = words.iter().map(|word| word.at).collect();
        let mut m = Matcher {
            words,
            at,
            slot: vec![0; self.vocabulary.len()],
            everything: n == 0,
            ..Matcher::default()
        };
        let stems: Vec<String> = m.words.iter().map(|word| stem(&word.folded).into_owned()).collect();
        let tuning = self.tuning;
        for (i, stem) in stems.iter().enumerate() {
            let word = m.words[i].folded.clone();
            let target = Target::Words { first: i as u8, end: i as u8 + 1 };
            let letters = word.chars().count();
            let budget = if word.chars().any(|c| c.is_ascii_digit()) {
                0
            } else {
                allowed(letters, tuning.one_typo_from, tuning.two_typos_from)
            };
            let keep_first = letters < tuning.two_typos_from;
            let exact = self.vocabulary.id(&word);
            if let Some(term) = exact {
                m.add(term, target, 0, Exactness::Exact);
            }
            let mut own = self.vocabulary.with_stem(stem);
            for &term in &own {
                m.add(term, target, 0, if Some(term) == exact { Exactness::Exact } else { Exactness::Stem });
            }
            own.extend(exact.filter(|term| !own.contains(term)));
            if self.entries_holding(&own) * 100 > self.entries.len() * tuning.common_above as usize {
                m.common |= 1 << i;
            }
            if budget > 0 {
                for candidate in candidates(&self.vocabulary.map, &word, budget, false, keep_first) {
                    for term in self.vocabulary.siblings(candidate.term) {
                        let typos = candidate.edits.max(1);
                        m.add(term, target, typos, Exactness::Typo);
                    }
                }
            }
            if query.last_is_prefix() && i + 1 == n {
                for candidate in candidates(&self.vocabulary.map, &word, budget, true, keep_first) {
                    m.add(candidate.term, target, candidate.edits, Exactness::Prefix);
                }
            }
        }
        if m.common.count_ones() as usize == n {
            m.common = 0;
        }
        self.add_synonyms(&mut m, query);
        for i in 0..n {
            let covered = m.lists.iter().flatten().any(|found| match found.target {
                Target::Words { first, end } => (usize::from(first)..usize::from(end)).contains(&i),
                Target::Step { phrase, .. } => {
                    let p = m.phrases[usize::from(phrase)];
                    (usize::from(p.first)..usize::from(p.end)).contains(&i)
                }
            });
            if !covered && m.words[i].folded.chars().count() >= 2 {
                let fuzzy = FuzzyWord::new(&m.words[i].folded);
                m.fuzzy.push((i as u8, fuzzy));
            }
        }
        m
    }

    /// Synonyms: a query word, or run of query words (stop words included: "profit and loss"),
    /// that is a member of a group also matches the group's other members, words or phrases.
    fn add_synonyms(&self, m: &mut Matcher, query: &Query) {
        if self.synonyms.is_empty() {
            return;
        }
        let all = query.all_words();
        let stems: Vec<String> = all.iter().map(|(word, _)| stem(word).into_owned()).collect();
        for group in &self.synonyms {
            for (which, member) in group.iter().enumerate() {
                let len = member.len();
                for start in 0..stems.len().saturating_sub(len - 1) {
                    if stems[start..start + len] != member[..] {
                        continue;
                    }
                    // The kept words the run covers (it has one: members are not all stop words).
                    let kept: Vec<usize> =
                        all[start..start + len].iter().filter_map(|(_, place)| *place).collect();
                    let (Some(&first), Some(&last)) = (kept.first(), kept.last()) else { continue };
                    let (first_u8, end_u8) = (first as u8, (last + 1) as u8);
                    for (other, words) in group.iter().enumerate() {
                        if other == which || words[..] == member[..] {
                            continue;
                        }
                        if let [single] = &words[..] {
                            let target = Target::Words { first: first_u8, end: end_u8 };
                            for term in self.vocabulary.with_stem(single) {
                                m.add(term, target, 0, Exactness::Synonym);
                            }
                        } else {
                            m.add_phrase(self, words, first, last + 1);
                        }
                    }
                }
            }
        }
    }
}
