//! Drawing the app: the tab bar, the active tab, the status bar and any overlay. Reads state,
//! never changes it. The status bar and the help overlay are drawn from the same keymap that
//! routes keys, so they say what keys do.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{App, Overlay, chrome};
use crate::action::Action;
use crate::keymap::{self, Binding, Key, Keymap};
use crate::ui::pane::Scroll;
use crate::ui::{help, render_too_small, status_bar, tab_bar};

/// The help overlay's scrolling keys, while its text is longer than the overlay.
const HELP_SCROLL: &[Binding] =
    &[keymap::UP_DOWN.says("scroll", "scroll"), keymap::PAGES.says("scroll a page", "page")];

/// The keys that close the help overlay.
const HELP_CLOSE: Binding = Binding::new(
    &[
        (Key::code(KeyCode::Esc), Action::Back),
        (Key::ch('?'), Action::Back),
        (Key::code(KeyCode::F(1)), Action::Back),
        (Key::ch('q'), Action::Back),
        (Key::code(KeyCode::Enter), Action::Back),
    ],
    "Esc",
    "close the keys",
)
.hint("close");

impl App {
    /// The keys while the help overlay is open: scrolling only when there is more than fits.
    pub(super) fn help_keymap(&self) -> Keymap {
        let lines = self.help_lines().len();
        let viewport = usize::from(help::frame_area(lines, self.screen()).height.saturating_sub(2));
        let mut rows = if Scroll::overflows(lines, viewport) { HELP_SCROLL.to_vec() } else { Vec::new() };
        rows.push(HELP_CLOSE);
        Keymap::new(&rows).with_globals(keymap::ONLY_CTRL_C)
    }

    /// The help overlay's lines: the last message in full, if there was one, then the keys.
    pub(super) fn help_lines(&self) -> Vec<ratatui::text::Line<'static>> {
        let width = help::text_width(self.screen());
        let mut lines = help::message_lines(self.last_notice.as_deref(), width, &self.theme);
        lines.extend(help::lines(self.tab.title(), &self.tab_keymap(), width, &self.theme));
        lines
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
        if let Some(view) = self.view(self.tab) {
            view.render(self.ctx(), areas.body, buf);
        }
        status_bar::render(&self.keymap(), self.notice.as_deref(), areas.status, buf, theme);
        match &self.overlay {
            Some(Overlay::Help(scroll)) => help::render(&self.help_lines(), *scroll, area, buf, theme),
            Some(Overlay::Search(search)) => search.render(area, buf, theme),
            Some(Overlay::Note(editor)) => editor.render(area, buf, theme),
            None => {}
        }
    }
}
