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

/// What the help overlay's key is called where a notice is cut: F1 works in every field.
const MORE: &str = "… F1: all of it";

/// A notice as the bar shows it at `width` columns: whole if it fits, else its start (the gist:
/// notices say it first) and where to read the rest, the help overlay.
fn fit_notice(notice: &str, width: usize) -> String {
    let whole = format!(" {notice}");
    if whole.width() <= width {
        return whole;
    }
    let room = width.saturating_sub(MORE.width());
    let mut shown = String::new();
    for c in whole.chars() {
        if shown.width() + c.to_string().width() > room {
            break;
        }
        shown.push(c);
    }
    format!("{}{MORE}", shown.trim_end())
}

/// Draws `notice` if there is one, else as many of `keymap`'s hints as fit, then the hints of
/// the keys that work everywhere in this state (`/ search`, `? help`, `q quit`; only `F1 help`
/// and `C-c quit` while a field takes every character), which always get their room.
pub fn render(keymap: &Keymap, notice: Option<&str>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if let Some(notice) = notice {
        Line::styled(fit_notice(notice, usize::from(area.width)), theme.notice).render(area, buf);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_that_does_not_fit_keeps_its_start_and_says_where_the_rest_is() {
        assert_eq!(fit_notice("Bookmarked “Origin”", 80), " Bookmarked “Origin”");
        let long = "This session will not be saved: state.ron left untouched: written by a newer pmpo (format version 9; this one reads up to 2)";
        let shown = fit_notice(long, 80);
        assert!(shown.width() <= 80, "{shown}");
        assert!(shown.starts_with(" This session will not be saved: state.ron left untouched"), "{shown}");
        assert!(shown.ends_with(MORE), "{shown}");
        assert!(fit_notice(long, 10).width() <= 16, "never much wider than the bar, however narrow");
    }
}
