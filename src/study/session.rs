//! A study session: which cards to show, in what order, and the tally of answers.
//!
//! The session never owns the user's progress: every answer writes straight into the `Progress`
//! map it is handed, so the app can save after each answer and a killed process loses nothing
//! already answered.

use std::collections::{BTreeSet, VecDeque};

use super::cards::{Card, Cards, Deck, Personal};
use super::schedule::{self, CardProgress, DAY, Grade, Progress, Timestamp};
use super::shuffle;
use crate::kb::Role;

/// Which cards a session shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The cards that are due: reviewed cards whose due time has come (longest overdue first),
    /// then new cards in deck order, the "PM or PO?" ones shuffled among themselves.
    Due,
    /// Every card of the deck whatever the schedule ("practise anyway"): weakest box first, new
    /// cards counting as the weakest, ties in deck order with the "PM or PO?" ones shuffled.
    Cram,
}

/// What one answer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The card answered.
    pub card_id: String,
    /// The grade it counted as.
    pub grade: Grade,
    /// Whether it counts as right.
    pub right: bool,
    /// For a "PM or PO?" card, the role that was right.
    pub expected: Option<Role>,
    /// The card's progress after the answer (already written into the progress map).
    pub progress: CardProgress,
    /// Whether the card went back into this session's queue (answered "again").
    pub requeued: bool,
}

/// How a session went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Distinct cards answered at least once.
    pub seen: usize,
    /// Answers that counted as right.
    pub right: u32,
    /// Answers that counted as wrong ("again").
    pub wrong: u32,
    /// Cards of the deck due now (new cards included), for "still due".
    pub due_now: usize,
    /// The earliest time after now that a reviewed card of the deck falls due.
    pub next_due: Option<Timestamp>,
}

/// A deck at a glance, for the deck chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeckStats {
    /// Cards in the deck.
    pub total: usize,
    /// Cards due now, new cards included.
    pub due: usize,
    /// Cards never answered.
    pub new: usize,
    /// The earliest time after now that a reviewed card falls due.
    pub next_due: Option<Timestamp>,
}

/// Counts a deck's cards by state at `now`.
pub fn deck_stats(
    cards: &Cards,
    deck: Deck,
    personal: Personal<'_>,
    progress: &Progress,
    now: Timestamp,
) -> DeckStats {
    let mut stats = DeckStats { total: 0, due: 0, new: 0, next_due: None };
    for card in cards.in_deck(deck, personal) {
        stats.total += 1;
        match progress.get(&card.id) {
            None => {
                stats.new += 1;
                stats.due += 1;
            }
            Some(p) if p.is_due(now) => stats.due += 1,
            Some(p) => stats.next_due = Some(stats.next_due.map_or(p.due, |t| t.min(p.due))),
        }
    }
    stats
}

/// The deck's due cards in the order a session shows them (see [`Mode::Due`]).
pub fn due_cards<'a>(
    cards: &'a Cards,
    deck: Deck,
    personal: Personal<'a>,
    progress: &Progress,
    now: Timestamp,
) -> Vec<&'a Card> {
    let mut reviewed = Vec::new();
    let mut new = Vec::new();
    for card in cards.in_deck(deck, personal) {
        match progress.get(&card.id) {
            None => new.push(card),
            Some(p) if p.is_due(now) => reviewed.push((p.due, card)),
            Some(_) => {}
        }
    }
    // A stable sort keeps deck order among cards due at the same moment.
    reviewed.sort_by_key(|&(due, _)| due);
    reviewed.into_iter().map(|(_, card)| card).chain(new).collect()
}

/// The one card `pmpo card` shows at `now`: a due reviewed card if there is one, else a new card;
/// which of them changes once a day (UTC), so a shell shows some variety even when the user does
/// not study, and `pmpo card --answer` later that day answers the same card.
pub fn card_of_the_day<'a>(cards: &'a Cards, progress: &Progress, now: Timestamp) -> Option<&'a Card> {
    let due = due_cards(cards, Deck::All, Personal::NONE, progress, now);
    let reviewed = due.iter().take_while(|card| progress.contains_key(&card.id)).count();
    let pool = if reviewed > 0 { &due[..reviewed] } else { &due[..] };
    let day = now.div_euclid(DAY).unsigned_abs();
    let index = usize::try_from(day % pool.len().max(1) as u64).unwrap_or(0);
    pool.get(index).copied()
}

/// One run through a deck.
#[derive(Debug, Clone)]
pub struct Session {
    deck: Deck,
    mode: Mode,
    queue: VecDeque<String>,
    seen: BTreeSet<String>,
    right: u32,
    wrong: u32,
}

