//! `pmpo export` and `pmpo notes` through the real binary.
//!
//! The Anki file is read by a small checker that follows Anki's rules for plain-text imports
//! (its manual, "Importing > Text files", and its importer: `rslib/src/import_export/text/csv`):
//! header lines start with `#` and hold `key:value`, keys case-insensitive; the separator may be
//! named (`tab`); a data line starting with `#` would be a comment and a field starting with `"`
//! a quoted field; every row has the same number of columns; the guid and tags columns are
//! 1-based. On top of that: HTML escaped (`#html:true`), guids unique and stable, tags present.
//! `tests/golden/anki-embedded.txt` is the export of the embedded knowledge base
//! (`UPDATE_GOLDEN=1 cargo test --test cli_export` rewrites it).

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use assert_cmd::Command;
use pmpo::kb::KnowledgeBase;
use pmpo::store::State;
use serde_json::Value;

/// `pmpo` with its data in `data` (never the user's).
fn pmpo(data: &Path) -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary is built");
    command.env_remove("PMPO_KB").env_remove("NO_COLOR").env("PMPO_DATA_DIR", data);
    command
}

/// Runs `pmpo ARGS` with its data in `data`, expects exit 0, returns stdout.
fn run(data: &Path, args: &[&str]) -> String {
    let output = pmpo(data).args(args).output().expect("pmpo runs");
    assert!(output.status.success(), "pmpo {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// A data folder holding `state`.
fn with_state(state: &State) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("state.ron"), pmpo::store::to_text(state).expect("a state file"))
        .expect("write the state");
    dir
}

/// An Anki import file as Anki reads it.
#[derive(Debug)]
struct AnkiFile {
    /// The header lines, keys lowercased.
    headers: BTreeMap<String, String>,
    /// The rows, split into columns.
    rows: Vec<Vec<String>>,
}

impl AnkiFile {
    fn column(&self, header: &str) -> usize {
        self.headers[header].trim().parse::<usize>().expect("a column number") - 1
    }
}

/// The tags pmpo's backs may hold; anything else in angle brackets is escaped text.
const ALLOWED_TAGS: [&str; 5] = ["<br>", "<small>", "</small>", "<b>", "</b>"];
const ENTITIES: [&str; 5] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];

/// Checks `text` as Anki's importer would read it, and the promises of pmpo's export.
fn check_anki(text: &str) -> Result<AnkiFile, String> {
    if text.contains('\r') {
        return Err("a carriage return: Anki's CSV reader ends a record there".into());
    }
    let mut lines = text.lines().peekable();
    let mut headers = BTreeMap::new();
    while let Some(line) = lines.next_if(|line| line.starts_with('#')) {
        let (key, value) =
            line[1..].split_once(':').ok_or_else(|| format!("a header without a colon: {line}"))?;
        headers.insert(key.trim().to_ascii_lowercase(), value.to_string());
    }
    let separator = headers.get("separator").ok_or("no #separator")?;
    if !(separator.trim().eq_ignore_ascii_case("tab") || separator == "\t") {
        return Err(format!("the separator is {separator:?}, not tab"));
    }
    if headers.get("html").map(|v| v.trim().to_lowercase()) != Some("true".into()) {
        return Err("#html is not true".into());
    }
    for key in ["notetype", "deck"] {
        if headers.get(key).is_none_or(|v| v.trim().is_empty()) {
            return Err(format!("no #{key}"));
        }
    }
    let mut rows = Vec::new();
    for line in lines {
        if line.starts_with('#') {
            return Err(format!("a data line Anki would skip as a comment: {line}"));
        }
        let row: Vec<String> = line.split('\t').map(str::to_string).collect();
        if let Some(field) = row.iter().find(|field| field.starts_with('"')) {
            return Err(format!("a field Anki would read as quoted: {field}"));
        }
        rows.push(row);
    }
    let width = rows.first().map_or(0, Vec::len);
    if let Some(row) = rows.iter().find(|row| row.len() != width) {
        return Err(format!("a row of {} columns among rows of {width}: {row:?}", row.len()));
    }
    let file = AnkiFile { headers, rows };
    let (guid, tags) = (file.column("guid column"), file.column("tags column"));
    if guid >= width || tags >= width {
        return Err(format!("the guid or tags column is beyond the {width} columns"));
    }
    let mut seen = HashSet::new();
    for row in &file.rows {
        if row[guid].is_empty() || !seen.insert(row[guid].clone()) {
            return Err(format!("an empty or repeated guid: {}", row[guid]));
        }
        let words: Vec<&str> = row[tags].split_whitespace().collect();
        if !words.contains(&"pmpo") {
            return Err(format!("no pmpo tag: {:?}", row[tags]));
        }
        for (index, field) in row.iter().enumerate().filter(|(index, _)| ![guid, tags].contains(index)) {
            let rest = ALLOWED_TAGS.iter().fold(field.clone(), |rest, tag| rest.replace(tag, ""));
            if rest.contains(['<', '>']) {
                return Err(format!("unescaped < or > in column {}: {field}", index + 1));
            }
            let mut ampersands = rest.match_indices('&').map(|(at, _)| &rest[at..]);
            if let Some(bad) = ampersands.find(|at| !ENTITIES.iter().any(|entity| at.starts_with(entity))) {
                return Err(format!("an unescaped & in column {}: {bad}", index + 1));
            }
        }
    }
    Ok(file)
}

