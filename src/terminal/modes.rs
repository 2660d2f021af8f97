//! What the app turns on in the terminal besides raw mode and the alternate screen ([`Modes`]:
//! bracketed paste, focus reporting, mouse capture), and handing the terminal to another program
//! for a while ([`suspend`]).
//!
//! A leaf apart from `terminal.rs`, which starts the app: the app turns these modes off and on
//! around the user's editor, so it imports them from here, never the file that imports it.

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste, EnableFocusChange,
    EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// What the app turns on in the terminal besides raw mode and the alternate screen, and turns
/// off again whenever it hands the terminal back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Modes {
    /// Mouse capture (off with `--no-mouse`); focus reporting and bracketed paste are always on.
    pub mouse: bool,
}

impl Modes {
    /// Turns the modes on.
    pub fn enable(self) -> io::Result<()> {
        execute!(io::stdout(), EnableFocusChange)?;
        // A paste arrives as one piece of text, not as keys that could switch tabs or quit.
        execute!(io::stdout(), EnableBracketedPaste)?;
        if self.mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Ok(())
    }

    /// Turns the modes off, as far as the terminal lets it (this runs on the way out, errors
    /// included, where there is nobody left to tell).
    pub fn disable(self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableFocusChange);
        if self.mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
    }
}

/// Hands the terminal to another program for as long as `body` runs (the user's editor, as git
/// does): the modes off, the alternate screen left, raw mode off; then everything back and the
/// screen redrawn whole at the next frame.
pub fn suspend<T>(terminal: &mut DefaultTerminal, modes: Modes, body: impl FnOnce() -> T) -> io::Result<T> {
    modes.disable();
    execute!(io::stdout(), LeaveAlternateScreen)?;
    disable_raw_mode()?;
    terminal.show_cursor()?;
    let result = body();
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
    modes.enable()?;
    // The screen is blank: forget the last frame so the next one is drawn whole. (Not
    // `Terminal::clear`, which first asks the terminal where its cursor is: a round trip, and an
    // error on a terminal that does not answer.)
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(result)
}
