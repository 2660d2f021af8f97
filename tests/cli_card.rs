//! `pmpo card` through the real binary, with `PMPO_DATA_DIR` in a temporary folder.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use pmpo::kb::KnowledgeBase;
use pmpo::store::{self, State};
use pmpo::study::{self, CardProgress, Cards, DAY, Timestamp};
use tempfile::TempDir;

/// `pmpo card ARGS` with its data in `data`, the embedded knowledge base, and no config folder.
fn card(data: &Path, args: &[&str]) -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary");
    command
        .arg("card")
        .args(args)
        .env("PMPO_DATA_DIR", data)
        .env("XDG_CONFIG_HOME", data.join("no-config"))
        .env_remove("PMPO_KB");
    command
}

fn cards() -> Cards {
    Cards::from_kb(&KnowledgeBase::embedded().expect("embedded knowledge base"))
}

/// Every card reviewed and due at `due`, except `overdue`, due an hour ago.
fn write_state(dir: &Path, due: Timestamp, overdue: Option<&str>) -> String {
    let now = study::now();
    let mut state = State::default();
    for card in cards().all() {
        let due = if Some(card.id.as_str()) == overdue { now - 3_600 } else { due };
        state.cards.insert(card.id.clone(), CardProgress { leitner_box: 2, due, reviews: 1, lapses: 0 });
    }
    let text = store::to_text(&state).expect("encode");
    fs::write(dir.join("state.ron"), &text).expect("write state");
    text
}

fn stdout(command: &mut Command) -> String {
    let output = command.assert().success().stderr("").get_output().stdout.clone();
    String::from_utf8(output).expect("UTF-8")
}

/// Words only: wrapping may break lines anywhere between them.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn with_no_state_it_shows_one_card_and_writes_nothing() {
    let dir = TempDir::new().expect("temporary folder");
    let out = stdout(&mut card(dir.path(), &[]));
    let shown = words(&out);
    let matching = cards()
        .all()
        .iter()
        .filter(|c| shown == words(&format!("{}: {}", c.kind.label(), c.question)))
        .count();
    assert_eq!(matching, 1, "exactly one card's question: {out}");
    assert!(fs::read_dir(dir.path()).expect("list").next().is_none(), "nothing written");
}

#[test]
fn the_due_card_comes_first_and_answer_shows_the_same_card() {
    let dir = TempDir::new().expect("temporary folder");
    let before = write_state(dir.path(), study::now() + 10 * DAY, Some("ladder:rung-apm"));
    let question = stdout(&mut card(dir.path(), &[]));
    assert_eq!(
        words(&question),
        "Career ladder: On the Product Manager ladder, which rung comes after Associate Product Manager (APM)?"
    );
    let answered = stdout(&mut card(dir.path(), &["--answer"]));
    assert!(answered.starts_with(&question), "{answered}");
    assert!(words(&answered).contains("Answer: Product Manager. The second rung"), "{answered}");
    assert_eq!(fs::read_to_string(dir.path().join("state.ron")).expect("state"), before, "state untouched");
}

#[test]
fn nothing_due_is_a_friendly_line_and_exit_zero() {
    let dir = TempDir::new().expect("temporary folder");
    // Ten days minus a minute: rounds to the nearest day.
    write_state(dir.path(), study::now() + 10 * DAY - 60, None);
    assert_eq!(
        stdout(&mut card(dir.path(), &["--answer"])),
        "No flashcards due. The next one is due in 10 days.\n"
    );
}

#[test]
fn a_corrupt_or_newer_state_file_is_read_as_fresh_and_left_where_it_is() {
    for content in ["(version: 1, state: (bookm", "(version: 9, state: ())"] {
        let dir = TempDir::new().expect("temporary folder");
        fs::write(dir.path().join("state.ron"), content).expect("write");
        let out = stdout(&mut card(dir.path(), &[]));
        assert_eq!(out.lines().filter(|line| line.contains(": ")).count(), 1, "a card, nothing else: {out}");
        assert_eq!(fs::read_to_string(dir.path().join("state.ron")).expect("still there"), content);
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "not moved aside: the app does that");
    }
}

#[test]
fn usage_errors_exit_two_and_a_bad_knowledge_base_exits_one() {
    let dir = TempDir::new().expect("temporary folder");
    card(dir.path(), &["--answers"]).assert().code(2);
    let kb = dir.path().join("broken.ron");
    fs::write(&kb, "(source:").expect("write");
    card(dir.path(), &["--kb", kb.to_str().expect("UTF-8 path")]).assert().code(1).stdout("");
}
