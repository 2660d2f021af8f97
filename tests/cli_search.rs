//! `pmpo search` through the real binary: text and JSON output, limits, no hits, usage errors.
#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn pmpo() -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary is built");
    command.env_remove("PMPO_KB").env_remove("NO_COLOR");
    // Search reads the user's notes: never the real ones here.
    command.env("PMPO_DATA_DIR", std::env::temp_dir().join("pmpo-cli-search-no-such-folder"));
    command
}

/// Runs `pmpo ARGS`, expects exit 0, and returns stdout and stderr.
fn run(args: &[&str]) -> (String, String) {
    let output = pmpo().args(args).output().expect("pmpo runs");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert_eq!(output.status.code(), Some(0), "pmpo {args:?}: {stderr}");
    (stdout, stderr)
}

fn json(args: &[&str]) -> Vec<Value> {
    let (stdout, _) = run(args);
    match serde_json::from_str(&stdout).expect("stdout is JSON") {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

fn field<'a>(hit: &'a Value, name: &str) -> &'a str {
    hit[name].as_str().unwrap_or_else(|| panic!("{name} is a string in {hit}"))
}

#[test]
fn a_misspelt_query_prints_the_certification_question_first() {
    let (stdout, stderr) = run(&["search", "scrum", "certfication"]);
    let first = stdout.lines().next().expect("one line per hit");
    assert_eq!(first, "faq      Is a Scrum certification required to work as a Product Owner?");
    assert!(!stdout.contains('\x1b'), "no escape codes when stdout is not a terminal");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn json_hits_have_the_contracts_fields_best_first() {
    let hits = json(&["search", "backlog", "--json"]);
    assert!(hits.len() > 1, "{hits:?}");
    for hit in &hits {
        let object = hit.as_object().expect("each hit is an object");
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["id", "kind", "matched", "note", "score", "snippet", "tab", "title"]);
        assert_eq!(hit["note"], Value::Bool(false), "no notes in an empty data folder");
        assert_eq!(field(hit, "kind"), "faq", "FAQ only without --all");
        assert_eq!(field(hit, "tab"), "faq");
        assert!(field(hit, "id").starts_with("faq-"));
    }
    let scores: Vec<i64> = hits.iter().map(|hit| hit["score"].as_i64().expect("an integer score")).collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]), "best first: {scores:?}");
}

#[test]
fn all_searches_every_kind_and_names_its_tab() {
    let hits = json(&["search", "--all", "velocity", "burndown", "--json"]);
    let first = hits.first().expect("a hit");
    assert_eq!(field(first, "kind"), "skill");
    assert_eq!(field(first, "id"), "skill-po-agile-metrics");
    assert_eq!(field(first, "tab"), "roles");
    assert_eq!(field(first, "title"), "Keeping an eye on Agile measures like velocity and burndown");

    let kinds: Vec<String> = json(&["search", "--all", "scrum", "--json", "--limit", "100"])
        .iter()
        .map(|h| field(h, "kind").into())
        .collect();
    for kind in ["faq", "aspect", "section", "cert"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn the_limit_caps_the_hits() {
    // "product" is in all 8 FAQ questions or answers: the default limit of 10 shows all 8.
    assert_eq!(json(&["search", "product", "--json"]).len(), 8);
    assert_eq!(json(&["search", "product", "--json", "--limit", "3"]).len(), 3);
    let (stdout, _) = run(&["search", "product", "--limit", "2"]);
    assert_eq!(stdout.lines().count(), 2);
}

#[test]
fn no_hit_is_not_an_error() {
    let (stdout, stderr) = run(&["search", "zzzqqq"]);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("No match for “zzzqqq”") && stderr.contains("other words"), "{stderr}");
    let (stdout, stderr) = run(&["search", "zzzqqq", "--json"]);
    assert_eq!(stdout, "[]\n");
    assert!(stderr.is_empty(), "JSON needs no hint: {stderr}");
}

#[test]
fn a_bad_limit_is_a_usage_error() {
    let output = pmpo().args(["search", "scrum", "--limit", "0"]).output().expect("pmpo runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--limit") && stderr.contains("at least 1"), "{stderr}");
    let output = pmpo().args(["search"]).output().expect("pmpo runs");
    assert_eq!(output.status.code(), Some(2), "a query is required");
}

