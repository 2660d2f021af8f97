//! Opening the state for the app's run: where it is, whether saving works, and recovering from
//! a file that cannot be used, each case with the one notice to show.

use std::path::PathBuf;
use std::time::Duration;

use super::file::{self, FileStamp, printable};
use super::format::{ReadError, read_ledger};
use super::handle::{Opened, Store, Target, Trouble};
use super::known::KnownIds;
use super::ledger::Ledger;
use super::lock;
use super::place::{FILE_NAME, data_dir};
use super::state::State;
use super::tracker::Tracker;

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
            let notice = format!("Progress will not be saved: {reason}");
            return Opened::new(
                Store::new(Target::Disabled(reason), Ledger::default(), None),
                known,
                Some(notice),
            );
        };
        let path = dir.join(FILE_NAME);
        let stamp = FileStamp::read(&path);
        let (loaded, target, notice) = match read_ledger(&path) {
            Ok(loaded) => (loaded.unwrap_or_default(), Target::Folder(dir), None),
            Err(error @ (ReadError::Newer { .. } | ReadError::Unreadable { .. })) => {
                let reason = format!("{FILE_NAME} left untouched: {error}");
                let notice = format!("This session will not be saved: {reason}");
                (Ledger::default(), Target::Disabled(reason), Some(notice))
            }
            Err(ReadError::Corrupt { reason }) => {
                // Under the lock, so a good file another pmpo writes meanwhile is never moved.
                let _lock = lock::acquire(&dir, Duration::from_secs(1));
                match read_ledger(&path) {
                    Ok(loaded) => (loaded.unwrap_or_default(), Target::Folder(dir), None),
                    Err(_) => match file::move_aside(&path) {
                        Ok(aside) => {
                            // The gist first: a status bar may cut the end of a long notice.
                            let notice = format!(
                                "Starting fresh: {FILE_NAME} was corrupt, moved aside to {} ({reason})",
                                aside.display()
                            );
                            (Ledger::default(), Target::Folder(dir), Some(notice))
                        }
                        Err(error) => {
                            let why = format!(
                                "{FILE_NAME} is corrupt ({reason}) and cannot be moved aside: {error}"
                            );
                            let notice = format!("This session will not be saved: {why}");
                            (Ledger::default(), Target::Disabled(why), Some(notice))
                        }
                    },
                }
            }
        };
        let (target, notice) = match target {
            Target::Folder(dir) => match file::check_writable(&dir) {
                Ok(()) => {
                    file::remove_stale_temps(&dir, file::STALE_TEMP_AGE);
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
        let mut store = Store::new(target, loaded, stamp);
        store.hold = lock::debug_hold();
        Opened::new(store, known, notice)
    }

    /// Whether this is pmpo's first run on the data folder: it saves there and found no state
    /// file when it opened.
    pub fn first_run(&self) -> bool {
        matches!(self.target, Target::Folder(_)) && self.file.is_none()
    }

    /// Opens the state in the default data folder ([`data_dir`]).
    pub fn open_default(known: &KnownIds) -> Opened {
        Store::open(data_dir(), known)
    }

    /// A store that keeps nothing on disk: saves merge in memory. For tests and snapshots.
    pub fn in_memory() -> Store {
        Store::new(Target::Memory, Ledger::default(), None)
    }

    /// A store that keeps nothing on disk and starts from `state`, as if a file had held it (every
    /// entry stamped as old as can be): for tests and snapshots of an app with saved state.
    pub fn in_memory_from(state: &State) -> Store {
        Store::new(Target::Memory, Ledger::from_state(state), None)
    }

    fn new(target: Target, base: Ledger, file: Option<FileStamp>) -> Store {
        Store {
            target,
            known: None,
            tracker: Tracker::new(base.view(None)),
            base,
            file,
            instance: instance_id(),
            seq: 0,
            due: None,
            checked: None,
            hold: None,
            trouble: Trouble::default(),
        }
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
}

impl Opened {
    fn new(mut store: Store, known: &KnownIds, notice: Option<String>) -> Opened {
        store.known = Some(known.clone());
        let state = store.base.view(store.known.as_ref());
        store.tracker.settle(state.clone());
        Opened { store, state, notice: notice.map(printable) }
    }
}

/// A name for this run of pmpo, unique among the runs that share a data folder: 64 random bits
/// (the standard library's per-process hash keys), the process id and the time mixed in.
fn instance_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_i64(super::ledger::now_stamp());
    format!("{:016x}", hasher.finish())
}
