//! The state as the app sees it: plain values, without the stamps the file keeps for merging.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::study::Progress;

/// Everything pmpo remembers between runs, as the app sees it: plain values, without the stamps
/// the file keeps for merging ([`Ledger`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Bookmarked item ids, in the order they were added.
    pub bookmarks: Vec<String>,
    /// Flashcard progress by card id.
    pub cards: Progress,
    /// The Choose tab's statement ids that the user marked as applying to them.
    pub choose: BTreeSet<String>,
    /// Personal notes by item id (issue 13 gives them a face; the file keeps them already).
    pub notes: BTreeMap<String, String>,
    /// The tab open at the last change (`overview`, `compare`, … `study`).
    pub last_tab: Option<String>,
    /// The salary calculator's last inputs.
    pub salary: Option<SavedSalary>,
}

/// The salary calculator's inputs as the user last left them. Kept as text so that the store does
/// not depend on the calculator's types; the app parses them and ignores a value it cannot parse
/// (an empty one included: a field never saved).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedSalary {
    /// `pm` or `po`.
    pub role: String,
    /// `entry`, `mid`, `senior`, `staff` or `director`.
    pub level: String,
    /// `standard` or `big-tech`.
    pub company: String,
    /// `tech`, `finance` or `healthcare`.
    pub industry: String,
    /// The cost-of-living adjustment in percent, as typed (`-12.5`).
    pub col: String,
    /// The offer placed against the range, when there is one. Absent from files written before
    /// pmpo had offers (and left out when there is none), so those files load unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<SavedOffer>,
}

/// The Salary tab's offer, as text like the rest of [`SavedSalary`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedOffer {
    /// The amount in dollars (`150000`).
    pub amount: String,
    /// What it is compared with: `base` or `total`.
    pub basis: String,
}

impl State {
    /// Whether item `id` is bookmarked.
    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|bookmark| bookmark == id)
    }

    /// Bookmarks item `id`, or removes its bookmark; returns whether it is bookmarked now.
    pub fn toggle_bookmark(&mut self, id: &str) -> bool {
        let before = self.bookmarks.len();
        self.bookmarks.retain(|bookmark| bookmark != id);
        if self.bookmarks.len() == before {
            self.bookmarks.push(id.to_string());
        }
        self.bookmarks.len() > before
    }

    /// Marks Choose statement `id` as applying, or unmarks it; returns whether it applies now.
    pub fn toggle_choice(&mut self, id: &str) -> bool {
        if self.choose.remove(id) { false } else { self.choose.insert(id.to_string()) }
    }

    /// Whether the state holds nothing.
    pub fn is_empty(&self) -> bool {
        *self == State::default()
    }
}
