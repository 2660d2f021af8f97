//! The lock that makes a save (read the file, merge, write) one step among running pmpo: an
//! exclusive advisory lock (`flock` on Unix, `LockFileEx` on Windows, through the standard
//! library) on `state.ron.lock` beside the state. The file stays; only the lock comes and goes.
//! The system drops a lock when its process dies, so a pmpo killed mid-save never blocks the
//! others.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

/// The lock file's name inside the data folder.
pub const LOCK_NAME: &str = "state.ron.lock";

/// A debugging aid: the milliseconds a save holds the lock before it writes. Read once at start;
/// the tests use it to kill a pmpo while it holds the lock.
pub const HOLD_VAR: &str = "PMPO_DEBUG_HOLD_LOCK_MS";

/// A lock held until dropped.
#[derive(Debug)]
pub struct Guard {
    /// `None` where the file system has no locks: the save goes ahead without one.
    file: Option<File>,
}

impl Guard {
    /// Whether the lock is really held (false on a file system without locks).
    pub fn is_held(&self) -> bool {
        self.file.is_some()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            let _ = file.unlock();
        }
    }
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another pmpo held it for the whole wait.
    Busy,
    /// The lock file cannot be opened.
    Io(io::Error),
}

/// Takes the lock in `dir`, waiting up to `wait` for another pmpo to let go (a save holds it for
/// about a millisecond). A file system that cannot lock gives a [`Guard`] that holds nothing.
pub fn acquire(dir: &Path, wait: Duration) -> Result<Guard, LockError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_NAME))
        .map_err(LockError::Io)?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Guard { file: Some(file) }),
            Err(std::fs::TryLockError::WouldBlock) => {}
            // No locks here (some network file systems): saving without one beats not saving.
            Err(std::fs::TryLockError::Error(_)) => return Ok(Guard { file: None }),
        }
        let waited = start.elapsed();
        if waited >= wait {
            return Err(LockError::Busy);
        }
        std::thread::sleep(pause.min(wait.saturating_sub(waited)));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// The hold asked for by [`HOLD_VAR`], if any.
pub fn debug_hold() -> Option<Duration> {
    std::env::var(HOLD_VAR).ok()?.parse().ok().map(Duration::from_millis)
}
