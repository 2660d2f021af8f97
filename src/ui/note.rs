//! A note drawn under its item: a heading that says the words are the user's, then the text
//! beside a bar in the note's style, wrapped like every other text. The text goes through
//! [`crate::notes::printable`] first, so a state file edited by hand cannot reach the terminal
//! with an escape sequence.

use ratatui::text::{Line, Span};

use super::Theme;
use super::wrap::{highlighted, wrap};
use crate::notes;

/// The heading over every note: the same words wherever a note is shown.
pub const HEADING: &str = notes::HEADING;

/// The bar beside a note's text.
const BAR: &str = "▏ ";

/// The lines of a note (as saved) at `width` columns: its heading, then its text.
pub fn lines(text: &str, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    highlighted_lines(text, &[], theme, width)
}

/// [`lines`] with the characters at `positions` of the printable text marked as search matches
/// (see [`printable`]).
pub fn highlighted_lines(text: &str, positions: &[usize], theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let heading =
        Line::from(vec![Span::styled(HEADING, theme.note), Span::styled(" · n edits it", theme.muted)]);
    let mut lines = wrap(&heading.spans, width, Span::raw(""), "  ");
    let spans = highlighted(&printable(text), positions, theme.text, theme.matched);
    let mut body = wrap(&spans, width, Span::styled(BAR, theme.note), BAR);
    for line in &mut body {
        if let Some(first) = line.spans.first_mut()
            && first.content == BAR
        {
            first.style = theme.note;
        }
    }
    lines.extend(body);
    lines
}

/// A note's text as drawn: nothing that could reach the terminal as a control character.
pub fn printable(text: &str) -> String {
    notes::printable(text).trim_end().to_string()
}

/// A blank line, then the note on `id` if there is one: what a detail pane appends under its
/// item.
pub fn section(
    notes: &std::collections::BTreeMap<String, String>,
    id: &str,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let Some(text) = notes.get(id) else { return Vec::new() };
    let mut lines = vec![Line::default()];
    lines.extend(self::lines(text, theme, width));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_note_has_its_heading_and_a_bar_on_every_line() {
        let lines = lines("First line of mine\n\nand a \u{1b}[31mred\u{1b}[0m one", &Theme::MONO, 40);
        assert_eq!(
            texts(&lines),
            ["✎ Your note · n edits it", "▏ First line of mine", "▏ ", "▏ and a red one"]
        );
        for line in &lines[1..] {
            assert_eq!(line.spans[0].style, Theme::MONO.note, "{line}");
        }
    }

    #[test]
    fn a_detail_pane_gets_nothing_for_an_item_without_a_note() {
        let notes = [("a".to_string(), "mine".to_string())].into_iter().collect();
        assert!(section(&notes, "b", &Theme::MONO, 30).is_empty());
        assert_eq!(
            texts(&section(&notes, "a", &Theme::MONO, 30)),
            ["", "✎ Your note · n edits it", "▏ mine"]
        );
    }
}
