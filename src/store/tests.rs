//! The document format: versions, round trips, migration from version 1, repairs, showing only
//! what the knowledge base knows, and recording changes.

use super::*;
use crate::kb::KnowledgeBase;
use crate::study::{CardProgress, Cards};

fn sample() -> State {
    let mut state = State::default();
    state.toggle_bookmark("faq-po-to-pm");
    state.toggle_bookmark("aspect-origin");
    state.cards.insert(
        "faq:faq-both-roles".into(),
        CardProgress { leitner_box: 3, due: 1_770_000_000, reviews: 4, lapses: 1 },
    );
    state.toggle_choice("choose-po-craft");
    state.notes.insert("aspect-origin".into(), "Ask how they run sprints.\nTwo lines.".into());
    state.last_tab = Some("study".into());
    state.salary = Some(SavedSalary {
        role: "po".into(),
        level: "senior".into(),
        company: "big-tech".into(),
        industry: "finance".into(),
        col: "-12.5".into(),
        offer: None,
    });
    state
}

#[test]
fn a_state_survives_a_round_trip_through_text() -> Result<(), Box<dyn std::error::Error>> {
    let text = to_text(&sample())?;
    assert!(text.starts_with("(\n  version: 2,"), "the version leads the file: {text}");
    assert_eq!(parse(&text)?, sample());
    let ledger = parse_ledger(&text)?;
    assert_eq!(parse_ledger(&ledger_to_text(&ledger)?)?, ledger, "stamps survive too");
    Ok(())
}

#[test]
fn each_entry_sits_on_one_line() -> Result<(), Box<dyn std::error::Error>> {
    let text = to_text(&sample())?;
    let line =
        |needle: &str| text.lines().find(|line| line.contains(needle)).unwrap_or_default().trim().to_string();
    assert_eq!(line("\"faq-po-to-pm\""), "\"faq-po-to-pm\": (at: 0, on: true),", "{text}");
    assert_eq!(
        line("faq:faq-both-roles"),
        "\"faq:faq-both-roles\": (box: 3, due: 1770000000, reviews: 4, lapses: 1, at: 0),",
        "{text}"
    );
    assert!(
        line("aspect-origin\": (at: 0, text")
            .contains(r#"text: Some("Ask how they run sprints.\nTwo lines.")"#),
        "{text}"
    );
    Ok(())
}

#[test]
fn a_minimal_hand_written_file_reads() -> Result<(), ReadError> {
    assert_eq!(parse("(version: 2)")?, State::default());
    let state = parse(r#"(version: 2, state: (bookmarks: {"faq-po-to-pm": (at: 5, on: true)}))"#)?;
    assert_eq!(state.bookmarks, ["faq-po-to-pm"]);
    Ok(())
}

/// A state file as pmpo 0.1 wrote it (format version 1), byte for byte.
const V1_FILE: &str = include_str!("../../tests/fixtures/state-v1.ron");

#[test]
fn a_version_1_file_is_read_whole() -> Result<(), Box<dyn std::error::Error>> {
    let state = parse(V1_FILE)?;
    assert_eq!(
        state.bookmarks,
        ["aspect-strategic-vs-tactical", "faq-po-to-pm", "cert-cspo", "an-item-of-another-kb"]
    );
    assert_eq!(state.cards.len(), 3);
    assert_eq!(
        state.cards.get("pmpo:aspect-origin:pm"),
        Some(&CardProgress { leitner_box: 2, due: 1_770_259_200, reviews: 3, lapses: 1 })
    );
    assert_eq!(
        state.choose.iter().collect::<Vec<_>>(),
        ["choose-of-another-kb", "choose-pm-strategy", "choose-po-craft"]
    );
    assert_eq!(state.last_tab.as_deref(), Some("study"));
    let salary = state.salary.clone().ok_or("salary")?;
    assert_eq!((salary.role.as_str(), salary.level.as_str(), salary.col.as_str()), ("po", "senior", "-12.5"));
    assert!(state.notes.is_empty());

    // Written again as version 2 and read back: nothing lost, the order of the bookmarks kept.
    let ledger = parse_ledger(V1_FILE)?;
    let text = ledger_to_text(&ledger)?;
    assert!(text.starts_with("(\n  version: 2,"), "{text}");
    assert_eq!(parse(&text)?, state);
    // Every entry is as old as can be, so any change made from now on wins over it.
    assert!(
        ledger.bookmarks.values().all(|mark| mark.at < 10) && ledger.cards.values().all(|card| card.at == 0)
    );
    Ok(())
}

#[test]
fn a_newer_version_is_refused_even_in_a_shape_this_pmpo_does_not_know() {
    let newer = r#"(version: 3, state: (bookmarks: 7), future: Some("thing"))"#;
    assert!(matches!(parse(newer), Err(ReadError::Newer { found: 3 })), "{:?}", parse(newer));
    // Refused even when its shape happens to be one this pmpo could read.
    let readable = r#"(version: 4, state: (bookmarks: {"faq-po-to-pm": (at: 5, on: true)}))"#;
    assert!(matches!(parse(readable), Err(ReadError::Newer { found: 4 })), "{:?}", parse(readable));
}

#[test]
fn broken_documents_are_corrupt() {
    for text in [
        "",
        "garbage",
        "(version: 0)",
        "(state: ())",
        "(version: 1, state: (bookmarks: 7))",
        "(version: 2, state: (bookmarks: [\"a\"]))",
        "(version: -1)",
    ] {
        assert!(matches!(parse(text), Err(ReadError::Corrupt { .. })), "{text:?}: {:?}", parse(text));
    }
}

#[test]
fn hand_edits_out_of_range_are_repaired() -> Result<(), ReadError> {
    let v1 = r#"(version: 1, state: (
        bookmarks: ["a", "b", "a"],
        cards: {"faq:x": (box: 9, due: 5, reviews: 1, lapses: 3)},
    ))"#;
    let state = parse(v1)?;
    assert_eq!(state.bookmarks, ["a", "b"], "the first of duplicated bookmarks is kept");
    let repaired = CardProgress { leitner_box: 5, due: 5, reviews: 1, lapses: 1 };
    assert_eq!(state.cards.get("faq:x"), Some(&repaired));
    let v2 = r#"(version: 2, state: (cards: {"faq:x": (box: 0, due: 5, reviews: 1, lapses: 3, at: 9)}))"#;
    assert_eq!(parse(v2)?.cards.get("faq:x"), Some(&CardProgress { leitner_box: 1, ..repaired }));
    Ok(())
}

