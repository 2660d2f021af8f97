//! Drawing the app: the tab bar, the active tab, the status bar and any overlay. Reads state,
//! never changes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{App, Overlay, chrome};
use crate::tabs::{Ctx, hint};
use crate::ui::search_overlay::SearchOverlay;
use crate::ui::{help, render_too_small, status_bar, tab_bar};

impl App {
    pub(super) fn help_lines(&self) -> Vec<ratatui::text::Line<'static>> {
        let width = help::text_width(self.screen());
        help::lines(self.tab.title(), &self.view(self.tab).help(), width, &self.theme)
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.theme;
        if area.width < self.min_size().width || area.height < self.min_size().height {
            render_too_small(self.min_size(), area.as_size(), area, buf, theme);
            return;
        }
        let areas = chrome(area);
        tab_bar::render(self.tab, areas.tab_bar, buf, theme);
        let ctx = Ctx { kb: &self.kb, theme, bookmarks: &self.state.bookmarks };
        let view = self.view(self.tab);
        view.render(ctx, areas.body, buf);
        let hints = match &self.overlay {
            Some(Overlay::Search(_)) => SearchOverlay::hints(),
            Some(Overlay::Help(_)) => vec![hint("j/k", "scroll"), hint("Esc", "close")],
            None => view.hints(),
        };
        let global = match &self.overlay {
            Some(Overlay::Search(_)) => false,
            Some(Overlay::Help(_)) => true,
            None => !view.takes_text(),
        };
        status_bar::render(&hints, self.notice.as_deref(), global, areas.status, buf, theme);
        match &self.overlay {
            Some(Overlay::Help(scroll)) => help::render(&self.help_lines(), *scroll, area, buf, theme),
            Some(Overlay::Search(search)) => search.render(area, buf, theme),
            None => {}
        }
    }
}
