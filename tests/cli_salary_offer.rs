//! `pmpo salary --offer` through the real binary: where an amount sits in one range (text and
//! the `offer` key of the JSON), which bands hold it (text and JSON), and every kind of bad
//! amount or basis refused with exit 2 and a message naming what is accepted.
//!
//! Expected figures are worked out by hand from the article's table (comments show the arithmetic).

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use assert_cmd::Command;
use serde_json::{Value, json};

fn pmpo(args: &[&str]) -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary");
    command.env_remove("PMPO_KB").env("XDG_CONFIG_HOME", "/nonexistent").args(args);
    command
}

fn stdout_of(args: &[&str]) -> String {
    let output = pmpo(args).output().expect("pmpo runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).expect("one JSON object")
}

/// Whitespace runs collapsed to one space, so that wrapping does not matter.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// PO senior, big tech, finance, −10 %: base $128,700–$175,950, total $167,310–$281,520.
const PO_SENIOR: [&str; 11] = [
    "salary",
    "--role",
    "po",
    "--level",
    "senior",
    "--industry",
    "finance",
    "--company",
    "big-tech",
    "--col",
    "-10",
];

fn with(base: &[&'static str], extra: &[&'static str]) -> Vec<&'static str> {
    base.iter().chain(extra).copied().collect()
}

#[test]
fn text_says_where_the_offer_sits() {
    // (150,000 − 128,700) / (175,950 − 128,700) = 21,300 / 47,250 = 45.08 % → 45.1 %.
    let text = stdout_of(&with(&PO_SENIOR, &["--offer", "$150,000"]));
    assert!(text.contains("\nOffer           $150,000, against base salary\n"), "{text}");
    assert!(text.contains("\nOffer against base salary\n"), "{text}");
    assert!(words(&text).contains("$150,000 is 45.1% of the way from $128,700 to $175,950."), "{text}");
    // Below and above, by how much: 128,700 − 120,000 = 8,700; 200,000 − 175,950 = 24,050.
    let below = stdout_of(&with(&PO_SENIOR, &["--offer", "120k"]));
    assert!(
        words(&below).contains("$120,000 is $8,700 below the range, which starts at $128,700."),
        "{below}"
    );
    let above = stdout_of(&with(&PO_SENIOR, &["--offer", "200000"]));
    assert!(
        words(&above).contains("$200,000 is $24,050 above the range, which tops out at $175,950."),
        "{above}"
    );
    // PM director's range is open at the top: $200,000–$350,000+.
    let open = stdout_of(&["salary", "--role", "pm", "--level", "director", "--offer", "400k"]);
    assert!(
        words(&open).contains("$400,000 is $50,000 above $350,000, the top the article leaves open."),
        "{open}"
    );
}

#[test]
fn text_without_the_offer_is_the_text_with_it_minus_the_offer() {
    let plain = stdout_of(&PO_SENIOR);
    let offered = stdout_of(&with(&PO_SENIOR, &["--offer", "150k"]));
    let removed: String = offered
        .replace("Offer           $150,000, against base salary\n", "")
        .replace(
            "Offer against base salary\n-------------------------\n\n$150,000 is 45.1% of the way from $128,700 to $175,950.\n\n",
            "",
        );
    assert_eq!(removed, plain);
}

#[test]
fn total_compensation_is_the_basis_when_asked_at_big_tech() {
    // (250,000 − 167,310) / (281,520 − 167,310) = 82,690 / 114,210 = 72.40 % → 72.4 %.
    let text = stdout_of(&with(&PO_SENIOR, &["--offer", "250k", "--basis", "total"]));
    assert!(text.contains("\nOffer against total compensation\n"), "{text}");
    assert!(words(&text).contains("$250,000 is 72.4% of the way from $167,310 to $281,520."), "{text}");
    let value = json_of(&with(&PO_SENIOR, &["--offer", "250k", "--basis", "total", "--json"]));
    assert_eq!(
        value["offer"],
        json!({"amount": 250_000, "basis": "total", "position": 72.4, "verdict": "within", "distance": 0})
    );
}

