//! Roles: the Product Manager, the Product Owner and their overlap as three sub-views (←/→ or
//! h/l), each the in-depth sections and skills as a page with a cursor line. The item under the
//! cursor (a section, a skill, a question) is marked in the margin; it is what `b` bookmarks and
//! `n` writes a note on (shown under the item), and where search lands.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::doc::{self, Doc};
use crate::kb::Role;
use crate::keymap::{self, Binding, Keymap};
use crate::ui::document::{self, Rendered};
use crate::ui::pane::{self, Cursor};

/// Lines longer than this are hard to read; wider terminals centre the page.
const READING_WIDTH: u16 = doc::READING_COLUMNS + 4;

/// The sub-views, in order.
const VIEWS: [&str; 3] = ["Product Manager", "Product Owner", "Overlap"];

/// Three pages side by side, each read with a cursor line (what `b` bookmarks).
const KEYS: &[Binding] = &[
    keymap::LEFT_RIGHT.says("Product Manager / Product Owner / Overlap", "PM/PO/overlap"),
    keymap::UP_DOWN.says("move the cursor a line", "move"),
    keymap::PAGES.says("a page up / down (C-u/C-d: half a page)", "page"),
    keymap::ENDS.says("top / end of the page (also Home/End)", "top/end"),
];

/// The Roles tab's state: the sub-view and a cursor in each.
#[derive(Debug, Clone, Default)]
pub struct RolesTab {
    view: usize,
    cursors: [Cursor; 3],
}

fn view_doc(view: usize, ctx: Ctx<'_>) -> Doc {
    let mut doc = Doc::new();
    match view {
        0 => doc::role_profile(&mut doc, Role::Pm, &ctx.kb.roles.pm),
        1 => doc::role_profile(&mut doc, Role::Po, &ctx.kb.roles.po),
        _ => doc::overlap(&mut doc, ctx.kb),
    }
    doc.with_notes(ctx.notes)
}

/// The sub-view bar and the page's frame.
fn areas(area: Rect) -> (Rect, Rect) {
    let page = area.centered_horizontally(Constraint::Length(READING_WIDTH.min(area.width)));
    let [bar, frame] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(page);
    (bar, frame)
}

fn page(view: usize, ctx: Ctx<'_>, area: Rect) -> (Rendered, Rect) {
    let inner = pane::inner(areas(area).1);
    (document::layout(&view_doc(view, ctx), inner.width, ctx.theme), inner)
}

impl RolesTab {
    /// The sub-view bar: each title's label and where it starts.
    fn bar(bar: Rect) -> Vec<(usize, u16, String)> {
        let mut x = bar.x;
        VIEWS
            .iter()
            .enumerate()
            .map(|(index, title)| {
                let label = format!(" {title} ");
                let start = x;
                x += label.chars().count() as u16 + 1;
                (index, start, label)
            })
            .collect()
    }

    fn switch(&mut self, view: usize) {
        self.view = view % VIEWS.len();
    }

    fn render_margin(&self, page: &Rendered, inner: Rect, buf: &mut Buffer, ctx: Ctx<'_>) {
        let cursor = self.cursors[self.view];
        let viewport = usize::from(inner.height);
        let offset = cursor.follow(page.lines.len(), viewport);
        let line = cursor.line.min(page.lines.len().saturating_sub(1));
        let item = page.item_at(line).and_then(|id| page.anchor(id));
        let end = item.map_or(0, |start| {
            page.anchors.iter().map(|(_, l)| *l).find(|&l| l > start).unwrap_or(page.lines.len())
        });
        let x = inner.x.saturating_sub(1);
        for row in 0..inner.height {
            let at = offset + usize::from(row);
            let mark = if at == line {
                "▶"
            } else if item.is_some_and(|start| (start..end).contains(&at)) {
                "▏"
            } else {
                continue;
            };
            buf.set_string(x, inner.y + row, mark, ctx.theme.key);
        }
    }
}

impl TabView for RolesTab {
    fn min_size(&self) -> Size {
        Size::new(40, 10)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        match action {
            Action::Left => self.switch(self.view + VIEWS.len() - 1),
            Action::Right => self.switch(self.view + 1),
            _ => {
                let (page, inner) = page(self.view, ctx, area);
                return self.cursors[self.view]
                    .apply(action, page.lines.len(), usize::from(inner.height))
                    .into();
            }
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (bar, _) = areas(area);
        if bar.contains(position) {
            let hit = RolesTab::bar(bar)
                .into_iter()
                .find(|(_, x, label)| (*x..*x + label.chars().count() as u16).contains(&position.x));
            if let Some((view, _, _)) = hit {
                self.switch(view);
                return Outcome::Handled;
            }
            return Outcome::Ignored;
        }
        let (page, inner) = page(self.view, ctx, area);
        if !inner.contains(position) {
            return Outcome::Ignored;
        }
        let cursor = &mut self.cursors[self.view];
        let offset = cursor.follow(page.lines.len(), usize::from(inner.height));
        let line = offset + usize::from(position.y - inner.y);
        if line >= page.lines.len() {
            return Outcome::Ignored;
        }
        *cursor = Cursor { line, offset };
        Outcome::Handled
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let (bar, frame_area) = areas(area);
        let mut spans = Vec::new();
        for (index, _, label) in RolesTab::bar(bar) {
            let style = if index == self.view { theme.tab_active } else { theme.tab_inactive };
            spans.push(Span::styled(label, style));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled("  h/l switch", theme.muted));
        Line::from(spans).render(bar, buf);

        let (page, inner) = page(self.view, ctx, area);
        pane::frame(format!(" {} ", VIEWS[self.view]), true, theme).render(frame_area, buf);
        let cursor = self.cursors[self.view];
        let scroll = pane::Scroll { offset: cursor.follow(page.lines.len(), usize::from(inner.height)) };
        pane::render_lines(&page.lines, scroll, inner, frame_area, buf, theme);
        self.render_margin(&page, inner, buf, ctx);
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        Keymap::new(KEYS)
    }

    fn current_item(&self, ctx: Ctx<'_>, area: Rect) -> Option<String> {
        let (page, _) = page(self.view, ctx, area);
        page.item_at(self.cursors[self.view].line).map(str::to_string)
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        for view in 0..VIEWS.len() {
            let (page, inner) = page(view, ctx, area);
            if let Some(line) = page.anchor(id) {
                self.view = view;
                self.cursors[view].show(line, page.lines.len(), usize::from(inner.height));
                return true;
            }
        }
        false
    }
}
