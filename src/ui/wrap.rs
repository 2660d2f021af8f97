//! Word wrapping of styled text into lines of a given display width, by the policy every
//! plain-text command shares (`crate::doc::wrap`).
//!
//! Ratatui's `Paragraph` can wrap, but it cannot tell how many lines the result has (needed to
//! clamp scrolling and to place anchors) and it cannot hang an indent under a bullet. This wraps
//! spans once, keeping each character's style, so search highlights survive the line breaks.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::doc::wrap::{Sink, wrap_into};

/// Wraps `spans` to `width` columns by pmpo's one wrapping policy ([`crate::doc::wrap`]). The
/// first line starts with `first`, later lines with `rest` (both plain, e.g. a bullet and its
/// hanging indent); each character keeps its style, so search highlights survive line breaks.
pub fn wrap(spans: &[Span<'_>], width: usize, first: Span<'static>, rest: &str) -> Vec<Line<'static>> {
    let indents = (first.width(), rest.width());
    let mut lines = Styled {
        lines: Vec::new(),
        line: Vec::new(),
        first: Some(first),
        rest: rest.to_string(),
        fresh: true,
    };
    let chars = spans.iter().flat_map(|span| span.content.chars().map(move |c| (c, span.style)));
    wrap_into(chars, width, indents, &mut lines);
    lines.lines
}

/// Wraps plain text in one style.
pub fn wrap_plain(text: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    wrap(&[Span::styled(text, style)], width, Span::raw(""), "")
}

/// `text` as spans in `base` style, the characters at `positions` (character indices, sorted) in
/// `matched` style: search highlights, ready to wrap.
pub fn highlighted(text: &str, positions: &[usize], base: Style, matched: Style) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut next = positions.iter().peekable();
    for (index, c) in text.chars().enumerate() {
        let is_match = next.peek().is_some_and(|&&p| p == index);
        if is_match {
            next.next();
        }
        let style = if is_match { base.patch(matched) } else { base };
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), style)),
        }
    }
    spans
}

/// Keeps at most `max` lines; when some are cut, the last one kept ends with "…" within `width`.
pub fn clip(mut lines: Vec<Line<'static>>, max: usize, width: usize) -> Vec<Line<'static>> {
    if lines.len() <= max || max == 0 {
        lines.truncate(max);
        return lines;
    }
    lines.truncate(max);
    if let Some(last) = lines.last_mut() {
        while last.width() + 1 > width {
            let Some(span) = last.spans.last_mut() else { break };
            let content = span.content.to_mut();
            if content.pop().is_none() {
                last.spans.pop();
            }
        }
        let style = last.spans.last().map(|span| span.style).unwrap_or_default();
        last.spans.push(Span::styled("…", style));
    }
    lines
}

/// Builds styled lines: characters of one style in one span.
struct Styled {
    lines: Vec<Line<'static>>,
    line: Vec<Span<'static>>,
    /// The first line's indent, until it is used.
    first: Option<Span<'static>>,
    rest: String,
    /// Whether the current line holds nothing but its indent (a word must not join its span).
    fresh: bool,
}

impl Sink for Styled {
    type Attr = Style;

    fn start(&mut self, first: bool) {
        let indent = if first { self.first.take() } else { Some(Span::raw(self.rest.clone())) };
        self.line.extend(indent.filter(|indent| !indent.content.is_empty()));
        self.fresh = true;
    }

    fn push(&mut self, c: char, style: Style) {
        match self.line.last_mut() {
            Some(last) if last.style == style && !self.fresh => last.content.to_mut().push(c),
            _ => self.line.push(Span::styled(c.to_string(), style)),
        }
        self.fresh = false;
    }

    fn space(&mut self) {
        self.push(' ', Style::new());
    }

    fn end(&mut self) {
        self.lines.push(Line::from(std::mem::take(&mut self.line)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Stylize};

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn words_fill_lines_up_to_the_width() {
        let lines = wrap_plain("one two three four five six", Style::new(), 9);
        assert_eq!(texts(&lines), ["one two", "three", "four five", "six"]);
    }

    #[test]
    fn hanging_indents_and_newlines() {
        let spans = [Span::raw("alpha beta gamma\ndelta")];
        let lines = wrap(&spans, 12, Span::raw("• "), "  ");
        assert_eq!(texts(&lines), ["• alpha beta", "  gamma", "  delta"]);
    }

    #[test]
    fn long_words_break_and_styles_survive() {
        let spans = [Span::raw("ab "), "cdefgh".red(), Span::raw(" ij")];
        let lines = wrap(&spans, 4, Span::raw(""), "");
        assert_eq!(texts(&lines), ["ab", "cdef", "gh", "ij"]);
        assert_eq!(lines[1].spans[0].style.fg, Some(Color::Red));
        assert_eq!(lines[2].spans[0].style.fg, Some(Color::Red));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let lines = wrap_plain("日本語 テキスト", Style::new(), 8);
        assert_eq!(texts(&lines), ["日本語", "テキスト"]);
    }

    #[test]
    fn highlights_follow_character_positions() {
        let red = Style::new().fg(Color::Red);
        let spans = highlighted("Ünïcode", &[0, 2], Style::new(), red);
        let parts: Vec<(&str, bool)> = spans.iter().map(|s| (s.content.as_ref(), s.style == red)).collect();
        assert_eq!(parts, [("Ü", true), ("n", false), ("ï", true), ("code", false)]);
    }

    #[test]
    fn clipping_marks_the_cut() {
        let lines = wrap_plain("one two three four", Style::new(), 7);
        assert_eq!(texts(&clip(lines.clone(), 2, 7)), ["one two", "three…"]);
        assert_eq!(texts(&clip(lines.clone(), 9, 7)), ["one two", "three", "four"]);
        let full = wrap_plain("abcdefg hijklmn", Style::new(), 7);
        assert_eq!(texts(&clip(full, 1, 7)), ["abcdef…"]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(texts(&wrap_plain("", Style::new(), 10)), [""]);
    }
}
