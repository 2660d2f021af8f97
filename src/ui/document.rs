//! Documents as styled, wrapped lines for the app's reading panes, with the line each anchored
//! item starts on (for jumping to it and for knowing which item is under the cursor).

use ratatui::text::{Line, Span};

use super::Theme;
use crate::doc::chart::{ChartLine, Ink};
use crate::doc::layout::Role;
use crate::doc::{self, Doc};

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

/// Lays `doc` out at `width` columns, as [`crate::doc::layout`] breaks it, in the theme's styles.
pub fn layout(doc: &Doc, width: u16, theme: &Theme) -> Rendered {
    let laid = doc::layout::layout(doc, usize::from(width.max(1)));
    let style = |role: Role| match role {
        Role::Title => theme.title,
        Role::Heading => theme.heading,
        Role::Text => theme.text,
        Role::Label => theme.label,
        Role::Marker => theme.muted,
        Role::Note => theme.note,
        Role::Chart(ink) => ink_style(ink, theme),
    };
    let lines = laid
        .lines
        .into_iter()
        .map(|line| {
            Line::from(
                line.pieces
                    .into_iter()
                    .map(|(role, text)| Span::styled(text, style(role)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    Rendered { lines, anchors: laid.anchors }
}

/// The style of a piece of an org chart.
pub fn ink_style(ink: Ink, theme: &Theme) -> ratatui::style::Style {
    match ink {
        Ink::Text => theme.text,
        Ink::Muted => theme.muted,
        Ink::Name => theme.label,
        Ink::Line => theme.border,
        Ink::Role(role) => theme.role(role),
        Ink::Tag(role) => theme.role(role).patch(theme.label),
    }
}

/// Chart lines in the theme's styles.
pub fn chart_lines(lines: &[ChartLine], theme: &Theme) -> Vec<Line<'static>> {
    lines
        .iter()
        .map(|line| {
            Line::from(
                line.iter()
                    .map(|segment| Span::styled(segment.text.clone(), ink_style(segment.ink, theme)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
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
