//! The tab's keys, driven directly: which field has focus, what the form holds, and that the
//! figures follow every key.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::*;
use crate::kb::{Industry, KnowledgeBase, Level, Role};
use crate::keymap::Route;
use crate::salary::{Amount, Basis, Company, CostOfLiving};
use crate::ui::Theme;

fn kb() -> KnowledgeBase {
    KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"))
}

const AREA: Rect = Rect::new(0, 0, 80, 22);

/// Sends what the app would: a key the tab's keymap routes to it. Returns whether the tab took
/// each key (a key that works everywhere, such as `q`, is not the tab's).
fn press(tab: &mut SalaryTab, kb: &KnowledgeBase, keys: &[KeyEvent]) -> Vec<bool> {
    let ctx = Ctx { kb, theme: &Theme::MONO, bookmarks: &[], notes: &std::collections::BTreeMap::new() };
    keys.iter()
        .map(|&key| match tab.keymap(ctx, AREA).route(key) {
            Some(Route::Mine(action)) => tab.handle(action, ctx, AREA) != Outcome::Ignored,
            _ => false,
        })
        .collect()
}

/// Whether a typed field takes printable keys.
fn editing(tab: &SalaryTab) -> bool {
    tab.taking_keys()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn chars(text: &str) -> Vec<KeyEvent> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

fn col(text: &str) -> CostOfLiving {
    text.parse().unwrap_or_else(|error| panic!("{text}: {error}"))
}

#[test]
fn every_field_changes_with_the_keyboard() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    // Role → PO; level →→ senior; company → big tech; industry ← healthcare (wrapping back
    // from tech, the first).
    press(&mut tab, &kb, &chars("ljlljlj"));
    press(&mut tab, &kb, &[key(KeyCode::Left)]);
    let expected = Inputs {
        role: Role::Po,
        level: Level::Senior,
        company: Company::BigTech,
        industry: Industry::Healthcare,
        col: CostOfLiving::ZERO,
    };
    assert_eq!(tab.inputs, expected);
    // Down to the percentage: the first key replaces its value, and the figures follow.
    press(&mut tab, &kb, &[key(KeyCode::Down)]);
    assert!(editing(&tab));
    press(&mut tab, &kb, &chars("7.5"));
    assert_eq!(tab.inputs, Inputs { col: col("7.5"), ..expected });
}

#[test]
fn the_percentage_refuses_what_could_never_be_valid() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    press(&mut tab, &kb, &chars("jjjj"));
    // "-51": the 1 would leave the range, so it is refused; "-5.255": the third decimal too.
    press(&mut tab, &kb, &chars("-51"));
    assert_eq!(tab.inputs.col, col("-5"));
    press(&mut tab, &kb, &chars(".255"));
    assert_eq!(tab.text.value(), "-5.25");
    assert_eq!(tab.inputs.col, col("-5.25"));
    press(&mut tab, &kb, &[key(KeyCode::Backspace), key(KeyCode::Backspace), key(KeyCode::Backspace)]);
    // "-5" is left; one more gives "-", which counts as no adjustment until a digit comes.
    assert_eq!(tab.inputs.col, col("-5"));
    press(&mut tab, &kb, &[key(KeyCode::Backspace)]);
    assert_eq!(tab.text.value(), "-");
    assert_eq!(tab.inputs.col, CostOfLiving::ZERO);
}

#[test]
fn enter_edits_the_value_and_esc_leaves_the_field() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    // Down to the percentage (G now goes to the offer, below it).
    press(&mut tab, &kb, &chars("jjjj12"));
    assert_eq!(tab.inputs.col, col("12"));
    press(&mut tab, &kb, &[key(KeyCode::Enter)]);
    assert_eq!(tab.entry, Entry::Armed);
    // Armed: the next digit replaces the value...
    press(&mut tab, &kb, &chars("3"));
    assert_eq!(tab.inputs.col, col("3"));
    // ...while Enter first keeps it and types on after it.
    press(&mut tab, &kb, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    press(&mut tab, &kb, &chars(".5"));
    assert_eq!(tab.inputs.col, col("3.5"));
    // Esc leaves the field: keys have their usual meaning, so a digit is not the field's.
    press(&mut tab, &kb, &[key(KeyCode::Esc)]);
    assert!(!editing(&tab));
    assert_eq!(press(&mut tab, &kb, &chars("4")), [false], "4 is left to the app (a tab number)");
    assert_eq!(tab.inputs.col, col("3.5"));
    // h/l step by a point, there as when the field takes keys.
    press(&mut tab, &kb, &chars("l"));
    assert_eq!(tab.inputs.col, col("4.5"));
}

#[test]
fn other_keys_keep_their_meaning_on_the_percentage() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    press(&mut tab, &kb, &chars("jjjj"));
    assert!(editing(&tab));
    // q and ? are not the field's: the tab gives them back to the app (quit, help).
    assert_eq!(press(&mut tab, &kb, &chars("q?")), [false, false]);
    // j and k move between the fields even there; Tab switches tabs, also while typing (no
    // field keeps the user on its tab).
    press(&mut tab, &kb, &chars("k"));
    assert_eq!(tab.field, Field::Industry);
    press(&mut tab, &kb, &chars("j"));
    assert_eq!(press(&mut tab, &kb, &[key(KeyCode::Tab)]), [false]);
    press(&mut tab, &kb, &chars("5"));
    assert_eq!(press(&mut tab, &kb, &[key(KeyCode::Tab), key(KeyCode::BackTab)]), [false, false]);
    assert_eq!(tab.field, Field::CostOfLiving);
    assert_eq!(tab.inputs.col, col("5"), "what was typed counts");
}

