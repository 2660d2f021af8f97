//! Careers: both ladders drawn bottom-up as ladders, side by side, the Product Owner track lined
//! up so that the PO → PM move is one horizontal arrow; exits above the PM ladder and sideways
//! moves above the PO track. The selected rung shows what the source says of it, its role's pay
//! at every level with the level pmpo reads the rung as marked (`pay`), and its ladder's note.
//! A tall terminal stacks the full ladders (centred) over a full-width detail; a wide but short
//! one puts the detail beside them; a small one gives the ladders what the detail leaves.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

mod detail;
mod grid;
mod pay;

use detail::Detail;
use grid::{Cell, Grid, Node, column_widths, grid, label};
use pay::pay_lines;

use crate::action::Action;
use crate::kb::{ItemKind, KnowledgeBase, PageText, Role};
use crate::keymap::{self, Binding, Keymap};
use crate::tabs::view::{Ctx, Outcome, TabView};
use crate::ui::list::adjust_offset;
use crate::ui::pane::{self, Scroll};

/// The detail sits beside the ladders when it can be at least this wide, else below them.
const DETAIL_WIDTH: u16 = 36;

/// Rows the detail needs below the full ladders (its frame and six lines) before a terminal puts
/// it there, at full width, rather than in a narrow column beside a ladder pane that would stand
/// on a block of empty rows (110×32: ten of them, while the detail wrapped into a long column).
const DETAIL_BELOW: u16 = 8;

/// Where everything goes, worked out once per frame or key: the two panes, the rows of the
/// drawing, its text area, the first row shown, the blank rows above the drawing, and the column
/// (from the left of the text area) the PO track starts at.
struct Placement {
    ladders: Rect,
    detail: Rect,
    grid: Grid,
    inner: Rect,
    offset: usize,
    top: u16,
    po_x: u16,
}

impl Placement {
    /// The row and column under a screen position.
    fn cell_at(&self, position: Position) -> Option<Cell> {
        if !self.inner.contains(position) || position.y < self.inner.y + self.top {
            return None;
        }
        let row = self.offset + usize::from(position.y - self.inner.y - self.top);
        let column = usize::from(position.x - self.inner.x >= self.po_x);
        self.grid.rows.get(row).map(|cells| cells[column])
    }
}

/// The Careers tab's state: the selected node, the ladders' scroll and the detail's, and the
/// move between the ladders or the note on the paths opened by id (a search hit, a bookmark):
/// it is shown marked in a rung's detail, and is the item under the cursor until the selection
/// moves.
#[derive(Debug, Clone)]
pub struct CareersTab {
    selected: Node,
    offset: usize,
    detail: Scroll,
    transition: Option<usize>,
    note: Option<&'static str>,
}

impl Default for CareersTab {
    fn default() -> CareersTab {
        CareersTab {
            selected: Node::Rung(Role::Pm, 0),
            offset: 0,
            detail: Scroll::default(),
            transition: None,
            note: None,
        }
    }
}

/// The gap between the ladders, where the PO → PM arrow runs.
const ARROW: u16 = 6;

/// Rungs and the moves beside them are the items; the detail pane scrolls with the page keys.
const KEYS: &[Binding] = &[
    keymap::UP_DOWN.says("up / down a ladder (and through the moves off it)", "up/down a ladder"),
    keymap::LEFT_RIGHT.says("the other ladder", "other ladder"),
    keymap::ENDS.says("top / bottom of the ladders (also Home/End)", "top/bottom"),
    keymap::PAGES.says("scroll the detail (C-u/C-d: half a page)", "scroll detail"),
];

/// The ladders pane and the detail pane, given the drawing's rows with connectors (`spaced`) and
/// without (`compact`).
fn areas(area: Rect, kb: &KnowledgeBase, spaced: &Grid, compact: &Grid) -> (Rect, Rect) {
    let (pm, po) = column_widths(kb);
    let ladders = pm + ARROW + po + 4;
    let tall = spaced.rows.len() as u16 + 2;
    if area.height >= tall + DETAIL_BELOW {
        let [ladders, detail] = Layout::vertical([Constraint::Length(tall), Constraint::Fill(1)]).areas(area);
        (ladders, detail)
    } else if area.width >= ladders + DETAIL_WIDTH {
        let [ladders, detail] =
            Layout::horizontal([Constraint::Length(ladders), Constraint::Fill(1)]).areas(area);
        (ladders, detail)
    } else {
        // The ladders as tall as they need without connectors, leaving the detail seven rows.
        let ladders = (compact.rows.len() as u16 + 2).min(area.height.saturating_sub(7));
        let [ladders, detail] =
            Layout::vertical([Constraint::Length(ladders), Constraint::Fill(1)]).areas(area);
        (ladders, detail)
    }
}

