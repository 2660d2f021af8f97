//! Framed panes and scrolling: the border every pane shares, the text area inside it, and a
//! scroll position that keys and the mouse move and drawing clamps.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::symbols::scrollbar;
use ratatui::text::Line;
use ratatui::widgets::{
    Block, BorderType, Borders, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget,
};

use super::Theme;
use crate::action::Action;

/// The frame of a pane: rounded borders, the title top left, brighter when focused. The title
/// has a style of its own: the frame's colour of an unfocused pane is too faint for words.
pub fn frame<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (theme.border_focused, theme.border_focused.patch(theme.label))
    } else {
        (theme.border, theme.muted)
    };
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(border)
        .title_style(title_style)
        .title(title)
}

/// The text area inside a pane's frame: the border and one column of padding each side.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin { horizontal: 2, vertical: 1 })
}

/// How far a pane of lines is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    /// The first visible line.
    pub offset: usize,
}

impl Scroll {
    /// The largest useful offset for `content` lines in a `viewport` lines high.
    pub fn max_offset(content: usize, viewport: usize) -> usize {
        content.saturating_sub(viewport)
    }

    /// Whether `content` lines overflow a `viewport` lines high: only then do the keys that
    /// scroll them do anything, and only then are they shown.
    pub fn overflows(content: usize, viewport: usize) -> bool {
        content > viewport
    }

    /// The offset to draw at: the stored one, clamped to the content.
    pub fn visible(self, content: usize, viewport: usize) -> usize {
        self.offset.min(Scroll::max_offset(content, viewport))
    }

    /// Scrolls for a movement action; `false` for actions that are not movements.
    pub fn apply(&mut self, action: Action, content: usize, viewport: usize) -> bool {
        let max = Scroll::max_offset(content, viewport);
        let page = viewport.saturating_sub(1).max(1);
        let current = self.visible(content, viewport);
        self.offset = match action {
            Action::Up => current.saturating_sub(1),
            Action::Down => (current + 1).min(max),
            Action::ScrollUp => current.saturating_sub(3),
            Action::ScrollDown => (current + 3).min(max),
            Action::PageUp => current.saturating_sub(page),
            Action::PageDown => (current + page).min(max),
            Action::HalfPageUp => current.saturating_sub(page.div_ceil(2)),
            Action::HalfPageDown => (current + page.div_ceil(2)).min(max),
            Action::Top => 0,
            Action::Bottom => max,
            _ => return false,
        };
        true
    }

    /// Scrolls so that `line` is at the top (or as near as the content allows).
    pub fn show(&mut self, line: usize, content: usize, viewport: usize) {
        self.offset = line.min(Scroll::max_offset(content, viewport));
    }
}

/// A cursor line in a pane of text, as in a pager with a cursor (helix, vim): keys move the
/// cursor and the view follows, so "the item under the cursor" is always on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The line the cursor is on.
    pub line: usize,
    /// The first visible line.
    pub offset: usize,
}

impl Cursor {
    /// Moves for a movement action; `false` for other actions. The wheel scrolls the view and
    /// drags the cursor along only when it would leave the view.
    pub fn apply(&mut self, action: Action, content: usize, viewport: usize) -> bool {
        let last = content.saturating_sub(1);
        let page = viewport.saturating_sub(1).max(1);
        let line = self.line.min(last);
        match action {
            Action::ScrollUp | Action::ScrollDown => {
                let mut scroll = Scroll { offset: self.offset };
                scroll.apply(action, content, viewport);
                self.offset = scroll.offset;
                self.line = line.clamp(self.offset, (self.offset + viewport).saturating_sub(1).min(last));
                return true;
            }
            Action::Up => self.line = line.saturating_sub(1),
            Action::Down => self.line = (line + 1).min(last),
            Action::PageUp => self.line = line.saturating_sub(page),
            Action::PageDown => self.line = (line + page).min(last),
            Action::HalfPageUp => self.line = line.saturating_sub(page.div_ceil(2)),
            Action::HalfPageDown => self.line = (line + page.div_ceil(2)).min(last),
            Action::Top => self.line = 0,
            Action::Bottom => self.line = last,
            _ => return false,
        }
        self.offset = self.follow(content, viewport);
        true
    }

