//! Typo candidates from the vocabulary: an `fst` map of every word of the knowledge base,
//! searched with a Levenshtein automaton (tantivy's `levenshtein_automata`, which counts a swap
//! of neighbouring letters as one edit), so only the branches of the vocabulary within reach of
//! the query word are visited, never every word.
//!
//! Chosen by measurement (BENCHMARKS.md, "Typo candidates", `cargo bench --bench typos`) over a
//! SymSpell-style deletion index (fastest per word, but 15 ms to build for this knowledge base
//! and seconds for a large vocabulary, paid at every `pmpo search`), fst's own Levenshtein
//! automaton (no swaps; milliseconds to compile a word) and an automaton stepped one
//! dynamic-programming row per byte (nothing to compile, half the speed). The DFA builders cost
//! 0.4 ms once per process, made on first need, one per distance. Edits are counted on UTF-8
//! bytes: a wrong accented letter counts as two.
//!
//! How many edits a word may have (issue 10, Algolia's defaults, checked on the relevance cases):
//! none below [`ONE_TYPO_FROM`] letters, one from it, two from [`TWO_TYPOS_FROM`]; a word of
//! fewer than [`TWO_TYPOS_FROM`] letters must keep its first letter.

use std::sync::OnceLock;

use fst::{Automaton, IntoStreamer, Map, Streamer};
use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

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

/// The builder of automata for `distance` edits (1 or 2), made once per process.
fn builder(distance: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    let cell = if distance >= 2 { &TWO } else { &ONE };
    cell.get_or_init(|| LevenshteinAutomatonBuilder::new(distance.clamp(1, 2), true))
}

/// A DFA behind bytes that must come first as they are (`head`: the first letter of a short
/// word, which may not be wrong).
struct Headed<'a> {
    head: &'a [u8],
    dfa: &'a DFA,
}

/// How much of the head has been read, then the DFA's state; `None` once the head was missed.
type HeadState = Option<(usize, u32)>;

impl Automaton for Headed<'_> {
    type State = HeadState;

    fn start(&self) -> HeadState {
        Some((0, self.dfa.initial_state()))
    }

    fn is_match(&self, state: &HeadState) -> bool {
        matches!(state, Some((read, dfa)) if *read == self.head.len() && matches!(self.dfa.distance(*dfa), Distance::Exact(_)))
    }

    fn can_match(&self, state: &HeadState) -> bool {
        matches!(state, Some((_, dfa)) if *dfa != SINK_STATE)
    }

    fn accept(&self, state: &HeadState, byte: u8) -> HeadState {
        let (read, dfa) = (*state)?;
        match self.head.get(read) {
            Some(&expected) => (byte == expected).then_some((read + 1, dfa)),
            None => Some((read, self.dfa.transition(dfa, byte))),
        }
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
    if budget == 0 {
        // No automaton needed: the word itself, or every word it begins.
        if !prefix {
            return vocabulary
                .get(bytes)
                .map(|term| Candidate { term: term as u32, edits: 0 })
                .into_iter()
                .collect();
        }
        let mut stream = vocabulary.search(fst::automaton::Str::new(word).starts_with()).into_stream();
        let mut out = Vec::new();
        while let Some((_, term)) = stream.next() {
            out.push(Candidate { term: term as u32, edits: 0 });
        }
        return out;
    }
    let first = if keep_first { word.chars().next().map_or(0, char::len_utf8) } else { 0 };
    let (head, rest) = word.split_at(first);
    let builder = builder(budget);
    let dfa = if prefix { builder.build_prefix_dfa(rest) } else { builder.build_dfa(rest) };
    let automaton = Headed { head: head.as_bytes(), dfa: &dfa };
    let mut stream = vocabulary.search_with_state(&automaton).into_stream();
    let mut out = Vec::new();
    while let Some((_, term, state)) = stream.next() {
        let Some(Distance::Exact(edits)) = state.map(|(_, dfa_state)| dfa.distance(dfa_state)) else {
            continue;
        };
        out.push(Candidate { term: term as u32, edits });
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
