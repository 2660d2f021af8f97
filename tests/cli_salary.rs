//! `pmpo salary` through the real binary: the text form shows the working, `--json` prints the
//! spec's object, and every kind of bad argument exits 2 with a message naming the valid values.
//!
//! Expected figures are worked out by hand from the article's table (comments show the arithmetic).

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use assert_cmd::Command;
use serde_json::Value;

fn pmpo(args: &[&str]) -> Command {
    let mut command = Command::cargo_bin("pmpo").expect("the pmpo binary");
    // Isolate from the machine: the embedded knowledge base, no colour decisions from outside.
    command.env_remove("PMPO_KB").env("XDG_CONFIG_HOME", "/nonexistent").args(args);
    command
}

fn stdout_of(args: &[&str]) -> String {
    let output = pmpo(args).output().expect("pmpo runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn json_of(args: &[&str]) -> (String, Value) {
    let line = stdout_of(args);
    let value = serde_json::from_str(&line).expect("one JSON object");
    (line, value)
}

/// The first line of `text` that starts with `prefix`, whitespace runs collapsed to one space.
fn line_starting(text: &str, prefix: &str) -> String {
    let line = text
        .lines()
        .find(|line| line.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix:?} in\n{text}"));
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn text_shows_inputs_working_result_and_notes() {
    let text = stdout_of(&[
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
    ]);
    assert_eq!(line_starting(&text, "Role"), "Role Product Owner (po)");
    assert_eq!(line_starting(&text, "Level"), "Level Senior, 5–8 yrs (senior)");
    assert_eq!(line_starting(&text, "Company"), "Company Major tech company (big-tech)");
    assert_eq!(line_starting(&text, "Industry"), "Industry Finance (finance)");
    assert_eq!(line_starting(&text, "Cost of living"), "Cost of living -10%");
    // 130,000 × 1.10 = 143,000 and 170,000 × 1.15 = 195,500; × 0.90 = 128,700 and 175,950;
    // total 128,700 × 1.30 = 167,310 and 175,950 × 1.60 = 281,520.
    assert_eq!(line_starting(&text, "1."), "1. Article base range $130,000–$170,000 Product Owner, Senior");
    // The industry and the company under the names the rows above give them.
    assert_eq!(
        line_starting(&text, "2."),
        "2. Industry premium $143,000–$195,500 Finance: low +10%, high +15%"
    );
    assert_eq!(line_starting(&text, "3."), "3. Cost of living $128,700–$175,950 both ends -10%");
    // At 80 columns "+60%" goes on the next line, under the factors.
    assert_eq!(
        line_starting(&text, "4."),
        "4. Total compensation $167,310–$281,520 Major tech company: low +30%, high"
    );
    assert!(text.contains("high\n                                          +60%\n"), "{text}");
    assert_eq!(line_starting(&text, "Base salary"), "Base salary $128,700–$175,950");
    assert_eq!(line_starting(&text, "Total compensation"), "Total compensation $167,310–$281,520");
    assert!(text.contains("30–60% above base salary"), "the big-tech note:\n{text}");
    assert!(text.contains("10–15% more"), "the industry-premium note:\n{text}");
    assert!(text.contains("cost of living where the employee"), "the remote note:\n{text}");
    assert!(text.contains("February 2026"), "says what the figures are:\n{text}");
    assert!(!text.contains('\x1b'), "plain text when piped");
}

#[test]
fn text_at_default_inputs_has_only_the_base_step() {
    let text = stdout_of(&["salary", "--role", "pm", "--level", "staff"]);
    assert_eq!(
        line_starting(&text, "1."),
        "1. Article base range $180,000–$250,000+ Product Manager, Staff / Principal"
    );
    assert!(!text.lines().any(|line| line.starts_with("2.")), "no other step:\n{text}");
    assert_eq!(line_starting(&text, "Base salary"), "Base salary $180,000–$250,000+");
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "Total compensation not estimated: the source gives total compensation only for major tech companies"
        ),
        "{text}"
    );
    assert!(text.contains("None for these inputs."), "{text}");
    assert_eq!(line_starting(&text, "Cost of living"), "Cost of living 0%");
}