    /// Puts the cursor on `line` and scrolls it to the top of the view if it was not in view.
    pub fn show(&mut self, line: usize, content: usize, viewport: usize) {
        self.line = line.min(content.saturating_sub(1));
        if self.line < self.offset || self.line >= self.offset + viewport {
            self.offset = self.line.min(Scroll::max_offset(content, viewport));
        }
    }

    /// The offset that keeps the cursor in view, moving the stored one as little as possible.
    pub fn follow(self, content: usize, viewport: usize) -> usize {
        let line = self.line.min(content.saturating_sub(1));
        let mut offset = self.offset.min(Scroll::max_offset(content, viewport));
        if line < offset {
            offset = line;
        } else if viewport > 0 && line >= offset + viewport {
            offset = line + 1 - viewport;
        }
        offset
    }
}

/// Draws `lines` from `offset` into `area` and, when they do not all fit, a scrollbar on the
/// right edge of `frame_area` (the pane's border).
pub fn render_lines(
    lines: &[Line<'_>],
    scroll: Scroll,
    area: Rect,
    frame_area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let viewport = usize::from(area.height);
    let offset = scroll.visible(lines.len(), viewport);
    // The lines are wrapped already: each is drawn on its row as it is, which costs a fraction
    // of a Paragraph's reflow.
    for (line, y) in lines.iter().skip(offset).take(viewport).zip(area.y..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
    render_scrollbar(lines.len(), viewport, offset, frame_area, buf, theme);
}

/// A scrollbar on the right border of `frame_area`, only when `content` overflows the viewport.
pub fn render_scrollbar(
    content: usize,
    viewport: usize,
    offset: usize,
    frame_area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    if content <= viewport {
        return;
    }
    let mut state = ScrollbarState::new(Scroll::max_offset(content, viewport) + 1).position(offset);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .symbols(scrollbar::VERTICAL)
        .begin_symbol(None)
        .end_symbol(None)
        .track_style(theme.border)
        .thumb_style(theme.border_focused)
        .render(frame_area.inner(Margin { horizontal: 0, vertical: 1 }), buf, &mut state);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stays_within_the_content() {
        let mut scroll = Scroll::default();
        assert!(scroll.apply(Action::Up, 50, 10));
        assert_eq!(scroll.offset, 0);
        scroll.apply(Action::PageDown, 50, 10);
        assert_eq!(scroll.offset, 9);
        scroll.apply(Action::Bottom, 50, 10);
        assert_eq!(scroll.offset, 40);
        scroll.apply(Action::Down, 50, 10);
        assert_eq!(scroll.offset, 40);
        scroll.apply(Action::HalfPageUp, 50, 10);
        assert_eq!(scroll.offset, 35);
        assert!(!scroll.apply(Action::Toggle, 50, 10));
    }

    #[test]
    fn the_view_follows_the_cursor() {
        let mut cursor = Cursor::default();
        for _ in 0..12 {
            cursor.apply(Action::Down, 50, 10);
        }
        assert_eq!((cursor.line, cursor.offset), (12, 3));
        cursor.apply(Action::Up, 50, 10);
        assert_eq!((cursor.line, cursor.offset), (11, 3), "moving inside the view keeps it");
        cursor.apply(Action::Bottom, 50, 10);
        assert_eq!((cursor.line, cursor.offset), (49, 40));
        cursor.apply(Action::ScrollUp, 50, 10);
        assert_eq!((cursor.line, cursor.offset), (46, 37), "the wheel drags the cursor along");
        cursor.show(5, 50, 10);
        assert_eq!((cursor.line, cursor.offset), (5, 5));
    }

    #[test]
    fn a_stale_offset_is_clamped_when_the_content_shrinks() {
        let scroll = Scroll { offset: 40 };
        assert_eq!(scroll.visible(20, 10), 10);
        assert_eq!(scroll.visible(5, 10), 0);
    }
}
