//! The bottom line: the keys that work here, or a one-off notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::tabs::Hint;

/// Draws `notice` if there is one, else as many of `hints` as fit, then "? help  q quit" when
/// those keys work (`global`; not while typing in a search, where they are letters).
pub fn render(
    hints: &[Hint],
    notice: Option<&str>,
    global: bool,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    if let Some(notice) = notice {
        Line::styled(format!(" {notice}"), theme.notice).render(area, buf);
        return;
    }
    let always: &[Hint] =
        if global { &[Hint { keys: "?", does: "help" }, Hint { keys: "q", does: "quit" }] } else { &[] };
    let width = |hint: &Hint| hint.keys.width() + 1 + hint.does.width() + 2;
    let mut room = usize::from(area.width).saturating_sub(1 + always.iter().map(width).sum::<usize>());
    let mut shown: Vec<&Hint> = Vec::new();
    for hint in hints {
        if width(hint) > room {
            break;
        }
        room -= width(hint);
        shown.push(hint);
    }
    let mut spans = vec![Span::raw(" ")];
    for hint in shown.into_iter().chain(always) {
        spans.push(Span::styled(hint.keys, theme.key));
        spans.push(Span::styled(format!(" {}  ", hint.does), theme.muted));
    }
    Line::from(spans).render(area, buf);
}
