//! The Salary tab's keys: a table for each state of the form (a choice focused; the cost of
//! living or the offer armed, being typed, or left), and what each action does to the form.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use tui_input::Input;

use super::SalaryTab;
use super::form::{self, Entry, Field};
use super::offer;
use crate::action::Action;
use crate::keymap::{self, Binding, Edits, Key, Keymap, TextEntry};
use crate::salary::Company;
use crate::tabs::view::{Ctx, Outcome};
use crate::ui::pane::Scroll;

const FIELD: Binding = keymap::UP_DOWN.says("move between the fields", "field");
/// While an amount is typed `k` is a letter of it (150k): only the arrows move.
const ARROW_FIELD: Binding = Binding::new(
    &[(Key::code(KeyCode::Up), Action::Up), (Key::code(KeyCode::Down), Action::Down)],
    "↑/↓",
    "move between the fields",
)
.hint("field");
const FIRST_LAST: Binding = keymap::ENDS.says("first / last field (also Home/End)", "first/last");
const CHANGE: Binding = keymap::LEFT_RIGHT.says("change the choice", "change");
const NEXT_CHOICE: Binding = Binding::new(
    &[(Key::ch(' '), Action::Toggle), (Key::code(KeyCode::Enter), Action::Toggle)],
    "Space/Enter",
    "the next choice",
);
const POINT: Binding = keymap::LEFT_RIGHT.says("the cost of living one point less / more", "±1 point");
const BASIS: Binding =
    keymap::LEFT_RIGHT.says("compare the offer with base salary or total compensation", "base/total");
const EDIT: Binding =
    Binding::new(&[(Key::code(KeyCode::Enter), Action::Confirm)], "Enter", "edit the value").hint("edit");
const DONE: Binding =
    Binding::new(&[(Key::code(KeyCode::Enter), Action::Confirm)], "Enter", "done typing").hint("done");
const LEAVE: Binding = keymap::ESC.says("leave the field: number keys switch tabs again", "leave");
const LEAVE_DONE: Binding = keymap::ESC.says("done typing, and leave the field", "leave");
const CLEAR_OFFER: Binding = keymap::ESC.says("clear the offer (from anywhere in the tab)", "clear offer");
const SCROLL: Binding =
    keymap::PAGES.says("scroll the figures (C-u/C-d: half a page; also the wheel)", "scroll");

const PERCENT: TextEntry = TextEntry {
    takes: Some(form::is_percent_char),
    edits: Edits::Deletes,
    label: "0-9 - + .",
    help: "type a percentage, −50 to 50: the first key replaces the value",
    hint: "type %",
};
const PERCENT_TYPING: TextEntry = TextEntry {
    edits: Edits::All,
    help: "the percentage, −50 to 50 (Backspace deletes)",
    hint: "type",
    ..PERCENT
};
const SIGNS: TextEntry = TextEntry {
    takes: Some(|c| matches!(c, '-' | '+' | '.')),
    edits: Edits::None,
    label: "- + .",
    help: "start typing a new percentage",
    hint: "type %",
};
const AMOUNT: TextEntry = TextEntry {
    takes: Some(offer::starts_amount),
    edits: Edits::Deletes,
    label: "1-9 $",
    help: "type an offer (150k, $150,000): the first key replaces it",
    hint: "type an offer",
};
const AMOUNT_TYPING: TextEntry = TextEntry {
    takes: Some(offer::is_amount_char),
    edits: Edits::All,
    label: "0-9 $ , k",
    help: "the offer: digits, $, thousands commas, k for thousands (Backspace deletes)",
    hint: "type",
};
const DOLLAR: TextEntry = TextEntry {
    takes: Some(|c| c == '$'),
    edits: Edits::None,
    label: "$",
    help: "start typing an offer",
    hint: "type an offer",
};

