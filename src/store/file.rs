//! The state file on disk: opening with recovery, and atomic saves.
//!
//! A save writes a temporary file in the data folder, flushes it to disk, then renames it over
//! `state.ron` (and, on Unix, syncs the folder so the rename itself survives a power cut). A crash
//! at any moment leaves either the old file or the new one, never half of one. The two halves are
//! separate steps ([`Store::prepare`], [`PendingSave::commit`]) so a test can stop in between.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

use super::{FILE_NAME, KnownIds, ReadError, State, data_dir, read, to_text};

/// Where saves go.
#[derive(Debug)]
enum Target {
    /// The data folder.
    Folder(PathBuf),
    /// Nowhere, on purpose (tests, snapshots): saves succeed and write nothing.
    Memory,
    /// Nowhere, because saving would lose or clobber something; the reason, for messages.
    Disabled(String),
}

/// Owns the state file for the app's whole run: knows where it is, whether saving works, and the
/// entries set aside because the current knowledge base does not know their ids.
#[derive(Debug)]
pub struct Store {
    target: Target,
    set_aside: State,
    last_written: Option<String>,
    failing: bool,
}

/// What [`Store::open`] found.
#[derive(Debug)]
pub struct Opened {
    /// The store, for saving.
    pub store: Store,
    /// The state the app starts with (ids the knowledge base lacks already set aside).
    pub state: State,
    /// Something to tell the user once, in the status bar: a corrupt file moved aside, a newer
    /// file left alone, a folder that cannot be written.
    pub notice: Option<String>,
}

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Saving is off for this session.
    #[error("saving is off: {0}")]
    Disabled(String),
    /// Writing or renaming failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The state could not be turned into text.
    #[error("cannot encode the state: {0}")]
    Encode(#[from] ron::Error),
}

/// A save half done: the new state is in a temporary file next to `state.ron`, which is untouched
/// until [`commit`](PendingSave::commit). Dropping it removes the temporary file.
#[derive(Debug)]
pub struct PendingSave {
    temp: NamedTempFile,
    target: PathBuf,
    text: String,
}

impl PendingSave {
    /// The temporary file holding the new state.
    pub fn temp_path(&self) -> &Path {
        self.temp.path()
    }

    /// Renames the temporary file over `state.ron`; returns the text written.
    pub fn commit(self) -> Result<String, SaveError> {
        let PendingSave { temp, target, text } = self;
        temp.persist(&target).map_err(|error| SaveError::Io { path: target.clone(), source: error.error })?;
        sync_folder(&target);
        Ok(text)
    }
}

impl Store {
    /// Opens the state in `dir` (see [`data_dir`]; `None` when the platform has no data folder).
    ///
    /// Never fails: the app always starts. A missing folder is created. A corrupt file is moved
    /// aside to `state.ron.corrupt` (or `.corrupt.1`, `.2`, … so an earlier one is never
    /// overwritten). A file from a newer pmpo, an unreadable file, or a folder that cannot be
    /// written turns saving off for the session, so nothing on disk is clobbered. Each case gives
    /// the one notice to show. Temporary files that a save killed half-way left are removed once
    /// they are old enough that no running pmpo can still be writing them.
    pub fn open(dir: Option<PathBuf>, known: &KnownIds) -> Opened {
        let Some(dir) = dir else {
            let reason = format!("no data folder on this system (set {})", super::ENV_VAR);
            return Opened::fresh(
                Target::Disabled(reason.clone()),
                format!("Progress will not be saved: {reason}"),
            );
        };
        let path = dir.join(FILE_NAME);
        let (loaded, target, notice) = match read(&path) {
            Ok(loaded) => (loaded.unwrap_or_default(), Target::Folder(dir), None),
            Err(error @ (ReadError::Newer { .. } | ReadError::Unreadable { .. })) => {
                let reason = format!("{FILE_NAME} left untouched: {error}");
                let notice = format!("This session will not be saved: {reason}");
                (State::default(), Target::Disabled(reason), Some(notice))
            }
            Err(ReadError::Corrupt { reason }) => match move_aside(&path) {
                Ok(aside) => {
                    // The gist first: a status bar may cut the end of a long notice.
                    let notice = format!(
                        "Starting fresh: {FILE_NAME} was corrupt, moved aside to {} ({reason})",
                        aside.display()
                    );
                    (State::default(), Target::Folder(dir), Some(notice))
                }
                Err(error) => {
                    let why = format!("{FILE_NAME} is corrupt ({reason}) and cannot be moved aside: {error}");
                    let notice = format!("This session will not be saved: {why}");
                    (State::default(), Target::Disabled(why), Some(notice))
                }
            },
        };
        let (target, notice) = match target {
            Target::Folder(dir) => match check_writable(&dir) {
                Ok(()) => {
                    remove_stale_temps(&dir, STALE_TEMP_AGE);
                    (Target::Folder(dir), notice)
                }
                Err(error) => {
                    let reason = format!("{} is not writable ({error})", dir.display());
                    let saving = format!("Progress will not be saved: {reason}");
                    let notice =
                        Some(notice.map_or(saving.clone(), |earlier| format!("{earlier}; {saving}")));
                    (Target::Disabled(reason), notice)
                }
            },
            other => (other, notice),
        };
        let (state, set_aside) = loaded.split(known);
        let store = Store { target, set_aside, last_written: None, failing: false };
        Opened { store, state, notice: notice.map(printable) }
    }

    /// Opens the state in the default data folder ([`data_dir`]).
    pub fn open_default(known: &KnownIds) -> Opened {
        Store::open(data_dir(), known)
    }

