//! A drawn buffer as an SVG picture: one positioned text run per run of equally styled cells,
//! in a fixed terminal palette (dark: Tomorrow Night; light: macOS Terminal's Basic profile), so
//! screenshots show exactly what the drawing code produced.

#![allow(clippy::unreadable_literal, reason = "colours read as #rrggbb, as published")]

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use super::palettes::{self, Palette};

const CELL_WIDTH: u32 = 9;
const CELL_HEIGHT: u32 = 19;
const FONT_SIZE: u32 = 15;

/// The dark screenshots' palette: Tomorrow Night for the eight colours, lighter shades of them
/// for the bright eight.
pub const DARK: Palette = Palette {
    name: "Tomorrow Night",
    foreground: 0xd0d0d0,
    background: 0x1d1f21,
    colors: [
        0x1d1f21, 0xcc6666, 0xb5bd68, 0xf0c674, 0x81a2be, 0xb294bb, 0x8abeb7, 0xc5c8c6, //
        0x707880, 0xff7b7b, 0xd0e08a, 0xffe08a, 0xa0c4e8, 0xd4b4e0, 0xa8e0d8, 0xffffff,
    ],
};

/// The light screenshots' palette: what a new macOS user sees.
pub const LIGHT: Palette = palettes::MAC_BASIC;

/// A colour as `#rrggbb` in `palette`; the default colour is `default`, grey levels stand in for
/// the 256-colour indices.
fn hex(color: Color, palette: &Palette, default: u32) -> String {
    match color {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => format!("#{i:02x}{i:02x}{i:02x}"),
        named => format!("#{:06x}", palette.rgb(named).unwrap_or(default)),
    }
}

/// How a run of cells looks: what makes two cells part of one run.
#[derive(PartialEq, Eq, Clone)]
struct Look {
    fg: String,
    bg: String,
    bold: bool,
    underline: bool,
    dim: bool,
}

fn look(cell: &Cell, palette: &Palette) -> Look {
    let mut fg = hex(cell.fg, palette, palette.foreground);
    let mut bg = hex(cell.bg, palette, palette.background);
    if cell.modifier.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    Look {
        fg,
        bg,
        bold: cell.modifier.contains(Modifier::BOLD),
        underline: cell.modifier.contains(Modifier::UNDERLINED),
        dim: cell.modifier.contains(Modifier::DIM),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The buffer as an SVG document in the dark palette.
pub fn svg(buf: &Buffer) -> String {
    svg_in(buf, &DARK)
}

/// The buffer as an SVG document in `palette`.
pub fn svg_in(buf: &Buffer, palette: &Palette) -> String {
    let background = format!("#{:06x}", palette.background);
    let (width, height) = (u32::from(buf.area.width), u32::from(buf.area.height));
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="{FONT_SIZE}">"#,
        w = width * CELL_WIDTH,
        h = height * CELL_HEIGHT,
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="{background}"/>"#);
    for (row, cells) in buf.content.chunks(usize::from(buf.area.width.max(1))).enumerate() {
        let mut runs: Vec<(u32, u32, Look, String)> = Vec::new();
        let mut column = 0u32;
        let mut skip = 0usize;
        for cell in cells {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            let cells_wide = symbol.width().max(1) as u32;
            skip = (cells_wide - 1) as usize;
            let look = look(cell, palette);
            match runs.last_mut() {
                Some((_, run_width, run_look, text)) if *run_look == look => {
                    *run_width += cells_wide;
                    text.push_str(symbol);
                }
                _ => runs.push((column, cells_wide, look, symbol.to_string())),
            }
            column += cells_wide;
        }
        let y = row as u32 * CELL_HEIGHT;
        for (x, cells_wide, look, text) in runs {
            let (px, pw) = (x * CELL_WIDTH, cells_wide * CELL_WIDTH);
            if look.bg != background {
                let _ = writeln!(
                    out,
                    r#"<rect x="{px}" y="{y}" width="{pw}" height="{CELL_HEIGHT}" fill="{}"/>"#,
                    look.bg
                );
            }
            if text.trim().is_empty() && !look.underline {
                continue;
            }
            let weight = if look.bold { r#" font-weight="bold""# } else { "" };
            let underline = if look.underline { r#" text-decoration="underline""# } else { "" };
            let opacity = if look.dim { r#" opacity="0.6""# } else { "" };
            let _ = writeln!(
                out,
                r#"<text x="{px}" y="{}" fill="{}"{weight}{underline}{opacity} textLength="{pw}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">{}</text>"#,
                y + CELL_HEIGHT - 5,
                look.fg,
                escape(&text),
            );
        }
    }
    out.push_str("</svg>\n");
    out
}
