//! Orgs: the org models on one line, the selected one drawn as an org chart (who sits where, who
//! works with whom, what flows between them) beside or above its description. The user types a
//! company size and the model it falls under is selected and marked; a footnote in the field's
//! frame says where a size on a shared end of two bands goes. The chart's layout is `doc::chart`'s,
//! the same as `pmpo show orgs` prints.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;
use unicode_width::UnicodeWidthStr;

mod layout;
mod strip;

use layout::{Placement, centred, place};
use strip::{StripItem, boundary_note, strip_items};

use ratatui::crossterm::event::KeyCode;

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::doc::Doc;
use crate::kb::{ItemKind, OrgModel, Orgs, PageText};
use crate::keymap::{self, Binding, Edits, Key, Keymap, TextEntry};
use crate::ui::document::{self, Rendered, chart_lines};
use crate::ui::field;
use crate::ui::pane::{self, Scroll};

/// Sizes are whole numbers of people; nine digits is more than any company.
const MAX_DIGITS: usize = 9;

const TYPE_SIZE: Binding = Binding::new(
    &[(Key::ch('s'), Action::Edit), (Key::code(KeyCode::Enter), Action::Edit)],
    "s/Enter",
    "type a company size: the model it falls under is selected",
)
.hint("type a size");
const MODEL: Binding = keymap::LEFT_RIGHT.says("the previous / next model", "model");
const SCROLL: Binding = keymap::UP_DOWN.says("scroll the model's detail", "scroll");
const PAGE: Binding = keymap::PAGES.says("scroll the detail a page (C-u/C-d: half a page)", "page");
const ENDS: Binding = keymap::ENDS.says("top / end of the detail (also Home/End)", "top/end");
const CLEAR: Binding = keymap::ESC.says("clear the size", "clear size");
const DONE: Binding = Binding::new(
    &[
        (Key::code(KeyCode::Esc), Action::Back),
        (Key::code(KeyCode::Enter), Action::Back),
        (Key::code(KeyCode::Up), Action::Back),
        (Key::code(KeyCode::Down), Action::Back),
    ],
    "Esc/Enter",
    "done typing (also ↑/↓)",
)
.hint("done");
const SIZE: TextEntry = TextEntry {
    takes: Some(|c| c.is_ascii_digit()),
    edits: Edits::All,
    label: "0-9",
    help: "the number of employees (Backspace deletes)",
    hint: "size",
};

/// The Orgs tab's state, and the note on the models opened by id (a search hit, a bookmark):
/// shown marked in the detail, and the item under the cursor until another model is chosen or a
/// size typed.
#[derive(Debug, Clone, Default)]
pub struct OrgsTab {
    selected: usize,
    size: Input,
    editing: bool,
    detail: Scroll,
    note: Option<&'static str>,
}

/// The selected model's description and facts, after its chart when the chart has no pane of
/// its own, and what decides the structure at the end. A note opened by id (`note`) is marked
/// under its title, anchored; the rule for sizes on a shared end, which the size field's
/// footnote only sums up, then opens the detail in full.
fn detail_doc(
    model: &OrgModel,
    orgs: &Orgs,
    chart_in_pane: bool,
    note: Option<&str>,
    user_notes: &BTreeMap<String, String>,
) -> Doc {
    let mut doc = Doc::new();
    // The user's note on `id`, right under that item's own words.
    let user_note = |doc: &mut Doc, id: &str| {
        if let Some(text) = user_notes.get(id) {
            doc.note(text.as_str());
        }
    };
    let rule = PageText::ORGS_BOUNDARY_RULE;
    if note == Some(rule.id) {
        doc.anchor(rule.id).heading(format!("▶ {}", rule.title)).paragraph(&orgs.boundary_rule);
        user_note(&mut doc, rule.id);
        doc.gap();
    }
    match &model.chart {
        Some(chart) if !chart_in_pane => {
            doc.chart(chart);
        }
        Some(_) => {}
        None => {
            doc.line("This knowledge base has no org chart for this model.").gap();
        }
    }
    doc.paragraph(&model.description).gap();
    for fact in &model.facts {
        doc.labelled(&fact.label, &fact.text);
    }
    user_note(&mut doc, &model.id);
    if let Some(summary) = &orgs.summary {
        let text = PageText::ORGS_SUMMARY;
        doc.gap();
        if note == Some(text.id) {
            doc.anchor(text.id).heading(format!("▶ {}", text.title));
        }
        doc.paragraph(summary);
        if note == Some(text.id) {
            user_note(&mut doc, text.id);
        }
    }
    doc
}

