//! Study: flashcards with Leitner scheduling, the "PM or PO?" quiz and the bookmarks list.
//!
//! Four screens: the deck list (with the bookmarks beside or below it, and the notes whose item
//! is gone under them), a card (the user's note on its item shown with the answer), "nothing
//! due" (with "practise anyway"), and a session's summary. The scheduling itself is `crate::study`;
//! this file holds the screens' state and what keys do to it, `decks.rs` and `card.rs` draw.
//!
//! # The digits 1–4
//!
//! Outside a session, digits open tabs as everywhere. While a card is on screen, 1–4 belong to
//! the card: they grade it once its answer is shown (again / hard / good / easy), move on after a
//! "PM or PO?" answer, and before that only remind the user what to press. They never switch tabs
//! mid-card, so a grade typed a moment too early cannot throw the user out of the session; the
//! other tab keys (5–9, 0, Tab) still work, and Esc ends the session (on its summary once anything was answered).
//!
//! # Time
//!
//! What is due depends on the clock. The tab reads it (`study::now`) when it handles an action
//! and when the app brings it on screen, never while drawing, so a drawing is a pure function of
//! the state and snapshots are stable.

mod card;
mod decks;
mod entries;
mod keys;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};

use crate::action::Action;
use crate::kb::KnowledgeBase;
use crate::keymap::Keymap;
use crate::store::State;
use crate::study::{self, Card, Cards, Deck, Mode, Personal, Progress, Session, Timestamp};
use crate::tabs::view::{Ctx, Outcome, TabView};
use crate::ui::pane::Scroll;

/// The Study tab's state: the cards, the user's progress with them, and the screen shown.
#[derive(Debug, Clone)]
pub struct StudyTab {
    cards: Cards,
    /// Every card's progress; the app records it after every event.
    progress: Progress,
    /// The clock as last read (see the module docs).
    now: Timestamp,
    screen: Screen,
    lists: Lists,
    /// Why the last key did nothing, shown until the next key.
    note: Option<&'static str>,
}

/// Which screen the tab shows.
#[derive(Debug, Clone)]
enum Screen {
    /// The decks and the bookmarks.
    Decks,
    /// Nothing due in a deck: the offer to practise anyway, unless the deck has no cards at all.
    NothingDue {
        /// The deck.
        deck: Deck,
        /// Whether it had no cards when the session was asked for.
        empty: bool,
    },
    /// A session, on a card.
    Card(Run),
    /// A session that has run out of cards.
    Summary(Session),
}

/// A session in progress and where it is on the current card.
#[derive(Debug, Clone)]
struct Run {
    session: Session,
    phase: Phase,
    scroll: Scroll,
}

/// Where a session is on the current card.
#[derive(Debug, Clone)]
enum Phase {
    /// The question alone.
    Question,
    /// A self-graded card's answer, waiting for a grade.
    Revealed,
    /// A "PM or PO?" card answered: right or wrong is shown until the next key. The card is
    /// already out of the session's queue.
    Answered(study::Outcome),
}

/// The deck list and the bookmarks list (its orphaned notes included): which one has the
/// cursor, and where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Lists {
    on_bookmarks: bool,
    deck: usize,
    bookmark: usize,
    /// The first visible bookmark row.
    offset: usize,
}

impl Lists {
    /// The selected bookmark, clamped: bookmarks can be removed from under the cursor.
    fn bookmark(self, count: usize) -> Option<usize> {
        (self.on_bookmarks && count > 0).then(|| self.bookmark.min(count - 1))
    }

    /// The selected deck.
    fn deck(self) -> Deck {
        Deck::ALL[self.deck.min(Deck::ALL.len() - 1)]
    }
}

/// What decides the Bookmarks and Notes decks.
fn personal(ctx: Ctx<'_>) -> Personal<'_> {
    Personal::new(ctx.bookmarks, ctx.notes)
}

impl StudyTab {
    /// The tab for `kb`'s cards, with no progress yet ([`TabView::restore`] brings the saved one).
    pub fn new(kb: &KnowledgeBase) -> StudyTab {
        StudyTab {
            cards: Cards::from_kb(kb),
            progress: Progress::default(),
            now: study::now(),
            screen: Screen::Decks,
            lists: Lists::default(),
            note: None,
        }
    }

    /// The card on screen, answered or not.
    fn card(&self) -> Option<&Card> {
        match &self.screen {
            Screen::Card(Run { phase: Phase::Answered(outcome), .. }) => self.cards.get(&outcome.card_id),
            Screen::Card(run) => run.session.current(&self.cards),
            _ => None,
        }
    }
}

impl TabView for StudyTab {
    fn min_size(&self) -> Size {
        // The deck table's columns need 52; a card, the summary and "nothing due" fit in 16 rows.
        Size::new(52, 16)
    }

    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        self.keys(ctx, area)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        self.now = study::now();
        self.note = None;
        match &self.screen {
            Screen::Decks => self.handle_lists(action, ctx, area),
            Screen::Card(_) => self.handle_card(action, ctx, area).into(),
            Screen::NothingDue { deck, .. } => {
                let deck = *deck;
                match action {
                    Action::Practise => self.start(deck, Mode::Cram, personal(ctx)),
                    Action::Back => self.screen = Screen::Decks,
                    _ => return Outcome::Ignored,
                }
                Outcome::Handled
            }
            Screen::Summary(session) => {
                let deck = session.deck();
                match action {
                    Action::Back => self.screen = Screen::Decks,
                    Action::Practise => self.start(deck, Mode::Cram, personal(ctx)),
                    _ => return Outcome::Ignored,
                }
                Outcome::Handled
            }
        }
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        self.now = study::now();
        self.note = None;
        if !matches!(self.screen, Screen::Decks) {
            return Outcome::Ignored;
        }
        let Some(row) = decks::row_at(self.lists, position, ctx, area) else { return Outcome::Ignored };
        let before = self.lists;
        self.select_row(row, ctx, area);
        if self.lists == (Lists { offset: self.lists.offset, ..before }) {
            // A second click on the selected row opens it, as Enter would.
            return self.handle(Action::Confirm, ctx, area);
        }
        Outcome::Handled
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        match &self.screen {
            Screen::Decks => decks::render(self, ctx, area, buf),
            Screen::NothingDue { deck, .. } => card::render_nothing_due(self, *deck, ctx, area, buf),
            Screen::Card(run) => card::render_run(self, run, ctx, area, buf),
            Screen::Summary(session) => card::render_summary(self, session, ctx, area, buf),
        }
    }

    fn arrive(&mut self) {
        // What is due depends on the clock: arriving on the tab (maybe hours later) shows the
        // counts as of now, not as of the last key pressed here.
        self.now = study::now();
    }

    fn restore(&mut self, state: &State) {
        self.progress.clone_from(&state.cards);
    }

    fn save(&self, state: &mut State) {
        state.cards.clone_from(&self.progress);
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        match &self.screen {
            Screen::Decks => {
                let entries = entries::entries(ctx);
                self.lists.bookmark(entries.len()).map(|index| entries[index].id().to_string())
            }
            Screen::Card(_) => self.card().map(|card| card.source.clone()),
            Screen::NothingDue { .. } | Screen::Summary(_) => None,
        }
    }
}
