//! Every key that does something is in the help, and the status bar shows only keys that work.
//!
//! For every tab, in each of the states a user reaches on it (a field focused, a card shown, an
//! overlay open, a terminal too small), every key a keyboard can send is pressed on a fresh app.
//! When the key changed anything (the screen, the tab, whether the app runs), the help overlay of
//! that state must list the key: a row of the tab whose keys include it, the field that takes
//! it, or a row of the keys that work everywhere. The hints in the status bar must all be rows
//! of the help.

mod support;

use pmpo::app::App;
use pmpo::keymap::Key;
use pmpo::tab::Tab;
use pmpo::ui::{Theme, help};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::text::Line;

const WIDTH: u16 = 100;
const HEIGHT: u16 = 30;

/// The states to check: a tab, and the keys that reach the state from a fresh app on it.
const STATES: &[(Tab, &str)] = &[
    (Tab::Overview, ""),
    (Tab::Compare, "j"),
    (Tab::Roles, "l"),
    (Tab::Orgs, ""),
    (Tab::Orgs, "s"),
    (Tab::Orgs, "s12<Esc>"),
    (Tab::Careers, ""),
    (Tab::Salary, ""),
    (Tab::Salary, "G"),
    (Tab::Salary, "G5"),
    (Tab::Salary, "G<Esc>"),
    (Tab::Certs, ""),
    (Tab::Choose, ""),
    (Tab::Choose, "<Space>"),
    (Tab::Choose, "G"),
    (Tab::Choose, "<Space>c"),
    (Tab::Choose, "<Space>cc"),
    (Tab::Faq, ""),
    (Tab::Faq, "/"),
    (Tab::Faq, "scrum"),
    (Tab::Faq, "scrum<Enter>"),
    (Tab::Faq, "scrum<Esc>"),
    (Tab::Faq, "/<Esc>"),
    (Tab::Study, ""),
    (Tab::Study, "<Enter>"),
    (Tab::Study, "j<Enter><Space>"),
    (Tab::Study, "jj<Enter>"),
    (Tab::Study, "jj<Enter>m"),
    (Tab::Study, "j<Enter><Esc>"),
    (Tab::Overview, "?"),
    (Tab::Compare, "/"),
    (Tab::Compare, "/skill"),
    // The note editor, from a tab, from the FAQ list and from a card; a note shown.
    (Tab::Compare, "n"),
    (Tab::Compare, "nA line<Enter>and another"),
    (Tab::Faq, "scrum<Enter>n"),
    (Tab::Study, "j<Enter>n"),
    (Tab::Compare, "nmine<Esc>"),
    (Tab::Study, "j<Enter>nmine<Esc><Space>"),
];

/// States reached from saved state that holds a note on an item no knowledge base has: the
/// Study tab's orphaned notes.
const ORPHANED: &[(Tab, &str)] = &[(Tab::Study, "l"), (Tab::Study, "lj")];

/// Every key a keyboard can send that could mean something.
fn every_key() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (' '..='~')
        .map(|c| {
            let modifiers = if c.is_ascii_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            KeyEvent::new(KeyCode::Char(c), modifiers)
        })
        .collect();
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Insert,
        KeyCode::F(1),
        KeyCode::F(2),
    ] {
        keys.push(KeyEvent::new(code, KeyModifiers::NONE));
    }
    keys.push(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    for c in ['c', 'd', 'u', 'w', 'x', 'n', 'p', 'z', 'y', 'k'] {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }
    keys.push(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT));
    keys
}

/// An app in the state `notation` leads to, from nothing saved or (`orphaned`) from a bookmark
/// and a note on an item the knowledge base lacks.
fn app_in(tab: Tab, notation: &str, orphaned: bool) -> App {
    let mut app = if orphaned {
        let mut state = pmpo::store::State::default();
        state.bookmarks.push("aspect-origin".into());
        state.notes.insert("item-of-another-kb".into(), "Kept whatever the knowledge base".into());
        support::app_with_state(tab, WIDTH, HEIGHT, state)
    } else {
        support::app(tab, WIDTH, HEIGHT)
    };
    support::press(&mut app, notation);
    app
}

/// Every state to check, and whether it starts from the orphaned note.
fn states() -> impl Iterator<Item = (Tab, &'static str, bool)> {
    let plain = STATES.iter().map(|&(tab, notation)| (tab, notation, false));
    plain.chain(ORPHANED.iter().map(|&(tab, notation)| (tab, notation, true)))
}

/// What a key can change that a user would notice.
fn observed(app: &App) -> (String, Tab, bool, Option<String>) {
    (support::frame_text(app, WIDTH, HEIGHT), app.tab(), app.is_running(), app.current_item())
}