#[test]
fn json_adds_the_offer_after_the_existing_keys() {
    let plain = stdout_of(&with(&PO_SENIOR, &["--json"]));
    let offered = stdout_of(&with(&PO_SENIOR, &["--json", "--offer", "150k"]));
    let offer =
        r#","offer":{"amount":150000,"basis":"base","position":45.1,"verdict":"within","distance":0}}"#;
    assert_eq!(offered, format!("{}{offer}\n", plain.trim_end().trim_end_matches('}')));
    // At the ends of the range: 0.0 and 100.0, with their decimal.
    let at = |amount| json_of(&with(&PO_SENIOR, &["--json", "--offer", amount]))["offer"].clone();
    assert_eq!(at("128700")["position"].to_string(), "0.0");
    assert_eq!(at("175,950")["position"].to_string(), "100.0");
    assert_eq!(
        at("120k"),
        json!({"amount": 120_000, "basis": "base", "position": null, "verdict": "below", "distance": 8_700})
    );
    assert_eq!(at("200k")["verdict"], "above");
    assert_eq!(at("200k")["distance"], 24_050);
    let open = json_of(&["salary", "--role", "pm", "--level", "staff", "--offer", "260k", "--json"]);
    assert_eq!(
        open["offer"],
        json!({"amount": 260_000, "basis": "base", "position": null, "verdict": "above-open-top", "distance": 10_000})
    );
}

#[test]
fn no_band_no_placement() {
    let value = json_of(&["salary", "--role", "po", "--level", "director", "--offer", "150k", "--json"]);
    assert_eq!(value["available"], false);
    assert_eq!(
        value["offer"],
        json!({"amount": 150_000, "basis": "base", "position": null, "verdict": null, "distance": null})
    );
    let text = stdout_of(&["salary", "--role", "po", "--level", "director", "--offer", "150k"]);
    assert!(text.contains("There is no band to place $150,000 in."), "{text}");
}

#[test]
fn the_reverse_lookup_lists_every_band_that_holds_the_amount_in_ladder_order() {
    // PM mid $120,000–$170,000: 60 %; PM senior from $150,000: 0 %; PO senior
    // $130,000–$170,000: 50 %; PO staff from $150,000: 0 %. PO director has no band.
    let text = stdout_of(&["salary", "--offer", "150k"]);
    let expected = "\
4 bands hold $150,000 (base salary).

Product Manager, Mid-Level        $120,000–$170,000    60.0% of the way
Product Manager, Senior           $150,000–$200,000     0.0% of the way
Product Owner, Senior             $130,000–$170,000    50.0% of the way
Product Owner, Staff / Principal  $150,000–$190,000+    0.0% of the way
";
    assert!(text.contains(expected), "{text}");
    assert!(text.starts_with("Salary: which bands hold $150,000\n"), "{text}");
    assert!(
        words(&text).contains("Product Owner at Director+: not available. The source has no Director+ band"),
        "{text}"
    );

    let line = stdout_of(&["salary", "--offer", "150k", "--json"]);
    // Keys in order (a parsed `Value` sorts them): read off the line itself.
    let starts =
        r#"{"amount":150000,"basis":"base","company":"standard","industry":"tech","col":0,"matches":[{"#;
    assert!(line.starts_with(starts), "{line}");
    let tail = r#"}],"nearest":null,"summary":"4 bands hold $150,000 (base salary)."}"#;
    assert!(
        line.contains(r#"}],"skipped":[{"role":"po","level":"director","reason":"#)
            && line.ends_with(&format!("{tail}\n")),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1);
    let value: Value = serde_json::from_str(&line).expect("one JSON object");
    let bands: Vec<(String, String, f64)> = value["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|band| {
            (
                band["role"].to_string(),
                band["level"].to_string(),
                band["position"].as_f64().expect("a position"),
            )
        })
        .collect();
    let expected = [("pm", "mid", 60.0), ("pm", "senior", 0.0), ("po", "senior", 50.0), ("po", "staff", 0.0)];
    let expected: Vec<(String, String, f64)> =
        expected.iter().map(|(r, l, p)| (format!("\"{r}\""), format!("\"{l}\""), *p)).collect();
    assert_eq!(bands, expected);
    assert_eq!(
        value["matches"][3],
        json!({"role": "po", "level": "staff", "low": 150_000, "high": 190_000, "open_ended": true,
               "position": 0.0, "verdict": "within", "distance": 0})
    );
    assert_eq!(value["skipped"][0]["role"], "po");
    assert_eq!(value["skipped"][0]["level"], "director");
    assert_eq!(value["nearest"], Value::Null);
    assert_eq!(value["summary"], "4 bands hold $150,000 (base salary).");
}

