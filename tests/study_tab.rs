//! The Study tab through the app: its screens as reviewed snapshots, and what its keys do — grades,
//! the digits that must not switch tabs mid-card, "PM or PO?" answers, the summary, "practise
//! anyway", bookmarks that jump back to their item, and progress that reaches the saved state.
//!
//! The state is fresh in every test (every card new, so "due" counts do not depend on the clock),
//! and the only times on screen are waits measured from the moment of an answer ("in 1 day").

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use insta::assert_snapshot;
use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::store::{FILE_NAME, KnownIds, Store};
use pmpo::study::Cards;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Size;
use support::{frame_text, press, screen};

/// The Career ladders deck (the fifth row) answered "good" card by card: its 8 cards.
const CAREERS_ALL_GOOD: &str = "jjjj<Enter><Space>3<Space>3<Space>3<Space>3<Space>3<Space>3<Space>3<Space>3";

/// Bookmarks made on other tabs first: the second aspect on Compare, the second certification.
const TWO_BOOKMARKS: &str = "2jb7jb0";

#[test]
fn snapshots_at_80_by_24() {
    assert_snapshot!("study_question", screen(Tab::Study, 80, 24, "j<Enter>"));
    assert_snapshot!("study_answer_revealed", screen(Tab::Study, 80, 24, "j<Enter><Space>"));
    // Shuffled, but the same for the same progress: on a fresh start the first card is the PM's.
    assert_snapshot!("study_pm_or_po_right", screen(Tab::Study, 80, 24, "jj<Enter>m"));
    assert_snapshot!("study_pm_or_po_wrong", screen(Tab::Study, 80, 24, "jj<Enter>o"));
    assert_snapshot!("study_summary", screen(Tab::Study, 80, 24, CAREERS_ALL_GOOD));
    assert_snapshot!(
        "study_nothing_due",
        screen(Tab::Study, 80, 24, &format!("{CAREERS_ALL_GOOD}<Enter><Enter>"))
    );
    assert_snapshot!("study_bookmarks", screen(Tab::Study, 80, 24, &format!("{TWO_BOOKMARKS}l")));
    assert_snapshot!("study_empty_bookmarks_deck", screen(Tab::Study, 80, 24, "Gk<Enter>"));
    assert_snapshot!("study_empty_notes_deck", screen(Tab::Study, 80, 24, "G<Enter>"));
}

#[test]
fn snapshots_at_120_by_40() {
    assert_snapshot!("study_answer_revealed_wide", screen(Tab::Study, 120, 40, "j<Enter><Space>"));
    assert_snapshot!("study_summary_wide", screen(Tab::Study, 120, 40, CAREERS_ALL_GOOD));
    assert_snapshot!(
        "study_decks_after_a_session_wide",
        screen(Tab::Study, 120, 40, &format!("{TWO_BOOKMARKS}{CAREERS_ALL_GOOD}<Esc>"))
    );
}

/// The words of `deck`'s row in the deck table, without the frame and the selection marker.
fn deck_row(text: &str, deck: &str) -> Vec<String> {
    // Rows of the deck table start inside a frame; the tab bar (which also says "FAQ") does not.
    let line = text
        .lines()
        .find(|line| line.starts_with('│') && line.contains(&format!(" {deck} ")))
        .expect("the deck's row");
    line.split_whitespace().filter(|word| !matches!(*word, "│" | "▶")).map(str::to_string).collect()
}

