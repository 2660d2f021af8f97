//! Typo candidates from a vocabulary: which structure to use, measured. For each query word, every
//! vocabulary word within its typo budget (one edit from 4 letters, two from 8, a swap counting
//! one where the structure can):
//!
//! - `pmpo`: pmpo's choice (`pmpo::search::typos`), an `fst` map walked with tantivy's
//!   `levenshtein_automata` DFA (swaps as one edit), compiled per query word from a builder made
//!   once per distance, behind the first-letter rule;
//! - `lev_dfa`: the same without the first-letter wrapper;
//! - `rows`: the map walked with a Levenshtein automaton stepped one dynamic-programming row per
//!   byte (the first implementation, kept here to be measured), nothing compiled up front;
//! - `fst_lev`: the map with fst's own `Levenshtein` automaton (no swaps), compiled per word;
//! - `symspell`: a SymSpell-style index of every deletion of every word (up to two), looked up
//!   with the query's deletions, then checked;
//! - `scan`: the edit distance to every word, for scale.
//!
//! On the embedded knowledge base's vocabulary and on 200,000 generated words. The build of each
//! structure is measured too (`build/*`): the app builds it at load, `pmpo search` on every run.
#![allow(missing_docs, reason = "criterion's macros generate undocumented items")]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use fst::{IntoStreamer, Map, Streamer};
use levenshtein_automata::LevenshteinAutomatonBuilder;
use pmpo::kb::KnowledgeBase;
use pmpo::search::typos::{self, ONE_TYPO_FROM, TWO_TYPOS_FROM};
use pmpo::search::words::words;

const QUERIES: [&str; 5] = ["certfication", "retrospectve", "stakeholdr", "salaris", "burndwon"];

fn budget(word: &str) -> u8 {
    typos::allowed(word.chars().count(), ONE_TYPO_FROM, TWO_TYPOS_FROM)
}

