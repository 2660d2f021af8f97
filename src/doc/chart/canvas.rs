//! A grid of inked cells to draw boxes and lines on, read back as chart lines. Lines and boxes
//! meet by asking a cell which ways its line already runs, so a joint is always the right
//! box-drawing character (`┬`, `┼`, `├`) whatever was drawn first.

use unicode_width::UnicodeWidthChar;

use super::{ChartLine, Ink, push};

/// Which ways a line runs from a cell: a set of [`UP`], [`DOWN`], [`LEFT`], [`RIGHT`].
type Ways = u8;
const UP: Ways = 1;
const DOWN: Ways = 2;
const LEFT: Ways = 4;
const RIGHT: Ways = 8;

/// The box-drawing character of a line running `ways`; dashed where there is a dashed one.
fn glyph(ways: Ways, dashed: bool) -> char {
    let has = |way: Ways| ways & way != 0;
    match (has(UP), has(DOWN), has(LEFT), has(RIGHT)) {
        (_, _, false, false) if dashed => '┆',
        (true, _, false, false) | (_, true, false, false) => '│',
        (false, false, _, _) if dashed => '┄',
        (false, false, _, _) => '─',
        (true, false, true, false) => '┘',
        (false, true, true, false) => '┐',
        (true, true, true, false) => '┤',
        (true, false, false, true) => '└',
        (false, true, false, true) => '┌',
        (true, true, false, true) => '├',
        (true, false, true, true) => '┴',
        (false, true, true, true) => '┬',
        (true, true, true, true) => '┼',
    }
}

#[derive(Debug, Clone)]
enum Cell {
    Blank,
    /// Text; `""` is the second column of a wide character.
    Text(String, Ink),
    /// A line joint: the ways it runs, whether dashed.
    Line(Ways, bool, Ink),
}

/// The grid.
pub(super) struct Canvas {
    rows: Vec<Vec<Cell>>,
    width: usize,
}

impl Canvas {
    /// A blank canvas.
    pub(super) fn new(width: usize, height: usize) -> Canvas {
        Canvas { rows: vec![vec![Cell::Blank; width]; height], width }
    }

    /// Writes `text` from column `x` of row `y`; what falls outside is dropped.
    pub(super) fn text(&mut self, x: usize, y: usize, text: &str, ink: Ink) {
        let Some(row) = self.rows.get_mut(y) else { return };
        let mut x = x;
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if w == 0 || x + w > self.width {
                continue;
            }
            row[x] = Cell::Text(c.to_string(), ink);
            if w == 2 {
                row[x + 1] = Cell::Text(String::new(), ink);
            }
            x += w;
        }
    }

    /// Adds a line running `ways` at a cell, merging with a line already there (text wins).
    fn line(&mut self, x: usize, y: usize, ways: Ways, dashed: bool, ink: Ink) {
        let Some(cell) = self.rows.get_mut(y).and_then(|row| row.get_mut(x)) else { return };
        *cell = match cell {
            Cell::Blank => Cell::Line(ways, dashed, ink),
            Cell::Line(old, old_dashed, old_ink) => {
                // A joint of two lines is solid and keeps the first line's ink.
                let dashed = *old_dashed && dashed;
                Cell::Line(*old | ways, dashed, *old_ink)
            }
            Cell::Text(..) => return,
        };
    }

    /// A horizontal line from `x0` to `x1` (inclusive) on row `y`.
    pub(super) fn horizontal(&mut self, x0: usize, x1: usize, y: usize, dashed: bool, ink: Ink) {
        for x in x0..=x1 {
            let ways = if x > x0 { LEFT } else { 0 } | if x < x1 { RIGHT } else { 0 };
            self.line(x, y, ways, dashed, ink);
        }
    }

    /// A vertical line from `y0` to `y1` (inclusive) in column `x`.
    pub(super) fn vertical(&mut self, x: usize, y0: usize, y1: usize, dashed: bool, ink: Ink) {
        for y in y0..=y1 {
            let ways = if y > y0 { UP } else { 0 } | if y < y1 { DOWN } else { 0 };
            self.line(x, y, ways, dashed, ink);
        }
    }

    /// A frame `w` wide and `h` high with its top-left corner at `x`, `y`.
    pub(super) fn frame(&mut self, x: usize, y: usize, w: usize, h: usize, dashed: bool, ink: Ink) {
        let (right, bottom) = (x + w - 1, y + h - 1);
        self.horizontal(x, right, y, dashed, ink);
        self.horizontal(x, right, bottom, dashed, ink);
        self.vertical(x, y, bottom, dashed, ink);
        self.vertical(right, y, bottom, dashed, ink);
    }

    /// The rows as chart lines, trailing blanks trimmed, blank rows at the end dropped.
    pub(super) fn lines(self) -> Vec<ChartLine> {
        let mut lines: Vec<ChartLine> = self
            .rows
            .into_iter()
            .map(|row| {
                let mut line = Vec::new();
                let mut blanks = 0;
                for cell in row {
                    let (text, ink) = match cell {
                        Cell::Blank => {
                            blanks += 1;
                            continue;
                        }
                        Cell::Text(text, ink) => (text, ink),
                        Cell::Line(ways, dashed, ink) => (glyph(ways, dashed).to_string(), ink),
                    };
                    if blanks > 0 {
                        push(&mut line, &" ".repeat(blanks), Ink::Text);
                        blanks = 0;
                    }
                    push(&mut line, &text, ink);
                }
                line
            })
            .collect();
        while lines.last().is_some_and(Vec::is_empty) {
            lines.pop();
        }
        lines
    }
}
