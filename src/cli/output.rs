//! What every command shares on its way out: the error that travels back to `main`, the
//! knowledge base loaded as every command loads it, and stdout (its width, whether to style it,
//! and writing to it, where a closed pipe ends quietly).
//!
//! A leaf: the subcommands import it directly, not through `cli/mod.rs`, so none of them imports
//! the file that dispatches to it.

use std::io::{self, IsTerminal, Write};

use crate::doc;
use crate::kb::{KbError, KnowledgeBase, load};

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The knowledge base did not load.
    #[error(transparent)]
    Kb(#[from] KbError),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),
    /// The terminal could not be set up or read.
    #[error("pmpo: {0}")]
    Terminal(io::Error),
    /// A usage error clap could not see (a bad `PMPO_THEME`): reported like clap's own, exit 2.
    #[error("{0}")]
    Usage(Box<clap::Error>),
}

/// Loads the knowledge base the way every command does: `--kb`, then `PMPO_KB`, then the config
/// directory, then the embedded default.
pub fn load_kb(flag: Option<&std::path::Path>) -> Result<KnowledgeBase, KbError> {
    let candidates = load::candidates_from_environment(flag);
    load::load(load::active(&candidates))
}

/// The width to wrap printed text at: the terminal's when stdout is one, at most the app's
/// reading width ([`doc::READING_COLUMNS`], `--width` goes wider), else 80.
///
/// The terminal check comes first: without a terminal, crossterm's `size()` falls back to running
/// `tput`, two child processes that cost milliseconds (`pmpo card` runs at every shell start).
pub(crate) fn output_width() -> usize {
    if !io::stdout().is_terminal() {
        return 80;
    }
    let most = usize::from(doc::READING_COLUMNS);
    ratatui::crossterm::terminal::size().map_or(80, |(columns, _)| usize::from(columns).clamp(20, most))
}

/// Escape codes only for a terminal, and never when `NO_COLOR` is set (<https://no-color.org>).
pub fn styled_output() -> bool {
    io::stdout().is_terminal() && !no_color()
}

/// Whether the user asked for no colour: `NO_COLOR` set to anything but the empty string.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Writes to stdout; a reader that went away (a closed pipe) is not an error.
pub fn write_out(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
