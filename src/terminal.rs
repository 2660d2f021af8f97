//! Entering and leaving the terminal: raw mode, the alternate screen, bracketed paste, mouse
//! capture and focus reporting (so the app picks up what another pmpo saved when its window comes
//! back to the front), undone on every way out — a normal quit, an error, and a panic — and for as long as
//! the user's own editor has the terminal ([`suspend`]). What the app turns on besides raw mode
//! and the alternate screen is [`Modes`], in one place. The theme is settled first, asking the
//! terminal for its background if need be, while the terminal is still in its normal state.
//!
//! This file starts the app, so it imports the app; the modes and the hand-over, which the app
//! needs in turn, live in [`modes`], so the app never imports this file.

pub mod modes;

pub use modes::{Modes, suspend};

use std::io::{self, IsTerminal};

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