#[test]
fn the_deck_list_counts_what_a_session_did() {
    let mut app = support::app(Tab::Study, 80, 24);
    // Careers: 8 cards; the first answered "again" comes back at the end and is answered "good".
    press(&mut app, "jjjj<Enter><Space>1");
    press(&mut app, "<Space>3<Space>3<Space>3<Space>3<Space>3<Space>3<Space>3<Space>3");
    let summary = frame_text(&app, 80, 24);
    // 9 answers to 8 cards: 8 right, 1 wrong; nothing in the deck is due any more.
    for row in ["Seen       8 cards", "Right      8", "Wrong      1", "Still due  0", "Next due   in 1 day"] {
        assert!(summary.contains(row), "{row:?} in\n{summary}");
    }
    press(&mut app, "<Enter>");
    let decks = frame_text(&app, 80, 24);
    // Careers: 8 cards, 0 due, 0 new. All cards: 80, of which 80 - 8 = 72 are due, all new.
    assert_eq!(deck_row(&decks, "Career ladders")[2..], ["8", "0", "0", "in", "1", "day"]);
    assert_eq!(deck_row(&decks, "All cards"), ["All", "cards", "80", "72", "72", "in", "1", "day"]);
}

#[test]
fn a_wrong_answer_comes_back_in_the_same_session() {
    let mut app = support::app(Tab::Study, 80, 24);
    // The PM or PO deck, shuffled: answer m until a card turns out to be the Product Owner's.
    press(&mut app, "jj<Enter>");
    let mut right = 0;
    loop {
        press(&mut app, "m");
        let text = frame_text(&app, 80, 24);
        if text.contains("✗ Not quite: this is the Product Owner.") {
            // 56 cards, one answered wrong and queued again: 57.
            let card = right + 1;
            assert!(text.contains(&format!("card {card} of 57 · ✓ {right} right · ✗ 1 wrong")), "{text}");
            break;
        }
        assert!(text.contains("✓ Right: the Product Manager."), "{text}");
        right += 1;
        assert!(right < 56, "some card is the Product Owner's");
        press(&mut app, "<Enter>");
    }
    // The next one answered with the other role: either way the count moves on.
    press(&mut app, "<Enter>o");
    let text = frame_text(&app, 80, 24);
    let card = right + 2;
    assert!(
        text.contains(&format!("card {card} of 57 · ✓ {} right · ✗ 1 wrong", right + 1))
            || text.contains(&format!("card {card} of 58 · ✓ {right} right · ✗ 2 wrong")),
        "{text}"
    );
}

#[test]
fn digits_one_to_four_grade_a_card_and_never_switch_tabs_mid_card() {
    let mut app = support::app(Tab::Study, 80, 24);
    press(&mut app, "j<Enter>");
    // Before the answer is shown, 1-4 only remind what to press.
    for digit in ["1", "2", "3", "4"] {
        press(&mut app, digit);
        assert_eq!(app.tab(), Tab::Study, "{digit} before the answer");
        let text = frame_text(&app, 80, 24);
        assert!(text.contains("Space shows the answer first"), "{text}");
        assert!(text.contains("card 1 of 8"), "{text}");
    }
    // Shown, each grades and moves on; after 4 cards 4 of 8 are answered.
    for (index, digit) in ["1", "2", "3", "4"].into_iter().enumerate() {
        press(&mut app, &format!("<Space>{digit}"));
        assert_eq!(app.tab(), Tab::Study, "{digit} grades");
        let text = frame_text(&app, 80, 24);
        assert!(text.contains(&format!("card {} of", index + 2)), "{text}");
    }
    // Esc ends the session on its summary; a second Esc is back at the decks.
    press(&mut app, "<Esc>");
    let summary = frame_text(&app, 80, 24);
    assert!(summary.contains("Session over: FAQ") && summary.contains("Seen       4 cards"), "{summary}");
    // On a "PM or PO?" card the reminder names m and o.
    press(&mut app, "<Esc>j<Enter>2");
    assert_eq!(app.tab(), Tab::Study);
    assert!(frame_text(&app, 80, 24).contains("Answer with m (Product Manager) or o (Product Owner)."));
    // The other tab keys still work mid-card, and the session is where it was on return.
    press(&mut app, "5");
    assert_eq!(app.tab(), Tab::Careers);
    press(&mut app, "0");
    assert!(frame_text(&app, 80, 24).contains("PM or PO? · due cards · card 1 of 56"));
    // Esc with nothing answered goes straight to the decks, where digits open tabs as everywhere.
    press(&mut app, "<Esc>2");
    assert_eq!(app.tab(), Tab::Compare);
}

