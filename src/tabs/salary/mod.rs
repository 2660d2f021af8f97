//! Salary: a form (role, level, company, industry, cost of living, and an optional offer) and,
//! updated on every key, the figures the calculator gives for it: the result, the working step by
//! step, the other role's figures for the same inputs, a chart of both roles across every level,
//! and the notes that applied. With an offer, the result says where it sits in each role's range
//! and the chart draws it as a vertical line, with a ✓ on the bands that hold it. The arithmetic
//! is all in [`crate::salary`]; this tab only asks and draws.
//!
//! Keys: ↑/↓ and j/k move between the fields, ←/→ and h/l change a choice (and move the cost of
//! living by a point; on the offer, switch between base salary and total compensation at a major
//! tech company). While a typed field (the cost of living, the offer) has focus, the keys that
//! can be part of its value go to it; every other key keeps its usual meaning, so `q` still quits
//! and `?` still helps. Tab and Shift-Tab move between fields only while a value is being typed
//! (so that the field can be left the way a form is left); otherwise they switch tabs as on every
//! tab. Esc leaves the percentage, and clears the offer (from anywhere in the tab).

mod chart;
mod figures;
mod form;
mod layout;
mod marker;
mod offer;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;

use super::{Ctx, Hint, TabView, hint};
use crate::action::{Action, Mode, action_for};
use crate::salary::{Amount, Basis, Inputs, calculate};
use crate::ui::pane::{self, Scroll};
use form::{Entry, Field};
use layout::Areas;

/// The Salary tab's state: the question, the focused field, the percentage and the offer as
/// typed, and how far the figures are scrolled.
#[derive(Debug, Clone)]
pub struct SalaryTab {
    inputs: Inputs,
    field: Field,
    entry: Entry,
    text: Input,
    /// The offer as typed, what it counts as, and what it is compared with (kept when the company
    /// changes, applied only at a major tech company).
    offer_text: Input,
    amount: Option<Amount>,
    basis: Basis,
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
            offer_text: Input::default(),
            amount: None,
            basis: Basis::Base,
            scroll: Scroll::default(),
            tallest: layout::Tallest::default(),
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

    /// Ends the typing: the figures keep what the text counts as, and the text shows it plainly
    /// (an offer that is not an amount yet is dropped).
    fn commit(&mut self) {
        if self.field == Field::Offer {
            self.amount = offer::effective(self.offer_text.value());
            self.offer_text = Input::new(self.amount.map(|amount| amount.to_string()).unwrap_or_default());
        } else {
            self.inputs.col = form::effective(self.text.value());
            self.text = Input::new(self.inputs.col.signed());
        }
    }

    fn set_text(&mut self, text: Input) {
        if self.field == Field::Offer {
            self.amount = offer::effective(text.value());
            self.offer_text = text;
        } else {
            self.inputs.col = form::effective(text.value());
            self.text = text;
        }
    }

    /// The text of the focused typed field.
    fn typed_text(&self) -> &Input {
        if self.field == Field::Offer { &self.offer_text } else { &self.text }
    }

    /// Applies an editing key to the focused typed field's text, if it keeps it valid.
    fn edit(&self, text: &mut Input, key: KeyEvent) -> bool {
        if self.field == Field::Offer { offer::edit(text, key) } else { form::edit(text, key) }
    }

    /// Moves the focus; arriving on a typed field arms it (the next printable key replaces it).
    fn focus(&mut self, field: Field) {
        if self.field.is_typed() {
            self.commit();
        }
        self.field = field;
        if field.is_typed() {
            self.entry = Entry::Armed;
        }
    }

    fn change(&mut self, forward: bool) {
        if self.field == Field::Offer {
            self.basis = offer::toggled(self.inputs, self.basis);
            return;
        }
        self.inputs = form::change(self.inputs, self.field, forward);
        self.text = Input::new(self.inputs.col.signed());
    }

    /// Whether a typed field takes printable keys.
    fn taking_keys(&self) -> bool {
        self.field.is_typed() && self.entry != Entry::Left
    }

    /// The figures pane's lines: the result, the working and the other role, then the chart and
    /// the notes when they have no pane of their own.
    fn content(&self, ctx: Ctx<'_>, areas: &Areas) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let width = usize::from(pane::inner(areas.figures).width);
        let breakdown = calculate(ctx.kb, self.inputs);
        let other = calculate(ctx.kb, self.inputs.with_role(self.inputs.role.other()));
        let offer = self.figures_offer();
        let mut lines = figures::main(&breakdown, &other, offer, width, ctx);
        if areas.chart.is_none() {
            lines.push(Line::default());
            lines.extend(crate::ui::wrap::wrap_plain(chart::title(offer.basis), theme.heading, width));
            lines.extend(chart::lines(self.inputs, offer.basis, offer.amount, width, false, ctx));
        }
        if areas.notes.is_none() {
            lines.push(Line::default());
            lines.extend(figures::notes(&breakdown, width, ctx));
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
            Action::Bottom => self.focus(Field::ALL[Field::ALL.len() - 1]),
            Action::Left => self.change(false),
            Action::Right => self.change(true),
            Action::Toggle | Action::Confirm if !self.field.is_typed() => self.change(true),
            Action::Confirm => self.entry = Entry::Typing,
            Action::Char(c @ ('-' | '+' | '.')) if on_percent => self.start_typing(c),
            Action::Char('$') if self.field == Field::Offer => self.start_typing('$'),
            // Esc clears the offer wherever the focus is; with no offer it is the app's.
            Action::Back if self.has_offer() => self.clear_offer(),
            _ => return self.scroll(action, ctx, area),
        }
        true
    }

