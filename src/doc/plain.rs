//! Documents as plain text for `pmpo show`: wrapped to a width, readable in `less`, and styled
//! with bold headings only when asked to (a terminal without `NO_COLOR`).

use unicode_width::UnicodeWidthStr;

use super::{Block, Doc, chart};
use crate::kb::OrgChart;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Renders `doc` as text wrapped at `width` columns (at least 20), bold headings when `styled`.
pub fn render(doc: &Doc, width: usize, styled: bool) -> String {
    let mut printer = Printer::new(width, styled);
    for block in &doc.blocks {
        match block {
            Block::Title(text) => printer.underlined(text, '='),
            Block::Heading(text) => printer.underlined(text, '-'),
            Block::Paragraph(text) => printer.paragraph(text),
            Block::Labelled { indent, label, text } => printer.labelled(*indent, label, text),
            Block::Bullet(text) => printer.wrapped(text, "  • ", "    "),
            Block::Numbered(number, text) => printer.numbered(*number, text),
            Block::Line(text) => printer.line(text),
            Block::Gap => printer.blank_line(),
            Block::Anchor(_) => {}
            Block::Table { headers, rows } => printer.table(headers, rows),
            Block::Chart(chart) => printer.chart(chart),
        }
    }
    printer.finish()
}

/// Builds wrapped text one block at a time.
struct Printer {
    width: usize,
    styled: bool,
    out: String,
}

impl Printer {
    /// A printer that wraps at `width` columns (at least 20) and styles headings when `styled`.
    fn new(width: usize, styled: bool) -> Printer {
        Printer { width: width.max(20), styled, out: String::new() }
    }

    /// The finished text, ending with exactly one newline.
    fn finish(mut self) -> String {
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        self.out.push('\n');
        self.out
    }

    fn bold(&self, text: &str) -> String {
        if self.styled { format!("{BOLD}{text}{RESET}") } else { text.to_string() }
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn underlined(&mut self, text: &str, rule: char) {
        self.blank_line();
        for line in textwrap::wrap(text, self.width) {
            let styled = self.bold(&line);
            self.line(&styled);
        }
        let rule_width = text.width().min(self.width);
        self.line(&rule.to_string().repeat(rule_width));
        self.out.push('\n');
    }

    /// Paragraphs (blank lines in `text` separate them), wrapped to the width.
    fn paragraph(&mut self, text: &str) {
        for paragraph in text.split("\n\n") {
            self.blank_line();
            self.wrapped(paragraph.trim(), "", "");
        }
    }

    /// `label: text` after `indent` spaces, the label in bold, continuation lines hanging four
    /// columns further in.
    fn labelled(&mut self, indent: u16, label: &str, text: &str) {
        let margin = " ".repeat(usize::from(indent));
        let plain = format!("{margin}{label}: {text}");
        let hanging = " ".repeat(usize::from(indent) + 4);
        let lines = textwrap::wrap(&plain, textwrap::Options::new(self.width).subsequent_indent(&hanging));
        for (i, line) in lines.iter().enumerate() {
            let prefix = format!("{margin}{label}");
            let line = if i == 0 && line.starts_with(&prefix) {
                format!("{margin}{}{}", self.bold(label), &line[prefix.len()..])
            } else {
                line.to_string()
            };
            self.line(&line);
        }
    }

    /// An org chart between blank lines, as boxes where they fit the width, else as an outline.
    fn chart(&mut self, org_chart: &OrgChart) {
        self.blank_line();
        let drawing = chart::draw(org_chart, self.width, None);
        for line in chart::plain(&drawing.with_legend(self.width)) {
            self.line(line.trim_end());
        }
        self.out.push('\n');
    }

    /// A numbered item with a hanging indent.
    fn numbered(&mut self, number: usize, text: &str) {
        let marker = format!("{number:>3}. ");
        let hanging = " ".repeat(marker.len());
        self.wrapped(text, &marker, &hanging);
    }

    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        let options = textwrap::Options::new(self.width).initial_indent(first).subsequent_indent(rest);
        for line in textwrap::wrap(text, options) {
            self.line(&line);
        }
    }

