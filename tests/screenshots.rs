//! `screenshots/<tab>.svg` (dark theme) and `screenshots/light-<tab>.svg` (light theme, on a
//! light palette) are drawn by the real rendering code: this test fails when one is stale.
//! `UPDATE_SCREENSHOTS=1 cargo test --test screenshots` rewrites them.

mod support;

use std::path::Path;

use pmpo::tab::Tab;
use pmpo::ui::Theme;

/// The keys of each screenshot: a state that shows what the tab is for. Every tab has one.
fn scenes() -> Vec<(Tab, &'static str)> {
    vec![
        (Tab::Overview, ""),
        (Tab::Compare, "jj"),
        (Tab::Roles, ""),
        (Tab::Orgs, "s120<Enter>"),
        (Tab::Careers, "l"),
        // PO, senior, big tech, finance, -10 %: every step of the working applies; an offer of
        // $150,000 placed in both roles' ranges and drawn across the chart.
        (Tab::Salary, "ljlljljlj-10<Enter>j150k<Enter>"),
        (Tab::Certs, "j"),
        (Tab::Choose, "<Space>jj<Space>l<Space>"),
        // Four letters with a typo: the question first, its matched letters highlighted.
        (Tab::Faq, "cetr"),
        // A FAQ card answered, the next one's answer shown with what each grade would do.
        (Tab::Study, "j<Enter><Space>3<Space>"),
    ]
}

/// The tabs also drawn in the light theme: the README shows them beside the dark ones.
const LIGHT: [Tab; 2] = [Tab::Salary, Tab::Careers];

/// The terminal size of a screenshot: 110×32, except where a tab needs more to show everything
/// at once (Salary's form, figures, chart and notes side by side).
fn size(tab: Tab) -> (u16, u16) {
    match tab {
        Tab::Salary => (120, 40),
        _ => (110, 32),
    }
}

#[test]
fn screenshots_are_current() {
    let update = std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let mut stale = Vec::new();
    let scenes = scenes();
    assert!(Tab::ALL.iter().all(|tab| scenes.iter().any(|(scene, _)| scene == tab)), "a scene per tab");
    let dark = scenes.iter().map(|&(tab, notation)| (tab, notation, Theme::COLOR, &support::svg::DARK, ""));
    let light = scenes
        .iter()
        .filter(|(tab, _)| LIGHT.contains(tab))
        .map(|&(tab, notation)| (tab, notation, Theme::LIGHT, &support::svg::LIGHT, "light-"));
    for (tab, notation, theme, palette, prefix) in dark.chain(light) {
        let (width, height) = size(tab);
        let mut app = support::themed_app(tab, width, height, &theme);
        support::press(&mut app, notation);
        let picture = support::svg::svg_in(&support::draw(&app, width, height), palette);
        let path = dir.join(format!("{prefix}{}.svg", tab.name()));
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