impl OrgsTab {
    /// The typed size, if any.
    fn typed_size(&self) -> Option<u32> {
        self.size.value().parse().ok()
    }

    /// The model the typed size falls under.
    fn matching<'a>(&self, ctx: Ctx<'a>) -> Option<&'a OrgModel> {
        self.typed_size().and_then(|size| ctx.kb.orgs.model_for(size))
    }

    /// Where everything goes with the selected model.
    fn placement(&self, ctx: Ctx<'_>, area: Rect) -> Placement {
        place(area, ctx.kb.orgs.models.get(self.selected))
    }

    fn detail(&self, ctx: Ctx<'_>, placement: &Placement) -> (Rendered, Rect) {
        let inner = pane::inner(placement.detail);
        let doc = ctx
            .kb
            .orgs
            .models
            .get(self.selected)
            .map(|model| detail_doc(model, &ctx.kb.orgs, placement.chart.is_some(), self.note, ctx.notes))
            .unwrap_or_default();
        (document::layout(&doc, inner.width, ctx.theme), inner)
    }

    fn select(&mut self, index: usize, ctx: Ctx<'_>) {
        let index = index.min(ctx.kb.orgs.models.len().saturating_sub(1));
        if index != self.selected {
            self.detail = Scroll::default();
            self.note = None;
        }
        self.selected = index;
    }

    fn edit(&mut self, key: KeyEvent, ctx: Ctx<'_>) {
        let whole_number = |text: &str| text.len() <= MAX_DIGITS && text.chars().all(|c| c.is_ascii_digit());
        if field::edit(&mut self.size, key, whole_number)
            && let Some(index) =
                self.matching(ctx).and_then(|m| ctx.kb.orgs.models.iter().position(|x| x.id == m.id))
        {
            self.select(index, ctx);
        }
    }

    fn render_field(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let title = if self.editing { " Company size — Esc done " } else { " Company size — s to type " };
        let frame = pane::frame(title, self.editing, theme);
        let inner = frame.inner(area);
        frame.render(area, buf);
        let value = self.size.value();
        let mut spans = vec![Span::raw(" ")];
        if value.is_empty() {
            let placeholder =
                if self.editing { "type the number of employees" } else { "any number of employees" };
            spans.push(Span::styled(placeholder, theme.muted));
        } else {
            spans.push(Span::styled(value.to_string(), theme.label));
            spans.push(Span::raw(" employees"));
        }
        if let Some(note) = boundary_note(&ctx.kb.orgs, usize::from(area.width.saturating_sub(4))) {
            let x = area.right().saturating_sub(note.width() as u16 + 2);
            // Marked while the rule it sums up is the item opened.
            let style = if self.note == Some(PageText::ORGS_BOUNDARY_RULE.id) {
                theme.selection
            } else {
                theme.muted
            };
            buf.set_string(x, area.bottom().saturating_sub(1), note, style);
        }
        let result = match (self.typed_size(), self.matching(ctx)) {
            (Some(_), Some(model)) => {
                Span::styled(format!("  → {} ({})", model.name, model.size_label()), theme.emphasis)
            }
            (Some(_), None) => Span::styled("  → a company has at least 1 employee", theme.bad),
            (None, _) => Span::raw(""),
        };
        spans.push(result);
        Line::from(spans).render(inner, buf);
    }

    /// The models on one line, the selected one highlighted, the one the typed size falls
    /// under marked with ◆.
    fn render_strip(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let matching = self.matching(ctx).map(|model| model.id.as_str());
        let items = strip_items(&ctx.kb.orgs.models, matching, usize::from(area.width));
        let mut spans = Vec::new();
        for (index, StripItem { label, matched, .. }) in items.into_iter().enumerate() {
            let style = if index == self.selected {
                theme.selection
            } else if matched {
                theme.emphasis
            } else {
                theme.text
            };
            if index > 0 {
                spans.push(Span::styled("│", theme.muted));
            }
            spans.push(Span::styled(label, style));
        }
        Line::from(spans).render(area, buf);
    }

    /// The selected model's chart in its own pane, centred.
    fn render_chart(&self, ctx: Ctx<'_>, placement: &Placement, buf: &mut Buffer) {
        let (Some(model), Some(chart)) = (ctx.kb.orgs.models.get(self.selected), &placement.chart) else {
            return;
        };
        let title = format!(" {} · {} ", model.name, model.size_label());
        let mut frame = pane::frame(title, false, ctx.theme);
        if let Some(legend) = &chart.legend {
            frame = frame.title_bottom(Line::styled(format!(" {legend} "), ctx.theme.muted));
        }
        frame.render(chart.area, buf);
        Paragraph::new(chart_lines(&chart.lines, ctx.theme)).render(centred(chart), buf);
    }
}

