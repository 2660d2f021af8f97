//! The store's types: the [`Store`] the app holds for its run, where it saves, what opening it
//! found, what a save brought back, and what went wrong. Their behaviour is split by meaning:
//! opening (`open.rs`), saving and picking up (`sync.rs`), and failures (`trouble.rs`).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::file::FileStamp;
use super::known::KnownIds;
use super::ledger::Ledger;
use super::state::State;
use super::tracker::Tracker;

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

/// What a save or a refresh brought: the state to show now, if it changed, and something to tell
/// the user, if anything.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Synced {
    /// The merged state: what the app holds with what other pmpo saved. The last tab and the
    /// salary form are the app's own, as it gave them. The app must show it from now on: the
    /// store takes anything the app holds that differs from it for a change of the user's.
    pub state: Option<State>,
    /// A notice for the status bar.
    pub notice: Option<String>,
}

/// What went wrong and has been told, so each problem is told once.
#[derive(Debug, Default)]
pub(super) struct Trouble {
    /// Why the last save failed, told once until a save succeeds.
    pub(super) failing: Option<Failing>,
    /// Whether saves go ahead without a lock.
    pub(super) locks: Locks,
    /// The wait before the next try after a failed write.
    pub(super) backoff: Option<Duration>,
    /// The file was found corrupt and is to be moved aside at the next save.
    pub(super) corrupt: bool,
    /// What to tell about a corrupt file moved aside while running.
    pub(super) corrupt_notice: Option<String>,
}

/// Why saves fail at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failing {
    /// Another pmpo holds the lock.
    Busy,
    /// Reading or writing the file fails.
    Write,
}

/// Whether the file system locks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Locks {
    /// It does (or no save has tried yet).
    #[default]
    Work,
    /// The last save went ahead without a lock, not yet told.
    Missing,
    /// The user was told saves go ahead without one.
    Told,
}
