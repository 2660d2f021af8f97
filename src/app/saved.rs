//! What the app keeps between runs: the state it saves after every event, composed from what the
//! app holds (bookmarks, the last tab) and what each tab made so far owns.

use super::App;
use crate::store::State;

impl App {
    /// The state to save: what the app holds plus each made tab's part (a tab not made yet
    /// keeps what was read).
    fn persisted(&self) -> State {
        let mut state = self.state.clone();
        for view in self.views.iter().flatten() {
            view.save(&mut state);
        }
        state.last_tab = Some(self.tab.name().to_string());
        state
    }

    /// Saves if anything changed; a failure is told once, in the status bar.
    pub(super) fn save(&mut self) {
        if let Some(message) = self.store.autosave(&self.persisted()) {
            self.notice = Some(message);
        }
    }
}
