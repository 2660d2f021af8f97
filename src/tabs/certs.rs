//! Certs: the certifications grouped by the role they are listed under, with issuer and
//! requirement; the selected one in full beside (or below) the list.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::kb::{Certification, KnowledgeBase, PageText, Role};
use crate::keymap::{self, Binding, Keymap};
use crate::ui::list::{adjust_offset, step};
use crate::ui::note;
use crate::ui::pane::{self, Scroll};
use crate::ui::wrap::{wrap, wrap_plain};

/// From this width on, the detail sits beside the list.
const SIDE_BY_SIDE: u16 = 90;

/// A line of the list: a role's heading or a certification (by index in the knowledge base).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Heading(Role),
    Cert(usize),
    Gap,
}

/// The list's rows: each role's certifications under its heading, roles in the order the
/// knowledge base first lists them.
fn rows(kb: &KnowledgeBase) -> Vec<Row> {
    let items = &kb.certifications.items;
    let mut roles: Vec<Role> = Vec::new();
    for cert in items {
        if !roles.contains(&cert.role) {
            roles.push(cert.role);
        }
    }
    let mut rows = Vec::new();
    for role in roles {
        if !rows.is_empty() {
            rows.push(Row::Gap);
        }
        rows.push(Row::Heading(role));
        rows.extend(items.iter().enumerate().filter(|(_, c)| c.role == role).map(|(i, _)| Row::Cert(i)));
    }
    rows
}

/// Certifications in list order (indices into the knowledge base).
fn order(kb: &KnowledgeBase) -> Vec<usize> {
    rows(kb)
        .into_iter()
        .filter_map(|row| match row {
            Row::Cert(index) => Some(index),
            _ => None,
        })
        .collect()
}

/// j/k choose a certification; the page keys scroll its detail, when it overflows.
const KEYS: &[Binding] = &[
    keymap::UP_DOWN.says("choose a certification", "certification"),
    keymap::ENDS.says("first / last certification (also Home/End)", "first/last"),
    keymap::PAGES.says("scroll the detail a page (C-u/C-d: half a page)", "scroll detail"),
];
/// The same without the page keys: the detail fits.
const KEYS_DETAIL_FITS: &[Binding] = KEYS.split_at(2).0;

/// The Certs tab's state: the selected certification (position in list order), and whether the
/// summary under every detail was opened by id (a search hit, a bookmark): then it is marked and
/// is the item under the cursor until another certification is chosen.
#[derive(Debug, Clone, Default)]
pub struct CertsTab {
    selected: usize,
    offset: usize,
    detail: Scroll,
    summary: bool,
}

fn areas(area: Rect) -> (Rect, Rect) {
    if area.width >= SIDE_BY_SIDE {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)]).areas(area);
        (list, detail)
    } else {
        let [list, detail] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
        (list, detail)
    }
}

fn cert_name(cert: &Certification) -> &str {
    &cert.name
}

impl CertsTab {
    fn selected<'a>(&self, kb: &'a KnowledgeBase) -> Option<&'a Certification> {
        order(kb).get(self.selected).and_then(|&index| kb.certifications.items.get(index))
    }

    fn selected_row(&self, kb: &KnowledgeBase) -> usize {
        let index = order(kb).get(self.selected).copied();
        rows(kb).iter().position(|row| Some(*row) == index.map(Row::Cert)).unwrap_or(0)
    }

    fn list_offset(&self, kb: &KnowledgeBase, area: Rect) -> usize {
        let inner = pane::inner(areas(area).0);
        let heights = vec![1; rows(kb).len()];
        adjust_offset(self.offset, &heights, self.selected_row(kb), inner.height)
    }

    fn select(&mut self, index: usize, kb: &KnowledgeBase, area: Rect) {
        self.selected = index.min(order(kb).len().saturating_sub(1));
        self.detail = Scroll::default();
        self.summary = false;
        self.offset = self.list_offset(kb, area);
    }

    fn detail_lines(&self, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
        let Some(cert) = self.selected(ctx.kb) else { return Vec::new() };
        let theme = ctx.theme;
        let mut lines = Vec::new();
        for (label, text) in
            [("Issuer", &cert.issuer), ("Requirement", &cert.requirement), ("Standing", &cert.standing)]
        {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            let label = Span::styled(format!("{label}: "), theme.label);
            lines.extend(wrap(&[label, Span::raw(text.clone())], width, Span::raw(""), "  "));
        }
        lines.extend(note::section(ctx.notes, &cert.id, theme, width));
        lines.push(Line::default());
        let summary = &ctx.kb.certifications.summary;
        if self.summary {
            let marker = Span::styled("▶ ", theme.selection);
            lines.extend(wrap(&[Span::raw(summary.clone())], width, marker, "  "));
        } else {
            lines.extend(wrap_plain(summary, theme.muted, width));
        }
        lines
    }
}

