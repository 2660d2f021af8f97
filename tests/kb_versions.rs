//! Knowledge bases written by earlier and later pmpo: a file dumped by pmpo 0.1 keeps loading in
//! every later version (its sections are all there is; what came later is optional), and a file
//! for a newer pmpo says so instead of failing with a bare "unknown field".

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use assert_cmd::Command;
use predicates::prelude::*;

/// `pmpo kb dump` of pmpo 0.1, kept as it was written. Never edit it: it stands for every user's
/// own knowledge base made from that version.
const DUMPED_BY_0_1: &str = include_str!("fixtures/kb-0.1.ron");

fn pmpo() -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary");
    command.env_remove("PMPO_KB").env("NO_COLOR", "1");
    command
}

fn written(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mine.ron");
    std::fs::write(&file, text).expect("write");
    (dir, file)
}

#[test]
fn a_knowledge_base_dumped_by_0_1_loads_and_is_told_what_it_lacks() {
    let kb = pmpo::kb::load::parse("kb-0.1.ron", DUMPED_BY_0_1).expect("the 0.1 dump loads");
    assert_eq!(kb.version, 1, "no version field: the first version");
    assert!(!DUMPED_BY_0_1.contains("    version:"), "the fixture is the file as 0.1 wrote it");

    let (_dir, file) = written(DUMPED_BY_0_1);
    pmpo()
        .args(["kb", "check"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(": ok: 11 aspects"))
        .stdout(predicate::str::contains(format!(
            "written for knowledge-base version 1, older than this pmpo's {}",
            pmpo::kb::version::CURRENT
        )));
    for section in ["overview", "faq", "careers", "orgs"] {
        pmpo().arg("--kb").arg(&file).args(["show", section]).assert().success();
    }
    pmpo().arg("--kb").arg(&file).args(["snapshot", "--tab", "study"]).assert().success();
}

#[test]
fn the_embedded_knowledge_base_is_current_and_says_nothing_more() {
    let kb = pmpo::kb::KnowledgeBase::embedded().expect("embedded loads");
    assert_eq!(kb.version, pmpo::kb::version::CURRENT);
    assert_eq!(kb.lacks().count(), 0);
    pmpo().args(["kb", "check"]).assert().success().stdout(predicate::str::contains("note:").not());
}

#[test]
fn a_file_for_a_newer_pmpo_says_so_when_it_cannot_be_read() {
    let newer =
        DUMPED_BY_0_1.replacen("(\n    source:", "(\n    version: 99,\n    holograms: [],\n    source:", 1);
    assert_ne!(newer, DUMPED_BY_0_1, "the replacement applied");
    let (_dir, file) = written(&newer);
    pmpo()
        .args(["kb", "check"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Unexpected field named `holograms`"))
        .stderr(predicate::str::contains("the file is for knowledge-base version 99; this pmpo reads up to"));
}

#[test]
fn a_newer_file_that_holds_nothing_new_loads_with_a_note() {
    let newer = DUMPED_BY_0_1.replacen("(\n    source:", "(\n    version: 99,\n    source:", 1);
    let (_dir, file) = written(&newer);
    pmpo()
        .args(["kb", "check"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("newer than this pmpo's"));
}

#[test]
fn version_zero_and_typos_in_field_names_are_refused() {
    let zero = DUMPED_BY_0_1.replacen("(\n    source:", "(\n    version: 0,\n    source:", 1);
    let (_dir, file) = written(&zero);
    pmpo()
        .args(["kb", "check"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(": version: versions start at 1"));

    let typo = DUMPED_BY_0_1.replacen("(\n    source:", "(\n    versoin: 2,\n    source:", 1);
    let (_dir, file) = written(&typo);
    pmpo()
        .args(["kb", "check"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":12:5: Unexpected field named `versoin`"));
}
