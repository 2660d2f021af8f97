//! Random sequences of keys, pastes, mouse events and resizes (from 1×1 to 300×100) never panic,
//! and every tab with a list keeps its selection on a real item.

mod support;

use pmpo::tab::Tab;
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

/// Keys a user could press, including the awkward ones.
const KEYS: &[&str] = &[
    "j", "k", "h", "l", "g", "G", "q", "?", "/", "b", "s", "c", "m", "o", "p", "n", "N", "x", "0", "1", "2",
    "3", "4", "5", "6", "7", "8", "9", "[", "]", "-", ".", "<Esc>", "<Enter>", "<Tab>", "<S-Tab>", "<Up>",
    "<Down>", "<Left>", "<Right>", "<PgUp>", "<PgDn>", "<Home>", "<End>", "<BS>", "<Space>", "<F1>", "<C-d>",
    "<C-u>",
];

/// Pasted text: words, digits and amounts, tabs and line breaks, escapes, wide characters, and
/// far more than any field holds.
const PASTES: &[&str] =
    &["scrum cert", "12", "150k", "$150,000", "-10.5", "a\tb\nc\r\n", "\u{1b}[31mq\u{7}", "🚀 ünïcode", ""];

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        6 => prop::sample::select(KEYS).prop_map(|k| Event::Key(support::keys(k)[0])),
        1 => (prop::sample::select(PASTES), 1usize..300).prop_map(|(text, times)| Event::Paste(text.repeat(times))),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Event::Resize(w, h)),
        2 => (0u16..300, 0u16..100, 0u8..3).prop_map(|(column, row, kind)| {
            let kind = match kind {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            };
            Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
        }),
    ]
}

/// Tabs whose cursor is always on an item: lists and ladders. (Roles and Overview are pages whose
/// cursor may sit on an introduction that belongs to no item; Salary is a calculator; Study's
/// deck list shows no item; a FAQ filter that matches nothing leaves nothing selected.)
fn always_has_an_item(tab: Tab) -> bool {
    matches!(tab, Tab::Compare | Tab::Orgs | Tab::Careers | Tab::Certs | Tab::Choose)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn nothing_panics_and_selections_stay_in_range(
        start in prop::sample::select(Tab::ALL.to_vec()),
        events in prop::collection::vec(event(), 1..80),
    ) {
        let (mut width, mut height) = (80, 24);
        let mut app = support::app(start, width, height);
        for event in &events {
            if let Event::Key(KeyEvent { code: ratatui::crossterm::event::KeyCode::Char('q'), .. }) = event {
                continue; // quitting ends the sequence early; keep exploring
            }
            app.handle_event(event);
            if let Event::Resize(w, h) = event {
                (width, height) = (*w, *h);
            }
            let _ = support::draw(&app, width, height);
            if always_has_an_item(app.tab()) {
                prop_assert!(app.current_item().is_some(), "{:?} lost its selection after {:?}", app.tab(), event);
            }
        }
    }
}