/// The help overlay's text for the app's state, unwrapped: one string.
fn help_text(app: &App, title: &str) -> String {
    let lines = help::lines(title, &app.keymap(), 200, &Theme::MONO);
    lines.iter().map(Line::to_string).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_key_that_does_something_is_in_the_help() {
    let mut checked = 0;
    for (tab, notation, orphaned) in states() {
        let start = app_in(tab, notation, orphaned);
        let before = observed(&start);
        let keymap = start.keymap();
        let help = help_text(&start, tab.title());
        for event in every_key() {
            let mut app = app_in(tab, notation, orphaned);
            app.handle_event(&Event::Key(event));
            if observed(&app) == before {
                continue;
            }
            checked += 1;
            let key = Key::of(event).expect("a press");
            let row = keymap
                .bindings
                .iter()
                .chain(keymap.live_globals().collect::<Vec<_>>())
                .find(|row| row.action(key).is_some());
            let documented = match (row, keymap.text) {
                (Some(row), _) => help.contains(&format!("{}  {}", row.label, row.help)),
                (None, Some(text)) if text.takes(key) => help.contains(text.label),
                _ => false,
            };
            assert!(
                documented,
                "{tab:?} after {notation:?}: {event:?} changed the screen but the help does not list it:\n{help}"
            );
        }
    }
    assert!(checked > 500, "the keys did something often enough to check ({checked})");
}

/// A key event for a key as the tables name it.
fn event_of(key: Key) -> KeyEvent {
    let shifted = matches!(key.code, KeyCode::Char(c) if c.is_ascii_uppercase());
    let modifiers = if shifted { key.modifiers | KeyModifiers::SHIFT } else { key.modifiers };
    KeyEvent::new(key.code, modifiers)
}

#[test]
fn every_row_of_the_help_does_something() {
    // The other way round: a row the help (and maybe the status bar) shows must act in that
    // state, at least one of its keys; at 80×24 too, where panes overflow and lists stack.
    let mut idle = Vec::new();
    for (width, height) in [(WIDTH, HEIGHT), (80, 24)] {
        for &(tab, notation) in STATES {
            let mut start = support::app(tab, width, height);
            support::press(&mut start, notation);
            let before = (support::frame_text(&start, width, height), start.tab(), start.is_running());
            for row in &start.keymap().bindings {
                let acts = row.keys.iter().any(|&(key, _)| {
                    let mut app = support::app(tab, width, height);
                    support::press(&mut app, notation);
                    app.handle_event(&Event::Key(event_of(key)));
                    (support::frame_text(&app, width, height), app.tab(), app.is_running()) != before
                });
                if !acts {
                    idle.push(format!(
                        "{tab:?} after {notation:?} at {width}×{height}: {} ({})",
                        row.label, row.help
                    ));
                }
            }
        }
    }
    assert!(idle.is_empty(), "rows whose keys do nothing:\n{}", idle.join("\n"));
}

#[test]
fn the_idle_keys_the_issue_found_act_or_are_not_shown() {
    // Choose at 80×24: one list under the other, longer than its pane. h/l (the other list) are
    // not offered; the page keys are, and move the selection.
    let mut app = support::app(Tab::Choose, 80, 24);
    let labels: Vec<&str> = app.keymap().bindings.iter().map(|row| row.label).collect();
    assert!(!labels.contains(&"h/l ←/→"), "{labels:?}");
    assert!(labels.contains(&"PgUp/PgDn"), "{labels:?}");
    let first = app.current_item();
    support::press(&mut app, "<PgDn>");
    assert_ne!(app.current_item(), first, "PgDn moves down the list");
    support::press(&mut app, "<C-u>");
    assert_ne!(app.current_item(), first, "half a page back is not the top");
    support::press(&mut app, "<PgUp>");
    assert_eq!(app.current_item(), first);
    // Orgs while a size is typed: the bar's `? help` and `q quit` work.
    let mut app = support::app(Tab::Orgs, 80, 24);
    support::press(&mut app, "s12?");
    assert!(support::frame_text(&app, 80, 24).contains("Keys — Esc closes"), "? opens the help");
    support::press(&mut app, "<Esc>q");
    assert!(!app.is_running(), "q quits while a size is typed");
}

#[test]
fn the_status_bar_shows_only_rows_of_the_help() {
    for (tab, notation, orphaned) in states() {
        let app = app_in(tab, notation, orphaned);
        let keymap = app.keymap();
        let help = help_text(&app, tab.title());
        let globals: Vec<_> = keymap.live_globals().collect();
        let hinted = keymap
            .bindings
            .iter()
            .chain(globals)
            .filter(|row| row.hint.is_some())
            .map(|row| row.label)
            .chain(keymap.text.map(|text| text.label));
        for label in hinted {
            assert!(help.contains(label), "{tab:?} after {notation:?}: {label} is hinted but not in help");
        }
    }
}

#[test]
fn the_search_key_is_in_every_tabs_help_and_status_bar() {
    for &tab in Tab::ALL {
        let app = support::app(tab, 120, 40);
        let help = help_text(&app, tab.title());
        let bar = support::frame_text(&app, 120, 40);
        let status = bar.lines().last().unwrap_or_default();
        if tab == Tab::Faq {
            // Here `/` (or a letter) goes to the FAQ's own filter.
            assert!(help.contains("/  to the filter"), "{help}");
            assert!(status.contains("a-z filter"), "{status}");
            continue;
        }
        assert!(help.contains("/  search the whole knowledge base"), "{tab:?}:\n{help}");
        assert!(status.contains("/ search"), "{tab:?}: {status}");
    }
}

#[test]
fn the_focus_rule_is_in_the_help_and_in_the_readme() {
    let app = support::app(Tab::Faq, 200, 60);
    let help = help_text(&app, "FAQ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains(help::FOCUS_RULE), "{help}");
    let readme = include_str!("../README.md").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(readme.contains(help::FOCUS_RULE), "the README states the same rule");
}

#[test]
fn a_terminal_too_small_takes_only_quit() {
    // Typing a cost of living, then the terminal shrinks: keys pressed meanwhile do nothing.
    let mut app = support::app(Tab::Salary, WIDTH, HEIGHT);
    support::press(&mut app, "G5");
    let before = support::frame_text(&app, WIDTH, HEIGHT);
    app.handle_event(&Event::Resize(20, 5));
    support::press(&mut app, "5<Tab>?/b<Esc>j");
    app.handle_event(&Event::Resize(WIDTH, HEIGHT));
    assert_eq!(app.tab(), Tab::Salary, "no key switched tabs while too small");
    assert_eq!(support::frame_text(&app, WIDTH, HEIGHT), before, "nothing changed while too small");
    app.handle_event(&Event::Resize(20, 5));
    support::press(&mut app, "q");
    assert!(!app.is_running(), "q quits even when the terminal is too small");
}
