//! Clearing every mark of the self-assessment: `c` asks first (press it again), then clears and
//! saves, and `u` brings the marks back until the next mark changes, so one stray key never
//! wipes the answers for good.
//!
//! [`Clearing`] works on the set of marks it is handed, so this file needs nothing of the tab
//! that holds it.

use std::collections::BTreeSet;

use ratatui::crossterm::event::KeyCode;

use crate::action::Action;
use crate::keymap::{Binding, Key};
use crate::tabs::view::{Outcome, Request};

/// Where clearing every mark stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) enum Clearing {
    /// Nothing asked or done.
    #[default]
    Idle,
    /// `c` was pressed once: the next `c` clears.
    Asked,
    /// The marks were cleared; these were they, for `u`.
    Undo(BTreeSet<String>),
}

const CLEAR: Binding =
    Binding::new(&[(Key::ch('c'), Action::ClearAll)], "c", "clear every mark (asks first; u undoes)")
        .hint("clear all");
const CONFIRM: Binding =
    Binding::new(&[(Key::ch('c'), Action::ClearAll)], "c", "yes: clear every mark").hint("again: clear all");
const KEEP: Binding =
    Binding::new(&[(Key::code(KeyCode::Esc), Action::Back)], "Esc", "no: keep the marks").hint("keep");
const UNDO: Binding =
    Binding::new(&[(Key::ch('u'), Action::Undo)], "u", "bring back the marks just cleared").hint("undo");

/// "1 mark", "5 marks".
fn marks(count: usize) -> String {
    if count == 1 { "1 mark".to_string() } else { format!("{count} marks") }
}

impl Clearing {
    /// The rows for clearing in this state, with these marks: none while nothing is marked or can
    /// be brought back.
    pub(super) fn keys(&self, marked: &BTreeSet<String>) -> Vec<Binding> {
        match self {
            Clearing::Asked => vec![CONFIRM, KEEP],
            Clearing::Undo(_) if marked.is_empty() => vec![UNDO],
            Clearing::Undo(_) => vec![CLEAR, UNDO],
            Clearing::Idle if marked.is_empty() => Vec::new(),
            Clearing::Idle => vec![CLEAR],
        }
    }

    /// Handles the clearing keys; `None` for any other action, which also answers "no" to the
    /// question, and a new mark forgets what `u` would bring back.
    pub(super) fn handle(&mut self, action: Action, marked: &mut BTreeSet<String>) -> Option<Outcome> {
        let say = |text: String| Some(Outcome::Request(Request::Say(text)));
        match (action, &*self) {
            (Action::ClearAll, Clearing::Asked) => {
                let cleared = std::mem::take(marked);
                let count = cleared.len();
                *self = Clearing::Undo(cleared);
                say(format!("Cleared {}: u brings them back.", marks(count)))
            }
            (Action::ClearAll, _) if !marked.is_empty() => {
                *self = Clearing::Asked;
                let what = match marked.len() {
                    1 => "the 1 mark, Esc to keep it".to_string(),
                    count => format!("all {count} marks, Esc to keep them"),
                };
                say(format!("Press c again to clear {what}."))
            }
            (Action::Back, Clearing::Asked) => {
                *self = Clearing::Idle;
                say("The marks are kept.".to_string())
            }
            (Action::Undo, Clearing::Undo(before)) => {
                marked.extend(before.iter().cloned());
                let count = before.len();
                *self = Clearing::Idle;
                say(format!("{} back.", marks(count)))
            }
            // Any other key answers "no"; a new mark forgets what `u` would bring back.
            (Action::Toggle | Action::Confirm, _) | (_, Clearing::Asked) => {
                *self = Clearing::Idle;
                None
            }
            _ => None,
        }
    }
}
