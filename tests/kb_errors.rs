//! Broken knowledge bases through the real binary: each is refused with one clear message on
//! stderr that names the file and the position or entry, exit code 1, nothing on stdout, no panic.
//!
//! Most cases break `fixtures/minimal.ron` in exactly one place (the test checks the place exists
//! once), so each case shows the rule it breaks; the rest are files no editor would produce.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const MINIMAL: &str = include_str!("fixtures/minimal.ron");

/// One broken knowledge base: `find` is replaced by `replace` in the minimal fixture, and stderr
/// must be exactly `FILE` followed by `expected` up to the end of the message's first part.
struct Case {
    name: &'static str,
    find: &'static str,
    replace: &'static str,
    expected: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "syntax error: a missing comma",
        find: "publisher: \"pmpo tests\",",
        replace: "publisher: \"pmpo tests\"",
        expected: ":8:9: Expected comma",
    },
    Case {
        name: "syntax error: a stray character",
        find: "quick_answer:",
        replace: "quick_answer: @",
        expected: ":14:23: Expected string",
    },
    Case {
        name: "wrong type: text where a number belongs",
        find: "combined_below_employees: 200,",
        replace: "combined_below_employees: \"two hundred\",",
        expected: ":43:39: Expected integer",
    },
    Case {
        name: "missing field",
        find: "        bottom_line: \"Neither is better.\",\n",
        replace: "",
        expected: ":103:5: Unexpected missing field named `bottom_line`",
    },
    Case {
        name: "unknown field",
        find: "        author_role: \"Tester\",",
        replace: "        author_role: \"Tester\",\n        colour: \"red\",",
        expected: ":10:9: Unexpected field named `colour`",
    },
    Case {
        name: "unknown enum value",
        find: "scope: \"A product.\", salary_level: mid",
        replace: "scope: \"A product.\", salary_level: ceo",
        expected: ":60:90: Unexpected variant named `ceo`",
    },
    Case {
        name: "trailing content after the document",
        find: "    ],\n)\n",
        replace: "    ],\n)\n(extra: 1)\n",
        expected: ":109:1: Non-whitespace trailing characters",
    },
    Case {
        name: "duplicated id",
        find: "(id: \"faq-both\"",
        replace: "(id: \"aspect-focus\"",
        expected: ": faq[0].id: duplicate id \"aspect-focus\" (first used at comparison[0].id)",
    },
    Case {
        name: "malformed id",
        find: "(id: \"aspect-focus\"",
        replace: "(id: \"Aspect Focus\"",
        expected: ": comparison[0].id: id \"Aspect Focus\" must be lowercase letters, digits and dashes",
    },
    Case {
        name: "low above high",
        find: "pm: (low: 120000, high: 200000, open_ended: true)",
        replace: "pm: (low: 300000, high: 200000, open_ended: true)",
        expected: ": overview.headline_salary.pm: low (300000) is above high (200000)",
    },
    Case {
        name: "a percentage over 100",
        find: "big_tech_total_comp: (low: 30, high: 60)",
        replace: "big_tech_total_comp: (low: 30, high: 160)",
        expected: ": salary.big_tech_total_comp.high: 160 is not a percentage within 0-100",
    },
    Case {
        name: "an empty text",
        find: "answer: \"Yes, often.\"",
        replace: "answer: \"   \"",
        expected: ": faq[0].answer: text is empty",
    },
    Case {
        name: "an ESC character inside a text",
        find: "answer: \"Yes, often.\"",
        replace: "answer: \"Yes, \u{1b}[31moften.\"",
        expected: ": faq[0].answer: text contains the control character U+001B",
    },
    Case {
        name: "a transition to a rung that does not exist",
        find: "to: \"rung-pm\"",
        replace: "to: \"rung-cpo\"",
        expected: ": careers.transitions[0].to: no rung has the id \"rung-cpo\"",
    },
    Case {
        name: "a salary level missing",
        find: "(level: director,",
        replace: "(level: staff,",
        expected: ": salary.levels[4].level: expected \"director\"",
    },
    Case {
        name: "org sizes with a gap",
        find: "min_employees: 50,",
        replace: "min_employees: 60,",
        expected: ": orgs.models[1].min_employees: must start where the previous model ends (50)",
    },
    Case {
        name: "an empty list",
        find: "        items: [\n            (id: \"cert-cspo\", role: po, name: \"CSPO\", issuer: \"Scrum Alliance\",\n             requirement: \"A 2-day course.\", standing: \"Well known.\"),\n        ],",
        replace: "        items: [],",
        expected: ": certifications.items: must not be empty",
    },
];

