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
use crate::ui::Theme;

/// The tabs, in the order of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Tab {
    /// The quick answer and the source.
    Overview,
    /// The 11-aspect comparison.
    Compare,
    /// Each role in depth.
    Roles,
    /// Org models by company size.
    Orgs,
    /// Career ladders.
    Careers,
    /// The salary calculator.
    Salary,
    /// Certifications.
    Certs,
    /// The self-assessment.
    Choose,
    /// Frequently asked questions, filtered live.
    Faq,
    /// Flashcards, the "PM or PO?" quiz and bookmarks.
    Study,
}

impl Tab {
    /// Every tab, in tab-bar order.
    pub const ALL: [Tab; 10] = [
        Tab::Overview,
        Tab::Compare,
        Tab::Roles,
        Tab::Orgs,
        Tab::Careers,
        Tab::Salary,
        Tab::Certs,
        Tab::Choose,
        Tab::Faq,
        Tab::Study,
    ];

    /// The title in the tab bar.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Compare => "Compare",
            Tab::Roles => "Roles",
            Tab::Orgs => "Orgs",
            Tab::Careers => "Careers",
            Tab::Salary => "Salary",
            Tab::Certs => "Certs",
            Tab::Choose => "Choose",
            Tab::Faq => "FAQ",
            Tab::Study => "Study",
        }
    }

    /// The lowercase name used by `--tab` and saved state.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Compare => "compare",
            Tab::Roles => "roles",
            Tab::Orgs => "orgs",
            Tab::Careers => "careers",
            Tab::Salary => "salary",
            Tab::Certs => "certs",
            Tab::Choose => "choose",
            Tab::Faq => "faq",
            Tab::Study => "study",
        }
    }

    /// The tab with this lowercase name.
    pub fn from_key(key: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.key() == key)
    }

    /// The number key that opens the tab (the spec's numbering: 1-9, then 0).
    pub fn number(self) -> char {
        match self {
            Tab::Overview => '1',
            Tab::Compare => '2',
            Tab::Roles => '3',
            Tab::Orgs => '4',
            Tab::Careers => '5',
            Tab::Salary => '6',
            Tab::Certs => '7',
            Tab::Choose => '8',
            Tab::Faq => '9',
            Tab::Study => '0',
        }
    }

    /// The tab a number key opens, if any.
    pub fn from_number(number: char) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.number() == number)
    }

    /// The tab after this one, wrapping around.
    #[must_use]
    pub fn next(self) -> Tab {
        let index = Tab::ALL.iter().position(|&tab| tab == self).unwrap_or(0);
        Tab::ALL[(index + 1) % Tab::ALL.len()]
    }

    /// The tab before this one, wrapping around.
    #[must_use]
    pub fn previous(self) -> Tab {
        let index = Tab::ALL.iter().position(|&tab| tab == self).unwrap_or(0);
        Tab::ALL[(index + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keys_and_order_round_trip() {
        for tab in Tab::ALL {
            assert_eq!(Tab::from_number(tab.number()), Some(tab));
            assert_eq!(Tab::from_key(tab.key()), Some(tab));
            assert_eq!(tab.next().previous(), tab);
        }
        assert_eq!(Tab::Study.next(), Tab::Overview);
        assert_eq!(Tab::Overview.previous(), Tab::Study);
    }
}
