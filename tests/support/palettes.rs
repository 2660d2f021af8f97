//! Published terminal palettes: the 16 ANSI colours and the default text and background, as
//! their makers ship them. The contrast test holds the themes against them; the light
//! screenshots are drawn in one of them.

#![allow(clippy::unreadable_literal, reason = "colours read as #rrggbb, as published")]

use ratatui::style::Color;

/// One terminal's colours, as `0xRRGGBB`.
pub struct Palette {
    /// Its name in the contrast table.
    pub name: &'static str,
    /// The default text colour.
    pub foreground: u32,
    /// The default background.
    pub background: u32,
    /// Black, red, green, yellow, blue, magenta, cyan, white, then the bright eight.
    pub colors: [u32; 16],
}

impl Palette {
    /// Whether the background is the lighter of the two defaults.
    pub fn is_light(&self) -> bool {
        luminance(self.background) > luminance(self.foreground)
    }

    /// What a colour looks like here; `None` for the terminal's default (`Reset`). Only the 16
    /// named colours have a published value; anything else is a theme error.
    pub fn rgb(&self, color: Color) -> Option<u32> {
        let index = match color {
            Color::Reset => return None,
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
            other => panic!("{other:?} is not one of the 16 named colours; themes use only those"),
        };
        Some(self.colors[index])
    }
}

/// xterm's own defaults (its `XTerm-col.ad` resources; GNOME Terminal ships the same values as
/// its `XTerm` palette in `src/profile-editor.cc`). Black on white is xterm's default.
const XTERM: [u32; 16] = [
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5, //
    0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
];

/// The Tango palette VTE terminals (GNOME Terminal) ship, from GNOME Terminal's
/// `src/profile-editor.cc`, with its "Tango light" and "Tango dark" schemes.
const TANGO: [u32; 16] = [
    0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf, //
    0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
];

/// macOS Terminal's ANSI colours, as the "ANSI escape code" article on Wikipedia tabulates them
/// (column "Terminal.app"); its default "Basic" profile is black text on white.
const MAC_TERMINAL: [u32; 16] = [
    0x000000, 0xc23621, 0x25bc24, 0xadad27, 0x492ee1, 0xd338d3, 0x33bbc8, 0xcbcccd, //
    0x818383, 0xfc391f, 0x31e722, 0xeaec23, 0x5833ff, 0xf935f8, 0x14f0f0, 0xe9ebeb,
];

/// Solarized (Ethan Schoonover, <https://ethanschoonover.com/solarized/>), mapped onto the 16
/// colours as its README does: base02, red, green, yellow, blue, magenta, cyan, base2, then
/// base03, orange, base01, base00, base0, violet, base1, base3. Light: base00 on base3; dark:
/// base0 on base03 (the same in GNOME Terminal's built-in schemes).
const SOLARIZED: [u32; 16] = [
    0x073642, 0xdc322f, 0x859900, 0xb58900, 0x268bd2, 0xd33682, 0x2aa198, 0xeee8d5, //
    0x002b36, 0xcb4b16, 0x586e75, 0x657b83, 0x839496, 0x6c71c4, 0x93a1a1, 0xfdf6e3,
];

/// xterm as it starts: black on white.
pub const XTERM_LIGHT: Palette =
    Palette { name: "xterm", foreground: 0x000000, background: 0xffffff, colors: XTERM };
/// xterm with `-rv` (or `-fg white -bg black`).
pub const XTERM_DARK: Palette =
    Palette { name: "xterm -rv", foreground: 0xffffff, background: 0x000000, colors: XTERM };
/// GNOME Terminal's "Tango light".
pub const TANGO_LIGHT: Palette =
    Palette { name: "Tango light", foreground: 0x2e3436, background: 0xeeeeec, colors: TANGO };
/// GNOME Terminal's "Tango dark".
pub const TANGO_DARK: Palette =
    Palette { name: "Tango dark", foreground: 0xd3d7cf, background: 0x2e3436, colors: TANGO };
/// macOS Terminal's default profile.
pub const MAC_BASIC: Palette =
    Palette { name: "macOS Basic", foreground: 0x000000, background: 0xffffff, colors: MAC_TERMINAL };
/// Solarized light.
pub const SOLARIZED_LIGHT: Palette =
    Palette { name: "Solarized light", foreground: 0x657b83, background: 0xfdf6e3, colors: SOLARIZED };
/// Solarized dark.
pub const SOLARIZED_DARK: Palette =
    Palette { name: "Solarized dark", foreground: 0x839496, background: 0x002b36, colors: SOLARIZED };

/// Every palette, light ones first.
pub const ALL: [&Palette; 7] =
    [&XTERM_LIGHT, &TANGO_LIGHT, &MAC_BASIC, &SOLARIZED_LIGHT, &XTERM_DARK, &TANGO_DARK, &SOLARIZED_DARK];

/// WCAG 2 relative luminance of an sRGB colour
/// (<https://www.w3.org/TR/WCAG22/#dfn-relative-luminance>).
pub fn luminance(rgb: u32) -> f64 {
    let channel = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xff) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
}

/// WCAG 2 contrast ratio of two colours, from 1 to 21
/// (<https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio>).
pub fn contrast(a: u32, b: u32) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}
