//! One wrapping policy: `pmpo show SECTION --width W` breaks a section's text at the same places
//! as the tab that shows it, drawn at a width whose reading pane is W columns.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use assert_cmd::Command;
use pmpo::tab::Tab;

/// The text lines inside the tab's reading pane (its frame and padding removed), blank lines
/// dropped: what the reader sees, in order.
fn pane_lines(frame: &str) -> Vec<String> {
    frame
        .lines()
        .filter_map(|line| {
            let inner = line.strip_prefix("│ ")?;
            let inner = inner.trim_end_matches(['│', '█', ' ']);
            (!inner.trim().is_empty()).then(|| inner.trim_end().to_string())
        })
        .collect()
}

fn show(section: &str, width: u16) -> Vec<String> {
    let output = Command::cargo_bin("pmpo")
        .expect("the binary")
        .env("NO_COLOR", "1")
        .env_remove("PMPO_KB")
        .args(["show", section, "--width", &width.to_string()])
        .output()
        .expect("pmpo runs");
    assert!(output.status.success());
    String::from_utf8(output.stdout).expect("UTF-8").lines().map(str::to_string).collect()
}

/// Whether `shown` holds every line of `pane`, in order (`show` adds rules under headings and
/// may hold more sections than one pane).
fn in_order(pane: &[String], shown: &[String]) -> Result<(), String> {
    let mut rest = shown.iter();
    for line in pane {
        if !rest.any(|printed| printed == line) {
            return Err(format!("{line:?} is not printed where the pane shows it"));
        }
    }
    Ok(())
}

#[test]
fn show_breaks_lines_where_the_reading_panes_do() {
    // A pane's text is 4 columns narrower than the tab (border and padding each side).
    for width in [40u16, 57, 76, 100] {
        let shown = show("overview", width);
        let frame = support::screen(Tab::Overview, width + 4, 200, "");
        let pane = pane_lines(&frame);
        assert!(pane.len() > 20, "the whole page is on screen:\n{frame}");
        in_order(&pane, &shown)
            .unwrap_or_else(|error| panic!("overview at {width}: {error}\n{}", shown.join("\n")));

        let shown = show("roles", width);
        for view in ["", "l", "ll"] {
            let frame = support::screen(Tab::Roles, width + 4, 300, view);
            let pane = pane_lines(&frame);
            in_order(&pane, &shown).unwrap_or_else(|error| panic!("roles {view:?} at {width}: {error}"));
        }
    }
}
