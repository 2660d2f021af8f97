//! The one place colours live. Tabs and widgets ask the theme for a style by meaning (heading,
//! selection, the PM colour); no colour literal appears anywhere else.
//!
//! Only the 16 named ANSI colours are used, so the user's palette decides the shades; but a
//! palette alone does not make yellow readable on white, so there are two colour themes, one per
//! background ([`Theme::COLOR`] for dark, [`Theme::LIGHT`] for light), picked by
//! [`crate::background`]. `tests/contrast.rs` holds every style of both against published palettes
//! (xterm, Tango, macOS Terminal, Solarized): WCAG contrast of at least 4.5:1 for regular text and
//! 3:1 for bold text and frames, on every palette of the matching brightness.
//!
//! Nothing sets a background except the selection and the active tab, which are REVERSED (and the
//! selection is also marked), so they survive `NO_COLOR` ([`Theme::MONO`]). Secondary text
//! ("muted") has no colour of its own: no grey reads at 4.5:1 on every palette (Solarized uses its
//! bright black as the dark background), so it is the terminal's own text colour, set explicitly
//! so that it also replaces the grey of a frame under an unfocused pane's title. The grey
//! ([`Theme::border`]) is left to frame lines, which are decoration.

use ratatui::style::{Color, Modifier, Style};

/// The terminal's background, which decides the theme (`crate::background` finds it out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// Light text on a dark background (also the default when nothing says otherwise).
    Dark,
    /// Dark text on a light background.
    Light,
}

/// Styles by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: hints, attributions, separators, the titles of unfocused panes.
    pub muted: Style,
    /// Document titles.
    pub title: Style,
    /// Section headings.
    pub heading: Style,
    /// Labels before a colon, table headers.
    pub label: Style,
    /// Everything about the Product Manager.
    pub pm: Style,
    /// Everything about the Product Owner.
    pub po: Style,
    /// The selected row or item (also marked with a symbol).
    pub selection: Style,
    /// Characters that match a search.
    pub matched: Style,
    /// The frame around the focused pane; its title is this colour in bold.
    pub border_focused: Style,
    /// The frame lines around other panes (decoration: their titles are muted).
    pub border: Style,
    /// The active tab's title.
    pub tab_active: Style,
    /// Other tabs' titles.
    pub tab_inactive: Style,
    /// A key in the status bar and help.
    pub key: Style,
    /// A one-off message in the status bar.
    pub notice: Style,
    /// Something the user should not miss: a highlighted org model, a wrong answer.
    pub emphasis: Style,
    /// A right answer, a positive result.
    pub good: Style,
    /// A wrong answer, an error.
    pub bad: Style,
    /// The mark of the user's own words: a note's heading and the bar beside its text.
    pub note: Style,
}

const fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

impl Theme {
    /// The colour theme for a dark background. PM and PO are bold: on Tango's dark background
    /// neither cyan nor any magenta reaches 4.5:1, and bold text needs 3:1.
    pub const COLOR: Theme = Theme {
        text: Style::new(),
        muted: fg(Color::Reset),
        title: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        heading: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        label: Style::new().add_modifier(Modifier::BOLD),
        pm: fg(Color::Cyan).add_modifier(Modifier::BOLD),
        po: fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
        selection: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        matched: fg(Color::Yellow).add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        border_focused: fg(Color::Cyan),
        border: fg(Color::DarkGray),
        tab_active: fg(Color::Yellow).add_modifier(Modifier::BOLD).add_modifier(Modifier::REVERSED),
        tab_inactive: Style::new(),
        key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
        notice: fg(Color::Yellow),
        emphasis: fg(Color::Green).add_modifier(Modifier::BOLD),
        good: fg(Color::Green).add_modifier(Modifier::BOLD),
        bad: fg(Color::LightRed).add_modifier(Modifier::BOLD),
        note: fg(Color::Green).add_modifier(Modifier::BOLD),
    };

    /// The colour theme for a light background: yellow, cyan and green are all under 3:1 on
    /// white, so headings are bold in the text's own colour, keys and the PM blue, the PO
    /// magenta, and every coloured style is bold (no colour but black reaches 4.5:1 on every light
    /// palette; Solarized light's own text is 4.1:1).
    pub const LIGHT: Theme = Theme {
        text: Style::new(),
        muted: fg(Color::Reset),
        title: Style::new().add_modifier(Modifier::BOLD),
        heading: Style::new().add_modifier(Modifier::BOLD),
        label: Style::new().add_modifier(Modifier::BOLD),
        pm: fg(Color::Blue).add_modifier(Modifier::BOLD),
        po: fg(Color::Magenta).add_modifier(Modifier::BOLD),
        selection: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        matched: fg(Color::Red).add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        border_focused: fg(Color::Blue),
        border: fg(Color::DarkGray),
        tab_active: fg(Color::Blue).add_modifier(Modifier::BOLD).add_modifier(Modifier::REVERSED),
        tab_inactive: Style::new(),
        key: fg(Color::Blue).add_modifier(Modifier::BOLD),
        notice: Style::new().add_modifier(Modifier::BOLD),
        emphasis: Style::new().add_modifier(Modifier::BOLD),
        good: Style::new().add_modifier(Modifier::BOLD),
        bad: fg(Color::Red).add_modifier(Modifier::BOLD),
        note: Style::new().add_modifier(Modifier::BOLD),
    };

    /// For `NO_COLOR`: modifiers only, so selection, matches and emphasis stay visible.
    pub const MONO: Theme = Theme {
        text: Style::new(),
        muted: Style::new(),
        title: Style::new().add_modifier(Modifier::BOLD),
        heading: Style::new().add_modifier(Modifier::BOLD),
        label: Style::new().add_modifier(Modifier::BOLD),
        pm: Style::new(),
        po: Style::new(),
        selection: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        matched: Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        border_focused: Style::new().add_modifier(Modifier::BOLD),
        border: Style::new(),
        tab_active: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        tab_inactive: Style::new(),
        key: Style::new().add_modifier(Modifier::BOLD),
        notice: Style::new().add_modifier(Modifier::BOLD),
        emphasis: Style::new().add_modifier(Modifier::BOLD),
        good: Style::new().add_modifier(Modifier::BOLD),
        bad: Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        note: Style::new().add_modifier(Modifier::BOLD),
    };

    /// The colour theme that reads on `background`.
    pub fn for_background(background: Background) -> Theme {
        match background {
            Background::Dark => Theme::COLOR,
            Background::Light => Theme::LIGHT,
        }
    }

    /// The style of a role.
    pub fn role(&self, role: crate::kb::Role) -> Style {
        match role {
            crate::kb::Role::Pm => self.pm,
            crate::kb::Role::Po => self.po,
        }
    }
}
