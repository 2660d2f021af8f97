//! The theme the real binary picks, read from the colour codes it writes in a pseudo-terminal:
//! `--theme`, `PMPO_THEME`, `NO_COLOR`, and the terminal's own answer about its background (or
//! its silence). Yellow (palette index 3) is only in the dark theme and blue (4) only in the
//! light one: the contrast test keeps each out of the other, where it does not read.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use std::collections::BTreeSet;

use assert_cmd::Command;
use support::pty::{Answers, Pty, QUERY_BACKGROUND, QUERY_DEVICE};

const YELLOW: u8 = 3;
const BLUE: u8 = 4;

const BLACK_ON_WHITE: Answers =
    Answers::Colors { foreground: "rgb:0000/0000/0000", background: "rgb:ffff/ffff/ffff" };
const WHITE_ON_BLACK: Answers =
    Answers::Colors { foreground: "rgb:ffff/ffff/ffff", background: "rgb:0000/0000/0000" };

/// The text colours of pmpo's first Salary frame with `args`, `env` and the terminal's
/// `answers`; it quits cleanly after.
fn first_frame_colors(args: &[&str], env: &[(&str, &str)], answers: Answers) -> BTreeSet<u8> {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut full = vec!["--tab", "salary"];
    full.extend_from_slice(args);
    let mut app = Pty::spawn_with(dir.path(), &full, env, answers);
    app.wait_for("Salary inputs");
    app.wait_for("Working");
    let colors = app.text_colors();
    app.send("q");
    assert!(app.wait_exit(), "pmpo exits cleanly");
    colors
}

fn is_light(colors: &BTreeSet<u8>) -> bool {
    colors.contains(&BLUE) && !colors.contains(&YELLOW)
}

fn is_dark(colors: &BTreeSet<u8>) -> bool {
    colors.contains(&YELLOW) && !colors.contains(&BLUE)
}

#[test]
fn the_flag_picks_the_theme() {
    let light = first_frame_colors(&["--theme", "light"], &[], Answers::DeviceOnly);
    assert!(is_light(&light), "{light:?}");
    let dark = first_frame_colors(&["--theme", "dark"], &[], BLACK_ON_WHITE);
    assert!(is_dark(&dark), "--theme dark wins over a light terminal: {dark:?}");
}

#[test]
fn pmpo_theme_picks_the_theme_and_the_flag_beats_it() {
    let light = first_frame_colors(&[], &[("PMPO_THEME", "light")], Answers::DeviceOnly);
    assert!(is_light(&light), "{light:?}");
    let dark = first_frame_colors(&["--theme", "dark"], &[("PMPO_THEME", "light")], Answers::DeviceOnly);
    assert!(is_dark(&dark), "{dark:?}");
    let dark = first_frame_colors(&[], &[("PMPO_THEME", "dark")], BLACK_ON_WHITE);
    assert!(is_dark(&dark), "PMPO_THEME=dark wins over a light terminal: {dark:?}");
}

#[test]
fn no_color_wins_over_every_theme() {
    for (args, env) in [
        (&["--theme", "light"][..], &[("NO_COLOR", "1")][..]),
        (&[][..], &[("NO_COLOR", "1"), ("PMPO_THEME", "dark")][..]),
        (&[][..], &[("NO_COLOR", "1")][..]),
    ] {
        let colors = first_frame_colors(args, env, BLACK_ON_WHITE);
        assert!(colors.is_empty(), "{args:?} {env:?}: {colors:?}");
    }
}

#[test]
fn a_terminal_that_says_it_is_light_gets_the_light_theme() {
    let light = first_frame_colors(&[], &[], BLACK_ON_WHITE);
    assert!(is_light(&light), "{light:?}");
    let dark = first_frame_colors(&[], &[], WHITE_ON_BLACK);
    assert!(is_dark(&dark), "{dark:?}");
    // The terminal's answer beats COLORFGBG.
    let light = first_frame_colors(&[], &[("COLORFGBG", "15;0")], BLACK_ON_WHITE);
    assert!(is_light(&light), "{light:?}");
}

#[test]
fn without_an_answer_colorfgbg_decides_then_dark() {
    let light = first_frame_colors(&[], &[("COLORFGBG", "0;15")], Answers::DeviceOnly);
    assert!(is_light(&light), "{light:?}");
    let dark = first_frame_colors(&[], &[("COLORFGBG", "15;0")], Answers::DeviceOnly);
    assert!(is_dark(&dark), "{dark:?}");
    let dark = first_frame_colors(&[], &[], Answers::DeviceOnly);
    assert!(is_dark(&dark), "{dark:?}");
}

#[test]
fn a_terminal_that_never_answers_does_not_hang_the_start() {
    // No DA1 either: the query gives up after its timeout, well inside `wait_for`'s ten seconds.
    let dark = first_frame_colors(&[], &[], Answers::Silent);
    assert!(is_dark(&dark), "{dark:?}");
    let light = first_frame_colors(&[], &[("COLORFGBG", "0;15")], Answers::Silent);
    assert!(is_light(&light), "{light:?}");
}

#[test]
fn the_answer_is_read_not_typed_into_the_app() {
    // The answers hold digits (tab keys) and letters; none may reach the app as keys.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = Pty::spawn_with(dir.path(), &["--tab", "faq"], &[], BLACK_ON_WHITE);
    app.wait_for("Filter");
    assert!(app.asked(QUERY_BACKGROUND));
    app.send("scrum");
    app.wait_for("scrum");
    let screen = app.screen();
    assert!(!screen.contains("rgb") && !screen.contains("62;22"), "{screen}");
    // Still on the FAQ tab, the filter holding exactly what was typed.
    assert!(screen.contains("Matches:") && screen.contains("│ scrum "), "{screen}");
    app.send("\x03"); // Ctrl-C: `q` would be typed into the filter
    assert!(app.wait_exit());
}

#[test]
fn only_the_interactive_app_asks_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in [
        &["show", "overview"][..],
        &["snapshot", "--tab", "salary"],
        &["salary", "--role", "pm", "--level", "senior"],
        &["search", "scrum"],
        &["card"],
        &["kb", "paths"],
    ] {
        let (success, output) = Pty::spawn_with(dir.path(), args, &[], BLACK_ON_WHITE).wait_exit_output();
        assert!(success, "{args:?} succeeds");
        assert!(!output.is_empty(), "{args:?} printed something");
        assert!(!contains(&output, QUERY_BACKGROUND) && !contains(&output, QUERY_DEVICE), "{args:?} asked");
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

#[test]
fn a_bad_pmpo_theme_is_a_usage_error() {
    let assert = Command::cargo_bin("pmpo")
        .expect("the binary")
        .env("PMPO_THEME", "blue")
        .env_remove("NO_COLOR")
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("invalid value 'blue'") && stderr.contains("PMPO_THEME"), "{stderr}");
    assert!(stderr.contains("[possible values: auto, dark, light]"), "{stderr}");
    // As for the flag, which clap checks.
    Command::cargo_bin("pmpo").expect("the binary").args(["--theme", "blue"]).assert().code(2);
    // Commands that draw no app do not read it.
    Command::cargo_bin("pmpo")
        .expect("the binary")
        .env("PMPO_THEME", "blue")
        .args(["kb", "check"])
        .assert()
        .success();
}
