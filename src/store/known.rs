//! Ids the current knowledge base knows.
//!
//! A user may switch knowledge bases (`--kb`, `PMPO_KB`) and back. Dropping the other one's
//! bookmarks and card progress on load would destroy them at the first save, so entries with
//! unknown ids stay in the file: the app is shown only what its knowledge base knows
//! ([`Ledger::view`](super::Ledger::view)), and since a save merges the app's changes into the
//! file rather than writing the app's state whole, the rest is carried over untouched. Notes are
//! the exception: they are the user's own writing, so they are shown whatever their item, for
//! the app to list as orphaned.

use std::collections::HashSet;

use crate::kb::KnowledgeBase;
use crate::study::Cards;

/// The ids of one knowledge base: its items, its Choose statements and its cards (note cards
/// included, so that their progress is shown).
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
            cards: cards.all().iter().chain(cards.note_cards()).map(|card| card.id.clone()).collect(),
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
