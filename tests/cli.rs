//! The command line through the real binary: `show`, `kb`, `completions`, `--version`, and the
//! exit codes scripts rely on.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use assert_cmd::Command;
use pmpo::kb::KnowledgeBase;
use predicates::prelude::*;
use unicode_width::UnicodeWidthStr;

/// `pmpo` with no knowledge-base or colour settings inherited from the developer's shell.
fn pmpo() -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary is built");
    command.env_remove("PMPO_KB").env_remove("NO_COLOR").env("XDG_CONFIG_HOME", "/nonexistent-pmpo-config");
    command
}

fn stdout_of(args: &[&str]) -> String {
    let output = pmpo().args(args).output().expect("pmpo runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

const SECTIONS: [&str; 9] =
    ["overview", "compare", "roles", "orgs", "careers", "salary", "certs", "choose", "faq"];

#[test]
fn every_section_prints_plain_text_wrapped_to_80_columns_when_piped() {
    for section in SECTIONS {
        let text = stdout_of(&["show", section]);
        assert!(!text.contains('\x1b'), "{section}: no escape codes in a pipe");
        assert!(text.lines().count() > 10, "{section}: has content");
        for line in text.lines() {
            assert!(line.width() <= 80, "{section}: line wider than 80: {line:?}");
        }
    }
}

#[test]
fn width_is_respected() {
    for section in SECTIONS {
        let text = stdout_of(&["show", section, "--width", "50"]);
        let widest = text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
        assert!(widest <= 50, "{section}: widest line is {widest}");
        assert!(widest >= 40, "{section}: uses the width ({widest})");
    }
}

#[test]
fn sections_hold_what_they_promise() {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let compare = stdout_of(&["show", "compare", "--width", "200"]);
    for aspect in &kb.comparison {
        assert!(compare.contains(&aspect.name), "compare lists {}", aspect.name);
    }
    let faq = stdout_of(&["show", "faq", "--width", "1000"]);
    for entry in &kb.faq {
        assert!(faq.contains(&entry.question), "faq lists {}", entry.question);
    }
    let salary = stdout_of(&["show", "salary", "--width", "200"]);
    for figure in ["$90,000–$130,000", "$200,000–$350,000+", "$150,000–$190,000+"] {
        assert!(salary.contains(figure), "salary shows {figure}");
    }
    let overview = stdout_of(&["show", "overview", "--width", "300"]);
    assert!(overview.contains("Aditi Chaturvedi") && overview.contains("February 2026"), "attributed");
    let certs = stdout_of(&["show", "certs", "--width", "300"]);
    for cert in &kb.certifications.items {
        assert!(certs.contains(&cert.name), "certs lists {}", cert.name);
    }
}

#[test]
fn no_color_is_honoured() {
    // Not a terminal here, so no styling either way; NO_COLOR must not change the text.
    let plain = stdout_of(&["show", "overview"]);
    let output = pmpo().args(["show", "overview"]).env("NO_COLOR", "1").output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout), plain);
}

#[test]
fn an_unknown_section_is_a_usage_error() {
    pmpo()
        .args(["show", "salaries"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: overview, compare, roles"));
    pmpo().args(["show", "faq", "--width", "5"]).assert().code(2);
}

#[test]
fn kb_dump_is_the_embedded_file_byte_for_byte() {
    let output = pmpo().args(["kb", "dump"]).output().expect("runs");
    assert!(output.status.success());
    assert_eq!(output.stdout, include_bytes!("../assets/knowledge.ron"));
}

#[test]
fn kb_check_summarises_the_active_knowledge_base() {
    pmpo().args(["kb", "check"]).assert().success().stdout(
        "<embedded>: ok: 11 aspects, 8 FAQ entries, 20 skills, 8 certifications, 14 statements, \
         3 org models, 10 ladder rungs, 5 salary levels\n",
    );
}

#[test]
fn a_dumped_knowledge_base_checks_and_is_used_from_every_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mine.ron");
    std::fs::write(&file, include_str!("fixtures/minimal.ron")).expect("write");
    let name = file.display().to_string();
    let expect_fixture = predicate::str::contains("Fixture");

    pmpo().args(["kb", "check"]).arg(&file).assert().success().stdout(predicate::str::starts_with(&name));
    pmpo()
        .arg("--kb")
        .arg(&file)
        .args(["show", "overview"])
        .assert()
        .success()
        .stdout(expect_fixture.clone());
    pmpo().env("PMPO_KB", &file).args(["show", "overview"]).assert().success().stdout(expect_fixture.clone());

    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("pmpo")).expect("config dir");
    std::fs::copy(&file, config.join("pmpo/knowledge.ron")).expect("copy");
    pmpo()
        .env("XDG_CONFIG_HOME", &config)
        .args(["show", "overview"])
        .assert()
        .success()
        .stdout(expect_fixture);
}

