//! Keys as data. Each tab (and each overlay) says which keys it takes *now* as a [`Keymap`]: rows
//! of keys, the action each sends, the words for the help overlay and the status bar, and
//! whether a text field has focus. The app dispatches through that table, and the help overlay
//! and the status bar are drawn from the same table, so what the screen says a key does is what
//! the key does — a key that is not in the table does nothing, and a key in the table is in help.
//!
//! The order of dispatch: the active keymap's rows, then its text field (a character it takes,
//! or an editing key), then the keys that work everywhere ([`GLOBAL`], or only
//! [`WHILE_TYPING`] while a field takes every character).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;
use crate::tab::Tab;

/// A key as the tables name it: the code and the Control/Alt modifiers. Shift is not part of it:
/// characters carry it in their case (`G`), and Shift-Tab has its own code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control and Alt, if held.
    pub modifiers: KeyModifiers,
}

impl Key {
    /// A key pressed alone.
    pub const fn code(code: KeyCode) -> Key {
        Key { code, modifiers: KeyModifiers::NONE }
    }

    /// A character typed alone.
    pub const fn ch(c: char) -> Key {
        Key::code(KeyCode::Char(c))
    }

    /// Control and a character.
    pub const fn ctrl(c: char) -> Key {
        Key { code: KeyCode::Char(c), modifiers: KeyModifiers::CONTROL }
    }

    /// The key of a press event; `None` for releases and repeats, which some terminals report.
    pub fn of(event: KeyEvent) -> Option<Key> {
        if event.kind != KeyEventKind::Press {
            return None;
        }
        let modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        Some(Key { code: event.code, modifiers })
    }

    /// A printable character typed without Control or Alt.
    pub fn printable(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if self.modifiers.is_empty() && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// A key that deletes in a text field: Backspace, Delete, and Control with w, u, k or h.
    pub fn deletes(self) -> bool {
        let control = self.modifiers == KeyModifiers::CONTROL
            && matches!(self.code, KeyCode::Char('w' | 'u' | 'k' | 'h'));
        control || (self.modifiers.is_empty() && matches!(self.code, KeyCode::Backspace | KeyCode::Delete))
    }

    /// A key that moves the cursor in a text field: the arrows sideways, Home, End, Control-a/e.
    pub fn moves(self) -> bool {
        use KeyCode::{End, Home, Left, Right};
        let control =
            self.modifiers == KeyModifiers::CONTROL && matches!(self.code, KeyCode::Char('a' | 'e'));
        control || (self.modifiers.is_empty() && matches!(self.code, Left | Right | Home | End))
    }
}

impl Key {
    /// A key that only a multi-line text takes: Enter, Tab, ↑/↓, the pages, C-z and C-y.
    pub fn edits_lines(self) -> bool {
        use KeyCode::{Down, Enter, PageDown, PageUp, Tab, Up};
        let control =
            self.modifiers == KeyModifiers::CONTROL && matches!(self.code, KeyCode::Char('z' | 'y'));
        control
            || (self.modifiers.is_empty() && matches!(self.code, Enter | Tab | Up | Down | PageUp | PageDown))
    }
}

/// One row of a key table: the keys and the action each sends, and the words shown for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// The keys, each with the action it sends.
    pub keys: &'static [(Key, Action)],
    /// The keys as shown ("j/k ↑/↓").
    pub label: &'static str,
    /// What they do, for the help overlay.
    pub help: &'static str,
    /// A word or two for the status bar; `None` shows the row in help only.
    pub hint: Option<&'static str>,
}

impl Binding {
    /// A row shown in help only.
    pub const fn new(keys: &'static [(Key, Action)], label: &'static str, help: &'static str) -> Binding {
        Binding { keys, label, help, hint: None }
    }

    /// The same row, also shown in the status bar as `label hint`.
    #[must_use]
    pub const fn hint(self, hint: &'static str) -> Binding {
        Binding { hint: Some(hint), ..self }
    }

    /// The same keys with other words: a tab's own name for a shared movement.
    #[must_use]
    pub const fn says(self, help: &'static str, hint: &'static str) -> Binding {
        Binding { help, hint: Some(hint), ..self }
    }

    /// The action `key` sends, if it is one of this row's keys.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.keys.iter().find(|(bound, _)| *bound == key).map(|&(_, action)| action)
    }
}

/// A text field with focus: which characters and editing keys it takes, and the words for it.
#[derive(Debug, Clone, Copy)]
pub struct TextEntry {
    /// The characters it takes; `None` for every printable character (a filter). A field that
    /// takes only some (a number) leaves the others their usual meaning, so `q` still quits.
    pub takes: Option<fn(char) -> bool>,
    /// Which editing keys it takes besides characters.
    pub edits: Edits,
    /// What typing is shown as ("type", "0-9 - .").
    pub label: &'static str,
    /// What typing does, for the help overlay.
    pub help: &'static str,
    /// A word for the status bar.
    pub hint: &'static str,
}

