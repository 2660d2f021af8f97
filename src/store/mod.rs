//! The user's saved state: bookmarks, flashcard progress, the Choose tab's answers, personal
//! notes, the last tab and the last salary inputs, in `<data dir>/state.ron` (or under
//! `PMPO_DATA_DIR`). Nothing here knows about terminals.
//!
//! # Several pmpo at once
//!
//! Any number of pmpo may run on one data folder. Each keeps the file as it last read it and
//! records what its user changed since, entry by entry, each change stamped with its time
//! ([`tracker`]). A save takes an exclusive lock on `state.ron.lock`, reads the file, merges the
//! changes into it ([`merge::apply`], a pure function), writes it atomically and lets go; the
//! merged result is what the app shows next. A running pmpo also picks up what the others saved
//! when the file changes under it ([`Store::refresh`]). The merge, per kind of entry:
//!
//! | entry | rule |
//! |---|---|
//! | bookmark (per item) | the latest add or remove wins; a remove leaves a tombstone, so an older add elsewhere cannot undo it, nor it a later add |
//! | Choose mark (per statement) | the latest mark or unmark wins, as bookmarks |
//! | note (per item) | the latest edit or deletion wins; a note on an item the knowledge base lacks is kept |
//! | card progress (per card) | box and due date from the latest review; reviews and lapses add up across instances |
//! | salary form (per field) | the latest change wins |
//! | last tab | the tab open at the latest change wins |
//!
//! Ties (the same millisecond) go to the larger value, so the result never depends on who saved
//! first; merging the same save twice changes nothing (each save names its instance and number).
//! Tombstones are dropped after 30 days. What the user cannot redo (answers, bookmarks, marks,
//! notes) is saved at once; the tab and the form within a second ([`SOON`]).
//!
//! # The file
//!
//! A versioned RON document, `(version: 2, state: (...))` ([`format`]): every entry carries the
//! time it last changed (`at`, milliseconds since the epoch). Version 1 (pmpo 0.1: plain lists)
//! is read and becomes version 2 at the next save with nothing lost; a newer version is refused
//! and never written over. State refers to knowledge-base items by id only; entries the current
//! knowledge base does not know stay in the file untouched (see [`KnownIds`]).

mod file;
mod format;
mod handle;
mod known;
mod ledger;
mod lock;
pub mod merge;
mod open;
mod place;
mod state;
mod sync;
pub mod tracker;
mod trouble;

pub use file::{FileStamp, PendingSave, SaveError};
pub use format::{
    MAX_BYTES, ReadError, VERSION, ledger_to_text, parse, parse_ledger, read, read_ledger, to_text,
};
pub use handle::{Opened, Store, Synced};
pub use known::KnownIds;
pub use ledger::{Applied, Card, Field, KEEP_FOR, Ledger, Mark, Note, Salary, Stamp, next_stamp, now_stamp};
pub use lock::{HOLD_VAR, LOCK_NAME};
pub use place::{ENV_VAR, FILE_NAME, data_dir};
pub use state::{SavedOffer, SavedSalary, State};
pub use sync::{CHECK_EVERY, LOCK_WAIT, SOON};
pub use tracker::Urgency;

#[cfg(test)]
mod tests;
