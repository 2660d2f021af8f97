//! Every tab drawn by the real drawing code into a buffer, at 80×24 and 120×40 and in the states
//! that matter, compared with the reviewed snapshots in `tests/snapshots/`.
//!
//! After an intended change: `cargo insta review` (or `INSTA_UPDATE=always cargo test`), then read
//! the diff before committing.

mod support;

use insta::assert_snapshot;
use pmpo::tab::Tab;
use support::screen;

#[test]
fn every_tab_at_80_by_24_and_120_by_40() {
    for &tab in Tab::ALL {
        assert_snapshot!(format!("{}_80x24", tab.name()), screen(tab, 80, 24, ""));
        assert_snapshot!(format!("{}_120x40", tab.name()), screen(tab, 120, 40, ""));
    }
}

#[test]
fn a_row_selected_on_compare() {
    assert_snapshot!("compare_row_selected", screen(Tab::Compare, 80, 24, "jjjjj"));
}

#[test]
fn help_open() {
    assert_snapshot!("help_overview", screen(Tab::Overview, 80, 24, "?"));
    assert_snapshot!("help_orgs_small", screen(Tab::Orgs, 60, 20, "?"));
}

#[test]
fn a_size_typed_on_orgs() {
    assert_snapshot!("orgs_size_typed", screen(Tab::Orgs, 80, 24, "s250"));
    assert_snapshot!("orgs_size_on_boundary_done", screen(Tab::Orgs, 120, 40, "s50<Enter>"));
}

/// Each model's keys from the first: none, one step right, two.
const MODELS: [(&str, &str); 3] = [("startup", ""), ("mid_size", "l"), ("enterprise", "ll")];

#[test]
fn org_charts_at_80_by_24_and_200_by_60() {
    for (model, keys) in MODELS {
        assert_snapshot!(format!("orgs_chart_{model}_80x24"), screen(Tab::Orgs, 80, 24, keys));
        assert_snapshot!(format!("orgs_chart_{model}_200x60"), screen(Tab::Orgs, 200, 60, keys));
    }
}

/// What sets text apart without colour, one character a cell: `b` bold, `r` reversed (bold or
/// not), `u` underlined, blank for plain.
fn styles(buffer: &ratatui::buffer::Buffer) -> String {
    use ratatui::style::Modifier;
    let width = usize::from(buffer.area.width);
    let rows = buffer.content.chunks(width).map(|row| {
        let marks: String = row
            .iter()
            .map(|cell| match cell.modifier {
                m if m.contains(Modifier::REVERSED) => 'r',
                m if m.contains(Modifier::UNDERLINED) => 'u',
                m if m.contains(Modifier::BOLD) => 'b',
                _ => ' ',
            })
            .collect();
        marks.trim_end().to_string()
    });
    format!(
        "{}\n--- styles ---\n{}",
        pmpo::ui::buffer_text(buffer).trim_end(),
        rows.collect::<Vec<_>>().join("\n")
    )
}

#[test]
fn org_charts_without_colour() {
    use ratatui::style::Color;
    for (model, keys) in MODELS {
        for (width, height) in [(80, 24), (200, 60)] {
            let mut app = support::themed_app(Tab::Orgs, width, height, &pmpo::ui::Theme::MONO);
            support::press(&mut app, keys);
            let buffer = support::draw(&app, width, height);
            let coloured =
                buffer.content.iter().filter(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset);
            assert_eq!(coloured.count(), 0, "NO_COLOR draws no colour");
            // The roles read from the text: every PM and PO box carries its tag.
            let text = pmpo::ui::buffer_text(&buffer);
            let tags = if model == "startup" { vec!["PM+PO"] } else { vec!["PM", "PO"] };
            for tag in tags {
                assert!(text.contains(&format!(" {tag} ")), "{model} at {width}x{height}: {tag}\n{text}");
            }
            assert_snapshot!(format!("orgs_chart_{model}_{width}x{height}_no_color"), styles(&buffer));
        }
    }
}

#[test]
fn statements_toggled_on_choose() {
    assert_snapshot!("choose_toggled", screen(Tab::Choose, 80, 24, "<Space>jj<Space>"));
    assert_snapshot!("choose_toggled_wide", screen(Tab::Choose, 120, 40, "<Space>l<Space>j<Space>"));
}

#[test]
fn roles_sub_views_and_careers_selection() {
    assert_snapshot!("roles_po_scrolled", screen(Tab::Roles, 80, 24, "l<C-d>"));
    assert_snapshot!("roles_overlap", screen(Tab::Roles, 120, 40, "ll"));
    assert_snapshot!("careers_po_selected", screen(Tab::Careers, 80, 24, "l"));
    assert_snapshot!("certs_last", screen(Tab::Certs, 80, 24, "G"));
}

#[test]
fn too_small_and_back() {
    assert_snapshot!("too_small", screen(Tab::Compare, 20, 5, ""));
    // The same app recovers when the terminal grows again.
    let mut app = support::app(Tab::Compare, 20, 5);
    support::press(&mut app, "j");
    app.handle_event(&ratatui::crossterm::event::Event::Resize(80, 24));
    assert!(support::frame_text(&app, 80, 24).contains("Compare: 11 aspects"));
}