fn empty_data() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

#[test]
fn the_anki_export_of_the_embedded_knowledge_base_matches_its_golden_file() {
    let data = empty_data();
    let text = run(data.path(), &["export", "anki"]);
    let file = check_anki(&text).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(file.rows.len(), 80, "every card");
    assert_eq!(file.rows[0].len(), 4);
    assert_eq!(file.headers["notetype"], "Basic");
    assert_eq!(file.headers["deck"], "pmpo");
    assert_eq!((file.column("guid column"), file.column("tags column")), (0, 3));
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/anki-embedded.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden.parent().expect("a folder")).expect("the golden folder");
        std::fs::write(&golden, &text).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(&golden).expect("the golden file (UPDATE_GOLDEN=1 writes it)");
    assert!(text == expected, "the export changed: UPDATE_GOLDEN=1 cargo test --test cli_export, and review");
    assert_eq!(run(data.path(), &["export", "anki"]), text, "the same on a second run");
}

#[test]
fn guids_follow_the_cards_not_their_place_in_the_knowledge_base() {
    let data = empty_data();
    let guids = |text: &str| -> BTreeMap<String, String> {
        let file = check_anki(text).unwrap_or_else(|error| panic!("{error}"));
        // The front identifies the card here: every question of the embedded cards is distinct.
        file.rows.iter().map(|row| (row[1].clone(), row[0].clone())).collect()
    };
    let exported = run(data.path(), &["export", "anki"]);
    let before = guids(&exported);
    // The same knowledge base with its lists in another order, exported by the same code.
    let mut kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
    kb.faq.reverse();
    kb.comparison.reverse();
    kb.certifications.items.rotate_left(3);
    kb.roles.pm.skills.reverse();
    let cards = pmpo::study::Cards::from_kb(&kb);
    let state = State::default();
    let export = pmpo::export::Export {
        kb: &kb,
        cards: &cards,
        deck: pmpo::study::Deck::All,
        state: &state,
        with_notes: false,
    };
    let reordered = pmpo::export::anki::render(&export);
    assert_ne!(reordered, exported, "the rows did move");
    assert_eq!(guids(&reordered), before, "each card keeps its guid");
}

#[test]
fn notes_go_on_the_back_escaped_and_a_tab_in_them_breaks_nothing() {
    let mut state = State::default();
    state
        .notes
        .insert("faq-both-roles".into(), "Ask <them>:\tteam & \"budget\"\nsecond line \u{1b}[31m".into());
    state.notes.insert("pm-stakeholders".into(), "The pricing story".into());
    let data = with_state(&state);
    let text = run(data.path(), &["export", "anki", "--with-notes"]);
    let file = check_anki(&text).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(file.rows.len(), 81, "the 80 cards and the section's note card");
    let faq = file.rows.iter().find(|row| row[1].starts_with("Can the same person")).expect("the FAQ card");
    assert!(
        faq[2].ends_with(
            "<br><br><b>✎ Your note</b><br>Ask &lt;them&gt;: team &amp; &quot;budget&quot;<br>second line"
        ),
        "{}",
        faq[2]
    );
    let section = file.rows.last().expect("the note card");
    assert!(section[1].starts_with("Roles: Leading stakeholders without formal authority."), "{section:?}");
    assert!(section[2].contains("The pricing story"));
    assert_eq!(section[3], "pmpo notes section");
    assert!(!text.contains('\u{1b}'), "no escape code from the state file");
    // Without --with-notes the notes stay home.
    let plain = run(data.path(), &["export", "anki"]);
    assert!(!plain.contains("Your note") && !plain.contains("pricing story"));
}

#[test]
fn one_deck_goes_to_its_own_anki_deck() {
    let mut state = State::default();
    state.bookmarks.push("cert-cspo".into());
    let data = with_state(&state);
    let file = check_anki(&run(data.path(), &["export", "anki", "--deck", "bookmarks"]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.headers["deck"], "pmpo::Bookmarks");
    assert_eq!(file.rows.len(), 1);
    assert_eq!(file.rows[0][3], "pmpo certs cert");
}

#[test]
fn the_anki_deck_can_have_a_name_of_ones_own() {
    let data = empty_data();
    let named = run(data.path(), &["export", "anki", "--anki-deck", "Interview prep::PM vs PO"]);
    let file = check_anki(&named).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.headers["deck"], "Interview prep::PM vs PO");
    let default = check_anki(&run(data.path(), &["export", "anki"])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.rows, default.rows, "only the deck's name changes");
}

