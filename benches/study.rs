//! Study and store: building the cards, starting a session, the card `pmpo card` picks, and one
//! save of the state (what happens after every answer: take the lock, read and parse the file,
//! merge the answer into it, write it atomically), with the merge alone for scale.

#![allow(missing_docs, reason = "criterion's macros generate undocumented items")]
#![allow(clippy::expect_used, reason = "a benchmark fails by panicking")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pmpo::kb::KnowledgeBase;
use pmpo::store::merge::{Batch, Changes, Review, apply};
use pmpo::store::{self, KnownIds, Ledger, State, Store};
use pmpo::study::{CardProgress, Cards, Deck, Mode, Personal, Session, card_of_the_day};

const NOW: i64 = 1_769_904_000;

/// A well-used state: every card reviewed, a few bookmarks.
fn busy_state(cards: &Cards) -> State {
    let mut state = State::default();
    for (i, card) in cards.all().iter().enumerate() {
        let due = NOW + (i as i64 - 40) * 3_600;
        state.cards.insert(card.id.clone(), CardProgress { leitner_box: 3, due, reviews: 5, lapses: 1 });
    }
    for id in ["faq-po-to-pm", "aspect-origin", "cert-cspo"] {
        state.toggle_bookmark(id);
    }
    state
}

fn benches(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let cards = Cards::from_kb(&kb);
    let state = busy_state(&cards);
    c.bench_function("study/cards_from_kb", |b| b.iter(|| Cards::from_kb(black_box(&kb))));
    c.bench_function("study/session_start_all_due", |b| {
        b.iter(|| {
            Session::start(
                &cards,
                Deck::All,
                Mode::Due,
                Personal::bookmarks(&state.bookmarks),
                black_box(&state.cards),
                NOW,
            )
        });
    });
    c.bench_function("study/card_of_the_day", |b| {
        b.iter(|| card_of_the_day(&cards, black_box(&state.cards), NOW));
    });
    c.bench_function("store/parse_busy_state", |b| {
        let text = store::to_text(&state).expect("encode");
        b.iter(|| store::parse(black_box(&text)).expect("parse"));
    });
    c.bench_function("store/serialise_busy_state", |b| {
        let ledger = Ledger::from_state(&state);
        b.iter(|| store::ledger_to_text(black_box(&ledger)).expect("encode"));
    });
    c.bench_function("store/merge_one_answer_in_memory", |b| {
        let ledger = Ledger::from_state(&state);
        let id = state.cards.keys().next().expect("a card").clone();
        let review =
            Review { leitner_box: 4, due: NOW + 86_400, at: 1_769_904_000_000, reviews: 1, lapses: 0 };
        let changes = Changes { cards: [(id, review)].into(), ..Changes::default() };
        let batch = Batch { instance: "bench".into(), seq: 1, at: 1_769_904_000_000, changes };
        b.iter(|| {
            let mut merged = ledger.clone();
            apply(&mut merged, black_box(&batch));
            merged
        });
    });
    c.bench_function("store/save_busy_state_atomically", |b| {
        // A fixed folder, so the busy state left behind can be timed with `pmpo card` (BENCHMARKS.md);
        // PMPO_BENCH_DIR puts it elsewhere (on a tmpfs, to time a save without the disk).
        let dir = std::env::var_os("PMPO_BENCH_DIR").map_or_else(
            || std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("study-bench"),
            std::path::PathBuf::from,
        );
        let _ = std::fs::remove_file(dir.join(store::FILE_NAME));
        let mut store = Store::open(Some(dir), &KnownIds::new(&kb, &cards)).store;
        let mut state = state.clone();
        // Change one card each time, as an answer does, so there is always a change to merge.
        b.iter(|| {
            if let Some(progress) = state.cards.values_mut().next() {
                progress.reviews += 1;
            }
            store.save(black_box(&state)).expect("save");
        });
    });
}

criterion_group!(group, benches);
criterion_main!(group);
