//! Shared by the UI tests: an app at a size, keys typed in a compact notation, and the frame it
//! draws as text or as a buffer.

#![allow(dead_code, reason = "each test file uses a different part")]
#![allow(clippy::expect_used, reason = "a test fails by panicking")]

pub mod palettes;
pub mod pty;
pub mod svg;

use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::tab::Tab;
use pmpo::ui::{Theme, buffer_text};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

/// The embedded knowledge base.
pub fn kb() -> KnowledgeBase {
    KnowledgeBase::embedded().expect("the embedded knowledge base loads")
}

/// An app on `tab` in a terminal of `width` × `height`.
pub fn app(tab: Tab, width: u16, height: u16) -> App {
    themed_app(tab, width, height, &Theme::COLOR)
}

/// An app on `tab` in a terminal of `width` × `height` that starts from `state` (saving nothing).
pub fn app_with_state(tab: Tab, width: u16, height: u16, state: pmpo::store::State) -> App {
    let store = pmpo::store::Store::in_memory_from(&state);
    let opened = pmpo::store::Opened { store, state, notice: None };
    App::with_saved_state(kb(), Theme::COLOR, Some(tab), Size::new(width, height), opened)
}

/// An app on `tab` in a terminal of `width` × `height`, drawn with `theme` (`Theme::MONO` is
/// what `NO_COLOR` gets).
pub fn themed_app(tab: Tab, width: u16, height: u16, theme: &Theme) -> App {
    App::new(kb(), *theme, tab, Size::new(width, height))
}

/// Key events for a compact notation: plain characters are themselves; `<Esc>`, `<Enter>`,
/// `<Tab>`, `<S-Tab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`,
/// `<End>`, `<BS>`, `<Space>`, `<F1>` and `<C-x>` (Ctrl with a letter) name the others.
pub fn keys(notation: &str) -> Vec<KeyEvent> {
    let mut events = Vec::new();
    let mut rest = notation;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            events.push(named(&rest[1..end]));
            rest = &rest[end + 1..];
            continue;
        }
        let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        events.push(KeyEvent::new(KeyCode::Char(c), modifiers));
        rest = &rest[c.len_utf8()..];
    }
    events
}

fn named(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "Esc" => plain(KeyCode::Esc),
        "Enter" => plain(KeyCode::Enter),
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "BS" => plain(KeyCode::Backspace),
        "Space" => plain(KeyCode::Char(' ')),
        "F1" => plain(KeyCode::F(1)),
        ctrl if ctrl.starts_with("C-") => {
            let letter = ctrl.chars().nth(2).expect("a letter after C-");
            KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL)
        }
        other => panic!("unknown key <{other}>"),
    }
}

/// Types `notation` into `app`.
pub fn press(app: &mut App, notation: &str) {
    for key in keys(notation) {
        app.handle_event(&Event::Key(key));
    }
}

/// The frame `app` draws at `width` × `height`.
pub fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    buf
}

/// The frame as text.
pub fn frame_text(app: &App, width: u16, height: u16) -> String {
    buffer_text(&draw(app, width, height))
}

/// An app on `tab` after `notation`, drawn as text.
pub fn screen(tab: Tab, width: u16, height: u16, notation: &str) -> String {
    let mut app = app(tab, width, height);
    press(&mut app, notation);
    frame_text(&app, width, height)
}
