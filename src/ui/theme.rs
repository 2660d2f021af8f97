//! The one place colours live. Tabs and widgets ask the theme for a style by meaning (heading,
//! selection, the PM colour); no colour literal appears anywhere else.
//!
//! Only the 16 named ANSI colours are used, so the user's terminal palette decides the shades and
//! light backgrounds work; nothing sets a background except the selection, which is also REVERSED
//! and marked, so it survives `NO_COLOR` ([`Theme::MONO`]).

use ratatui::style::{Color, Modifier, Style};

/// Styles by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: hints, attributions, separators.
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
    /// The frame around the focused pane.
    pub border_focused: Style,
    /// The frame around other panes.
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
}

const fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

impl Theme {
    /// The colour theme.
    pub const COLOR: Theme = Theme {
        text: Style::new(),
        muted: fg(Color::DarkGray),
        title: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        heading: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        label: Style::new().add_modifier(Modifier::BOLD),
        pm: fg(Color::Cyan),
        po: fg(Color::Magenta),
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
        bad: fg(Color::Red).add_modifier(Modifier::BOLD),
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
    };

    /// The theme for this environment: [`Theme::MONO`] when the user asked for no colour.
    pub fn for_environment(no_color: bool) -> Theme {
        if no_color { Theme::MONO } else { Theme::COLOR }
    }

    /// The style of a role.
    pub fn role(&self, role: crate::kb::Role) -> Style {
        match role {
            crate::kb::Role::Pm => self.pm,
            crate::kb::Role::Po => self.po,
        }
    }
}
