//! The Careers detail pane's writer: labelled paragraphs, the pay table and the user's notes,
//! with a blank line before each label.

use ratatui::text::{Line, Span};

use crate::tabs::view::Ctx;
use crate::ui::note;
use crate::ui::wrap::wrap;

/// The detail pane's lines as they are written: labelled paragraphs, the pay table, and the
/// user's notes under the items they are on.
pub(super) struct Detail<'a> {
    pub(super) lines: Vec<Line<'static>>,
    pub(super) ctx: Ctx<'a>,
    pub(super) width: usize,
}

impl Detail<'_> {
    /// "label: text", wrapped with a hanging indent.
    pub(super) fn para(&mut self, label: &str, text: &str) {
        let label = Span::styled(format!("{label}: "), self.ctx.theme.label);
        self.lines.extend(wrap(&[label, Span::raw(text.to_string())], self.width, Span::raw(""), "  "));
    }

    /// The user's note on `id`, if there is one, right under that item's own words.
    pub(super) fn note(&mut self, id: &str) {
        self.lines.extend(note::section(self.ctx.notes, id, self.ctx.theme, self.width));
    }

    /// The lines, a blank line before each label after the first.
    pub(super) fn spaced(self) -> Vec<Line<'static>> {
        let label = self.ctx.theme.label;
        let mut spaced = Vec::new();
        for line in self.lines {
            if line.spans.first().is_some_and(|s| s.style == label) && !spaced.is_empty() {
                spaced.push(Line::default());
            }
            spaced.push(line);
        }
        spaced
    }
}
