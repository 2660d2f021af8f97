//! Documents as plain text for `pmpo show`: wrapped to a width, readable in `less`, and styled
//! with bold headings only when asked to (a terminal without `NO_COLOR`).

use unicode_width::UnicodeWidthStr;

use super::block::{Block, Doc};
use super::layout::{DocLine, Role, layout};
use super::wrap::wrap_text;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Renders `doc` as text wrapped at `width` columns (at least 20), bold headings when `styled`.
/// Lines break where the app's panes break them ([`layout`]); plain text adds a rule under
/// titles and headings, and sets tables in columns when they fit.
pub fn render(doc: &Doc, width: usize, styled: bool) -> String {
    let mut printer = Printer { width: width.max(20), styled, out: String::new() };
    let laid = layout(doc, printer.width);
    let mut lines = laid.lines.iter().peekable();
    while let Some(line) = lines.next() {
        match &doc.blocks[line.block] {
            Block::Table { headers, rows } if printer.width >= 20 * headers.len() && !headers.is_empty() => {
                while lines.next_if(|next| next.block == line.block).is_some() {}
                printer.table(headers, rows);
            }
            Block::Title(text) | Block::Heading(text) if !line.pieces.is_empty() => {
                printer.line(&printer.styled_line(line));
                let next_is_text =
                    lines.peek().is_some_and(|next| next.block == line.block && !next.pieces.is_empty());
                if !next_is_text {
                    let rule = if matches!(doc.blocks[line.block], Block::Title(_)) { '=' } else { '-' };
                    printer.line(&rule.to_string().repeat(text.width().min(printer.width)));
                    // In print a ruled heading stands apart from its text.
                    printer.blank_line();
                }
            }
            _ if line.pieces.is_empty() => printer.blank_line(),
            _ => printer.line(&printer.styled_line(line)),
        }
    }
    printer.finish()
}

/// Builds wrapped text one line at a time.
struct Printer {
    width: usize,
    styled: bool,
    out: String,
}

impl Printer {
    /// The finished text, ending with exactly one newline.
    fn finish(mut self) -> String {
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        self.out.push('\n');
        self.out
    }

    fn bold(&self, text: &str) -> String {
        if self.styled && !text.trim().is_empty() { format!("{BOLD}{text}{RESET}") } else { text.to_string() }
    }

    /// A laid-out line, titles, headings and labels in bold when styled.
    fn styled_line(&self, line: &DocLine) -> String {
        line.pieces
            .iter()
            .map(|(role, text)| match role {
                Role::Title | Role::Heading | Role::Label | Role::Note => self.bold(text),
                Role::Text | Role::Marker | Role::Chart(_) => text.clone(),
            })
            .collect()
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text.trim_end());
        self.out.push('\n');
    }

    /// A table whose cells wrap within their columns; the first column keeps its natural width up
    /// to a third of the line, the others share the rest. (Narrower widths keep the layout's one
    /// block per row, which reads better than columns a dozen characters wide.)
    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        let columns = headers.len();
        let gutter = 2;
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
        let wrapped: Vec<Vec<String>> =
            cells.iter().zip(widths).map(|(cell, width)| wrap_text(cell, *width, "", "")).collect();
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
        assert!(lines[1].starts_with("    the "), "{text}");
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
