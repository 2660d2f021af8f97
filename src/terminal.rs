//! Entering and leaving the terminal: raw mode, the alternate screen, bracketed paste, mouse
//! capture and focus reporting (so the app picks up what another pmpo saved when its window comes
//! back to the front), undone on every way out — a normal quit, an error, and a panic. The theme
//! is settled first, asking the terminal for its background if need be, while the terminal is
//! still in its normal state.

use std::io::{self, IsTerminal};

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste, EnableFocusChange,
    EnableMouseCapture,
};
use ratatui::crossterm::execute;
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

/// Runs the interactive app on this process's terminal until the user quits, starting from and
/// saving to the user's state.
pub fn run(kb: KnowledgeBase, options: Options) -> io::Result<()> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(io::Error::other(
            "the interactive app needs a terminal; for plain text try `pmpo show overview`",
        ));
    }
    // ratatui's panic hook, installed next, restores raw mode and the screen, then calls this
    // one: bracketed paste, focus and mouse reporting must stop too, or the shell receives escape codes
    // around every paste and for every mouse move.
    let mouse = options.mouse;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave_modes(mouse);
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
        execute!(io::stdout(), EnableFocusChange)?;
        // A paste arrives as one piece of text, not as keys that could switch tabs or quit.
        execute!(io::stdout(), EnableBracketedPaste)?;
        if options.mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        App::with_saved_state(kb, theme, options.tab, Size::default(), opened).run(&mut terminal)
    })();
    leave_modes(options.mouse);
    ratatui::restore();
    // Said on the normal screen, where it stays readable: the last changes were not saved.
    if let Ok(Some(message)) = &result {
        eprintln!("{message}");
    }
    result.map(drop)
}

/// Turns off what [`run`] turned on besides raw mode and the alternate screen; harmless when it
/// was not on.
fn leave_modes(mouse: bool) {
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableFocusChange);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
}
