//! The state file on disk: atomic writes, moving a corrupt file aside, tidying up after killed
//! saves, and telling whether the file changed since it was last read.
//!
//! A save writes a temporary file in the data folder, flushes it to disk, then renames it over
//! `state.ron` (and, on Unix, syncs the folder so the rename itself survives a power cut). A crash
//! at any moment leaves either the old file or the new one, never half of one. The two halves are
//! separate steps ([`Store::prepare`](super::Store::prepare), [`PendingSave::commit`]) so a test
//! can stop in between.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

use super::lock::Guard;
use super::place::FILE_NAME;

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Saving is off for this session.
    #[error("saving is off: {0}")]
    Disabled(String),
    /// Another pmpo held the lock for the whole wait; the changes are kept for the next try.
    #[error("another pmpo is holding {FILE_NAME}'s lock")]
    Busy,
    /// The file was replaced by a newer pmpo's while this one ran; saving is now off.
    #[error("{FILE_NAME} was replaced by a newer pmpo's (format version {found})")]
    Newer {
        /// The version found.
        found: u32,
    },
    /// Reading, writing or renaming failed.
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

/// A save half done: the merged state is in a temporary file next to `state.ron`, which is
/// untouched until [`commit`](PendingSave::commit). The lock is held until then. Dropping it
/// removes the temporary file and lets go of the lock.
#[derive(Debug)]
pub struct PendingSave {
    temp: NamedTempFile,
    target: PathBuf,
    stamp: Option<FileStamp>,
    _lock: Option<Guard>,
}

impl PendingSave {
    /// The temporary file holding the new state.
    pub fn temp_path(&self) -> &Path {
        self.temp.path()
    }

    /// Renames the temporary file over `state.ron`; returns what the file looks like now.
    pub fn commit(self) -> Result<Option<FileStamp>, SaveError> {
        let PendingSave { temp, target, stamp, _lock } = self;
        temp.persist(&target).map_err(|error| SaveError::Io { path: target.clone(), source: error.error })?;
        sync_folder(&target);
        Ok(stamp)
    }

    /// What a process killed between the two halves leaves behind: the temporary file stays on
    /// disk, and the lock is gone (the system drops it with the process). For tests.
    pub fn leave_behind(self) -> PathBuf {
        let PendingSave { temp, .. } = self;
        match temp.into_temp_path().keep() {
            Ok(path) => path,
            Err(error) => error.path.to_path_buf(),
        }
    }
}

/// What identifies one version of the state file cheaply: its size, its modification time and,
/// on Unix, its inode (every save renames a new file into place, so the inode changes even where
/// the clock is coarse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

impl FileStamp {
    /// The stamp of `meta`.
    fn of(meta: &fs::Metadata) -> FileStamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        FileStamp { len: meta.len(), modified: meta.modified().ok(), inode }
    }

    /// The stamp of the file at `path`; `None` when there is none.
    pub fn read(path: &Path) -> Option<FileStamp> {
        fs::metadata(path).ok().map(|meta| FileStamp::of(&meta))
    }
}

/// A message safe to draw in a terminal: a parse error may quote bytes of a corrupt file, and a
/// path may hold anything, so control characters (escape sequences) become `?`.
pub fn printable(message: String) -> String {
    if message.chars().any(char::is_control) {
        message.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
    } else {
        message
    }
}

/// Writes `text` to a new temporary file in `dir` and syncs it to disk; `lock` is held until the
/// save is committed or dropped.
pub fn write_temp(dir: &Path, text: &str, lock: Option<Guard>) -> Result<PendingSave, SaveError> {
    let target = dir.join(FILE_NAME);
    let io_error = |source| SaveError::Io { path: target.clone(), source };
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io_error)?;
    temp.write_all(text.as_bytes()).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    // A rename keeps the inode, the size and the modification time: this is the file's stamp.
    let stamp = temp.as_file().metadata().ok().map(|meta| FileStamp::of(&meta));
    Ok(PendingSave { temp, target, stamp, _lock: lock })
}

/// The names of a save's temporary files: `.state.ron.XXXXXX.tmp`, hidden, next to the state.
const TEMP_PREFIX: &str = ".state.ron.";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temporary state file must be before a start-up removes it. A save holds one for a
/// millisecond or so; anything this old was left by a process killed mid-save, and sparing younger
/// ones leaves alone the write another pmpo running at the same moment may be in the middle of.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// Removes the temporary files (`.state.ron.*.tmp`) that saves killed half-way left in `dir`,
/// if they are at least `age` old. Best effort: they are never read, only untidy.
pub fn remove_stale_temps(dir: &Path, age: Duration) {
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
pub fn check_writable(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    NamedTempFile::new_in(dir).map(drop)
}

/// Renames a corrupt state file to the first free name among `state.ron.corrupt`,
/// `state.ron.corrupt.1`, `state.ron.corrupt.2`, … (up to 999: past that something is looping,
/// and the file stays where it is).
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
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
