//! Documents as styled, wrapped lines for the app's reading panes, with the line each anchored
//! item starts on (for jumping to it and for knowing which item is under the cursor).

use ratatui::text::{Line, Span};

use super::Theme;
use super::wrap::{wrap, wrap_plain};
use crate::doc::chart::{self, ChartLine, Ink};
use crate::doc::{Block, Doc};

/// A document laid out for one width.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The lines, top to bottom.
    pub lines: Vec<Line<'static>>,
    /// Each anchored item's id and the line it starts on, in document order.
    pub anchors: Vec<(String, usize)>,
}

impl Rendered {
    /// The line the item `id` starts on.
    pub fn anchor(&self, id: &str) -> Option<usize> {
        self.anchors.iter().find(|(anchor, _)| anchor == id).map(|(_, line)| *line)
    }

    /// The item shown at `line`: the last anchor at or above it.
    pub fn item_at(&self, line: usize) -> Option<&str> {
        self.anchors.iter().take_while(|(_, start)| *start <= line).last().map(|(id, _)| id.as_str())
    }
}

/// Lays `doc` out at `width` columns.
pub fn layout(doc: &Doc, width: u16, theme: &Theme) -> Rendered {
    let width = usize::from(width.max(1));
    let mut out = Rendered::default();
    let mut pending: Vec<&str> = Vec::new();
    // A heading sits right on top of its text: no blank line between them.
    let mut after_heading = false;
    for block in &doc.blocks {
        let before = out.lines.len();
        let lines = &mut out.lines;
        match block {
            Block::Title(text) => {
                gap(lines);
                lines.extend(wrap_plain(text, theme.title, width));
                lines.push(Line::default());
            }
            Block::Heading(text) => {
                gap(lines);
                lines.extend(wrap_plain(text, theme.heading, width));
            }
            Block::Paragraph(text) => {
                for (i, paragraph) in text.split("\n\n").enumerate() {
                    if i > 0 || !after_heading {
                        gap(lines);
                    }
                    lines.extend(wrap_plain(paragraph.trim(), theme.text, width));
                }
            }
            Block::Labelled { indent, label, text } => {
                let margin = " ".repeat(usize::from(*indent));
                let spans = [
                    Span::styled(format!("{label}:"), theme.label),
                    Span::raw(" "),
                    Span::raw(text.as_str()),
                ];
                let hanging = " ".repeat(usize::from(*indent) + 2);
                lines.extend(wrap(&spans, width, Span::raw(margin), &hanging));
            }
            Block::Bullet(text) => {
                lines.extend(wrap(&[Span::raw(text.as_str())], width, Span::styled("• ", theme.muted), "  "));
            }
            Block::Numbered(number, text) => {
                let marker = format!("{number}. ");
                let hanging = " ".repeat(marker.len());
                lines.extend(wrap(
                    &[Span::raw(text.as_str())],
                    width,
                    Span::styled(marker, theme.muted),
                    &hanging,
                ));
            }
            Block::Line(text) => lines.extend(wrap_plain(text, theme.text, width)),
            Block::Chart(org_chart) => {
                gap(lines);
                let drawing = chart::draw(org_chart, width, None);
                lines.extend(chart_lines(&drawing.with_legend(width), theme));
                lines.push(Line::default());
            }
            Block::Gap => gap(lines),
            // The item starts at the first line of text that follows, after any blank line.
            Block::Anchor(id) => pending.push(id),
            Block::Table { headers, rows } => {
                for row in rows {
                    gap(lines);
                    if let Some(first) = row.first() {
                        lines.extend(wrap_plain(first, theme.label, width));
                    }
                    for (header, cell) in headers.iter().zip(row).skip(1) {
                        let spans = [
                            Span::styled(format!("{header}:"), theme.label),
                            Span::raw(" "),
                            Span::raw(cell.as_str()),
                        ];
                        lines.extend(wrap(&spans, width, Span::raw("  "), "    "));
                    }
                }
            }
        }
        after_heading =
            matches!(block, Block::Heading(_)) || (after_heading && matches!(block, Block::Anchor(_)));
        if let Some(start) = (before..out.lines.len()).find(|&i| out.lines[i].width() > 0) {
            out.anchors.extend(pending.drain(..).map(|id| (id.to_string(), start)));
        }
    }
    while out.lines.last().is_some_and(|line| line.width() == 0) {
        out.lines.pop();
    }
    out
}

/// A drawn org chart as styled lines: roles in their colours, names bold, lines and duties quiet.
pub fn chart_lines(lines: &[ChartLine], theme: &Theme) -> Vec<Line<'static>> {
    let style = |ink: Ink| match ink {
        Ink::Text => theme.text,
        Ink::Muted => theme.muted,
        Ink::Name => theme.label,
        Ink::Line => theme.border,
        Ink::Role(role) => theme.role(role),
        Ink::Tag(role) => theme.role(role).patch(theme.label),
    };
    lines
        .iter()
        .map(|line| {
            Line::from(
                line.iter()
                    .map(|segment| Span::styled(segment.text.clone(), style(segment.ink)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// A blank line, unless the text is at its start or has one already.
fn gap(lines: &mut Vec<Line<'static>>) {
    if lines.last().is_some_and(|line| line.width() > 0) {
        lines.push(Line::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_point_at_their_item() {
        let mut doc = Doc::new();
        doc.title("Title").paragraph("Intro text.");
        doc.anchor("first").heading("First");
        doc.paragraph("Body.");
        doc.anchor("skill").bullet("A skill");
        let rendered = layout(&doc, 40, &Theme::MONO);
        let text: Vec<String> = rendered.lines.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["Title", "", "Intro text.", "", "First", "Body.", "• A skill"]);
        assert_eq!(rendered.anchor("first"), Some(4));
        assert_eq!(rendered.anchor("skill"), Some(6));
        assert_eq!(rendered.item_at(3), None);
        assert_eq!(rendered.item_at(5), Some("first"));
        assert_eq!(rendered.item_at(6), Some("skill"));
    }
}
