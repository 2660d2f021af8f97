//! The user's state survives through the real binary: bookmarks and Choose answers made with keys
//! are there when pmpo starts again, also after the process is killed mid-session.

mod support;

use support::pty::Pty;

/// The state file the app wrote.
fn state(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("state.ron")).unwrap_or_default()
}

#[test]
fn a_bookmark_made_with_keys_is_there_after_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = Pty::spawn(dir.path(), &["--tab", "compare"]);
    app.wait_for("Compare: 11 aspects");
    app.send("jb");
    app.wait_for("Bookmarked");
    app.send("q");
    assert!(app.wait_exit(), "pmpo exits cleanly");
    assert!(state(dir.path()).contains("aspect-strategic-vs-tactical"), "{}", state(dir.path()));

    // Start again: the same item is bookmarked, so `b` now removes it.
    let mut again = Pty::spawn(dir.path(), &["--tab", "compare"]);
    again.wait_for("Compare: 11 aspects");
    again.send("jb");
    again.wait_for("Bookmark removed");
    again.send("q");
    assert!(again.wait_exit());
    assert!(!state(dir.path()).contains("aspect-strategic-vs-tactical"));
}

#[test]
fn answers_are_saved_as_they_are_given_even_if_the_process_is_killed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = Pty::spawn(dir.path(), &["--tab", "choose"]);
    app.wait_for("Your lean");
    app.send(" j ");
    app.wait_for("2/7");
    app.kill();
    let saved = state(dir.path());
    assert!(saved.contains("choose-pm-"), "both marks saved before the kill: {saved}");
    assert_eq!(saved.matches("choose-pm-").count(), 2, "{saved}");

    // The next run opens on the tab open last time and shows the marks.
    let mut again = Pty::spawn(dir.path(), &[]);
    again.wait_for("2/7");
    again.send("q");
    assert!(again.wait_exit());
}
