//! The command line as clap reads it: the options, the subcommands and their arguments, and the
//! theme they ask for. The arguments of the larger subcommands are in the files under `args/`.
//!
//! Definitions only: the subcommands that act on them import this file, never the other way round.

mod export;
mod salary;
mod search;

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

pub use export::{ExportArgs, Format};
pub use salary::SalaryArgs;
pub use search::SearchArgs;

use super::output::CliError;
use crate::background::ThemeChoice;
use crate::doc::Section;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
