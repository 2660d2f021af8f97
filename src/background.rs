//! Whether the terminal's background is dark or light, so the app can pick a theme that reads on
//! it. The user's word comes first (`--theme`, then `PMPO_THEME`); otherwise the terminal is asked
//! (OSC 10 and 11, through `terminal-colorsaurus`), then `COLORFGBG` is read, and dark is the
//! default. Only the interactive app asks: plain-text commands and `snapshot` never write a query.
//!
//! The query follows the colour questions with one every terminal answers (DA1), so a terminal
//! that does not know OSC 11 says so at once; only a terminal that answers nothing at all costs
//! [`QUERY_TIMEOUT`]. The crate puts the terminal in raw mode for the exchange and restores it, so
//! the answer is never echoed; it runs before pmpo enters raw mode and the alternate screen.

use std::ffi::OsStr;
use std::time::Duration;

use terminal_colorsaurus::{QueryOptions, ThemeMode};

pub use crate::ui::Background;
use crate::ui::Theme;

/// How long to wait for a terminal that answers nothing at all. Local terminals answer within a
/// millisecond (tmux 3.3a: 0.5 ms, see BENCHMARKS.md), and one that does not know the colour
/// queries answers DA1 as fast, so only a terminal that is silent pays this. It is not shorter
/// because an answer that comes after it (a distant SSH host) is read by the app as keys: at
/// 250 ms, a reply at 450 ms switched tabs. `--theme` or `PMPO_THEME` skip the query.
pub const QUERY_TIMEOUT: Duration = Duration::from_millis(500);

/// What the user asked for with `--theme` or `PMPO_THEME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeChoice {
    /// Ask the terminal for its background, then `COLORFGBG`, else dark
    #[default]
    Auto,
    /// Colours for a dark background
    Dark,
    /// Colours for a light background
    Light,
}

impl ThemeChoice {
    /// The names `--theme` and `PMPO_THEME` accept, in order.
    pub const NAMES: [&'static str; 3] = ["auto", "dark", "light"];

    /// Reads `PMPO_THEME`'s value: one of [`ThemeChoice::NAMES`], or empty for auto (an empty
    /// variable is as good as unset, as with `NO_COLOR`). `Err` holds the value as the user wrote it.
    pub fn from_env(value: &OsStr) -> Result<ThemeChoice, String> {
        match value.to_str() {
            Some("" | "auto") => Ok(ThemeChoice::Auto),
            Some("dark") => Ok(ThemeChoice::Dark),
            Some("light") => Ok(ThemeChoice::Light),
            _ => Err(value.to_string_lossy().into_owned()),
        }
    }

    /// The choice in force: the flag over the variable, auto when neither is given.
    pub fn resolve(flag: Option<ThemeChoice>, env: Option<&OsStr>) -> Result<ThemeChoice, String> {
        match (flag, env) {
            (Some(choice), _) => Ok(choice),
            (None, Some(value)) => ThemeChoice::from_env(value),
            (None, None) => Ok(ThemeChoice::Auto),
        }
    }
}

/// How the app should look: no colour at all (`NO_COLOR`, which wins over everything), or the
/// theme the user chose or the terminal's background calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appearance {
    /// `NO_COLOR` is set.
    pub no_color: bool,
    /// `--theme` or `PMPO_THEME`.
    pub choice: ThemeChoice,
}

impl Appearance {
    /// The theme, asking the terminal only when it has to (auto, and colour wanted).
    pub fn theme(self) -> Theme {
        self.theme_with(|| detect(query_terminal, std::env::var("COLORFGBG").ok().as_deref()))
    }

    /// [`Appearance::theme`] with the detection passed in, so tests can fake the terminal.
    pub fn theme_with(self, detect: impl FnOnce() -> Background) -> Theme {
        if self.no_color {
            return Theme::MONO;
        }
        Theme::for_background(match self.choice {
            ThemeChoice::Dark => Background::Dark,
            ThemeChoice::Light => Background::Light,
            ThemeChoice::Auto => detect(),
        })
    }
}

/// The background from the terminal's answer, else from `COLORFGBG`, else dark.
pub fn detect(query: impl FnOnce() -> Option<Background>, colorfgbg: Option<&str>) -> Background {
    query().or_else(|| colorfgbg.and_then(from_colorfgbg)).unwrap_or(Background::Dark)
}

/// Asks the terminal for its colours; `None` when it cannot say (no terminal, `TERM=dumb`, no
/// answer within [`QUERY_TIMEOUT`], an answer that does not parse).
pub fn query_terminal() -> Option<Background> {
    let mut options = QueryOptions::default();
    options.timeout = QUERY_TIMEOUT;
    // The crate compares the text's lightness with the background's (light when the background is
    // the lighter), which also reads mid-grey backgrounds right.
    match terminal_colorsaurus::theme_mode(options).ok()? {
        ThemeMode::Dark => Some(Background::Dark),
        ThemeMode::Light => Some(Background::Light),
    }
}

