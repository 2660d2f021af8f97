//! When saving goes wrong: each problem told once, and the next try planned (sooner for a busy
//! lock, later and later for a disk that keeps failing), the changes kept meanwhile.

use std::time::{Duration, Instant};

use super::file::{SaveError, printable};
use super::handle::{Failing, Locks, Store, Synced, Target};
use super::place::FILE_NAME;
use super::state::State;

/// The wait before trying again while another pmpo holds the lock: a retry costs a glance at
/// the lock, and the change should land soon after the lock is free.
const BUSY_RETRY: Duration = Duration::from_secs(2);

/// The first wait before trying again after a failed write; it doubles up to [`MAX_BACKOFF`],
/// so a disk that stays full is not hammered.
const FIRST_BACKOFF: Duration = Duration::from_secs(2);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// What a save held back by another pmpo's lock says. The gist first: a narrow status bar cuts
/// the end.
const BUSY: &str = "Not saved yet: another pmpo is holding the state's lock; your changes are kept and saved when it lets go";

impl Store {
    /// Saving stops for good: the file is a newer pmpo's.
    pub(super) fn newer(&mut self, found: u32) -> SaveError {
        let error = SaveError::Newer { found };
        self.target = Target::Disabled(format!("{FILE_NAME} left untouched: {error}"));
        self.due = None;
        error
    }

    /// Turns a save's result into what the app shows and tells, each problem told once.
    pub(super) fn report(&mut self, result: Result<Option<State>, SaveError>) -> Synced {
        let mut notice = self.trouble.corrupt_notice.take();
        if self.trouble.locks == Locks::Missing {
            self.trouble.locks = Locks::Told;
            notice.get_or_insert_with(|| {
                format!(
                    "Saving without a lock: this file system cannot lock {FILE_NAME}, so two pmpo at once may lose a change"
                )
            });
        }
        let state = match result {
            Ok(state) => {
                self.trouble.failing = None;
                self.trouble.backoff = None;
                state
            }
            Err(SaveError::Disabled(_)) => None,
            Err(error @ SaveError::Newer { .. }) => {
                notice = Some(format!("This session no longer saves: {error}; it is left untouched"));
                None
            }
            Err(error) => {
                let failing = if matches!(error, SaveError::Busy) { Failing::Busy } else { Failing::Write };
                let wait = if failing == Failing::Busy {
                    BUSY_RETRY
                } else {
                    let backoff = self.trouble.backoff.map_or(FIRST_BACKOFF, |b| (b * 2).min(MAX_BACKOFF));
                    *self.trouble.backoff.insert(backoff)
                };
                self.due = Some(Instant::now() + wait);
                if self.trouble.failing.replace(failing) != Some(failing) {
                    notice = Some(match failing {
                        Failing::Busy => BUSY.to_string(),
                        Failing::Write => format!("Progress not saved yet (kept, trying again): {error}"),
                    });
                }
                None
            }
        };
        Synced { state, notice: notice.map(printable) }
    }
}
