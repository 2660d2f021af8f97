//! The document format: versions, round trips, repairs, and setting unknown ids aside.

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
    assert!(text.starts_with("(\n  version: 1,"), "the version leads the file: {text}");
    assert_eq!(parse(&text)?, sample());
    Ok(())
}

#[test]
fn a_minimal_hand_written_file_reads() -> Result<(), ReadError> {
    assert_eq!(parse("(version: 1)")?, State::default());
    let state = parse(r#"(version: 1, state: (bookmarks: ["faq-po-to-pm"]))"#)?;
    assert_eq!(state.bookmarks, ["faq-po-to-pm"]);
    Ok(())
}

#[test]
fn a_newer_version_is_refused_even_in_a_shape_this_pmpo_does_not_know() {
    let newer = r#"(version: 2, state: (bookmarks: 7), future: Some("thing"))"#;
    assert!(matches!(parse(newer), Err(ReadError::Newer { found: 2 })), "{:?}", parse(newer));
    // Refused even when its shape happens to be one this pmpo could read.
    let readable = r#"(version: 3, state: (bookmarks: ["faq-po-to-pm"]))"#;
    assert!(matches!(parse(readable), Err(ReadError::Newer { found: 3 })), "{:?}", parse(readable));
}

#[test]
fn broken_documents_are_corrupt() {
    for text in
        ["", "garbage", "(version: 0)", "(state: ())", "(version: 1, state: (bookmarks: 7))", "(version: -1)"]
    {
        assert!(matches!(parse(text), Err(ReadError::Corrupt { .. })), "{text:?}: {:?}", parse(text));
    }
}

#[test]
fn hand_edits_out_of_range_are_repaired() -> Result<(), ReadError> {
    let text = r#"(version: 1, state: (
        bookmarks: ["a", "b", "a"],
        cards: {"faq:x": (box: 9, due: 5, reviews: 1, lapses: 3)},
    ))"#;
    let state = parse(text)?;
    assert_eq!(state.bookmarks, ["a", "b"], "the first of duplicated bookmarks is kept");
    assert_eq!(
        state.cards.get("faq:x"),
        Some(&CardProgress { leitner_box: 5, due: 5, reviews: 1, lapses: 1 })
    );
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
fn unknown_ids_are_set_aside_and_merged_back() -> Result<(), Box<dyn std::error::Error>> {
    let kb = KnowledgeBase::embedded()?;
    let known = KnownIds::new(&kb, &Cards::from_kb(&kb));
    let mut state = sample();
    state.bookmarks.insert(1, "gone-item".into());
    state.cards.insert("faq:gone".into(), CardProgress { leitner_box: 1, due: 0, reviews: 1, lapses: 0 });
    state.toggle_choice("choose-gone");

    let (mine, other) = state.clone().split(&known);
    assert_eq!(mine, sample(), "the app sees exactly the known part");
    assert_eq!(other.bookmarks, ["gone-item"]);
    assert_eq!(other.cards.keys().collect::<Vec<_>>(), ["faq:gone"]);
    assert_eq!(other.choose.iter().collect::<Vec<_>>(), ["choose-gone"]);
    assert_eq!((other.last_tab.as_ref(), other.salary.as_ref()), (None, None));

    let merged = mine.merged(&other);
    assert_eq!(merged.bookmarks, ["faq-po-to-pm", "aspect-origin", "gone-item"], "set-aside ones follow");
    assert_eq!((merged.cards, merged.choose), (state.cards, state.choose));
    Ok(())
}
