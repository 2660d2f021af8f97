//! What the tabs share on screen: the theme, wrapping, document panes, scrolling, the tab bar,
//! the status bar and the help overlay.

pub mod document;
pub mod field;
pub mod help;
pub mod list;
pub mod live_search;
pub mod note;
pub mod note_editor;
pub mod pane;
pub mod search_overlay;
pub mod status_bar;
pub mod tab_bar;
mod theme;
pub mod wrap;

pub use theme::{Background, Theme};

use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// Says the terminal is too small for the current tab, centred, instead of drawing garbage.
pub fn render_too_small(need: Size, have: Size, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let message = format!(
        "terminal too small: need {}×{}, have {}×{}",
        need.width, need.height, have.width, have.height
    );
    let lines = wrap::wrap_plain(&message, theme.notice, usize::from(area.width));
    let height = (lines.len() as u16).min(area.height);
    let y = area.y + (area.height - height) / 2;
    Paragraph::new(lines).centered().wrap(Wrap { trim: true }).render(Rect { y, height, ..area }, buf);
}

/// A drawn buffer as plain text, one line per row, trailing blanks trimmed; a wide character's
/// second cell is skipped, as a terminal would.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut text = String::new();
    for row in buf.content.chunks(usize::from(buf.area.width.max(1))) {
        let mut line = String::new();
        let mut skip = 0;
        for cell in row {
            if skip == 0 {
                line.push_str(cell.symbol());
            }
            skip = skip.max(cell.symbol().width()).saturating_sub(1);
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}
