//! Ids the current knowledge base knows, and setting aside the ones it does not.
//!
//! A user may switch knowledge bases (`--kb`, `PMPO_KB`) and back. Dropping the other one's
//! bookmarks and card progress on load would destroy them at the first save, so unknown ids are
//! kept but ignored: [`State::split`] moves them out of the state the app sees, and the store merges
//! them back in every time it writes ([`State::merged`]). The cost is a few bytes per orphaned id
//! in a file that is a few kilobytes; the gain is that nothing is lost by opening the wrong file.

use std::collections::HashSet;

use super::State;
use crate::kb::KnowledgeBase;
use crate::study::Cards;

/// The ids of one knowledge base: its items, its Choose statements and its cards.
#[derive(Debug, Clone, Default)]
pub struct KnownIds {
    items: HashSet<String>,
    statements: HashSet<String>,
    cards: HashSet<String>,
}

impl KnownIds {
    /// The ids of `kb`, whose cards are `cards`.
    pub fn new(kb: &KnowledgeBase, cards: &Cards) -> KnownIds {
        KnownIds {
            items: kb.item_ids().map(str::to_string).collect(),
            statements: kb
                .choose
                .statements
                .pm
                .iter()
                .chain(&kb.choose.statements.po)
                .map(|s| s.id.clone())
                .collect(),
            cards: cards.all().iter().map(|card| card.id.clone()).collect(),
        }
    }

    /// Whether `id` is an item of the knowledge base (what a bookmark may name).
    pub fn has_item(&self, id: &str) -> bool {
        self.items.contains(id)
    }

    /// Whether `id` is a Choose statement.
    pub fn has_statement(&self, id: &str) -> bool {
        self.statements.contains(id)
    }

    /// Whether `id` is a card.
    pub fn has_card(&self, id: &str) -> bool {
        self.cards.contains(id)
    }
}

impl State {
    /// Splits the state into what `known` knows, for the app, and the rest, to keep on disk. The
    /// last tab and salary inputs are not ids of the knowledge base and always stay with the app.
    pub fn split(self, known: &KnownIds) -> (State, State) {
        let (bookmarks, other_bookmarks) = self.bookmarks.into_iter().partition(|id| known.has_item(id));
        let (cards, other_cards) = self.cards.into_iter().partition(|(id, _)| known.has_card(id));
        let (choose, other_choose) = self.choose.into_iter().partition(|id| known.has_statement(id));
        let mine = State { bookmarks, cards, choose, last_tab: self.last_tab, salary: self.salary };
        let other = State {
            bookmarks: other_bookmarks,
            cards: other_cards,
            choose: other_choose,
            last_tab: None,
            salary: None,
        };
        (mine, other)
    }

    /// This state with `set_aside`'s entries added back (this state wins where both have an id).
    /// Bookmarks set aside follow this state's, each group in its own order.
    #[must_use]
    pub fn merged(&self, set_aside: &State) -> State {
        let mut merged = self.clone();
        for id in &set_aside.bookmarks {
            if !merged.is_bookmarked(id) {
                merged.bookmarks.push(id.clone());
            }
        }
        for (id, progress) in &set_aside.cards {
            merged.cards.entry(id.clone()).or_insert(*progress);
        }
        merged.choose.extend(set_aside.choose.iter().cloned());
        merged
    }

    /// Whether the state holds nothing.
    pub fn is_empty(&self) -> bool {
        *self == State::default()
    }
}
