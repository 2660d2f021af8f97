//! The note editor: an overlay with a multi-line text field (`ratatui-textarea`, the ratatui
//! organisation's maintained fork of `tui-textarea`) for the user's note on one item. Esc closes
//! it and keeps what was written; a note left empty is deleted (the app does both, with
//! [`NoteEditor::text`]).
//!
//! The field takes what a text takes: every character, Enter for a new line, Tab, the arrows,
//! Home/End and the pages to move, and the deleting keys of every field in pmpo (Backspace,
//! Delete, C-w a word, C-u to the start of the line, C-k to its end), C-z and C-y to undo and
//! redo. Nothing else reaches it, so the help lists exactly what works. A note holds at most
//! [`notes::MAX_CHARS`] characters: a key that would go beyond is undone and the user told, and
//! a paste is cleaned of control characters and cut to fit, saying so.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::Theme;
use super::pane;
use crate::action::Action;
use crate::keymap::{self, Binding, Edits, Keymap, TextEntry};
use crate::notes;

const WRITE: TextEntry = TextEntry {
    takes: None,
    edits: Edits::Lines,
    label: "type",
    help: "write your note: Enter starts a line, the arrows, Home/End and PgUp/PgDn move, \
           Backspace/Delete, C-w, C-u and C-k delete, C-z undoes and C-y redoes",
    hint: "write",
};
const KEYS: &[Binding] =
    &[keymap::ESC.says("save the note and close it (a note left empty is deleted)", "save & close")];

/// What the editor wants after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Keep it open.
    Stay,
    /// Close it, keeping what was written.
    Close,
}

/// The note being written: which item it is on, what it says, and a message about the last key
/// or paste (a limit reached, characters removed).
#[derive(Debug)]
pub struct NoteEditor {
    id: String,
    title: String,
    text: TextArea<'static>,
    message: Option<String>,
}

/// The editor's frame on a screen: centred, most of it, at a comfortable width.
fn frame_area(screen: Rect) -> Rect {
    let width = screen.width.saturating_sub(4).clamp(screen.width.min(30), 90);
    let height = screen.height.saturating_sub(4).clamp(screen.height.min(8), 24);
    screen.centered(Constraint::Length(width), Constraint::Length(height))
}

/// The text and the message line inside the frame.
fn inner_areas(screen: Rect) -> (Rect, Rect) {
    let inner = pane::inner(frame_area(screen));
    let [text, message] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    (text, message)
}

impl NoteEditor {
    /// An editor for the note on item `id` (called `title`), starting from `text`, the note as
    /// saved, drawn in `theme`. Anything in it that a note may not hold (a state file edited by
    /// hand) is left out, and the message says so.
    pub fn new(id: &str, title: &str, text: &str, theme: &Theme) -> NoteEditor {
        let cleaned = notes::clean(text);
        let lines: Vec<String> = cleaned.text.split('\n').map(str::to_string).collect();
        let mut text = TextArea::new(lines);
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        text.set_style(theme.text);
        text.set_cursor_line_style(ratatui::style::Style::new());
        text.set_cursor_style(ratatui::style::Style::new().add_modifier(Modifier::REVERSED));
        text.set_placeholder_text(
            "Write what you want to remember: the story you will tell, a question to ask…",
        );
        text.set_placeholder_style(theme.muted);
        text.move_cursor(CursorMove::Bottom);
        text.move_cursor(CursorMove::End);
        NoteEditor {
            id: id.to_string(),
            title: notes::first_line(title, 200),
            text,
            message: cleaned.notice(),
        }
    }

    /// The item the note is on.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// What is written now.
    pub fn text(&self) -> String {
        self.text.lines().join("\n")
    }

    fn length(&self) -> usize {
        let lines = self.text.lines();
        lines.iter().map(|line| line.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
    }

    /// The keys that work in the editor.
    pub fn keymap() -> Keymap {
        Keymap::new(KEYS).typing(WRITE)
    }

    /// Applies an action from the editor's keymap (or the mouse wheel).
    pub fn handle(&mut self, action: Action) -> Outcome {
        self.message = None;
        match action {
            Action::Back => return Outcome::Close,
            Action::Input(key) => self.type_key(key),
            Action::ScrollUp => self.text.scroll((-3, 0)),
            Action::ScrollDown => self.text.scroll((3, 0)),
            _ => {}
        }
        Outcome::Stay
    }

    fn type_key(&mut self, key: KeyEvent) {
        let control = key.modifiers == KeyModifiers::CONTROL;
        let changed = match key.code {
            // The deleting keys of every field in pmpo, where the widget's own differ.
            KeyCode::Char('u') if control => self.text.delete_line_by_head(),
            KeyCode::Char('z') if control => self.text.undo(),
            KeyCode::Char('y') if control => self.text.redo(),
            _ => self.text.input(key),
        };
        if changed && self.length() > notes::MAX_CHARS {
            self.text.undo();
            self.message = Some(format!("A note holds at most {} characters.", limit()));
        }
    }

    /// Inserts pasted text at the cursor: control characters removed and the text cut to what
    /// the note still has room for, the user told of either.
    pub fn paste(&mut self, pasted: &str) {
        let cleaned = notes::clean(pasted);
        let room = notes::MAX_CHARS.saturating_sub(self.length());
        let kept: String = cleaned.text.chars().take(room).collect();
        let cut = notes::length(&cleaned.text) - notes::length(&kept);
        self.text.insert_str(&kept);
        let mut said = Vec::new();
        if cleaned.removed > 0 {
            said.push(format!("{} control characters removed from the paste", cleaned.removed));
        }
        if cut > 0 {
            said.push(format!("{cut} characters left out: a note holds at most {}", limit()));
        }
        self.message = (!said.is_empty()).then(|| said.join("; "));
    }

    /// Where the terminal's cursor goes: on the text's cursor, as last drawn.
    pub fn cursor(&self, screen: Rect) -> Option<Position> {
        let (area, _) = inner_areas(screen);
        let at = self.text.screen_cursor();
        let row = at.row.checked_sub(usize::from(self.text.scroll_offset().0))?;
        let (x, y) = (area.x + at.col as u16, area.y + row as u16);
        (x < area.right() && y < area.bottom()).then_some(Position::new(x, y))
    }

    /// Draws the editor over the screen. The widget keeps where it is scrolled to as it draws
    /// (inside itself): drawing changes nothing anyone else sees.
    pub fn render(&self, screen: Rect, buf: &mut Buffer, theme: &Theme) {
        let frame = frame_area(screen);
        Clear.render(frame, buf);
        let title = Line::from(vec![
            Span::styled(format!(" {} ", super::note::HEADING), theme.note),
            Span::styled(format!("on {} ", self.title), theme.border_focused.patch(theme.label)),
        ]);
        let count = format!(" {} / {} ", notes::thousands(self.length()), limit());
        pane::frame(title, true, theme)
            .title_bottom(Line::styled(" Esc saves and closes · empty deletes ", theme.muted))
            .title_bottom(Line::styled(count, theme.muted).right_aligned())
            .render(frame, buf);
        let (text, message) = inner_areas(screen);
        (&self.text).render(text, buf);
        if let Some(said) = &self.message {
            Line::styled(said.clone(), theme.notice).render(message, buf);
        }
    }
}

/// The limit as people read it.
fn limit() -> String {
    notes::thousands(notes::MAX_CHARS)
}
