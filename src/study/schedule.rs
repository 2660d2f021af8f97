//! Leitner scheduling: what one answer does to one card's progress, and the map of every card's
//! progress that a session and its shuffle both read.
//!
//! The rules are tabled in the [module docs of `study`](super); this file is their only
//! implementation. Time is a Unix timestamp in seconds passed in by the caller, so every rule can be
//! tested with a fixed clock.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Seconds since the Unix epoch (UTC). Passed in, never read inside the scheduler.
pub type Timestamp = i64;

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// The highest Leitner box; a card there has been remembered well several times running.
pub const TOP_BOX: u8 = 5;

/// Days until a card in box `n` is due again, for `n` in `1..=TOP_BOX`: roughly doubling, so a card
/// that keeps being remembered comes back about monthly.
pub const INTERVAL_DAYS: [i64; TOP_BOX as usize] = [1, 3, 7, 14, 30];

/// The current time from the system clock. Only the app and the command line call this; the
/// scheduler itself takes the time as an argument.
pub fn now() -> Timestamp {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs() as i64)
}

/// How well the user remembered a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// 1: forgotten (also a wrong "PM or PO?" answer).
    Again,
    /// 2: remembered with difficulty.
    Hard,
    /// 3: remembered (also a right "PM or PO?" answer).
    Good,
    /// 4: remembered without effort.
    Easy,
}

impl Grade {
    /// Every grade, in key order 1–4.
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// The grade of key `1`–`4`.
    pub fn from_key(key: char) -> Option<Grade> {
        match key {
            '1' => Some(Grade::Again),
            '2' => Some(Grade::Hard),
            '3' => Some(Grade::Good),
            '4' => Some(Grade::Easy),
            _ => None,
        }
    }

    /// The grade a "PM or PO?" answer counts as: right is good, wrong is again.
    pub fn for_choice(right: bool) -> Grade {
        if right { Grade::Good } else { Grade::Again }
    }

    /// The key that gives this grade (`'1'`–`'4'`).
    pub fn key(self) -> char {
        match self {
            Grade::Again => '1',
            Grade::Hard => '2',
            Grade::Good => '3',
            Grade::Easy => '4',
        }
    }

    /// The word shown on the key hint ("again", "hard", "good", "easy").
    pub fn label(self) -> &'static str {
        match self {
            Grade::Again => "again",
            Grade::Hard => "hard",
            Grade::Good => "good",
            Grade::Easy => "easy",
        }
    }

    /// Whether the answer counts as right in a session's tally (everything but "again").
    pub fn is_right(self) -> bool {
        self != Grade::Again
    }
}

/// What the user has done with one card. A card without progress is new, and due at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardProgress {
    /// The Leitner box, `1..=TOP_BOX`.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// When the card is due again.
    pub due: Timestamp,
    /// How many answers the card has had.
    pub reviews: u32,
    /// How many of them were "again".
    pub lapses: u32,
}

impl CardProgress {
    /// Whether the card is due at `now`.
    pub fn is_due(&self, now: Timestamp) -> bool {
        self.due <= now
    }

    /// Whether the fields hold together: a box that exists and no more lapses than reviews.
    /// (The due date can be anything: a clock that jumps is not the card's fault.)
    pub fn is_valid(&self) -> bool {
        (1..=TOP_BOX).contains(&self.leitner_box) && self.lapses <= self.reviews
    }

    /// The same progress with its fields forced into range, for a hand-edited state file: the box
    /// clamped to `1..=TOP_BOX`, lapses to reviews.
    #[must_use]
    pub fn repaired(self) -> CardProgress {
        CardProgress {
            leitner_box: self.leitner_box.clamp(1, TOP_BOX),
            lapses: self.lapses.min(self.reviews),
            ..self
        }
    }
}

/// Every card's progress, by card id. Cards without an entry are new.
pub type Progress = BTreeMap<String, CardProgress>;

/// How long a card in `leitner_box` waits before it is due again (box clamped to `1..=TOP_BOX`).
pub fn interval(leitner_box: u8) -> i64 {
    INTERVAL_DAYS[usize::from(leitner_box.clamp(1, TOP_BOX) - 1)] * DAY
}

/// The progress after answering a card with `grade` at `now`; `before` is `None` for a new card.
///
/// A card answered before it is due (cram mode) is only moved by "again": a right answer given
/// early does not push the schedule further out, because reviewing early is not evidence of
/// remembering over the full interval.
pub fn answer(before: Option<CardProgress>, grade: Grade, now: Timestamp) -> CardProgress {
    let reviews = before.map_or(0, |p| p.reviews).saturating_add(1);
    let lapses = before.map_or(0, |p| p.lapses).saturating_add(u32::from(grade == Grade::Again));
    match before {
        Some(early) if !early.is_due(now) && grade != Grade::Again => {
            CardProgress { reviews, lapses, ..early.repaired() }
        }
        _ => {
            // A new card starts from box 0, so "good" puts it in box 1 and "easy" in box 2.
            let from = before.map_or(0, |p| p.repaired().leitner_box);
            let leitner_box = match grade {
                Grade::Again => 1,
                Grade::Hard => from.max(1),
                Grade::Good => from + 1,
                Grade::Easy => from + 2,
            }
            .min(TOP_BOX);
            let wait = if grade == Grade::Again { 0 } else { interval(leitner_box) };
            CardProgress { leitner_box, due: now.saturating_add(wait), reviews, lapses }
        }
    }
}

/// A wait in words, for "next due": `now`, `in 5 minutes`, `in 3 hours`, `in 2 days`.
pub fn describe_wait(due: Timestamp, now: Timestamp) -> String {
    let seconds = due.saturating_sub(now);
    let (count, unit) = match seconds {
        ..=0 => return "now".to_string(),
        // Minutes round up (a card is never "due in 0 minutes"), hours and days to the nearest;
        // each range ends where its rounding would reach the next unit ("in 60 minutes").
        1..=3_540 => ((seconds + 59) / 60, "minute"),
        3_541..=84_599 => ((seconds + 1_799) / 3_600, "hour"),
        _ => ((seconds + DAY / 2) / DAY, "day"),
    };
    let plural = if count == 1 { "" } else { "s" };
    format!("in {count} {unit}{plural}")
}
