//! Typo candidates from a vocabulary: which structure to use, measured. For each query word, every
//! vocabulary word within its typo budget (one edit from 4 letters, two from 8, a swap counting
//! one where the structure can):
//!
//! - `rows`: pmpo's choice, an `fst` map walked with a Levenshtein automaton stepped one
//!   dynamic-programming row per byte (`pmpo::search::typos`), nothing compiled up front;
//! - `lev_dfa`: the same map with tantivy's `levenshtein_automata` DFA (swaps as one edit),
//!   compiled per query word from a builder made once per distance;
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
        group.bench_with_input(BenchmarkId::new("rows", query), query, |b, q| {
            b.iter(|| typos::candidates(&map, black_box(q), d, false, false));
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

criterion_group!(benches, typo_structures);
criterion_main!(benches);
