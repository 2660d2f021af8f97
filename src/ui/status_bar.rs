//! The bottom line: the keys that work here, or a one-off notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::keymap::Keymap;

/// What the status bar shows of a key row: the first of its keys (`j/k` of `j/k ↑/↓`) and its
/// hint words.
fn shown(label: &'static str, hint: &'static str) -> (&'static str, &'static str) {
    (label.split(' ').next().unwrap_or(label), hint)
}

/// Draws `notice` if there is one, else as many of `keymap`'s hints as fit, then the hints of
/// the keys that work everywhere in this state (`/ search`, `? help`, `q quit`; only `F1 help`
/// and `C-c quit` while a field takes every character), which always get their room.
pub fn render(keymap: &Keymap, notice: Option<&str>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if let Some(notice) = notice {
        Line::styled(format!(" {notice}"), theme.notice).render(area, buf);
        return;
    }
    let mine = keymap
        .text
        .map(|text| shown(text.label, text.hint))
        .into_iter()
        .chain(keymap.bindings.iter().filter_map(|binding| Some(shown(binding.label, binding.hint?))));
    let always: Vec<(&str, &str)> =
        keymap.live_globals().filter_map(|binding| Some(shown(binding.label, binding.hint?))).collect();
    let width = |(keys, does): &(&str, &str)| keys.width() + 1 + does.width() + 2;
    let mut room = usize::from(area.width).saturating_sub(1 + always.iter().map(width).sum::<usize>());
    let mut hints: Vec<(&str, &str)> = Vec::new();
    for hint in mine {
        if width(&hint) > room {
            break;
        }
        room -= width(&hint);
        hints.push(hint);
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, does) in hints.into_iter().chain(always) {
        spans.push(Span::styled(keys.to_string(), theme.key));
        spans.push(Span::styled(format!(" {does}  "), theme.muted));
    }
    Line::from(spans).render(area, buf);
}
