//! From terminal events to changes: the key mode, the overlays, the tab's own keys, then the
//! keys that work everywhere; the mouse; jumps, bookmarks and the help overlay's scrolling.

use ratatui::crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Size};

use super::{App, Overlay, chrome};
use crate::action::{Action, Mode, action_for};
use crate::tabs::{Request, Tab};
use crate::ui::pane::Scroll;
use crate::ui::search_overlay::{self, SearchOverlay};
use crate::ui::{help, tab_bar};

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
        let before = self.tab;
        self.apply(event);
        if self.tab == Tab::Study && before != Tab::Study {
            // What is due depends on the clock: arriving on the tab (maybe hours later) shows
            // the counts as of now, not as of the last key pressed there.
            self.study.refresh_clock();
        }
        if !matches!(event, Event::Resize(..)) {
            self.record_changes();
        }
    }

    fn apply(&mut self, event: &Event) {
        match event {
            Event::Key(key) => {
                let editing = match &self.overlay {
                    Some(Overlay::Search(_)) => true,
                    Some(Overlay::Help(_)) => false,
                    None => self.view(self.tab).editing(),
                };
                let mode = if editing { Mode::Editing } else { Mode::Normal };
                if let Some(action) = action_for(*key, mode) {
                    self.notice = None;
                    self.handle_action(action);
                }
            }
            Event::Mouse(mouse) => self.handle_mouse(*mouse),
            Event::Resize(width, height) => self.size = Size::new(*width, *height),
            _ => {}
        }
    }

    /// Applies one action: an overlay first, then the tab, then the global meaning.
    pub fn handle_action(&mut self, action: Action) {
        if action == Action::Quit {
            self.running = false;
            return;
        }
        let screen = self.screen();
        match &mut self.overlay {
            Some(Overlay::Help(_)) => return self.handle_help(action),
            Some(Overlay::Search(search)) => {
                match search.handle(action, screen, &self.theme) {
                    search_overlay::Outcome::Stay => {}
                    search_overlay::Outcome::Close => self.overlay = None,
                    search_overlay::Outcome::Jump(tab, id) => {
                        self.overlay = None;
                        self.jump(tab, &id);
                    }
                }
                return;
            }
            None => {}
        }
        let body = chrome(self.screen()).body;
        if !self.too_small() {
            let (view, ctx) = self.active_mut();
            let handled = view.handle(action, ctx, body);
            let request = view.take_request();
            if let Some(request) = request {
                self.fulfil(request);
            }
            if handled {
                return;
            }
        }
        // A key the focused field did not take keeps its usual meaning: the Salary tab's
        // percentage takes only what can be part of a number, so `q` still quits there.
        let global = match action {
            Action::Input(key) => action_for(key, Mode::Normal),
            other => Some(other),
        };
        match global {
            Some(Action::Quit) => self.running = false,
            Some(Action::Help) => self.overlay = Some(Overlay::Help(Scroll::default())),
            Some(Action::Search) => {
                let search = SearchOverlay::new(self.index.clone());
                self.overlay = Some(Overlay::Search(Box::new(search)));
            }
            Some(Action::Bookmark) => self.toggle_bookmark(),
            Some(Action::NextTab) => self.tab = self.tab.next(),
            Some(Action::PrevTab) => self.tab = self.tab.previous(),
            Some(Action::GoTo(tab)) => self.tab = tab,
            _ => {}
        }
    }

    /// Carries out what a tab asked for.
    fn fulfil(&mut self, request: Request) {
        match request {
            Request::Jump { tab, id } => self.jump(tab, &id),
        }
    }

    /// Opens `tab` with the item `id` under the cursor.
    pub fn jump(&mut self, tab: Tab, id: &str) {
        self.tab = tab;
        let body = chrome(self.screen()).body;
        let (view, ctx) = self.view_mut(tab);
        if !view.show_item(id, ctx, body) {
            self.notice = Some(format!("{} no longer shows that item.", tab.title()));
        }
    }

    /// Bookmarks the item under the cursor, or removes its bookmark, and says which.
    fn toggle_bookmark(&mut self) {
        let Some(id) = self.current_item() else {
            self.notice = Some("Nothing here to bookmark: move to an item first.".to_string());
            return;
        };
        let title = self.kb.item_title(&id).unwrap_or(&id);
        let title: String = if title.chars().count() > 50 {
            format!("{}…", title.chars().take(49).collect::<String>())
        } else {
            title.to_string()
        };
        self.notice = Some(if self.state.toggle_bookmark(&id) {
            format!("Bookmarked “{title}”")
        } else {
            format!("Bookmark removed: “{title}”")
        });
    }

    fn handle_help(&mut self, action: Action) {
        match action {
            Action::Help | Action::Back | Action::Confirm => self.overlay = None,
            _ => {
                let lines = self.help_lines().len();
                let viewport = usize::from(help::frame_area(lines, self.screen()).height.saturating_sub(2));
                if let Some(Overlay::Help(scroll)) = &mut self.overlay {
                    scroll.apply(action, lines, viewport);
                }
            }
        }
    }

    fn handle_mouse(&mut self, mouse: MouseEvent) {
        let position = Position::new(mouse.column, mouse.row);
        let areas = chrome(self.screen());
        match mouse.kind {
            MouseEventKind::ScrollDown => self.handle_action(Action::ScrollDown),
            MouseEventKind::ScrollUp => self.handle_action(Action::ScrollUp),
            MouseEventKind::Down(MouseButton::Left) if self.overlay.is_some() => self.overlay = None,
            MouseEventKind::Down(MouseButton::Left) if areas.tab_bar.contains(position) => {
                if let Some(tab) =
                    tab_bar::tab_at(areas.tab_bar.width, self.tab, position.x - areas.tab_bar.x)
                {
                    self.notice = None;
                    self.tab = tab;
                }
            }
            MouseEventKind::Down(MouseButton::Left) if areas.body.contains(position) && !self.too_small() => {
                self.notice = None;
                let (view, ctx) = self.active_mut();
                view.click(position, ctx, areas.body);
                if let Some(request) = view.take_request() {
                    self.fulfil(request);
                }
            }
            _ => {}
        }
    }
}
