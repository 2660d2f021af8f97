//! Compare: the aspects as a table (aspect | PM | PO) with wrapped cells and a selected row, and
//! the selected aspect in full beside the table on terminals wide and tall enough for the whole
//! table to fit there, below it otherwise; the user's note on the aspect under its two sides.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::kb::{Aspect, Role};
use crate::keymap::{self, Binding, Keymap};
use crate::ui::list::{adjust_offset, row_at, step};
use crate::ui::note;
use crate::ui::pane::{self, Scroll};
use crate::ui::wrap::{clip, wrap, wrap_plain};

/// From this width on, the selected aspect is shown beside the table rather than below it.
const SIDE_BY_SIDE: u16 = 120;
/// The most lines a cell takes in the table; the detail pane shows the rest.
const MAX_CELL_LINES: usize = 3;
/// The marker column before each row.
const MARKER: u16 = 2;

/// The table is a list of aspects; the selected one is shown in full.
const KEYS: &[Binding] = &[
    keymap::UP_DOWN.says("choose an aspect", "aspect"),
    keymap::ENDS.says("first / last aspect (also Home/End)", "first/last"),
    keymap::PAGES.says("a page of aspects up / down (C-u/C-d: half)", "page"),
];

/// The Compare tab's state: the selected aspect and the first visible row.
#[derive(Debug, Clone, Default)]
pub struct CompareTab {
    selected: usize,
    offset: usize,
}

/// Where things go for a given body area.
struct Areas {
    table: Rect,
    detail: Rect,
}

fn areas(area: Rect, ctx: Ctx<'_>) -> Areas {
    let [beside, detail_beside] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    // Beside the table only when the whole table fits there: a cut table next to a detail pane
    // of empty rows is worse than a full-width table (its cells wrap less) over a short detail.
    let fits_beside = || {
        let (body, heights, _) = table_rows(ctx, beside);
        heights.iter().map(|&h| usize::from(h)).sum::<usize>() <= usize::from(body.height)
    };
    let [table, detail] = if area.width >= SIDE_BY_SIDE && fits_beside() {
        [beside, detail_beside]
    } else {
        // As tall as the longest aspect needs (so the table does not jump as the selection
        // moves), within two fifths of the screen.
        let width = usize::from(pane::inner(area).width);
        let longest = ctx.kb.comparison.iter().map(|a| detail_lines(a, width, ctx).len()).max().unwrap_or(1);
        let needed = longest as u16 + 2;
        // A note of the user's may take up to half the screen: it is what they came back for.
        let share = if ctx.notes.is_empty() { area.height * 2 / 5 } else { area.height / 2 };
        let detail_height = needed.clamp(4, share.max(4));
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_height)]).areas(area)
    };
    Areas { table, detail }
}

/// Column widths inside the table's frame: marker, aspect, PM, PO.
fn columns(inner: Rect, aspects: &[Aspect]) -> [u16; 3] {
    let available = inner.width.saturating_sub(MARKER + 2);
    let longest = aspects.iter().map(|a| a.name.chars().count()).max().unwrap_or(6) as u16;
    let name = longest.min(available / 4).max(6.min(available));
    let rest = available.saturating_sub(name);
    [name, rest / 2, rest - rest / 2]
}

/// A row: each cell wrapped to its column and clipped, and the row's height.
fn row_cells(aspect: &Aspect, widths: [u16; 3], ctx: Ctx<'_>) -> [Vec<Line<'static>>; 3] {
    let cell = |text: &str, style: Style, width: u16| {
        clip(wrap_plain(text, style, usize::from(width)), MAX_CELL_LINES, usize::from(width))
    };
    [
        cell(&aspect.name, ctx.theme.label, widths[0]),
        cell(&aspect.pm, ctx.theme.text, widths[1]),
        cell(&aspect.po, ctx.theme.text, widths[2]),
    ]
}

/// A blank line after each row when the terminal is tall enough to afford it.
fn spacer(table: Rect) -> u16 {
    u16::from(table.height >= 30)
}

/// The table's inner area below the header, the height of every row (spacer included), and the
/// column widths.
fn table_rows(ctx: Ctx<'_>, table: Rect) -> (Rect, Vec<u16>, [u16; 3]) {
    let inner = pane::inner(table);
    let widths = columns(inner, &ctx.kb.comparison);
    let spacer = spacer(table);
    let heights = ctx
        .kb
        .comparison
        .iter()
        .map(|aspect| row_cells(aspect, widths, ctx).iter().map(Vec::len).max().unwrap_or(1) as u16 + spacer)
        .collect();
    let body = Rect { y: inner.y + 2, height: inner.height.saturating_sub(2), ..inner };
    (body, heights, widths)
}

