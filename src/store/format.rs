//! The state file's text: a versioned RON document, `(version: 2, state: (...))`, read and
//! written whole. Version 1 (pmpo 0.1) is still read and becomes version 2 on the next save
//! without losing anything; a newer version is refused without being touched.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ledger::Ledger;
use super::state::{SavedSalary, State};
use crate::study::Progress;

/// The format version this pmpo writes, and the newest it reads.
pub const VERSION: u32 = 2;

/// A state file larger than this is not one pmpo wrote (a few kilobytes is typical): it is treated
/// as corrupt rather than read into memory.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

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

/// Reads the state file at `path` without changing anything on disk or taking the lock: a save
/// replaces the file in one rename, so a read always sees a whole one. `Ok(None)` when there is
/// no file. This is all `pmpo card` does; the app's store also recovers from errors.
pub fn read(path: &Path) -> Result<Option<State>, ReadError> {
    Ok(read_ledger(path)?.map(|ledger| ledger.view(None)))
}

/// Reads the state file at `path` with its stamps (see [`read`]).
pub fn read_ledger(path: &Path) -> Result<Option<Ledger>, ReadError> {
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
    parse_ledger(&text).map(Some)
}

/// Parses a state document into the state the app shows (every entry, known or not).
pub fn parse(text: &str) -> Result<State, ReadError> {
    parse_ledger(text).map(|ledger| ledger.view(None))
}

/// Parses a state document of any version up to [`VERSION`] into a ledger. A file whose version
/// is newer is refused whatever its shape; when the whole document does not parse, the version
/// alone is read to tell a newer file from a corrupt one. (One parse in the usual case: `pmpo
/// card` runs at every shell start.)
pub fn parse_ledger(text: &str) -> Result<Ledger, ReadError> {
    /// Only the version; every other field is skipped.
    #[derive(Deserialize)]
    struct Probe {
        version: u32,
    }
    #[derive(Deserialize)]
    struct Document {
        version: u32,
        #[serde(default)]
        state: Ledger,
    }
    let checked = |version| match version {
        0 => Err(ReadError::Corrupt { reason: "format version 0 does not exist".into() }),
        found if found > VERSION => Err(ReadError::Newer { found }),
        _ => Ok(()),
    };
    let version = match ron::from_str::<Document>(text) {
        Ok(Document { version, mut state }) => {
            checked(version)?;
            if version == VERSION {
                state.repair();
                return Ok(state);
            }
            version
        }
        Err(error) => {
            let probe: Probe =
                ron::from_str(text).map_err(|_| ReadError::Corrupt { reason: error.to_string() })?;
            checked(probe.version)?;
            if probe.version == VERSION {
                return Err(ReadError::Corrupt { reason: error.to_string() });
            }
            probe.version
        }
    };
    debug_assert_eq!(version, 1, "the only older version");
    parse_v1(text)
}

/// A version-1 file (pmpo 0.1): plain lists without stamps. Every entry carries over.
fn parse_v1(text: &str) -> Result<Ledger, ReadError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct V1 {
        bookmarks: Vec<String>,
        cards: Progress,
        choose: BTreeSet<String>,
        last_tab: Option<String>,
        salary: Option<SavedSalary>,
    }
    #[derive(Deserialize)]
    struct Document {
        #[allow(dead_code, reason = "checked by the caller")]
        version: u32,
        #[serde(default)]
        state: V1,
    }
    let Document { state, .. } = ron::from_str(text)
        .map_err(|error: ron::error::SpannedError| ReadError::Corrupt { reason: error.to_string() })?;
    // Version 1 kept bookmarks in a list a hand edit could repeat; the first of each is kept.
    let mut seen = BTreeSet::new();
    let bookmarks = state.bookmarks.into_iter().filter(|id| seen.insert(id.clone())).collect();
    let plain = State {
        bookmarks,
        cards: state.cards,
        choose: state.choose,
        notes: std::collections::BTreeMap::new(),
        last_tab: state.last_tab,
        salary: state.salary,
    };
    let mut ledger = Ledger::from_state(&plain);
    ledger.repair();
    Ok(ledger)
}

/// The state as a document, with every entry stamped as old as can be (see
/// [`Ledger::from_state`]): for tests and tools that write a state file by hand.
pub fn to_text(state: &State) -> Result<String, ron::Error> {
    ledger_to_text(&Ledger::from_state(state))
}

/// The ledger as the document written to disk.
pub fn ledger_to_text(ledger: &Ledger) -> Result<String, ron::Error> {
    #[derive(Serialize)]
    struct Document<'a> {
        version: u32,
        state: &'a Ledger,
    }
    // Depth 3 keeps each entry on one line: a file of 80 cards stays readable.
    let config = ron::ser::PrettyConfig::new().indentor("  ".to_string()).depth_limit(3);
    let mut text = ron::ser::to_string_pretty(&Document { version: VERSION, state: ledger }, config)?;
    text.push('\n');
    Ok(text)
}
