//! The `pmpo` binary: parse the command line, run a command or the app, report errors once.

use std::process::ExitCode;

use clap::Parser;
use pmpo::cli::{self, Cli};

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
        ExitCode::FAILURE
    })
}

/// Until the interactive app lands, `pmpo` alone prints the overview and says what else there is.
fn start_app(cli: &Cli) -> Result<ExitCode, cli::CliError> {
    let kb = cli::load_kb(cli.kb.as_deref())?;
    let overview = pmpo::doc::section(&kb, pmpo::doc::Section::Overview);
    let text = pmpo::doc::plain::render(&overview, 80, cli::styled_output());
    cli::write_out(&text)?;
    cli::write_out(
        "\nMore: `pmpo show SECTION` (compare, roles, orgs, careers, salary, certs, choose, faq); `pmpo --help`.\n",
    )?;
    Ok(ExitCode::SUCCESS)
}
