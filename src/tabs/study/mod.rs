//! Study: flashcards with Leitner scheduling, the "PM or PO?" quiz and the bookmarks list.
//!
//! Four screens: the deck list (with the bookmarks beside or below it), a card, "nothing due"
//! (with "practise anyway"), and a session's summary. The scheduling itself is `crate::study`;
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
mod keys;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};

use super::{Ctx, Hint, Request, TabView, hint};
use crate::action::Action;
use crate::kb::KnowledgeBase;
use crate::study::{self, Card, Cards, Deck, Mode, Outcome, Progress, Session, Timestamp};
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
    /// A jump to a bookmarked item, for the app to take.
    request: Option<Request>,
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
    Answered(Outcome),
}

/// The deck list and the bookmarks list: which one has the cursor, and where.
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

impl StudyTab {
    /// The tab for `kb`'s cards, starting from the saved `progress`.
    pub fn new(kb: &KnowledgeBase, progress: Progress) -> StudyTab {
        StudyTab {
            cards: Cards::from_kb(kb),
            progress,
            now: study::now(),
            screen: Screen::Decks,
            lists: Lists::default(),
            note: None,
            request: None,
        }
    }

    /// Every card's progress, as it is to be saved.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Replaces every card's progress (merged with what another pmpo saved); the screen and any
    /// open session stay where they are.
    pub fn set_progress(&mut self, progress: Progress) {
        self.progress = progress;
    }

    /// Reads the clock again, so what is due is counted as of now.
    pub fn refresh_clock(&mut self) {
        self.now = study::now();
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

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        self.now = study::now();
        self.note = None;
        match &self.screen {
            Screen::Decks => self.handle_lists(action, ctx, area),
            Screen::Card(_) => self.handle_card(action, ctx, area),
            Screen::NothingDue { deck, .. } => {
                let deck = *deck;
                match action {
                    Action::Char('p' | 'c') | Action::Confirm => self.start(deck, Mode::Cram, ctx.bookmarks),
                    Action::Back => self.screen = Screen::Decks,
                    _ => return false,
                }
                true
            }
            Screen::Summary(session) => {
                let deck = session.deck();
                match action {
                    Action::Confirm | Action::Back => self.screen = Screen::Decks,
                    Action::Char('c' | 'p') => self.start(deck, Mode::Cram, ctx.bookmarks),
                    _ => return false,
                }
                true
            }
        }
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> bool {
        self.now = study::now();
        self.note = None;
        if !matches!(self.screen, Screen::Decks) {
            return false;
        }
        let Some(row) = decks::row_at(self.lists, position, ctx, area) else { return false };
        let before = self.lists;
        self.select_row(row, ctx, area);
        if self.lists == (Lists { offset: self.lists.offset, ..before }) {
            // A second click on the selected row opens it, as Enter would.
            self.handle(Action::Confirm, ctx, area);
        }
        true
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        match &self.screen {
            Screen::Decks => decks::render(self, ctx, area, buf),
            Screen::NothingDue { deck, .. } => card::render_nothing_due(self, *deck, ctx, area, buf),
            Screen::Card(run) => card::render_run(self, run, ctx, area, buf),
            Screen::Summary(session) => card::render_summary(self, session, ctx, area, buf),
        }
    }

    fn hints(&self) -> Vec<Hint> {
        match &self.screen {
            Screen::Decks if self.lists.on_bookmarks => {
                vec![hint("Enter", "open"), hint("b", "remove"), hint("j/k", "move"), hint("h", "decks")]
            }
            Screen::Decks => vec![
                hint("Enter", "study due"),
                hint("c", "practise all"),
                hint("j/k", "move"),
                hint("l", "bookmarks"),
            ],
            Screen::NothingDue { empty: true, .. } => vec![hint("Esc", "decks")],
            Screen::NothingDue { .. } => vec![hint("p", "practise anyway"), hint("Esc", "decks")],
            Screen::Summary(_) => vec![hint("Enter", "decks"), hint("c", "practise again")],
            Screen::Card(run) => {
                let mut hints = match run.phase {
                    Phase::Question if self.card().is_some_and(|c| c.kind.expected_role().is_some()) => {
                        vec![hint("m", "PM"), hint("o", "PO")]
                    }
                    Phase::Question => vec![hint("Space", "show answer")],
                    Phase::Revealed => vec![hint("1-4", "grade")],
                    Phase::Answered(_) => vec![hint("Enter", "next")],
                };
                hints.extend([hint("b", "bookmark"), hint("Esc", "end"), hint("j/k", "scroll")]);
                hints
            }
        }
    }

    fn help(&self) -> Vec<Hint> {
        vec![
            hint("j/k", "choose a deck or a bookmark"),
            hint("h/l", "the decks / the bookmarks"),
            hint("Enter", "study the deck's due cards; on a bookmark, open it where it lives"),
            hint("c", "practise every card of the deck, weakest first (cram)"),
            hint("p", "practise anyway, when nothing is due"),
            hint("Space", "show the answer"),
            hint(
                "1-4",
                "grade the answer: again, hard, good, easy. While a card is on screen 1-4 belong \
                 to it and never switch tabs",
            ),
            hint("m/o", "answer a \"PM or PO?\" card: Product Manager / Product Owner"),
            hint("Enter", "the next card, after a \"PM or PO?\" answer"),
            hint("j/k PgUp/PgDn", "scroll a long card"),
            hint("b", "bookmark the card's item; in the bookmarks list, remove the bookmark"),
            hint("Esc", "end the session: its summary (every answer given is already saved)"),
        ]
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        match &self.screen {
            Screen::Decks => {
                self.lists.bookmark(ctx.bookmarks.len()).map(|index| ctx.bookmarks[index].clone())
            }
            Screen::Card(_) => self.card().map(|card| card.source.clone()),
            Screen::NothingDue { .. } | Screen::Summary(_) => None,
        }
    }

    fn take_request(&mut self) -> Option<Request> {
        self.request.take()
    }
}
