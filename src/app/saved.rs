//! What the app keeps between runs, and how it stays in step with the state file (and with any
//! other pmpo running on the same data folder). The store does the work; the app only says what
//! it holds ([`App::persisted`]) and shows what comes back ([`App::adopt`]):
//!
//! - after every event, [`App::record_changes`]: what changed is recorded, and what the user
//!   cannot redo (an answer, a bookmark, a Choose mark, a note) is saved before the next frame;
//! - when the store says a cheap change is due (the run loop's timeout), [`App::save_pending`];
//! - when a key arrives or the terminal regains focus, [`App::pick_up`]: what another pmpo saved
//!   is merged into what is shown;
//! - on the way out (quit, error, panic; suspending should do the same), [`App::close_store`].

use std::io;
use std::panic::{self, AssertUnwindSafe};

use super::App;
use crate::store::{SaveError, State, Synced, Urgency};

impl App {
    /// The state to save: what the app holds (bookmarks, notes, the last tab) plus each made
    /// tab's part; a tab not made yet keeps its part as last read or merged, so every part is
    /// always there (a missing part would read as the user removing it).
    pub(super) fn persisted(&self) -> State {
        let mut state = self.state.clone();
        for view in self.views.iter().flatten() {
            view.save(&mut state);
        }
        state.last_tab = Some(self.tab.name().to_string());
        state
    }

    /// Shows a merged state: it becomes what the app holds, and each made tab picks up its part
    /// ([`crate::tabs::TabView::picked_up`]), keeping its cursor and anything open; the tab on
    /// screen stays this window's.
    fn adopt(&mut self, state: State) {
        self.state = state;
        // Another pmpo's notes are searchable at once, as this one's are.
        self.index.set_notes(&self.state.notes);
        for view in self.views.iter_mut().flatten() {
            view.picked_up(&self.state);
        }
    }

    /// After every event: records what changed, and saves at once what cannot be redone.
    pub(super) fn record_changes(&mut self) {
        if self.store.observe(&self.persisted()) == Urgency::Now {
            self.save_pending();
        }
    }

    /// Saves what waits, merged with what other pmpo saved, and shows the result.
    pub(super) fn save_pending(&mut self) {
        let synced = self.store.save_pending();
        self.take(synced);
    }

    /// Picks up what another pmpo saved, if the file changed: at most a few times a second,
    /// unless `now` (the terminal regained focus).
    pub(super) fn pick_up(&mut self, now: bool) {
        let synced = self.store.refresh(now);
        self.take(synced);
    }

    /// Saves what waits, on the way out; a message for after the terminal is restored when that
    /// failed (saving off from the start was told then).
    pub(super) fn close_store(&mut self) -> Option<String> {
        self.store.observe(&self.persisted());
        match self.store.close() {
            Ok(()) | Err(SaveError::Disabled(_)) => None,
            Err(error) => Some(format!("pmpo: the last changes were not saved: {error}")),
        }
    }

    /// Runs `body` (the event loop), then saves what waits however it ended: normally, with an
    /// error, or with a panic, which goes on unwinding after the save. The message is
    /// [`App::close_store`]'s.
    pub(super) fn closing_store(
        &mut self,
        body: impl FnOnce(&mut App) -> io::Result<()>,
    ) -> io::Result<Option<String>> {
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| body(self)));
        let message = self.close_store();
        match outcome {
            Ok(result) => result.map(|()| message),
            Err(payload) => panic::resume_unwind(payload),
        }
    }

    fn take(&mut self, synced: Synced) {
        if let Some(state) = synced.state {
            self.adopt(state);
        }
        if let Some(notice) = synced.notice {
            self.notice = Some(notice);
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    use super::*;
    use crate::kb::KnowledgeBase;
    use crate::store::{KnownIds, Store};
    use crate::study::Cards;
    use crate::tab::Tab;
    use crate::ui::Theme;

    /// An app on `tab` saving to `dir`.
    fn app_saving_to(dir: &std::path::Path, tab: Tab) -> App {
        let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
        let opened = Store::open(Some(dir.to_path_buf()), &KnownIds::new(&kb, &Cards::from_kb(&kb)));
        App::with_saved_state(kb, Theme::COLOR, Some(tab), Size::new(80, 24), opened)
    }

    fn key(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn a_cheap_change_waits_for_the_loop_and_is_saved_even_when_the_loop_panics() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut app = app_saving_to(dir.path(), Tab::Salary);
        assert_eq!(app.wake_in(), None, "nothing pending: the loop blocks");
        app.handle_event(&key('l'));
        let wait = app.wake_in().expect("a save is pending");
        assert!(
            wait > std::time::Duration::from_millis(500),
            "within about a second, not on the key: {wait:?}"
        );
        assert!(!dir.path().join("state.ron").exists(), "no write on the key");
        let outcome =
            panic::catch_unwind(AssertUnwindSafe(|| app.closing_store(|_| panic!("a bug in the loop"))));
        assert!(outcome.is_err(), "the panic goes on");
        let saved = crate::store::read(&dir.path().join("state.ron")).expect("readable").expect("saved");
        assert_eq!(saved.salary.map(|s| s.role), Some("po".into()));
        assert_eq!(saved.last_tab.as_deref(), Some("salary"));
    }

    fn frame(app: &App) -> String {
        use ratatui::widgets::Widget;
        let area = ratatui::layout::Rect::new(0, 0, 80, 24);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        app.render(area, &mut buf);
        crate::ui::buffer_text(&buf)
    }

    #[test]
    fn picking_up_another_save_keeps_the_screen_and_an_open_session() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut app = app_saving_to(dir.path(), Tab::Study);
        for c in ['j', 'j'] {
            app.handle_event(&key(c));
        }
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        app.handle_event(&key('m'));
        let before = frame(&app);
        assert!(before.contains("card 1 of ") && before.contains("now in box 1/5"), "{before}");
        let mine = app.persisted().cards.keys().next().cloned().expect("this session's answer");

        // Another pmpo bookmarks an item and answers a card of this session's deck.
        let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
        let known = KnownIds::new(&kb, &Cards::from_kb(&kb));
        let crate::store::Opened { store: mut other, mut state, .. } =
            Store::open(Some(dir.path().to_path_buf()), &known);
        state.bookmarks.push("cert-cspo".into());
        let progress = crate::study::answer(None, crate::study::Grade::Again, crate::study::now());
        // A card of the same deck, not the one just answered here.
        let theirs = ["pmpo:aspect-primary-focus:pm", "pmpo:aspect-origin:po"]
            .into_iter()
            .find(|id| *id != mine)
            .expect("two cards to choose from");
        state.cards.insert(theirs.into(), progress);
        other.save(&state).expect("the other saves");

        app.handle_event(&Event::FocusGained);
        assert_eq!(app.bookmarks(), ["cert-cspo"], "picked up");
        assert_eq!(frame(&app), before, "the card and the session stay");
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        let next = frame(&app);
        assert!(next.contains("card 2 of "), "the session goes on: {next}");
        let saved = crate::store::read(&dir.path().join("state.ron")).expect("readable").expect("saved");
        assert_eq!(saved.cards.len(), 2, "both answers");
    }

    #[test]
    fn an_answer_is_saved_before_the_next_frame() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut app = app_saving_to(dir.path(), Tab::Choose);
        app.handle_event(&key(' '));
        let saved = crate::store::read(&dir.path().join("state.ron")).expect("readable").expect("saved");
        assert_eq!(saved.choose.len(), 1);
        assert_eq!(app.wake_in(), None, "nothing left pending");
    }
}
