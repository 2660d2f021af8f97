//! Flashcards from the knowledge base and their spaced-repetition schedule. Pure: no terminal, no
//! files, no clock of its own (the time is passed in as a Unix timestamp, so tests fix it).
//!
//! # Cards
//!
//! | deck | one card per | question → answer | card id |
//! |---|---|---|---|
//! | FAQ | FAQ entry | the question → the answer | `faq:<entry id>` |
//! | PM or PO? | comparison cell (aspect × role) | the cell → its role (`m`/`o`) | `pmpo:<aspect id>:<pm\|po>` |
//! | PM or PO? | skill | the skill → its role | `pmpo:<skill id>` |
//! | PM or PO? | "choose … if" statement | the statement → its role | `pmpo:<statement id>` |
//! | Certifications | certification | its name → issuer and requirement | `cert:<cert id>` |
//! | Career ladders | rung that has a next one | "which rung comes after X?" → the next rung | `ladder:<rung id>` |
//! | Notes | item with no card above, while it has a note | "what did you note about X?" → its text (and the note) | `note:<item id>` |
//!
//! Ids come from the knowledge base's item ids, so rewording a text keeps its history. Each card
//! names its source item and the tab that shows it; the Bookmarks deck is every card whose source
//! item is bookmarked, the Notes deck every card whose source item has a note ([`Personal`]).
//!
//! # Scheduling: Leitner boxes
//!
//! A card is in one of five boxes; box *n* waits [`INTERVAL_DAYS`]`[n-1]` = 1, 3, 7, 14 or 30 days.
//! A new card (no progress yet) is due at once and counts as box 0 below.
//!
//! | grade (key) | box afterwards | due again |
//! |---|---|---|
//! | again (1), or a wrong `m`/`o` | 1 | now: it returns at the end of this session |
//! | hard (2) | the same box (a new card: 1) | after that box's interval |
//! | good (3), or a right `m`/`o` | one box up (at most 5) | after the new box's interval |
//! | easy (4) | two boxes up (at most 5) | after the new box's interval |
//!
//! Answering a card **before it is due** (only cram mode does that) changes only its counts,
//! unless the answer is "again": forgetting is news at any time, remembering early is not.
//! Intervals run from the moment of the answer, by the system clock.
//!
//! # Sessions
//!
//! [`Session`] in [`Mode::Due`] shows the due cards (overdue reviewed ones first, then new ones);
//! when nothing is due, [`Mode::Cram`] ("practise anyway") shows the whole deck, weakest first.
//! Within that order a session shuffles its "PM or PO?" cards, so that the two cells of an aspect
//! are never back to back (the first would give the second away); the shuffle is seeded by the
//! deck and the progress, so it is the same for the same state.
//! Every answer updates the [`Progress`] map at once, and the [`Summary`] gives seen, right, wrong
//! and the next due time.

mod cards;
mod schedule;
mod session;
mod shuffle;

pub use cards::{Card, CardKind, Cards, Deck, Personal};
pub use schedule::{
    CardProgress, DAY, Grade, INTERVAL_DAYS, Progress, TOP_BOX, Timestamp, answer, describe_wait, interval,
    now,
};
pub use session::{DeckStats, Mode, Outcome, Session, Summary, card_of_the_day, deck_stats, due_cards};

#[cfg(test)]
mod tests;