    /// A store that keeps nothing: saves succeed and write nothing. For tests and snapshots.
    pub fn in_memory() -> Store {
        Store { target: Target::Memory, set_aside: State::default(), last_written: None, failing: false }
    }

    /// The state file, when saves go to one.
    pub fn path(&self) -> Option<PathBuf> {
        match &self.target {
            Target::Folder(dir) => Some(dir.join(FILE_NAME)),
            Target::Memory | Target::Disabled(_) => None,
        }
    }

    /// Why saving is off for this session, if it is.
    pub fn saving_disabled(&self) -> Option<&str> {
        match &self.target {
            Target::Disabled(reason) => Some(reason),
            Target::Folder(_) | Target::Memory => None,
        }
    }

    /// The first half of a save: writes `state` (with the entries set aside) to a temporary file
    /// in the data folder and syncs it. `Ok(None)` for an in-memory store.
    pub fn prepare(&self, state: &State) -> Result<Option<PendingSave>, SaveError> {
        let dir = match &self.target {
            Target::Folder(dir) => dir,
            Target::Memory => return Ok(None),
            Target::Disabled(reason) => return Err(SaveError::Disabled(reason.clone())),
        };
        let text = to_text(&state.merged(&self.set_aside))?;
        write_temp(dir, text).map(Some)
    }

    /// Saves `state` atomically. Skips the write when the file already holds exactly this state
    /// (the app may call this after every key that might change something).
    pub fn save(&mut self, state: &State) -> Result<(), SaveError> {
        let dir = match &self.target {
            Target::Folder(dir) => dir,
            Target::Memory => return Ok(()),
            Target::Disabled(reason) => return Err(SaveError::Disabled(reason.clone())),
        };
        let text = to_text(&state.merged(&self.set_aside))?;
        if self.last_written.as_ref() != Some(&text) {
            self.last_written = Some(write_temp(dir, text)?.commit()?);
        }
        Ok(())
    }

    /// Saves `state` and returns a message for the user the first time saving fails, so the app can
    /// call it after every change and show what it returns. After a failure, the next success
    /// re-arms the message. Returns nothing when saving was off from the start ([`Store::open`]
    /// gave that notice).
    pub fn autosave(&mut self, state: &State) -> Option<String> {
        match self.save(state) {
            Ok(()) => {
                self.failing = false;
                None
            }
            Err(SaveError::Disabled(_)) => None,
            Err(_) if self.failing => None,
            Err(error) => {
                self.failing = true;
                Some(printable(format!("progress not saved: {error}")))
            }
        }
    }
}

impl Opened {
    fn fresh(target: Target, notice: String) -> Opened {
        let store = Store { target, set_aside: State::default(), last_written: None, failing: false };
        Opened { store, state: State::default(), notice: Some(notice) }
    }
}

/// A message safe to draw in a terminal: a parse error may quote bytes of a corrupt file, and a
/// path may hold anything, so control characters (escape sequences) become `?`.
fn printable(message: String) -> String {
    if message.chars().any(char::is_control) {
        message.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
    } else {
        message
    }
}

/// Writes `text` to a new temporary file in `dir` and syncs it to disk.
fn write_temp(dir: &Path, text: String) -> Result<PendingSave, SaveError> {
    let target = dir.join(FILE_NAME);
    let io_error = |source| SaveError::Io { path: target.clone(), source };
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io_error)?;
    temp.write_all(text.as_bytes()).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    Ok(PendingSave { temp, target, text })
}

/// The names of a save's temporary files: `.state.ron.XXXXXX.tmp`, hidden, next to the state.
const TEMP_PREFIX: &str = ".state.ron.";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temporary state file must be before a start-up removes it. A save holds one for a
/// millisecond or so; anything this old was left by a process killed mid-save, and sparing younger
/// ones leaves alone the write another pmpo running at the same moment may be in the middle of.
const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// Removes the temporary files (`.state.ron.*.tmp`) that saves killed half-way left in `dir`,
/// if they are at least `age` old. Best effort: they are never read, only untidy.
fn remove_stale_temps(dir: &Path, age: Duration) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let old_enough = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .is_ok_and(|modified| now.duration_since(modified).is_ok_and(|elapsed| elapsed >= age));
        if old_enough && entry.file_type().is_ok_and(|kind| kind.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Creates the folder if needed and proves a file can be created in it.
fn check_writable(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    NamedTempFile::new_in(dir).map(drop)
}

/// Renames a corrupt state file to the first free name among `state.ron.corrupt`,
/// `state.ron.corrupt.1`, `state.ron.corrupt.2`, … (up to 999: past that something is looping,
/// and the file stays where it is).
fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let free = std::iter::once(path.with_file_name(format!("{FILE_NAME}.corrupt")))
        .chain((1..1000).map(|n| path.with_file_name(format!("{FILE_NAME}.corrupt.{n}"))))
        .find(|candidate| fs::symlink_metadata(candidate).is_err())
        .ok_or_else(|| io::Error::other("a thousand corrupt copies are there already"))?;
    fs::rename(path, &free)?;
    Ok(free)
}

/// Makes a rename durable: on Unix the folder entry is only on disk once the folder is synced.
/// Best effort: the data is already safe in the renamed file.
fn sync_folder(file: &Path) {
    #[cfg(unix)]
    if let Some(dir) = file.parent() {
        let _ = fs::File::open(dir).and_then(|dir| dir.sync_all());
    }
    #[cfg(not(unix))]
    let _ = file;
}
