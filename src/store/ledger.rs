//! The state as it is kept on disk: every entry with the time it last changed, removals kept as
//! tombstones, so that what two running pmpo did can be merged ([`super::merge`]) instead of one
//! overwriting the other. The app never sees this form: [`Ledger::view`] gives it a plain
//! [`State`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::known::KnownIds;
use super::state::{SavedOffer, SavedSalary, State};
use crate::study::CardProgress;

/// A moment, in milliseconds since the Unix epoch (UTC): when an entry last changed. Stamps only
/// ever grow for one entry: a change is stamped after every stamp its maker had seen for that
/// entry, even on a clock that lags another machine's (see [`next_stamp`]).
pub type Stamp = i64;

/// How long removals (tombstones) and the record of an instance's saves are kept: far longer than
/// any save can be held back, so a late change can never bring back what was removed after it.
pub const KEEP_FOR: Stamp = 30 * 24 * 3_600 * 1_000;

/// Now, as a [`Stamp`].
pub fn now_stamp() -> Stamp {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
}

/// The stamp for a change made at `now` to an entry last stamped `seen` (by anyone): later than
/// both, so a change made after seeing another one always wins over it, whatever the clocks say.
pub fn next_stamp(now: Stamp, seen: impl IntoIterator<Item = Stamp>) -> Stamp {
    seen.into_iter().fold(now, |stamp, seen| stamp.max(seen.saturating_add(1)))
}

/// One member of a set (a bookmark, a Choose mark): in it or not, since when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mark {
    /// When it was last added or removed.
    pub at: Stamp,
    /// Whether it is in the set; `false` is a tombstone.
    pub on: bool,
}

/// A personal note on an item: its text, or a tombstone once deleted.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Note {
    /// When it last changed.
    pub at: Stamp,
    /// The text; `None` once deleted.
    pub text: Option<String>,
}

/// A value that the latest change replaces whole (the last tab, one salary field).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Field {
    /// When it last changed.
    pub at: Stamp,
    /// The value.
    pub value: String,
}

/// One flashcard's progress: the schedule the latest review left, and every review counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The Leitner box after the latest review.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// When the card is due again, in seconds since the epoch.
    pub due: i64,
    /// Every answer the card has had, in every pmpo.
    pub reviews: u32,
    /// How many of them were "again".
    pub lapses: u32,
    /// When the latest review was saved (0 for progress carried over from a version-1 file).
    #[serde(default)]
    pub at: Stamp,
}

impl Card {
    /// The progress the study module works with.
    pub fn progress(&self) -> CardProgress {
        CardProgress {
            leitner_box: self.leitner_box,
            due: self.due,
            reviews: self.reviews,
            lapses: self.lapses,
        }
    }
}

/// The salary form, field by field: each field is its own last-writer-wins value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Salary {
    /// `pm` or `po`.
    pub role: Option<Field>,
    /// The level key.
    pub level: Option<Field>,
    /// The company key.
    pub company: Option<Field>,
    /// The industry key.
    pub industry: Option<Field>,
    /// The cost-of-living percentage, as text.
    pub col: Option<Field>,
    /// The offer's amount, as text (empty: no offer).
    pub offer: Option<Field>,
    /// What the offer is compared with (`base` or `total`).
    pub basis: Option<Field>,
}

impl Salary {
    /// The fields with their names, in form order.
    pub fn fields(&self) -> [(&'static str, &Option<Field>); 7] {
        [
            ("role", &self.role),
            ("level", &self.level),
            ("company", &self.company),
            ("industry", &self.industry),
            ("col", &self.col),
            ("offer", &self.offer),
            ("basis", &self.basis),
        ]
    }

    /// The fields, mutably, in form order.
    pub fn fields_mut(&mut self) -> [&mut Option<Field>; 7] {
        [
            &mut self.role,
            &mut self.level,
            &mut self.company,
            &mut self.industry,
            &mut self.col,
            &mut self.offer,
            &mut self.basis,
        ]
    }
}

/// The values of [`SavedSalary`] in form order, matching [`Salary::fields`]; an absent offer is
/// two empty values.
pub fn salary_values(salary: &SavedSalary) -> [String; 7] {
    let offer = salary.offer.clone().unwrap_or_default();
    [
        salary.role.clone(),
        salary.level.clone(),
        salary.company.clone(),
        salary.industry.clone(),
        salary.col.clone(),
        offer.amount,
        offer.basis,
    ]
}

/// The last save of one running pmpo merged into the file, so that merging the same save again
/// changes nothing (see [`super::merge::apply`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    /// The number of that instance's latest save merged in.
    pub seq: u64,
    /// When it was merged, so a killed instance's record can be dropped in time.
    pub at: Stamp,
}

