//! Keys and pasted text through the real binary in a pseudo-terminal, where the defects of issue
//! 15 lived: the FAQ filter that trapped tab keys, the first jump into FAQ, keys pressed while the
//! terminal is too small, a paste arriving as keystrokes, and long input.

mod support;

use support::pty::{Answers, Pty};

/// `pmpo ARGS` in a fresh data folder, at `size`.
fn start(dir: &std::path::Path, args: &[&str], size: (u16, u16)) -> Pty {
    Pty::spawn_sized(dir, args, &[], Answers::DeviceOnly, size)
}

/// The screen's first line: the tab bar.
fn tab_bar(app: &Pty) -> String {
    app.screen().lines().next().unwrap_or_default().to_string()
}

/// The text inside the frame of the FAQ filter (the line under its title).
fn filter_text(screen: &str) -> String {
    let mut lines = screen.lines().skip_while(|line| !line.contains("Filter"));
    lines.nth(1).unwrap_or_default().trim_matches(|c: char| c == '│' || c.is_whitespace()).to_string()
}

#[test]
fn q_quits_at_once_on_faq_opened_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &["--tab", "faq"], (80, 24));
    app.wait_for("Questions: 8");
    app.send("q");
    assert!(app.wait_exit(), "q quits on FAQ as everywhere");
}

#[test]
fn number_keys_and_brackets_leave_faq_and_a_letter_still_starts_the_filter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &["--tab", "overview"], (80, 24));
    app.wait_for("╭ Overview");
    app.send("9");
    app.wait_for("Questions: 8");
    app.send("1");
    app.wait_for("╭ Overview");
    assert!(!app.screen().contains("No question matches"), "{}", app.screen());
    // `]` eight times from Overview reaches FAQ; once more goes on to Study.
    app.send("]]]]]]]]");
    app.wait_for("Questions: 8");
    app.send("]");
    app.wait_for("Decks");
    // Back on FAQ, typing a question needs no key first.
    app.send("[");
    app.wait_for("Questions: 8");
    app.send("scrum");
    app.wait_for("Matches:");
    assert_eq!(filter_text(&app.screen()), "scrum", "{}", app.screen());
    // Esc steps back out of the filter; then the number keys switch tabs again.
    app.send("\x1b");
    app.wait_for("Questions: 8");
    app.send("2");
    app.wait_for("Compare: 11 aspects");
    app.send("q");
    assert!(app.wait_exit());
}

#[test]
fn the_first_jump_into_faq_from_search_selects_the_question_found() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &[], (100, 30));
    app.wait_for("╭ Overview");
    app.send("/");
    app.wait_for("Search everything");
    app.send("safe scrum role");
    app.wait_for("How does SAFe change");
    app.send("\r");
    app.wait_for("Questions: 8");
    let screen = app.screen();
    let selected = screen.lines().find(|line| line.contains('▶')).unwrap_or_default();
    assert!(selected.contains("How does SAFe change"), "the SAFe question is selected:\n{screen}");
    app.send("q");
    assert!(app.wait_exit());
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &["--tab", "salary"], (80, 24));
    app.wait_for("Figures:");
    // To the cost of living, and type 5.
    app.send("jjjj5");
    app.wait_for("Esc leaves the %");
    app.resize(20, 5);
    app.wait_for("too small");
    app.send("5");
    app.send("\t");
    app.resize(80, 24);
    // Wait for the whole frame at the new size, not a first piece of it.
    let screen = app.wait_until("the form redrawn", |screen| {
        screen.contains("Salary inputs") && screen.lines().any(|line| line.contains("Cost of living"))
    });
    assert!(tab_bar(&app).contains("Salary"), "{screen}");
    assert!(screen.contains("Cost of living"), "still on Salary:\n{screen}");
    let col = screen.lines().find(|line| line.contains("Cost of living")).unwrap_or_default();
    assert!(col.contains("+5%") || col.contains(" 5"), "5, not 55: {col}");
    assert!(!col.contains("55"), "the 5 pressed while too small was not typed: {col}");
    app.resize(20, 5);
    app.wait_for("too small");
    app.send("q");
    assert!(app.wait_exit(), "q quits while too small");
}

#[test]
fn a_paste_is_text_for_the_focused_field_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &["--tab", "faq"], (80, 24));
    app.wait_for("Questions: 8");
    assert!(app.bracketed_paste(), "pmpo asks the terminal to mark pastes");
    app.send("/");
    app.paste("scrum\tcert 🚀");
    app.wait_for("Matches:");
    let screen = app.screen();
    assert!(tab_bar(&app).contains("FAQ"), "the tab in the paste did not switch tabs:\n{screen}");
    assert!(!screen.contains("Decks"), "{screen}");
    assert_eq!(filter_text(&screen), "scrum cert 🚀", "{screen}");
    // Where no field has focus, a paste does nothing but say so.
    app.send("\x1b2");
    app.wait_for("Compare: 11 aspects");
    app.paste("j\nq");
    app.wait_for("Paste ignored");
    assert!(app.screen().contains("Compare: 11 aspects"), "{}", app.screen());
    app.send("q");
    let (success, output) = app.wait_exit_output();
    assert!(success);
    let off = output
        .windows(support::pty::BRACKETED_PASTE_OFF.len())
        .rposition(|w| w == support::pty::BRACKETED_PASTE_OFF);
    let on = output
        .windows(support::pty::BRACKETED_PASTE_ON.len())
        .rposition(|w| w == support::pty::BRACKETED_PASTE_ON);
    assert!(off > on, "bracketed paste is turned off on the way out");
}

/// `product owner scrum ` fifty times and five more characters: 1,005 characters.
fn long_text() -> String {
    let mut text = "product owner scrum ".repeat(50);
    text.push_str("agile");
    assert_eq!(text.chars().count(), 1005);
    text
}

#[test]
fn a_long_paste_is_cut_to_the_fields_maximum_and_the_app_keeps_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = start(dir.path(), &["--tab", "faq"], (80, 24));
    app.wait_for("Questions: 8");
    app.send("/");
    app.paste(&long_text());
    app.wait_for("200 characters");
    // The next key is answered as any other: Esc clears the filter and the list is back.
    app.send("\x1b");
    app.wait_for("Questions: 8");
    // The same in the search overlay.
    app.send("2/");
    app.wait_for("Search everything");
    app.paste(&long_text());
    app.wait_for("200 characters");
    app.send("\x1b");
    app.wait_for("Compare: 11 aspects");
    app.send("q");
    assert!(app.wait_exit());
}

/// The widest line of what a command printed to a terminal, escape codes left out.
fn widest_line(output: &[u8]) -> usize {
    let text = String::from_utf8_lossy(output);
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters final-byte.
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        plain.push(c);
    }
    plain.lines().map(|line| line.trim_end_matches('\r').chars().count()).max().unwrap_or(0)
}

#[test]
fn printed_text_reads_at_100_columns_in_a_wide_terminal_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        let app = start(dir.path(), args, (200, 60));
        let (success, output) = app.wait_exit_output();
        assert!(success, "{args:?}");
        widest_line(&output)
    };
    for section in ["overview", "faq", "roles"] {
        let widest = run(&["show", section]);
        assert!((90..=100).contains(&widest), "show {section}: the widest line is {widest}");
    }
    let widest = run(&["salary", "--role", "po", "--level", "senior", "--industry", "healthcare"]);
    assert!(widest <= 100, "salary: {widest}");
    let widest = run(&["show", "faq", "--width", "160"]);
    assert!(widest > 120, "--width still widens: {widest}");
}