fn pmpo() -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary is built");
    command.env_remove("PMPO_KB").env_remove("NO_COLOR");
    command
}

/// Runs `pmpo kb check FILE` and returns stderr after checking the refusal is clean.
fn refused(file: &Path) -> String {
    let output = pmpo().arg("kb").arg("check").arg(file).output().expect("pmpo runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "exit code for {}: {stderr}", file.display());
    assert!(output.stdout.is_empty(), "nothing on stdout: {}", String::from_utf8_lossy(&output.stdout));
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one message: {stderr}");
    stderr
}

#[test]
fn the_minimal_fixture_is_valid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("minimal.ron");
    fs::write(&file, MINIMAL).expect("write fixture");
    pmpo().arg("kb").arg("check").arg(&file).assert().success();
}

#[test]
fn each_broken_rule_is_reported_with_its_position_or_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    for case in CASES {
        assert_eq!(MINIMAL.matches(case.find).count(), 1, "{}: the text to break occurs once", case.name);
        let file = dir.path().join("broken.ron");
        fs::write(&file, MINIMAL.replace(case.find, case.replace)).expect("write case");
        let stderr = refused(&file);
        let expected = format!("{}{}", file.display(), case.expected);
        assert!(stderr.starts_with(&expected), "{}:\n  expected {expected}\n  got      {stderr}", case.name);
    }
}

#[test]
fn invalid_utf8_is_reported_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("latin1.ron");
    let mut bytes = MINIMAL.replace("title: \"Fixture\"", "title: \"Fixture \u{0}\"").into_bytes();
    let at = bytes.iter().position(|&b| b == 0).expect("marker");
    bytes[at] = 0xff;
    fs::write(&file, bytes).expect("write");
    let stderr = refused(&file);
    assert!(stderr.starts_with(&format!("{}:6:25: not valid UTF-8", file.display())), "{stderr}");
}

#[test]
fn an_empty_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("empty.ron");
    fs::write(&file, "  \n").expect("write");
    let stderr = refused(&file);
    assert!(stderr.starts_with(&format!("{}:1:1: the file is empty", file.display())), "{stderr}");
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = refused(dir.path());
    assert!(stderr.contains("is a directory"), "{stderr}");
}

#[test]
fn a_missing_path_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nowhere.ron");
    let stderr = refused(&file);
    assert_eq!(stderr.trim_end(), format!("{}: cannot read: no such file", file.display()));
}

#[test]
fn an_unreadable_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("secret.ron");
    fs::write(&file, MINIMAL).expect("write");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&file).is_ok() {
        // Running as root, permissions do not stop reading; /proc/self/mem opens but every read at
        // offset 0 fails, which is the same path through the loader.
        let stderr = refused(Path::new("/proc/self/mem"));
        assert!(stderr.starts_with("/proc/self/mem: cannot read: "), "{stderr}");
    } else {
        let stderr = refused(&file);
        assert_eq!(stderr.trim_end(), format!("{}: cannot read: permission denied", file.display()));
    }
}

#[test]
fn a_file_over_16_mib_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("huge.ron");
    let handle = fs::File::create(&file).expect("create");
    handle.set_len(16 * 1024 * 1024 + 1).expect("sparse file");
    let stderr = refused(&file);
    assert!(stderr.contains("is 16777217 bytes; knowledge bases over 16 MiB are refused"), "{stderr}");
}

#[test]
fn an_endless_device_is_cut_off_at_the_limit() {
    let stderr = refused(Path::new("/dev/zero"));
    assert!(stderr.contains("knowledge bases over 16 MiB are refused"), "{stderr}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bom.ron");
    fs::write(&file, format!("\u{feff}{MINIMAL}")).expect("write");
    pmpo().arg("kb").arg("check").arg(&file).assert().success();
}

#[test]
fn every_command_refuses_a_broken_kb_from_the_flag_or_the_environment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.ron");
    fs::write(&file, MINIMAL.replace("answer: \"Yes, often.\"", "answer: \"\"")).expect("write");
    let expected = format!("{}: faq[0].answer: text is empty\n", file.display());
    // From the environment, the variable is named as well: nothing on the command line was.
    let from_env = format!("{}: faq[0].answer: text is empty (the file PMPO_KB names)\n", file.display());
    for args in [vec!["show", "faq"], vec!["kb", "check"], vec![]] {
        pmpo().arg("--kb").arg(&file).args(&args).assert().code(1).stdout("").stderr(expected.clone());
        pmpo().env("PMPO_KB", &file).args(&args).assert().code(1).stdout("").stderr(from_env.clone());
    }
}