/// Reads `COLORFGBG` (set by rxvt, Konsole and others): `FG;BG` or `FG;XPM;BG`, colours as
/// indices into the 16-colour palette. Backgrounds 7 (white) and 9–15 (the bright colours) are
/// light, 0–6 and 8 dark, as Vim and rxvt read it; anything else says nothing.
pub fn from_colorfgbg(value: &str) -> Option<Background> {
    match value.rsplit(';').next()?.trim().parse::<u8>().ok()? {
        0..=6 | 8 => Some(Background::Dark),
        7 | 9..=15 => Some(Background::Light),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorfgbg_is_read_by_its_last_field() {
        assert_eq!(from_colorfgbg("0;15"), Some(Background::Light));
        assert_eq!(from_colorfgbg("0;7"), Some(Background::Light));
        assert_eq!(from_colorfgbg("15;0"), Some(Background::Dark));
        assert_eq!(from_colorfgbg("7;default;8"), Some(Background::Dark));
        assert_eq!(from_colorfgbg("0;default;15"), Some(Background::Light));
        for nothing in ["", "15;default", "0;16", "0;-1", "garbage", ";"] {
            assert_eq!(from_colorfgbg(nothing), None, "{nothing:?}");
        }
    }

    #[test]
    fn the_answer_wins_then_colorfgbg_then_dark() {
        let answered = |background| move || Some(background);
        assert_eq!(detect(answered(Background::Light), Some("15;0")), Background::Light);
        assert_eq!(detect(answered(Background::Dark), Some("0;15")), Background::Dark);
        assert_eq!(detect(|| None, Some("0;15")), Background::Light);
        assert_eq!(detect(|| None, Some("nonsense")), Background::Dark);
        assert_eq!(detect(|| None, None), Background::Dark);
    }

    #[test]
    fn the_flag_beats_the_variable_and_bad_values_are_reported_as_written() {
        let env = |value: &'static str| Some(OsStr::new(value));
        assert_eq!(ThemeChoice::resolve(None, None), Ok(ThemeChoice::Auto));
        assert_eq!(ThemeChoice::resolve(None, env("light")), Ok(ThemeChoice::Light));
        assert_eq!(ThemeChoice::resolve(None, env("")), Ok(ThemeChoice::Auto));
        assert_eq!(ThemeChoice::resolve(Some(ThemeChoice::Dark), env("light")), Ok(ThemeChoice::Dark));
        assert_eq!(ThemeChoice::resolve(Some(ThemeChoice::Auto), env("light")), Ok(ThemeChoice::Auto));
        assert_eq!(ThemeChoice::resolve(None, env("Light")), Err("Light".to_string()));
        assert_eq!(ThemeChoice::resolve(Some(ThemeChoice::Light), env("bogus")), Ok(ThemeChoice::Light));
    }

    #[test]
    fn no_color_wins_and_an_explicit_theme_never_asks() {
        let asked = &std::cell::Cell::new(0);
        let detect = |background| {
            move || {
                asked.set(asked.get() + 1);
                background
            }
        };
        let appearance = |no_color, choice| Appearance { no_color, choice };
        assert_eq!(appearance(true, ThemeChoice::Light).theme_with(detect(Background::Light)), Theme::MONO);
        assert_eq!(appearance(true, ThemeChoice::Auto).theme_with(detect(Background::Light)), Theme::MONO);
        assert_eq!(appearance(false, ThemeChoice::Light).theme_with(detect(Background::Dark)), Theme::LIGHT);
        assert_eq!(appearance(false, ThemeChoice::Dark).theme_with(detect(Background::Light)), Theme::COLOR);
        assert_eq!(asked.get(), 0, "no query unless auto and colour");
        assert_eq!(appearance(false, ThemeChoice::Auto).theme_with(detect(Background::Light)), Theme::LIGHT);
        assert_eq!(appearance(false, ThemeChoice::Auto).theme_with(detect(Background::Dark)), Theme::COLOR);
        assert_eq!(asked.get(), 2);
    }

    #[test]
    fn the_names_are_the_flag_s_values() {
        use clap::ValueEnum;
        let names: Vec<String> = ThemeChoice::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(names, ThemeChoice::NAMES);
        for name in ThemeChoice::NAMES {
            assert!(ThemeChoice::from_env(OsStr::new(name)).is_ok(), "{name}");
        }
    }
}
