//! Entering and leaving the terminal: raw mode, the alternate screen, bracketed paste, mouse
//! capture and focus reporting (so the app picks up what another pmpo saved when its window comes
//! back to the front), undone on every way out — a normal quit, an error, and a panic — and for as long as
//! the user's own editor has the terminal ([`suspend`]). What the app turns on besides raw mode
//! and the alternate screen is [`Modes`], in one place. The theme is settled first, asking the
//! terminal for its background if need be, while the terminal is still in its normal state.

use std::io::{self, IsTerminal};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste, EnableFocusChange,
    EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Size;

use crate::app::App;
use crate::background::Appearance;
use crate::kb::KnowledgeBase;
use crate::store::{KnownIds, Store};
use crate::study::Cards;
use crate::tab::Tab;

/// How the app starts.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The tab to open on; `None` for the one open last time.
    pub tab: Option<Tab>,
    /// Whether to capture the mouse (clicks and the wheel).
    pub mouse: bool,
    /// `NO_COLOR` and the theme asked for; detection happens in [`run`], on a real terminal only.
    pub appearance: Appearance,
}

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

/// Runs the interactive app on this process's terminal until the user quits, starting from and
/// saving to the user's state.
pub fn run(kb: KnowledgeBase, options: Options) -> io::Result<()> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(io::Error::other(
            "the interactive app needs a terminal; for plain text try `pmpo show overview`",
        ));
    }
    // ratatui's panic hook, installed next, restores raw mode and the screen, then calls this
    // one: bracketed paste, focus and mouse reporting must stop too, or the shell receives escape
    // codes around every paste and for every mouse move.
    let previous = std::panic::take_hook();
    let modes = Modes { mouse: options.mouse };
    std::panic::set_hook(Box::new(move |info| {
        modes.disable();
        previous(info);
    }));
    // Read the saved state before the screen changes, so nothing can fail half-way.
    let cards = Cards::from_kb(&kb);
    let opened = Store::open_default(&KnownIds::new(&kb, &cards));
    // Before raw mode: the query puts the terminal in raw mode itself for the exchange and
    // restores it, so the answer is read, not echoed, and nothing is left for the app's input.
    let theme = options.appearance.theme();
    let mut terminal = ratatui::try_init()?;
    let result = (|| {
        modes.enable()?;
        App::with_saved_state(kb, theme, options.tab, Size::default(), opened)
            .with_modes(modes)
            .run(&mut terminal)
    })();
    modes.disable();
    ratatui::restore();
    // Said on the normal screen, where it stays readable: the last changes were not saved.
    if let Ok(Some(message)) = &result {
        eprintln!("{message}");
    }
    result.map(drop)
}
