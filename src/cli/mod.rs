//! The command line: clap definitions and the non-interactive subcommands.
//!
//! Each subcommand is a small function that writes to stdout; errors travel back to `main`, which
//! reports them on stderr. Output to a closed pipe (`pmpo show faq | head`) ends quietly.
//!
//! This file declares the parts, re-exports what `main` uses and dispatches to the subcommands:
//! the definitions are in `args.rs`, what they share on the way out in `output.rs`, and no part
//! imports this file.

use std::process::ExitCode;

mod args;
mod card;
mod completions;
mod export;
mod kb;
mod notes;
mod offer;
mod output;
mod salary;
mod salary_parts;
mod search;
mod snapshot;

pub use args::{Cli, Command, ExportArgs, Format, KbCommand, SalaryArgs, SearchArgs, theme_choice};
pub(crate) use output::output_width;
pub use output::{CliError, load_kb, no_color, styled_output, write_out};

use crate::doc;
use crate::kb::load;

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
        Command::Completions { shell, .. } => write_out(&completions::script(*shell))?,
    }
    Ok(Some(ExitCode::SUCCESS))
}
