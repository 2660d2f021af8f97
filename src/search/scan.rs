//! Ranking: one pass over an entry's words gives, for each query word, its best match (fewest
//! typos, then the best place, then the most exact), and how close each pair of query words
//! comes; [`Found::score`] packs the ranking rules into one integer.
//!
//! Proximity is counted between each matched query word and the next matched one, in three
//! steps: 0 when they stand as in the query (in order, with no more words between them than the
//! query has, stop words included: "go-to-market" for "go to market"), 1 when within a few words
//! of that or the other way round, 2 when farther apart or in different texts. Finer distances
//! only reordered items by accidents of wording.

use super::class::Class;
use super::index::Index;
use super::matcher::{Exactness, FUZZY_TYPOS, Matcher, Target};
use super::query::MAX_WORDS;
use super::skim::Scorer;

/// A word not matched.
pub(crate) const NONE: u8 = u8::MAX;
/// Proximity of two query words that are far apart or in different texts.
const FAR: u8 = 2;
/// Words beyond the query's own gap within which two words still count as near (see
/// [`super::Tuning::near`]).
pub(crate) const NEAR: u32 = 0;
/// The share of entries (percent) above which a query word is common (see
/// [`super::Tuning::common_above`]).
pub(crate) const COMMON_ABOVE: u32 = 10;

/// The parts of a [`Found::score`], for tests that check one rule at a time.
#[cfg(test)]
pub(crate) mod rules {
    /// How many informative words matched (rule 1).
    pub(crate) fn words(score: i64) -> i64 {
        score >> 48
    }

    /// The sum of the informative words' places: 0 title, 1 label, 2 body (rule 4).
    pub(crate) fn class(score: i64) -> i64 {
        63 - ((score >> 26) & 63)
    }

    /// The sum of the informative words' exactness (rule 5).
    pub(crate) fn exact(score: i64) -> i64 {
        63 - ((score >> 20) & 63)
    }

    /// How early in the title the first matched word stands (rule 6).
    pub(crate) fn early(score: i64) -> i64 {
        score & 255
    }
}

/// A word's match, packed so that smaller is better: typos, then where (a one-sentence item's
/// sentence ranks as a label, see [`Class::Sentence`]), then exactness.
pub(crate) fn pack(typos: u8, class: Class, exact: Exactness) -> u8 {
    let rank = if class == Class::Sentence { Class::Label } else { class };
    (typos.min(3) << 5) | ((rank as u8) << 3) | exact as u8
}

/// The typos of a packed match.
pub(crate) fn typos_of(packed: u8) -> u8 {
    packed >> 5
}

/// The class of a packed match (see [`Class`]).
pub(crate) fn class_of(packed: u8) -> u8 {
    (packed >> 3) & 3
}

/// How an entry matched a query.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    /// Each query word's best match, packed ([`pack`]), or [`NONE`].
    pub(crate) best: [u8; MAX_WORDS],
    /// Each query word's most exact match among those with its fewest typos, wherever it stands
    /// (`typos << 3 | exactness`): exactness is a rule of its own, as in Meilisearch, so an
    /// exact tag counts although a synonym in the title decided where the word matched.
    exact: [u8; MAX_WORDS],
    /// The proximity of each pair of query words `[i][j]`, `i < j`: 0, 1 or [`FAR`].
    prox: [[u8; MAX_WORDS]; MAX_WORDS],
    words: usize,
    /// The query's common words, bit `i` for word `i` ([`Matcher::common`]).
    common: u16,
    /// How early in the title the first matched word stands, stop words not counted (255 for
    /// the first word, 0 for none): the last tie-break, as Meilisearch's word position ("Salary
    /// range" before "Base salary" for "salaries").
    early: u8,
}

impl Found {
    /// The ranking rules as one integer, higher is better (see the module header of
    /// [`super`]): over the informative words, how many matched, then fewer typos, then closer
    /// together; then the common words that name the item; then, over the informative words
    /// again, better places (title, label, body) and more exact matches; then the other common
    /// words matched; then how early in the title. Ties are left to knowledge-base order.
    pub(crate) fn score(&self) -> i64 {
        let (mut matched, mut typos, mut prox, mut class, mut exact) = (0i64, 0i64, 0i64, 0i64, 0i64);
        let (mut naming, mut elsewhere) = (0i64, 0i64);
        let mut previous: Option<usize> = None;
        for (i, &best) in self.best[..self.words].iter().enumerate() {
            if best == NONE {
                continue;
            }
            if self.common & (1 << i) != 0 {
                if self.names_item(i) {
                    naming += 1;
                } else {
                    elsewhere += 1;
                }
                continue;
            }
            matched += 1;
            typos += i64::from(typos_of(best));
            class += i64::from(class_of(best));
            exact += i64::from(self.exact[i] & 7);
            if let Some(before) = previous {
                prox += i64::from(self.prox[before][i]);
            }
            previous = Some(i);
        }
        // Each sum stays below 64 (at most ten words, at most 5 each), each count below 16.
        (matched << 48)
            | ((63 - typos) << 42)
            | ((63 - prox) << 36)
            | (naming << 32)
            | ((63 - class) << 26)
            | ((63 - exact) << 20)
            | (elsewhere << 16)
            | i64::from(self.early)
    }

    /// Whether common word `i`, matched, says what the item is about: it matched in the title or
    /// a label, or it stands as in the query next to another word that matched ("agile
    /// execution track" in a body). A common word anywhere else in a body says little: many
    /// bodies have it.
    fn names_item(&self, i: usize) -> bool {
        class_of(self.best[i]) != Class::Body as u8
            || (0..self.words).any(|j| j != i && self.best[j] != NONE && self.prox[i.min(j)][i.max(j)] == 0)
    }

