//! What the user asked for, by intent rather than by key: "move down", "next hit", "grade the
//! card good". Keys become actions through the key tables in [`crate::keymap`]; the mouse sends
//! some of them directly (the wheel scrolls).

use ratatui::crossterm::event::KeyEvent;

use crate::kb::Role;
use crate::study::Grade;
use crate::tab::Tab;

/// Something the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Show or hide the keys.
    Help,
    /// Close an overlay, leave a field, clear a filter, end a session.
    Back,
    /// The next tab.
    NextTab,
    /// The previous tab.
    PrevTab,
    /// A tab by its number key.
    GoTo(Tab),
    /// Move up.
    Up,
    /// Move down.
    Down,
    /// Move left, or to the previous sub-view.
    Left,
    /// Move right, or to the next sub-view.
    Right,
    /// Jump to the start.
    Top,
    /// Jump to the end.
    Bottom,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// Half a page up.
    HalfPageUp,
    /// Half a page down.
    HalfPageDown,
    /// The mouse wheel, up.
    ScrollUp,
    /// The mouse wheel, down.
    ScrollDown,
    /// Open or confirm.
    Confirm,
    /// Toggle, show, change.
    Toggle,
    /// Search the whole knowledge base.
    Search,
    /// Bookmark the item under the cursor, or remove its bookmark.
    Bookmark,
    /// Write a note on the item under the cursor, in the app.
    Note,
    /// Write a note on the item under the cursor, in `$VISUAL`/`$EDITOR`.
    NoteInEditor,
    /// Give a text field the focus (the FAQ filter, the Orgs size).
    Edit,
    /// The next search hit.
    NextHit,
    /// The previous search hit.
    PrevHit,
    /// Clear every mark (Choose).
    ClearAll,
    /// Undo the last clearing (Choose).
    Undo,
    /// Practise every card of a deck, due or not.
    Practise,
    /// Answer a "PM or PO?" card.
    Answer(Role),
    /// Grade a self-graded card.
    Grade(Grade),
    /// A key for the focused text field: a character it takes, or an editing key.
    Input(KeyEvent),
}