impl CareersTab {
    /// Where everything goes in the tab's `area`.
    fn layout(&self, kb: &KnowledgeBase, area: Rect) -> Placement {
        let (spaced, compact) = (grid(kb, true), grid(kb, false));
        let (ladders, detail) = areas(area, kb, &spaced, &compact);
        // Connectors between rungs when the pane has room for them.
        let grid =
            if usize::from(pane::inner(ladders).height) >= spaced.rows.len() { spaced } else { compact };
        let (pm, po) = column_widths(kb);
        // A pane wider than the drawing centres it, so the arrow between the ladders keeps its
        // length instead of stretching across the screen.
        let mut inner = pane::inner(ladders);
        let drawing = pm + ARROW + po + 2;
        if inner.width > drawing {
            inner.x += (inner.width - drawing) / 2;
            inner.width = drawing;
        }
        let selected = grid.rows.iter().position(|row| row.contains(&Cell::Node(self.selected))).unwrap_or(0);
        let offset = adjust_offset(self.offset, &vec![1; grid.rows.len()], selected, inner.height);
        // A ladder stands on the ground: spare rows go above it.
        let top = inner.height.saturating_sub(grid.rows.len() as u16);
        let po_x = (inner.width / 2).max(pm + ARROW).min(inner.width.saturating_sub(po));
        Placement { ladders, detail, grid, inner, offset, top, po_x }
    }

    fn select(&mut self, node: Node, kb: &KnowledgeBase, area: Rect) {
        self.selected = node;
        self.detail = Scroll::default();
        self.transition = None;
        self.note = None;
        self.offset = self.layout(kb, area).offset;
    }

    /// The next node up or down the selected column, skipping connectors and headers.
    fn step(&self, grid: &Grid, up: bool) -> Option<Node> {
        let column = usize::from(matches!(self.selected, Node::Rung(Role::Po, _) | Node::Lateral(_)));
        let row = grid.rows.iter().position(|row| row[column] == Cell::Node(self.selected))?;
        let node_at = |r: usize| match grid.rows[r][column] {
            Cell::Node(node) => Some(node),
            _ => None,
        };
        if up { (0..row).rev().find_map(node_at) } else { (row + 1..grid.rows.len()).find_map(node_at) }
    }

