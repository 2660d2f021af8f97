//! Overview: the quick answer, where the roles come from, why they get confused, the headline
//! ranges, the bottom line and the source, as one scrollable page. Each section is an item (a
//! search hit or a bookmark opens the page at it): the one at the top of the page is the one
//! under the cursor. The user's note on a section is shown at its end.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect, Size};
use ratatui::widgets::Widget;

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::doc::{self, Section};
use crate::keymap::{self, Binding, Keymap};
use crate::ui::document::{self, Rendered};
use crate::ui::pane::{self, Scroll};

/// Lines longer than this are hard to read; wider terminals centre the page instead.
const READING_WIDTH: u16 = doc::READING_COLUMNS + 4;

/// The page scrolls; the section at its top is the item under the cursor.
const KEYS: &[Binding] = &[
    keymap::UP_DOWN.says("scroll a line", "scroll"),
    keymap::PAGES.says("scroll a page (C-u/C-d: half a page)", "page"),
    keymap::ENDS.says("top / end of the page", "top/end"),
];

/// The Overview tab's state: how far the page is scrolled, and the section last opened by id
/// (kept until the page scrolls: the last sections cannot reach the top of the page).
#[derive(Debug, Clone, Default)]
pub struct OverviewTab {
    scroll: Scroll,
    shown: Option<String>,
}

/// The page's frame within the tab's area: full width up to a comfortable reading width.
fn page_area(area: Rect) -> Rect {
    area.centered_horizontally(Constraint::Length(READING_WIDTH.min(area.width)))
}

fn page(ctx: Ctx<'_>, area: Rect) -> (Rendered, Rect) {
    let inner = pane::inner(page_area(area));
    let doc = doc::section(ctx.kb, Section::Overview).with_notes(ctx.notes);
    (document::layout(&doc, inner.width, ctx.theme), inner)
}

impl TabView for OverviewTab {
    fn min_size(&self) -> Size {
        Size::new(30, 8)
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        Keymap::new(KEYS)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (page, inner) = page(ctx, area);
        let handled = self.scroll.apply(action, page.lines.len(), usize::from(inner.height));
        if handled {
            self.shown = None;
        }
        handled.into()
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let (page, inner) = page(ctx, area);
        let frame_area = page_area(area);
        pane::frame(" Overview ", true, ctx.theme).render(frame_area, buf);
        pane::render_lines(&page.lines, self.scroll, inner, frame_area, buf, ctx.theme);
    }

    fn current_item(&self, ctx: Ctx<'_>, area: Rect) -> Option<String> {
        if self.shown.is_some() {
            return self.shown.clone();
        }
        let (page, inner) = page(ctx, area);
        let top = self.scroll.visible(page.lines.len(), usize::from(inner.height));
        page.item_at(top).map(str::to_string)
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        let (page, _) = page(ctx, area);
        let Some(line) = page.anchor(id) else { return false };
        self.scroll.offset = line;
        self.shown = Some(id.to_string());
        true
    }
}
