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
mod saved;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;

use crate::action::Action;
use crate::keymap::{self, Binding, Key, Keymap, TextEntry};
use crate::salary::{Inputs, calculate};
use crate::store::State;
use crate::tabs::view::{Ctx, Outcome, TabView};
use crate::ui::pane::{self, Scroll};
use form::{Entry, Field};
use layout::Areas;

const FIELD: Binding = keymap::UP_DOWN.says("move between the fields", "field");
const FIRST_LAST: Binding = keymap::ENDS.says("first / last field (also Home/End)", "first/last");
const CHANGE: Binding = keymap::LEFT_RIGHT.says("change the choice", "change");
const NEXT_CHOICE: Binding = Binding::new(
    &[(Key::ch(' '), Action::Toggle), (Key::code(KeyCode::Enter), Action::Toggle)],
    "Space/Enter",
    "the next choice",
);
const POINT: Binding = keymap::LEFT_RIGHT.says("the cost of living one point less / more", "±1 point");
const EDIT: Binding =
    Binding::new(&[(Key::code(KeyCode::Enter), Action::Confirm)], "Enter", "edit the percentage")
        .hint("edit %");
const LEAVE: Binding = keymap::ESC.says("leave the percentage: number keys switch tabs again", "leave the %");
const DONE: Binding =
    Binding::new(&[(Key::code(KeyCode::Enter), Action::Confirm)], "Enter", "done typing").hint("done");
const LEAVE_DONE: Binding = keymap::ESC.says("done typing, and leave the percentage", "leave");
const TAB_FIELDS: Binding = Binding::new(
    &[(Key::code(KeyCode::Tab), Action::NextTab), (Key::code(KeyCode::BackTab), Action::PrevTab)],
    "Tab S-Tab",
    "while typing a percentage: the next / previous field",
);
const SCROLL: Binding =
    keymap::PAGES.says("scroll the figures (C-u/C-d: half a page; also the wheel)", "scroll");
const PERCENT: TextEntry = TextEntry {
    takes: Some(form::is_percent_char),
    label: "0-9 - + .",
    help: "type a percentage, −50 to 50: the first key replaces the value",
    hint: "type %",
};
const PERCENT_TYPING: TextEntry =
    TextEntry { help: "the percentage, −50 to 50 (Backspace deletes)", ..PERCENT };
const SIGNS: TextEntry = TextEntry {
    takes: Some(|c| matches!(c, '-' | '+' | '.')),
    label: "- + .",
    help: "start typing a new percentage",
    hint: "type %",
};

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
        }
    }
}

impl SalaryTab {
    /// Puts saved inputs back in the form; a percentage being typed is replaced.
    fn set_inputs(&mut self, inputs: Inputs) {
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
            lines.extend(figures::notes(&breakdown, width, ctx));
        }
        lines
    }

    fn scroll(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let areas = layout::areas(area, ctx, &self.tallest);
        let content = self.content(ctx, &areas).len();
        self.scroll.apply(action, content, usize::from(pane::inner(areas.figures).height))
    }

    /// Replaces the percentage with `c` and starts typing.
    fn start_typing(&mut self, c: char) {
        let mut text = Input::default();
        if form::edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)) {
            self.set_text(text);
            self.entry = Entry::Typing;
        }
    }

    /// A key for the percentage field (the keymap sends only keys it takes): a character
    /// replaces the value unless typing has started, an editing key starts typing. Keys that
    /// would leave something that is not a percentage are refused but still the field's: a
    /// stray key must not do something else.
    fn percent_key(&mut self, key: KeyEvent) {
        if self.entry != Entry::Typing {
            if let KeyCode::Char(c) = key.code
                && key.modifiers.is_empty()
            {
                self.start_typing(c);
                return;
            }
            self.entry = Entry::Typing;
        }
        let mut text = self.text.clone();
        if form::edit(&mut text, key) {
            self.set_text(text);
        }
    }

    /// Enter: on a choice, the next one; on the percentage, start typing, or finish.
    fn confirm(&mut self) {
        match (self.field, self.entry) {
            (Field::CostOfLiving, Entry::Typing) => {
                self.commit();
                self.entry = Entry::Armed;
            }
            (Field::CostOfLiving, _) => self.entry = Entry::Typing,
            _ => self.change(true),
        }
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

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        match (self.field, self.entry) {
            (Field::CostOfLiving, Entry::Typing) => {
                Keymap::new(&[DONE, LEAVE_DONE, TAB_FIELDS, FIELD, SCROLL]).typing(PERCENT_TYPING)
            }
            (Field::CostOfLiving, Entry::Armed) => {
                Keymap::new(&[POINT, FIELD, LEAVE, EDIT, FIRST_LAST, SCROLL]).typing(PERCENT)
            }
            (Field::CostOfLiving, Entry::Left) => {
                Keymap::new(&[EDIT, POINT, FIELD, FIRST_LAST, SCROLL]).typing(SIGNS)
            }
            _ => Keymap::new(&[CHANGE, FIELD, NEXT_CHOICE, FIRST_LAST, SCROLL]),
        }
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        match action {
            Action::Input(key) => self.percent_key(key),
            Action::Up => self.focus(self.field.moved(-1)),
            Action::Down => self.focus(self.field.moved(1)),
            Action::Top => self.focus(Field::Role),
            Action::Bottom => self.focus(Field::CostOfLiving),
            Action::Left => self.change(false),
            Action::Right | Action::Toggle => self.change(true),
            Action::Confirm => self.confirm(),
            Action::Back if self.taking_keys() => {
                self.commit();
                self.entry = Entry::Left;
            }
            Action::NextTab | Action::PrevTab => self.focus(self.field.wrapped(action == Action::NextTab)),
            _ => return self.scroll(action, ctx, area).into(),
        }
        Outcome::Handled
    }

    fn restore(&mut self, state: &State) {
        if let Some(inputs) = state.salary.as_ref().map(saved::inputs)
            && inputs != self.inputs
        {
            self.set_inputs(inputs);
        }
    }

    fn save(&self, state: &mut State) {
        state.salary = Some(saved::saved(self.inputs));
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let inner = pane::inner(layout::areas(area, ctx, &self.tallest).form);
        if !inner.contains(position) {
            return Outcome::Ignored;
        }
        let Some(&field) = Field::ALL.get(usize::from(position.y - inner.y)) else { return Outcome::Ignored };
        if field != self.field {
            self.focus(field);
        } else if field == Field::CostOfLiving {
            self.entry = Entry::Typing;
        } else {
            self.change(true);
        }
        Outcome::Handled
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
            Paragraph::new(figures::notes(&breakdown, usize::from(inner.width), ctx)).render(inner, buf);
        }
        let footer = areas.footer;
        let text = Rect { x: footer.x + 1, width: footer.width.saturating_sub(2), ..footer };
        Paragraph::new(layout::footer_lines(area, ctx)).render(text, buf);
    }
}

#[cfg(test)]
mod tests;
