//! What keys do on the Study tab's screens: the key table of each screen, moving through the
//! decks and bookmarks, starting a session, answering and grading cards. The digits' special
//! meaning mid-card is explained in the module docs of the tab.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use super::entries::{self, Entry};
use super::{Phase, Run, Screen, StudyTab, card, decks};
use crate::action::Action;
use crate::kb::{KnowledgeBase, Role};
use crate::keymap::{self, Binding, Key, Keymap};
use crate::study::{Deck, Grade, Mode, Personal, Session};
use crate::tabs::view::Ctx;
use crate::tabs::view::{Outcome, Request};
use crate::ui::list::step;
use crate::ui::pane::Scroll;

const MOVE: Binding = keymap::UP_DOWN.says("choose a deck or a bookmark", "move");
const ENDS: Binding = keymap::ENDS.says("first / last row (also Home/End)", "first/last");
const STUDY_DUE: Binding = keymap::ENTER.says("study the deck's due cards", "study due");
const PRACTISE: Binding = Binding::new(
    &[(Key::ch('c'), Action::Practise), (Key::ch('p'), Action::Practise)],
    "c/p",
    "practise every card of the deck, weakest first, due or not",
)
.hint("practise all");
const TO_BOOKMARKS: Binding = Binding::new(
    &[(Key::ch('l'), Action::Right), (Key::code(KeyCode::Right), Action::Right)],
    "l/→",
    "to your bookmarks",
)
.hint("bookmarks");
const OPEN: Binding = keymap::ENTER.says("open the bookmarked item where it lives", "open");
const TO_DECKS: Binding = Binding::new(
    &[(Key::ch('h'), Action::Left), (Key::code(KeyCode::Left), Action::Left)],
    "h/←",
    "back to the decks",
)
.hint("decks");
const PRACTISE_ANYWAY: Binding = Binding::new(
    &[
        (Key::ch('p'), Action::Practise),
        (Key::ch('c'), Action::Practise),
        (Key::code(KeyCode::Enter), Action::Practise),
    ],
    "p/Enter",
    "practise the deck anyway",
)
.hint("practise anyway");
const BACK_TO_DECKS: Binding = keymap::ESC.says("back to the decks", "decks");
const SUMMARY_DONE: Binding = Binding::new(
    &[(Key::code(KeyCode::Enter), Action::Back), (Key::code(KeyCode::Esc), Action::Back)],
    "Enter/Esc",
    "back to the decks",
)
.hint("decks");
const PRACTISE_AGAIN: Binding = PRACTISE.says("practise the deck again", "practise again");
const ANSWER: Binding = Binding::new(
    &[(Key::ch('m'), Action::Answer(Role::Pm)), (Key::ch('o'), Action::Answer(Role::Po))],
    "m/o",
    "answer: Product Manager / Product Owner",
)
.hint("PM/PO");
const REVEAL: Binding = Binding::new(
    &[(Key::ch(' '), Action::Toggle), (Key::code(KeyCode::Enter), Action::Toggle)],
    "Space/Enter",
    "show the answer",
)
.hint("show answer");
const GRADE: Binding = Binding::new(
    &[
        (Key::ch('1'), Action::Grade(Grade::Again)),
        (Key::ch('2'), Action::Grade(Grade::Hard)),
        (Key::ch('3'), Action::Grade(Grade::Good)),
        (Key::ch('4'), Action::Grade(Grade::Easy)),
    ],
    "1-4",
    "grade the answer: again, hard, good, easy. While a card is on screen 1-4 belong to it and \
     never switch tabs",
)
.hint("grade");
const NEXT: Binding = Binding::new(
    &[(Key::code(KeyCode::Enter), Action::Confirm), (Key::ch(' '), Action::Confirm)],
    "Enter/Space",
    "the next card",
)
.hint("next");
const BOOKMARK_CARD: Binding =
    Binding::new(&[(Key::ch('b'), Action::Bookmark)], "b", "bookmark the card's item (again: remove)")
        .hint("bookmark");
const REMOVE_BOOKMARK: Binding =
    Binding::new(&[(Key::ch('b'), Action::Bookmark)], "b", "remove the bookmark under the cursor")
        .hint("remove");
const OPEN_ORPHAN: Binding =
    keymap::ENTER.says("open the orphaned note (to read, move or delete it; n does the same)", "open note");
const NO_BOOKMARK: Binding = Binding::new(
    &[(Key::ch('b'), Action::Bookmark)],
    "b",
    "(nothing: an orphaned note's item is not in this knowledge base to bookmark)",
);
const END: Binding = keymap::ESC.says("end the session: its summary (every answer is already saved)", "end");
const SCROLL: Binding = keymap::UP_DOWN.says("scroll a long card (PgUp/PgDn: a page)", "scroll");
const SCROLL_PAGES: Binding = keymap::PAGES.says("scroll a long card a page (C-u/C-d: half a page)", "page");

impl StudyTab {
    /// Starts a session over `deck`; an empty one shows "nothing due" instead.
    pub(super) fn start(&mut self, deck: Deck, mode: Mode, personal: Personal<'_>) {
        let session = Session::start(&self.cards, deck, mode, personal, &self.progress, self.now);
        self.screen = if session.is_finished() {
            let empty = self.cards.in_deck(deck, personal).next().is_none();
            Screen::NothingDue { deck, empty }
        } else {
            Screen::Card(Run { session, phase: Phase::Question, scroll: Scroll::default() })
        };
    }

