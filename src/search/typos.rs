//! Typo candidates from the vocabulary: an `fst` map of every word of the knowledge base,
//! searched with a Levenshtein automaton that counts a swap of neighbouring letters as one edit
//! (optimal string alignment distance), so only the branches of the vocabulary within reach of
//! the query word are visited, never every word.
//!
//! The automaton is simulated one dynamic-programming row per byte rather than compiled to a DFA
//! first: compiling (`levenshtein_automata`, fst's own `Levenshtein`) costs 0.1–12 ms per word
//! before the first step, which a keystroke and `pmpo search` cannot afford, while stepping rows
//! costs nothing up front (BENCHMARKS.md, "Typo candidates", has the measurement). Edits are
//! counted on UTF-8 bytes: a wrong accented letter counts as two.
//!
//! How many edits a word may have (issue 10, Algolia's defaults, checked on the relevance cases):
//! none below [`ONE_TYPO_FROM`] letters, one from it, two from [`TWO_TYPOS_FROM`]; a word of
//! fewer than [`TWO_TYPOS_FROM`] letters must keep its first letter.

use fst::{Automaton, IntoStreamer, Map, Streamer};

/// Words of at least this many letters may have one typo.
pub const ONE_TYPO_FROM: usize = 4;
/// Words of at least this many letters may have two typos.
pub const TWO_TYPOS_FROM: usize = 8;
/// The longest word (in bytes) typos are looked for in; longer words must match as typed.
const MAX_BYTES: usize = 32;

/// How many typos a query word of `letters` letters may have.
pub fn allowed(letters: usize, one_from: usize, two_from: usize) -> u8 {
    if letters >= two_from { 2 } else { u8::from(letters >= one_from) }
}

/// The automaton: bytes that must come first as they are (`head`: the first letter of a short
/// word), then the rest of the query within the edit budget. `prefix` also accepts every word
/// that begins with something within the budget of the query (for the word being typed).
#[derive(Debug, Clone)]
struct Edits<'a> {
    head: &'a [u8],
    query: &'a [u8],
    budget: u8,
    prefix: bool,
}

/// One step of the automaton: how much of the head has been read (or that it was missed), the
/// current row of distances (query prefix length → distance), the row before it and the byte
/// that led to it (for swaps), and, for a prefix automaton, the best distance at which the whole
/// query has been consumed so far.
#[derive(Debug, Clone)]
struct Row {
    read: usize,
    dead: bool,
    now: [u8; MAX_BYTES + 1],
    before: [u8; MAX_BYTES + 1],
    last: Option<u8>,
    done: u8,
}

impl Edits<'_> {
    fn in_tail(&self, row: &Row) -> bool {
        !row.dead && row.read == self.head.len()
    }

    fn edits(&self, row: &Row) -> u8 {
        row.now[self.query.len()].min(row.done)
    }
}

impl Automaton for Edits<'_> {
    type State = Row;

    fn start(&self) -> Row {
        let mut now = [u8::MAX; MAX_BYTES + 1];
        for (j, cell) in now.iter_mut().enumerate().take(self.query.len() + 1) {
            *cell = j as u8;
        }
        let done = if self.prefix { now[self.query.len()] } else { u8::MAX };
        Row { read: 0, dead: false, now, before: [u8::MAX; MAX_BYTES + 1], last: None, done }
    }

    fn is_match(&self, row: &Row) -> bool {
        self.in_tail(row) && self.edits(row) <= self.budget
    }

    fn can_match(&self, row: &Row) -> bool {
        if row.dead {
            return false;
        }
        if row.read < self.head.len() {
            return true;
        }
        let n = self.query.len();
        row.done <= self.budget
            || row.now[..=n].iter().any(|&d| d <= self.budget)
            || row.before[..=n].iter().any(|&d| d < self.budget)
    }

    fn will_always_match(&self, row: &Row) -> bool {
        self.in_tail(row) && row.done <= self.budget
    }

    fn accept(&self, row: &Row, byte: u8) -> Row {
        if row.dead {
            return row.clone();
        }
        if let Some(&expected) = self.head.get(row.read) {
            let mut next = row.clone();
            next.read += 1;
            next.dead = byte != expected;
            return next;
        }
        let q = self.query;
        let mut now = [u8::MAX; MAX_BYTES + 1];
        now[0] = row.now[0].saturating_add(1);
        for j in 1..=q.len() {
            let substitute = row.now[j - 1].saturating_add(u8::from(q[j - 1] != byte));
            let mut best = substitute.min(row.now[j].saturating_add(1)).min(now[j - 1].saturating_add(1));
            // A swap of neighbours: the byte before this one and this one, crossed.
            if j > 1 && row.last == Some(q[j - 1]) && q[j - 2] == byte {
                best = best.min(row.before[j - 2].saturating_add(1));
            }
            now[j] = best;
        }
        let done = if self.prefix { row.done.min(now[q.len()]) } else { u8::MAX };
        Row { read: row.read, dead: false, now, before: row.now, last: Some(byte), done }
    }
}