    /// A table whose cells wrap within their columns; the first column keeps its natural width up
    /// to a third of the line, the others share the rest. Narrow widths fall back to one block per
    /// row, which reads better than columns a dozen characters wide.
    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        let columns = headers.len();
        let gutter = 2;
        if columns == 0 || self.width < 20 * columns {
            self.stacked(headers, rows);
            return;
        }
        let natural = rows.iter().map(|row| row[0].width()).chain([headers[0].width()]).max().unwrap_or(0);
        let first = natural.min(self.width / 3);
        let rest = (self.width - first - gutter * (columns - 1)) / (columns - 1);
        let widths: Vec<usize> =
            std::iter::once(first).chain(std::iter::repeat_n(rest, columns - 1)).collect();
        self.blank_line();
        self.table_row(headers, &widths, true);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
        self.line(rule.join(&" ".repeat(gutter)).trim_end());
        for row in rows {
            self.table_row(row, &widths, false);
            self.out.push('\n');
        }
    }

    fn table_row(&mut self, cells: &[String], widths: &[usize], bold: bool) {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| textwrap::wrap(cell, *width).into_iter().map(String::from).collect())
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        for line in 0..height {
            let mut text = String::new();
            for (column, (cell, width)) in wrapped.iter().zip(widths).enumerate() {
                let part = cell.get(line).map_or("", String::as_str);
                let padding = width.saturating_sub(part.width());
                text.push_str(&if bold { self.bold(part) } else { part.to_string() });
                if column + 1 < widths.len() {
                    text.push_str(&" ".repeat(padding + 2));
                }
            }
            self.line(text.trim_end());
        }
    }

    fn stacked(&mut self, headers: &[String], rows: &[Vec<String>]) {
        for row in rows {
            self.blank_line();
            if let Some(first) = row.first() {
                let title = self.bold(first);
                self.line(&title);
            }
            for (header, cell) in headers.iter().zip(row).skip(1) {
                self.labelled(2, header, cell);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(width: usize, styled: bool, build: impl FnOnce(&mut Doc)) -> String {
        let mut doc = Doc::new();
        build(&mut doc);
        render(&doc, width, styled)
    }

    #[test]
    fn paragraphs_wrap_to_the_width() {
        let text = rendered(20, false, |d| {
            d.paragraph("one two three four five six seven eight nine ten");
        });
        assert!(text.lines().all(|line| line.width() <= 20), "{text}");
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn styling_only_when_asked() {
        assert!(
            !rendered(40, false, |d| {
                d.heading("Heading");
            })
            .contains('\x1b')
        );
        assert!(
            rendered(40, true, |d| {
                d.heading("Heading");
            })
            .contains("\x1b[1mHeading\x1b[0m")
        );
    }

    #[test]
    fn labels_hang_their_continuation_lines() {
        let text = rendered(26, false, |d| {
            d.labelled_at(2, "Issuer", "Scrum Alliance, the body that awards it");
        });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "  Issuer: Scrum Alliance,");
        assert!(lines[1].starts_with("      the"), "{text}");
    }

    #[test]
    fn table_cells_wrap_within_their_columns() {
        let row = vec!["Aspect".to_string(), "word ".repeat(12), "other ".repeat(10)];
        let text = rendered(60, false, |d| {
            d.table(&["Aspect", "PM", "PO"], vec![row]);
        });
        assert!(text.lines().all(|line| line.width() <= 60), "{text}");
        assert!(text.lines().count() > 3, "{text}");
    }

    #[test]
    fn narrow_tables_stack() {
        let text = rendered(40, false, |d| {
            d.table(&["Aspect", "PM", "PO"], vec![vec!["Focus".into(), "market".into(), "backlog".into()]]);
        });
        assert!(text.contains("  PM: market"), "{text}");
    }
}
