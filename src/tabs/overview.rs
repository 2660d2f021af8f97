//! Overview: the quick answer, where the roles come from, why they get confused, the headline
//! ranges, the bottom line and the source, as one scrollable page.

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

/// The page scrolls; nothing on it is an item to select.
const KEYS: &[Binding] = &[
    keymap::UP_DOWN.says("scroll a line", "scroll"),
    keymap::PAGES.says("scroll a page (C-u/C-d: half a page)", "page"),
    keymap::ENDS.says("top / end of the page", "top/end"),
];

/// The Overview tab's state: how far the page is scrolled.
#[derive(Debug, Clone, Default)]
pub struct OverviewTab {
    scroll: Scroll,
}

/// The page's frame within the tab's area: full width up to a comfortable reading width.
fn page_area(area: Rect) -> Rect {
    area.centered_horizontally(Constraint::Length(READING_WIDTH.min(area.width)))
}

fn page(ctx: Ctx<'_>, area: Rect) -> (Rendered, Rect) {
    let inner = pane::inner(page_area(area));
    (document::layout(&doc::section(ctx.kb, Section::Overview), inner.width, ctx.theme), inner)
}

impl TabView for OverviewTab {
    fn has_items(&self) -> bool {
        false
    }

    fn min_size(&self) -> Size {
        Size::new(30, 8)
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        Keymap::new(KEYS)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (page, inner) = page(ctx, area);
        self.scroll.apply(action, page.lines.len(), usize::from(inner.height)).into()
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let (page, inner) = page(ctx, area);
        let frame_area = page_area(area);
        pane::frame(" Overview ", true, ctx.theme).render(frame_area, buf);
        pane::render_lines(&page.lines, self.scroll, inner, frame_area, buf, ctx.theme);
    }
}
