//! Notes in the app, as a user meets them: `n` on an item of every tab writes a note that is then
//! shown under the item; a card shows its item's note with the answer; the Notes deck studies the
//! noted items; search finds a note and marks the hit; a note whose item is gone is listed under
//! "Orphaned notes" and kept; pasted escape codes are stripped and the limit holds.

mod support;

use pmpo::notes::MAX_CHARS;
use pmpo::store::State;
use pmpo::tab::Tab;
use ratatui::crossterm::event::Event;
use support::{app, app_with_state, frame_text, press};

/// Writes `text` as the note on the item under the cursor of `tab` after `keys`, and returns
/// the screen once the editor is closed.
fn noted(tab: Tab, keys: &str, text: &str) -> (String, pmpo::app::App) {
    let mut app = app(tab, 120, 40);
    press(&mut app, keys);
    let item = app.current_item().unwrap_or_else(|| panic!("an item under the cursor on {tab:?}"));
    press(&mut app, &format!("n{text}<Esc>"));
    assert_eq!(app.notes().get(&item).map(String::as_str), Some(text), "{tab:?}: the note on {item}");
    (frame_text(&app, 120, 40), app)
}

#[test]
fn a_note_written_with_n_is_shown_under_its_item_on_every_tab() {
    let cases: [(Tab, &str); 10] = [
        (Tab::Overview, ""),
        (Tab::Compare, "j"),
        (Tab::Roles, "jjjjjjjjjj"),
        (Tab::Orgs, "j"),
        (Tab::Careers, "j"),
        (Tab::Salary, "j"),
        (Tab::Certs, "j"),
        (Tab::Choose, "j"),
        (Tab::Faq, "<Enter>j"),
        (Tab::Study, "j<Enter>"),
    ];
    for (tab, keys) in cases {
        let text = format!("Zebra story for {}", tab.name());
        let (screen, mut app) = noted(tab, keys, &text);
        let shown = if tab == Tab::Study {
            // On a card, with the answer.
            press(&mut app, "<Space>");
            frame_text(&app, 120, 40)
        } else {
            screen
        };
        assert!(shown.contains("✎ Your note"), "{tab:?}: the note's heading:\n{shown}");
        assert!(shown.contains(&text), "{tab:?}: the note's text:\n{shown}");
    }
}

#[test]
fn a_note_is_not_shown_under_other_items() {
    let (screen, mut app) = noted(Tab::Compare, "", "About the origin");
    assert!(screen.contains("About the origin"));
    press(&mut app, "j");
    assert!(!frame_text(&app, 120, 40).contains("About the origin"), "the next aspect has no note");
}

#[test]
fn the_notes_deck_studies_the_noted_items_and_a_section_gets_a_card_of_its_own() {
    let mut state = State::default();
    state.notes.insert("pm-stakeholders".into(), "Three VPs, no budget: the pricing launch".into());
    state.notes.insert("faq-both-roles".into(), "Ask how they split it".into());
    let mut app = app_with_state(Tab::Study, 120, 40, state);
    let decks = frame_text(&app, 120, 40);
    let row = decks.lines().find(|line| line.contains("  Notes ")).unwrap_or_default();
    let counts: Vec<&str> =
        row.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_digit())).collect();
    assert_eq!(counts, ["2", "2", "2"], "two cards, due and new: {row}");
    press(&mut app, "G<Enter>");
    let question = frame_text(&app, 120, 40);
    assert!(question.contains("Notes · due cards · card 1 of 2"), "{question}");
    press(&mut app, "<Space>3<Space>");
    let answer = frame_text(&app, 120, 40);
    assert!(
        answer.contains("Roles: Leading stakeholders without formal authority. What did you note"),
        "{answer}"
    );
    assert!(answer.contains("Three VPs, no budget"), "the note on the answer side: {answer}");
}

#[test]
fn search_finds_a_note_in_the_faq_filter_and_the_overlay() {
    let mut state = State::default();
    state.notes.insert("faq-safe-vs-scrum".into(), "Acme runs SAFe with four trains".into());
    state.notes.insert("skill-po-backlog".into(), "Acme backlog: 400 items".into());
    let mut app = app_with_state(Tab::Faq, 120, 40, state.clone());
    press(&mut app, "acme");
    let screen = frame_text(&app, 120, 40);
    assert!(screen.contains("Matches: 1 of 8"), "{screen}");
    assert!(screen.contains("✎ note"), "the hit is marked: {screen}");
    assert_eq!(app.current_item().as_deref(), Some("faq-safe-vs-scrum"));

    let mut app = app_with_state(Tab::Overview, 120, 40, state);
    press(&mut app, "/acme backlog");
    let overlay = frame_text(&app, 120, 40);
    let first = overlay.lines().find(|line| line.contains("▶")).unwrap_or_default();
    assert!(first.contains("Roles · skill") && first.contains("✎ note"), "{overlay}");
    press(&mut app, "<Enter>");
    assert_eq!(app.current_item().as_deref(), Some("skill-po-backlog"));
}

#[test]
fn a_note_written_now_is_found_at_once() {
    let mut app = app(Tab::Certs, 120, 40);
    press(&mut app, "nQuokka certification plan<Esc>/quokka");
    let overlay = frame_text(&app, 120, 40);
    assert!(overlay.contains("Certs · cert") && overlay.contains("✎ note"), "{overlay}");
}