#[test]
fn text_shows_the_exact_half_and_rounds_it_once() {
    // 80,000 × 1.10 = 88,000 and 115,000 × 1.15 = 132,250; × 1.002 = 88,176 and 132,514.5.
    let text = stdout_of(&[
        "salary",
        "--role",
        "po",
        "--level",
        "entry",
        "--industry",
        "healthcare",
        "--col",
        "0.2",
    ]);
    assert_eq!(line_starting(&text, "3."), "3. Cost of living $88,176–$132,514.50 both ends +0.2%");
    assert_eq!(line_starting(&text, "Base salary"), "Base salary $88,176–$132,515");
}

#[test]
fn text_for_po_director_gives_the_reason_and_no_figure() {
    let text = stdout_of(&["salary", "--role", "po", "--level", "director", "--company", "big-tech"]);
    assert!(text.contains("Product Owner at Director+: not available."), "{text}");
    assert!(text.contains("PM track"), "the knowledge base's reason:\n{text}");
    assert!(!text.contains('$'), "no figure at all:\n{text}");
}

#[test]
fn no_color_and_pipes_get_plain_text() {
    let output =
        pmpo(&["salary", "--role", "pm", "--level", "mid"]).env("NO_COLOR", "1").output().expect("runs");
    assert!(output.status.success());
    assert!(!output.stdout.contains(&0x1b), "no escape codes");
}

#[test]
fn json_is_the_specs_object_with_keys_in_order() {
    let (line, value) = json_of(&[
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
        "--json",
    ]);
    let expected = r#"{"role":"po","level":"senior","company":"big-tech","industry":"finance","col":-10,"available":true,"reason":null,"base_low":128700,"base_high":175950,"open_ended":false,"total_low":167310,"total_high":281520,"notes":["#;
    assert!(line.starts_with(expected), "{line}");
    assert!(line.ends_with("]}\n") && line.lines().count() == 1, "one object on one line: {line}");
    let ids: Vec<&str> = value["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|note| note["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["note-big-tech-total-comp", "note-po-industry-premium", "note-remote-cost-of-living"]);
    assert!(value["notes"][0]["text"].as_str().is_some_and(|text| text.contains("30–60%")));
}

#[test]
fn json_at_a_standard_company_has_no_total() {
    // PM entry at +7.5 %: 90,000 × 1.075 = 96,750; 130,000 × 1.075 = 139,750.
    let (line, _) = json_of(&["salary", "--role", "pm", "--level", "entry", "--col", "7.5", "--json"]);
    let expected = r#"{"role":"pm","level":"entry","company":"standard","industry":"tech","col":7.5,"available":true,"reason":null,"base_low":96750,"base_high":139750,"open_ended":false,"total_low":null,"total_high":null,"notes":[{"id":"note-remote-cost-of-living","text":"#;
    assert!(line.starts_with(expected), "{line}");
}

