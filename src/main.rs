//! The `pmpo` binary: parse the command line, run a command or the app, report errors once.

use std::process::ExitCode;

use clap::Parser;
use pmpo::cli::{self, Cli};
use pmpo::terminal::{self, Options};
use pmpo::ui::Theme;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli::run(&cli) {
        Ok(Some(code)) => Ok(code),
        Ok(None) => start_app(&cli),
        Err(error) => Err(error),
    };
    result.unwrap_or_else(|error| {
        // A knowledge-base error already names the file and position; nothing to prefix.
        eprintln!("{error}");
        error.exit_code()
    })
}

/// The knowledge base loads before the terminal is touched, so a broken one is reported on a
/// normal screen.
fn start_app(cli: &Cli) -> Result<ExitCode, cli::CliError> {
    let kb = cli::load_kb(cli.kb.as_deref())?;
    let options =
        Options { tab: cli.tab, mouse: !cli.no_mouse, theme: Theme::for_environment(cli::no_color()) };
    terminal::run(kb, options).map_err(cli::CliError::Terminal)?;
    Ok(ExitCode::SUCCESS)
}