impl Session {
    /// A session over `deck` at `now`. In [`Mode::Due`] it may be empty at once: that is the
    /// moment to offer "practise anyway" ([`Mode::Cram`]).
    pub fn start(
        cards: &Cards,
        deck: Deck,
        mode: Mode,
        personal: Personal<'_>,
        progress: &Progress,
        now: Timestamp,
    ) -> Session {
        let seed = shuffle::seed(deck, progress);
        let queue = match mode {
            Mode::Due => {
                let mut due = due_cards(cards, deck, personal, progress, now);
                // The new cards, in deck order, come after the reviewed ones.
                let reviewed = due.iter().take_while(|card| progress.contains_key(&card.id)).count();
                shuffle::shuffle_pm_or_po(&mut due[reviewed..], seed);
                due
            }
            Mode::Cram => {
                let mut all: Vec<&Card> = cards.in_deck(deck, personal).collect();
                let level = |card: &Card| progress.get(&card.id).map_or(0, |p| p.leitner_box);
                all.sort_by_key(|card| level(card));
                // Weakest first still: shuffled within each box.
                let mut start = 0;
                while start < all.len() {
                    let box_of = level(all[start]);
                    let end = start + all[start..].iter().take_while(|card| level(card) == box_of).count();
                    shuffle::shuffle_pm_or_po(&mut all[start..end], seed);
                    start = end;
                }
                all
            }
        };
        let queue = queue.into_iter().map(|card| card.id.clone()).collect();
        Session { deck, mode, queue, seen: BTreeSet::new(), right: 0, wrong: 0 }
    }

    /// The same session with at most `max` cards queued (a short session on a train).
    #[must_use]
    pub fn limited(mut self, max: usize) -> Session {
        self.queue.truncate(max);
        self
    }

    /// The deck studied.
    pub fn deck(&self) -> Deck {
        self.deck
    }

    /// Which cards the session shows.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The id of the card to show now, or `None` when the session is over.
    pub fn current_id(&self) -> Option<&str> {
        self.queue.front().map(String::as_str)
    }

    /// The card to show now.
    pub fn current<'a>(&self, cards: &'a Cards) -> Option<&'a Card> {
        self.current_id().and_then(|id| cards.get(id))
    }

    /// Cards still queued, the current one included.
    pub fn remaining(&self) -> usize {
        self.queue.len()
    }

    /// Answers given so far.
    pub fn answered(&self) -> u32 {
        self.right + self.wrong
    }

    /// Answers so far that counted as right.
    pub fn right(&self) -> u32 {
        self.right
    }

    /// Answers so far that counted as wrong ("again").
    pub fn wrong(&self) -> u32 {
        self.wrong
    }

    /// Whether every queued card has been answered.
    pub fn is_finished(&self) -> bool {
        self.queue.is_empty()
    }

    /// Grades the current card and writes its new progress into `progress`. A card graded
    /// "again" goes to the back of the queue, to be seen once more this session.
    /// `None` when the session is over.
    pub fn grade(&mut self, progress: &mut Progress, grade: Grade, now: Timestamp) -> Option<Outcome> {
        self.record(progress, grade, None, now)
    }

    /// Answers the current "PM or PO?" card with `role`: right counts as good, wrong as again.
    /// `None` when the session is over or the current card is not a "PM or PO?" card.
    pub fn choose(
        &mut self,
        cards: &Cards,
        progress: &mut Progress,
        role: Role,
        now: Timestamp,
    ) -> Option<Outcome> {
        let expected = self.current(cards)?.kind.expected_role()?;
        self.record(progress, Grade::for_choice(role == expected), Some(expected), now)
    }

    fn record(
        &mut self,
        progress: &mut Progress,
        grade: Grade,
        expected: Option<Role>,
        now: Timestamp,
    ) -> Option<Outcome> {
        let card_id = self.queue.pop_front()?;
        let after = schedule::answer(progress.get(&card_id).copied(), grade, now);
        progress.insert(card_id.clone(), after);
        self.seen.insert(card_id.clone());
        let right = grade.is_right();
        if right {
            self.right += 1;
        } else {
            self.wrong += 1;
            self.queue.push_back(card_id.clone());
        }
        Some(Outcome { card_id, grade, right, expected, progress: after, requeued: !right })
    }

    /// The tally so far, and what is due next in the deck.
    pub fn summary(
        &self,
        cards: &Cards,
        personal: Personal<'_>,
        progress: &Progress,
        now: Timestamp,
    ) -> Summary {
        let stats = deck_stats(cards, self.deck, personal, progress, now);
        Summary {
            seen: self.seen.len(),
            right: self.right,
            wrong: self.wrong,
            due_now: stats.due,
            next_due: stats.next_due,
        }
    }
}
