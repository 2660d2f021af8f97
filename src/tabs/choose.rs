//! Choose: the "choose PM if / PO if" statements as a self-assessment. Space marks the ones that
//! apply; a meter shows the lean (PM n/7, PO n/7) and a verdict that keeps to the source's bottom
//! line: both roles can fit, neither is better.

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::view::{Ctx, Outcome, TabView};
use ratatui::crossterm::event::KeyCode;

use crate::action::Action;
use crate::kb::{KnowledgeBase, PageText, Role, Statement};
use crate::keymap::{self, Binding, Key, Keymap};
use crate::store::State;
use crate::ui::list::{adjust_offset, row_at};
use crate::ui::note;
use crate::ui::pane;
use crate::ui::wrap::{wrap, wrap_plain};

mod marks;
mod paging;

use marks::Clearing;

/// From this width on, the two lists sit side by side.
const SIDE_BY_SIDE: u16 = 100;

const MARK: Binding = Binding::new(
    &[(Key::ch(' '), Action::Toggle), (Key::code(KeyCode::Enter), Action::Toggle)],
    "Space/Enter",
    "mark the statement as true of you, or unmark it",
)
.hint("mark");
const MOVE: Binding = keymap::UP_DOWN.says("choose a statement", "move");
const ENDS: Binding = keymap::ENDS.says("first / last statement (also Home/End)", "first/last");
const OTHER_LIST: Binding = keymap::LEFT_RIGHT.says("the other role's list", "other list");

/// Both lists side by side: h/l move between them.
const SIDE_BY_SIDE_KEYS: &[Binding] = &[MARK, MOVE, OTHER_LIST];
/// One list under the other: j/k run through both.
const STACKED_KEYS: &[Binding] = &[MARK, MOVE];

/// The Choose tab's state: which statement is selected and which are marked (by id), and whether
/// what the choice rests on (the intro) was opened by id (a search hit, a bookmark): then it is
/// marked and is the item under the cursor until the next key.
#[derive(Debug, Clone)]
pub struct ChooseTab {
    role: Role,
    index: usize,
    marked: BTreeSet<String>,
    offset: usize,
    clearing: Clearing,
    intro: bool,
}

impl Default for ChooseTab {
    fn default() -> ChooseTab {
        ChooseTab {
            role: Role::Pm,
            index: 0,
            marked: BTreeSet::new(),
            offset: 0,
            clearing: Clearing::Idle,
            intro: false,
        }
    }
}

/// A row of a list: a heading or a statement (its role and position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Heading(Role),
    Statement(Role, usize),
    /// What the choice rests on, opening the stacked list.
    Intro,
    /// The source's bottom line, closing the stacked list.
    BottomLine,
}

/// How many statements of `role` are marked, out of how many.
fn tally(kb: &KnowledgeBase, marked: &BTreeSet<String>, role: Role) -> (usize, usize) {
    let statements = kb.choose.statements.get(role);
    (statements.iter().filter(|s| marked.contains(&s.id)).count(), statements.len())
}

/// The verdict for a tally: which way the user leans, never that one role is better.
pub fn verdict(pm: (usize, usize), po: (usize, usize)) -> String {
    let share = |(count, total): (usize, usize)| if total == 0 { 0.0 } else { count as f64 / total as f64 };
    let (pm_share, po_share) = (share(pm), share(po));
    if pm.0 + po.0 == 0 {
        "Mark the statements that sound like you with Space; the meter shows which way you lean.".to_string()
    } else if (pm_share - po_share).abs() < f64::EPSILON {
        format!(
            "An even split ({} of {} each way): both roles fit you, and many people do both or move \
             between them.",
            pm.0, pm.1
        )
    } else {
        let (lean, other, (marked, total), (marked_other, _)) =
            if pm_share > po_share { (Role::Pm, Role::Po, pm, po) } else { (Role::Po, Role::Pm, po, pm) };
        let also = if marked_other > 0 {
            format!(" The {} statements you marked still count: the skills carry over.", other.abbreviation())
        } else {
            String::new()
        };
        format!("You lean towards {} ({marked} of {total}).{also}", lean.title())
    }
}

