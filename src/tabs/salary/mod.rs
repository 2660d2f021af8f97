//! Salary: a form (role, level, company, industry, cost of living) and, updated on every key, the
//! figures the calculator gives for it: the result, the working step by step, the other role's
//! figures for the same inputs, a chart of both roles across every level, and the notes that
//! applied. The arithmetic is all in [`crate::salary`]; this tab only asks and draws.
//!
//! Keys: ↑/↓ and j/k move between the fields, ←/→ and h/l change a choice (and move the cost of
//! living by a point). While the cost-of-living field has focus, the keys that can be part of a
//! percentage go to it; every other key keeps its usual meaning, so `q` still quits and `?` still
//! helps. Tab and Shift-Tab move between fields only while a percentage is being typed (so that
//! the field can be left the way a form is left); otherwise they switch tabs as on every tab.

mod chart;
mod figures;
mod form;
mod layout;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;

use super::{Ctx, Hint, TabView, hint};
use crate::action::{Action, Mode, action_for};
use crate::kb::Level;
use crate::salary::{Inputs, calculate};
use crate::ui::pane::{self, Scroll};
use form::{Entry, Field};
use layout::Areas;

/// The Salary tab's state: the question, the focused field, the percentage as typed, and how far
/// the figures are scrolled.
#[derive(Debug, Clone)]
pub struct SalaryTab {
    inputs: Inputs,
    field: Field,
    entry: Entry,
    text: Input,
    scroll: Scroll,
    tallest: layout::Tallest,
    /// The salary note opened by id (a search hit, a bookmark): marked in the notes, and the
    /// item under the cursor until the next key.
    note: Option<String>,
}

impl Default for SalaryTab {
    fn default() -> SalaryTab {
        let inputs = Inputs::default();
        SalaryTab {
            inputs,
            field: Field::Role,
            entry: Entry::Armed,
            text: Input::new(inputs.col.signed()),
            scroll: Scroll::default(),
            tallest: layout::Tallest::default(),
            note: None,
        }
    }
}

impl SalaryTab {
    /// The question on screen, with the cost of living as far as it is typed (what the figures
    /// show), for saving between runs.
    pub fn inputs(&self) -> Inputs {
        self.inputs
    }

    /// Puts saved inputs back in the form; a percentage being typed is replaced.
    pub fn set_inputs(&mut self, inputs: Inputs) {
        self.inputs = inputs;
        self.text = Input::new(inputs.col.signed());
        if self.entry == Entry::Typing {
            self.entry = Entry::Armed;
        }
    }

    /// Ends the typing: the figures keep what the text counts as, and the text shows it plainly.
    fn commit(&mut self) {
        self.inputs.col = form::effective(self.text.value());
        self.text = Input::new(self.inputs.col.signed());
    }

    fn set_text(&mut self, text: Input) {
        self.inputs.col = form::effective(text.value());
        self.text = text;
    }

    /// Moves the focus; arriving on the percentage arms it (the next printable key replaces it).
    fn focus(&mut self, field: Field) {
        if self.field == Field::CostOfLiving {
            self.commit();
        }
        self.field = field;
        if field == Field::CostOfLiving {
            self.entry = Entry::Armed;
        }
    }

    fn change(&mut self, forward: bool) {
        self.inputs = form::change(self.inputs, self.field, forward);
        self.text = Input::new(self.inputs.col.signed());
    }

    /// Whether the percentage field takes printable keys.
    fn taking_keys(&self) -> bool {
        self.field == Field::CostOfLiving && self.entry != Entry::Left
    }

    /// The figures pane's lines: the result, the working and the other role, then the chart and
    /// the notes when they have no pane of their own.
    fn content(&self, ctx: Ctx<'_>, areas: &Areas) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let width = usize::from(pane::inner(areas.figures).width);
        let breakdown = calculate(ctx.kb, self.inputs);
        let other = calculate(ctx.kb, self.inputs.with_role(self.inputs.role.other()));
        let mut lines = figures::main(&breakdown, &other, width, ctx);
        if areas.chart.is_none() {
            lines.push(Line::default());
            lines.extend(crate::ui::wrap::wrap_plain(CHART_TITLE, theme.heading, width));
            lines.extend(chart::lines(self.inputs, width, false, ctx));
        }
        if areas.notes.is_none() {
            lines.push(Line::default());
            lines.extend(figures::notes(&breakdown, self.note.as_deref(), width, ctx));
        }
        lines
    }

