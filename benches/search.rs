//! Typing "certification" one keystroke at a time (c, ce, cer, ...) over the embedded knowledge
//! base (everything searched) and over synthetic FAQs of 1,000, 10,000 and 100,000 entries
//! (questions, answers and tags), with each speed-up added in turn:
//!
//! - `plain`: one thread, every entry in scope read;
//! - `postings`: + only the entries the inverted index names as holding a matching word;
//! - `top20`: + keeping only the best 20 (the overlay's view);
//! - `threads2`: + two threads (the app's default above 4,096 entries);
//! - `all2`: two threads and every hit kept (the FAQ tab's filter).
//!
//! Then a few whole queries as people type them (`queries/*`), the index build, and what a
//! keystroke costs the input path while the worker searches 100,000 entries.
//!
//! `benches/search_summary.sh` turns criterion's estimates into the per-keystroke median and the
//! slowest keystroke of each line, as BENCHMARKS.md reports them.
#![allow(missing_docs, reason = "criterion's macros generate undocumented items")]

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use pmpo::kb::KnowledgeBase;
use pmpo::search::{Index, Query, Scope, Tuning};

const WORD: &str = "certification";

/// One thread, every entry read.
fn plain() -> Tuning {
    Tuning { threads: 1, parallel_from: usize::MAX, candidates: false, ..Tuning::default() }
}

fn keystrokes() -> impl Iterator<Item = &'static str> + Clone {
    (1..=WORD.len()).map(|end| &WORD[..end])
}

fn typing(c: &mut Criterion, name: &str, kb: &KnowledgeBase, scope: Scope) {
    let mut group = c.benchmark_group(format!("search_{name}"));
    if kb.faq.len() >= 10_000 {
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2));
    } else {
        group.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    }
    let postings = Tuning { candidates: true, ..plain() };
    let two = Tuning { threads: 2, parallel_from: 0, ..postings };
    let variants: [(&str, Tuning, Option<usize>); 5] = [
        ("plain", plain(), None),
        ("postings", postings, None),
        ("top20", postings, Some(20)),
        ("threads2", two, Some(20)),
        ("all2", two, None),
    ];
    for (variant, tuning, limit) in variants {
        let index = Index::new(kb).with_tuning(tuning);
        for prefix in keystrokes() {
            group.bench_with_input(BenchmarkId::new(variant, prefix), prefix, |b, prefix| {
                b.iter(|| index.search(&Query::new(black_box(prefix)), scope, limit));
            });
        }
    }
    group.finish();
}

/// Whole queries as typed into the overlay: questions, typos, synonyms, phrases.
fn queries(c: &mut Criterion, kb: &KnowledgeBase) {
    let index = Index::new(kb);
    let mut group = c.benchmark_group("queries");
    group.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    for text in [
        "how much do product owners make",
        "acceptance critera",
        "switch from product owner to product manager",
        "scrum master",
        "gpm",
    ] {
        group.bench_with_input(BenchmarkId::new("embedded", text), text, |b, text| {
            b.iter(|| index.search(&Query::new(black_box(text)), Scope::All, Some(50)));
        });
    }
    group.finish();
}

fn embedded(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    typing(c, "embedded", &kb, Scope::All);
    queries(c, &kb);
    c.bench_function("index_build/embedded", |b| b.iter(|| Index::new(black_box(&kb))));
}

fn synthetic_sizes(c: &mut Criterion) {
    for n in [1_000, 10_000, 100_000] {
        let kb = synthetic::knowledge_base(n, 2026);
        typing(c, &n.to_string(), &kb, Scope::Faq);
        let mut group = c.benchmark_group("index_build");
        group.sample_size(10);
        group.bench_function(n.to_string(), |b| b.iter(|| Index::new(black_box(&kb))));
        group.finish();
    }
}

/// The input path with the worker: what a keystroke costs the UI thread while 100,000 entries are
/// being searched (a new query replaces the waiting one and cancels the running one).
fn worker_submit(c: &mut Criterion) {
    let index = std::sync::Arc::new(Index::new(&synthetic::knowledge_base(100_000, 2026)));
    let Ok(mut worker) = pmpo::search::Worker::spawn(index, || {}) else { return };
    let mut keystroke = keystrokes().cycle();
    c.bench_function("worker_submit/100000", |b| {
        b.iter(|| {
            let prefix = keystroke.next().unwrap_or(WORD);
            let generation = worker.submit(Query::new(prefix), Scope::Faq, None);
            // Drain answers as a view would, so that they do not pile up.
            black_box(worker.try_recv());
            generation
        });
    });
}

criterion_group!(benches, embedded, synthetic_sizes, worker_submit);
criterion_main!(benches);
