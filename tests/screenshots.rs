//! `screenshots/<tab>.svg` (dark theme) and `screenshots/light-<tab>.svg` (light theme, on a
//! light palette) are drawn by the real rendering code: this test fails when one is stale.
//! `UPDATE_SCREENSHOTS=1 cargo test --test screenshots` rewrites them.

mod support;

use std::path::Path;

use pmpo::tab::Tab;
use pmpo::ui::Theme;

/// Each screenshot: its file name, its tab and the keys that bring it to a state that shows what
/// the tab is for. Every tab has one named after it; the Orgs tab has one per org model.
fn scenes() -> Vec<(&'static str, Tab, &'static str)> {
    vec![
        ("overview", Tab::Overview, ""),
        ("compare", Tab::Compare, "jj"),
        ("roles", Tab::Roles, ""),
        // A typed size selects the model it falls under and draws its chart.
        ("orgs", Tab::Orgs, "s120<Enter>"),
        ("orgs-startup", Tab::Orgs, ""),
        ("orgs-enterprise", Tab::Orgs, "s5000<Enter>"),
        ("careers", Tab::Careers, "l"),
        // PO, senior, big tech, finance, -10 %: every step of the working applies; an offer of
        // $150,000 placed in both roles' ranges and drawn across the chart.
        ("salary", Tab::Salary, "ljlljljlj-10<Enter>j150k<Enter>"),
        ("certs", Tab::Certs, "j"),
        ("choose", Tab::Choose, "<Space>jj<Space>l<Space>"),
        // Four letters with a typo: the question first, its matched letters highlighted.
        ("faq", Tab::Faq, "cetr"),
        // A FAQ card answered, the next one's answer shown with what each grade would do.
        ("study", Tab::Study, "j<Enter><Space>3<Space>"),
        // A note written with n on an aspect, shown under it (and the status bar saying so).
        (
            "note-compare",
            Tab::Compare,
            "jjnAsk how they split vision and backlog: at Acme the PM owned both.<Enter>Story: the \
             pricing page, three teams, one backlog.<Esc>",
        ),
        // A note on a card's item, on the answer side with the card, marked as the user's.
        (
            "note-study",
            Tab::Study,
            "jj<Enter>nTell the Acme story: the PM set the goal, I ran the sprints.<Esc>m",
        ),
    ]
}

/// The tabs also drawn in the light theme: the README shows them beside the dark ones.
const LIGHT: [Tab; 2] = [Tab::Salary, Tab::Careers];

/// The terminal size of a screenshot: 110×32, except where a tab needs more to show everything
/// at once (Salary's form, figures, chart and notes side by side; an org chart drawn as boxes).
fn size(tab: Tab) -> (u16, u16) {
    match tab {
        Tab::Salary | Tab::Orgs => (120, 40),
        _ => (110, 32),
    }
}

#[test]
fn screenshots_are_current() {
    let update = std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let mut stale = Vec::new();
    let scenes = scenes();
    assert!(
        Tab::ALL.iter().all(|tab| scenes.iter().any(|(name, _, _)| *name == tab.name())),
        "a scene per tab"
    );
    let dark = scenes
        .iter()
        .map(|&(name, tab, notation)| (name, tab, notation, Theme::COLOR, &support::svg::DARK, ""));
    let light = scenes
        .iter()
        .filter(|(name, tab, _)| LIGHT.contains(tab) && *name == tab.name())
        .map(|&(name, tab, notation)| (name, tab, notation, Theme::LIGHT, &support::svg::LIGHT, "light-"));
    for (name, tab, notation, theme, palette, prefix) in dark.chain(light) {
        let (width, height) = size(tab);
        let mut app = support::themed_app(tab, width, height, &theme);
        support::press(&mut app, notation);
        let picture = support::svg::svg_in(&support::draw(&app, width, height), palette);
        let path = dir.join(format!("{prefix}{name}.svg"));
        if update {
            std::fs::create_dir_all(&dir).expect("screenshots folder");
            std::fs::write(&path, &picture).expect("write screenshot");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(picture.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale screenshots (UPDATE_SCREENSHOTS=1 cargo test --test screenshots): {stale:?}"
    );
}