    /// The node in the other column nearest the selected one's row.
    fn across(&self, grid: &Grid) -> Option<Node> {
        let column = usize::from(matches!(self.selected, Node::Rung(Role::Po, _) | Node::Lateral(_)));
        let row = grid.rows.iter().position(|row| row[column] == Cell::Node(self.selected))?;
        let other = 1 - column;
        (0..grid.rows.len())
            .filter_map(|r| match grid.rows[r][other] {
                Cell::Node(node) => Some((r.abs_diff(row), node)),
                _ => None,
            })
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, node)| node)
    }

    fn detail_lines(&self, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
        let careers = &ctx.kb.careers;
        let mut detail = Detail { lines: Vec::new(), ctx, width };
        match self.selected {
            Node::Rung(role, index) => self.rung_detail(&mut detail, role, index),
            Node::Exit(index) => {
                if let Some(exit) = careers.pm_exits.get(index) {
                    detail.para("After the PM ladder", &exit.why);
                    detail.note(&exit.id);
                }
            }
            Node::Lateral(index) => {
                if let Some(lateral) = careers.po_lateral.get(index) {
                    detail.para("A sideways move", &lateral.why);
                    detail.note(&lateral.id);
                }
            }
        }
        detail.spaced()
    }

    /// A rung's detail: its scope, its role's pay by level, the moves to and from it (the one
    /// chosen marked), then what holds for every rung.
    fn rung_detail(&self, detail: &mut Detail<'_>, role: Role, index: usize) {
        let kb = detail.ctx.kb;
        let careers = &kb.careers;
        let Some(rung) = careers.ladder(role).get(index) else { return };
        detail.para("This rung", &rung.scope);
        if self.transition.is_none() {
            detail.note(&rung.id);
        }
        detail.para(&format!("Pay by level, {} (US base)", role.title()), "");
        detail.lines.extend(pay_lines(kb, role, rung.salary_level, detail.width, detail.ctx.theme));
        let title = |id: &str| careers.rung(id).map_or(id.to_string(), |(_, r)| r.title.clone());
        for (i, transition) in careers.transitions.iter().enumerate() {
            if transition.from == rung.id || transition.to == rung.id {
                let mark = if self.transition == Some(i) { "▶ " } else { "" };
                let label = format!("{mark}{} → {}", title(&transition.from), title(&transition.to));
                detail.para(&label, &transition.how);
                if self.transition == Some(i) {
                    detail.note(&transition.id);
                }
            }
        }
        // What holds for every rung, each marked when it was opened by id, with the user's note
        // under the one marked.
        let mut page_text = |text: PageText, label: &str, body: &str| {
            let marked = self.note == Some(text.id);
            detail.para(&format!("{}{label}", if marked { "▶ " } else { "" }), body);
            if marked {
                detail.note(text.id);
            }
        };
        if let Some(summary) = &careers.summary {
            page_text(PageText::CAREERS_SUMMARY, PageText::CAREERS_SUMMARY.title, summary);
        }
        if let Some(notes) = &careers.ladder_notes {
            page_text(
                PageText::ladder(role),
                &format!("The {} ladder", role.abbreviation()),
                notes.get(role),
            );
        }
        let text = PageText::CAREERS_PAY_LEVELS;
        page_text(text, text.title, &careers.salary_mapping_note);
    }

    fn render_ladders(&self, ctx: Ctx<'_>, placement: Placement, buf: &mut Buffer) {
        let (kb, theme) = (ctx.kb, ctx.theme);
        let Placement { ladders, grid, inner, offset, top, po_x, .. } = placement;
        pane::frame(" Career ladders ", true, theme).render(ladders, buf);
        let columns = [(inner.x, po_x), (inner.x + po_x, inner.width.saturating_sub(po_x))];
        for (row_index, row) in
            grid.rows.iter().enumerate().skip(offset).take(usize::from(inner.height - top))
        {
            let y = inner.y + top + (row_index - offset) as u16;
            let mut ends = [inner.x; 2];
            for (column, cell) in row.iter().enumerate() {
                let (x, column_width) = columns[column];
                let style = if column == 0 { theme.pm } else { theme.po };
                let line = match cell {
                    Cell::Node(node) => {
                        let label = label(*node, kb);
                        let marker = match node {
                            Node::Rung(..) => "● ",
                            Node::Exit(_) => "↗ ",
                            Node::Lateral(_) => "↔ ",
                        };
                        if *node == self.selected {
                            Line::from(vec![Span::styled(format!("▶{marker}{label}"), theme.selection)])
                        } else {
                            Line::from(vec![Span::styled(format!(" {marker}"), style), Span::raw(label)])
                        }
                    }
                    Cell::Connector => Line::styled(" │", style),
                    Cell::Header(text) => Line::styled(format!(" {text}"), theme.heading),
                    Cell::Blank => Line::default(),
                };
                ends[column] = x + line.width() as u16;
                line.render(Rect::new(x, y, column_width, 1), buf);
            }
            // One arrow per row however many transitions share it; the detail lists each route.
            let routes = grid.arrows.iter().filter(|(row, _)| *row == row_index).count();
            let (start, end) = (ends[0] + 1, inner.x + po_x);
            if routes > 0 && end > start + 2 {
                let length = usize::from(end - start - 1);
                let label = if routes > 1 { format!(" {routes} routes ") } else { String::new() };
                let dashes = length.saturating_sub(1 + label.chars().count());
                let text = format!("◀{}{label}{}", "─".repeat(dashes / 2), "─".repeat(dashes - dashes / 2));
                buf.set_string(start, y, text, theme.muted);
            }
        }
        pane::render_scrollbar(grid.rows.len(), usize::from(inner.height), offset, ladders, buf, theme);
        let titles = [("Product Manager", theme.pm), ("Product Owner", theme.po)];
        for (column, (title, style)) in titles.into_iter().enumerate() {
            let x = columns[column].0;
            buf.set_string(
                x + 1,
                ladders.bottom().saturating_sub(1),
                format!(" {title} "),
                style.patch(theme.label),
            );
        }
    }
}