#[test]
fn json_col_is_the_number_given() {
    for (given, shown) in
        [("+12.25", "12.25"), ("-0.05", "-0.05"), ("0", "0"), ("-10.50", "-10.5"), ("50", "50")]
    {
        let (line, _) = json_of(&["salary", "--role", "pm", "--level", "mid", "--col", given, "--json"]);
        assert!(line.contains(&format!(r#""col":{shown},"#)), "{given}: {line}");
    }
}

#[test]
fn json_for_po_director_has_only_nulls() {
    let (line, value) =
        json_of(&["salary", "--role", "po", "--level", "director", "--company", "big-tech", "--json"]);
    assert!(line.starts_with(r#"{"role":"po","level":"director","company":"big-tech","industry":"tech","col":0,"available":false,"reason":""#), "{line}");
    assert!(line.ends_with("}\n") && line.lines().count() == 1, "{line}");
    assert!(line.contains(r#","base_low":null,"base_high":null,"open_ended":null,"total_low":null,"total_high":null,"notes":[]}"#), "{line}");
    assert!(value["reason"].as_str().is_some_and(|reason| reason.contains("PM track")), "{line}");
}

#[test]
fn figures_follow_the_knowledge_base_given() {
    let fixture = include_str!("fixtures/minimal.ron");
    let find = "big_tech_total_comp: (low: 30, high: 60)";
    assert_eq!(fixture.matches(find).count(), 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kb.ron");
    std::fs::write(&path, fixture.replace(find, "big_tech_total_comp: (low: 50, high: 100)")).expect("write");
    let path = path.to_str().expect("UTF-8 path");
    // PM senior: 150,000 × 1.50 = 225,000; 200,000 × 2.00 = 400,000.
    let (_, value) = json_of(&[
        "--kb",
        path,
        "salary",
        "--role",
        "pm",
        "--level",
        "senior",
        "--company",
        "big-tech",
        "--json",
    ]);
    assert_eq!((value["total_low"].as_u64(), value["total_high"].as_u64()), (Some(225_000), Some(400_000)));
    assert_eq!(value["notes"][0]["id"], "note-big-tech");
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

const COL_VALUES: &str = "expected a percentage from -50 to 50 with at most two decimals";

#[test]
fn bad_arguments_exit_2_naming_the_valid_values() {
    let base = ["salary", "--role", "pm", "--level", "mid"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> { base.iter().chain(extra).copied().collect() };
    refused(
        &["salary", "--role", "cto", "--level", "mid"],
        &["'cto'", "--role", "[possible values: pm, po]"],
    );
    refused(
        &["salary", "--role", "pm", "--level", "vp"],
        &["[possible values: entry, mid, senior, staff, director]"],
    );
    refused(&with(&["--company", "faang"]), &["[possible values: standard, big-tech]"]);
    refused(&with(&["--industry", "retail"]), &["[possible values: tech, finance, healthcare]"]);
    refused(&with(&["--col", "60"]), &["'60'", "out of range", COL_VALUES]);
    refused(&with(&["--col", "-50.01"]), &["out of range", COL_VALUES]);
    refused(&with(&["--col", "50.001"]), &["more than two decimals", COL_VALUES]);
    refused(&with(&["--col", "7.125"]), &["more than two decimals", COL_VALUES]);
    for not_a_number in ["abc", "1e1", "nan", "--5", "5%", "", "-"] {
        refused(&with(&["--col", not_a_number]), &["--col", COL_VALUES]);
    }
    refused(&["salary", "--level", "mid"], &["required", "--role"]);
    refused(&["salary", "--role", "pm"], &["required", "--level"]);
    refused(&with(&["--col"]), &["--col"]);
}

#[test]
fn a_premium_industry_says_the_premium_is_the_product_owners() {
    // Issue 15: a Product Manager in healthcare used to get the same figures in silence.
    let text = stdout_of(&["salary", "--role", "pm", "--level", "senior", "--industry", "healthcare"]);
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("Healthcare: no industry premium for a Product Manager; the article's premium, low +10% and high +15%, is for Product Owners only."),
        "{text}"
    );
    assert_eq!(line_starting(&text, "Industry"), "Industry Healthcare (healthcare)");
    // The figures and the JSON object stay what they were: the premium is not applied.
    let (_, json) =
        json_of(&["salary", "--role", "pm", "--level", "senior", "--industry", "healthcare", "--json"]);
    assert_eq!((json["base_low"].as_u64(), json["base_high"].as_u64()), (Some(150_000), Some(200_000)));
    assert_eq!(json["notes"], serde_json::json!([]));
    let po = stdout_of(&["salary", "--role", "po", "--level", "senior", "--industry", "healthcare"]);
    assert!(!po.contains("no industry premium"), "{po}");
}
