//! The help overlay: the last message in full (if any), every key that works on the current tab,
//! then the ones that work everywhere, then how focus works.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::Theme;
use super::pane::{self, Scroll};
use super::wrap::wrap;
use crate::keymap::Keymap;

/// The mouse, which no key table holds.
const MOUSE: (&str, &str) = ("mouse", "click a tab or a row; the wheel scrolls");

/// How focus works, in one sentence: the same words close the help and stand in the README.
pub const FOCUS_RULE: &str = "Keys are typed into a text field only while it has focus (on FAQ, / or a letter \
     that is not a key there moves to the filter), and in every field Tab/Shift-Tab, Esc, F1 and \
     Ctrl-C still work: Esc steps back out.";

/// The overlay's widest frame.
const WIDTH: u16 = 64;

/// The lines of the overlay for a tab called `title` whose keys are now `keymap`, wrapped to
/// `width`: the tab's keys in this state, then the keys that work everywhere in this state.
pub fn lines(title: &str, keymap: &Keymap, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mine: Vec<(&str, &str)> = keymap
        .bindings
        .iter()
        .map(|binding| (binding.label, binding.help))
        .chain(keymap.text.map(|text| (text.label, text.help)))
        .collect();
    let everywhere: Vec<(&str, &str)> =
        keymap.live_globals().map(|binding| (binding.label, binding.help)).chain([MOUSE]).collect();
    let key_width = mine.iter().chain(&everywhere).map(|(keys, _)| keys.chars().count()).max().unwrap_or(0);
    let hanging = " ".repeat(key_width + 2);
    let row = |(keys, does): &(&str, &str)| {
        let key = Span::styled(format!("{keys:>key_width$}  "), theme.key);
        wrap(&[Span::raw(does.to_string())], usize::from(width), key, &hanging)
    };
    let mut lines = vec![Line::styled(title.to_string(), theme.heading)];
    lines.extend(mine.iter().flat_map(row));
    lines.push(Line::default());
    let heading = if keymap.text.is_some_and(|text| text.takes_every_character()) {
        "Everywhere (while typing here)"
    } else {
        "Everywhere"
    };
    lines.push(Line::styled(heading, theme.heading));
    lines.extend(everywhere.iter().flat_map(row));
    lines.push(Line::default());
    lines.extend(wrap(&[Span::styled(FOCUS_RULE, theme.muted)], usize::from(width), Span::raw(""), ""));
    lines
}

/// The last message the status bar showed, in full (a narrow status bar cuts a long one), under
/// a heading and followed by a blank line; nothing when there was none.
pub fn message_lines(message: Option<&str>, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(message) = message else { return Vec::new() };
    let mut lines = vec![Line::styled("Last message", theme.heading)];
    lines.extend(wrap(
        &[Span::styled(message.to_string(), theme.notice)],
        usize::from(width),
        Span::raw(""),
        "",
    ));
    lines.push(Line::default());
    lines
}

/// The overlay's frame for `content_lines` lines: centred, as large as the content allows, and
/// clear of the tab bar and the status bar, which say where the user is and how to scroll.
pub fn frame_area(content_lines: usize, screen: Rect) -> Rect {
    let room = if screen.height > 4 {
        Rect { y: screen.y + 1, height: screen.height - 2, ..screen }
    } else {
        screen
    };
    let height = (content_lines as u16).saturating_add(2).min(room.height);
    room.centered(Constraint::Length(WIDTH.min(room.width)), Constraint::Length(height))
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