impl CareersTab {
    /// Opens a note on the paths: in the selected rung's detail (the first rung of the ladder a
    /// ladder's note is about, when another is selected), marked, the detail scrolled to it.
    fn show_note(&mut self, text: PageText, ctx: Ctx<'_>, area: Rect) -> bool {
        if ctx.kb.item(text.id).is_none() {
            return false;
        }
        let ladder = Role::ALL.into_iter().find(|&role| PageText::ladder(role) == text);
        let node = match (self.selected, ladder) {
            (Node::Rung(role, index), None) => Node::Rung(role, index),
            (Node::Rung(role, index), Some(wanted)) if role == wanted => Node::Rung(role, index),
            (_, wanted) => Node::Rung(wanted.unwrap_or(Role::Pm), 0),
        };
        self.select(node, ctx.kb, area);
        self.note = Some(text.id);
        let inner = pane::inner(self.layout(ctx.kb, area).detail);
        let lines = self.detail_lines(ctx, usize::from(inner.width));
        let marked =
            lines.iter().position(|line| line.spans.first().is_some_and(|s| s.content.starts_with('▶')));
        if let Some(line) = marked {
            self.detail.show(line, lines.len(), usize::from(inner.height));
        }
        true
    }
}

impl TabView for CareersTab {
    fn min_size(&self) -> Size {
        Size::new(60, 18)
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        Keymap::new(KEYS)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let Placement { grid, detail, .. } = self.layout(ctx.kb, area);
        let next = match action {
            Action::Up => self.step(&grid, true),
            Action::Down => self.step(&grid, false),
            Action::Left | Action::Right => self.across(&grid),
            Action::Top => grid.rows.iter().flatten().find_map(|c| match c {
                Cell::Node(node) => Some(*node),
                _ => None,
            }),
            Action::Bottom => Some(Node::Rung(Role::Pm, 0)),
            _ => {
                let inner = pane::inner(detail);
                let lines = self.detail_lines(ctx, usize::from(inner.width)).len();
                return self.detail.apply(action, lines, usize::from(inner.height)).into();
            }
        };
        if let Some(node) = next {
            self.select(node, ctx.kb, area);
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        match self.layout(ctx.kb, area).cell_at(position) {
            Some(Cell::Node(node)) => {
                self.select(node, ctx.kb, area);
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let placement = self.layout(ctx.kb, area);
        let detail = placement.detail;
        self.render_ladders(ctx, placement, buf);
        let title = format!(" {} ", label(self.selected, ctx.kb));
        pane::frame(title, false, ctx.theme).render(detail, buf);
        let inner = pane::inner(detail);
        let lines = self.detail_lines(ctx, usize::from(inner.width));
        pane::render_lines(&lines, self.detail, inner, detail, buf, ctx.theme);
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        let careers = &ctx.kb.careers;
        if let Some(note) = self.note {
            return Some(note.to_string());
        }
        if let Some(transition) = self.transition.and_then(|i| careers.transitions.get(i)) {
            return Some(transition.id.clone());
        }
        match self.selected {
            Node::Rung(role, index) => careers.ladder(role).get(index).map(|r| r.id.clone()),
            Node::Exit(index) => careers.pm_exits.get(index).map(|m| m.id.clone()),
            Node::Lateral(index) => careers.po_lateral.get(index).map(|m| m.id.clone()),
        }
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        let careers = &ctx.kb.careers;
        if let Some(i) = careers.transitions.iter().position(|t| t.id == id) {
            // The rung the move starts from, with the move marked in its detail.
            let Some((role, rung)) = careers.rung(&careers.transitions[i].from) else { return false };
            let Some(index) = careers.ladder(role).iter().position(|r| r.id == rung.id) else { return false };
            self.select(Node::Rung(role, index), ctx.kb, area);
            self.transition = Some(i);
            return true;
        }
        if let Some(text) = PageText::find(id).filter(|text| text.kind == ItemKind::CareerNote) {
            return self.show_note(text, ctx, area);
        }
        let node = Role::ALL
            .into_iter()
            .find_map(|role| {
                careers.ladder(role).iter().position(|r| r.id == id).map(|i| Node::Rung(role, i))
            })
            .or_else(|| careers.pm_exits.iter().position(|m| m.id == id).map(Node::Exit))
            .or_else(|| careers.po_lateral.iter().position(|m| m.id == id).map(Node::Lateral));
        match node {
            Some(node) => {
                self.select(node, ctx.kb, area);
                true
            }
            None => false,
        }
    }
}