/// The meter pane and the lists. The meter is as tall as its longest possible verdict, so the
/// lists do not jump as statements are marked; side by side it also holds what the choice rests
/// on and the bottom line (in the stacked layout the bottom line ends the list instead).
fn areas(area: Rect, ctx: Ctx<'_>) -> (Rect, Rect) {
    let width = usize::from(pane::inner(area).width);
    let lines = |text: &str| wrap_plain(text, ctx.theme.text, width).len();
    let (pm, po) = (ctx.kb.choose.statements.pm.len(), ctx.kb.choose.statements.po.len());
    let verdicts = [
        verdict((0, pm), (0, po)),
        verdict((1, pm), (1, po)),
        verdict((pm, pm), (1, po)),
        verdict((1, pm), (po, po)),
    ];
    let mut height = 2 + verdicts.iter().map(|v| lines(v)).max().unwrap_or(1) + 2;
    if area.width >= SIDE_BY_SIDE {
        height += ctx.kb.choose.intro.as_deref().map_or(0, lines);
        height += lines(&ctx.kb.choose.bottom_line);
    }
    let height = (height as u16).min(area.height / 2);
    let [meter, lists] = Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
    (meter, lists)
}

/// Where each role's list goes: side by side on wide terminals, else one list below the other.
fn list_areas(lists: Rect) -> Vec<(Role, Rect)> {
    if lists.width >= SIDE_BY_SIDE {
        let [pm, po] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(lists);
        vec![(Role::Pm, pm), (Role::Po, po)]
    } else {
        vec![(Role::Pm, lists)]
    }
}

impl ChooseTab {
    /// The rows of one list area: in the stacked layout both roles, each under a heading.
    fn entries(kb: &KnowledgeBase, side_by_side: bool, role: Role) -> Vec<Entry> {
        let roles: Vec<Role> = if side_by_side { vec![role] } else { Role::ALL.to_vec() };
        let mut entries = Vec::new();
        if !side_by_side && kb.choose.intro.is_some() {
            entries.push(Entry::Intro);
        }
        for role in roles {
            entries.push(Entry::Heading(role));
            entries.extend((0..kb.choose.statements.get(role).len()).map(|i| Entry::Statement(role, i)));
        }
        if !side_by_side {
            entries.push(Entry::BottomLine);
        }
        entries
    }