#[test]
fn kb_paths_marks_the_active_source() {
    let text = stdout_of(&["kb", "paths"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains("--kb") && lines[0].contains("(not given)"), "{text}");
    assert!(lines[1].contains("PMPO_KB") && lines[1].contains("(not set)"), "{text}");
    assert!(lines[2].contains("/nonexistent-pmpo-config/pmpo/knowledge.ron (missing)"), "{text}");
    assert!(lines[3].starts_with("* embedded") && lines[3].ends_with("<- active"), "{text}");

    let output = pmpo().args(["--kb", "/tmp/x.ron", "kb", "paths"]).env("PMPO_KB", "/tmp/y.ron").output();
    let text = String::from_utf8(output.expect("runs").stdout).expect("UTF-8");
    assert!(
        text.lines().next().is_some_and(|l| l.starts_with("* --kb") && l.ends_with("<- active")),
        "{text}"
    );
    assert!(text.contains("/tmp/y.ron (missing)"), "{text}");
}

#[test]
fn completions_are_generated_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains("pmpo"), "{shell}");
        assert!(script.contains("show"), "{shell} completes subcommands");
    }
    pmpo().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn version_and_help() {
    pmpo().arg("--version").assert().success().stdout(format!("pmpo {}\n", env!("CARGO_PKG_VERSION")));
    pmpo().arg("--help").assert().success().stdout(predicate::str::contains("Usage: pmpo"));
    pmpo().arg("--no-such-flag").assert().code(2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `pmpo show faq | true`: the reader is gone before pmpo writes; pmpo must end quietly, with
    // success and nothing on stderr (Rust ignores SIGPIPE, so the write fails with EPIPE instead).
    let script =
        format!("{} show faq --width 1000 | true; echo ${{PIPESTATUS[0]}}", env!("CARGO_BIN_EXE_pmpo"));
    let output = std::process::Command::new("bash").arg("-c").arg(script).output().expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "0");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn snapshot_draws_one_frame_of_any_tab_at_any_size() {
    for tab in pmpo::tab::Tab::ALL.iter().map(|tab| tab.name()) {
        let text = stdout_of(&["snapshot", "--tab", tab, "--width", "100", "--height", "30"]);
        assert_eq!(text.lines().count(), 30, "{tab}");
        assert!(text.lines().all(|line| line.width() <= 100), "{tab}");
        assert!(text.lines().next().is_some_and(|line| line.contains("Overview")), "{tab}: tab bar");
    }
    let tiny = stdout_of(&["snapshot", "--tab", "compare", "--width", "1", "--height", "1"]);
    assert_eq!(tiny.lines().count(), 1);
    let small = stdout_of(&["snapshot", "--tab", "compare", "--width", "30", "--height", "6"]);
    assert!(small.contains("terminal too small"), "{small}");
    pmpo().args(["snapshot", "--tab", "nope"]).assert().code(2);
    pmpo().args(["snapshot", "--tab", "compare", "--width", "0"]).assert().code(2);
}

#[test]
fn the_app_needs_a_terminal_and_says_so() {
    // stdin and stdout are pipes here: the app must refuse cleanly, before touching the terminal.
    pmpo()
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("the interactive app needs a terminal"));
    pmpo().args(["--tab", "nowhere"]).assert().code(2);
}