#[test]
fn search_reads_the_chosen_knowledge_base() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.ron");
    let fixture = fixture.to_str().expect("a UTF-8 path");
    let hits = json(&["--kb", fixture, "search", "both", "--json"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(field(&hits[0], "id"), "faq-both");
    let output = pmpo().args(["--kb", "/nonexistent/kb.ron", "search", "x"]).output().expect("pmpo runs");
    assert_eq!(output.status.code(), Some(1), "a bad knowledge base exits 1");
}

#[test]
fn a_body_match_prints_its_snippet_and_json_says_what_matched() {
    let (stdout, _) = run(&["search", "how", "much", "do", "product", "owners", "make"]);
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("faq      Who is paid more: Product Managers or Product Owners?"));
    let snippet = lines.next().expect("a snippet under the title");
    assert!(snippet.starts_with("         ") && snippet.contains("make"), "{stdout}");

    let hits = json(&["search", "--all", "clerk", "--json"]);
    let first = hits.first().expect("a hit");
    assert_eq!(field(first, "id"), "faq-po-misconception");
    assert!(field(first, "snippet").contains("clerk"), "{first}");
    assert_eq!(first["matched"], serde_json::json!(["clerk"]));
    // A title match has no snippet; matched words are as typed.
    let hits = json(&["search", "Scrum", "CERTIFICATION", "--json"]);
    assert_eq!(hits[0]["snippet"], Value::Null);
    assert_eq!(hits[0]["matched"], serde_json::json!(["Scrum", "CERTIFICATION"]));
    // A word that matches nothing does not empty the result.
    assert_eq!(field(&json(&["search", "scrum", "zzzqqq", "--json"])[0], "id"), "faq-scrum-certification");
}

#[test]
fn every_kind_is_searchable_with_its_json_kind() {
    let kinds: Vec<String> =
        json(&["search", "--all", "--json", "--limit", "100", "scrum", "salary", "pay", "role", "product"])
            .iter()
            .map(|h| field(h, "kind").into())
            .collect();
    for kind in
        ["faq", "aspect", "section", "cert", "statement", "salary-level", "salary-note", "overview-section"]
    {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    let first = |query: &[&str]| {
        let mut args = vec!["search", "--all", "--json"];
        args.extend(query);
        field(&json(&args)[0], "kind").to_string()
    };
    assert_eq!(first(&["program", "level", "promotion"]), "transition");
    assert_eq!(first(&["scrum", "master"]), "move");
}

#[test]
fn bad_input_gets_a_quick_sensible_answer_and_no_escape_codes() {
    let long = "x".repeat(10_000);
    let (stdout, stderr) = run(&["search", &long]);
    assert!(stdout.is_empty() && stderr.contains("No match") && stderr.chars().count() < 200, "{stderr}");
    let (stdout, stderr) = run(&["search", "\u{1b}[2J\u{1b}]0;pwned\u{7}scrum"]);
    assert!(!stdout.contains('\u{1b}') && !stderr.contains('\u{1b}'));
    assert!(stdout.starts_with("faq "), "the word inside is searched: {stdout}");
    let (stdout, stderr) = run(&["search", "???", "!!"]);
    assert!(stdout.is_empty() && stderr.contains("Type a word"), "{stderr}");
    assert_eq!(run(&["search", "--json", "..."]).0, "[]\n");
    let (stdout, _) = run(&["search", "who", "is", "the"]);
    assert!(!stdout.is_empty(), "only stop words: they are searched");
}

#[test]
fn a_knowledge_base_from_0_1_is_searched_without_synonyms() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kb-0.1.ron");
    let fixture = fixture.to_str().expect("a UTF-8 path");
    let hits = json(&["--kb", fixture, "search", "scrum", "certfication", "--json"]);
    assert_eq!(field(&hits[0], "id"), "faq-scrum-certification");
    // No synonyms there: "earn" finds the word, not its synonyms.
    let hits = json(&["--kb", fixture, "search", "--all", "--json", "--limit", "50", "compensation"]);
    assert!(hits.iter().all(|hit| !field(hit, "title").contains("Salary range")), "{hits:?}");
}

#[test]
fn a_note_is_found_with_its_item_and_marked() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut state = pmpo::store::State::default();
    state.notes.insert("pm-stakeholders".into(), "The Zanzibar launch: three VPs, no budget".into());
    state.notes.insert("faq-safe-vs-scrum".into(), "Acme runs \u{1b}[31mSAFe".into());
    std::fs::write(dir.path().join("state.ron"), pmpo::store::to_text(&state).expect("a state file"))
        .expect("write the state");
    let search = |args: &[&str]| {
        let output = pmpo().env("PMPO_DATA_DIR", dir.path()).args(args).output().expect("pmpo runs");
        assert!(output.status.success());
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let text = search(&["search", "--all", "zanzibr"]);
    assert_eq!(
        text.lines().next(),
        Some("roles    Leading stakeholders without formal authority  ✎ note"),
        "{text}"
    );
    assert!(text.contains("Zanzibar launch"), "the note's line under it: {text}");
    let faq = search(&["search", "acme", "--json"]);
    let hits: Vec<Value> = serde_json::from_str(&faq).expect("JSON");
    assert_eq!(hits.len(), 1, "{faq}");
    assert_eq!(hits[0]["id"], "faq-safe-vs-scrum");
    assert_eq!(hits[0]["note"], Value::Bool(true));
    assert!(!faq.contains("\\u001b") && !faq.contains('\x1b'), "no escape from the state file: {faq}");
}