    fn scroll(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        use Action::{HalfPageDown, HalfPageUp, PageDown, PageUp, ScrollDown, ScrollUp};
        if !matches!(action, PageUp | PageDown | HalfPageUp | HalfPageDown | ScrollUp | ScrollDown) {
            return false;
        }
        let areas = layout::areas(area, ctx, &self.tallest);
        let content = self.content(ctx, &areas).len();
        self.scroll.apply(action, content, usize::from(pane::inner(areas.figures).height))
    }

    /// Keys with their usual meaning.
    fn handle_normal(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let on_percent = self.field == Field::CostOfLiving;
        match action {
            Action::Up => self.focus(self.field.moved(-1)),
            Action::Down => self.focus(self.field.moved(1)),
            Action::Top => self.focus(Field::Role),
            Action::Bottom => self.focus(Field::CostOfLiving),
            Action::Left => self.change(false),
            Action::Right => self.change(true),
            Action::Toggle | Action::Confirm if !on_percent => self.change(true),
            Action::Confirm => self.entry = Entry::Typing,
            Action::Char(c @ ('-' | '+' | '.')) if on_percent => self.start_typing(c),
            _ => return self.scroll(action, ctx, area),
        }
        true
    }

    /// Replaces the percentage with `c` and starts typing.
    fn start_typing(&mut self, c: char) {
        let mut text = Input::default();
        if form::edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)) {
            self.set_text(text);
            self.entry = Entry::Typing;
        }
    }

    /// Keys while the percentage field takes printable keys.
    fn handle_percent(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let typing = self.entry == Entry::Typing;
        match action {
            Action::Input(key) => return self.percent_key(key, ctx, area),
            Action::Confirm if typing => {
                self.commit();
                self.entry = Entry::Armed;
            }
            Action::Confirm => self.entry = Entry::Typing,
            Action::Back => {
                self.commit();
                self.entry = Entry::Left;
            }
            Action::NextTab | Action::PrevTab if typing => {
                self.focus(self.field.wrapped(action == Action::NextTab));
            }
            _ => return self.handle_normal(action, ctx, area),
        }
        true
    }

    /// A key for the percentage field: taken when it can be part of a percentage, else it keeps
    /// its usual meaning (and the app's, when the tab has none for it).
    fn percent_key(&mut self, key: KeyEvent, ctx: Ctx<'_>, area: Rect) -> bool {
        let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let printable = plain && matches!(key.code, KeyCode::Char(c) if form::is_percent_char(c));
        let deleting = plain && matches!(key.code, KeyCode::Backspace | KeyCode::Delete);
        let moving =
            plain && matches!(key.code, KeyCode::Left | KeyCode::Right | KeyCode::Home | KeyCode::End);
        match self.entry {
            Entry::Armed if printable => {
                if let KeyCode::Char(c) = key.code {
                    self.start_typing(c);
                }
                return true;
            }
            Entry::Armed if deleting => self.entry = Entry::Typing,
            Entry::Typing if printable || deleting || moving => {}
            _ => {
                return action_for(key, Mode::Normal)
                    .is_some_and(|action| self.handle_normal(action, ctx, area));
            }
        }
        // Refused keys are still the field's: a stray key must not do something else.
        let mut text = self.text.clone();
        if form::edit(&mut text, key) {
            self.set_text(text);
        }
        true
    }

    fn render_figures(&self, ctx: Ctx<'_>, areas: &Areas, buf: &mut Buffer) {
        let theme = ctx.theme;
        let role = self.inputs.role;
        let title = Line::from(vec![
            Span::raw(" "),
            Span::styled(role.title(), theme.role(role).patch(theme.label)),
            Span::styled(format!(" · {} ", ctx.kb.salary.level_name(self.inputs.level)), theme.text),
        ]);
        pane::frame(title, false, theme).render(areas.figures, buf);
        let lines = self.content(ctx, areas);
        pane::render_lines(&lines, self.scroll, pane::inner(areas.figures), areas.figures, buf, theme);
    }
}

/// The chart's title, as a pane title or as a heading in the figures.
const CHART_TITLE: &str = "Base salary by level, both roles, same inputs";

impl TabView for SalaryTab {
    fn min_size(&self) -> Size {
        // The form's widest row with its frame; the form, three lines of figures and the footer.
        Size::new(50, layout::FORM_HEIGHT + 5 + 2)
    }

