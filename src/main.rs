//! The `pmpo` binary: parse the command line, run a command or the app, report errors once.

use std::process::ExitCode;

use clap::Parser;
use pmpo::background::Appearance;
use pmpo::cli::{self, Cli, CliError};
use pmpo::terminal::{self, Options};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli::run(&cli) {
        Ok(Some(code)) => Ok(code),
        Ok(None) => start_app(&cli),
        Err(error) => Err(error),
    };
    result.unwrap_or_else(|error| match error {
        // Worded and coloured by clap, with its exit code (2), like every other usage error.
        CliError::Usage(error) => {
            let _ = error.print();
            ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
        }
        // A knowledge-base error already names the file and position; nothing to prefix.
        error => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    })
}

/// The knowledge base loads before the terminal is touched, so a broken one is reported on a
/// normal screen; a bad `PMPO_THEME` is reported before that, as clap reports a bad flag.
fn start_app(cli: &Cli) -> Result<ExitCode, CliError> {
    let appearance = Appearance { no_color: cli::no_color(), choice: cli::theme_choice(cli)? };
    let kb = cli::load_kb(cli.kb.as_deref())?;
    let options = Options { tab: cli.tab, mouse: !cli.no_mouse, appearance };
    terminal::run(kb, options).map_err(CliError::Terminal)?;
    Ok(ExitCode::SUCCESS)
}
