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
    assert_snapshot!("faq_typed_filter_wide", screen(Tab::Faq, 120, 40, "/backlog"));
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
    // What a bookmark may name: every item the one walk over the knowledge base yields, the texts
    // a tab shows around its items included (a role's summary, a ladder's note, the basis of
    // the salary figures...), at the smallest usable size, a medium one and a large one.
    let kb = support::kb();
    for (width, height) in [(80, 24), (100, 30), (200, 60)] {
        let mut app = app(Tab::Overview, width, height);
        let mut missed = Vec::new();
        for item in kb.items() {
            app.jump(item.tab(), item.id);
            assert_eq!(app.tab(), item.tab(), "{}", item.id);
            if app.current_item().as_deref() != Some(item.id) {
                missed.push(item.id);
            }
        }
        assert!(missed.is_empty(), "{width}×{height}: not under the cursor after a jump: {missed:?}");
    }
}

#[test]
fn a_text_opened_beside_the_items_is_on_screen_and_marked() {
    // Opened by id, a page text is in view and marked: a line of the frame has the cursor's `▶`
    // followed, within its pane, by the first words of the text or of the title it is shown under.
    let kb = support::kb();
    for (width, height) in [(80, 24), (100, 30), (200, 60)] {
        for text in pmpo::kb::PageText::ALL {
            let item = kb.item(text.id).unwrap_or_else(|| panic!("{} is an item", text.id));
            let mut app = app(Tab::Overview, width, height);
            app.jump(item.tab(), item.id);
            let first_words = |text: &str| text.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            let wanted: Vec<String> =
                std::iter::once(item.title).chain(item.body.first().copied()).map(first_words).collect();
            let frame = support::frame_text(&app, width, height);
            let marked = frame.lines().filter_map(|line| line.split_once('▶')).any(|(_, after)| {
                let in_pane = after.split('│').next().unwrap_or_default();
                wanted.iter().any(|words| in_pane.contains(words.as_str()))
            });
            assert!(marked, "{width}×{height}: {} not marked on screen ({wanted:?}):\n{frame}", text.id);
        }
    }
}

#[test]
fn every_way_into_faq_lands_on_the_list_where_number_keys_still_work() {
    // --tab faq, the number key, `]`, a search hit, and a jump (as a bookmark makes).
    let ways: [(Tab, &str); 4] =
        [(Tab::Faq, ""), (Tab::Overview, "9"), (Tab::Choose, "]"), (Tab::Compare, "/safe scrum role<Enter>")];
    for (start, notation) in ways {
        let mut app = app(start, 100, 30);
        press(&mut app, notation);
        assert_eq!(app.tab(), Tab::Faq, "{notation}");
        press(&mut app, "1");
        assert_eq!(app.tab(), Tab::Overview, "after {notation:?}, 1 opens Overview");
    }
    let mut app = app(Tab::Study, 100, 30);
    app.jump(Tab::Faq, "faq-scrum-certification");
    press(&mut app, "]");
    assert_eq!(app.tab(), Tab::Study, "after a jump, ] goes on to the next tab");
}

#[test]
fn a_letter_on_the_list_starts_the_filter_and_esc_comes_back_out() {
    let mut app = app(Tab::Faq, 80, 24);
    press(&mut app, "scrum");
    assert!(support::frame_text(&app, 80, 24).contains("│ scrum "), "s started the filter");
    press(&mut app, "<Esc>");
    let text = support::frame_text(&app, 80, 24);
    assert!(text.contains("Questions: 8"), "Esc cleared the filter: {text}");
    press(&mut app, "q");
    assert!(!app.is_running(), "and left it: q quits");
}

#[test]
fn clearing_the_filter_keeps_the_selected_question() {
    for leave in ["<Esc>", "<Enter><Esc>"] {
        let mut app = app(Tab::Faq, 100, 30);
        press(&mut app, "/paid more");
        press(&mut app, leave);
        assert_eq!(app.current_item().as_deref(), Some("faq-which-pays-more"), "{leave}");
        assert!(support::frame_text(&app, 100, 30).contains("Questions: 8"), "the filter is cleared");
    }
}

#[test]
fn a_letter_starts_the_filter_but_n_writes_a_note() {
    let mut app = app(Tab::Faq, 80, 24);
    press(&mut app, "scrum");
    assert!(support::frame_text(&app, 80, 24).contains("│ scrum "), "s starts the filter on the full list");
    press(&mut app, "<Esc>n");
    assert!(support::frame_text(&app, 80, 24).contains("✎ Your note on"), "n on the list is the note key");
}