#[test]
fn saved_inputs_come_back_whole() {
    let mut tab = SalaryTab::default();
    let saved = Inputs {
        role: Role::Po,
        level: Level::Staff,
        company: Company::BigTech,
        industry: Industry::Finance,
        col: col("-12.25"),
    };
    tab.set_inputs(saved);
    assert_eq!(tab.inputs, saved);
    assert_eq!(tab.text.value(), "-12.25");
    tab.set_inputs(Inputs { col: col("7.5"), ..saved });
    assert_eq!(tab.text.value(), "+7.5", "a positive adjustment shows its sign, as everywhere");
}

#[test]
fn a_click_focuses_a_field_and_a_second_click_changes_it() {
    let kb = kb();
    let ctx = Ctx { kb: &kb, theme: &Theme::MONO, bookmarks: &[], notes: &std::collections::BTreeMap::new() };
    let area = Rect::new(0, 1, 80, 22);
    let mut tab = SalaryTab::default();
    // The form's frame starts at the body's top; its third row, Company, is at y = 1 + 1 + 2.
    let company = Position::new(10, 4);
    assert_eq!(tab.click(company, ctx, area), Outcome::Handled);
    assert_eq!((tab.field, tab.inputs.company), (Field::Company, Company::Standard));
    assert_eq!(tab.click(company, ctx, area), Outcome::Handled);
    assert_eq!(tab.inputs.company, Company::BigTech);
    // Clicking the percentage starts typing it; a click outside the form means nothing.
    assert_eq!(tab.click(Position::new(10, 6), ctx, area), Outcome::Handled);
    assert_eq!((tab.field, tab.entry), (Field::CostOfLiving, Entry::Armed));
    assert_eq!(tab.click(Position::new(10, 6), ctx, area), Outcome::Handled);
    assert_eq!(tab.entry, Entry::Typing);
    assert_eq!(tab.click(Position::new(10, 15), ctx, area), Outcome::Ignored);
}

fn amount(dollars: u32) -> Option<Amount> {
    Amount::new(dollars)
}

#[test]
fn an_offer_is_typed_like_the_percentage_and_esc_clears_it() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    // G: the offer, the last field. Typing starts at the first digit; k and commas go in after.
    press(&mut tab, &kb, &chars("G"));
    assert_eq!(tab.field, Field::Offer);
    assert!(editing(&tab));
    press(&mut tab, &kb, &chars("150k"));
    assert_eq!((tab.amount, tab.basis), (amount(150_000), Basis::Base));
    // A key that can be part of an amount but not here is refused, and still the field's; one
    // that is never part of an amount keeps its usual meaning. Enter is done and shows the
    // amount plainly.
    assert_eq!(press(&mut tab, &kb, &chars(",")), [true]);
    assert_eq!(press(&mut tab, &kb, &chars(".")), [false]);
    assert_eq!(tab.offer_text.value(), "150k");
    press(&mut tab, &kb, &[key(KeyCode::Enter)]);
    assert_eq!(tab.offer_text.value(), "$150,000");
    // Armed again: k is not a start of an amount, so it moves up as usual.
    press(&mut tab, &kb, &chars("k"));
    assert_eq!(tab.field, Field::CostOfLiving);
    assert_eq!(tab.amount, amount(150_000), "kept when leaving the field");
    // Esc clears the offer from anywhere in the tab once the field is left...
    press(&mut tab, &kb, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert_eq!(tab.amount, None);
    // ...and on the field itself, at once.
    press(&mut tab, &kb, &chars("j$1,250,000"));
    assert_eq!(tab.amount, amount(1_250_000));
    press(&mut tab, &kb, &[key(KeyCode::Esc)]);
    assert_eq!((tab.amount, tab.offer_text.value(), editing(&tab)), (None, "", false));
}

#[test]
fn an_unfinished_offer_counts_as_none_and_is_dropped_on_leaving() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    press(&mut tab, &kb, &chars("G150,0"));
    assert_eq!((tab.amount, tab.offer_text.value()), (None, "150,0"));
    assert!(tab.figures_offer().unfinished);
    press(&mut tab, &kb, &chars("00"));
    assert_eq!(tab.amount, amount(150_000));
    press(&mut tab, &kb, &[key(KeyCode::Backspace)]);
    press(&mut tab, &kb, &[key(KeyCode::Up)]);
    assert_eq!((tab.amount, tab.offer_text.value()), (None, ""));
}

#[test]
fn the_basis_toggles_only_at_a_major_tech_company() {
    let kb = kb();
    let mut tab = SalaryTab::default();
    press(&mut tab, &kb, &chars("G2"));
    press(&mut tab, &kb, &[key(KeyCode::Enter), key(KeyCode::Right)]);
    assert_eq!(tab.basis, Basis::Base, "a standard company has no total to compare with");
    // Big tech: → switches to total compensation, and the figures compare with it.
    press(&mut tab, &kb, &chars("kkkl"));
    assert_eq!(tab.inputs.company, Company::BigTech);
    press(&mut tab, &kb, &chars("jjj"));
    press(&mut tab, &kb, &[key(KeyCode::Right)]);
    assert_eq!(tab.basis, Basis::Total);
    assert_eq!(tab.figures_offer().basis, Basis::Total);
    // Back at a standard company the choice is kept but base salary applies.
    press(&mut tab, &kb, &chars("kkkh"));
    assert_eq!((tab.basis, tab.figures_offer().basis), (Basis::Total, Basis::Base));
}

#[test]
fn a_saved_offer_comes_back() {
    let mut tab = SalaryTab::default();
    tab.set_offer(amount(175_950), Basis::Total);
    assert_eq!((tab.amount, tab.basis), (amount(175_950), Basis::Total));
    assert_eq!(tab.offer_text.value(), "$175,950");
    tab.set_offer(None, Basis::Base);
    assert_eq!(tab.offer_text.value(), "");
}
