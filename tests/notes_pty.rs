//! Notes through the real binary in a pseudo-terminal, as a user writes them: created, edited and
//! deleted with keys, there after a restart and after `kill -9` right after the editor closed;
//! written in `$EDITOR` (a fake editor script), the terminal handed over and taken back.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]
#![cfg(unix)]

mod support;

use std::path::{Path, PathBuf};

use pmpo::store::{self, State};
use support::pty::{Answers, Pty};

/// The state file the app wrote, read as pmpo reads it.
fn saved(dir: &Path) -> State {
    store::read(&dir.join("state.ron")).expect("a readable state file").unwrap_or_default()
}

/// A fake editor: a shell script that runs `body` with the note's file as `$1`.
fn fake_editor(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the fake editor");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("make it runnable");
    path
}

/// pmpo on `tab` with its data in `data`, `EDITOR` set to `editor` (and no `VISUAL`).
fn spawn(data: &Path, tab: &str, editor: &str) -> Pty {
    Pty::spawn_with(data, &["--tab", tab], &[("VISUAL", ""), ("EDITOR", editor)], Answers::DeviceOnly)
}

#[test]
fn a_note_is_created_edited_and_deleted_with_keys_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = spawn(dir.path(), "certs", "false");
    app.wait_for("CSPO");
    app.send("n");
    app.wait_for("✎ Your note on CSPO");
    app.send("Take the 2-day course in March");
    app.wait_for("30 / 20,000");
    app.send("\x1b");
    app.wait_for("Note added on");
    assert_eq!(
        saved(dir.path()).notes.get("cert-cspo").map(String::as_str),
        Some("Take the 2-day course in March"),
        "saved as the editor closed"
    );
    app.send("q");
    assert!(app.wait_exit());

    // Start again: the note is under the certification; edit it.
    let mut again = spawn(dir.path(), "certs", "false");
    again.wait_for("Take the 2-day course in March");
    again.send("n");
    again.wait_for("✎ Your note on CSPO");
    again.send("\r(or April)\x1b");
    again.wait_for("Note saved on");
    assert_eq!(
        saved(dir.path()).notes.get("cert-cspo").map(String::as_str),
        Some("Take the 2-day course in March\n(or April)")
    );

    // Emptied, it is deleted.
    again.send("n");
    again.wait_for("41 / 20,000");
    again.send(&"\x7f".repeat(41));
    again.wait_for(" 0 / 20,000");
    again.send("\x1b");
    again.wait_for("Note deleted");
    assert!(saved(dir.path()).notes.is_empty());
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn a_note_closed_survives_a_kill_right_after() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = spawn(dir.path(), "compare", "false");
    app.wait_for("Compare: 11 aspects");
    app.send("jnSketch the vision on a whiteboard\x1b");
    app.wait_for("Note added on");
    app.kill();
    assert_eq!(
        saved(dir.path()).notes.get("aspect-strategic-vs-tactical").map(String::as_str),
        Some("Sketch the vision on a whiteboard")
    );
    let mut again = spawn(dir.path(), "compare", "false");
    again.wait_for("Compare: 11 aspects");
    again.send("j");
    again.wait_for("Sketch the vision on a whiteboard");
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn capital_n_writes_the_note_in_editor_and_takes_the_terminal_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tools = tempfile::tempdir().expect("temp dir");
    // Appends a line, with an escape code a careless paste might leave, to what pmpo gave it.
    let editor = fake_editor(tools.path(), "editor", r#"printf 'From the editor \033[31mred\n' >> "$1""#);
    let mut app = spawn(dir.path(), "faq", editor.to_str().expect("a UTF-8 path"));
    // The FAQ opens on its list, the first question chosen.
    app.wait_for("Questions: 8");
    app.send("N");
    app.wait_for("Note added on");
    let screen = app.screen();
    assert!(screen.contains("5 control char"), "the escape code was stripped and said: {screen}");
    assert_eq!(
        saved(dir.path()).notes.get("faq-both-roles").map(String::as_str),
        Some("From the editor red"),
        "saved as the editor exited"
    );
    // The app has the terminal back: keys work.
    app.send("j");
    app.wait_until("the next question", |screen| screen.contains("▶ Who is paid more"));

    // Again: the editor gets the note as it is, and what it leaves replaces it.
    app.send("q");
    assert!(app.wait_exit());
    let replace = fake_editor(
        tools.path(),
        "replace",
        r#"test "$(cat "$1")" = "From the editor red" && printf 'Replaced' > "$1""#,
    );
    let mut again = spawn(dir.path(), "faq", replace.to_str().expect("a UTF-8 path"));
    again.wait_for("Questions: 8");
    again.send("N");
    again.wait_for("Note saved on");
    assert_eq!(saved(dir.path()).notes.get("faq-both-roles").map(String::as_str), Some("Replaced"));
    again.send("q");
    assert!(again.wait_exit());
}

#[test]
fn an_editor_that_fails_leaves_the_note_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = spawn(dir.path(), "certs", "false");
    app.wait_for("CSPO");
    app.send("nKeep me\x1b");
    app.wait_for("Note added on");
    app.send("N");
    app.wait_for("Note unchanged: the editor “false” exited with exit status: 1");
    assert_eq!(saved(dir.path()).notes.get("cert-cspo").map(String::as_str), Some("Keep me"));
    app.send("q");
    assert!(app.wait_exit());
}
