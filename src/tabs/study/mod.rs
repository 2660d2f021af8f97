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
//! other tab keys (5–9, 0, Tab) still work, and Esc leaves the session.
//!
//! # Time
//!
//! What is due depends on the clock. The tab reads it (`study::now`) when it handles an action
//! and when the app brings it on screen, never while drawing, so a drawing is a pure function of
//! the state and snapshots are stable.

mod card;
mod decks;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};

use super::{Ctx, Hint, Request, Tab, TabView, hint};
use crate::action::Action;
use crate::kb::{KnowledgeBase, Role};
use crate::study::{self, Card, Cards, Deck, Grade, Mode, Outcome, Progress, Session, Timestamp};
use crate::ui::list::step;
use crate::ui::pane::Scroll;

/// The Study tab's state: the cards, the user's progress with them, and the screen shown.
#[derive(Debug, Clone)]
pub struct StudyTab {
    cards: Cards,
    /// Every card's progress; the app saves it after every event.
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

    /// Starts a session over `deck`; an empty one shows "nothing due" instead.
    fn start(&mut self, deck: Deck, mode: Mode, bookmarks: &[String]) {
        let session = Session::start(&self.cards, deck, mode, bookmarks, &self.progress, self.now);
        self.screen = if session.is_finished() {
            let empty = self.cards.in_deck(deck, bookmarks).next().is_none();
            Screen::NothingDue { deck, empty }
        } else {
            Screen::Card(Run { session, phase: Phase::Question, scroll: Scroll::default() })
        };
    }

    fn handle_lists(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let count = ctx.bookmarks.len();
        let decks = Deck::ALL.len();
        let at = self.lists.bookmark(count).map_or(self.lists.deck, |index| decks + index);
        let page = usize::from(area.height / 2);
        if let Some(row) = step(at, decks + count, action, page) {
            self.select_row(row, ctx, area);
            return true;
        }
        match action {
            Action::Right if count > 0 => {
                self.select_row(decks + self.lists.bookmark.min(count - 1), ctx, area);
            }
            Action::Left if self.lists.on_bookmarks => self.lists.on_bookmarks = false,
            Action::Confirm => match self.lists.bookmark(count) {
                Some(index) => self.request = self.open_bookmark(&ctx.bookmarks[index], ctx.kb),
                None => self.start(self.lists.deck(), Mode::Due, ctx.bookmarks),
            },
            Action::Char('c' | 'p') if self.lists.bookmark(count).is_none() => {
                self.start(self.lists.deck(), Mode::Cram, ctx.bookmarks);
            }
            _ => return false,
        }
        true
    }

    /// Puts the cursor on row `row` of the decks followed by the bookmarks.
    fn select_row(&mut self, row: usize, ctx: Ctx<'_>, area: Rect) {
        let decks = Deck::ALL.len();
        self.lists.on_bookmarks = row >= decks;
        if row >= decks {
            self.lists.bookmark = row - decks;
            self.lists.offset = decks::bookmark_offset(self.lists, ctx, area);
        } else {
            self.lists.deck = row;
        }
    }

    /// Asks the app to open the tab that shows a bookmarked item.
    fn open_bookmark(&mut self, id: &str, kb: &KnowledgeBase) -> Option<Request> {
        let tab = kb.item_tab(id).and_then(Tab::from_key);
        if tab.is_none() {
            self.note = Some("This version has no tab for that item yet.");
        }
        tab.map(|tab| Request::Jump { tab, id: id.to_string() })
    }

    fn handle_card(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let Screen::Card(run) = &mut self.screen else { return false };
        let expected = run.session.current(&self.cards).and_then(|card| card.kind.expected_role());
        let grade = match action {
            Action::GoTo(tab) => Grade::from_key(tab.number()),
            _ => None,
        };
        match (&run.phase, action) {
            (_, Action::Back) => self.screen = Screen::Decks,
            (Phase::Question, Action::Toggle | Action::Confirm) if expected.is_none() => {
                run.phase = Phase::Revealed;
            }
            (Phase::Question, Action::Char(key @ ('m' | 'o'))) if expected.is_some() => {
                let role = if key == 'm' { Role::Pm } else { Role::Po };
                if let Some(outcome) = run.session.choose(&self.cards, &mut self.progress, role, self.now) {
                    run.phase = Phase::Answered(outcome);
                    run.scroll = Scroll::default();
                }
            }
            (Phase::Question, _) if grade.is_some() => {
                self.note = Some(if expected.is_some() {
                    "Answer with m (Product Manager) or o (Product Owner)."
                } else {
                    "Space shows the answer first; then 1-4 grade it."
                });
            }
            (Phase::Revealed, _) if grade.is_some() => {
                if let Some(grade) = grade {
                    run.session.grade(&mut self.progress, grade, self.now);
                }
                self.next_card();
            }
            (Phase::Revealed, Action::Confirm | Action::Toggle) => {
                self.note = Some("Grade the card with 1-4: again, hard, good or easy.");
            }
            (Phase::Answered(_), Action::Confirm | Action::Toggle | Action::Char(_)) => self.next_card(),
            (Phase::Answered(_), _) if grade.is_some() => self.next_card(),
            _ => return self.scroll_card(action, ctx, area),
        }
        true
    }

    /// After an answer: the next card, or the summary when the queue is empty.
    fn next_card(&mut self) {
        let screen = std::mem::replace(&mut self.screen, Screen::Decks);
        self.screen = match screen {
            Screen::Card(run) if run.session.is_finished() => Screen::Summary(run.session),
            Screen::Card(run) => {
                Screen::Card(Run { session: run.session, phase: Phase::Question, scroll: Scroll::default() })
            }
            other => other,
        };
    }

    fn scroll_card(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let (content, viewport) = card::scroll_bounds(self, ctx, area);
        match &mut self.screen {
            Screen::Card(run) => run.scroll.apply(action, content, viewport),
            _ => false,
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
                hints.extend([hint("b", "bookmark"), hint("Esc", "leave"), hint("j/k", "scroll")]);
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
            hint("PgUp/PgDn", "scroll a long card"),
            hint("b", "bookmark the card's item; in the bookmarks list, remove the bookmark"),
            hint("Esc", "leave the session (every answer given is already saved)"),
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
