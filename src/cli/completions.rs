//! `pmpo completions SHELL`: the completion scripts, made from the clap definitions.

use clap::CommandFactory;

use super::args::Cli;

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

/// The completion script for `shell`.
pub(super) fn script(shell: clap_complete::Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut completion_command(), "pmpo", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}
