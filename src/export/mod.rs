//! The flashcards taken along to other tools: `pmpo export anki|markdown|json`. Pure: the
//! knowledge base's cards and the user's state in, text out; the command line reads the state
//! and writes the text.
//!
//! - [`anki`]: Anki's plain-text import format (file headers, a guid derived from each card's
//!   stable id so that importing again updates the notes, HTML-escaped fields, tags);
//! - [`markdown`]: a study sheet, every card's question and answer grouped by deck;
//! - [`json`]: the cards with their ids, decks, boxes and due dates.
//!
//! A deck is chosen as in the Study tab ([`Deck`]; `all` by default). With notes asked for, each
//! card whose item has a note carries it, and `all` also takes the note cards of the items that
//! have no card of their own (see `crate::study`), so that no note stays behind. Every text goes
//! out through [`crate::notes::printable`] (the knowledge base holds no control characters; a
//! state file may).

pub mod anki;
pub mod json;
pub mod markdown;

use std::collections::HashMap;

use crate::kb::KnowledgeBase;
use crate::notes;
use crate::store::State;
use crate::study::{Card, CardKind, CardProgress, Cards, Deck, Personal};
use crate::tab::Tab;

/// What to export.
#[derive(Debug, Clone, Copy)]
pub struct Export<'a> {
    /// The knowledge base the cards come from.
    pub kb: &'a KnowledgeBase,
    /// Its cards.
    pub cards: &'a Cards,
    /// The deck to export.
    pub deck: Deck,
    /// The user's state: progress, bookmarks and notes.
    pub state: &'a State,
    /// Whether each card carries the user's note on its item.
    pub with_notes: bool,
}

/// One card as exported: the card, what its item is, its progress and its note.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The card.
    pub card: &'a Card,
    /// The title of the card's item.
    pub title: &'a str,
    /// The kind of the card's item (`aspect`, `faq`...).
    pub kind: &'static str,
    /// The user's progress with the card; `None` for a new card.
    pub progress: Option<CardProgress>,
    /// The user's note on the card's item, printable; only when notes are exported.
    pub note: Option<String>,
}

impl Row<'_> {
    /// The deck the card belongs to by its kind (`faq`, `pm-or-po`, ..., `notes` for a note card).
    pub fn deck(&self) -> Deck {
        self.card.kind.deck()
    }

    /// The tab that shows the card's item.
    pub fn tab(&self) -> Tab {
        self.card.tab
    }
}

impl<'a> Export<'a> {
    /// What decides the Bookmarks and Notes decks.
    fn personal(&self) -> Personal<'a> {
        Personal::new(&self.state.bookmarks, &self.state.notes)
    }

    /// The cards to export, in deck order: the deck's cards, then (for `all` with notes) the note
    /// cards of the items that have a note and no card of their own.
    pub fn rows(&self) -> Vec<Row<'a>> {
        let items: HashMap<&str, (&str, &'static str)> =
            self.kb.items().into_iter().map(|item| (item.id, (item.title, item.kind.key()))).collect();
        let personal = self.personal();
        let note_cards = (self.deck == Deck::All && self.with_notes)
            .then(|| self.cards.in_deck(Deck::Notes, personal).filter(|card| card.kind == CardKind::Note))
            .into_iter()
            .flatten();
        self.cards
            .in_deck(self.deck, personal)
            .chain(note_cards)
            .map(|card| {
                let (title, kind) = items.get(card.source.as_str()).copied().unwrap_or((&card.source, ""));
                let note = self
                    .with_notes
                    .then(|| self.state.notes.get(&card.source))
                    .flatten()
                    .map(|note| notes::printable(note).trim_end().to_string());
                Row { card, title, kind, progress: self.state.cards.get(&card.id).copied(), note }
            })
            .collect()
    }

    /// The knowledge base's source, in one line: “Title”, Publisher, last updated.
    pub fn attribution(&self) -> String {
        let source = &self.kb.source;
        format!("“{}”, {}, {}", source.title, source.publisher, source.last_updated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state_with(notes: &[(&str, &str)], bookmarks: &[&str]) -> State {
        State {
            notes: notes.iter().map(|(id, text)| ((*id).to_string(), (*text).to_string())).collect(),
            bookmarks: bookmarks.iter().map(|id| (*id).to_string()).collect(),
            ..State::default()
        }
    }

    #[test]
    fn all_exports_the_eighty_cards_and_with_notes_the_note_cards_too() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let cards = Cards::from_kb(&kb);
        let state = state_with(&[("pm-stakeholders", "My story"), ("faq-both-roles", "Ask")], &[]);
        let plain = Export { kb: &kb, cards: &cards, deck: Deck::All, state: &state, with_notes: false };
        assert_eq!(plain.rows().len(), 80);
        assert!(plain.rows().iter().all(|row| row.note.is_none()));
        let noted = Export { with_notes: true, ..plain };
        let rows = noted.rows();
        assert_eq!(rows.len(), 81, "the note card of a section");
        assert_eq!(rows[80].card.id, "note:pm-stakeholders");
        assert_eq!(rows[80].note.as_deref(), Some("My story"));
        assert_eq!(rows.iter().filter(|row| row.note.is_some()).count(), 2);
        let notes = Export { deck: Deck::Notes, ..noted };
        let ids: Vec<&str> = notes.rows().iter().map(|row| row.card.id.as_str()).collect();
        assert_eq!(ids, ["faq:faq-both-roles", "note:pm-stakeholders"]);
        Ok(())
    }
}
