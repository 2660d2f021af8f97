//! The FAQ tab and the `/` overlay as a user meets them: press 9, type a few letters with a typo,
//! see the question first with its letters highlighted; press `/` anywhere, type a skill, press
//! Enter and land on it.

mod support;

use insta::assert_snapshot;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use support::{app, press, screen};

#[test]
fn four_letters_with_a_typo_find_the_question_first() {
    // "cetr" for "cert": a transposition, from the Overview tab; the word being typed matches
    // as the beginning of "certification".
    let mut app = app(Tab::Overview, 80, 24);
    press(&mut app, "9cetr");
    assert_eq!(app.tab(), Tab::Faq);
    assert_eq!(app.current_item().as_deref(), Some("faq-scrum-certification"));

    let buf = support::draw(&app, 80, 24);
    let text = pmpo::ui::buffer_text(&buf);
    let row =
        text.lines().position(|line| line.contains("▶ Is a Scrum certification")).expect("first in the list");
    // The word the query matched (one typo away, as typed so far) is drawn in the match style.
    let matched: String = (0..80u16)
        .filter_map(|x| {
            let cell = &buf[(x, row as u16)];
            (cell.modifier.contains(Theme::COLOR.matched.add_modifier)
                && cell.fg == Theme::COLOR.matched.fg.unwrap_or_default())
            .then(|| cell.symbol().to_string())
        })
        .collect();
    assert_eq!(matched.to_lowercase(), "certification", "highlighted: {matched:?}");
}

#[test]
fn a_dropped_letter_and_a_misspelling_still_find_it() {
    let mut app = app(Tab::Faq, 80, 24);
    press(&mut app, "scrum certfication");
    assert_eq!(app.current_item().as_deref(), Some("faq-scrum-certification"));
}

#[test]
fn keys_in_the_list() {
    let mut app = app(Tab::Faq, 80, 24);
    press(&mut app, "product<Enter>");
    let first = app.current_item();
    press(&mut app, "<C-n>");
    assert_ne!(app.current_item(), first, "C-n moves to the next hit");
    press(&mut app, "<C-p>");
    assert_eq!(app.current_item(), first, "C-p moves back");
    // n is the note key, here as on every tab: it opens the note on the question chosen.
    press(&mut app, "n");
    assert!(support::frame_text(&app, 80, 24).contains("✎ Your note on"), "the note editor");
    press(&mut app, "<Esc>");
    assert_eq!(app.current_item(), first, "closing the editor keeps the question");
    press(&mut app, "<Esc>");
    assert!(support::frame_text(&app, 80, 24).contains("Questions: 8"), "Esc cleared the filter");
    press(&mut app, "2");
    assert_eq!(app.tab(), Tab::Compare, "with the list focused, digits switch tabs again");
}

#[test]
fn faq_snapshots() {
    assert_snapshot!("faq_typed_filter", screen(Tab::Faq, 80, 24, "scrm cert"));
    assert_snapshot!("faq_typed_filter_wide", screen(Tab::Faq, 120, 40, "backlog"));
    assert_snapshot!("faq_no_match", screen(Tab::Faq, 80, 24, "xyzzy quux"));
}

#[test]
fn c_n_steps_through_the_hits_while_typing() {
    let mut app = app(Tab::Faq, 80, 24);
    press(&mut app, "product");
    let first = app.current_item();
    press(&mut app, "<C-n>");
    assert_ne!(app.current_item(), first, "the next hit, the filter still focused");
    press(&mut app, "s");
    assert!(support::frame_text(&app, 80, 24).contains("│ products"), "still typing into the filter");
}

#[test]
fn the_overlay_finds_a_skill_and_enter_lands_on_it() {
    let mut app = app(Tab::Compare, 100, 30);
    press(&mut app, "/");
    assert_snapshot!("overlay_open", support::frame_text(&app, 100, 30));
    press(&mut app, "velocity burndown");
    assert_snapshot!("overlay_skill", support::frame_text(&app, 100, 30));
    press(&mut app, "<Enter>");
    assert_eq!(app.tab(), Tab::Roles);
    assert_eq!(app.current_item().as_deref(), Some("skill-po-agile-metrics"));
}

#[test]
fn esc_closes_the_overlay_and_q_is_typed_not_quit() {
    let mut app = app(Tab::Orgs, 100, 30);
    press(&mut app, "/q");
    assert!(app.is_running(), "q goes into the search field");
    press(&mut app, "<Esc>");
    assert!(support::frame_text(&app, 100, 30).contains("Company size"));
    press(&mut app, "q");
    assert!(!app.is_running());
}

#[test]
fn every_search_result_can_be_opened_on_its_tab() {
    let kb = support::kb();
    let index = pmpo::search::Index::new(&kb);
    let mut app = app(Tab::Overview, 100, 30);
    for entry in index.entries() {
        let tab = entry.tab();
        app.jump(tab, entry.id());
        assert_eq!(app.tab(), tab, "{}", entry.id());
        assert_eq!(app.current_item().as_deref(), Some(entry.id()), "{} is under the cursor", entry.id());
    }
    assert!(index.entries().len() > 80, "every kind of item is searchable");
}

#[test]
fn every_item_of_the_knowledge_base_can_be_opened_on_its_tab() {
    // What a bookmark may name: every item the one walk over the knowledge base yields.
    let kb = support::kb();
    let mut app = app(Tab::Overview, 100, 30);
    let mut missed = Vec::new();
    for item in kb.items() {
        app.jump(item.tab(), item.id);
        assert_eq!(app.tab(), item.tab(), "{}", item.id);
        if app.current_item().as_deref() != Some(item.id) {
            missed.push(item.id);
        }
    }
    assert!(missed.is_empty(), "not under the cursor after a jump: {missed:?}");
}
