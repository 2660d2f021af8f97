//! Text fields that take only some text: a key goes into the field when it is an editing key and
//! the text it leaves is still acceptable, so a field never holds something it cannot use.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

/// Applies `key` to `input` if it is a character, a deletion or a cursor movement and the text
/// after it satisfies `acceptable`; returns whether the field took the key.
pub fn edit(input: &mut Input, key: KeyEvent, acceptable: impl Fn(&str) -> bool) -> bool {
    let editing_key = matches!(
        key.code,
        KeyCode::Char(_)
            | KeyCode::Backspace
            | KeyCode::Delete
            | KeyCode::Left
            | KeyCode::Right
            | KeyCode::Home
            | KeyCode::End
    );
    if !editing_key {
        return false;
    }
    let mut next = input.clone();
    next.handle_event(&Event::Key(key));
    if !acceptable(next.value()) {
        return false;
    }
    *input = next;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn only_acceptable_text_gets_in() {
        let digits = |text: &str| text.len() <= 3 && text.chars().all(|c| c.is_ascii_digit());
        let mut input = Input::default();
        assert!(edit(&mut input, key(KeyCode::Char('4')), digits));
        assert!(!edit(&mut input, key(KeyCode::Char('x')), digits));
        assert!(edit(&mut input, key(KeyCode::Char('2')), digits));
        assert!(edit(&mut input, key(KeyCode::Char('0')), digits));
        assert!(!edit(&mut input, key(KeyCode::Char('1')), digits), "too long");
        assert_eq!(input.value(), "420");
        assert!(edit(&mut input, key(KeyCode::Backspace), digits));
        assert!(!edit(&mut input, key(KeyCode::Enter), digits), "not an editing key");
        assert_eq!(input.value(), "42");
    }
}
