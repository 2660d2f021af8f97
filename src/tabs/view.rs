//! The contract every tab's state keeps with the app: [`TabView`], what it is given ([`Ctx`]),
//! and what handling a key can lead to ([`Outcome`]).

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect, Size};

use crate::action::Action;
use crate::kb::KnowledgeBase;
use crate::keymap::{Key, Keymap};
use crate::store::State;
use crate::tab::Tab;
use crate::ui::Theme;

/// What a tab needs to draw and to handle input: the knowledge base, the theme, and the user's
/// bookmarks (item ids, oldest first) and notes (by item id).
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The knowledge base.
    pub kb: &'a KnowledgeBase,
    /// The styles.
    pub theme: &'a Theme,
    /// The bookmarked item ids, oldest first.
    pub bookmarks: &'a [String],
    /// The user's notes by item id, as saved (unclean text: show it through
    /// [`crate::notes::printable`], as [`crate::ui::note`] does).
    pub notes: &'a BTreeMap<String, String>,
}

/// What handling an action came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The tab had nothing to do with it: the key's meaning everywhere applies, if it has one.
    Ignored,
    /// The tab did something (maybe only told the user why it could not).
    Handled,
    /// The tab asks the app for something only the app can do.
    Request(Request),
}

impl From<bool> for Outcome {
    /// `true` when handled.
    fn from(handled: bool) -> Outcome {
        if handled { Outcome::Handled } else { Outcome::Ignored }
    }
}

/// Something a tab asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Open `tab` with the item `id` under the cursor (a bookmark, a search hit).
    Jump {
        /// The tab that shows the item.
        tab: Tab,
        /// The item's id.
        id: String,
    },
    /// Open the note editor on item `id` (an orphaned note, whose item no tab shows).
    EditNote {
        /// The item's id.
        id: String,
    },
    /// Say something in the status bar (a field that is full, say).
    Say(String),
}

/// The contract of a tab's state. `area` is always the tab's body, the same rectangle the tab was
/// last drawn into, so key handling and drawing agree on the layout without render storing
/// anything.
pub trait TabView {
    /// The smallest body the tab can be used in; below it the app says "terminal too small".
    fn min_size(&self) -> Size;

    /// The keys the tab takes now, with the words for help and the status bar. The app sends the
    /// tab only these keys' actions (and the mouse wheel's), so this is the whole truth.
    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap;

    /// Handles an action from the keymap (or the mouse wheel).
    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome;

    /// Takes pasted text (one line, no control characters: see [`crate::ui::field::one_line`])
    /// into the focused text field. By default each character goes in as if typed, while a
    /// field takes it, so a field that takes only some characters keeps only those and nothing
    /// pasted can press a key; a field whose every keystroke costs a search takes the text at
    /// once instead.
    fn paste(&mut self, text: &str, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let mut outcome = Outcome::Ignored;
        for c in text.chars() {
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            let takes = self.keymap(ctx, area).text.is_some_and(|text| text.takes(Key::ch(c)));
            if takes {
                match self.handle(Action::Input(key), ctx, area) {
                    Outcome::Ignored => {}
                    Outcome::Handled => outcome = Outcome::Handled,
                    request @ Outcome::Request(_) => return request,
                }
            }
        }
        outcome
    }

    /// Handles a click inside the body.
    fn click(&mut self, _position: Position, _ctx: Ctx<'_>, _area: Rect) -> Outcome {
        Outcome::Ignored
    }

    /// Draws the tab. Never changes state.
    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer);

    /// Where the terminal's cursor goes while a text field has focus (so screen readers and
    /// input methods follow the typing); `None` hides it.
    fn cursor(&self, _ctx: Ctx<'_>, _area: Rect) -> Option<Position> {
        None
    }

    /// The id of the knowledge-base item under the cursor, for bookmarks and notes.
    fn current_item(&self, _ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        None
    }

    /// Moves the cursor to the item with `id`; `false` when the tab does not show it.
    fn show_item(&mut self, _id: &str, _ctx: Ctx<'_>, _area: Rect) -> bool {
        false
    }

    /// Called each time the tab comes on screen (what is due depends on the clock, say).
    fn arrive(&mut self) {}

    /// Takes the tab's part of the saved state when the tab is made.
    fn restore(&mut self, _state: &State) {}

    /// Takes the tab's part of a state merged with what another pmpo saved. The same as
    /// [`TabView::restore`] unless the tab keeps something on screen that is this window's own
    /// (the salary form being filled in).
    fn picked_up(&mut self, state: &State) {
        self.restore(state);
    }

    /// Writes the tab's part of the state to be saved.
    fn save(&self, _state: &mut State) {}

    /// Whether the tab waits for something off the input path (a search on a large knowledge
    /// base): the app then polls instead of blocking on input.
    fn busy(&self) -> bool {
        false
    }

    /// Takes what arrived off the input path; returns whether the tab changed.
    fn poll(&mut self, _ctx: Ctx<'_>) -> bool {
        false
    }
}