    /// Whether some word matched best in a body (not a sentence title): the hit then shows a
    /// snippet.
    pub(crate) fn in_body(&self) -> bool {
        self.best[..self.words].iter().any(|&best| best != NONE && class_of(best) == Class::Body as u8)
    }

    /// Whether any word matched.
    pub(crate) fn any(&self) -> bool {
        self.best[..self.words].iter().any(|&best| best != NONE)
    }
}

/// Scratch space one search thread reuses from entry to entry.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Per phrase: the field and position its next element must be at, and which element.
    phrases: Vec<(u32, u32, u8, u32)>,
    scorer: Scorer,
}

/// Where each query word was last seen (field, position), for proximity.
type Seen = [(u32, u32); MAX_WORDS];

/// What proximity needs of the query: each word's place in it (stop words included) and the
/// near step ([`super::Tuning::near`]).
struct Places<'a> {
    at: &'a [usize],
    near: u32,
}

/// One entry's scan in progress.
struct Scan<'a> {
    found: Found,
    seen: Seen,
    places: Places<'a>,
}

impl Scan<'_> {
    /// Records a match of word `i` at (`field`, `pos`).
    fn hit(&mut self, i: usize, field: u32, pos: u32, packed: u8) {
        let Places { at, near } = self.places;
        let found = &mut self.found;
        found.best[i] = found.best[i].min(packed);
        found.exact[i] = found.exact[i].min((typos_of(packed) << 3) | (packed & 7));
        for j in 0..found.words {
            let (other_field, other_pos) = self.seen[j];
            if j == i || other_field != field || other_pos == u32::MAX {
                continue;
            }
            let distance = pos.saturating_sub(other_pos);
            let step = if j < i {
                // In the query's order: a phrase within the query's own gap, else near or far.
                let gap = (at[i].saturating_sub(at[j])) as u32;
                if distance <= gap {
                    0
                } else if distance <= gap + near {
                    1
                } else {
                    FAR
                }
            } else if near > 0 && distance <= near + 1 {
                1 // the other way round, close
            } else {
                FAR
            };
            let (low, high) = (i.min(j), i.max(j));
            found.prox[low][high] = found.prox[low][high].min(step);
        }
        self.seen[i] = (field, pos);
    }

    /// Records a match covering query words `first..end` at once (a synonym of a phrase): the
    /// words inside it stand as in the query.
    fn cover(&mut self, (first, end): (usize, usize), field: u32, pos: u32, packed: u8) {
        let end = end.min(self.found.words);
        for i in first..end {
            self.hit(i, field, pos, packed);
            for j in i + 1..end {
                self.found.prox[i][j] = 0;
            }
        }
    }
}

impl Index {
    /// How entry `entry` matches `m`, or `None` when no word does.
    pub(crate) fn scan(&self, m: &Matcher, entry: usize, scratch: &mut Scratch) -> Option<Found> {
        let words = m.words.len().min(MAX_WORDS);
        let found = Found {
            best: [NONE; MAX_WORDS],
            exact: [NONE; MAX_WORDS],
            prox: [[FAR; MAX_WORDS]; MAX_WORDS],
            words,
            common: m.common,
            early: 0,
        };
        let places = Places { at: &m.at, near: self.tuning.near };
        let mut scan = Scan { found, seen: [(u32::MAX, u32::MAX); MAX_WORDS], places };
        scratch.phrases.clear();
        scratch.phrases.resize(m.phrases.len(), (u32::MAX, 0, 0, 0));
        let range = self.entries[entry].fields.clone();
        for (field_id, field) in (range.start..range.end).zip(self.fields_of(entry)) {
            let title = field_id == range.start && field.class == Class::Title;
            // Words of the title before the first match, stop words not counted ("Is a Scrum
            // certification…" has its first match second, like "Product School Certification").
            let mut before = 0u32;
            for (pos, &term) in (0u32..).zip(self.field_tokens(field)) {
                if title && scan.found.early == 0 {
                    if !m.matches(term).is_empty() {
                        scan.found.early = 255 - before.min(254) as u8;
                    } else if !self.vocabulary.is_stop(term) {
                        before += 1;
                    }
                }
                for found_term in m.matches(term) {
                    let packed = pack(found_term.typos, field.class, found_term.exact);
                    match found_term.target {
                        Target::Words { first, end } => {
                            let words = (first.into(), end.into());
                            scan.cover(words, field_id, pos, packed);
                        }
                        Target::Step { phrase, k } => {
                            let p = m.phrases[usize::from(phrase)];
                            let state = &mut scratch.phrases[usize::from(phrase)];
                            if k > 0 && state.0 == field_id && state.1 == pos && state.2 == k {
                                *state = (field_id, pos + 1, k + 1, state.3);
                            } else if k == 0 {
                                *state = (field_id, pos + 1, 1, pos);
                            } else {
                                continue;
                            }
                            if state.2 == p.len {
                                let start = state.3;
                                state.0 = u32::MAX;
                                let words = (p.first.into(), p.end.into());
                                scan.cover(words, field_id, start, packed);
                            }
                        }
                    }
                }
            }
        }
        let mut found = scan.found;
        for (i, word) in &m.fuzzy {
            let i = usize::from(*i);
            if i < words
                && found.best[i] == NONE
                && let Some(class) = self.shorts.best(entry, word, &mut scratch.scorer)
            {
                found.best[i] = pack(FUZZY_TYPOS, class, Exactness::Fuzzy);
                found.exact[i] = (FUZZY_TYPOS << 3) | Exactness::Fuzzy as u8;
            }
        }
        found.any().then_some(found)
    }
}
