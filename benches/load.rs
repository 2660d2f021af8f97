//! How long the embedded knowledge base takes to become usable: RON parse, then validation.

#![allow(clippy::expect_used, reason = "a benchmark cannot run without its input")]

use criterion::{Criterion, criterion_group, criterion_main};
use pmpo::kb::{KnowledgeBase, load, validate};

fn load(c: &mut Criterion) {
    c.bench_function("kb/parse+validate embedded", |b| b.iter(|| load::parse("bench", load::EMBEDDED)));
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    c.bench_function("kb/validate embedded", |b| b.iter(|| validate::validate(&kb)));
}

criterion_group!(benches, load);
criterion_main!(benches);
