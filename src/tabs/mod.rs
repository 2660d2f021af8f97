//! The tabs: the [`Tab`] enum in the spec's order, and the [`TabView`] contract every tab's
//! state implements. One file per tab; adding a tab is one file and one variant.

mod careers;
mod certs;
mod choose;
mod compare;
mod faq;
mod orgs;
mod overview;
mod roles;
mod salary;
mod study;

pub use careers::CareersTab;
pub use certs::CertsTab;
pub use choose::ChooseTab;
pub use compare::CompareTab;
pub use faq::FaqTab;
pub use orgs::OrgsTab;
pub use overview::OverviewTab;
pub use roles::RolesTab;
pub use salary::SalaryTab;
pub use study::StudyTab;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};

use crate::action::Action;
use crate::kb::KnowledgeBase;
use crate::tab::Tab;
use crate::ui::Theme;

/// What a tab needs to draw and to handle input: the knowledge base, the theme and the user's
/// bookmarks (item ids, oldest first).
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The knowledge base.
    pub kb: &'a KnowledgeBase,
    /// The styles.
    pub theme: &'a Theme,
    /// The bookmarked item ids, oldest first.
    pub bookmarks: &'a [String],
}

/// Something a tab asks the app to do after handling an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Open `tab` with the item `id` under the cursor (a bookmark, a search hit).
    Jump {
        /// The tab that shows the item.
        tab: Tab,
        /// The item's id.
        id: String,
    },
}

/// A key and what it does, for the status bar and the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// The key or keys, as shown ("j/k").
    pub keys: &'static str,
    /// What they do ("move").
    pub does: &'static str,
}

/// Shorthand for a [`Hint`].
pub const fn hint(keys: &'static str, does: &'static str) -> Hint {
    Hint { keys, does }
}

/// The contract of a tab's state. `area` is always the tab's body, the same rectangle the tab was
/// last drawn into, so key handling and drawing agree on the layout without render storing
/// anything.
pub trait TabView {
    /// The smallest body the tab can be used in; below it the app says "terminal too small".
    fn min_size(&self) -> Size;

    /// Whether a text field has focus (printable keys go to it).
    fn editing(&self) -> bool {
        false
    }

    /// Whether the focused field takes every printable key, so that `q` and `?` are letters
    /// there (a filter), rather than only some (a number field lets `q` quit).
    fn takes_text(&self) -> bool {
        false
    }

    /// Handles an action; `false` lets the app apply its global meaning.
    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool;

    /// Handles a click inside the body; `false` when the click meant nothing.
    fn click(&mut self, _position: Position, _ctx: Ctx<'_>, _area: Rect) -> bool {
        false
    }

    /// Draws the tab. Never changes state.
    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer);

    /// The keys that matter now, most useful first, for the status bar.
    fn hints(&self) -> Vec<Hint>;

    /// Every key of the tab, for the help overlay.
    fn help(&self) -> Vec<Hint> {
        self.hints()
    }

    /// The id of the knowledge-base item under the cursor, for bookmarks.
    fn current_item(&self, _ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        None
    }

    /// Moves the cursor to the item with `id`; `false` when the tab does not show it.
    fn show_item(&mut self, _id: &str, _ctx: Ctx<'_>, _area: Rect) -> bool {
        false
    }

    /// Whether the tab waits for something off the input path (a search on a large knowledge
    /// base): the app then polls instead of blocking on input.
    fn busy(&self) -> bool {
        false
    }

    /// Takes what arrived off the input path; returns whether the tab changed.
    fn poll(&mut self, _ctx: Ctx<'_>) -> bool {
        false
    }

    /// A request left by the last `handle` or `click`, taken by the app right after.
    fn take_request(&mut self) -> Option<Request> {
        None
    }
}
