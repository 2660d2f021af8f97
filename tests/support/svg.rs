//! A drawn buffer as an SVG picture: one positioned text run per run of equally styled cells,
//! colours from a fixed dark terminal palette, so screenshots show exactly what the drawing code
//! produced.

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

const CELL_WIDTH: u32 = 9;
const CELL_HEIGHT: u32 = 19;
const FONT_SIZE: u32 = 15;
const FOREGROUND: &str = "#d0d0d0";
const BACKGROUND: &str = "#1d1f21";

/// The terminal palette for the 16 named colours (Tomorrow Night), and grey levels for the rest.
fn hex(color: Color, default: &str) -> String {
    let named = match color {
        Color::Reset => return default.to_string(),
        Color::Black => "#1d1f21",
        Color::Red => "#cc6666",
        Color::Green => "#b5bd68",
        Color::Yellow => "#f0c674",
        Color::Blue => "#81a2be",
        Color::Magenta => "#b294bb",
        Color::Cyan => "#8abeb7",
        Color::Gray => "#c5c8c6",
        Color::DarkGray => "#707880",
        Color::LightRed => "#ff7b7b",
        Color::LightGreen => "#d0e08a",
        Color::LightYellow => "#ffe08a",
        Color::LightBlue => "#a0c4e8",
        Color::LightMagenta => "#d4b4e0",
        Color::LightCyan => "#a8e0d8",
        Color::White => "#ffffff",
        Color::Rgb(r, g, b) => return format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => return format!("#{i:02x}{i:02x}{i:02x}"),
    };
    named.to_string()
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

fn look(cell: &Cell) -> Look {
    let mut fg = hex(cell.fg, FOREGROUND);
    let mut bg = hex(cell.bg, BACKGROUND);
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

/// The buffer as an SVG document.
pub fn svg(buf: &Buffer) -> String {
    let (width, height) = (u32::from(buf.area.width), u32::from(buf.area.height));
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="{FONT_SIZE}">"#,
        w = width * CELL_WIDTH,
        h = height * CELL_HEIGHT,
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="{BACKGROUND}"/>"#);
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
            let look = look(cell);
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
            if look.bg != BACKGROUND {
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
