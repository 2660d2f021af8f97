//! Keeping the app and the file in step: recording what the app changed, saving it merged with
//! what other pmpo saved meanwhile, and picking up what they saved.
//!
//! The app calls, in this order of frequency: [`Store::observe`] after every event (cheap: a
//! comparison), [`Store::save_pending`] when [`Store::due`] has come, [`Store::refresh`] when a
//! key arrives or the terminal regains focus, and [`Store::close`] on the way out. The ones that
//! touch the file return a [`Synced`]: the merged state to show, and a notice to tell the user.

use std::time::{Duration, Instant};

use super::file::{self, FileStamp, PendingSave, SaveError};
use super::format::{ReadError, ledger_to_text, read_ledger};
use super::handle::{Failing, Locks, Store, Synced, Target};
use super::ledger::{Ledger, Stamp, now_stamp};
use super::lock;
use super::merge::{Batch, apply};
use super::place::FILE_NAME;
use super::state::State;
use super::tracker::Urgency;

/// How long a cheap change (tab, salary form) may wait before it is saved.
pub const SOON: Duration = Duration::from_secs(1);

/// How long a save waits for the lock before keeping its changes for a later try.
pub const LOCK_WAIT: Duration = Duration::from_secs(1);

/// The lock wait of a retry after the lock was busy: short, so a lock held for long (a hung
/// process) does not freeze the app every few seconds.
const RETRY_LOCK_WAIT: Duration = Duration::from_millis(100);

/// How often, at most, a key makes the store look at the file for changes made elsewhere.
pub const CHECK_EVERY: Duration = Duration::from_millis(250);

impl Store {
    /// Takes `mine`, the app's state as it starts, as the point changes count from (nothing in
    /// it is a change, so starting pmpo writes nothing).
    pub fn settle(&mut self, mine: &State) {
        self.tracker.settle(mine.clone());
    }

    /// Takes a part of the app's state that just came into being (a tab made on first showing)
    /// as it is: what `part` writes into the state last seen is not a change.
    pub fn settle_part(&mut self, part: impl FnOnce(&mut State)) {
        self.tracker.settle_part(part);
    }

    /// Records what changed since the app's state was last seen; says how urgent saving it is,
    /// and sets [`Store::due`] accordingly: at once for what the user cannot redo, within
    /// [`SOON`] for the rest.
    pub fn observe(&mut self, mine: &State) -> Urgency {
        self.observe_at(mine, now_stamp())
    }

    /// [`Store::observe`] with the changes stamped `now` (or later, see [`Tracker::observe`]):
    /// for tests that need a clock of their own.
    ///
    /// [`Tracker::observe`]: super::tracker::Tracker::observe
    pub fn observe_at(&mut self, mine: &State, now: Stamp) -> Urgency {
        let urgency = self.tracker.observe(mine, &self.base, now);
        let delay = match urgency {
            Urgency::None => return urgency,
            Urgency::Soon => SOON,
            Urgency::Now => Duration::ZERO,
        };
        if !matches!(self.target, Target::Disabled(_)) {
            let due = Instant::now() + delay;
            self.due = Some(self.due.map_or(due, |earlier| earlier.min(due)));
        }
        urgency
    }

    /// When the changes recorded must be saved; `None` when nothing waits. The app sleeps until
    /// then and no longer: idle with nothing to save, it needs no timer at all.
    pub fn due(&self) -> Option<Instant> {
        self.due
    }

    /// Whether the changes recorded are due for saving now.
    pub fn is_due(&self) -> bool {
        self.due.is_some_and(|due| due <= Instant::now())
    }

    /// Whether changes wait to be saved.
    pub fn has_pending(&self) -> bool {
        !self.tracker.pending().is_empty()
    }

    /// Saves the changes recorded: takes the lock, reads the file, merges the changes into it,
    /// writes it atomically and lets go. The merged state is returned for the app to show. A busy
    /// lock or a failed write keeps the changes and tries again later, telling the user once.
    pub fn save_pending(&mut self) -> Synced {
        self.due = None;
        let wait = if self.trouble.failing == Some(Failing::Busy) { RETRY_LOCK_WAIT } else { LOCK_WAIT };
        let result = self.write_merged(wait, false);
        self.report(result)
    }

    /// Saves what is left and removes this run from the file's record of merged saves: for
    /// quitting. Waits a little longer for the lock than other saves: there is no later try.
    pub fn close(&mut self) -> Result<(), SaveError> {
        self.due = None;
        self.write_merged(LOCK_WAIT * 2, true).map(drop)
    }

    /// Picks up what another pmpo saved: when the file changed since it was last read or written
    /// (its size, time or inode), reads it and returns it merged with the changes not saved yet.
    /// Looks at the file at most every [`CHECK_EVERY`] unless `now` (focus regained).
    pub fn refresh(&mut self, now: bool) -> Synced {
        let Target::Folder(dir) = &self.target else { return Synced::default() };
        let clock = Instant::now();
        if !now && self.checked.is_some_and(|checked| clock.duration_since(checked) < CHECK_EVERY) {
            return Synced::default();
        }
        self.checked = Some(clock);
        let path = dir.join(FILE_NAME);
        let stamp = FileStamp::read(&path);
        if stamp == self.file {
            return Synced::default();
        }
        match read_ledger(&path) {
            Ok(ledger) => {
                self.base = ledger.unwrap_or_default();
                self.file = stamp;
                let mut merged = self.base.clone();
                apply(&mut merged, &self.batch());
                let state = self.shown(&merged);
                self.tracker.settle(state.clone());
                Synced { state: Some(state), notice: None }
            }
            Err(ReadError::Newer { found }) => {
                let error = self.newer(found);
                self.report(Err(error))
            }
            Err(ReadError::Corrupt { .. }) => {
                // Moved aside under the lock by a save of what this pmpo holds.
                self.trouble.corrupt = true;
                self.due = None;
                let result = self.write_merged(LOCK_WAIT, false);
                self.report(result)
            }
            Err(ReadError::Unreadable { path, source }) => {
                self.file = stamp;
                self.report(Err(SaveError::Io { path, source }))
            }
        }
    }