impl TabView for OrgsTab {
    fn min_size(&self) -> Size {
        Size::new(40, 16)
    }

    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        if self.editing {
            return Keymap::new(&[DONE]).typing(SIZE);
        }
        let mut keys = vec![TYPE_SIZE, MODEL];
        if !self.size.value().is_empty() {
            keys.push(CLEAR);
        }
        // The detail's keys only while it has more than fits.
        let (page, inner) = self.detail(ctx, &self.placement(ctx, area));
        if Scroll::overflows(page.lines.len(), usize::from(inner.height)) {
            keys.extend([SCROLL, PAGE, ENDS]);
        }
        Keymap::new(&keys)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let count = ctx.kb.orgs.models.len();
        match action {
            Action::Input(key) => {
                self.note = None;
                self.edit(key, ctx);
            }
            Action::Back if self.editing => self.editing = false,
            Action::Edit => self.editing = true,
            Action::Back if !self.size.value().is_empty() => self.size.reset(),
            Action::Left => self.select((self.selected + count - 1) % count, ctx),
            Action::Right => self.select((self.selected + 1) % count, ctx),
            _ => {
                let (page, inner) = self.detail(ctx, &self.placement(ctx, area));
                return self.detail.apply(action, page.lines.len(), usize::from(inner.height)).into();
            }
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let placement = self.placement(ctx, area);
        if placement.field.contains(position) {
            self.editing = true;
            return Outcome::Handled;
        }
        self.editing = false;
        if !placement.strip.contains(position) {
            return Outcome::Ignored;
        }
        let matching = self.matching(ctx).map(|model| model.id.as_str());
        let column = usize::from(position.x - placement.strip.x);
        let items = strip_items(&ctx.kb.orgs.models, matching, usize::from(placement.strip.width));
        match items.iter().position(|item| (item.start..item.end).contains(&column)) {
            Some(index) => {
                self.select(index, ctx);
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let placement = self.placement(ctx, area);
        self.render_field(ctx, placement.field, buf);
        self.render_strip(ctx, placement.strip, buf);
        self.render_chart(ctx, &placement, buf);
        if let Some(model) = ctx.kb.orgs.models.get(self.selected) {
            let (page, inner) = self.detail(ctx, &placement);
            let title = format!(" {}: {} ", model.name, model.headline);
            pane::frame(title, false, ctx.theme).render(placement.detail, buf);
            pane::render_lines(&page.lines, self.detail, inner, placement.detail, buf, ctx.theme);
        }
    }

    fn cursor(&self, ctx: Ctx<'_>, area: Rect) -> Option<Position> {
        let field = pane::inner(self.placement(ctx, area).field);
        let x = field.x + self.size.visual_cursor() as u16;
        self.editing.then(|| Position::new(x.min(field.right().saturating_sub(1)), field.y))
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        if let Some(note) = self.note {
            return Some(note.to_string());
        }
        ctx.kb.orgs.models.get(self.selected).map(|model| model.id.clone())
    }

    /// A model: chosen. A note on the models: marked in the chosen model's detail, scrolled to.
    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        if let Some(text) = PageText::find(id).filter(|text| text.kind == ItemKind::OrgNote) {
            if ctx.kb.item(text.id).is_none() {
                return false;
            }
            self.note = Some(text.id);
            let (page, inner) = self.detail(ctx, &self.placement(ctx, area));
            let line = page.anchor(text.id).unwrap_or(0);
            self.detail.show(line, page.lines.len(), usize::from(inner.height));
            return true;
        }
        match ctx.kb.orgs.models.iter().position(|model| model.id == id) {
            Some(index) => {
                self.select(index, ctx);
                self.note = None;
                true
            }
            None => false,
        }
    }
}
