//! Every style of each colour theme, held against published terminal palettes of the matching
//! brightness (the dark theme against dark ones, the light against light): the WCAG contrast of
//! its text colour on its background must be at least 4.5:1 for regular text and 3:1 for bold
//! text (headings, labels, keys), chart bars and the focused frame. A new colour that fails fails
//! here. `cargo test --test contrast -- --nocapture` prints the table.
//!
//! A style that sets no colour shows the terminal's own text on its own background (Solarized
//! light's is 4.13:1): that pairing is the user's choice, shown in the table in parentheses and
//! not judged.

#![allow(clippy::unreadable_literal, reason = "colours read as #rrggbb, as published")]

mod support;

use std::fmt::Write as _;

use pmpo::background::Background;
use pmpo::ui::Theme;
use ratatui::style::{Color, Modifier, Style};
use support::palettes::{self, Palette, contrast};

/// What a style is used for, which decides the contrast it needs.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    /// Words: 4.5:1, or 3:1 when bold.
    Text,
    /// A frame that shows where the focus is (a user-interface component): 3:1.
    Frame,
    /// A frame around a pane that is not focused: decoration, not judged.
    Decoration,
}

/// Every style of `theme` with its name and use. Destructured, so a new field is a compile error
/// here until it is listed.
fn styles(theme: &Theme) -> Vec<(&'static str, Style, Use)> {
    let Theme {
        text,
        muted,
        title,
        heading,
        label,
        pm,
        po,
        selection,
        matched,
        border_focused,
        border,
        tab_active,
        tab_inactive,
        key,
        notice,
        emphasis,
        good,
        bad,
        note,
    } = *theme;
    // `pm`, `po` and `emphasis` also draw chart bars, which need 3:1: less than their text does.
    // `border_focused` is also the focused pane's title, in bold: 3:1 as well. `muted` titles the
    // other panes, whose frame lines (`border`) carry no words.
    vec![
        ("text", text, Use::Text),
        ("muted", muted, Use::Text),
        ("title", title, Use::Text),
        ("heading", heading, Use::Text),
        ("label", label, Use::Text),
        ("pm", pm, Use::Text),
        ("po", po, Use::Text),
        ("selection", selection, Use::Text),
        ("matched", matched, Use::Text),
        ("border_focused", border_focused, Use::Frame),
        ("border", border, Use::Decoration),
        ("tab_active", tab_active, Use::Text),
        ("tab_inactive", tab_inactive, Use::Text),
        ("key", key, Use::Text),
        ("notice", notice, Use::Text),
        ("emphasis", emphasis, Use::Text),
        ("good", good, Use::Text),
        ("bad", bad, Use::Text),
        ("note", note, Use::Text),
    ]
}

/// The contrast a style needs, or `None` when it is not judged.
fn needed(style: Style, used: Use) -> Option<f64> {
    match used {
        Use::Decoration => None,
        Use::Frame => Some(3.0),
        Use::Text if style.add_modifier.contains(Modifier::BOLD) => Some(3.0),
        Use::Text => Some(4.5),
    }
}

/// The contrast of a style's text on its background in `palette`, and whether it sets a colour
/// of its own (REVERSED swaps text and background, which leaves the ratio as it is).
fn measure(style: Style, palette: &Palette) -> (f64, bool) {
    let fg = style.fg.and_then(|color| palette.rgb(color));
    let bg = style.bg.and_then(|color| palette.rgb(color));
    let ratio = contrast(fg.unwrap_or(palette.foreground), bg.unwrap_or(palette.background));
    (ratio, fg.is_some() || bg.is_some())
}

/// The palettes a theme for `background` is judged against.
fn palettes_for(background: Background) -> Vec<&'static Palette> {
    palettes::ALL
        .into_iter()
        .filter(|palette| palette.is_light() == (background == Background::Light))
        .collect()
}

/// `(style, palette, ratio, needed)` for every failure of `theme` on `background`'s palettes.
fn failures(theme: &Theme, background: Background) -> Vec<(&'static str, &'static str, f64, f64)> {
    let mut failed = Vec::new();
    for (name, style, used) in styles(theme) {
        for palette in palettes_for(background) {
            let (ratio, coloured) = measure(style, palette);
            if let Some(need) = needed(style, used).filter(|_| coloured)
                && ratio < need
            {
                failed.push((name, palette.name, ratio, need));
            }
        }
    }
    failed
}

