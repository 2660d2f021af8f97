//! The offer on the chart: a vertical line drawn over the rows at the amount's column. The line is
//! a glyph of its own ("┃", "╂" on the axis), not a colour, so it shows with `NO_COLOR` too; where
//! it crosses a bar it cuts the bar, which is how a band that holds the amount looks.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The line across a row of bars or an empty track.
pub(super) const LINE: char = '┃';
/// The line where it crosses the axis.
pub(super) const ON_AXIS: char = '╂';

/// `line` with the cell at display column `column` replaced by `glyph` in `style`. A line too
/// short, or a wide character covering the column, is left as it is (the chart's tracks are all
/// one column a character).
pub(super) fn overlay(line: Line<'static>, column: usize, glyph: char, style: Style) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::with_capacity(line.spans.len() + 2);
    let mut at = 0;
    let mut done = false;
    for span in line.spans {
        if done {
            spans.push(span);
            continue;
        }
        let mut before = String::new();
        let mut after = String::new();
        let mut hit = false;
        for c in span.content.chars() {
            let width = c.width().unwrap_or(0);
            if !hit && at == column && width == 1 {
                hit = true;
            } else if hit {
                after.push(c);
            } else {
                before.push(c);
            }
            at += width;
        }
        if hit {
            done = true;
            if !before.is_empty() {
                spans.push(Span::styled(before, span.style));
            }
            spans.push(Span::styled(glyph.to_string(), style));
            if !after.is_empty() {
                spans.push(Span::styled(after, span.style));
            }
        } else {
            spans.push(Span::styled(before, span.style));
        }
    }
    Line { spans, ..line }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn text(line: &Line<'_>) -> String {
        line.spans.iter().map(|span| span.content.as_ref()).collect()
    }

    #[test]
    fn the_glyph_replaces_one_cell_keeping_the_rest() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let line = Line::from(vec![Span::raw("ab"), Span::styled("████", bold), Span::raw("┊ ")]);
        let marked = overlay(line.clone(), 3, LINE, Style::new());
        assert_eq!(text(&marked), "ab█┃██┊ ");
        // The bar's cells on either side keep the bar's style.
        assert_eq!(marked.spans[1].style, bold);
        assert_eq!(marked.spans[3].style, bold);
        assert_eq!(text(&overlay(line.clone(), 0, LINE, Style::new())), "┃b████┊ ");
        assert_eq!(text(&overlay(line.clone(), 7, LINE, Style::new())), "ab████┊┃");
        assert_eq!(text(&overlay(line, 8, LINE, Style::new())), "ab████┊ ", "past the end");
    }

    #[test]
    fn a_wide_character_is_not_split() {
        let line = Line::from("a漢b");
        assert_eq!(text(&overlay(line.clone(), 1, LINE, Style::new())), "a漢b");
        assert_eq!(text(&overlay(line, 3, LINE, Style::new())), "a漢┃");
    }
}