    /// Records `mine` and saves at once, with errors as values: for tests, benchmarks and tools.
    pub fn save(&mut self, mine: &State) -> Result<State, SaveError> {
        self.observe(mine);
        self.due = None;
        let state = self.write_merged(LOCK_WAIT, false)?;
        Ok(state.unwrap_or_else(|| self.tracker.observed().clone()))
    }

    /// Records `mine` and saves at once; returns a message the first time saving fails, and
    /// nothing when saving was off from the start ([`Store::open`] gave that notice).
    pub fn autosave(&mut self, mine: &State) -> Option<String> {
        self.observe(mine);
        self.save_pending().notice
    }

    /// The first half of a save of `mine`: takes the lock, merges, and writes the result to a
    /// temporary file in the data folder, synced. `Ok(None)` for an in-memory store.
    pub fn prepare(&mut self, mine: &State) -> Result<Option<PendingSave>, SaveError> {
        self.observe(mine);
        Ok(self.merge_to_temp(LOCK_WAIT, false)?.map(|(pending, _)| pending))
    }

    /// The state to show for `ledger`: its known entries, with the app's own last tab and salary
    /// form (another pmpo's tab or form never replaces what this one shows).
    fn shown(&self, ledger: &Ledger) -> State {
        let mine = self.tracker.observed();
        State {
            last_tab: mine.last_tab.clone(),
            salary: mine.salary.clone(),
            ..ledger.view(self.known.as_ref())
        }
    }

    /// This run's changes as its next batch.
    fn batch(&self) -> Batch {
        Batch {
            instance: self.instance.clone(),
            seq: self.seq + 1,
            at: now_stamp(),
            changes: self.tracker.pending().clone(),
        }
    }

    /// Whether a save has anything to do: changes, a corrupt file to replace, or (when closing) a
    /// record of this run to remove.
    fn needs_write(&self, closing: bool) -> bool {
        self.has_pending()
            || self.trouble.corrupt
            || (closing && self.base.applied.contains_key(&self.instance))
    }

    /// Merges and writes; the merged state when anything was written.
    fn write_merged(&mut self, wait: Duration, closing: bool) -> Result<Option<State>, SaveError> {
        if let Target::Memory = self.target {
            if self.has_pending() {
                let batch = self.batch();
                apply(&mut self.base, &batch);
                return Ok(Some(self.saved()));
            }
            return Ok(None);
        }
        let Some((pending, merged)) = self.merge_to_temp(wait, closing)? else { return Ok(None) };
        self.file = pending.commit()?;
        self.base = merged;
        Ok(Some(self.saved()))
    }

    /// Book-keeping after a save: the changes are on disk, the merged state is what the app shows.
    fn saved(&mut self) -> State {
        self.seq += 1;
        self.tracker.clear();
        self.trouble.corrupt = false;
        let state = self.shown(&self.base);
        self.tracker.settle(state.clone());
        state
    }

    /// Under the lock: reads the file, merges this run's changes into it and writes the result to
    /// a temporary file. `Ok(None)` when there is nothing to write.
    fn merge_to_temp(
        &mut self,
        wait: Duration,
        closing: bool,
    ) -> Result<Option<(PendingSave, Ledger)>, SaveError> {
        let dir = match &self.target {
            Target::Folder(dir) => dir.clone(),
            Target::Memory => return Ok(None),
            Target::Disabled(reason) => return Err(SaveError::Disabled(reason.clone())),
        };
        if !self.needs_write(closing) {
            return Ok(None);
        }
        let path = dir.join(FILE_NAME);
        let guard = lock::acquire(&dir, wait).map_err(|error| match error {
            lock::LockError::Busy => SaveError::Busy,
            lock::LockError::Io(source) => SaveError::Io { path: path.clone(), source },
        })?;
        if !guard.is_held() && self.trouble.locks == Locks::Work {
            self.trouble.locks = Locks::Missing;
        }
        if let Some(hold) = self.hold {
            std::thread::sleep(hold);
        }
        let mut merged = match read_ledger(&path) {
            Ok(ledger) => ledger.unwrap_or_default(),
            Err(ReadError::Newer { found }) => return Err(self.newer(found)),
            Err(ReadError::Unreadable { path, source }) => return Err(SaveError::Io { path, source }),
            Err(ReadError::Corrupt { reason }) => {
                let aside =
                    file::move_aside(&path).map_err(|source| SaveError::Io { path: path.clone(), source })?;
                self.trouble.corrupt = true;
                self.trouble.corrupt_notice = Some(format!(
                    "{FILE_NAME} had become corrupt: moved aside to {}, and saved what this pmpo shows ({reason})",
                    aside.display()
                ));
                // What is left of the file is what this pmpo last read of it.
                self.base.clone()
            }
        };
        let now = now_stamp();
        apply(&mut merged, &self.batch());
        if closing {
            merged.applied.remove(&self.instance);
        }
        merged.prune(now);
        let text = ledger_to_text(&merged)?;
        Ok(Some((file::write_temp(&dir, &text, Some(guard))?, merged)))
    }
}