#[test]
fn the_reverse_lookup_applies_the_modifiers() {
    // PO in finance at −10 %: PO senior is $128,700–$175,950; at big tech its total is
    // $167,310–$281,520, and PM senior's total 150,000 × 0.9 × 1.3 = 175,500 to 200,000 × 0.9 ×
    // 1.6 = 288,000.
    let value = json_of(&[
        "salary",
        "--offer",
        "170k",
        "--company",
        "big-tech",
        "--industry",
        "finance",
        "--col",
        "-10",
        "--basis",
        "total",
        "--json",
    ]);
    assert_eq!((value["company"].as_str(), value["col"].as_i64()), (Some("big-tech"), Some(-10)));
    let found: Vec<String> = value["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|band| format!("{} {} {}–{}", band["role"], band["level"], band["low"], band["high"]))
        .collect();
    // 170,000 in total: PM entry 81,000 × 1.3 = 105,300 to 117,000 × 1.6 = 187,200; PM mid
    // 108,000 × 1.3 = 140,400 to 153,000 × 1.6 = 244,800; PO entry 79,200 × 1.3 = 102,960 to
    // 119,025 × 1.6 = 190,440; PO mid 99,000 × 1.3 = 128,700 to 150,075 × 1.6 = 240,120; PO senior
    // from 167,310. PM senior starts at 175,500, above it.
    assert_eq!(
        found,
        [
            "\"pm\" \"entry\" 105300–187200",
            "\"pm\" \"mid\" 140400–244800",
            "\"po\" \"entry\" 102960–190440",
            "\"po\" \"mid\" 128700–240120",
            "\"po\" \"senior\" 167310–281520",
        ]
    );
}

#[test]
fn none_holds_it_an_empty_list_and_the_nearest_band() {
    // Below every band: PO entry starts at $80,000, $30,000 away (PM entry is $40,000 away).
    let value = json_of(&["salary", "--offer", "50k", "--json"]);
    assert_eq!(value["matches"], json!([]));
    assert_eq!(
        value["nearest"],
        json!({"role": "po", "level": "entry", "low": 80_000, "high": 115_000, "open_ended": false,
               "position": null, "verdict": "below", "distance": 30_000})
    );
    assert_eq!(
        value["summary"],
        "No band holds $50,000 (base salary). The nearest is Product Owner, Entry / Associate at \
         $80,000–$115,000, $30,000 below its bottom."
    );
    let text = stdout_of(&["salary", "--offer", "1,000,000"]);
    assert!(
        words(&text).contains(
            "No band holds $1,000,000 (base salary). The nearest is Product Manager, Director+ at \
             $200,000–$350,000+, $650,000 above its top, which the article leaves open."
        ),
        "{text}"
    );
    assert!(
        words(&text).contains("Product Manager, Director+ $200,000–$350,000+ $650,000 above the open top"),
        "{text}"
    );
}

/// Runs `args`, expects exit 2, nothing on stdout, and every one of `needles` on stderr.
fn refused(args: &[&str], needles: &[&str]) {
    let output = pmpo(args).output().expect("pmpo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    for needle in needles {
        assert!(stderr.contains(needle), "{args:?}: {needle:?} not in\n{stderr}");
    }
}

const ACCEPTED: &str = "expected whole dollars from $1 to $10,000,000";

#[test]
fn bad_amounts_and_bases_exit_2_naming_what_is_accepted() {
    for form in [&["salary", "--role", "pm", "--level", "mid"][..], &["salary"]] {
        let with = |extra: &[&'static str]| -> Vec<&str> { form.iter().chain(extra).copied().collect() };
        refused(&with(&["--offer", "0"]), &["'0'", "zero", ACCEPTED, "150k"]);
        refused(&with(&["--offer", "-5"]), &["'-5'", "negative", ACCEPTED]);
        refused(&with(&["--offer", "10,000,001"]), &["over $10,000,000", ACCEPTED]);
        refused(&with(&["--offer", "10001k"]), &["over $10,000,000", ACCEPTED]);
        for not_an_amount in ["12abc", "1.5m", "150.5k", "150,00", "$", ""] {
            refused(&with(&["--offer", not_an_amount]), &["--offer", ACCEPTED, "$150,000"]);
        }
        refused(
            &with(&["--offer", "150k", "--basis", "total"]),
            &["'total'", "--basis", "major tech companies", "--basis base", "--company big-tech"],
        );
        refused(&with(&["--offer", "150k", "--basis", "gross"]), &["[possible values: base, total]"]);
    }
    refused(&["salary", "--role", "pm", "--level", "mid", "--basis", "base"], &["--offer"]);
    refused(&["salary", "--offer", "150k", "--role", "pm"], &["required", "--level"]);
    refused(&["salary", "--offer", "150k", "--level", "mid"], &["required", "--role"]);
    refused(&["salary"], &["required", "--role"]);
}

#[test]
fn the_readme_shows_what_the_binary_prints() {
    let readme = include_str!("../README.md");
    let mut lines = readme.lines();
    let mut checked = 0;
    while let Some(line) = lines.next() {
        let Some(command) = line.strip_prefix("$ pmpo ").filter(|command| command.contains("--offer")) else {
            continue;
        };
        let shown: String =
            lines.by_ref().take_while(|line| *line != "```").flat_map(|line| [line, "\n"]).collect();
        let args: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(stdout_of(&args), shown, "README's `pmpo {command}`");
        checked += 1;
    }
    assert_eq!(checked, 3, "the three examples of the offer section");
}