    fn editing(&self) -> bool {
        self.taking_keys()
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let handled = if self.taking_keys() {
            self.handle_percent(action, ctx, area)
        } else {
            self.handle_normal(action, ctx, area)
        };
        if handled {
            self.note = None;
        }
        handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> bool {
        let inner = pane::inner(layout::areas(area, ctx, &self.tallest).form);
        if !inner.contains(position) {
            return false;
        }
        let Some(&field) = Field::ALL.get(usize::from(position.y - inner.y)) else { return false };
        if field != self.field {
            self.focus(field);
        } else if field == Field::CostOfLiving {
            self.entry = Entry::Typing;
        } else {
            self.change(true);
        }
        true
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let areas = layout::areas(area, ctx, &self.tallest);
        let title =
            if self.taking_keys() { " Salary inputs — Esc leaves the % " } else { " Salary inputs " };
        pane::frame(title, true, theme).render(areas.form, buf);
        let view = form::View { inputs: self.inputs, field: self.field, entry: self.entry, text: &self.text };
        Paragraph::new(form::lines(&view, ctx)).render(pane::inner(areas.form), buf);
        self.render_figures(ctx, &areas, buf);
        if let Some(chart) = areas.chart {
            pane::frame(format!(" {CHART_TITLE} "), false, theme).render(chart, buf);
            let inner = pane::inner(chart);
            let lines = chart::lines(self.inputs, usize::from(inner.width), areas.spacer, ctx);
            Paragraph::new(lines).render(inner, buf);
        }
        if let Some(notes) = areas.notes {
            pane::frame(" Notes ", false, theme).render(notes, buf);
            let inner = pane::inner(notes);
            let breakdown = calculate(ctx.kb, self.inputs);
            let notes = figures::notes(&breakdown, self.note.as_deref(), usize::from(inner.width), ctx);
            Paragraph::new(notes).render(inner, buf);
        }
        let footer = areas.footer;
        let text = Rect { x: footer.x + 1, width: footer.width.saturating_sub(2), ..footer };
        Paragraph::new(layout::footer_lines(area, ctx)).render(text, buf);
    }

    fn hints(&self) -> Vec<Hint> {
        match (self.field, self.entry) {
            (Field::CostOfLiving, Entry::Typing) => vec![
                hint("0-9 - .", "type"),
                hint("Enter/Esc", "done"),
                hint("Tab/↑↓", "field"),
                hint("PgDn", "scroll"),
            ],
            (Field::CostOfLiving, Entry::Armed) => vec![
                hint("0-9 - .", "type %"),
                hint("h/l", "±1 point"),
                hint("j/k", "field"),
                hint("Esc", "leave the %"),
                hint("PgDn", "scroll"),
            ],
            (Field::CostOfLiving, Entry::Left) => vec![
                hint("Enter", "type %"),
                hint("h/l", "±1 point"),
                hint("j/k", "field"),
                hint("PgDn", "scroll"),
            ],
            _ => vec![hint("h/l", "change"), hint("j/k", "field"), hint("PgUp/PgDn", "scroll figures")],
        }
    }

    /// The salary note opened by id, else the level's row while the level has focus.
    fn current_item(&self, _ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        if self.note.is_some() {
            return self.note.clone();
        }
        (self.field == Field::Level).then(|| self.inputs.level.item_id().to_string())
    }

    /// A salary level: chosen, with the focus on the level. A salary note: marked in the notes,
    /// and the figures scrolled to it when the notes have no pane of their own.
    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        if let Some(level) = Level::ALL.into_iter().find(|level| level.item_id() == id) {
            self.inputs.level = level;
            self.focus(Field::Level);
            self.note = None;
            return true;
        }
        if let Some(note) = ctx.kb.salary.notes.iter().find(|note| note.id == id) {
            self.note = Some(id.to_string());
            let areas = layout::areas(area, ctx, &self.tallest);
            if areas.notes.is_none() {
                // The line the note starts on: the marker, then the note's first words.
                let start: String = note.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
                let marked = self.content(ctx, &areas).iter().position(|line| {
                    let text: String = line.spans.iter().map(|span| span.content.as_ref()).collect();
                    text.starts_with('▶') && text.contains(&start)
                });
                self.scroll.offset = marked.map_or(self.scroll.offset, |line| line.saturating_sub(2));
            }
            return true;
        }
        false
    }

    fn help(&self) -> Vec<Hint> {
        vec![
            hint("j/k ↑/↓", "move between the fields"),
            hint("g/G", "first / last field"),
            hint("h/l ←/→", "change the choice; on the cost of living, one point less / more"),
            hint("Space/Enter", "next choice"),
            hint("0-9 - + .", "on the cost of living: type a percentage; the first key replaces it"),
            hint("Backspace", "on the cost of living: delete"),
            hint("Enter", "on the cost of living: edit the value, then done"),
            hint("Esc", "leave the cost of living: number keys switch tabs again"),
            hint("Tab S-Tab", "while typing a percentage: next / previous field; else next / previous tab"),
            hint("PgUp/PgDn", "scroll the figures (also C-u/C-d and the wheel)"),
            hint("click", "a field to focus it, again to change it"),
        ]
    }
}

#[cfg(test)]
mod tests;