impl SalaryTab {
    /// The keys of the form's current state.
    pub(super) fn keys(&self) -> Keymap {
        let big_tech = self.inputs.company == Company::BigTech;
        let has_offer = self.has_offer();
        let mut rows: Vec<Binding> = match (self.field, self.entry) {
            (Field::CostOfLiving, Entry::Typing) => vec![DONE, LEAVE_DONE, FIELD, SCROLL],
            (Field::CostOfLiving, Entry::Armed) => vec![POINT, FIELD, LEAVE, EDIT, FIRST_LAST, SCROLL],
            (Field::CostOfLiving, Entry::Left) => vec![EDIT, POINT, FIELD, FIRST_LAST, SCROLL],
            (Field::Offer, Entry::Typing) => vec![DONE, CLEAR_OFFER, ARROW_FIELD, SCROLL],
            (Field::Offer, Entry::Armed) => {
                vec![FIELD, if has_offer { CLEAR_OFFER } else { LEAVE }, EDIT, FIRST_LAST, SCROLL]
            }
            (Field::Offer, Entry::Left) => vec![EDIT, FIELD, FIRST_LAST, SCROLL],
            _ => vec![CHANGE, FIELD, NEXT_CHOICE, FIRST_LAST, SCROLL],
        };
        if self.field == Field::Offer && self.entry != Entry::Typing && big_tech {
            rows.insert(0, BASIS);
        }
        if has_offer && !self.taking_keys() {
            rows.insert(2.min(rows.len()), CLEAR_OFFER);
        }
        let keymap = Keymap::new(&rows);
        match (self.field, self.entry) {
            (Field::CostOfLiving, Entry::Typing) => keymap.typing(PERCENT_TYPING),
            (Field::CostOfLiving, Entry::Armed) => keymap.typing(PERCENT),
            (Field::CostOfLiving, Entry::Left) => keymap.typing(SIGNS),
            (Field::Offer, Entry::Typing) => keymap.typing(AMOUNT_TYPING),
            (Field::Offer, Entry::Armed) => keymap.typing(AMOUNT),
            (Field::Offer, Entry::Left) => keymap.typing(DOLLAR),
            _ => keymap,
        }
    }

    /// What an action from the keymap (or the wheel) does to the form.
    pub(super) fn act(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let question = self.question();
        let outcome = self.apply(action, ctx, area);
        // A new result starts at its top, not wherever the last one was scrolled to.
        if self.question() != question {
            self.scroll = Scroll::default();
        }
        outcome
    }

    fn apply(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        match action {
            Action::Input(key) => self.typed_key(key),
            Action::Up => self.focus(self.field.moved(-1)),
            Action::Down => self.focus(self.field.moved(1)),
            Action::Top => self.focus(Field::Role),
            Action::Bottom => self.focus(Field::ALL[Field::ALL.len() - 1]),
            Action::Left => self.change(false),
            Action::Right | Action::Toggle => self.change(true),
            Action::Confirm => self.confirm(),
            Action::Back => return self.back(),
            _ => return self.scroll(action, ctx, area).into(),
        }
        Outcome::Handled
    }

    /// Enter: on a choice, the next one; on a typed field, start typing, or finish.
    fn confirm(&mut self) {
        match (self.field.is_typed(), self.entry) {
            (true, Entry::Typing) => {
                self.commit();
                self.entry = Entry::Armed;
            }
            (true, _) => self.entry = Entry::Typing,
            (false, _) => self.change(true),
        }
    }

    /// Esc: leave the typed field (clearing the offer on its own field), else clear the offer.
    fn back(&mut self) -> Outcome {
        if self.taking_keys() {
            if self.field == Field::Offer {
                self.clear_offer();
            } else {
                self.commit();
            }
            self.entry = Entry::Left;
        } else if self.has_offer() {
            self.clear_offer();
        } else {
            return Outcome::Ignored;
        }
        Outcome::Handled
    }

    /// Replaces the focused typed field's value with `c` and starts typing.
    fn start_typing(&mut self, c: char) {
        let mut text = Input::default();
        if self.edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)) {
            self.set_text(text);
            self.entry = Entry::Typing;
        }
    }

    /// A key for the focused typed field (the keymap sends only keys it takes): a character
    /// replaces the value unless typing has started, an editing key starts typing. Keys that
    /// would leave something that is not a value are refused but still the field's: a stray key
    /// must not do something else.
    fn typed_key(&mut self, key: KeyEvent) {
        if self.entry != Entry::Typing {
            if let KeyCode::Char(c) = key.code
                && key.modifiers.is_empty()
            {
                self.start_typing(c);
                return;
            }
            self.entry = Entry::Typing;
        }
        let mut text = self.typed_text().clone();
        if self.edit(&mut text, key) {
            self.set_text(text);
        }
    }
}