/// Which editing keys a focused field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edits {
    /// Deleting and moving the cursor: a field being typed into.
    All,
    /// Deleting only (it starts the typing); the cursor keys keep their meaning: a field whose
    /// value the next key replaces.
    Deletes,
    /// None: only the characters start the typing.
    None,
    /// Every key of a multi-line text (a note): deleting and moving as in a field, and Enter for
    /// a new line, Tab, ↑/↓ and the pages to move, C-z/C-y to undo and redo.
    Lines,
}

impl TextEntry {
    /// Whether the field takes `key`: a character it accepts, or an editing key it takes.
    pub fn takes(&self, key: Key) -> bool {
        match key.printable() {
            Some(c) => self.takes.is_none_or(|takes| takes(c)),
            None => match self.edits {
                Edits::All => key.deletes() || key.moves(),
                Edits::Deletes => key.deletes(),
                Edits::None => false,
                Edits::Lines => key.deletes() || key.moves() || key.edits_lines(),
            },
        }
    }

    /// Whether every printable character goes to the field, so single-letter global keys do not
    /// work (only [`WHILE_TYPING`] does).
    pub fn takes_every_character(&self) -> bool {
        self.takes.is_none()
    }
}

/// What a tab or an overlay takes now: its rows, a focused text field if there is one, and which
/// of the keys that work everywhere still do.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// The rows, most useful first (the status bar shows them in this order while they fit).
    pub bindings: Vec<Binding>,
    /// The focused text field.
    pub text: Option<TextEntry>,
    /// The keys that work everywhere in this state: [`GLOBAL`] unless a field takes every
    /// character ([`WHILE_TYPING`]) or an overlay or a too-small terminal narrows them.
    pub globals: &'static [Binding],
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::new(&[])
    }
}

/// Where a key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// To the tab or overlay whose keymap it is.
    Mine(Action),
    /// To the app: a key that works everywhere.
    Everywhere(Action),
}

impl Keymap {
    /// A keymap of these rows, no field focused, every global key working.
    pub fn new(bindings: &[Binding]) -> Keymap {
        Keymap { bindings: bindings.to_vec(), text: None, globals: GLOBAL }
    }

    /// The same keymap with a focused text field; one that takes every character leaves only the
    /// global keys that cannot be typed.
    #[must_use]
    pub fn typing(self, text: TextEntry) -> Keymap {
        let globals = if text.takes_every_character() { WHILE_TYPING } else { self.globals };
        Keymap { text: Some(text), globals, ..self }
    }

    /// The same keymap with only these keys working everywhere.
    #[must_use]
    pub fn with_globals(self, globals: &'static [Binding]) -> Keymap {
        Keymap { globals, ..self }
    }

    /// The action `key` sends through this keymap's rows, or to its text field.
    pub fn action(&self, key: Key, event: KeyEvent) -> Option<Action> {
        self.bindings
            .iter()
            .find_map(|binding| binding.action(key))
            .or_else(|| self.text.filter(|text| text.takes(key)).map(|_| Action::Input(event)))
    }

    /// The action a key sends through the keys that work everywhere in this state.
    pub fn global(&self, key: Key) -> Option<Action> {
        self.globals.iter().find_map(|binding| binding.action(key))
    }

    /// The rows of keys that work everywhere that still reach the app here: a row whose every
    /// key this keymap uses for something else (the FAQ list's `/`) is not shown.
    pub fn live_globals(&self) -> impl Iterator<Item = &'static Binding> + '_ {
        let mine = |key: Key| {
            self.bindings.iter().any(|binding| binding.action(key).is_some())
                || self.text.is_some_and(|text| text.takes(key))
        };
        self.globals.iter().filter(move |binding| binding.keys.iter().any(|&(key, _)| !mine(key)))
    }

    /// Where `event` goes: this keymap's rows and field first, then the keys that work
    /// everywhere; `None` for a key that does nothing here.
    pub fn route(&self, event: KeyEvent) -> Option<Route> {
        let key = Key::of(event)?;
        self.action(key, event).map(Route::Mine).or_else(|| self.global(key).map(Route::Everywhere))
    }
}

/// The action a key sends in `keymap`, wherever it goes.
pub fn dispatch(keymap: &Keymap, event: KeyEvent) -> Option<Action> {
    keymap.route(event).map(|(Route::Mine(action) | Route::Everywhere(action))| action)
}

// Shared rows: the movements every list and page uses, with words each tab replaces (`says`).