#[test]
fn nothing_due_offers_to_practise_anyway() {
    let mut app = support::app(Tab::Study, 80, 24);
    press(&mut app, &format!("{CAREERS_ALL_GOOD}<Enter><Enter>"));
    let text = frame_text(&app, 80, 24);
    assert!(text.contains("Nothing in Career ladders is due now"), "{text}");
    press(&mut app, "p");
    let text = frame_text(&app, 80, 24);
    assert!(text.contains("Career ladders · practising the whole deck · card 1 of 8"), "{text}");
    // Practice straight from the deck list with c, whether or not something is due.
    let mut app = support::app(Tab::Study, 80, 24);
    press(&mut app, "jc");
    assert!(frame_text(&app, 80, 24).contains("FAQ · practising the whole deck · card 1 of 8"));
}

#[test]
fn the_summary_and_nothing_due_fit_the_smallest_size() {
    let (width, height) = (52, 18);
    let summary = screen(Tab::Study, width, height, CAREERS_ALL_GOOD);
    assert!(summary.contains("Enter back to the decks"), "{summary}");
    assert!(summary.contains("practise this deck again"), "{summary}");
    let nothing = screen(Tab::Study, width, height, &format!("{CAREERS_ALL_GOOD}<Enter><Enter>"));
    assert!(nothing.contains("Esc back to the decks"), "{nothing}");
    let empty = screen(Tab::Study, width, height, "G<Enter>");
    assert!(empty.contains("Esc back to the decks"), "{empty}");
}

#[test]
fn enter_on_a_bookmark_opens_its_item_where_it_lives() {
    let mut app = support::app(Tab::Study, 80, 24);
    press(&mut app, TWO_BOOKMARKS);
    assert_eq!(app.bookmarks(), ["aspect-strategic-vs-tactical", "cert-pspo"]);
    // On the deck list there is no item; l moves to the bookmarks.
    assert_eq!(app.current_item(), None);
    press(&mut app, "l");
    assert_eq!(app.current_item().as_deref(), Some("aspect-strategic-vs-tactical"));
    press(&mut app, "<Enter>");
    assert_eq!(app.tab(), Tab::Compare);
    assert_eq!(app.current_item().as_deref(), Some("aspect-strategic-vs-tactical"));
    // Back on Study the cursor is still on the bookmarks: j moves to the certification.
    press(&mut app, "0j<Enter>");
    assert_eq!(app.tab(), Tab::Certs);
    assert_eq!(app.current_item().as_deref(), Some("cert-pspo"));
}

#[test]
fn b_bookmarks_a_cards_item_and_removes_a_bookmark_from_the_list() {
    let mut app = support::app(Tab::Study, 80, 24);
    // `b` on the first certification card bookmarks that certification.
    press(&mut app, "jjj<Enter>b");
    let card_source = app.current_item().expect("a card has an item");
    assert_eq!(app.bookmarks(), std::slice::from_ref(&card_source));
    assert!(frame_text(&app, 80, 24).contains("Certification · new card · bookmarked"));
    // Its cards are now the Bookmarks deck: 1 card, due.
    press(&mut app, "<Esc>");
    let decks = frame_text(&app, 80, 24);
    assert_eq!(deck_row(&decks, "Bookmarks")[1..4], ["1", "1", "1"]);
    // The bookmark is listed; b there removes it.
    press(&mut app, "l");
    assert_eq!(app.current_item(), Some(card_source));
    press(&mut app, "b");
    assert!(app.bookmarks().is_empty());
    assert_eq!(app.current_item(), None, "no bookmark left under the cursor");
    assert!(frame_text(&app, 80, 24).contains("No bookmarks yet."));
}

