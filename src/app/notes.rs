//! Notes from the app's side. `n` opens the note editor over the tab for the item under the
//! cursor; `N` asks the run loop to hand the terminal to the user's own editor
//! ([`App::edit_outside`], as git does for a commit message). Either way, what was written is
//! kept in the state ([`App::keep_note`]): cleaned, limited, deleted when left empty, and saved
//! before the next frame, since a note is something the user cannot redo. The search index is
//! told, so the note is found at once.

use std::io;

use ratatui::DefaultTerminal;

use super::{App, Overlay};
use crate::notes::{self, editor};
use crate::terminal::modes;
use crate::ui::note_editor::NoteEditor;

impl App {
    /// The user's notes by item id, as saved.
    pub fn notes(&self) -> &std::collections::BTreeMap<String, String> {
        &self.state.notes
    }

    /// Opens the note on the item under the cursor: in the editor overlay, or (`outside`) in the
    /// user's editor once the run loop gets to it.
    pub(super) fn open_note(&mut self, outside: bool) {
        let Some(id) = self.current_item() else {
            self.notice = Some("Nothing here to write a note on: move to an item first.".to_string());
            return;
        };
        if outside {
            self.outside = Some(id);
        } else {
            self.open_note_on(&id);
        }
    }

    /// Opens the note editor on item `id`.
    pub(super) fn open_note_on(&mut self, id: &str) {
        let title = self.kb.item_title(id).unwrap_or(id).to_string();
        let text = self.state.notes.get(id).cloned().unwrap_or_default();
        self.overlay = Some(Overlay::Note(Box::new(NoteEditor::new(id, &title, &text, &self.theme))));
    }

    /// Closes the note editor if it is open, keeping what was written.
    pub(super) fn close_note(&mut self) {
        if let Some(Overlay::Note(editor)) = &self.overlay {
            let (id, text) = (editor.id().to_string(), editor.text());
            self.overlay = None;
            self.keep_note(&id, &text);
        }
    }

    /// Keeps `written` as the note on item `id`: cleaned (the user told what was removed or
    /// cut), and deleted when nothing is left. The caller records the change, which saves it.
    pub fn keep_note(&mut self, id: &str, written: &str) {
        let cleaned = notes::clean(written);
        let kept = notes::finished(&cleaned.text);
        let title = notes::first_line(self.kb.item_title(id).unwrap_or(id), 32);
        let said = match (kept, self.state.notes.contains_key(id)) {
            (Some(text), _) if self.state.notes.get(id) == Some(&text) => "Note unchanged".to_string(),
            (Some(text), existed) => {
                self.state.notes.insert(id.to_string(), text);
                if existed {
                    format!("Note saved on “{title}”")
                } else {
                    format!("Note added on “{title}”")
                }
            }
            (None, true) => {
                self.state.notes.remove(id);
                format!("Note deleted: “{title}” (it was left empty)")
            }
            (None, false) => "Nothing written: no note".to_string(),
        };
        self.notice = Some(match cleaned.notice() {
            Some(notice) => format!("{said}; {}.", notice.to_lowercase()),
            None => format!("{said}."),
        });
        self.index.set_notes(&self.state.notes);
    }

    /// Writes the note on `id` in the user's editor: what waits is saved first (nothing may wait
    /// unsaved while pmpo is suspended), the terminal is handed over and taken back, what
    /// another pmpo saved meanwhile is picked up, and what the editor left is kept and saved.
    pub(super) fn edit_outside(&mut self, terminal: &mut DefaultTerminal, id: &str) -> io::Result<()> {
        self.store.observe(&self.persisted());
        self.save_pending();
        let text = self.state.notes.get(id).map(|text| notes::clean(text).text).unwrap_or_default();
        let command = editor::command();
        let result = modes::suspend(terminal, self.modes, || editor::edit(&command, &text))?;
        self.pick_up(true);
        match result {
            Ok(written) => self.keep_note(id, &written),
            Err(error) => self.notice = Some(format!("Note unchanged: {error}.")),
        }
        self.record_changes();
        Ok(())
    }

    /// An item's title for a notice: its name, or its id for an item the knowledge base lacks;
    /// one line of at most 50 characters.
    pub(super) fn short_title(&self, id: &str) -> String {
        notes::first_line(self.kb.item_title(id).unwrap_or(id), 50)
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    use crate::app::App;
    use crate::kb::KnowledgeBase;
    use crate::store::{KnownIds, Store};
    use crate::study::Cards;
    use crate::tab::Tab;
    use crate::ui::Theme;

    fn app_saving_to(dir: &std::path::Path, tab: Tab) -> App {
        let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
        let opened = Store::open(Some(dir.to_path_buf()), &KnownIds::new(&kb, &Cards::from_kb(&kb)));
        App::with_saved_state(kb, Theme::COLOR, Some(tab), Size::new(100, 30), opened)
    }

    fn press(app: &mut App, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\u{1b}' => KeyCode::Esc,
                '\n' => KeyCode::Enter,
                c => KeyCode::Char(c),
            };
            let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            app.handle_event(&Event::Key(KeyEvent::new(code, modifiers)));
        }
    }

    fn saved_notes(dir: &std::path::Path) -> std::collections::BTreeMap<String, String> {
        crate::store::read(&dir.join("state.ron")).expect("readable").unwrap_or_default().notes
    }

    #[test]
    fn a_note_closed_is_on_disk_before_the_next_frame() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut app = app_saving_to(dir.path(), Tab::Compare);
        press(&mut app, "jnAsk how they\nsplit the roles");
        assert!(saved_notes(dir.path()).is_empty(), "nothing saved while the editor is open");
        press(&mut app, "\u{1b}");
        assert_eq!(
            saved_notes(dir.path()).get("aspect-strategic-vs-tactical").map(String::as_str),
            Some("Ask how they\nsplit the roles")
        );
        assert_eq!(app.wake_in(), None, "nothing left pending");

        // Emptied, it is deleted, and saved as deleted at once.
        press(&mut app, "n");
        for _ in 0..40 {
            app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)));
        }
        press(&mut app, "\u{1b}");
        assert!(saved_notes(dir.path()).is_empty());
    }

    #[test]
    fn quitting_with_the_editor_open_keeps_the_note() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut app = app_saving_to(dir.path(), Tab::Certs);
        press(&mut app, "nmine");
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert!(!app.is_running());
        assert_eq!(saved_notes(dir.path()).values().collect::<Vec<_>>(), ["mine"]);
    }

    #[test]
    fn a_paste_is_cleaned_and_the_user_told() {
        let mut app =
            App::new(KnowledgeBase::embedded().expect("kb"), Theme::MONO, Tab::Compare, Size::new(100, 30));
        press(&mut app, "n");
        app.handle_event(&Event::Paste("red \u{1b}[31mtext\u{1b}[0m".to_string()));
        let screen = crate::ui::buffer_text(&{
            let area = ratatui::layout::Rect::new(0, 0, 100, 30);
            let mut buf = ratatui::buffer::Buffer::empty(area);
            ratatui::widgets::Widget::render(&app, area, &mut buf);
            buf
        });
        assert!(screen.contains("red text"), "{screen}");
        assert!(screen.contains("control characters removed from the paste"), "{screen}");
        press(&mut app, "\u{1b}");
        assert_eq!(app.notes().get("aspect-origin").map(String::as_str), Some("red text"));
    }
}