/// Every distinct word of the embedded knowledge base.
fn embedded_words() -> Vec<String> {
    let kb = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    let mut out: Vec<String> = kb
        .items()
        .iter()
        .flat_map(|item| {
            std::iter::once(item.title).chain(item.labels.iter().copied()).chain(item.body.iter().copied())
        })
        .flat_map(|text| words(text).into_iter().map(|word| word.folded))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `n` pronounceable words of 3 to 14 letters, plus the embedded ones.
fn generated_words(n: usize) -> Vec<String> {
    let mut seed: u64 = 2026;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let (consonants, vowels) = (b"bcdfghklmnprstvwz", b"aeiou");
    let mut out = embedded_words();
    for _ in 0..n {
        let letters = 3 + next() % 12;
        let word: String = (0..letters)
            .map(|i| if i % 2 == 0 { consonants[next() % consonants.len()] } else { vowels[next() % vowels.len()] } as char)
            .collect();
        out.push(word);
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn fst_map(words: &[String]) -> Map<Vec<u8>> {
    Map::from_iter(words.iter().enumerate().map(|(i, w)| (w.as_str(), i as u64))).unwrap_or_default()
}

/// Optimal string alignment distance (a swap of neighbours is one edit).
fn osa(a: &[u8], b: &[u8]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Every string made of `word` with up to `left` bytes deleted (ASCII words).
fn deletions(word: &str, left: u8, out: &mut Vec<String>) {
    out.push(word.to_string());
    if left == 0 || word.is_empty() {
        return;
    }
    for i in 0..word.len() {
        if word.is_char_boundary(i) && word.is_char_boundary(i + 1) {
            deletions(&format!("{}{}", &word[..i], &word[i + 1..]), left - 1, out);
        }
    }
}

struct SymSpell {
    deletes: HashMap<String, Vec<u32>>,
}

impl SymSpell {
    fn new(words: &[String]) -> SymSpell {
        let mut deletes: HashMap<String, Vec<u32>> = HashMap::new();
        let mut scratch = Vec::new();
        for (i, word) in words.iter().enumerate() {
            scratch.clear();
            deletions(word, budget(word).max(2), &mut scratch);
            scratch.sort_unstable();
            scratch.dedup();
            for delete in scratch.drain(..) {
                deletes.entry(delete).or_default().push(i as u32);
            }
        }
        SymSpell { deletes }
    }

    fn candidates(&self, words: &[String], query: &str) -> Vec<u32> {
        let budget = budget(query);
        let mut scratch = Vec::new();
        deletions(query, budget, &mut scratch);
        let mut out: Vec<u32> = scratch
            .iter()
            .filter_map(|delete| self.deletes.get(delete))
            .flatten()
            .copied()
            .filter(|&i| osa(words[i as usize].as_bytes(), query.as_bytes()) <= usize::from(budget))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn measure(c: &mut Criterion, name: &str, words: &[String]) {
    let map = fst_map(words);
    let builders = [LevenshteinAutomatonBuilder::new(1, true), LevenshteinAutomatonBuilder::new(2, true)];
    let symspell = SymSpell::new(words);
    let mut group = c.benchmark_group(format!("typos_{name}"));
    group.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    for query in QUERIES {
        let d = budget(query);
        // Every structure finds the same words (fst's own automaton, without swaps, may find fewer).
        let expected: Vec<u32> =
            typos::candidates(&map, query, d, false, false).iter().map(|c| c.term).collect();
        let mut scanned: Vec<u32> = (0..words.len() as u32)
            .filter(|&i| osa(words[i as usize].as_bytes(), query.as_bytes()) <= usize::from(d))
            .collect();
        scanned.sort_unstable();
        let mut sorted = expected.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, scanned, "{query}");
        assert_eq!(symspell.candidates(words, query), scanned, "{query}");
        let rows: Vec<u32> = rows::candidates(&map, query, d, false, false).iter().map(|c| c.term).collect();
        assert_eq!(rows, expected, "{query}");
        group.bench_with_input(BenchmarkId::new("pmpo", query), query, |b, q| {
            b.iter(|| typos::candidates(&map, black_box(q), d, false, false));
        });
        group.bench_with_input(BenchmarkId::new("rows", query), query, |b, q| {
            b.iter(|| rows::candidates(&map, black_box(q), d, false, false));
        });
        group.bench_with_input(BenchmarkId::new("lev_dfa", query), query, |b, q| {
            b.iter(|| {
                let dfa = builders[usize::from(d) - 1].build_dfa(black_box(q));
                let mut stream = map.search(&dfa).into_stream();
                let mut found = Vec::new();
                while let Some((_, id)) = stream.next() {
                    found.push(id);
                }
                found
            });
        });
        group.bench_with_input(BenchmarkId::new("fst_lev", query), query, |b, q| {
            b.iter(|| {
                let Ok(automaton) = fst::automaton::Levenshtein::new(black_box(q), u32::from(d)) else {
                    return 0;
                };
                map.search(automaton).into_stream().into_values().len()
            });
        });
        group.bench_with_input(BenchmarkId::new("symspell", query), query, |b, q| {
            b.iter(|| symspell.candidates(words, black_box(q)));
        });
        group.bench_with_input(BenchmarkId::new("scan", query), query, |b, q| {
            b.iter(|| {
                words.iter().filter(|w| osa(w.as_bytes(), black_box(q).as_bytes()) <= usize::from(d)).count()
            });
        });
    }
    group.finish();
    let mut group = c.benchmark_group(format!("typos_build_{name}"));
    group.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2)).sample_size(10);
    group.bench_function("fst", |b| b.iter(|| fst_map(black_box(words))));
    group.bench_function("lev_dfa_builders", |b| {
        b.iter(|| [LevenshteinAutomatonBuilder::new(1, true), LevenshteinAutomatonBuilder::new(2, true)]);
    });
    group.bench_function("symspell", |b| b.iter(|| SymSpell::new(black_box(words))));
    group.finish();
}

fn typo_structures(c: &mut Criterion) {
    let embedded = embedded_words();
    eprintln!("embedded vocabulary: {} words", embedded.len());
    measure(c, "embedded", &embedded);
    let generated = generated_words(200_000);
    eprintln!("generated vocabulary: {} words", generated.len());
    measure(c, "200000", &generated);
}

/// The first implementation, measured against the one pmpo uses: a Levenshtein automaton
/// (swaps as one edit) stepped one dynamic-programming row per byte, nothing compiled up front.
mod rows {
    use fst::{Automaton, IntoStreamer, Map, Streamer};
    use pmpo::search::typos::Candidate;

    const MAX_BYTES: usize = 32;

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
}

criterion_group!(benches, typo_structures);
criterion_main!(benches);
