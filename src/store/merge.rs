//! Merging one pmpo's changes into the state on disk: a pure function, [`apply`], with the rules
//! tabled in the [store's header](super).
//!
//! A [`Batch`] is what one running pmpo changed since it last read or wrote the file, each change
//! stamped with its time. Every rule is a join: the entry with the later stamp wins (ties go to
//! the larger value, so the result never depends on the order of arrival), and card counts add
//! up. Batches from different instances therefore commute, and since every batch carries its
//! instance and number, merging the same batch twice changes nothing.

use std::collections::BTreeMap;

use super::ledger::{Applied, Card, Field, Ledger, Mark, Note, Salary, Stamp};

/// A flashcard answered (once or more) since the last save: the schedule of the latest answer and
/// how many answers and lapses to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Review {
    /// The Leitner box after the latest answer.
    pub leitner_box: u8,
    /// When the card is due after the latest answer (seconds since the epoch).
    pub due: i64,
    /// When the latest answer was made.
    pub at: Stamp,
    /// Answers to add.
    pub reviews: u32,
    /// Lapses ("again") to add.
    pub lapses: u32,
}

/// What one running pmpo changed, entry by entry, since its last save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Bookmarks added or removed.
    pub bookmarks: BTreeMap<String, Mark>,
    /// Cards answered.
    pub cards: BTreeMap<String, Review>,
    /// Choose marks set or cleared.
    pub choose: BTreeMap<String, Mark>,
    /// Notes written, changed or deleted.
    pub notes: BTreeMap<String, Note>,
    /// The tab open at the latest change.
    pub last_tab: Option<Field>,
    /// Salary fields changed.
    pub salary: Salary,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }
}

/// One save's worth of changes from one running pmpo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The instance that made them (random for each run of pmpo).
    pub instance: String,
    /// The instance's save number, counting from 1: a batch numbered no higher than one already
    /// merged from the same instance is not merged again.
    pub seq: u64,
    /// When the batch was made.
    pub at: Stamp,
    /// The changes.
    pub changes: Changes,
}

/// Merges `batch` into `ledger`. Pure; batches of different instances commute, and applying a
/// batch twice is the same as applying it once.
pub fn apply(ledger: &mut Ledger, batch: &Batch) {
    if ledger.applied.get(&batch.instance).is_some_and(|applied| applied.seq >= batch.seq) {
        return;
    }
    let changes = &batch.changes;
    for (id, mark) in &changes.bookmarks {
        join(ledger.bookmarks.entry(id.clone()).or_insert(*mark), mark);
    }
    for (id, mark) in &changes.choose {
        join(ledger.choose.entry(id.clone()).or_insert(*mark), mark);
    }
    for (id, note) in &changes.notes {
        join(ledger.notes.entry(id.clone()).or_insert_with(|| note.clone()), note);
    }
    for (id, review) in &changes.cards {
        if let Some(card) = ledger.cards.get_mut(id) {
            add_review(card, review);
        } else {
            let card = Card {
                leitner_box: review.leitner_box,
                due: review.due,
                reviews: review.reviews,
                lapses: review.lapses,
                at: review.at,
            };
            ledger.cards.insert(id.clone(), card);
        }
    }
    join_field(&mut ledger.last_tab, changes.last_tab.as_ref());
    for (mine, theirs) in ledger.salary.fields_mut().into_iter().zip(changes.salary.fields()) {
        join_field(mine, theirs.1.as_ref());
    }
    ledger.applied.insert(batch.instance.clone(), Applied { seq: batch.seq, at: batch.at });
}

/// Keeps the later of two versions of an entry: the later stamp, or on a tie the larger value,
/// so that two instances that chose the same millisecond still agree on the result.
fn join<T: Ord + Clone>(mine: &mut T, theirs: &T) {
    if *theirs > *mine {
        mine.clone_from(theirs);
    }
}

fn join_field(mine: &mut Option<Field>, theirs: Option<&Field>) {
    if let Some(theirs) = theirs {
        match mine {
            Some(mine) => join(mine, theirs),
            None => *mine = Some(theirs.clone()),
        }
    }
}

/// Counts add up; the schedule is the latest answer's (ties: the larger box, then the later due).
fn add_review(card: &mut Card, review: &Review) {
    card.reviews = card.reviews.saturating_add(review.reviews);
    card.lapses = card.lapses.saturating_add(review.lapses);
    if (review.at, review.leitner_box, review.due) > (card.at, card.leitner_box, card.due) {
        card.at = review.at;
        card.leitner_box = review.leitner_box;
        card.due = review.due;
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
