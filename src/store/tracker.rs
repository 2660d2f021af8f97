//! From the app's state to stamped changes: after every event the app hands over what it holds
//! now, and the difference from what it held before becomes [`Changes`], each stamped with the
//! moment it was seen. The app stays simple (it only ever says "this is my state"), and the
//! changes know their time, so the latest change wins even when saves arrive in another order.

use std::collections::{BTreeMap, BTreeSet};

use super::ledger::{Field, Ledger, Mark, Note, Stamp, next_stamp, salary_values};
use super::merge::{Changes, Review};
use super::state::State;

/// How soon what changed must reach the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Nothing changed.
    None,
    /// Only what is cheap to redo changed (the tab, the salary form): it can wait a moment.
    Soon,
    /// Something the user cannot redo changed (an answer, a bookmark, a Choose mark, a note).
    Now,
}

/// The app's state as last seen, and what changed since the last save.
#[derive(Debug, Clone, Default)]
pub struct Tracker {
    observed: State,
    pending: Changes,
}

impl Tracker {
    /// A tracker that takes `state` as the starting point: nothing in it counts as a change.
    pub fn new(state: State) -> Tracker {
        Tracker { observed: state, pending: Changes::default() }
    }

    /// The app's state as last seen.
    pub fn observed(&self) -> &State {
        &self.observed
    }

    /// What changed since the last save.
    pub fn pending(&self) -> &Changes {
        &self.pending
    }

    /// Forgets the changes, once saved.
    pub fn clear(&mut self) {
        self.pending = Changes::default();
    }

    /// Takes `state` as what the app shows now, without counting it as a change (a merged state
    /// the app has just taken over).
    pub fn settle(&mut self, state: State) {
        self.observed = state;
    }

    /// Writes `part` into the state last seen, so that it is not a change.
    pub fn settle_part(&mut self, part: impl FnOnce(&mut State)) {
        part(&mut self.observed);
    }

    /// Records what changed between the last state seen and `mine`, stamped `now` (or later than
    /// anything seen for the same entry in `base`, the file as last read); says how urgent it is.
    /// Any change also records the tab open at the time, so the last tab is the one open at the
    /// latest change.
    pub fn observe(&mut self, mine: &State, base: &Ledger, now: Stamp) -> Urgency {
        if *mine == self.observed {
            return Urgency::None;
        }
        let (seen, pending) = (&self.observed, &mut self.pending);
        // `|`, not `||`: every kind is recorded, whatever the others found.
        let urgent = bookmarks(mine, seen, base, pending, now)
            | marks(mine, seen, base, pending, now)
            | notes(mine, seen, base, pending, now)
            | cards(mine, seen, base, pending, now);
        let changed = salary(mine, seen, base, pending, now) | urgent || mine.last_tab != seen.last_tab;
        if changed && let Some(tab) = &mine.last_tab {
            let earlier = [base.last_tab.as_ref().map(|f| f.at), pending.last_tab.as_ref().map(|f| f.at)];
            let at = next_stamp(now, earlier.into_iter().flatten());
            pending.last_tab = Some(Field { at, value: tab.clone() });
        }
        self.observed = mine.clone();
        match (urgent, changed) {
            (true, _) => Urgency::Now,
            (false, true) => Urgency::Soon,
            (false, false) => Urgency::None,
        }
    }
}

/// Records a set member added or removed, stamped after `earlier` (what the file had for it).
fn mark(marks: &mut BTreeMap<String, Mark>, id: &str, on: bool, earlier: Option<Stamp>, now: Stamp) {
    let at = next_stamp(now, earlier.into_iter().chain(marks.get(id).map(|m| m.at)));
    marks.insert(id.to_string(), Mark { at, on });
}

