//! The command line: clap definitions and the non-interactive subcommands.
//!
//! Each subcommand is a small function that writes to stdout; errors travel back to `main`, which
//! reports them on stderr. Output to a closed pipe (`pmpo show faq | head`) ends quietly.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

mod card;
mod export;
mod kb;
mod notes;
mod offer;
mod salary;
mod search;
mod snapshot;

pub use export::{ExportArgs, Format};
pub use salary::SalaryArgs;
pub use search::SearchArgs;

use crate::background::ThemeChoice;
use crate::doc::{self, Section};
use crate::kb::{KbError, KnowledgeBase, load};
use crate::tab::Tab;

/// Product Manager vs Product Owner: compare the roles, look up salaries, study for interviews.
#[derive(Debug, Parser)]
#[command(name = "pmpo", version, about, long_about = None)]
pub struct Cli {
    /// Read the knowledge base from FILE (default: `$PMPO_KB`, then the config directory, then the
    /// built-in one; see `pmpo kb paths`)
    #[arg(long, global = true, value_name = "FILE")]
    pub kb: Option<PathBuf>,

    /// Open the app on this tab (default: the one open last time)
    #[arg(long, value_enum, value_name = "NAME", ignore_case = true)]
    pub tab: Option<Tab>,

    /// Leave the mouse to the terminal (no clicks or wheel in the app; text can be selected)
    #[arg(long)]
    pub no_mouse: bool,

    /// Colours for a dark or light background (default: `$PMPO_THEME`, else ask the terminal);
    /// `NO_COLOR` still turns colour off
    #[arg(long, value_enum, value_name = "THEME", ignore_case = true)]
    pub theme: Option<ThemeChoice>,

    /// What to do; without a command, pmpo opens the interactive app
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a section of the knowledge base as plain text
    Show {
        /// Which section
        #[arg(value_enum, ignore_case = true)]
        section: Section,
        /// Wrap at this many columns, 20 to 1000 (default: the terminal's width up to 100, or 80
        /// when not a terminal)
        #[arg(long, value_name = "COLUMNS", value_parser = within(20, 1000, "columns"), allow_negative_numbers = true)]
        width: Option<u16>,
    },
    /// Work out a salary range from the article's figures, showing the working, and place an
    /// offer in it
    Salary(SalaryArgs),
    /// Search the FAQ (or, with --all, the whole knowledge base), typos tolerated
    #[command(long_about = search::LONG_ABOUT)]
    Search(SearchArgs),
    /// Inspect, validate or copy the knowledge base
    #[command(subcommand)]
    Kb(KbCommand),
    /// Print one due flashcard, for a shell's start-up file (exits 0 when nothing is due)
    Card {
        /// Print the answer too
        #[arg(long)]
        answer: bool,
    },
    /// Print every personal note with its item (write them in the app with n)
    Notes {
        /// Print a JSON array of {"id","kind","title","tab","text"} (kind, title and tab are null
        /// for a note whose item this knowledge base lacks)
        #[arg(long)]
        json: bool,
    },
    /// Export the flashcards: anki (Anki's import format), markdown (a study sheet) or json
    #[command(long_about = export::LONG_ABOUT)]
    Export(ExportArgs),
    /// Draw one frame of the app without a terminal and print it as text
    Snapshot {
        /// The tab to draw
        #[arg(long, value_enum, value_name = "NAME", ignore_case = true)]
        tab: Tab,
        /// Columns, 1 to 1000
        #[arg(long, value_name = "COLUMNS", default_value_t = 80, value_parser = within(1, 1000, "columns"), allow_negative_numbers = true)]
        width: u16,
        /// Rows, 1 to 1000
        #[arg(long, value_name = "ROWS", default_value_t = 24, value_parser = within(1, 1000, "rows"), allow_negative_numbers = true)]
        height: u16,
    },
    /// Print a completion script for SHELL
    Completions {
        /// The shell to complete for
        #[arg(ignore_case = true)]
        shell: clap_complete::Shell,
        // `--kb` is global, but a completion script reads no knowledge base. This hidden copy keeps
        // the global one out of `pmpo completions --help` (clap does not propagate a global option
        // to a subcommand with its own), and `completion_command` leaves it out of the scripts.
        /// Ignored: a completion script reads no knowledge base
        #[arg(long, hide = true, value_name = "FILE")]
        kb: Option<PathBuf>,
    },
}

