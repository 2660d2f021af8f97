//! What a key press means: a pure mapping from a key event and the input mode to an [`Action`].
//!
//! Keeping the mapping pure makes it testable as a table and keeps key handling in the tabs about
//! meaning (move down, toggle) rather than key codes. Only press events map to actions; releases
//! and repeats reported by some terminals are ignored here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::tab::Tab;

/// Whether a text field has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keys are commands.
    Normal,
    /// Printable keys go into the focused text field.
    Editing,
}

/// Something the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app (`q`, Ctrl-C).
    Quit,
    /// Show or hide the keys (`?`, F1).
    Help,
    /// Close an overlay, leave a field, clear a filter (Esc).
    Back,
    /// The next tab (Tab, `]`).
    NextTab,
    /// The previous tab (Shift-Tab, `[`).
    PrevTab,
    /// A tab by its number key.
    GoTo(Tab),
    /// Move up (k, ↑).
    Up,
    /// Move down (j, ↓).
    Down,
    /// Move left or to the previous sub-view (h, ←).
    Left,
    /// Move right or to the next sub-view (l, →).
    Right,
    /// Jump to the start (g, Home).
    Top,
    /// Jump to the end (G, End).
    Bottom,
    /// A page up (`PgUp`).
    PageUp,
    /// A page down (`PgDn`).
    PageDown,
    /// Half a page up (Ctrl-u).
    HalfPageUp,
    /// Half a page down (Ctrl-d).
    HalfPageDown,
    /// The mouse wheel, up.
    ScrollUp,
    /// The mouse wheel, down.
    ScrollDown,
    /// Open or confirm (Enter).
    Confirm,
    /// Toggle (Space).
    Toggle,
    /// Search the whole knowledge base (`/`).
    Search,
    /// Bookmark the item under the cursor (`b`).
    Bookmark,
    /// Any other printable key, for a tab to interpret (`s`, `m`, `n`...).
    Char(char),
    /// A key for the focused text field (editing mode only).
    Input(KeyEvent),
}

/// Maps a key event to an action in the given mode; `None` for keys that mean nothing.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Editing => Some(editing(key)),
        Mode::Normal if ctrl => match key.code {
            KeyCode::Char('u') => Some(Action::HalfPageUp),
            KeyCode::Char('d') => Some(Action::HalfPageDown),
            _ => None,
        },
        Mode::Normal if key.modifiers.contains(KeyModifiers::ALT) => None,
        Mode::Normal => normal(key.code),
    }
}

fn normal(code: KeyCode) -> Option<Action> {
    let action = match code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Esc => Action::Back,
        KeyCode::Tab | KeyCode::Char(']') => Action::NextTab,
        KeyCode::BackTab | KeyCode::Char('[') => Action::PrevTab,
        KeyCode::Char(c @ '0'..='9') => return Tab::from_number(c).map(Action::GoTo),
        KeyCode::Char('k') | KeyCode::Up => Action::Up,
        KeyCode::Char('j') | KeyCode::Down => Action::Down,
        KeyCode::Char('h') | KeyCode::Left => Action::Left,
        KeyCode::Char('l') | KeyCode::Right => Action::Right,
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char(' ') => Action::Toggle,
        KeyCode::Char('/') => Action::Search,
        KeyCode::Char('b') => Action::Bookmark,
        KeyCode::Char(c) => Action::Char(c),
        _ => return None,
    };
    Some(action)
}

/// While a field has focus only Esc, Enter, the arrows that leave the field and Tab keep their
/// meaning; everything else is the field's.
fn editing(key: KeyEvent) -> Action {
    match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Tab => Action::NextTab,
        KeyCode::BackTab => Action::PrevTab,
        KeyCode::F(1) => Action::Help,
        _ => Action::Input(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn with(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn normal_mode_keys() {
        use KeyCode::{BackTab, Char, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Up};
        let table = [
            (press(Char('q')), Some(Action::Quit)),
            (with(Char('c'), KeyModifiers::CONTROL), Some(Action::Quit)),
            (press(Char('?')), Some(Action::Help)),
            (press(F(1)), Some(Action::Help)),
            (press(Esc), Some(Action::Back)),
            (press(KeyCode::Tab), Some(Action::NextTab)),
            (press(Char(']')), Some(Action::NextTab)),
            (with(BackTab, KeyModifiers::SHIFT), Some(Action::PrevTab)),
            (press(Char('[')), Some(Action::PrevTab)),
            (press(Char('1')), Some(Action::GoTo(Tab::Overview))),
            (press(Char('2')), Some(Action::GoTo(Tab::Compare))),
            (press(Char('5')), Some(Action::GoTo(Tab::Careers))),
            (press(Char('6')), Some(Action::GoTo(Tab::Salary))),
            (press(Char('8')), Some(Action::GoTo(Tab::Choose))),
            (press(Char('0')), Some(Action::GoTo(Tab::Study))),
            (press(Char('k')), Some(Action::Up)),
            (press(Up), Some(Action::Up)),
            (press(Char('j')), Some(Action::Down)),
            (press(Down), Some(Action::Down)),
            (press(Char('h')), Some(Action::Left)),
            (press(Left), Some(Action::Left)),
            (press(Char('l')), Some(Action::Right)),
            (press(Right), Some(Action::Right)),
            (press(Char('g')), Some(Action::Top)),
            (press(Home), Some(Action::Top)),
            (with(Char('G'), KeyModifiers::SHIFT), Some(Action::Bottom)),
            (press(End), Some(Action::Bottom)),
            (press(PageUp), Some(Action::PageUp)),
            (press(PageDown), Some(Action::PageDown)),
            (with(Char('u'), KeyModifiers::CONTROL), Some(Action::HalfPageUp)),
            (with(Char('d'), KeyModifiers::CONTROL), Some(Action::HalfPageDown)),
            (press(Enter), Some(Action::Confirm)),
            (press(Char(' ')), Some(Action::Toggle)),
            (press(Char('/')), Some(Action::Search)),
            (press(Char('b')), Some(Action::Bookmark)),
            (press(Char('s')), Some(Action::Char('s'))),
            (with(Char('x'), KeyModifiers::CONTROL), None),
            (with(Char('j'), KeyModifiers::ALT), None),
            (press(KeyCode::Insert), None),
        ];
        for (key, expected) in table {
            assert_eq!(action_for(key, Mode::Normal), expected, "{key:?}");
        }
    }

    #[test]
    fn editing_mode_sends_printable_keys_to_the_field() {
        for code in [KeyCode::Char('q'), KeyCode::Char('j'), KeyCode::Char('5'), KeyCode::Char('/')] {
            assert_eq!(action_for(press(code), Mode::Editing), Some(Action::Input(press(code))));
        }
        let backspace = press(KeyCode::Backspace);
        assert_eq!(action_for(backspace, Mode::Editing), Some(Action::Input(backspace)));
        assert_eq!(action_for(press(KeyCode::Esc), Mode::Editing), Some(Action::Back));
        assert_eq!(action_for(press(KeyCode::Enter), Mode::Editing), Some(Action::Confirm));
        assert_eq!(action_for(press(KeyCode::Down), Mode::Editing), Some(Action::Down));
        let ctrl_c = with(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c, Mode::Editing), Some(Action::Quit), "Ctrl-C always quits");
    }

    #[test]
    fn only_presses_count() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            let key = KeyEvent { kind, state: KeyEventState::NONE, ..press(KeyCode::Char('q')) };
            assert_eq!(action_for(key, Mode::Normal), None, "{kind:?}");
        }
    }
}