#[test]
fn toggles_add_and_remove() {
    let mut state = State::default();
    assert!(state.toggle_bookmark("a"));
    assert!(state.toggle_bookmark("b"));
    assert!(!state.toggle_bookmark("a"));
    assert!(state.toggle_bookmark("a"));
    assert_eq!(state.bookmarks, ["b", "a"], "a bookmark added again goes to the end");
    assert!(state.toggle_choice("s") && state.choose.contains("s"));
    assert!(!state.toggle_choice("s") && state.choose.is_empty());
}

#[test]
fn the_app_sees_only_known_ids_but_every_note() -> Result<(), Box<dyn std::error::Error>> {
    let kb = KnowledgeBase::embedded()?;
    let known = KnownIds::new(&kb, &Cards::from_kb(&kb));
    let mut state = sample();
    state.bookmarks.insert(1, "gone-item".into());
    state.cards.insert("faq:gone".into(), CardProgress { leitner_box: 1, due: 0, reviews: 1, lapses: 0 });
    state.toggle_choice("choose-gone");
    state.notes.insert("gone-item".into(), "kept".into());
    let ledger = Ledger::from_state(&state);

    let mut expected = sample();
    expected.notes.insert("gone-item".into(), "kept".into());
    assert_eq!(ledger.view(Some(&known)), expected, "the known part, and every note");
    assert_eq!(ledger.view(None), state, "everything");
    Ok(())
}