/// One word of the vocabulary within reach of a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// The word's id in the vocabulary.
    pub term: u32,
    /// The edits it takes (0 for an exact match or, with `prefix`, a word the query begins).
    pub edits: u8,
}

/// Every word of `vocabulary` within `budget` edits of `word` (or, with `prefix`, beginning with
/// something within `budget` edits of it), with the edits each takes. With `keep_first`, only
/// words that begin with the query's first letter.
pub fn candidates(
    vocabulary: &Map<Vec<u8>>,
    word: &str,
    budget: u8,
    prefix: bool,
    keep_first: bool,
) -> Vec<Candidate> {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_BYTES || bytes.is_empty() {
        return Vec::new();
    }
    let first = if keep_first { word.chars().next().map_or(0, char::len_utf8) } else { 0 };
    let (head, query) = bytes.split_at(first);
    let automaton = Edits { head, query, budget, prefix };
    let mut stream = vocabulary.search_with_state(&automaton).into_stream();
    let mut out = Vec::new();
    while let Some((_, term, row)) = stream.next() {
        out.push(Candidate { term: term as u32, edits: automaton.edits(&row) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Map<Vec<u8>> {
        let mut sorted: Vec<&str> = words.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        Map::from_iter(sorted.iter().enumerate().map(|(i, w)| (*w, i as u64))).unwrap_or_default()
    }

    fn found(
        map: &Map<Vec<u8>>,
        word: &str,
        budget: u8,
        prefix: bool,
        keep_first: bool,
    ) -> Vec<(String, u8)> {
        let keys: Vec<String> = map.stream().into_str_keys().unwrap_or_default();
        let mut out: Vec<(String, u8)> = candidates(map, word, budget, prefix, keep_first)
            .into_iter()
            .map(|c| (keys[c.term as usize].clone(), c.edits))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn edits_swaps_and_budgets() {
        let map = vocabulary(&[
            "certification",
            "certifications",
            "retrospectives",
            "salary",
            "scrum",
            "scrub",
            "cert",
            "test",
        ]);
        assert_eq!(found(&map, "certfication", 1, false, false), [("certification".to_string(), 1)]);
        assert_eq!(
            found(&map, "certfication", 2, false, false),
            [("certification".to_string(), 1), ("certifications".to_string(), 2)]
        );
        // A swap of neighbours is one edit.
        assert_eq!(found(&map, "sacrum", 1, false, false), [("scrum".to_string(), 1)], "one letter too many");
        assert_eq!(found(&map, "scurm", 1, false, false), [("scrum".to_string(), 1)]);
        assert_eq!(found(&map, "retrospectve", 2, false, false), [("retrospectives".to_string(), 2)]);
        assert_eq!(found(&map, "scrum", 0, false, false), [("scrum".to_string(), 0)]);
    }

    #[test]
    fn prefixes_with_and_without_typos() {
        let map = vocabulary(&["certification", "cert", "ceremony", "test", "scrum"]);
        assert_eq!(
            found(&map, "cer", 0, true, false),
            [("ceremony".to_string(), 0), ("cert".to_string(), 0), ("certification".to_string(), 0)]
        );
        assert_eq!(found(&map, "certfic", 1, true, false), [("certification".to_string(), 1)]);
        // "cetr": a swap, as typed on the way to "certification".
        assert!(found(&map, "cetr", 1, true, true).contains(&("certification".to_string(), 1)));
    }

    #[test]
    fn short_words_keep_their_first_letter() {
        let map = vocabulary(&["scrum", "crum", "drum"]);
        assert_eq!(found(&map, "xrum", 1, false, false), [("crum".to_string(), 1), ("drum".to_string(), 1)]);
        assert_eq!(found(&map, "xrum", 1, false, true), []);
        assert_eq!(found(&map, "srum", 1, false, true), [("scrum".to_string(), 1)]);
        assert_eq!(allowed(3, 4, 8), 0);
        assert_eq!(allowed(4, 4, 8), 1);
        assert_eq!(allowed(8, 4, 8), 2);
    }
}