#[test]
fn an_orphaned_note_is_listed_opened_and_kept() {
    let mut state = State::default();
    state.notes.insert("item-of-another-kb".into(), "Kept whatever happens\nsecond line".into());
    let mut app = app_with_state(Tab::Study, 100, 30, state);
    press(&mut app, "l");
    let screen = frame_text(&app, 100, 30);
    assert!(screen.contains("Orphaned notes"), "{screen}");
    assert!(screen.contains("▶ ✎ item-of-another-kb"), "{screen}");
    assert!(screen.contains("Kept whatever happens"), "its first line: {screen}");
    assert_eq!(app.current_item().as_deref(), Some("item-of-another-kb"));
    press(&mut app, "b");
    let explained = frame_text(&app, 100, 30);
    assert!(explained.contains("Nothing to bookmark: the item is gone."), "b explains itself: {explained}");
    assert!(app.bookmarks().is_empty());
    press(&mut app, "<Enter>");
    let editor = frame_text(&app, 100, 30);
    assert!(editor.contains("✎ Your note on item-of-another-kb"), "{editor}");
    press(&mut app, "<Esc>");
    assert_eq!(
        app.notes().get("item-of-another-kb").map(String::as_str),
        Some("Kept whatever happens\nsecond line"),
        "opened and closed, unchanged"
    );
}

#[test]
fn a_pasted_note_keeps_its_lines_while_a_one_line_field_gets_one_line() {
    let mut app = app(Tab::Compare, 100, 30);
    press(&mut app, "n");
    app.handle_event(&Event::Paste("First line\nSecond line".to_string()));
    press(&mut app, "<Esc>");
    assert_eq!(app.notes().get("aspect-origin").map(String::as_str), Some("First line\nSecond line"));
    // The same paste into the FAQ filter is one line.
    let mut faq = support::app(Tab::Faq, 100, 30);
    press(&mut faq, "/");
    faq.handle_event(&Event::Paste("scrum\ncertification".to_string()));
    assert!(frame_text(&faq, 100, 30).contains("│ scrum certification"), "{}", frame_text(&faq, 100, 30));
}

#[test]
fn pasted_escape_codes_are_stripped_and_the_limit_holds() {
    let mut app = app(Tab::Compare, 100, 30);
    press(&mut app, "n");
    app.handle_event(&Event::Paste("a\u{1b}[2J\u{1b}]0;title\u{7}b".to_string()));
    assert!(frame_text(&app, 100, 30).contains("control characters removed from the paste"));
    app.handle_event(&Event::Paste("x".repeat(MAX_CHARS)));
    let screen = frame_text(&app, 100, 30);
    assert!(screen.contains("characters left out: a note holds at most 20,000"), "{screen}");
    assert!(screen.contains("20,000 / 20,000"), "{screen}");
    press(&mut app, "y");
    assert!(frame_text(&app, 100, 30).contains("A note holds at most 20,000 characters."));
    press(&mut app, "<Esc>");
    let note = app.notes().get("aspect-origin").cloned().unwrap_or_default();
    assert_eq!(note.chars().count(), MAX_CHARS);
    assert!(note.starts_with("abxxx"), "{}", &note[..10]);
}

#[test]
fn an_emptied_note_is_deleted_and_the_user_told() {
    let mut app = app(Tab::Compare, 100, 30);
    press(&mut app, "nab<Esc>");
    assert_eq!(app.notes().len(), 1);
    press(&mut app, "n<BS><BS><Esc>");
    assert!(app.notes().is_empty());
    assert!(frame_text(&app, 100, 30).contains("Note deleted"), "{}", frame_text(&app, 100, 30));
}

#[test]
fn a_note_from_a_state_file_cannot_reach_the_terminal_with_an_escape() {
    let mut state = State::default();
    state.notes.insert("aspect-origin".into(), "bad \u{1b}[2J\u{1b}]52;c;aGk=\u{7}news \u{9b}31m".into());
    let mut app = app_with_state(Tab::Compare, 100, 30, state);
    let buf = support::draw(&app, 100, 30);
    assert!(buf.content.iter().all(|cell| !cell.symbol().chars().any(char::is_control)), "on the tab");
    press(&mut app, "n");
    let buf = support::draw(&app, 100, 30);
    assert!(buf.content.iter().all(|cell| !cell.symbol().chars().any(char::is_control)), "in the editor");
    assert!(frame_text(&app, 100, 30).contains("control characters removed"), "and the user is told");
}

#[test]
fn note_snapshots() {
    let mut editor = app(Tab::Roles, 80, 24);
    press(&mut editor, "jjjjjjjjjjnMy story: the pricing launch.<Enter><Enter>Three VPs, no budget");
    insta::assert_snapshot!("note_editor_80x24", frame_text(&editor, 80, 24));
    press(&mut editor, "<Esc>");
    insta::assert_snapshot!("note_on_roles_80x24", frame_text(&editor, 80, 24));

    let mut state = State::default();
    state.bookmarks.push("cert-cspo".into());
    state.notes.insert("item-of-another-kb".into(), "Kept whatever happens".into());
    let mut orphaned = app_with_state(Tab::Study, 80, 24, state);
    press(&mut orphaned, "lj");
    insta::assert_snapshot!("note_orphaned_80x24", frame_text(&orphaned, 80, 24));
}
