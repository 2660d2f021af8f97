//! Where things go for a body area: the form, the scrolling figures pane, and (when there is room
//! for them whole) separate panes for the chart and the notes, with the footer at the bottom.
//!
//! Whether the chart and the notes get their own panes is decided on the tallest content any
//! inputs can produce (an offer included), not on the current inputs, so the layout never jumps
//! while the user changes a field or types an amount; only a resize changes it. Whatever does not get a pane of its own goes into
//! the figures pane, which scrolls, so nothing is ever cut off.

use std::cell::RefCell;

use ratatui::layout::{Constraint, Layout, Rect};

use super::form::Field;
use super::{chart, figures};
use crate::kb::{Industry, Level, Role};
use crate::salary::{
    Amount, Basis, Company, CostOfLiving, Inputs, MAX_AMOUNT, calculate, figures_source, premium_elsewhere,
};
use crate::tabs::view::Ctx;
use crate::ui::pane;
use crate::ui::wrap::wrap_plain;

/// From this width on, the form and the notes sit left of the figures.
pub(super) const WIDE: u16 = 100;
/// The left column's width in the wide layout: the form's widest row and its frame.
const LEFT_WIDTH: u16 = 46;
/// The form: one row a field and the frame.
pub(super) const FORM_HEIGHT: u16 = Field::ALL.len() as u16 + 2;

/// The rectangles of the tab for one body area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Areas {
    pub form: Rect,
    /// The result, the working and the other role; scrolls, and holds the chart and the notes
    /// when they have no pane of their own.
    pub figures: Rect,
    pub chart: Option<Rect>,
    pub notes: Option<Rect>,
    pub footer: Rect,
    /// A blank line between the chart's levels, when its pane has room for them.
    pub spacer: bool,
}

/// The footer's lines: what the figures are.
pub(super) fn footer_lines(area: Rect, ctx: Ctx<'_>) -> Vec<ratatui::text::Line<'static>> {
    wrap_plain(&figures_source(ctx.kb), ctx.theme.muted, usize::from(area.width.saturating_sub(2)))
}

/// Inputs that between them produce the tallest figures and notes: every step and every note
/// fires for the premium role, and a two-decimal cost of living gives the widest amounts.
fn tallest_inputs() -> Vec<Inputs> {
    let col = CostOfLiving::from_hundredths(-1_234).unwrap_or(CostOfLiving::MIN);
    let mut all = Vec::new();
    for role in Role::ALL {
        for industry in Industry::ALL {
            for level in [Level::Entry, Level::Director] {
                all.push(Inputs { role, level, company: Company::BigTech, industry, col });
                all.push(Inputs { role, level, company: Company::Standard, industry, col });
            }
        }
    }
    all
}

/// The most lines the figures (without the chart) and the notes can take at these widths.
fn tallest(ctx: Ctx<'_>, figures_width: u16, notes_width: u16) -> (usize, usize) {
    let (mut most_figures, mut most_notes) = (0, 0);
    // The notes depend only on which of them applied: each set is laid out once.
    let mut note_sets = Vec::new();
    // The largest amount makes the longest sentence ("$10,000,000 is $9,650,000 above …"), and
    // total compensation, where there is one, the widest range to name in it (it is never below
    // the base).
    let amount = Amount::new(MAX_AMOUNT);
    for inputs in tallest_inputs() {
        let breakdown = calculate(ctx.kb, inputs);
        let other = calculate(ctx.kb, inputs.with_role(inputs.role.other()));
        let basis = if Basis::Total.applies_at(inputs.company) { Basis::Total } else { Basis::Base };
        let offer = figures::Offer { amount, basis, unfinished: false };
        most_figures =
            most_figures.max(figures::main(&breakdown, &other, offer, usize::from(figures_width), ctx).len());
        // The notes, and the sentence saying the industry premium is another role's.
        let mut applied: Vec<String> = breakdown.notes.iter().map(|note| note.id.clone()).collect();
        if premium_elsewhere(ctx.kb, inputs).is_some() {
            applied.push(String::new());
        }
        if !note_sets.contains(&applied) {
            most_notes =
                most_notes.max(figures::notes(&breakdown, None, usize::from(notes_width), ctx).len());
            note_sets.push(applied);
        }
    }
    (most_figures, most_notes)
}

/// A memo of [`tallest`] by widths. Working it out lays out every kind of question (about a
/// millisecond), and it only changes with the widths, that is with the terminal's size, so it
/// is remembered rather than redone on every key. It is not state: forgetting it changes
/// nothing but the time taken. It assumes one knowledge base per tab, as in the app.
#[derive(Debug, Clone, Default)]
pub(super) struct Tallest {
    known: RefCell<Vec<(Widths, Heights)>>,
}

/// The figures pane's and the notes pane's text widths.
type Widths = (u16, u16);
/// The most lines of figures and of notes at some widths.
type Heights = (usize, usize);

/// How many sizes the memo keeps (a resize leaves a few behind).
const REMEMBERED: usize = 4;

impl Tallest {
    fn get(&self, ctx: Ctx<'_>, figures_width: u16, notes_width: u16) -> (usize, usize) {
        let widths = (figures_width, notes_width);
        if let Some(&(_, heights)) = self.known.borrow().iter().find(|(known, _)| *known == widths) {
            return heights;
        }
        let heights = tallest(ctx, figures_width, notes_width);
        let mut known = self.known.borrow_mut();
        if known.len() == REMEMBERED {
            known.remove(0);
        }
        known.push((widths, heights));
        heights
    }
}

/// The layout of the tab in `area`.
pub(super) fn areas(area: Rect, ctx: Ctx<'_>, tallest: &Tallest) -> Areas {
    let footer_height = (footer_lines(area, ctx).len() as u16).max(1);
    let [main, footer] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(footer_height)]).areas(area);
    if area.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Length(LEFT_WIDTH), Constraint::Fill(1)]).areas(main);
        let [form, notes] =
            Layout::vertical([Constraint::Length(FORM_HEIGHT), Constraint::Fill(1)]).areas(left);
        let (most_figures, most_notes) = tallest.get(ctx, pane::inner(right).width, pane::inner(notes).width);
        if usize::from(notes.height) >= most_notes + 2 {
            let levels = ctx.kb.salary.levels.len();
            let chart_height = chart::height(levels) + 2;
            let figures_height = most_figures + 2;
            let room = usize::from(right.height);
            if room >= figures_height + chart_height {
                let spacer = room >= figures_height + chart_height + levels.saturating_sub(1);
                let chart_height = chart_height + if spacer { levels.saturating_sub(1) } else { 0 };
                let [figures, chart] =
                    Layout::vertical([Constraint::Fill(1), Constraint::Length(chart_height as u16)])
                        .areas(right);
                return Areas { form, figures, chart: Some(chart), notes: Some(notes), footer, spacer };
            }
            return Areas { form, figures: right, chart: None, notes: Some(notes), footer, spacer: false };
        }
    }
    let [form, figures] =
        Layout::vertical([Constraint::Length(FORM_HEIGHT), Constraint::Fill(1)]).areas(main);
    Areas { form, figures, chart: None, notes: None, footer, spacer: false }
}