#[test]
fn clicking_a_deck_selects_it_and_a_second_click_starts_it() {
    let mut app = support::app(Tab::Study, 80, 24);
    let text = frame_text(&app, 80, 24);
    let row = text.lines().position(|line| line.contains(" Certifications ")).expect("a deck row") as u16;
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    });
    app.handle_event(&click);
    assert!(frame_text(&app, 80, 24).contains("▶ Certifications"));
    app.handle_event(&click);
    assert!(frame_text(&app, 80, 24).contains("Certifications · due cards · card 1 of 8"));
}

#[test]
fn every_answer_reaches_the_saved_state_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
    let known = KnownIds::new(&kb, &Cards::from_kb(&kb));
    let opened = Store::open(Some(dir.path().to_path_buf()), &known);
    let mut app = App::with_saved_state(kb, Theme::COLOR, Some(Tab::Study), Size::new(80, 24), opened);
    let saved = || std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap_or_default();
    press(&mut app, "j<Enter><Space>");
    assert!(!saved().contains("faq:"), "revealing is not an answer: {}", saved());
    press(&mut app, "3");
    assert_eq!(saved().matches("faq:").count(), 1, "{}", saved());
    press(&mut app, "<Space>1");
    assert_eq!(saved().matches("faq:").count(), 2, "{}", saved());
    assert!(saved().contains("lapses: 1"), "the again is counted: {}", saved());
    // Leaving mid-session keeps both; a restart from the file starts where it left off.
    press(&mut app, "<Esc>");
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
    let opened = Store::open(Some(dir.path().to_path_buf()), &known);
    let mut again = App::with_saved_state(kb, Theme::COLOR, None, Size::new(80, 24), opened);
    assert_eq!(again.tab(), Tab::Study, "the last tab");
    // FAQ: 8 cards; the good one is scheduled, the again one due: 7 due, 6 new.
    assert_eq!(deck_row(&frame_text(&again, 80, 24), "FAQ")[1..4], ["8", "7", "6"]);
    // The first card of the next session is the one answered "again", reviewed: box 1.
    press(&mut again, "j<Enter>");
    assert!(frame_text(&again, 80, 24).contains("FAQ · box 1/5"), "{}", frame_text(&again, 80, 24));
}

#[test]
fn a_long_bookmarks_list_scrolls_to_the_cursor() {
    // All 11 aspects and all 8 certifications: 19 bookmarks, more than the 11 rows at 80×24.
    let notation = format!("2{}7{}0", "bj".repeat(11), "bj".repeat(8));
    let mut app = support::app(Tab::Study, 80, 24);
    press(&mut app, &notation);
    assert_eq!(app.bookmarks().len(), 19);
    press(&mut app, "G");
    let text = frame_text(&app, 80, 24);
    assert!(text.contains("▶ Certs    Reforge Product Management Programs"), "{text}");
    assert!(!text.contains("Origin / framework"), "the first bookmark scrolled away: {text}");
    press(&mut app, &"k".repeat(18));
    let text = frame_text(&app, 80, 24);
    assert!(text.contains("▶ Compare  Origin / framework"), "{text}");
    assert!(!text.contains("Reforge"), "the last one scrolled away: {text}");
}

#[test]
fn every_cards_item_can_be_jumped_to_on_its_tab() {
    // A bookmark made with b on a card names the card's source item; Enter on it must find it.
    let kb = support::kb();
    let mut app = support::app(Tab::Study, 80, 24);
    let mut jumped = 0;
    for card in Cards::from_kb(&kb).all() {
        let tab = card.tab;
        app.jump(tab, &card.source);
        assert_eq!(app.tab(), tab, "{}", card.id);
        assert_eq!(app.current_item().as_deref(), Some(card.source.as_str()), "{}", card.id);
        jumped += 1;
    }
    assert_eq!(jumped, 80, "every card, the FAQ ones included");
}