/// The table for one theme: a row per style, a column per palette.
fn table(title: &str, theme: &Theme, background: Background) -> String {
    let palettes = palettes_for(background);
    let mut out = format!("{title}\n{:<16}{:>6} ", "style", "needs");
    for palette in &palettes {
        let _ = write!(out, "{:>17}", palette.name);
    }
    out.push('\n');
    for (name, style, used) in styles(theme) {
        let need = needed(style, used).map_or_else(|| "—".to_string(), |need| format!("{need:.1}"));
        let _ = write!(out, "{name:<16}{need:>6} ");
        for palette in &palettes {
            let (ratio, coloured) = measure(style, palette);
            let cell = match needed(style, used) {
                _ if !coloured => format!("({ratio:.2})"),
                Some(need) if ratio < need => format!("{ratio:.2} ✗"),
                _ => format!("{ratio:.2}"),
            };
            let _ = write!(out, "{cell:>17}");
        }
        out.push('\n');
    }
    out
}

#[test]
fn both_themes_read_on_every_palette_of_their_brightness() {
    let themes = [
        ("Dark theme (Theme::COLOR) on dark palettes", Theme::COLOR, Background::Dark),
        ("Light theme (Theme::LIGHT) on light palettes", Theme::LIGHT, Background::Light),
    ];
    let mut failed = Vec::new();
    let mut printed = String::new();
    for (title, theme, background) in themes {
        printed.push_str(&table(title, &theme, background));
        printed.push('\n');
        failed.extend(failures(&theme, background));
    }
    printed.push_str(
        "WCAG contrast ratios; (n): the terminal's own colours, not judged; ✗: under what the style needs.",
    );
    println!("{printed}");
    assert!(failed.is_empty(), "styles under their contrast (style, palette, ratio, needed): {failed:?}");
}

#[test]
fn the_check_rejects_a_colour_that_does_not_read() {
    // The issue's finding: yellow headings on xterm's white are 1.70:1.
    let yellow_heading =
        Theme { heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD), ..Theme::LIGHT };
    let failed = failures(&yellow_heading, Background::Light);
    assert!(
        failed.iter().any(|(style, palette, ..)| *style == "heading" && *palette == "xterm"),
        "{failed:?}"
    );
    assert!(failed.iter().all(|(style, ..)| *style == "heading"), "only the heading: {failed:?}");

    // Regular-weight text needs 4.5:1: magenta passes bold (3.98:1 on macOS Basic) but not plain.
    let plain_po = Theme { po: Style::new().fg(Color::Magenta), ..Theme::LIGHT };
    let failed = failures(&plain_po, Background::Light);
    assert!(
        failed.iter().any(|(style, palette, ..)| *style == "po" && *palette == "macOS Basic"),
        "{failed:?}"
    );

    // The dark theme as it was: magenta on Tango's dark grey, and grey muted text on Solarized,
    // whose bright black is its background.
    let old_dark = Theme {
        po: Style::new().fg(Color::Magenta),
        muted: Style::new().fg(Color::DarkGray),
        ..Theme::COLOR
    };
    let failed = failures(&old_dark, Background::Dark);
    assert!(
        failed.iter().any(|(style, palette, ..)| *style == "po" && *palette == "Tango dark"),
        "{failed:?}"
    );
    assert!(failed.iter().any(|(style, palette, ratio, _)| *style == "muted"
        && *palette == "Solarized dark"
        && (*ratio - 1.0).abs() < 1e-9));
}

#[test]
fn the_formula_gives_the_issue_s_figures() {
    // xterm's colours on white, as the issue measured them.
    let on_white = |color| contrast(palettes::XTERM_LIGHT.rgb(color).expect("a named colour"), 0xffffff);
    let expected = [
        (Color::Yellow, 1.70),
        (Color::Cyan, 1.98),
        (Color::Green, 2.16),
        (Color::Magenta, 4.69),
        (Color::Red, 5.84),
        (Color::Blue, 9.40),
        (Color::DarkGray, 4.00),
    ];
    for (color, figure) in expected {
        assert!((on_white(color) - figure).abs() < 0.005, "{color:?}: {:.3}", on_white(color));
    }
    assert!((contrast(0x000000, 0xffffff) - 21.0).abs() < 1e-9);
    assert!((contrast(0x777777, 0x777777) - 1.0).abs() < 1e-9);
}

#[test]
fn the_palettes_sort_into_light_and_dark_as_published() {
    let light: Vec<&str> = palettes_for(Background::Light).iter().map(|palette| palette.name).collect();
    let dark: Vec<&str> = palettes_for(Background::Dark).iter().map(|palette| palette.name).collect();
    assert_eq!(light, ["xterm", "Tango light", "macOS Basic", "Solarized light"]);
    assert_eq!(dark, ["xterm -rv", "Tango dark", "Solarized dark"]);
}

#[test]
fn themes_use_only_the_16_named_colours() {
    for theme in [Theme::COLOR, Theme::LIGHT] {
        for (name, style, _) in styles(&theme) {
            for color in [style.fg, style.bg].into_iter().flatten() {
                // `rgb` panics on anything but a named colour or the default (`Reset`).
                let named = palettes::XTERM_LIGHT.rgb(color);
                assert!(named.is_some() || color == Color::Reset, "{name}");
            }
        }
    }
}