#[test]
fn tombstones_and_old_records_are_pruned_after_thirty_days() {
    let mut ledger = Ledger::default();
    let day = 24 * 3_600 * 1_000;
    let now = 100 * day;
    ledger.bookmarks.insert("old-off".into(), Mark { at: now - 31 * day, on: false });
    ledger.bookmarks.insert("old-on".into(), Mark { at: now - 31 * day, on: true });
    ledger.bookmarks.insert("new-off".into(), Mark { at: now - 29 * day, on: false });
    ledger.notes.insert("old-deleted".into(), Note { at: now - 31 * day, text: None });
    ledger.notes.insert("old-note".into(), Note { at: 0, text: Some("kept".into()) });
    ledger.applied.insert("gone".into(), Applied { seq: 3, at: now - 31 * day });
    ledger.applied.insert("running".into(), Applied { seq: 3, at: now - day });
    ledger.prune(now);
    assert_eq!(ledger.bookmarks.keys().collect::<Vec<_>>(), ["new-off", "old-on"]);
    assert_eq!(ledger.notes.keys().collect::<Vec<_>>(), ["old-note"]);
    assert_eq!(ledger.applied.keys().collect::<Vec<_>>(), ["running"]);
}

#[test]
fn changes_are_recorded_with_their_urgency() {
    use tracker::{Tracker, Urgency};
    let base = Ledger::default();
    let mut tracker = Tracker::new(sample());
    assert_eq!(tracker.observe(&sample(), &base, 10), Urgency::None);

    let mut mine = sample();
    mine.last_tab = Some("compare".into());
    assert_eq!(tracker.observe(&mine, &base, 20), Urgency::Soon, "a tab switch can wait");
    if let Some(salary) = mine.salary.as_mut() {
        salary.level = "staff".into();
    }
    assert_eq!(tracker.observe(&mine, &base, 30), Urgency::Soon, "so can the form");
    mine.toggle_bookmark("faq-po-to-pm");
    assert_eq!(tracker.observe(&mine, &base, 40), Urgency::Now, "a bookmark cannot");
    let progress = mine.cards.get_mut("faq:faq-both-roles").expect("a card");
    *progress = CardProgress { leitner_box: 1, due: 1_770_100_000, reviews: 6, lapses: 2 };
    assert_eq!(tracker.observe(&mine, &base, 50), Urgency::Now);

    let pending = tracker.pending();
    assert_eq!(pending.bookmarks.get("faq-po-to-pm"), Some(&Mark { at: 40, on: false }));
    let review = pending.cards.get("faq:faq-both-roles").expect("the review");
    assert_eq!(
        (review.reviews, review.lapses, review.leitner_box, review.at),
        (2, 1, 1, 50),
        "counts are deltas"
    );
    assert_eq!(pending.salary.level.as_ref().map(|f| (f.at, f.value.as_str())), Some((30, "staff")));
    assert_eq!(pending.salary.role, None, "only the field that changed");
    assert_eq!(
        pending.last_tab.as_ref().map(|f| (f.at, f.value.as_str())),
        Some((50, "compare")),
        "the tab at the latest change"
    );
}

#[test]
fn a_change_is_stamped_after_anything_seen_for_its_entry() {
    use tracker::Tracker;
    let mut base = Ledger::default();
    // Another machine's clock ran ahead: its bookmark is stamped later than this one's now.
    base.bookmarks.insert("faq-po-to-pm".into(), Mark { at: 1_000, on: true });
    let mut mine = State { bookmarks: vec!["faq-po-to-pm".into()], ..State::default() };
    let mut tracker = Tracker::new(mine.clone());
    mine.bookmarks.clear();
    tracker.observe(&mine, &base, 500);
    assert_eq!(tracker.pending().bookmarks.get("faq-po-to-pm"), Some(&Mark { at: 1_001, on: false }));
}

#[test]
fn saving_without_a_lock_is_told_once() {
    let mut store = Store::in_memory();
    store.trouble.locks = handle::Locks::Missing;
    let notice = store.report(Ok(None)).notice.expect("told");
    assert!(notice.starts_with("Saving without a lock"), "{notice}");
    assert_eq!(store.trouble.locks, handle::Locks::Told);
    assert_eq!(store.report(Ok(None)).notice, None, "once");
}
