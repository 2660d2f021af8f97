//! The user's saved state: bookmarks, flashcard progress, the Choose tab's answers, the last tab
//! and the last salary inputs, in `<data dir>/state.ron` (or under `PMPO_DATA_DIR`).
//!
//! The file is a versioned RON document, `(version: 1, state: (...))`; a later pmpo that changes
//! the shape bumps the version and migrates older files, and this one refuses a newer file
//! without touching it. State refers to knowledge-base items by id only (see [`KnownIds`] for ids
//! the current knowledge base lacks). Writing is atomic and happens on every change: see
//! [`Store`]. Nothing here knows about terminals.

mod file;
mod known;

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use file::{Opened, PendingSave, SaveError, Store};
pub use known::KnownIds;

use crate::study::Progress;

/// The state file's name inside the data folder.
pub const FILE_NAME: &str = "state.ron";

/// The environment variable that overrides the data folder.
pub const ENV_VAR: &str = "PMPO_DATA_DIR";

/// The format version this pmpo writes and reads.
pub const VERSION: u32 = 1;

/// A state file larger than this is not one pmpo wrote (a few kilobytes is typical): it is treated
/// as corrupt rather than read into memory.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Everything pmpo remembers between runs. Fields missing from the file take their defaults, so a
/// hand-written file needs only what it sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Bookmarked item ids, in the order they were added.
    pub bookmarks: Vec<String>,
    /// Flashcard progress by card id.
    pub cards: Progress,
    /// The Choose tab's statement ids that the user marked as applying to them.
    pub choose: BTreeSet<String>,
    /// The tab open at the last change (`overview`, `compare`, … `study`).
    pub last_tab: Option<String>,
    /// The salary calculator's last inputs.
    pub salary: Option<SavedSalary>,
}

/// The salary calculator's inputs as the user last left them. Kept as text so that the store does
/// not depend on the calculator's types; the app parses them and ignores a value it cannot parse.
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

    /// Fixes what a hand edit can break without making the file unreadable: duplicated bookmarks
    /// (the first is kept) and card progress out of range (see [`CardProgress::repaired`]).
    ///
    /// [`CardProgress::repaired`]: crate::study::CardProgress::repaired
    fn repair(&mut self) {
        let mut seen = BTreeSet::new();
        self.bookmarks.retain(|id| seen.insert(id.clone()));
        for progress in self.cards.values_mut() {
            *progress = progress.repaired();
        }
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

/// Reads the state file at `path` without changing anything on disk. `Ok(None)` when there is no
/// file. This is all `pmpo card` does; the app's [`Store::open`] also recovers from errors.
pub fn read(path: &Path) -> Result<Option<State>, ReadError> {
    let unreadable = |source| ReadError::Unreadable { path: path.to_path_buf(), source };
    let file = match File::open(path) {
        Ok(file) => file,
        // A missing folder (or a file where the folder should be) means no state file either.
        Err(error) if matches!(error.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => {
            return Ok(None);
        }
        Err(error) => return Err(unreadable(error)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ReadError::Corrupt { reason: format!("larger than {} MiB", MAX_BYTES >> 20) });
    }
    let text =
        String::from_utf8(bytes).map_err(|_| ReadError::Corrupt { reason: "not UTF-8 text".into() })?;
    parse(&text).map(Some)
}

/// Parses a state document. A file whose version is newer than [`VERSION`] is refused whatever
/// its shape; when the whole document does not parse, the version alone is read to tell a newer
/// file from a corrupt one. (One parse in the usual case: `pmpo card` runs at every shell start.)
pub fn parse(text: &str) -> Result<State, ReadError> {
    /// Only the version; every other field is skipped.
    #[derive(Deserialize)]
    struct Probe {
        version: u32,
    }
    #[derive(Deserialize)]
    struct Document {
        version: u32,
        #[serde(default)]
        state: State,
    }
    let checked = |version| match version {
        0 => Err(ReadError::Corrupt { reason: "format version 0 does not exist".into() }),
        found if found > VERSION => Err(ReadError::Newer { found }),
        _ => Ok(()),
    };
    match ron::from_str::<Document>(text) {
        Ok(Document { version, mut state }) => {
            checked(version)?;
            state.repair();
            Ok(state)
        }
        Err(error) => {
            let probe: Probe =
                ron::from_str(text).map_err(|_| ReadError::Corrupt { reason: error.to_string() })?;
            checked(probe.version)?;
            Err(ReadError::Corrupt { reason: error.to_string() })
        }
    }
}

/// The state as the document written to disk.
pub fn to_text(state: &State) -> Result<String, ron::Error> {
    #[derive(Serialize)]
    struct Document<'a> {
        version: u32,
        state: &'a State,
    }
    // Depth 3 keeps each card and the salary inputs on one line: a file of 80 cards stays readable.
    let config = ron::ser::PrettyConfig::new().indentor("  ".to_string()).depth_limit(3);
    let mut text = ron::ser::to_string_pretty(&Document { version: VERSION, state }, config)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests;
