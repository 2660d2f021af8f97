//! The help overlay: every key that works on the current tab, then the ones that work everywhere.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::Theme;
use super::pane::{self, Scroll};
use super::wrap::wrap;
use crate::tabs::{Hint, hint};

/// Keys that work on every tab.
pub const GLOBAL: &[Hint] = &[
    hint("1-9 0", "open a tab by number"),
    hint("Tab ]", "next tab"),
    hint("S-Tab [", "previous tab"),
    hint("j/k ↑/↓", "move"),
    hint("g/G Home/End", "first / last"),
    hint("PgUp/PgDn", "page up / down"),
    hint("C-u/C-d", "half a page up / down"),
    hint("b", "bookmark the item under the cursor (again: remove)"),
    hint("mouse", "click a tab or a row; the wheel scrolls"),
    hint("?/F1", "this help"),
    hint("Esc", "close, leave a field, clear"),
    hint("q C-c", "quit"),
];

/// The overlay's widest frame.
const WIDTH: u16 = 64;

/// The lines of the overlay for a tab called `title` with keys `keys`, wrapped to `width`.
pub fn lines(title: &str, keys: &[Hint], width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let key_width = keys.iter().chain(GLOBAL).map(|hint| hint.keys.chars().count()).max().unwrap_or(0);
    let hanging = " ".repeat(key_width + 2);
    let row = |hint: &Hint| {
        let key = Span::styled(format!("{:>key_width$}  ", hint.keys), theme.key);
        wrap(&[Span::raw(hint.does)], usize::from(width), key, &hanging)
    };
    let mut lines = vec![Line::styled(title.to_string(), theme.heading)];
    lines.extend(keys.iter().flat_map(row));
    lines.push(Line::default());
    lines.push(Line::styled("Everywhere", theme.heading));
    lines.extend(GLOBAL.iter().flat_map(row));
    lines
}

/// The overlay's frame for `content_lines` lines: centred, as large as the content allows.
pub fn frame_area(content_lines: usize, screen: Rect) -> Rect {
    let height = (content_lines as u16).saturating_add(2).min(screen.height);
    screen.centered(Constraint::Length(WIDTH.min(screen.width)), Constraint::Length(height))
}

/// The width the overlay's text wraps at on a screen this wide.
pub fn text_width(screen: Rect) -> u16 {
    pane::inner(Rect { width: WIDTH.min(screen.width), ..screen }).width
}

/// Draws the overlay over whatever is beneath.
pub fn render(lines: &[Line<'_>], scroll: Scroll, screen: Rect, buf: &mut Buffer, theme: &Theme) {
    let frame_area = frame_area(lines.len(), screen);
    Clear.render(frame_area, buf);
    let frame = pane::frame(" Keys — Esc closes ", true, theme);
    let inner = pane::inner(frame_area);
    frame.render(frame_area, buf);
    pane::render_lines(lines, scroll, inner, frame_area, buf, theme);
}
