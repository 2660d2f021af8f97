//! Opening the state for the app's run: where it is, whether saving works, and recovering from
//! a file that cannot be used, each case with the one notice to show.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::file::{self, FileStamp, printable};
use super::ledger::Ledger;
use super::lock;
use super::tracker::Tracker;
use super::trouble::Trouble;
use super::{FILE_NAME, KnownIds, ReadError, State, data_dir, read_ledger};

/// Where saves go.
#[derive(Debug)]
pub(super) enum Target {
    /// The data folder.
    Folder(PathBuf),
    /// Nowhere, on purpose (tests, snapshots): saves merge in memory and write nothing.
    Memory,
    /// Nowhere, because saving would lose or clobber something; the reason, for messages.
    Disabled(String),
}

/// Owns the state for the app's whole run: where the file is, the file as last read or written
/// (with every entry, known to this knowledge base or not), and what the app changed since.
/// Saving merges those changes into the file as it is at that moment (see
/// [`Store::save_pending`]).
#[derive(Debug)]
pub struct Store {
    pub(super) target: Target,
    /// The ids the app may see; `None` shows everything.
    pub(super) known: Option<KnownIds>,
    /// The file as last read or written.
    pub(super) base: Ledger,
    /// What the file looked like then.
    pub(super) file: Option<FileStamp>,
    pub(super) tracker: Tracker,
    /// This run's name in the file's record of merged saves.
    pub(super) instance: String,
    /// How many of this run's saves were merged.
    pub(super) seq: u64,
    /// When the changes must be saved; `None` when nothing waits.
    pub(super) due: Option<Instant>,
    /// When the file was last checked for changes made elsewhere.
    pub(super) checked: Option<Instant>,
    /// How long to hold the lock before writing ([`lock::HOLD_VAR`]).
    pub(super) hold: Option<Duration>,
    pub(super) trouble: Trouble,
}

/// What [`Store::open`] found.
#[derive(Debug)]
pub struct Opened {
    /// The store, for saving.
    pub store: Store,
    /// The state the app starts with (ids the knowledge base lacks left out, but kept on disk).
    pub state: State,
    /// Something to tell the user once, in the status bar: a corrupt file moved aside, a newer
    /// file left alone, a folder that cannot be written.
    pub notice: Option<String>,
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
