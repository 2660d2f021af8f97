//! From terminal events to changes: a key goes where the active keymap routes it (the overlay,
//! the tab, or the keys that work everywhere); a paste goes, as text, to the focused field only
//! (a note keeps its lines, a one-line field gets one line); the mouse; jumps, bookmarks and the
//! help overlay's scrolling. Notes: `notes.rs`.

use ratatui::crossterm::event::{Event, KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Size};

use super::{App, Overlay, chrome};
use crate::action::Action;
use crate::keymap::{Key, Route};
use crate::tab::Tab;
use crate::tabs::{Outcome, Request};
use crate::ui::note_editor;
use crate::ui::pane::Scroll;
use crate::ui::search_overlay::{self, SearchOverlay};
use crate::ui::{field, help, tab_bar};

impl App {
    /// Applies one terminal event, then records what changed (saving at once what cannot be
    /// redone). A key, a click or regained focus first picks up what another pmpo saved, so the
    /// key acts on what is on disk.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::FocusGained => self.pick_up(true),
            Event::Key(_) | Event::Mouse(_) => self.pick_up(false),
            _ => {}
        }
        match event {
            Event::Key(key) => self.handle_key(*key),
            Event::Mouse(mouse) => self.handle_mouse(*mouse),
            Event::Paste(text) => self.handle_paste(text),
            Event::Resize(width, height) => {
                self.size = Size::new(*width, *height);
                return;
            }
            Event::FocusGained => {}
            Event::FocusLost => return,
        }
        self.record_changes();
        if self.notice.is_some() {
            self.last_notice.clone_from(&self.notice);
        }
    }

    /// A key: routed through the keymap of what has focus, so that only what the screen says a
    /// key does can happen.
    fn handle_key(&mut self, event: KeyEvent) {
        let keymap = self.keymap();
        let Some(route) = keymap.route(event) else { return };
        self.notice = None;
        match route {
            Route::Everywhere(action) => self.everywhere(action),
            Route::Mine(action) => {
                let outcome = self.handle_action(action);
                // A row the tab could not act on now (nothing to clear, say) leaves the key its
                // meaning everywhere, if it has one.
                if outcome == Outcome::Ignored
                    && let Some(action) = Key::of(event).and_then(|key| keymap.global(key))
                {
                    self.everywhere(action);
                }
            }
        }
    }

    /// Pasted text: one line of printable characters for the focused text field, never keys. A
    /// field that takes only some characters keeps those; where no field has focus, the paste
    /// is dropped and the status bar says so.
    fn handle_paste(&mut self, pasted: &str) {
        self.notice = None;
        if self.too_small() && self.overlay.is_none() {
            return;
        }
        if self.keymap().text.is_none() {
            self.notice = Some("Paste ignored: no text field has focus here.".to_string());
            return;
        }
        match &mut self.overlay {
            // A note keeps its lines; every other field is one line.
            Some(Overlay::Note(editor)) => editor.paste(pasted),
            Some(Overlay::Search(search)) => {
                let outcome = search.paste(&field::one_line(pasted));
                self.overlay_outcome(outcome);
            }
            Some(Overlay::Help(_)) => {}
            None => {
                let body = self.body();
                let (view, ctx) = self.active_mut();
                if let Outcome::Request(request) = view.paste(&field::one_line(pasted), ctx, body) {
                    self.fulfil(request);
                }
            }
        }
    }

    /// What the search overlay asked for after a key or a paste.
    fn overlay_outcome(&mut self, outcome: search_overlay::Outcome) {
        match outcome {
            search_overlay::Outcome::Stay => {}
            search_overlay::Outcome::Say(text) => self.notice = Some(text),
            search_overlay::Outcome::Close => self.overlay = None,
            search_overlay::Outcome::Jump(tab, id) => {
                self.overlay = None;
                self.jump(tab, &id);
            }
        }
    }

    /// Applies an action from the keymap of what has focus: the overlay, else the active tab.
    pub fn handle_action(&mut self, action: Action) -> Outcome {
        let screen = self.screen();
        match &mut self.overlay {
            Some(Overlay::Help(_)) => {
                self.handle_help(action);
                return Outcome::Handled;
            }
            Some(Overlay::Search(search)) => {
                let outcome = search.handle(action, screen, &self.theme);
                self.overlay_outcome(outcome);
                return Outcome::Handled;
            }
            Some(Overlay::Note(editor)) => {
                if editor.handle(action) == note_editor::Outcome::Close {
                    self.close_note();
                }
                return Outcome::Handled;
            }
            None => {}
        }
        if self.too_small() {
            return Outcome::Handled;
        }
        let body = self.body();
        let (view, ctx) = self.active_mut();
        let outcome = view.handle(action, ctx, body);
        if let Outcome::Request(request) = &outcome {
            self.fulfil(request.clone());
        }
        outcome
    }

    /// A key that works everywhere.
    fn everywhere(&mut self, action: Action) {
        match action {
            Action::Quit => {
                // A note being written is kept, as Esc would keep it.
                self.close_note();
                self.running = false;
            }
            Action::Help => self.overlay = Some(Overlay::Help(Scroll::default())),
            Action::Search => {
                let search = SearchOverlay::new(self.index.clone());
                self.overlay = Some(Overlay::Search(Box::new(search)));
            }
            Action::Bookmark => self.toggle_bookmark(),
            Action::Note => self.open_note(false),
            Action::NoteInEditor => self.open_note(true),
            Action::NextTab => self.show(self.tab.next()),
            Action::PrevTab => self.show(self.tab.previous()),
            Action::GoTo(tab) => self.show(tab),
            _ => {}
        }
    }

    /// Carries out what a tab asked for.
    fn fulfil(&mut self, request: Request) {
        match request {
            Request::Jump { tab, id } => self.jump(tab, &id),
            Request::EditNote { id } => self.open_note_on(&id),
            Request::Say(text) => self.notice = Some(text),
        }
    }

    /// Opens `tab` with the item `id` under the cursor.
    pub fn jump(&mut self, tab: Tab, id: &str) {
        self.show(tab);
        let body = self.body();
        let (view, ctx) = self.view_mut(tab);
        if !view.show_item(id, ctx, body) {
            self.notice = Some(format!("{} no longer shows that item.", tab.title()));
        }
    }

    /// Bookmarks the item under the cursor, or removes its bookmark, and says which.
    fn toggle_bookmark(&mut self) {
        let Some(id) = self.current_item() else {
            self.notice = Some("Nothing under the cursor to bookmark: move to an item first.".to_string());
            return;
        };
        let title = self.short_title(&id);
        self.notice = Some(if self.state.toggle_bookmark(&id) {
            format!("Bookmarked “{title}”")
        } else {
            format!("Bookmark removed: “{title}”")
        });
    }

    fn handle_help(&mut self, action: Action) {
        if action == Action::Back {
            self.overlay = None;
            return;
        }
        let lines = self.help_lines().len();
        let viewport = usize::from(help::frame_area(lines, self.screen()).height.saturating_sub(2));
        if let Some(Overlay::Help(scroll)) = &mut self.overlay {
            scroll.apply(action, lines, viewport);
        }
    }

    fn handle_mouse(&mut self, mouse: MouseEvent) {
        let position = Position::new(mouse.column, mouse.row);
        let areas = chrome(self.screen());
        match mouse.kind {
            MouseEventKind::ScrollDown => {
                self.handle_action(Action::ScrollDown);
            }
            MouseEventKind::ScrollUp => {
                self.handle_action(Action::ScrollUp);
            }
            MouseEventKind::Down(MouseButton::Left) if self.overlay.is_some() => {
                // Closing keeps a note being written, as Esc would.
                self.close_note();
                self.overlay = None;
            }
            MouseEventKind::Down(MouseButton::Left) if areas.tab_bar.contains(position) => {
                if let Some(tab) =
                    tab_bar::tab_at(areas.tab_bar.width, self.tab, position.x - areas.tab_bar.x)
                {
                    self.notice = None;
                    self.show(tab);
                }
            }
            MouseEventKind::Down(MouseButton::Left) if areas.body.contains(position) && !self.too_small() => {
                self.notice = None;
                let (view, ctx) = self.active_mut();
                if let Outcome::Request(request) = view.click(position, ctx, areas.body) {
                    self.fulfil(request);
                }
            }
            _ => {}
        }
    }
}