/// `pmpo kb ...`
#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Validate a knowledge base (default: the active one) and summarise what it holds
    Check {
        /// The file to check
        file: Option<PathBuf>,
    },
    /// Print the built-in knowledge base, a starting point for your own
    Dump,
    /// List where pmpo looks for a knowledge base and which source is active
    Paths,
}

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

/// A parser for a size from `low` to `high` (columns or rows), whose error says the range as a
/// person would, rather than clap's `1..=1000` (or its tip to write `-- -5` for a negative one).
fn within(low: u16, high: u16, unit: &'static str) -> impl Fn(&str) -> Result<u16, String> + Clone {
    move |text: &str| {
        text.trim()
            .parse::<u16>()
            .ok()
            .filter(|value| (low..=high).contains(value))
            .ok_or_else(|| format!("expected a number of {unit} from {low} to {high}"))
    }
}

/// The command line as completion scripts describe it: `completions` without `--kb`, which
/// means nothing there (the generators list hidden options too, so it is left out).
fn completion_command() -> clap::Command {
    // Built first, so that global options have been handed down and are not handed down again.
    let mut command = Cli::command();
    command.build();
    command.mut_subcommand("completions", |completions| {
        let args: Vec<clap::Arg> =
            completions.get_arguments().filter(|arg| arg.get_id() != "kb").cloned().collect();
        let about = completions.get_about().cloned().unwrap_or_default();
        let bin_name = completions.get_bin_name().unwrap_or("pmpo completions").to_string();
        // The help option is among the arguments copied: no second one. The name the scripts
        // call it by was set when the whole was built.
        clap::Command::new("completions").about(about).bin_name(bin_name).disable_help_flag(true).args(args)
    })
}

/// The theme asked for: `--theme`, else `PMPO_THEME`, else auto. A bad `PMPO_THEME` is a usage
/// error worded like clap's for a bad `--theme`, since it is the same mistake.
pub fn theme_choice(cli: &Cli) -> Result<ThemeChoice, CliError> {
    let env = std::env::var_os("PMPO_THEME");
    ThemeChoice::resolve(cli.theme, env.as_deref()).map_err(|value| {
        let message = format!(
            "invalid value '{value}' for the environment variable PMPO_THEME\n  [possible values: {}]",
            ThemeChoice::NAMES.join(", ")
        );
        CliError::Usage(Box::new(Cli::command().error(clap::error::ErrorKind::InvalidValue, message)))
    })
}

/// Loads the knowledge base the way every command does: `--kb`, then `PMPO_KB`, then the config
/// directory, then the embedded default.
pub fn load_kb(flag: Option<&std::path::Path>) -> Result<KnowledgeBase, KbError> {
    let candidates = load::candidates_from_environment(flag);
    load::load(load::active(&candidates))
}

/// Runs a non-interactive command. `None` means the caller should start the interactive app.
pub fn run(cli: &Cli) -> Result<Option<ExitCode>, CliError> {
    let Some(command) = &cli.command else {
        return Ok(None);
    };
    match command {
        Command::Show { section, width } => {
            let kb = load_kb(cli.kb.as_deref())?;
            let width = width.map_or_else(output_width, usize::from);
            write_out(&doc::plain::render(&doc::section(&kb, *section), width, styled_output()))?;
        }
        Command::Salary(args) => salary::run(&load_kb(cli.kb.as_deref())?, args)?,
        Command::Search(args) => search::run(cli, args)?,
        Command::Kb(KbCommand::Check { file }) => kb::check(cli, file.as_ref())?,
        Command::Kb(KbCommand::Dump) => write_out(load::EMBEDDED)?,
        Command::Kb(KbCommand::Paths) => write_out(&kb::paths(cli))?,
        Command::Card { answer } => card::card(cli, *answer)?,
        Command::Notes { json } => notes::run(cli, *json)?,
        Command::Export(args) => export::run(cli, args)?,
        Command::Snapshot { tab, width, height } => {
            let kb = load_kb(cli.kb.as_deref())?;
            write_out(&snapshot::render(kb, *tab, *width, *height))?;
        }
        Command::Completions { shell, .. } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut completion_command(), "pmpo", &mut script);
            write_out(&String::from_utf8_lossy(&script))?;
        }
    }
    Ok(Some(ExitCode::SUCCESS))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