#[test]
fn json_lists_the_cards_with_their_decks_boxes_and_due_dates() {
    let mut state = State::default();
    state.bookmarks.push("cert-cspo".into());
    state.notes.insert("cert-cspo".into(), "March".into());
    let due = pmpo::study::CardProgress { leitner_box: 3, due: 1_769_904_000, reviews: 4, lapses: 1 };
    state.cards.insert("cert:cert-cspo".into(), due);
    let data = with_state(&state);
    let cards: Vec<Value> =
        serde_json::from_str(&run(data.path(), &["export", "json", "--deck", "certs", "--with-notes"]))
            .expect("JSON");
    assert_eq!(cards.len(), 8);
    let cspo = &cards[0];
    let mut keys: Vec<&str> = cspo.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "answer", "box", "deck", "decks", "due", "guid", "id", "item", "kind", "lapses", "note",
            "question", "reviews", "tab"
        ]
    );
    assert_eq!(cspo["id"], "cert:cert-cspo");
    assert_eq!(cspo["decks"], serde_json::json!(["certs", "bookmarks", "notes"]));
    assert_eq!((cspo["box"].as_u64(), cspo["due"].as_str()), (Some(3), Some("2026-02-01T00:00:00Z")));
    assert_eq!((cspo["reviews"].as_u64(), cspo["lapses"].as_u64()), (Some(4), Some(1)));
    assert_eq!(cspo["note"], "March");
    assert_eq!((cards[1]["box"].as_u64(), &cards[1]["due"]), (Some(0), &Value::Null), "a new card");
    assert_eq!(cards[1]["note"], Value::Null);
}

#[test]
fn markdown_is_a_study_sheet_grouped_by_deck_with_the_notes_inline() {
    let mut state = State::default();
    state.notes.insert("faq-both-roles".into(), "# not a heading\n* not a list".into());
    let data = with_state(&state);
    let sheet = run(data.path(), &["export", "markdown", "--with-notes"]);
    assert!(sheet.starts_with("# pmpo flashcards: All cards\n\n80 cards, with your notes."), "{sheet}");
    let headings: Vec<&str> = sheet.lines().filter(|line| line.starts_with("## ")).collect();
    assert_eq!(
        headings,
        ["## FAQ (8)", "## PM or PO? (56)", "## Certifications (8)", "## Career ladders (8)"]
    );
    assert!(sheet.contains("### Can the same person be Product Manager and Product Owner at once?\n\n"));
    assert!(sheet.contains("> **✎ Your note**\n>\n> \\# not a heading\\\n> \\* not a list\n"), "{sheet}");
}

#[test]
fn export_refuses_an_unknown_format_or_deck_as_a_usage_error() {
    let data = empty_data();
    for args in [
        &["export", "csv"][..],
        &["export", "anki", "--deck", "nope"],
        &["export"],
        &["export", "anki", "--anki-deck", "two\nlines"],
        &["export", "anki", "--anki-deck", ""],
    ] {
        let output = pmpo(data.path()).args(args).output().expect("pmpo runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn notes_lists_every_note_with_its_item_and_never_an_escape() {
    let mut state = State::default();
    state.notes.insert("aspect-origin".into(), "Scrum Guide \u{1b}]0;pwned\u{7}2020".into());
    state.notes.insert("gone-item".into(), "Kept\u{9b}2J".into());
    let data = with_state(&state);
    let text = run(data.path(), &["notes"]);
    assert_eq!(
        text,
        "compare: Origin / framework\n    Scrum Guide 2020\n\nOrphaned (no such item in this knowledge base): gone-item\n    Kept\n"
    );
    let json: Value = serde_json::from_str(&run(data.path(), &["notes", "--json"])).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!([
            {"id": "aspect-origin", "kind": "aspect", "title": "Origin / framework", "tab": "compare", "text": "Scrum Guide 2020"},
            {"id": "gone-item", "kind": null, "title": null, "tab": null, "text": "Kept"}
        ])
    );
    let empty = empty_data();
    let output = pmpo(empty.path()).args(["notes"]).output().expect("pmpo runs");
    assert!(output.status.success() && output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("No notes yet"));
    assert_eq!(run(empty.path(), &["notes", "--json"]), "[]\n");
}

#[test]
fn the_checker_catches_what_would_break_an_import() {
    let good = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:pmpo\n#guid column:1\n#tags column:4\na\tb\tc\tpmpo\n";
    assert!(check_anki(good).is_ok());
    let broken = [
        good.replace("a\tb\tc", "a\tb\tx\ty"),
        good.replace("a\tb", "a\t\"b"),
        good.replace("\tc\t", "\t<i>c\t"),
        good.replace("\tc\t", "\tP&L\t"),
        format!("{good}a\tb2\tc2\tpmpo\n"),
        good.replace("#html:true", "#html:false"),
        good.replace("\tpmpo\n", "\tother\n"),
        format!("{good}#x\ty\tz\tpmpo\n"),
    ];
    for text in broken {
        assert!(check_anki(&text).is_err(), "{text:?}");
    }
}
