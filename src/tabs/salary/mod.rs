//! Salary: a form (role, level, company, industry, cost of living, and an optional offer) and,
//! updated on every key, the figures the calculator gives for it: the result, the working step by
//! step, the other role's figures for the same inputs, a chart of both roles across every level,
//! and the notes that applied. With an offer, the result says where it sits in each role's range
//! and the chart draws it as a vertical line, with a ✓ on the bands that hold it. The arithmetic
//! is all in [`crate::salary`]; this tab only asks and draws.
//!
//! Keys (`keys.rs` holds the tables): ↑/↓ and j/k move between the fields, ←/→ and h/l change a
//! choice (and move the cost of living by a point; on the offer, switch between base salary and
//! total compensation at a major tech company). While a typed field (the cost of living, the
//! offer) has focus, the keys that can be part of its value go to it; every other key keeps its
//! usual meaning, so `q` still quits and `?` still helps. Tab and Shift-Tab switch tabs, as in every
//! field of the app (↑/↓ and Enter leave a value being typed). Esc leaves the percentage, and
//! clears the offer (from anywhere in the tab).

mod chart;
mod figures;
mod form;
mod keys;
mod layout;
mod marker;
mod offer;
mod saved;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;

use crate::action::Action;
use crate::kb::{Level, PageText};
use crate::keymap::Keymap;
use crate::salary::{Amount, Basis, Inputs, calculate};
use crate::store::State;
use crate::tabs::view::{Ctx, Outcome, TabView};
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
            offer_text: Input::default(),
            amount: None,
            basis: Basis::Base,
            scroll: Scroll::default(),
            tallest: layout::Tallest::default(),
            note: None,
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

    /// What the figures answer: the inputs and the offer as it applies.
    fn question(&self) -> (Inputs, Option<Amount>, Basis) {
        (self.inputs, self.amount, self.basis)
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
            lines.extend(figures::notes(&breakdown, self.note.as_deref(), width, ctx));
        }
        // The user's note on the level or the salary note under the cursor, at the end.
        if let Some(id) = self.item() {
            lines.extend(crate::ui::note::section(ctx.notes, &id, theme, width));
        }
        lines
    }

    /// The salary note opened by id, else the level whose figures are shown: `b` and `n` keep
    /// that level whichever field has focus.
    fn item(&self) -> Option<String> {
        if self.note.is_some() {
            return self.note.clone();
        }
        Some(self.inputs.level.item_id().to_string())
    }

    fn scroll(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> bool {
        let areas = layout::areas(area, ctx, &self.tallest);
        let content = self.content(ctx, &areas).len();
        self.scroll.apply(action, content, usize::from(pane::inner(areas.figures).height))
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

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        self.keys()
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let outcome = self.act(action, ctx, area);
        if outcome != Outcome::Ignored {
            self.note = None;
        }
        outcome
    }

    fn restore(&mut self, state: &State) {
        let Some(saved) = &state.salary else { return };
        let question = self.question();
        let inputs = saved::read_inputs(saved);
        if inputs != self.inputs {
            self.set_inputs(inputs);
        }
        let (amount, basis) = saved::read_offer(saved);
        if (amount, basis) != (self.amount, self.basis) {
            self.set_offer(amount, basis);
        }
        if self.question() != question {
            self.scroll = Scroll::default();
        }
    }

    /// The form on screen is this window's: another pmpo's inputs are saved (field by field, the
    /// latest wins) but not typed over what is being filled in here.
    fn picked_up(&mut self, _state: &State) {}

    fn save(&self, state: &mut State) {
        state.salary = Some(saved::to_saved(self.inputs, (self.amount, self.basis)));
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let inner = pane::inner(layout::areas(area, ctx, &self.tallest).form);
        if !inner.contains(position) {
            return Outcome::Ignored;
        }
        let Some(&field) = Field::ALL.get(usize::from(position.y - inner.y)) else { return Outcome::Ignored };
        let question = self.question();
        if field != self.field {
            self.focus(field);
        } else if field.is_typed() {
            self.entry = Entry::Typing;
        } else {
            self.change(true);
        }
        if self.question() != question {
            self.scroll = Scroll::default();
        }
        Outcome::Handled
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
            let notes = figures::notes(&breakdown, self.note.as_deref(), usize::from(inner.width), ctx);
            Paragraph::new(notes).render(inner, buf);
        }
        let footer = areas.footer;
        let text = Rect { x: footer.x + 1, width: footer.width.saturating_sub(2), ..footer };
        Paragraph::new(layout::footer_lines(area, ctx)).render(text, buf);
    }

    /// The salary note opened by id, else the level whose figures are shown.
    fn current_item(&self, _ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        self.item()
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
        // The notes of the table, then the two the tab always lists (the pay overlap, the basis).
        let salary = &ctx.kb.salary;
        let text =
            salary.notes.iter().find(|note| note.id == id).map(|note| note.text.as_str()).or_else(|| {
                [(PageText::SALARY_OVERLAP, &salary.overlap_note), (PageText::SALARY_BASIS, &salary.basis)]
                    .into_iter()
                    .find(|(text, _)| text.id == id)
                    .map(|(_, text)| text.as_str())
            });
        if let Some(text) = text {
            self.note = Some(id.to_string());
            let areas = layout::areas(area, ctx, &self.tallest);
            if areas.notes.is_none() {
                // The line the note starts on: the marker, then the note's first words.
                let start: String = text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
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
}

#[cfg(test)]
mod tests;
