//! Plain-text rendering of the knowledge base for `pmpo show`: wrapped to a width, readable in
//! `less`, and styled with bold headings only when asked to (a terminal without `NO_COLOR`).
//!
//! This is the reading face of pmpo for pipes and scripts; it shares no code with the terminal UI
//! because it targets a stream of lines, not a grid of cells.

mod sections;

pub use sections::{Section, render};

use unicode_width::UnicodeWidthStr;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Builds wrapped text one block at a time.
pub struct Printer {
    width: usize,
    styled: bool,
    out: String,
}

impl Printer {
    /// A printer that wraps at `width` columns (at least 20) and styles headings when `styled`.
    pub fn new(width: usize, styled: bool) -> Printer {
        Printer { width: width.max(20), styled, out: String::new() }
    }

    /// The finished text, ending with exactly one newline.
    pub fn finish(mut self) -> String {
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

    /// The document's title, underlined with `=`.
    pub fn title(&mut self, text: &str) {
        self.underlined(text, '=');
    }

    /// A section heading, underlined with `-`.
    pub fn heading(&mut self, text: &str) {
        self.underlined(text, '-');
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
    pub fn paragraph(&mut self, text: &str) {
        for paragraph in text.split("\n\n") {
            self.blank_line();
            self.wrapped(paragraph.trim(), "", "");
        }
    }

    /// `label: text`, the label in bold, continuation lines indented by `indent` spaces.
    pub fn labelled(&mut self, label: &str, text: &str, indent: usize) {
        let plain = format!("{label}: {text}");
        let hanging = " ".repeat(indent);
        let lines = textwrap::wrap(&plain, textwrap::Options::new(self.width).subsequent_indent(&hanging));
        for (i, line) in lines.iter().enumerate() {
            let line = if i == 0 && line.starts_with(label) {
                format!("{}{}", self.bold(label), &line[label.len()..])
            } else {
                line.to_string()
            };
            self.line(&line);
        }
    }

    /// A bulleted item with a hanging indent.
    pub fn bullet(&mut self, text: &str) {
        self.wrapped(text, "  • ", "    ");
    }

    /// A numbered item with a hanging indent.
    pub fn numbered(&mut self, number: usize, text: &str) {
        let marker = format!("{number:>3}. ");
        let hanging = " ".repeat(marker.len());
        self.wrapped(text, &marker, &hanging);
    }

    /// Lines that must not be wrapped (already short, or aligned by the caller).
    pub fn verbatim(&mut self, text: &str) {
        self.line(text);
    }

    /// Ends a run of bullets or lines with a blank line.
    pub fn gap(&mut self) {
        self.blank_line();
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
    pub fn table(&mut self, headers: &[&str], rows: &[Vec<String>]) {
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
        let header: Vec<String> = headers.iter().map(|h| (*h).to_string()).collect();
        self.table_row(&header, &widths, true);
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

    fn stacked(&mut self, headers: &[&str], rows: &[Vec<String>]) {
        for row in rows {
            self.blank_line();
            if let Some(first) = row.first() {
                let title = self.bold(first);
                self.line(&title);
            }
            for (header, cell) in headers.iter().zip(row).skip(1) {
                self.labelled(&format!("  {header}"), cell, 4);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_wrap_to_the_width() {
        let mut printer = Printer::new(20, false);
        printer.paragraph("one two three four five six seven eight nine ten");
        let text = printer.finish();
        assert!(text.lines().all(|line| line.width() <= 20), "{text}");
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn styling_only_when_asked() {
        let mut plain = Printer::new(40, false);
        plain.heading("Heading");
        assert!(!plain.finish().contains('\x1b'));
        let mut styled = Printer::new(40, true);
        styled.heading("Heading");
        assert!(styled.finish().contains("\x1b[1mHeading\x1b[0m"));
    }

    #[test]
    fn table_cells_wrap_within_their_columns() {
        let mut printer = Printer::new(60, false);
        let row = vec!["Aspect".to_string(), "word ".repeat(12), "other ".repeat(10)];
        printer.table(&["Aspect", "PM", "PO"], &[row]);
        let text = printer.finish();
        assert!(text.lines().all(|line| line.width() <= 60), "{text}");
        assert!(text.lines().count() > 3, "{text}");
    }

    #[test]
    fn narrow_tables_stack() {
        let mut printer = Printer::new(40, false);
        printer.table(&["Aspect", "PM", "PO"], &[vec!["Focus".into(), "market".into(), "backlog".into()]]);
        let text = printer.finish();
        assert!(text.contains("  PM: market"), "{text}");
    }
}