    fn row_lines(
        &self,
        statement: &Statement,
        selected: bool,
        width: usize,
        ctx: Ctx<'_>,
    ) -> Vec<Line<'static>> {
        let mark = if self.marked.contains(&statement.id) { "[x] " } else { "[ ] " };
        let style = if selected { ctx.theme.selection } else { ctx.theme.text };
        let first = Span::styled(format!("{}{mark}", if selected { "▶" } else { " " }), style);
        let mut lines = wrap(&[Span::styled(statement.text.clone(), style)], width, first, "     ");
        if let Some(text) = ctx.notes.get(&statement.id) {
            for line in note::lines(text, ctx.theme, width.saturating_sub(5)) {
                let mut spans = vec![Span::raw("     ")];
                spans.extend(line.spans);
                lines.push(Line::from(spans));
            }
        }
        if selected {
            for line in &mut lines {
                line.style = style;
            }
        }
        lines
    }

    fn heights(&self, entries: &[Entry], width: usize, ctx: Ctx<'_>) -> Vec<u16> {
        entries
            .iter()
            .map(|entry| match entry {
                Entry::Statement(role, i) => {
                    let statement = &ctx.kb.choose.statements.get(*role)[*i];
                    self.row_lines(statement, false, width, ctx).len() as u16
                }
                Entry::Heading(_) => 1,
                Entry::Intro => self.intro_lines(width, ctx).len() as u16 + 1,
                Entry::BottomLine => {
                    1 + wrap_plain(&ctx.kb.choose.bottom_line, ctx.theme.muted, width).len() as u16
                }
            })
            .collect()
    }

    /// The first visible row of a list, keeping the selection in view.
    fn list_offset(&self, entries: &[Entry], heights: &[u16], viewport: u16, side_by_side: bool) -> usize {
        let selected =
            entries.iter().position(|e| *e == Entry::Statement(self.role, self.index)).unwrap_or(0);
        adjust_offset(if side_by_side { 0 } else { self.offset }, heights, selected, viewport)
    }

    /// The intro's lines: muted, or marked while it is the item opened.
    fn intro_lines(&self, width: usize, ctx: Ctx<'_>) -> Vec<Line<'static>> {
        let Some(intro) = &ctx.kb.choose.intro else { return Vec::new() };
        if self.intro {
            let marker = Span::styled("▶ ", ctx.theme.selection);
            wrap(&[Span::raw(intro.clone())], width, marker, "  ")
        } else {
            wrap_plain(intro, ctx.theme.muted, width)
        }
    }

    fn toggle(&mut self, kb: &KnowledgeBase) {
        if let Some(statement) = kb.choose.statements.get(self.role).get(self.index)
            && !self.marked.remove(&statement.id)
        {
            self.marked.insert(statement.id.clone());
        }
    }

    fn move_by(&mut self, kb: &KnowledgeBase, down: bool, side_by_side: bool) {
        let len = kb.choose.statements.get(self.role).len();
        if down {
            if self.index + 1 < len {
                self.index += 1;
            } else if !side_by_side && self.role == Role::Pm {
                (self.role, self.index) = (Role::Po, 0);
            }
        } else if self.index > 0 {
            self.index -= 1;
        } else if !side_by_side && self.role == Role::Po {
            (self.role, self.index) = (Role::Pm, kb.choose.statements.pm.len().saturating_sub(1));
        }
    }

    fn render_meter(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let (kb, theme) = (ctx.kb, ctx.theme);
        pane::frame(" Your lean ", false, theme).render(area, buf);
        let inner = pane::inner(area);
        let mut lines = Vec::new();
        for role in Role::ALL {
            let (marked, total) = tally(kb, &self.marked, role);
            let bar = usize::from(inner.width.saturating_sub(12)).min(28);
            let filled = (marked * bar).checked_div(total).unwrap_or(0);
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", role.abbreviation()), theme.role(role).patch(theme.label)),
                Span::styled("█".repeat(filled), theme.role(role)),
                Span::styled("░".repeat(bar - filled), theme.muted),
                Span::raw(format!(" {marked}/{total}")),
            ]));
        }
        let verdict = verdict(tally(kb, &self.marked, Role::Pm), tally(kb, &self.marked, Role::Po));
        lines.extend(wrap_plain(&verdict, theme.emphasis, usize::from(inner.width)));
        if area.width >= SIDE_BY_SIDE {
            lines.extend(self.intro_lines(usize::from(inner.width), ctx));
            lines.extend(wrap_plain(&kb.choose.bottom_line, theme.muted, usize::from(inner.width)));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

impl TabView for ChooseTab {
    fn min_size(&self) -> Size {
        Size::new(40, 16)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        if let Some(outcome) = self.clearing.handle(action, &mut self.marked) {
            return outcome;
        }
        let (_, lists) = areas(area, ctx);
        let side_by_side = lists.width >= SIDE_BY_SIDE;
        let steps = matches!(
            action,
            Action::Toggle
                | Action::Confirm
                | Action::Up
                | Action::Down
                | Action::ScrollUp
                | Action::ScrollDown
        );
        if self.intro && steps {
            // From the intro, the first step lands on the first statement, unmarked.
            self.intro = false;
            return Outcome::Handled;
        }
        match action {
            Action::Toggle | Action::Confirm => self.toggle(ctx.kb),
            Action::Up | Action::ScrollUp => self.move_by(ctx.kb, false, side_by_side),
            Action::Down | Action::ScrollDown => self.move_by(ctx.kb, true, side_by_side),
            Action::Left | Action::Right if side_by_side => {
                self.role = self.role.other();
                self.index = self.index.min(ctx.kb.choose.statements.get(self.role).len().saturating_sub(1));
            }
            Action::Top => (self.role, self.index) = (if side_by_side { self.role } else { Role::Pm }, 0),
            Action::Bottom => {
                let role = if side_by_side { self.role } else { Role::Po };
                (self.role, self.index) = (role, ctx.kb.choose.statements.get(role).len().saturating_sub(1));
            }
            Action::PageUp | Action::PageDown | Action::HalfPageUp | Action::HalfPageDown => {
                self.page(ctx, lists, action);
            }
            _ => return Outcome::Ignored,
        }
        self.intro = false;
        // Keep the selection in view in the stacked layout.
        if !side_by_side {
            let inner = pane::inner(lists);
            let entries = ChooseTab::entries(ctx.kb, false, self.role);
            let heights = self.heights(&entries, usize::from(inner.width), ctx);
            self.offset = self.list_offset(&entries, &heights, inner.height, false);
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let (_, lists) = areas(area, ctx);
        let side_by_side = lists.width >= SIDE_BY_SIDE;
        for (role, list) in list_areas(lists) {
            let inner = pane::inner(list);
            if !inner.contains(position) {
                continue;
            }
            let entries = ChooseTab::entries(ctx.kb, side_by_side, role);
            let heights = self.heights(&entries, usize::from(inner.width), ctx);
            let offset = self.list_offset(&entries, &heights, inner.height, side_by_side);
            if let Some(Entry::Statement(role, index)) =
                row_at(&heights, offset, position.y - inner.y).map(|row| entries[row])
            {
                let again = (role, index) == (self.role, self.index) && !self.intro;
                (self.role, self.index, self.intro) = (role, index, false);
                if again {
                    self.toggle(ctx.kb);
                }
                return Outcome::Handled;
            }
        }
        Outcome::Ignored
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let (kb, theme) = (ctx.kb, ctx.theme);
        let (meter, lists) = areas(area, ctx);
        self.render_meter(ctx, meter, buf);
        let side_by_side = lists.width >= SIDE_BY_SIDE;
        for (role, list) in list_areas(lists) {
            let title = if side_by_side {
                format!(" {} ", role.title())
            } else {
                " Which sounds like you? ".to_string()
            };
            pane::frame(title, true, theme).render(list, buf);
            let inner = pane::inner(list);
            let entries = ChooseTab::entries(kb, side_by_side, role);
            let heights = self.heights(&entries, usize::from(inner.width), ctx);
            let offset = self.list_offset(&entries, &heights, inner.height, side_by_side);
            let mut lines = Vec::new();
            for entry in entries.iter().skip(offset) {
                match *entry {
                    Entry::Statement(role, index) => {
                        let statement = &kb.choose.statements.get(role)[index];
                        let selected = (role, index) == (self.role, self.index) && !self.intro;
                        lines.extend(self.row_lines(statement, selected, usize::from(inner.width), ctx));
                    }
                    Entry::Intro => {
                        lines.extend(self.intro_lines(usize::from(inner.width), ctx));
                        lines.push(Line::default());
                    }
                    Entry::Heading(role) => {
                        let style = theme.role(role).patch(theme.heading);
                        lines.push(Line::styled(format!("Choose {} if…", role.title()), style));
                    }
                    Entry::BottomLine => {
                        lines.push(Line::default());
                        lines.extend(wrap_plain(
                            &kb.choose.bottom_line,
                            theme.muted,
                            usize::from(inner.width),
                        ));
                    }
                }
            }
            Paragraph::new(lines).render(inner, buf);
            let total = heights.iter().map(|h| usize::from(*h)).sum();
            let above = heights[..offset].iter().map(|h| usize::from(*h)).sum();
            pane::render_scrollbar(total, usize::from(inner.height), above, list, buf, theme);
        }
    }

    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        let (_, lists) = areas(area, ctx);
        let mut keys = if lists.width >= SIDE_BY_SIDE { SIDE_BY_SIDE_KEYS } else { STACKED_KEYS }.to_vec();
        if self.clearing == Clearing::Asked {
            // The question first, where the eye is.
            let mut asked = self.clearing.keys(&self.marked);
            asked.extend(keys);
            keys = asked;
        } else {
            keys.extend(self.clearing.keys(&self.marked));
        }
        keys.push(ENDS);
        keys.extend(self.page_keys(ctx, lists));
        Keymap::new(&keys)
    }

    fn restore(&mut self, state: &State) {
        if self.marked != state.choose {
            self.clearing = Clearing::Idle;
        }
        self.marked.clone_from(&state.choose);
    }

    fn arrive(&mut self) {
        // A question left unanswered when the tab was left is not answered by a later `c`.
        if self.clearing == Clearing::Asked {
            self.clearing = Clearing::Idle;
        }
    }

    fn save(&self, state: &mut State) {
        state.choose.clone_from(&self.marked);
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        if self.intro {
            return Some(PageText::CHOOSE_INTRO.id.to_string());
        }
        ctx.kb.choose.statements.get(self.role).get(self.index).map(|s| s.id.clone())
    }

    /// A statement: selected. The intro: marked, the stacked list scrolled to its top.
    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, _area: Rect) -> bool {
        self.intro = id == PageText::CHOOSE_INTRO.id && ctx.kb.choose.intro.is_some();
        if self.intro {
            (self.role, self.index, self.offset) = (Role::Pm, 0, 0);
            return true;
        }
        for role in Role::ALL {
            if let Some(index) = ctx.kb.choose.statements.get(role).iter().position(|s| s.id == id) {
                (self.role, self.index) = (role, index);
                return true;
            }
        }
        false
    }
}
