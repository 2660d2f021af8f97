//! Writing a note in the user's own editor, the way git does it: `$VISUAL`, else `$EDITOR`, else
//! `vi` (`$VISUAL` is skipped on a dumb terminal, where a full-screen editor cannot run), given
//! to the shell so that `EDITOR="code --wait"` works, with a temporary file holding the note as
//! its argument. pmpo waits for the editor to exit and reads the file back; an editor that exits
//! with an error leaves the note as it was, as git leaves a commit unmade.
//!
//! This module only runs the editor: handing the terminal over and taking it back is the app's
//! (`crate::app`), which saves the state first so that nothing waits unsaved while pmpo is
//! suspended.

use std::ffi::OsStr;
use std::io::{self, Write};
use std::process::Command;

/// The editor when neither `$VISUAL` nor `$EDITOR` names one.
pub const FALLBACK: &str = "vi";

/// Why editing in the external editor did not give a note.
#[derive(Debug, thiserror::Error)]
pub enum EditorError {
    /// The temporary file could not be made or written.
    #[error("cannot write the note to a temporary file: {0}")]
    Temp(io::Error),
    /// The editor could not be started.
    #[error("cannot start the editor “{command}”: {source}")]
    Start {
        /// The command tried.
        command: String,
        /// What the system said.
        source: io::Error,
    },
    /// The editor exited with an error.
    #[error("the editor “{command}” exited with {status}")]
    Failed {
        /// The command run.
        command: String,
        /// Its exit status, as the system words it.
        status: String,
    },
    /// The file could not be read back.
    #[error("cannot read the note back: {0}")]
    Read(io::Error),
}

/// The editor command git would pick from these variables' values: `visual` unless the terminal
/// is dumb, else `editor`, else [`FALLBACK`]; empty values count as unset.
pub fn command_from(visual: Option<&OsStr>, editor: Option<&OsStr>, term: Option<&OsStr>) -> String {
    let set = |value: Option<&OsStr>| {
        value.map(OsStr::to_string_lossy).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
    };
    let dumb = term.is_some_and(|term| term == "dumb");
    let visual = if dumb { None } else { set(visual) };
    visual.or_else(|| set(editor)).unwrap_or_else(|| FALLBACK.to_string())
}

/// The editor command from this process's environment.
pub fn command() -> String {
    let var = std::env::var_os;
    command_from(var("VISUAL").as_deref(), var("EDITOR").as_deref(), var("TERM").as_deref())
}

/// Writes `text` to a temporary file, runs `command` on it, waits for it to exit, and returns
/// what the file holds then (invalid UTF-8 replaced, not refused: the user's words come back
/// whatever their editor did). The file is removed afterwards.
pub fn edit(command: &str, text: &str) -> Result<String, EditorError> {
    let mut file =
        tempfile::Builder::new().prefix("pmpo-note-").suffix(".txt").tempfile().map_err(EditorError::Temp)?;
    file.write_all(text.as_bytes()).and_then(|()| file.flush()).map_err(EditorError::Temp)?;
    let path = file.path().to_path_buf();
    let status = shell(command, path.as_os_str())
        .status()
        .map_err(|source| EditorError::Start { command: command.to_string(), source })?;
    if status.code() == Some(127) {
        // The shell's "command not found".
        let source = io::Error::new(io::ErrorKind::NotFound, "not found (set VISUAL or EDITOR)");
        return Err(EditorError::Start { command: command.to_string(), source });
    }
    if !status.success() {
        return Err(EditorError::Failed { command: command.to_string(), status: status.to_string() });
    }
    // Read by path: an editor may have replaced the file rather than written into it.
    let bytes = std::fs::read(&path).map_err(EditorError::Read)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `command FILE` through the shell, as git runs an editor: `sh -c 'command "$@"' command FILE`.
#[cfg(unix)]
fn shell(command: &str, file: &OsStr) -> Command {
    let mut shell = Command::new("sh");
    shell.arg("-c").arg(format!("{command} \"$@\"")).arg(command).arg(file);
    shell
}

/// Without a POSIX shell, the command's words are the program and its first arguments.
#[cfg(not(unix))]
fn shell(command: &str, file: &OsStr) -> Command {
    let mut words = command.split_whitespace();
    let mut program = Command::new(words.next().unwrap_or(FALLBACK));
    program.args(words).arg(file);
    program
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_editor_is_chosen_as_git_chooses_it() {
        let os = |s: &'static str| Some(OsStr::new(s));
        assert_eq!(command_from(os("nano"), os("vim"), os("xterm")), "nano");
        assert_eq!(command_from(os(""), os("vim"), os("xterm")), "vim", "empty counts as unset");
        assert_eq!(command_from(os("nano"), os("vim"), os("dumb")), "vim", "no VISUAL on a dumb terminal");
        assert_eq!(command_from(None, None, None), FALLBACK);
    }

    #[test]
    fn the_file_comes_back_as_the_editor_left_it() -> Result<(), Box<dyn std::error::Error>> {
        // A fake editor: appends a line to the file it is given (its last argument).
        let written = edit("f() { printf 'and more\\n' >> \"$1\"; }; f", "first\n")?;
        assert_eq!(written, "first\nand more\n");
        // Arguments in the command are kept, as with EDITOR="code --wait".
        let replaced = edit("f() { printf '%s' \"$1\" > \"$2\"; }; f words", "old")?;
        assert_eq!(replaced, "words");
        Ok(())
    }

    #[test]
    fn an_editor_that_fails_or_cannot_start_gives_no_note() {
        assert!(matches!(edit("false", "kept"), Err(EditorError::Failed { .. })));
        // The shell starts, the command does not: the shell's 127 says so.
        let missing = edit("/no/such/editor-for-pmpo 2>/dev/null", "kept");
        assert!(matches!(missing, Err(EditorError::Start { .. })), "{missing:?}");
    }
}