/// The selected aspect in full: each role's side, labelled; the user's note on it under them.
fn detail_lines(aspect: &Aspect, width: usize, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let mut lines = Vec::new();
    for (role, text) in [(Role::Pm, &aspect.pm), (Role::Po, &aspect.po)] {
        let label = Span::styled(format!("{}: ", role.title()), theme.role(role).patch(theme.label));
        lines.extend(wrap(&[label, Span::raw(text.clone())], width, Span::raw(""), "  "));
    }
    lines.extend(note::section(ctx.notes, &aspect.id, theme, width));
    lines
}

impl CompareTab {
    fn select(&mut self, index: usize, ctx: Ctx<'_>, area: Rect) {
        let (body, heights, _) = table_rows(ctx, areas(area, ctx).table);
        self.selected = index.min(heights.len().saturating_sub(1));
        self.offset = adjust_offset(self.offset, &heights, self.selected, body.height);
    }

    fn render_table(&self, ctx: Ctx<'_>, table: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let title = format!(" Compare: {} aspects ", ctx.kb.comparison.len());
        pane::frame(title, true, theme).render(table, buf);
        let (body, heights, widths) = table_rows(ctx, table);
        let inner = pane::inner(table);
        let x = |column: usize| inner.x + MARKER + widths[..column].iter().sum::<u16>() + column as u16;
        let header = [("Aspect", theme.label), (Role::Pm.title(), theme.pm), (Role::Po.title(), theme.po)];
        for (column, (text, style)) in header.into_iter().enumerate() {
            let cell = Rect { x: x(column), y: inner.y, width: widths[column], height: 1 };
            Line::styled(text, style.patch(theme.label)).render(cell.intersection(inner), buf);
        }
        let rule = Rect { y: inner.y + 1, height: 1, ..inner };
        Line::styled("─".repeat(usize::from(inner.width)), theme.border)
            .render(rule.intersection(inner), buf);

        let offset = adjust_offset(self.offset, &heights, self.selected, body.height);
        let mut y = body.y;
        for (index, aspect) in ctx.kb.comparison.iter().enumerate().skip(offset) {
            if y >= body.bottom() {
                break;
            }
            let height = heights[index].min(body.bottom() - y);
            let row = Rect { y, height, ..body };
            let selected = index == self.selected;
            if selected {
                let highlighted = height.min(heights[index] - spacer(table)).max(1);
                buf.set_style(Rect { height: highlighted, ..row }, theme.selection);
                Span::styled("▶", theme.selection).render(row, buf);
            }
            for (column, lines) in row_cells(aspect, widths, ctx).into_iter().enumerate() {
                let cell = Rect { x: x(column), width: widths[column], ..row };
                Paragraph::new(lines).render(cell.intersection(body), buf);
            }
            y += heights[index];
        }
        // The scrollbar runs beside the rows, not the header.
        let track = Rect { y: body.y - 1, height: body.height + 2, ..table };
        let total = heights.iter().map(|&h| usize::from(h)).sum();
        let above = heights[..offset].iter().map(|&h| usize::from(h)).sum();
        pane::render_scrollbar(total, usize::from(body.height), above, track, buf, theme);
    }

    fn render_detail(&self, ctx: Ctx<'_>, detail: Rect, buf: &mut Buffer) {
        let Some(aspect) = ctx.kb.comparison.get(self.selected) else { return };
        pane::frame(format!(" {} ", aspect.name), false, ctx.theme).render(detail, buf);
        let inner = pane::inner(detail);
        let lines = detail_lines(aspect, usize::from(inner.width), ctx);
        pane::render_lines(&lines, Scroll::default(), inner, detail, buf, ctx.theme);
    }
}

impl TabView for CompareTab {
    fn min_size(&self) -> Size {
        Size::new(50, 16)
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        Keymap::new(KEYS)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (body, _, _) = table_rows(ctx, areas(area, ctx).table);
        let page = usize::from(body.height / 3).max(1);
        let Some(index) = step(self.selected, ctx.kb.comparison.len(), action, page) else {
            return Outcome::Ignored;
        };
        self.select(index, ctx, area);
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (body, heights, _) = table_rows(ctx, areas(area, ctx).table);
        if !body.contains(position) {
            return Outcome::Ignored;
        }
        let offset = adjust_offset(self.offset, &heights, self.selected, body.height);
        let Some(index) = row_at(&heights, offset, position.y - body.y) else { return Outcome::Ignored };
        self.offset = offset;
        self.select(index, ctx, area);
        Outcome::Handled
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let areas = areas(area, ctx);
        self.render_table(ctx, areas.table, buf);
        self.render_detail(ctx, areas.detail, buf);
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        ctx.kb.comparison.get(self.selected).map(|aspect| aspect.id.clone())
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        match ctx.kb.comparison.iter().position(|aspect| aspect.id == id) {
            Some(index) => {
                self.select(index, ctx, area);
                true
            }
            None => false,
        }
    }
}
