//! A knowledge base a user dumped with `pmpo kb dump` from pmpo 0.1 (`fixtures/kb-0.1.ron`, the
//! embedded file of that release) keeps loading, and every screen and section that reads what was
//! added since (org charts, ladder notes, the Orgs and Careers summaries, the Choose intro) works
//! without it.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use assert_cmd::Command;
use pmpo::app::App;
use pmpo::doc::{self, Section};
use pmpo::kb::{KnowledgeBase, load};
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::layout::Size;

const FIXTURE: &str = "tests/fixtures/kb-0.1.ron";

fn old() -> KnowledgeBase {
    let text = std::fs::read_to_string(FIXTURE).expect("the 0.1 fixture");
    load::parse(FIXTURE, &text).unwrap_or_else(|error| panic!("0.1 knowledge base refused: {error}"))
}

#[test]
fn the_0_1_knowledge_base_loads_without_the_sections_added_since() {
    let kb = old();
    assert!(kb.orgs.models.iter().all(|model| model.chart.is_none()), "0.1 had no charts");
    assert!(kb.orgs.summary.is_none() && kb.careers.summary.is_none() && kb.careers.ladder_notes.is_none());
    assert!(kb.choose.intro.is_none());
    // The same figures: later versions reword and add, the article did not change.
    let embedded = KnowledgeBase::embedded().expect("embedded");
    assert_eq!(kb.orgs.models.len(), embedded.orgs.models.len());
    assert_eq!(kb.salary.levels, embedded.salary.levels, "the same figures");
}

#[test]
fn every_tab_draws_the_0_1_knowledge_base() {
    for &tab in Tab::ALL {
        for (width, height) in [(80, 24), (200, 60)] {
            let mut app = App::new(old(), Theme::COLOR, tab, Size::new(width, height));
            for keys in ["", "l", "l", "j"] {
                support::press(&mut app, keys);
                let text = support::frame_text(&app, width, height);
                assert!(!text.contains("too small"), "{tab:?} at {width}x{height}");
            }
        }
    }
    // The Orgs tab says there is no chart rather than drawing an empty pane.
    let app = App::new(old(), Theme::COLOR, Tab::Orgs, Size::new(100, 30));
    let text = support::frame_text(&app, 100, 30);
    assert!(text.contains("no org chart"), "{text}");
    assert!(text.contains("Startup") && text.contains("Early-stage startups"), "{text}");
}

#[test]
fn show_prints_every_section_of_the_0_1_knowledge_base() {
    let kb = old();
    for section in [Section::Orgs, Section::Careers, Section::Choose] {
        let text = doc::plain::render(&doc::section(&kb, section), 80, false);
        assert!(text.lines().count() > 10, "{section:?}: {text}");
    }
    let out = Command::cargo_bin("pmpo")
        .expect("binary")
        .args(["--kb", FIXTURE, "show", "orgs"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Mid-size company") && !text.contains('┌'), "no chart to draw: {text}");
    let check =
        Command::cargo_bin("pmpo").expect("binary").args(["kb", "check", FIXTURE]).output().expect("run");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
}
