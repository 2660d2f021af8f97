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
mod known;
mod ledger;
mod lock;
pub mod merge;
mod open;
mod sync;
pub mod tracker;
mod trouble;

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use file::{FileStamp, PendingSave, SaveError};
pub use format::{ledger_to_text, parse, parse_ledger, read, read_ledger, to_text};
pub use known::KnownIds;
pub use ledger::{Applied, Card, Field, KEEP_FOR, Ledger, Mark, Note, Salary, Stamp, next_stamp, now_stamp};
pub use lock::{HOLD_VAR, LOCK_NAME};
pub use open::{Opened, Store};
pub use sync::{CHECK_EVERY, LOCK_WAIT, SOON, Synced};
pub use tracker::Urgency;

use crate::study::Progress;

/// The state file's name inside the data folder.
pub const FILE_NAME: &str = "state.ron";

/// The environment variable that overrides the data folder.
pub const ENV_VAR: &str = "PMPO_DATA_DIR";

/// The format version this pmpo writes, and the newest it reads.
pub const VERSION: u32 = 2;

/// A state file larger than this is not one pmpo wrote (a few kilobytes is typical): it is treated
/// as corrupt rather than read into memory.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Everything pmpo remembers between runs, as the app sees it: plain values, without the stamps
/// the file keeps for merging ([`Ledger`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Bookmarked item ids, in the order they were added.
    pub bookmarks: Vec<String>,
    /// Flashcard progress by card id.
    pub cards: Progress,
    /// The Choose tab's statement ids that the user marked as applying to them.
    pub choose: BTreeSet<String>,
    /// Personal notes by item id (issue 13 gives them a face; the file keeps them already).
    pub notes: BTreeMap<String, String>,
    /// The tab open at the last change (`overview`, `compare`, … `study`).
    pub last_tab: Option<String>,
    /// The salary calculator's last inputs.
    pub salary: Option<SavedSalary>,
}

/// The salary calculator's inputs as the user last left them. Kept as text so that the store does
/// not depend on the calculator's types; the app parses them and ignores a value it cannot parse
/// (an empty one included: a field never saved).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedSalary {
    /// `pm` or `po`.
    pub role: String,
    /// `entry`, `mid`, `senior`, `staff` or `director`.
    pub level: String,
    /// `standard` or `big-tech`.
    pub company: String,
    /// `tech`, `finance` or `healthcare`.
    pub industry: String,
    /// The cost-of-living adjustment in percent, as typed (`-12.5`).
    pub col: String,
    /// The offer placed against the range, when there is one. Absent from files written before
    /// pmpo had offers (and left out when there is none), so those files load unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<SavedOffer>,
}

/// The Salary tab's offer, as text like the rest of [`SavedSalary`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedOffer {
    /// The amount in dollars (`150000`).
    pub amount: String,
    /// What it is compared with: `base` or `total`.
    pub basis: String,
}

impl State {
    /// Whether item `id` is bookmarked.
    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|bookmark| bookmark == id)
    }

    /// Bookmarks item `id`, or removes its bookmark; returns whether it is bookmarked now.
    pub fn toggle_bookmark(&mut self, id: &str) -> bool {
        let before = self.bookmarks.len();
        self.bookmarks.retain(|bookmark| bookmark != id);
        if self.bookmarks.len() == before {
            self.bookmarks.push(id.to_string());
        }
        self.bookmarks.len() > before
    }

    /// Marks Choose statement `id` as applying, or unmarks it; returns whether it applies now.
    pub fn toggle_choice(&mut self, id: &str) -> bool {
        if self.choose.remove(id) { false } else { self.choose.insert(id.to_string()) }
    }

    /// Whether the state holds nothing.
    pub fn is_empty(&self) -> bool {
        *self == State::default()
    }
}

/// Why a state file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file exists but cannot be read (permissions, a directory in its place).
    #[error("cannot read {}: {source}", path.display())]
    Unreadable {
        /// The state file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file is not a state file this pmpo understands.
    #[error("{reason}")]
    Corrupt {
        /// What is wrong, with the position when RON gives one.
        reason: String,
    },
    /// The file was written by a newer pmpo.
    #[error("written by a newer pmpo (format version {found}; this one reads up to {VERSION})")]
    Newer {
        /// The version found in the file.
        found: u32,
    },
}

/// The data folder: `PMPO_DATA_DIR` when set and not empty, else the platform's data directory
/// for pmpo (`~/.local/share/pmpo` on Linux); `None` when the platform has none.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os(ENV_VAR) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "pmpo").map(|dirs| dirs.data_dir().to_path_buf()),
    }
}

#[cfg(test)]
mod tests;
