//! Typing "certification" one keystroke at a time (c, ce, cer, ...) over the embedded knowledge
//! base (everything searched) and over synthetic FAQs of 1,000, 10,000 and 100,000 entries
//! (questions, answers and tags), with each speed-up added in turn:
//!
//! - `plain`: the reference implementation (folds text on every keystroke, scores everything);
//! - `index`: text folded once, at load;
//! - `prefilter`: + the character-set and in-order checks before fuzzy-matcher;
//! - `port`: + pmpo's port of fuzzy-matcher's scorer on characters prepared at index time;
//! - `top20`: + keeping only the best 20 (the overlay's view);
//! - `threads2`: + two threads (the app's default above 4,096 entries);
//! - `all2`: two threads and every hit kept (the FAQ tab's filter).
//!
//! `benches/search_summary.sh` turns criterion's estimates into the per-keystroke median and the
//! slowest keystroke of each line, as BENCHMARKS.md reports them.
#![allow(missing_docs, reason = "criterion's macros generate undocumented items")]

#[path = "../tests/support/reference.rs"]
mod reference;
#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use pmpo::kb::KnowledgeBase;
use pmpo::search::{Index, Query, Scope, Tuning};

const WORD: &str = "certification";

/// Every speed-up off but the index itself.
const ONE_THREAD: Tuning = Tuning { prefilter: false, port: false, threads: 1, parallel_from: usize::MAX };
/// Every speed-up but threads.
const FAST: Tuning = Tuning { prefilter: true, port: true, threads: 1, parallel_from: usize::MAX };
/// Every speed-up, two threads whatever the size.
const TWO: Tuning = Tuning { threads: 2, parallel_from: 0, ..FAST };

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
    let variants: [(&str, Tuning, Option<usize>); 6] = [
        ("index", ONE_THREAD, None),
        ("prefilter", Tuning { prefilter: true, ..ONE_THREAD }, None),
        ("port", FAST, None),
        ("top20", FAST, Some(20)),
        ("threads2", TWO, Some(20)),
        ("all2", TWO, None),
    ];
    let skip_plain = std::env::var_os("PMPO_BENCH_SKIP_PLAIN").is_some();
    for prefix in keystrokes() {
        if !skip_plain {
            group.bench_with_input(BenchmarkId::new("plain", prefix), prefix, |b, prefix| {
                b.iter(|| reference::search(kb, black_box(prefix), scope, None));
            });
        }
    }
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

fn embedded(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    typing(c, "embedded", &kb, Scope::All);
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