/// Bookmarks added and removed; whether any.
fn bookmarks(mine: &State, seen: &State, base: &Ledger, pending: &mut Changes, now: Stamp) -> bool {
    if mine.bookmarks == seen.bookmarks {
        return false;
    }
    let before: BTreeSet<&String> = seen.bookmarks.iter().collect();
    let after: BTreeSet<&String> = mine.bookmarks.iter().collect();
    let mut changed = false;
    for id in before.difference(&after) {
        mark(&mut pending.bookmarks, id, false, base.bookmarks.get(*id).map(|m| m.at), now);
        changed = true;
    }
    // Bookmarks are listed in the order they were added, so an addition is stamped after every
    // bookmark seen, not only after its own item's: two added in one millisecond keep their order.
    for id in mine.bookmarks.iter().filter(|id| !before.contains(id)) {
        let latest = base.bookmarks.values().chain(pending.bookmarks.values()).map(|m| m.at).max();
        mark(&mut pending.bookmarks, id, true, latest, now);
        changed = true;
    }
    changed
}

/// Choose marks set and cleared; whether any.
fn marks(mine: &State, seen: &State, base: &Ledger, pending: &mut Changes, now: Stamp) -> bool {
    let mut changed = false;
    for id in mine.choose.symmetric_difference(&seen.choose) {
        mark(&mut pending.choose, id, mine.choose.contains(id), base.choose.get(id).map(|m| m.at), now);
        changed = true;
    }
    changed
}

/// Notes written, changed or deleted; whether any.
fn notes(mine: &State, seen: &State, base: &Ledger, pending: &mut Changes, now: Stamp) -> bool {
    if mine.notes == seen.notes {
        return false;
    }
    let ids: BTreeSet<&String> = mine.notes.keys().chain(seen.notes.keys()).collect();
    let mut changed = false;
    for id in ids.into_iter().filter(|id| mine.notes.get(*id) != seen.notes.get(*id)) {
        let earlier = [base.notes.get(id).map(|n| n.at), pending.notes.get(id).map(|n| n.at)];
        let at = next_stamp(now, earlier.into_iter().flatten());
        pending.notes.insert(id.clone(), Note { at, text: mine.notes.get(id).cloned() });
        changed = true;
    }
    changed
}

/// Cards answered: the latest schedule, and the answers and lapses added since last seen (added
/// to any not saved yet); whether any.
fn cards(mine: &State, seen: &State, base: &Ledger, pending: &mut Changes, now: Stamp) -> bool {
    if mine.cards == seen.cards {
        return false;
    }
    let mut changed = false;
    for (id, progress) in &mine.cards {
        let before = seen.cards.get(id);
        if before == Some(progress) {
            continue;
        }
        let earlier = pending.cards.get(id).copied();
        let at =
            next_stamp(now, [base.cards.get(id).map(|c| c.at), earlier.map(|r| r.at)].into_iter().flatten());
        let added = |now: u32, then: Option<u32>, unsaved: Option<u32>| {
            now.saturating_sub(then.unwrap_or(0)).saturating_add(unsaved.unwrap_or(0))
        };
        let review = Review {
            leitner_box: progress.leitner_box,
            due: progress.due,
            at,
            reviews: added(progress.reviews, before.map(|p| p.reviews), earlier.map(|r| r.reviews)),
            lapses: added(progress.lapses, before.map(|p| p.lapses), earlier.map(|r| r.lapses)),
        };
        pending.cards.insert(id.clone(), review);
        changed = true;
    }
    changed
}

/// Salary fields changed, each on its own; whether any.
fn salary(mine: &State, seen: &State, base: &Ledger, pending: &mut Changes, now: Stamp) -> bool {
    let Some(salary) = mine.salary.as_ref().filter(|_| mine.salary != seen.salary) else { return false };
    let before = seen.salary.as_ref().map(salary_values);
    let on_disk = base.salary.fields();
    let mut changed = false;
    for (index, (slot, value)) in
        pending.salary.fields_mut().into_iter().zip(salary_values(salary)).enumerate()
    {
        if before.as_ref().is_some_and(|before| before[index] == value) {
            continue;
        }
        let earlier = [on_disk[index].1.as_ref().map(|f| f.at), slot.as_ref().map(|f| f.at)];
        *slot = Some(Field { at: next_stamp(now, earlier.into_iter().flatten()), value });
        changed = true;
    }
    changed
}