    /// The keys of the screen on show.
    pub(super) fn keys(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        match &self.screen {
            Screen::Decks => {
                let entries = entries::entries(ctx);
                match self.lists.bookmark(entries.len()).map(|index| entries[index]) {
                    Some(Entry::Bookmark(_)) => Keymap::new(&[OPEN, REMOVE_BOOKMARK, MOVE, TO_DECKS, ENDS]),
                    Some(Entry::Orphan(_)) => Keymap::new(&[OPEN_ORPHAN, NO_BOOKMARK, MOVE, TO_DECKS, ENDS]),
                    None if entries.is_empty() => Keymap::new(&[STUDY_DUE, PRACTISE, MOVE, ENDS]),
                    None => Keymap::new(&[STUDY_DUE, PRACTISE, MOVE, TO_BOOKMARKS, ENDS]),
                }
            }
            Screen::NothingDue { empty: true, .. } => Keymap::new(&[BACK_TO_DECKS]),
            Screen::NothingDue { .. } => Keymap::new(&[PRACTISE_ANYWAY, BACK_TO_DECKS]),
            Screen::Summary(_) => Keymap::new(&[SUMMARY_DONE, PRACTISE_AGAIN]),
            Screen::Card(run) => {
                let expects_role = self.card().is_some_and(|card| card.kind.expected_role().is_some());
                let first = match run.phase {
                    Phase::Question if expects_role => ANSWER,
                    Phase::Question => REVEAL,
                    Phase::Revealed => GRADE,
                    Phase::Answered(_) => NEXT,
                };
                // The grade keys are the card's in every phase, so an early digit never switches
                // tabs mid-session (it reminds instead); they show in the bar once they grade.
                let grade = Binding { hint: None, ..GRADE };
                // The scrolling keys only for a card longer than its pane.
                let (lines, viewport) = card::scroll_bounds(self, ctx, area);
                if Scroll::overflows(lines, viewport) {
                    Keymap::new(&[first, BOOKMARK_CARD, END, SCROLL, SCROLL_PAGES, grade])
                } else {
                    Keymap::new(&[first, BOOKMARK_CARD, END, grade])
                }
            }
        }
    }

    pub(super) fn handle_lists(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let entries = entries::entries(ctx);
        let count = entries.len();
        let decks = Deck::ALL.len();
        let at = self.lists.bookmark(count).map_or(self.lists.deck, |index| decks + index);
        let page = usize::from(area.height / 2);
        if let Some(row) = step(at, decks + count, action, page) {
            self.select_row(row, ctx, area);
            return Outcome::Handled;
        }
        match action {
            Action::Right if count > 0 => {
                self.select_row(decks + self.lists.bookmark.min(count - 1), ctx, area);
            }
            Action::Left if self.lists.on_bookmarks => self.lists.on_bookmarks = false,
            Action::Confirm => match self.lists.bookmark(count).map(|index| entries[index]) {
                Some(Entry::Bookmark(id)) => return self.open_bookmark(id, ctx.kb),
                Some(Entry::Orphan(id)) => return Outcome::Request(Request::EditNote { id: id.to_string() }),
                None => self.start(self.lists.deck(), Mode::Due, super::personal(ctx)),
            },
            Action::Bookmark
                if matches!(self.lists.bookmark(count).map(|i| entries[i]), Some(Entry::Orphan(_))) =>
            {
                self.note = Some("Nothing to bookmark: the item is gone.");
            }
            Action::Practise if self.lists.bookmark(count).is_none() => {
                self.start(self.lists.deck(), Mode::Cram, super::personal(ctx));
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Puts the cursor on row `row` of the decks followed by the bookmarks.
    pub(super) fn select_row(&mut self, row: usize, ctx: Ctx<'_>, area: Rect) {
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
    fn open_bookmark(&mut self, id: &str, kb: &KnowledgeBase) -> Outcome {
        if let Some(tab) = kb.item_tab(id) {
            return Outcome::Request(Request::Jump { tab, id: id.to_string() });
        }
        self.note = Some("This knowledge base has no such item: the bookmark is kept for when it does.");
        Outcome::Handled
    }

    pub(super) fn handle_card(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let Screen::Card(run) = &mut self.screen else { return false };
        let expected = run.session.current(&self.cards).and_then(|card| card.kind.expected_role());
        if let Action::Grade(grade) = action {
            match run.phase {
                Phase::Question => {
                    self.note = Some(if expected.is_some() {
                        "Answer with m (Product Manager) or o (Product Owner)."
                    } else {
                        "Space shows the answer first; then 1-4 grade it."
                    });
                }
                Phase::Revealed => {
                    run.session.grade(&mut self.progress, grade, self.now);
                    self.next_card();
                }
                Phase::Answered(_) => self.next_card(),
            }
            return true;
        }
        match (&run.phase, action) {
            (_, Action::Back) => self.leave_session(),
            (Phase::Question, Action::Toggle | Action::Confirm) if expected.is_none() => {
                run.phase = Phase::Revealed;
            }
            (Phase::Question, Action::Answer(role)) if expected.is_some() => {
                if let Some(outcome) = run.session.choose(&self.cards, &mut self.progress, role, self.now) {
                    run.phase = Phase::Answered(outcome);
                    run.scroll = Scroll::default();
                }
            }
            (Phase::Revealed, Action::Confirm | Action::Toggle) => {
                self.note = Some("Grade the card with 1-4: again, hard, good or easy.");
            }
            (Phase::Answered(_), Action::Confirm | Action::Toggle) => self.next_card(),
            _ => return self.scroll_card(action, ctx, area),
        }
        true
    }

    /// Esc mid-session: the summary of what was answered, or straight back to the decks when
    /// nothing was (a summary of zeros tells the user nothing).
    fn leave_session(&mut self) {
        let screen = std::mem::replace(&mut self.screen, Screen::Decks);
        if let Screen::Card(run) = screen
            && run.session.answered() > 0
        {
            self.screen = Screen::Summary(run.session);
        }
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
