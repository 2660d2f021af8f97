//! Text fields that take only some text: a key goes into the field when it is an editing key and
//! the text it leaves is still acceptable, so a field never holds something it cannot use. Pasted
//! text is made one line of printable characters first, and every field has a most it holds, so
//! that nothing typed or pasted can make a keystroke slow.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

/// The most characters a search field holds (the FAQ filter, the `/` overlay): more than any
/// question, few enough that every keystroke stays well under a frame.
pub const MAX_SEARCH: usize = 200;

/// What the status bar says when a search field is full.
pub fn search_full_notice() -> String {
    format!("Search text stops at {MAX_SEARCH} characters: the rest was left out.")
}

/// Pasted text as one line a field can hold: tabs and line breaks become spaces (a line break
/// written as CR LF becomes one), every other control character is dropped.
pub fn one_line(pasted: &str) -> String {
    pasted
        .replace("\r\n", " ")
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Inserts `text` at the cursor, as much of it as keeps the field within `max_chars`; returns
/// whether all of it went in.
pub fn insert(input: &mut Input, text: &str, max_chars: usize) -> bool {
    let value = input.value();
    let room = max_chars.saturating_sub(value.chars().count());
    let taken: String = text.chars().take(room).collect();
    let cursor = input.cursor();
    let at = value.char_indices().nth(cursor).map_or(value.len(), |(at, _)| at);
    let mut next = value.to_string();
    next.insert_str(at, &taken);
    let moved = taken.chars().count();
    *input = Input::new(next).with_cursor(cursor + moved);
    moved == text.chars().count()
}

/// Whether `key` is a character refused only because the field already holds `max_chars`.
pub fn full(input: &Input, key: KeyEvent, max_chars: usize) -> bool {
    matches!(key.code, KeyCode::Char(_)) && input.value().chars().count() >= max_chars
}

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

    #[test]
    fn a_paste_becomes_one_line_of_printable_characters() {
        assert_eq!(one_line("scrum\tcert 🚀"), "scrum cert 🚀");
        assert_eq!(one_line("a\r\nb\nc\rd"), "a b c d");
        assert_eq!(one_line("x\u{1b}[31my\u{7}\u{0}z"), "x[31myz", "escape, bell and NUL are dropped");
    }

    #[test]
    fn an_insert_goes_at_the_cursor_and_stops_at_the_maximum() {
        let mut input = Input::new("ad".to_string()).with_cursor(1);
        assert!(insert(&mut input, "bc", 10));
        assert_eq!((input.value(), input.cursor()), ("abcd", 3));
        assert!(!insert(&mut input, "éééééééé", 6), "cut");
        assert_eq!((input.value(), input.cursor()), ("abcééd", 5));
        assert!(full(&input, key(KeyCode::Char('x')), 6));
        assert!(!full(&input, key(KeyCode::Backspace), 6));
    }
}