/// The whole state with its stamps, as the file holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ledger {
    /// Bookmarks by item id; shown oldest first.
    pub bookmarks: BTreeMap<String, Mark>,
    /// Flashcard progress by card id.
    pub cards: BTreeMap<String, Card>,
    /// The Choose tab's marks by statement id.
    pub choose: BTreeMap<String, Mark>,
    /// Personal notes by item id. Kept whatever the knowledge base: a note is never dropped.
    pub notes: BTreeMap<String, Note>,
    /// The tab open at the latest change.
    pub last_tab: Option<Field>,
    /// The salary form's last inputs.
    pub salary: Salary,
    /// The latest save of each running pmpo merged in, by instance.
    pub applied: BTreeMap<String, Applied>,
}

impl Ledger {
    /// What the app shows: entries the knowledge base `known` does not know are left out (but
    /// stay in the ledger, and so on disk), except notes, which are always shown. `None` shows
    /// everything.
    pub fn view(&self, known: Option<&KnownIds>) -> State {
        let item = |id: &str| known.is_none_or(|known| known.has_item(id));
        let card = |id: &str| known.is_none_or(|known| known.has_card(id));
        let statement = |id: &str| known.is_none_or(|known| known.has_statement(id));
        let mut bookmarks: Vec<(&Stamp, &String)> = self
            .bookmarks
            .iter()
            .filter(|(id, mark)| mark.on && item(id))
            .map(|(id, mark)| (&mark.at, id))
            .collect();
        bookmarks.sort();
        let salary = self.salary.fields().iter().any(|(_, field)| field.is_some()).then(|| {
            let value = |field: &Option<Field>| field.as_ref().map(|f| f.value.clone()).unwrap_or_default();
            let offer = SavedOffer { amount: value(&self.salary.offer), basis: value(&self.salary.basis) };
            SavedSalary {
                role: value(&self.salary.role),
                level: value(&self.salary.level),
                company: value(&self.salary.company),
                industry: value(&self.salary.industry),
                col: value(&self.salary.col),
                offer: (offer != SavedOffer::default()).then_some(offer),
            }
        });
        State {
            bookmarks: bookmarks.into_iter().map(|(_, id)| id.clone()).collect(),
            cards: self
                .cards
                .iter()
                .filter(|(id, _)| card(id))
                .map(|(id, c)| (id.clone(), c.progress()))
                .collect(),
            choose: self
                .choose
                .iter()
                .filter(|(id, mark)| mark.on && statement(id))
                .map(|(id, _)| id.clone())
                .collect(),
            notes: self
                .notes
                .iter()
                .filter_map(|(id, note)| Some((id.clone(), note.text.clone()?)))
                .collect(),
            last_tab: self.last_tab.as_ref().map(|field| field.value.clone()),
            salary,
        }
    }

    /// A ledger holding `state`, as if every entry had been written at the dawn of time (stamp 0;
    /// bookmarks 0, 1, 2… to keep their order): what a version-1 file becomes, so that any change
    /// made since wins over it.
    pub fn from_state(state: &State) -> Ledger {
        let on = |at| Mark { at, on: true };
        let field = |value: &String| Some(Field { at: 0, value: value.clone() });
        Ledger {
            bookmarks: state.bookmarks.iter().zip(0..).map(|(id, at)| (id.clone(), on(at))).collect(),
            cards: state
                .cards
                .iter()
                .map(|(id, p)| {
                    let card = Card {
                        leitner_box: p.leitner_box,
                        due: p.due,
                        reviews: p.reviews,
                        lapses: p.lapses,
                        at: 0,
                    };
                    (id.clone(), card)
                })
                .collect(),
            choose: state.choose.iter().map(|id| (id.clone(), on(0))).collect(),
            notes: state
                .notes
                .iter()
                .map(|(id, text)| (id.clone(), Note { at: 0, text: Some(text.clone()) }))
                .collect(),
            last_tab: state.last_tab.as_ref().map(|tab| Field { at: 0, value: tab.clone() }),
            salary: state.salary.as_ref().map_or_else(Salary::default, |s| Salary {
                role: field(&s.role),
                level: field(&s.level),
                company: field(&s.company),
                industry: field(&s.industry),
                col: field(&s.col),
                offer: s.offer.as_ref().and_then(|offer| field(&offer.amount)),
                basis: s.offer.as_ref().and_then(|offer| field(&offer.basis)),
            }),
            applied: BTreeMap::new(),
        }
    }

    /// Drops tombstones and records of instances' saves older than [`KEEP_FOR`] at `now`.
    pub fn prune(&mut self, now: Stamp) {
        let fresh = |at: Stamp| now.saturating_sub(at) < KEEP_FOR;
        self.bookmarks.retain(|_, mark| mark.on || fresh(mark.at));
        self.choose.retain(|_, mark| mark.on || fresh(mark.at));
        self.notes.retain(|_, note| note.text.is_some() || fresh(note.at));
        self.applied.retain(|_, applied| fresh(applied.at));
    }

    /// Fixes what a hand edit can break without making the file unreadable: card progress out of
    /// range (see [`CardProgress::repaired`]).
    pub fn repair(&mut self) {
        for card in self.cards.values_mut() {
            let fixed = card.progress().repaired();
            card.leitner_box = fixed.leitner_box;
            card.lapses = fixed.lapses;
        }
    }
}