impl TabView for CertsTab {
    fn min_size(&self) -> Size {
        Size::new(40, 14)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        // j/k and the wheel choose a certification; the page keys scroll its detail.
        let moves = matches!(
            action,
            Action::Up | Action::Down | Action::Top | Action::Bottom | Action::ScrollUp | Action::ScrollDown
        );
        if let Some(index) = step(self.selected, order(ctx.kb).len(), action, 1).filter(|_| moves) {
            self.select(index, ctx.kb, area);
            return Outcome::Handled;
        }
        let (_, detail) = areas(area);
        let inner = pane::inner(detail);
        let lines = self.detail_lines(ctx, usize::from(inner.width)).len();
        self.detail.apply(action, lines, usize::from(inner.height)).into()
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let inner = pane::inner(areas(area).0);
        if !inner.contains(position) {
            return Outcome::Ignored;
        }
        let row = self.list_offset(ctx.kb, area) + usize::from(position.y - inner.y);
        match rows(ctx.kb).get(row) {
            Some(Row::Cert(index)) => {
                let position = order(ctx.kb).iter().position(|i| i == index).unwrap_or(0);
                self.select(position, ctx.kb, area);
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let (kb, theme) = (ctx.kb, ctx.theme);
        let (list, detail) = areas(area);
        pane::frame(format!(" Certifications: {} ", kb.certifications.items.len()), true, theme)
            .render(list, buf);
        let inner = pane::inner(list);
        let offset = self.list_offset(kb, area);
        let rows = rows(kb);
        let selected_row = self.selected_row(kb);
        for (index, row) in rows.iter().enumerate().skip(offset).take(usize::from(inner.height)) {
            let y = inner.y + (index - offset) as u16;
            let line = match row {
                Row::Heading(role) => Line::styled(
                    format!("{} certifications", role.title()),
                    theme.role(*role).patch(theme.heading),
                ),
                Row::Cert(cert) if index == selected_row => {
                    Line::styled(format!("▶ {}", cert_name(&kb.certifications.items[*cert])), theme.selection)
                }
                Row::Cert(cert) => Line::from(format!("  {}", cert_name(&kb.certifications.items[*cert]))),
                Row::Gap => Line::default(),
            };
            line.render(Rect { y, height: 1, ..inner }, buf);
        }
        pane::render_scrollbar(rows.len(), usize::from(inner.height), offset, list, buf, theme);

        let title = self.selected(kb).map_or(String::new(), |cert| format!(" {} ", cert.name));
        pane::frame(title, false, theme).render(detail, buf);
        let inner = pane::inner(detail);
        let lines = self.detail_lines(ctx, usize::from(inner.width));
        pane::render_lines(&lines, self.detail, inner, detail, buf, theme);
    }

    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        let inner = pane::inner(areas(area).1);
        let lines = self.detail_lines(ctx, usize::from(inner.width)).len();
        Keymap::new(if Scroll::overflows(lines, usize::from(inner.height)) { KEYS } else { KEYS_DETAIL_FITS })
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        if self.summary {
            return Some(PageText::CERTS_SUMMARY.id.to_string());
        }
        self.selected(ctx.kb).map(|cert| cert.id.clone())
    }

    /// A certification: chosen. The summary: marked under the chosen one's detail, scrolled to.
    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        if id == PageText::CERTS_SUMMARY.id {
            self.summary = true;
            let inner = pane::inner(areas(area).1);
            let lines = self.detail_lines(ctx, usize::from(inner.width));
            let marked =
                lines.iter().position(|line| line.spans.first().is_some_and(|s| s.content.starts_with('▶')));
            self.detail.show(marked.unwrap_or(0), lines.len(), usize::from(inner.height));
            return true;
        }
        let items = &ctx.kb.certifications.items;
        match order(ctx.kb).iter().position(|&index| items[index].id == id) {
            Some(position) => {
                self.select(position, ctx.kb, area);
                true
            }
            None => false,
        }
    }
}