use Action::{Bottom, Down, HalfPageDown, HalfPageUp, Left, PageDown, PageUp, Right, Top, Up};

/// j/k and the arrows: one step.
pub const UP_DOWN: Binding = Binding::new(
    &[
        (Key::ch('j'), Down),
        (Key::code(KeyCode::Down), Down),
        (Key::ch('k'), Up),
        (Key::code(KeyCode::Up), Up),
    ],
    "j/k ↑/↓",
    "move",
);

/// g/G, Home/End: to either end.
pub const ENDS: Binding = Binding::new(
    &[
        (Key::ch('g'), Top),
        (Key::code(KeyCode::Home), Top),
        (Key::ch('G'), Bottom),
        (Key::code(KeyCode::End), Bottom),
    ],
    "g/G",
    "first / last (also Home/End)",
);

/// Pages and half pages.
pub const PAGES: Binding = Binding::new(
    &[
        (Key::code(KeyCode::PageUp), PageUp),
        (Key::code(KeyCode::PageDown), PageDown),
        (Key::ctrl('u'), HalfPageUp),
        (Key::ctrl('d'), HalfPageDown),
    ],
    "PgUp/PgDn",
    "a page up / down (C-u/C-d: half a page)",
);

/// h/l and the arrows: sideways.
pub const LEFT_RIGHT: Binding = Binding::new(
    &[
        (Key::ch('h'), Left),
        (Key::code(KeyCode::Left), Left),
        (Key::ch('l'), Right),
        (Key::code(KeyCode::Right), Right),
    ],
    "h/l ←/→",
    "left / right",
);

/// Enter.
pub const ENTER: Binding = Binding::new(&[(Key::code(KeyCode::Enter), Action::Confirm)], "Enter", "open");

/// Space.
pub const SPACE: Binding = Binding::new(&[(Key::ch(' '), Action::Toggle)], "Space", "toggle");

/// Esc.
pub const ESC: Binding = Binding::new(&[(Key::code(KeyCode::Esc), Action::Back)], "Esc", "back");

/// The number keys: a tab each, from the tab table.
const TAB_NUMBERS: [(Key, Action); 10] = {
    let mut keys = [(Key::ch('1'), Action::GoTo(Tab::Overview)); 10];
    let mut index = 0;
    while index < Tab::ALL.len() && index < keys.len() {
        let tab = Tab::ALL[index];
        if let Some(number) = tab.number() {
            keys[index] = (Key::ch(number), Action::GoTo(tab));
        }
        index += 1;
    }
    keys
};

const NUMBERS: Binding = Binding::new(&TAB_NUMBERS, "1-9 0", "open a tab by its number");
const TAB_KEYS: Binding = Binding::new(
    &[(Key::code(KeyCode::Tab), Action::NextTab), (Key::code(KeyCode::BackTab), Action::PrevTab)],
    "Tab S-Tab",
    "next / previous tab",
);
const BRACKETS: Binding = Binding::new(
    &[(Key::ch(']'), Action::NextTab), (Key::ch('['), Action::PrevTab)],
    "] [",
    "next / previous tab",
);
const SEARCH: Binding =
    Binding::new(&[(Key::ch('/'), Action::Search)], "/", "search the whole knowledge base").hint("search");
const BOOKMARK: Binding = Binding::new(
    &[(Key::ch('b'), Action::Bookmark)],
    "b",
    "bookmark the item under the cursor (again: remove)",
);
const NOTE: Binding = Binding::new(
    &[(Key::ch('n'), Action::Note), (Key::ch('N'), Action::NoteInEditor)],
    "n N",
    "your note on the item under the cursor: write it here (N: in $VISUAL or $EDITOR)",
);
const HELP_KEYS: Binding = Binding::new(
    &[(Key::ch('?'), Action::Help), (Key::code(KeyCode::F(1)), Action::Help)],
    "? F1",
    "the keys",
)
.hint("help");
const F1: Binding = Binding::new(&[(Key::code(KeyCode::F(1)), Action::Help)], "F1", "the keys").hint("help");
/// Quit, and nothing else: the keys of a terminal too small to draw in.
pub const QUIT: Binding =
    Binding::new(&[(Key::ch('q'), Action::Quit), (Key::ctrl('c'), Action::Quit)], "q C-c", "quit")
        .hint("quit");
/// Control-C, which quits whatever has focus.
pub const CTRL_C: Binding = Binding::new(&[(Key::ctrl('c'), Action::Quit)], "C-c", "quit").hint("quit");

/// The keys that work on every tab, unless the tab's own table uses the key for something else.
pub const GLOBAL: &[Binding] = &[NUMBERS, TAB_KEYS, BRACKETS, SEARCH, BOOKMARK, NOTE, HELP_KEYS, QUIT];

