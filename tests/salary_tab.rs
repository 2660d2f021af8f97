//! The Salary tab and `pmpo salary` agree: the tab is driven with keys as a user would, its
//! figures are read off the drawn frame, and they must equal what the real binary prints for the
//! same inputs (`--json` for the figures, the text form for the working).

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use assert_cmd::Command;
use pmpo::tab::Tab;
use serde_json::Value;

/// One question: the CLI's arguments and the position of each choice in the form's order.
struct Case {
    role: (&'static str, usize),
    level: (&'static str, usize),
    company: (&'static str, usize),
    industry: (&'static str, usize),
    /// What is typed into the percentage field, and what it counts as for the CLI.
    typed: &'static str,
    col: &'static str,
}

impl Case {
    /// The keys from the default form: `l` to the choice on each field, `j` to the next field,
    /// then the percentage typed (left unfinished when it does not end in Enter).
    fn keys(&self) -> String {
        let mut keys = String::new();
        for (_, steps) in [self.role, self.level, self.company, self.industry] {
            keys.push_str(&"l".repeat(steps));
            keys.push('j');
        }
        keys.push_str(self.typed);
        keys
    }

    fn args(&self) -> Vec<&'static str> {
        vec![
            "salary",
            "--role",
            self.role.0,
            "--level",
            self.level.0,
            "--company",
            self.company.0,
            "--industry",
            self.industry.0,
            "--col",
            self.col,
        ]
    }
}

const CASES: &[Case] = &[
    Case {
        role: ("pm", 0),
        level: ("entry", 0),
        company: ("standard", 0),
        industry: ("tech", 0),
        typed: "",
        col: "0",
    },
    Case {
        role: ("po", 1),
        level: ("senior", 2),
        company: ("big-tech", 1),
        industry: ("finance", 1),
        typed: "-10<Enter>",
        col: "-10",
    },
    Case {
        role: ("po", 1),
        level: ("director", 4),
        company: ("standard", 0),
        industry: ("healthcare", 2),
        typed: "5<Enter>",
        col: "5",
    },
    Case {
        role: ("pm", 0),
        level: ("staff", 3),
        company: ("big-tech", 1),
        industry: ("healthcare", 2),
        typed: "12.25",
        col: "12.25",
    },
    Case {
        role: ("po", 1),
        level: ("entry", 0),
        company: ("big-tech", 1),
        industry: ("healthcare", 2),
        typed: "0.01<Esc>",
        col: "0.01",
    },
    Case {
        role: ("pm", 0),
        level: ("director", 4),
        company: ("standard", 0),
        industry: ("finance", 1),
        typed: "-50",
        col: "-50",
    },
    // Half typed: "7." counts as 7 until a decimal follows.
    Case {
        role: ("po", 1),
        level: ("mid", 1),
        company: ("standard", 0),
        industry: ("healthcare", 2),
        typed: "7.",
        col: "7",
    },
];

fn pmpo(args: &[&str]) -> String {
    let output = Command::cargo_bin("pmpo")
        .expect("the pmpo binary")
        .env_remove("PMPO_KB")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .args(args)
        .output()
        .expect("pmpo runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The figures pane's text lines: between its top and bottom border (the second framed pane),
/// without the borders and the scrollbar.
fn figures_pane(frame: &str) -> Vec<String> {
    let lines: Vec<&str> = frame.lines().collect();
    let top = lines.iter().enumerate().filter(|(_, line)| line.starts_with('╭')).nth(1).expect("figures").0;
    lines[top + 1..]
        .iter()
        .take_while(|line| !line.starts_with('╰'))
        .map(|line| {
            let inner: String = line.chars().skip(2).collect();
            inner.trim_end_matches(['│', '█', ' ']).to_string()
        })
        .collect()
}

/// "$128,700–$175,950+" as (128700, 175950, true).
fn range(text: &str) -> (u64, u64, bool) {
    let open = text.ends_with('+');
    let (low, high) = text.trim_end_matches('+').split_once('–').expect("a range");
    let number = |part: &str| part.trim_start_matches('$').replace(',', "").parse().expect("dollars");
    (number(low), number(high), open)
}

/// The value after `label` on the first line that starts with it, at or after line `from`.
fn value_after(lines: &[String], label: &str, from: usize) -> Option<String> {
    lines[from..].iter().find_map(|line| line.strip_prefix(label).map(|rest| rest.trim().to_string()))
}

/// Base (low, high, open-ended) and total (low, high), each absent when there is none.
type Figures = (Option<(u64, u64, bool)>, Option<(u64, u64)>);

fn figures_from_json(json: &Value) -> Figures {
    let base = json["base_low"].as_u64().map(|low| {
        (low, json["base_high"].as_u64().expect("high"), json["open_ended"].as_bool().expect("open"))
    });
    let total = json["total_low"].as_u64().map(|low| (low, json["total_high"].as_u64().expect("high")));
    (base, total)
}

/// The chosen role's figures as the tab shows them, from line `from` of the pane.
fn figures_from_pane(lines: &[String], from: usize) -> Figures {
    let base = value_after(lines, "Base salary", from).map(|text| range(&text));
    let total = value_after(lines, "Total compensation", from)
        .filter(|text| text.starts_with('$'))
        .map(|text| range(&text))
        .map(|(low, high, _)| (low, high));
    (base, total)
}

#[test]
fn the_tab_shows_what_the_command_line_prints() {
    for case in CASES {
        let frame = support::screen(Tab::Salary, 84, 40, &case.keys());
        let pane = figures_pane(&frame);
        let json: Value =
            serde_json::from_str(&pmpo(&[&case.args()[..], &["--json"]].concat())).expect("JSON");
        let context = format!("{:?}\n{frame}", case.args());

        let other_at = pane.iter().position(|line| line.ends_with(", same inputs")).expect("other role");
        if json["available"] == Value::Bool(false) {
            let reason = json["reason"].as_str().expect("a reason");
            let shown = pane[..other_at].join(" ");
            assert!(shown.contains("not available"), "{context}");
            assert!(shown.split_whitespace().collect::<Vec<_>>().join(" ").contains(reason), "{context}");
            assert!(!pane[..other_at].iter().any(|line| line.contains('$')), "no figure at all: {context}");
        } else {
            let (base, total) = figures_from_pane(&pane[..other_at], 0);
            assert_eq!((base, total), figures_from_json(&json), "{context}");
            if total.is_none() {
                let line = value_after(&pane, "Total compensation", 0).expect("total");
                assert!(line.starts_with("not estimated"), "{context}");
            }
        }

        // The other role, for the same inputs.
        let other = if case.role.0 == "pm" { "po" } else { "pm" };
        let mut args = case.args();
        args[2] = other;
        args.push("--json");
        let other_json: Value = serde_json::from_str(&pmpo(&args)).expect("JSON");
        if other_json["available"] == Value::Bool(true) {
            assert_eq!(figures_from_pane(&pane, other_at), figures_from_json(&other_json), "{context}");
        } else {
            assert!(pane[other_at..].join(" ").contains("not available"), "{context}");
        }
    }
}

#[test]
fn the_working_is_the_command_lines_line_for_line() {
    // At 84 columns the figures pane is 80 wide inside, the width `pmpo salary` uses on a pipe.
    for case in CASES.iter().filter(|case| case.role.0 != "po" || case.level.0 != "director") {
        let frame = support::screen(Tab::Salary, 84, 40, &case.keys());
        let pane = figures_pane(&frame);
        let start = pane.iter().position(|line| line == "Working").expect("working") + 1;
        let end = pane.iter().position(|line| line.starts_with("Rounded once")).expect("rounding");
        let text = pmpo(&case.args());
        let cli: Vec<&str> = text
            .split("Working\n-------\n\n")
            .nth(1)
            .and_then(|rest| rest.split("\n\nResult").next())
            .expect("the CLI's working")
            .lines()
            .collect();
        assert_eq!(pane[start..end], cli[..], "{:?}\n{frame}", case.args());
    }
}

/// The sentences after "Offer vs base" in the pane, continuation lines joined, in order.
fn offer_sentences(pane: &[String]) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    let mut open = false;
    for line in pane {
        if let Some(rest) = line.strip_prefix("Offer vs base") {
            sentences.push(rest.trim().to_string());
            open = true;
        } else if open && line.starts_with(&" ".repeat(20)) {
            if let Some(last) = sentences.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
            }
        } else {
            open = false;
        }
    }
    sentences
}

/// The paragraph under "Offer against base salary" in `pmpo salary`'s text, on one line.
fn cli_offer(text: &str) -> Option<String> {
    let section = text.split("Offer against base salary\n").nth(1)?;
    let paragraph = section.lines().skip(2).take_while(|line| !line.is_empty()).collect::<Vec<_>>();
    Some(paragraph.join(" "))
}

#[test]
fn the_tab_places_an_offer_as_the_command_line_does() {
    for case in CASES {
        for amount in ["120k", "150000", "$400,000"] {
            let keys = format!("{}j{amount}<Enter>", case.keys());
            let frame = support::screen(Tab::Salary, 84, 40, &keys);
            let sentences = offer_sentences(&figures_pane(&frame));
            let mut expected = Vec::new();
            let other = if case.role.0 == "pm" { "po" } else { "pm" };
            for role in [case.role.0, other] {
                let mut args = case.args();
                args[2] = role;
                args.extend(["--offer", amount]);
                // No band (PO at director), no sentence.
                expected.extend(cli_offer(&pmpo(&args)).filter(|text| !text.starts_with("There is no band")));
            }
            assert_eq!(sentences, expected, "{keys}\n{frame}");
            assert!(!sentences.is_empty(), "{keys}");
        }
    }
}

#[test]
fn keys_a_percentage_cannot_use_keep_their_meaning_there() {
    // jjjj: the percentage field, which takes printable keys; ? still opens the help there.
    let mut app = support::app(Tab::Salary, 80, 24);
    support::press(&mut app, "jjjj?");
    assert!(support::frame_text(&app, 80, 24).contains("Keys — Esc closes"), "the help is open");
    // Esc closes the help; digits are the field's (no tab switch), q still quits.
    support::press(&mut app, "<Esc>3");
    assert_eq!(app.tab(), Tab::Salary);
    assert!(support::frame_text(&app, 80, 24).contains("Cost of living  3"), "3 was typed");
    support::press(&mut app, "q");
    assert!(!app.is_running());
}

#[test]
fn keys_an_amount_cannot_use_keep_their_meaning_on_the_offer() {
    // G: the offer. Digits, $, commas and k are the field's; q still quits, Esc clears.
    let mut app = support::app(Tab::Salary, 80, 24);
    support::press(&mut app, "G150k");
    assert_eq!(app.tab(), Tab::Salary, "1 was typed, not a tab number");
    assert!(support::frame_text(&app, 80, 24).contains("Offer           150k"));
    support::press(&mut app, "<Enter>");
    let frame = support::frame_text(&app, 80, 24);
    assert!(frame.contains("Offer           $150,000"), "{frame}");
    assert!(frame.contains("$150,000 is $20,000 above the range"), "{frame}");
    support::press(&mut app, "<Esc>");
    assert!(support::frame_text(&app, 80, 24).contains("Offer           none"));
    support::press(&mut app, "q");
    assert!(!app.is_running());
}
