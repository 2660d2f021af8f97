//! Paging through the statements: PgUp/PgDn (and Ctrl-u/Ctrl-d, half as far) move the selection
//! by a page of lines of its list, offered only while a list is longer than its pane.

use ratatui::layout::Rect;

use super::{ChooseTab, Entry, SIDE_BY_SIDE, list_areas};
use crate::action::Action;
use crate::keymap::{self, Binding};
use crate::tabs::view::Ctx;
use crate::ui::pane;

/// The page keys, in Choose's words.
const PAGE: Binding = keymap::PAGES.says("a page of statements up / down (C-u/C-d: half a page)", "page");

impl ChooseTab {
    /// The page keys, while a list has more lines than its pane.
    pub(super) fn page_keys(&self, ctx: Ctx<'_>, lists: Rect) -> Option<Binding> {
        self.overflows(ctx, lists).then_some(PAGE)
    }

    /// Whether a list has more lines than its pane: only then do the page keys act.
    fn overflows(&self, ctx: Ctx<'_>, lists: Rect) -> bool {
        let side_by_side = lists.width >= SIDE_BY_SIDE;
        list_areas(lists).into_iter().any(|(role, list)| {
            let inner = pane::inner(list);
            let entries = ChooseTab::entries(ctx.kb, side_by_side, role);
            let lines: u16 = self.heights(&entries, usize::from(inner.width), ctx).iter().sum();
            lines > inner.height
        })
    }

    /// Moves the selection by a page (or half) of lines of its list: statement by statement until
    /// the rows passed fill the page, so that the statement a page away comes into view.
    pub(super) fn page(&mut self, ctx: Ctx<'_>, lists: Rect, action: Action) {
        let side_by_side = lists.width >= SIDE_BY_SIDE;
        let Some((_, list)) =
            list_areas(lists).into_iter().find(|(role, _)| !side_by_side || *role == self.role)
        else {
            return;
        };
        let inner = pane::inner(list);
        let page = usize::from(inner.height.saturating_sub(1).max(1));
        let lines =
            if matches!(action, Action::HalfPageUp | Action::HalfPageDown) { page.div_ceil(2) } else { page };
        let down = matches!(action, Action::PageDown | Action::HalfPageDown);
        let entries = ChooseTab::entries(ctx.kb, side_by_side, self.role);
        let heights = self.heights(&entries, usize::from(inner.width), ctx);
        let height_of = |role, index| {
            entries
                .iter()
                .position(|e| *e == Entry::Statement(role, index))
                .map_or(1, |at| usize::from(heights[at]))
        };
        let mut passed = 0;
        while passed < lines {
            let before = (self.role, self.index);
            self.move_by(ctx.kb, down, side_by_side);
            if (self.role, self.index) == before {
                break;
            }
            passed += height_of(self.role, self.index);
        }
    }
}
