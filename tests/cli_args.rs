//! Argument polish (issue 15, item 15): enumerated values in any case, `5.` as a percentage,
//! ranges said as a person would say them, `--kb` not offered where it means nothing, the
//! variable named when `PMPO_KB` points nowhere, and one name for one kind of value.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use assert_cmd::Command;

fn pmpo(args: &[&str]) -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary");
    command.env_remove("PMPO_KB").env_remove("NO_COLOR").env("XDG_CONFIG_HOME", "/nonexistent").args(args);
    command
}

/// Runs `pmpo ARGS`: exit code, stdout, stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = pmpo(args).output().expect("pmpo runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

#[test]
fn enumerated_values_are_accepted_in_any_case() {
    let (code, lower, _) = run(&["salary", "--role", "pm", "--level", "senior", "--json"]);
    assert_eq!(code, 0);
    for args in [
        ["salary", "--role", "PM", "--level", "Senior", "--json"],
        ["salary", "--role", "Pm", "--level", "SENIOR", "--json"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!((code, out.as_str()), (0, lower.as_str()), "{args:?}: {err}");
    }
    let (code, out, err) = run(&[
        "salary",
        "--role",
        "PO",
        "--level",
        "senior",
        "--company",
        "Big-Tech",
        "--industry",
        "FINANCE",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(r#""company":"big-tech","industry":"finance""#), "keys stay lower case: {out}");
    for args in [&["show", "FAQ"][..], &["snapshot", "--tab", "Salary"], &["completions", "Bash"]] {
        let (code, _, err) = run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (code, _, err) = run(&["salary", "--role", "pmx", "--level", "senior"]);
    assert_eq!(code, 2, "an unknown value is still refused: {err}");
}

#[test]
fn a_percentage_may_end_in_a_point() {
    let (code, out, err) = run(&["salary", "--role", "pm", "--level", "senior", "--col", "5.", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(r#""col":5,"#), "{out}");
    let (code, _, _) = run(&["salary", "--role", "pm", "--level", "senior", "--col", "."]);
    assert_eq!(code, 2, "a point alone is not a number");
}

#[test]
fn ranges_are_said_as_a_person_would_say_them() {
    let (code, _, err) = run(&["search", "scrum", "--limit", "0"]);
    assert_eq!(code, 2);
    assert!(!err.contains("4294967295"), "{err}");
    assert!(err.contains("at least 1"), "{err}");

    let (code, _, err) = run(&["show", "faq", "--width", "-5"]);
    assert_eq!(code, 2);
    assert!(!err.contains("-- -5"), "no tip about positional values: {err}");
    assert!(err.contains("20 to 1000"), "the range: {err}");
    let (code, _, err) = run(&["show", "faq", "--width", "5000"]);
    assert_eq!(code, 2);
    assert!(err.contains("20 to 1000"), "{err}");
    let (_, help, _) = run(&["show", "--help"]);
    assert!(help.contains("20 to 1000"), "the range in the help: {help}");
    let (code, _, err) = run(&["snapshot", "--tab", "faq", "--height", "0"]);
    assert_eq!(code, 2);
    assert!(err.contains("1 to 1000"), "{err}");
}

#[test]
fn kb_is_not_offered_on_completions() {
    let (_, help, _) = run(&["completions", "--help"]);
    assert!(!help.contains("--kb"), "{help}");
    let (code, script, _) = run(&["completions", "bash"]);
    assert_eq!(code, 0);
    // The completions of `pmpo completions` itself (bash lists each subcommand's options).
    let own = script.split("pmpo__subcmd__completions)").nth(1).unwrap_or_default();
    let own = own.split(";;").next().unwrap_or_default();
    assert!(!own.is_empty() && !own.contains("--kb"), "{own}");
    // Everywhere else it stays.
    let (_, help, _) = run(&["salary", "--help"]);
    assert!(help.contains("--kb"), "{help}");
}

#[test]
fn a_missing_pmpo_kb_names_the_variable() {
    let output = pmpo(&["show", "faq"]).env("PMPO_KB", "/missing-pmpo-kb.ron").output().expect("runs");
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(err.starts_with("/missing-pmpo-kb.ron: cannot read"), "the file first, as always: {err}");
    assert!(err.contains("PMPO_KB"), "and where it came from: {err}");
    // --kb names its file itself; no variable to mention.
    let (_, _, err) = run(&["--kb", "/missing-pmpo-kb.ron", "show", "faq"]);
    assert!(!err.contains("PMPO_KB"), "{err}");
}

#[test]
fn every_width_has_one_name() {
    let (_, show, _) = run(&["show", "--help"]);
    let (_, snapshot, _) = run(&["snapshot", "--help"]);
    assert!(show.contains("--width <COLUMNS>"), "{show}");
    assert!(snapshot.contains("--width <COLUMNS>"), "{snapshot}");
    assert!(snapshot.contains("--height <ROWS>"), "{snapshot}");
}