/// The keys that work while a text field takes every character: none that can be typed.
pub const WHILE_TYPING: &[Binding] = &[TAB_KEYS, F1, CTRL_C];

/// Only quitting: a terminal too small to draw in.
pub const ONLY_QUIT: &[Binding] = &[QUIT];

/// Only Control-C: an overlay, which owns every other key.
pub const ONLY_CTRL_C: &[Binding] = &[CTRL_C];

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn with(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_global_table_maps_every_key_it_shows() {
        use KeyCode::{BackTab, Char, F};
        let empty = Keymap::default();
        #[rustfmt::skip]
        let table = [
            (press(Char('q')), Some(Action::Quit)),
            (with(Char('c'), KeyModifiers::CONTROL), Some(Action::Quit)),
            (press(Char('?')), Some(Action::Help)),
            (press(F(1)), Some(Action::Help)),
            (press(KeyCode::Tab), Some(Action::NextTab)),
            (press(Char(']')), Some(Action::NextTab)),
            (with(BackTab, KeyModifiers::SHIFT), Some(Action::PrevTab)),
            (press(Char('[')), Some(Action::PrevTab)),
            (press(Char('1')), Some(Action::GoTo(Tab::Overview))),
            (press(Char('5')), Some(Action::GoTo(Tab::Careers))),
            (press(Char('9')), Some(Action::GoTo(Tab::Faq))),
            (press(Char('0')), Some(Action::GoTo(Tab::Study))),
            (press(Char('/')), Some(Action::Search)),
            (press(Char('b')), Some(Action::Bookmark)),
            (press(Char('n')), Some(Action::Note)),
            (with(Char('N'), KeyModifiers::SHIFT), Some(Action::NoteInEditor)),
            (press(Char('j')), None),
            (with(Char('x'), KeyModifiers::CONTROL), None),
            (with(Char('q'), KeyModifiers::ALT), None),
            (press(KeyCode::Insert), None),
        ];
        for (key, expected) in table {
            assert_eq!(dispatch(&empty, key), expected, "{key:?}");
        }
    }

    #[test]
    fn shifted_characters_match_by_their_case() {
        let keymap = Keymap::new(&[ENDS]);
        assert_eq!(dispatch(&keymap, with(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Bottom));
        assert_eq!(dispatch(&keymap, press(KeyCode::Char('g'))), Some(Action::Top));
    }

    #[test]
    fn a_tab_row_shadows_a_global_key() {
        const MINE: Binding = Binding::new(&[(Key::ch('b'), Action::ClearAll)], "b", "mine");
        let mine = MINE;
        assert_eq!(dispatch(&Keymap::new(&[mine]), press(KeyCode::Char('b'))), Some(Action::ClearAll));
    }

    #[test]
    fn a_field_that_takes_every_character_leaves_only_keys_that_cannot_be_typed() {
        let filter =
            TextEntry { takes: None, edits: Edits::All, label: "type", help: "filter", hint: "filter" };
        let keymap = Keymap::new(&[ESC]).typing(filter);
        for c in ['q', '1', '/', '?', 'b', ']', ' '] {
            let key = press(KeyCode::Char(c));
            assert_eq!(dispatch(&keymap, key), Some(Action::Input(key)), "{c}");
        }
        let backspace = press(KeyCode::Backspace);
        assert_eq!(dispatch(&keymap, backspace), Some(Action::Input(backspace)));
        assert_eq!(dispatch(&keymap, press(KeyCode::Esc)), Some(Action::Back));
        assert_eq!(dispatch(&keymap, press(KeyCode::Tab)), Some(Action::NextTab), "never a trap");
        assert_eq!(dispatch(&keymap, press(KeyCode::F(1))), Some(Action::Help));
        let ctrl_c = with(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(dispatch(&keymap, ctrl_c), Some(Action::Quit), "Ctrl-C always quits");
    }

    #[test]
    fn a_field_that_takes_some_characters_leaves_the_others_their_meaning() {
        let number = TextEntry {
            takes: Some(|c| c.is_ascii_digit()),
            edits: Edits::All,
            label: "0-9",
            help: "type",
            hint: "type",
        };
        let keymap = Keymap::default().typing(number);
        let five = press(KeyCode::Char('5'));
        assert_eq!(dispatch(&keymap, five), Some(Action::Input(five)));
        assert_eq!(dispatch(&keymap, press(KeyCode::Char('q'))), Some(Action::Quit));
    }

    #[test]
    fn only_presses_count() {
        for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
            let key = KeyEvent { kind, state: KeyEventState::NONE, ..press(KeyCode::Char('q')) };
            assert_eq!(dispatch(&Keymap::default(), key), None, "{kind:?}");
        }
    }
}
