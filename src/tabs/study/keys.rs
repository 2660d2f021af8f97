//! What keys do on the Study tab's screens: moving through the decks and bookmarks, starting a
//! session, answering and grading cards. The digits' special meaning mid-card is explained in
//! the module docs of the tab.

use ratatui::layout::Rect;

use super::{Ctx, Phase, Run, Screen, StudyTab, card, decks};
use crate::action::Action;
use crate::kb::{KnowledgeBase, Role};
use crate::study::{Deck, Grade, Mode, Session};
use crate::tabs::Request;
use crate::ui::list::step;
use crate::ui::pane::Scroll;

impl StudyTab {
    /// Starts a session over `deck`; an empty one shows "nothing due" instead.
    pub(super) fn start(&mut self, deck: Deck, mode: Mode, bookmarks: &[String]) {
        let session = Session::start(&self.cards, deck, mode, bookmarks, &self.progress, self.now);
        self.screen = if session.is_finished() {
            let empty = self.cards.in_deck(deck, bookmarks).next().is_none();
            Screen::NothingDue { deck, empty }
        } else {
            Screen::Card(Run { session, phase: Phase::Question, scroll: Scroll::default() })
        };
    }

    pub(super) fn handle_lists(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
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
    fn open_bookmark(&mut self, id: &str, kb: &KnowledgeBase) -> Option<Request> {
        let tab = kb.item_tab(id);
        if tab.is_none() {
            self.note = Some("This version has no tab for that item yet.");
        }
        tab.map(|tab| Request::Jump { tab, id: id.to_string() })
    }

    pub(super) fn handle_card(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let Screen::Card(run) = &mut self.screen else { return false };
        let expected = run.session.current(&self.cards).and_then(|card| card.kind.expected_role());
        // The digits 1-4 arrive as "open tab 1-4"; mid-card they are grades.
        let grade = match action {
            Action::GoTo(tab) => tab.number().and_then(Grade::from_key),
            _ => None,
        };
        if let Some(grade) = grade {
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
            (Phase::Question, Action::Char(key @ ('m' | 'o'))) if expected.is_some() => {
                let role = if key == 'm' { Role::Pm } else { Role::Po };
                if let Some(outcome) = run.session.choose(&self.cards, &mut self.progress, role, self.now) {
                    run.phase = Phase::Answered(outcome);
                    run.scroll = Scroll::default();
                }
            }
            (Phase::Revealed, Action::Confirm | Action::Toggle) => {
                self.note = Some("Grade the card with 1-4: again, hard, good or easy.");
            }
            (Phase::Answered(_), Action::Confirm | Action::Toggle | Action::Char(_)) => self.next_card(),
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
