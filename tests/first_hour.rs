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

#[test]
fn b_bookmarks_what_overview_and_salary_show() {
    // Every tab now has items (issue 10 made the overview's sections and the salary levels
    // searchable): b keeps what is on screen instead of asking to move to an item.
    for (tab, keys, id, said) in [
        (Tab::Overview, "", "overview-quick-answer", "Bookmarked “The quick answer”"),
        (Tab::Salary, "jl", "salary-level-mid", "Bookmarked “Mid-Level”"),
    ] {
        let mut app = app(tab, 80, 24);
        press(&mut app, keys);
        press(&mut app, "b");
        let bar = status(&app, 80, 24);
        assert!(bar.contains(said), "{bar}");
        assert_eq!(app.bookmarks(), [id]);
    }
}

/// The first line inside the Salary tab's figures pane (under its title, which names the role).
fn first_figure_line(text: &str) -> String {
    let mut lines = text.lines().skip_while(|line| !line.contains("╭ Product"));
    lines.nth(1).unwrap_or_default().to_string()
}

#[test]
fn a_new_salary_result_starts_at_its_top() {
    let mut app = app(Tab::Salary, 80, 24);
    press(&mut app, "<PgDn><PgDn>");
    assert!(!first_figure_line(&frame_text(&app, 80, 24)).contains("Base salary"), "scrolled");
    // Role, then Level.
    press(&mut app, "l");
    assert!(
        first_figure_line(&frame_text(&app, 80, 24)).contains("Base salary"),
        "{}",
        frame_text(&app, 80, 24)
    );
    press(&mut app, "<PgDn>jl");
    assert!(
        first_figure_line(&frame_text(&app, 80, 24)).contains("Base salary"),
        "{}",
        frame_text(&app, 80, 24)
    );
    // Scrolling alone, or moving between fields, keeps the place.
    press(&mut app, "<PgDn>j");
    assert!(!first_figure_line(&frame_text(&app, 80, 24)).contains("Base salary"));
}

#[test]
fn the_industry_premium_is_said_to_be_the_product_owners_and_named_as_the_field_names_it() {
    // Industry is the fourth field: Finance is one step along.
    let mut app = app(Tab::Salary, 120, 40);
    press(&mut app, "jjjl");
    let text = frame_text(&app, 120, 40);
    assert!(text.contains("◂ Finance ▸"), "{text}");
    assert!(text.contains("Finance: no industry premium for a"), "PM: said, not silent:\n{text}");
    // The Product Owner gets it, under the name the field uses.
    press(&mut app, "ggl");
    let text = frame_text(&app, 120, 40);
    assert!(text.contains("Finance: low +10%,"), "{text}");
    assert!(!text.contains("finance:"), "{text}");
    assert!(!text.contains("no industry premium"), "{text}");
}

#[test]
fn a_long_notice_shows_its_gist_and_the_help_shows_all_of_it() {
    // A corrupt state file in a data folder with a long path: the notice names where it went.
    let dir = tempfile::tempdir().expect("temp dir");
    let deep = dir.path().join("a folder with a rather long name").join("and another one below it");
    std::fs::create_dir_all(&deep).expect("folders");
    std::fs::write(deep.join(pmpo::store::FILE_NAME), "(this is not a state file").expect("write");
    let kb = support::kb();
    let known = pmpo::store::KnownIds::new(&kb, &pmpo::study::Cards::from_kb(&kb));
    let opened = pmpo::store::Store::open(Some(deep.clone()), &known);
    let full = opened.notice.clone().expect("a notice");
    assert!(full.chars().count() > 80, "long enough to be cut: {full}");
    let size = ratatui::layout::Size::new(80, 24);
    let mut app =
        pmpo::app::App::with_saved_state(kb, pmpo::ui::Theme::MONO, Some(Tab::Overview), size, opened);
    let bar = status(&app, 80, 24);
    assert!(bar.starts_with(" Starting fresh: state.ron was corrupt"), "the gist first: {bar}");
    assert!(bar.ends_with("… F1: all of it"), "and where to read the rest: {bar}");
    // F1 (or ?) shows the whole message, wrapped, above the keys; it stays there for later too.
    press(&mut app, "<F1>");
    let help = frame_text(&app, 80, 24);
    let help: String =
        help.split_whitespace().collect::<Vec<_>>().join(" ").replace("│ ", "").replace(" │", "");
    assert!(help.contains("Last message"), "{help}");
    assert!(help.contains("moved aside to"), "{help}");
    assert!(help.contains("below it/state.ron.corrupt"), "the full path: {help}");
}

#[test]
fn a_paste_into_a_number_field_keeps_what_the_field_takes() {
    use ratatui::crossterm::event::Event;
    // Orgs: the size field takes digits; the words around them are dropped, none acts as a key.
    let mut orgs = app(Tab::Orgs, 100, 30);
    press(&mut orgs, "s");
    orgs.handle_event(&Event::Paste("about 1200 people\nq".to_string()));
    assert!(orgs.is_running(), "q in a paste is not a key");
    assert!(frame_text(&orgs, 100, 30).contains(" 1200"), "{}", frame_text(&orgs, 100, 30));
    // Salary: the offer, armed, takes an amount as typing it would.
    let mut app = app(Tab::Salary, 100, 30);
    press(&mut app, "G");
    app.handle_event(&Event::Paste("$150,000 or so".to_string()));
    let text = frame_text(&app, 100, 30);
    assert!(text.contains("$150,000"), "{text}");
    assert_eq!(app.tab(), Tab::Salary);
}
