//! The rough edges a first hour with pmpo found (issue 15), each as it was met: the keys pressed
//! and what the screen said.

mod support;

use pmpo::tab::Tab;
use support::{app, frame_text, press};

/// The status bar: the frame's last line.
fn status(app: &pmpo::app::App, width: u16, height: u16) -> String {
    frame_text(app, width, height).lines().last().unwrap_or_default().to_string()
}

#[test]
fn clearing_every_mark_asks_first_and_can_be_undone() {
    let mut app = app(Tab::Choose, 100, 30);
    press(&mut app, "<Space>j<Space>");
    assert!(frame_text(&app, 100, 30).contains("2/7"), "two marks");
    press(&mut app, "c");
    assert!(frame_text(&app, 100, 30).contains("2/7"), "one c only asks");
    assert!(
        status(&app, 100, 30).contains("Press c again to clear all 2 marks"),
        "{}",
        status(&app, 100, 30)
    );
    press(&mut app, "<Esc>");
    assert!(frame_text(&app, 100, 30).contains("2/7"), "Esc keeps them");
    press(&mut app, "cc");
    assert!(frame_text(&app, 100, 30).contains("0/7"), "c twice clears");
    assert!(
        status(&app, 100, 30).contains("Cleared 2 marks: u brings them back"),
        "{}",
        status(&app, 100, 30)
    );
    press(&mut app, "u");
    assert!(frame_text(&app, 100, 30).contains("2/7"), "u brings them back");
    // Another key between the two c's answers no.
    press(&mut app, "cjc");
    assert!(frame_text(&app, 100, 30).contains("2/7"), "c, j, c only asks again");
}