    /// Replaces the focused typed field's value with `c` and starts typing.
    fn start_typing(&mut self, c: char) {
        let mut text = Input::default();
        if self.edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)) {
            self.set_text(text);
            self.entry = Entry::Typing;
        }
    }

    /// Keys while a typed field takes printable keys.
    fn handle_percent(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let typing = self.entry == Entry::Typing;
        match action {
            Action::Input(key) => return self.percent_key(key, ctx, area),
            Action::Confirm if typing => {
                self.commit();
                self.entry = Entry::Armed;
            }
            Action::Confirm => self.entry = Entry::Typing,
            Action::Back if self.field == Field::Offer => {
                self.clear_offer();
                self.entry = Entry::Left;
            }
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

    /// A key for a typed field: taken when it can be part of its value, else it keeps its usual
    /// meaning (and the app's, when the tab has none for it).
    fn percent_key(&mut self, key: KeyEvent, ctx: Ctx<'_>, area: Rect) -> bool {
        let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let on_offer = self.field == Field::Offer;
        let is_char = |c| if on_offer { offer::is_amount_char(c) } else { form::is_percent_char(c) };
        let starts = |c| if on_offer { offer::starts_amount(c) } else { form::is_percent_char(c) };
        let printable = plain && matches!(key.code, KeyCode::Char(c) if is_char(c));
        let starting = plain && matches!(key.code, KeyCode::Char(c) if starts(c));
        let deleting = plain && matches!(key.code, KeyCode::Backspace | KeyCode::Delete);
        let moving =
            plain && matches!(key.code, KeyCode::Left | KeyCode::Right | KeyCode::Home | KeyCode::End);
        match self.entry {
            Entry::Armed if starting => {
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
        let mut text = self.typed_text().clone();
        if self.edit(&mut text, key) {
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

impl TabView for SalaryTab {
    fn min_size(&self) -> Size {
        // The form's widest row with its frame; the form, three lines of figures and the footer.
        Size::new(50, layout::FORM_HEIGHT + 5 + 2)
    }

    fn editing(&self) -> bool {
        self.taking_keys()
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        if self.taking_keys() {
            self.handle_percent(action, ctx, area)
        } else {
            self.handle_normal(action, ctx, area)
        }
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> bool {
        let inner = pane::inner(layout::areas(area, ctx, &self.tallest).form);
        if !inner.contains(position) {
            return false;
        }
        let Some(&field) = Field::ALL.get(usize::from(position.y - inner.y)) else { return false };
        if field != self.field {
            self.focus(field);
        } else if field.is_typed() {
            self.entry = Entry::Typing;
        } else {
            self.change(true);
        }
        true
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let areas = layout::areas(area, ctx, &self.tallest);
        let title = match (self.taking_keys(), self.field) {
            (true, Field::Offer) => " Salary inputs — Esc clears the offer ",
            (true, _) => " Salary inputs — Esc leaves the % ",
            (false, _) => " Salary inputs ",
        };
        pane::frame(title, true, theme).render(areas.form, buf);
        let view = form::View {
            inputs: self.inputs,
            field: self.field,
            entry: self.entry,
            text: &self.text,
            offer_text: &self.offer_text,
            amount: self.amount,
            basis: self.basis,
        };
        Paragraph::new(form::lines(&view, ctx)).render(pane::inner(areas.form), buf);
        self.render_figures(ctx, &areas, buf);
        if let Some(chart) = areas.chart {
            let offer = self.figures_offer();
            pane::frame(format!(" {} ", chart::title(offer.basis)), false, theme).render(chart, buf);
            let inner = pane::inner(chart);
            let width = usize::from(inner.width);
            let lines = chart::lines(self.inputs, offer.basis, offer.amount, width, areas.spacer, ctx);
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

    fn hints(&self) -> Vec<Hint> {
        let has_offer = self.has_offer();
        let big_tech = self.inputs.company == crate::salary::Company::BigTech;
        let mut hints = match (self.field, self.entry) {
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
            (Field::Offer, entry) => offer::hints(entry, has_offer, big_tech),
            _ => vec![hint("h/l", "change"), hint("j/k", "field"), hint("PgUp/PgDn", "scroll figures")],
        };
        if has_offer && !self.field.is_typed() {
            hints.insert(2, hint("Esc", "clear offer"));
        }
        hints
    }

    fn help(&self) -> Vec<Hint> {
        vec![
            hint("j/k ↑/↓", "move between the fields"),
            hint("g/G", "first / last field"),
            hint("h/l ←/→", "change the choice; on the cost of living, one point less / more"),
            hint("h/l ←/→", "on the offer, at a major tech company: compare with base or total pay"),
            hint("Space/Enter", "next choice"),
            hint("0-9 - + .", "on the cost of living: type a percentage; the first key replaces it"),
            hint("0-9 $ , k", "on the offer: type an amount (150k, $150,000); the first key replaces it"),
            hint("Backspace", "on the cost of living or the offer: delete"),
            hint("Enter", "on the cost of living or the offer: edit the value, then done"),
            hint("Esc", "leave the cost of living: number keys switch tabs again"),
            hint("Esc", "clear the offer (on its field or anywhere in the tab)"),
            hint("Tab S-Tab", "while typing a value: next / previous field; else next / previous tab"),
            hint("PgUp/PgDn", "scroll the figures (also C-u/C-d and the wheel)"),
            hint("click", "a field to focus it, again to change it"),
        ]
    }
}

#[cfg(test)]
mod tests;