/// Keys from the default form (PM, entry, standard, tech, 0 %) to PO, senior, big tech, finance
/// and -10 %: role →, level →→, company →, industry →, then type the percentage.
const PO_SENIOR_BIG_TECH_FINANCE_MINUS_10: &str = "ljlljljlj-10<Enter>";

#[test]
fn salary_states() {
    // The percentage half typed: "-1" so far, the figures already at -1 %.
    assert_snapshot!("salary_col_mid_edit", screen(Tab::Salary, 80, 24, "jjjj-1"));
    assert_snapshot!("salary_col_mid_edit_wide", screen(Tab::Salary, 120, 40, "jjjj-1"));
    // PO at director: role → and level ← (wrapping from entry to director).
    assert_snapshot!("salary_po_director", screen(Tab::Salary, 80, 24, "ljh"));
    assert_snapshot!("salary_po_director_wide", screen(Tab::Salary, 120, 40, "ljh"));
    assert_snapshot!(
        "salary_big_tech_finance",
        screen(Tab::Salary, 80, 24, PO_SENIOR_BIG_TECH_FINANCE_MINUS_10)
    );
    assert_snapshot!(
        "salary_big_tech_finance_wide",
        screen(Tab::Salary, 120, 40, PO_SENIOR_BIG_TECH_FINANCE_MINUS_10)
    );
    assert_snapshot!(
        "salary_big_tech_finance_160x48",
        screen(Tab::Salary, 160, 48, PO_SENIOR_BIG_TECH_FINANCE_MINUS_10)
    );
}

#[test]
fn salary_offer_states() {
    // After the percentage, j goes down to the offer; Enter finishes typing it.
    let offer = |amount: &str| format!("{PO_SENIOR_BIG_TECH_FINANCE_MINUS_10}j{amount}<Enter>");
    for (name, amount) in [("inside", "150k"), ("below", "120k"), ("above", "200k")] {
        assert_snapshot!(format!("salary_offer_{name}"), screen(Tab::Salary, 80, 24, &offer(amount)));
        assert_snapshot!(format!("salary_offer_{name}_wide"), screen(Tab::Salary, 120, 40, &offer(amount)));
    }
    // The chart scrolled into view at 80×24: the line across both roles, ✓ on the bands.
    assert_snapshot!(
        "salary_offer_inside_chart",
        screen(Tab::Salary, 80, 24, &(offer("150k") + "<PgDn><PgDn>"))
    );
    // Compared with total compensation (→ on the offer, big tech only): the chart follows.
    assert_snapshot!("salary_offer_total_wide", screen(Tab::Salary, 120, 40, &(offer("250k") + "<Right>")));
    // Above a top the article leaves open (PM at director), and an offer still being typed.
    assert_snapshot!("salary_offer_open_top", screen(Tab::Salary, 80, 24, "jhG400k<Enter>"));
    assert_snapshot!("salary_offer_typing", screen(Tab::Salary, 80, 24, "G$150,0"));
}

mod mouse {
    use super::support;
    use pmpo::tab::Tab;
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
        Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
    }

    #[test]
    fn clicking_a_tab_title_opens_it() {
        let mut app = support::app(Tab::Overview, 100, 30);
        let text = support::frame_text(&app, 100, 30);
        let column = text.lines().next().and_then(|bar| bar.find("Careers")).expect("Careers in the tab bar");
        app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), column as u16, 0));
        assert_eq!(app.tab(), Tab::Careers);
    }

    #[test]
    fn clicking_a_row_selects_it() {
        let mut app = support::app(Tab::Certs, 100, 30);
        let text = support::frame_text(&app, 100, 30);
        let row = text.lines().position(|line| line.contains("Product School")).expect("a visible row");
        app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), 10, row as u16));
        assert_eq!(app.current_item().as_deref(), Some("cert-product-school"));
    }

    #[test]
    fn clicking_a_model_draws_its_chart() {
        let mut app = support::app(Tab::Orgs, 100, 30);
        let text = support::frame_text(&app, 100, 30);
        let (row, line) =
            text.lines().enumerate().find(|(_, line)| line.contains("Enterprise 500+")).expect("strip");
        let column = line.chars().take(line.find("Enterprise").expect("label")).count();
        app.handle_event(&mouse(MouseEventKind::Down(MouseButton::Left), column as u16 + 2, row as u16));
        assert_eq!(app.current_item().as_deref(), Some("org-enterprise"));
        assert!(support::frame_text(&app, 100, 30).contains("Product Owners"), "the enterprise chart");
    }

    #[test]
    fn the_wheel_scrolls() {
        let mut app = support::app(Tab::Overview, 80, 24);
        let before = support::frame_text(&app, 80, 24);
        app.handle_event(&mouse(MouseEventKind::ScrollDown, 10, 10));
        let after = support::frame_text(&app, 80, 24);
        assert_ne!(before, after);
        // The text inside the frame, without the scrollbar column (its thumb moves).
        let inner = |text: &str, row: usize| {
            text.lines().nth(row).map(|line| line.chars().skip(1).take(77).collect::<String>())
        };
        assert_eq!(inner(&after, 2), inner(&before, 5), "three lines down");
    }
}
