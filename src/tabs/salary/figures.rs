//! The figures as styled lines: the result (with where the offer sits, when there is one), the
//! working step by step, the other role's figures for the same inputs, and the notes. Every
//! number and sentence comes from the calculator ([`crate::salary`]); this module only lays them
//! out.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::kb::PageText;
use crate::salary::{
    Amount, Basis, Breakdown, Estimate, MIN_COLUMN, NOT_ESTIMATED, Outcome, Part, ROUNDING, WholeRange,
    place_in, premium_elsewhere, working_lines,
};
use crate::tabs::view::Ctx;
use crate::ui::wrap::{wrap, wrap_plain};

/// The label column of the result ("Total compensation" and two spaces).
const RESULT_LABEL: usize = 20;

/// `label` padded to `column`, then `value` wrapped to `width` and hanging under itself; too
/// narrow for that, the value goes under the label, indented.
fn hanging(label: Span<'static>, column: usize, value: &[Span<'_>], width: usize) -> Vec<Line<'static>> {
    if width >= column + MIN_COLUMN {
        let padded = Span::styled(format!("{:<column$}", label.content), label.style);
        wrap(value, width, padded, &" ".repeat(column))
    } else {
        let mut lines = vec![Line::from(label)];
        lines.extend(wrap(value, width, Span::raw("    "), "    "));
        lines
    }
}

/// A whole-dollar range, with its open end marked.
fn range_span(range: WholeRange, style: Style) -> Span<'static> {
    Span::styled(range.to_string(), style)
}

/// The offer as the figures show it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Offer {
    /// The amount to place, if any.
    pub amount: Option<Amount>,
    /// What it is compared with (the basis that applies to the inputs).
    pub basis: Basis,
    /// Whether an offer is being typed that is not an amount yet.
    pub unfinished: bool,
}

/// Where the offer sits in the breakdown's range, as a labelled sentence ("Offer vs base").
fn offer_lines(breakdown: &Breakdown, offer: Offer, width: usize, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let label = Span::styled(format!("Offer vs {}", offer.basis.key()), theme.label);
    match offer.amount {
        Some(amount) => match place_in(breakdown, amount, offer.basis) {
            Some(placement) => {
                hanging(label, RESULT_LABEL, &[Span::styled(placement.sentence(), theme.text)], width)
            }
            None => Vec::new(),
        },
        None if offer.unfinished => {
            hanging(label, RESULT_LABEL, &[Span::styled(super::offer::NOT_YET, theme.muted)], width)
        }
        None => Vec::new(),
    }
}

/// Base and total, or "not available" with the knowledge base's reason; then where the offer
/// sits, when there is one.
pub(super) fn result(breakdown: &Breakdown, offer: Offer, width: usize, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let role = theme.role(breakdown.inputs.role).patch(theme.label);
    match &breakdown.outcome {
        Outcome::Unavailable { reason } => {
            let mut lines = wrap_plain(&breakdown.not_available().unwrap_or_default(), theme.emphasis, width);
            lines.extend(wrap_plain(reason, theme.text, width));
            lines
        }
        Outcome::Available(estimate) => {
            let label = |text: &str| Span::styled(text.to_string(), theme.label);
            let mut lines = hanging(
                label("Base salary"),
                RESULT_LABEL,
                &[range_span(estimate.base_dollars(), role)],
                width,
            );
            let total = match estimate.total_dollars() {
                Some(total) => range_span(total, role),
                None => Span::styled(NOT_ESTIMATED, theme.muted),
            };
            lines.extend(hanging(label("Total compensation"), RESULT_LABEL, &[total], width));
            lines.extend(offer_lines(breakdown, offer, width, ctx));
            lines
        }
    }
}

/// The working, laid out as `pmpo salary` lays it out ([`working_lines`]), each piece styled;
/// then how the figures are rounded.
pub(super) fn working(estimate: &Estimate, width: usize, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let style = |part| match part {
        Part::Indent | Part::Label => theme.text,
        Part::Range => theme.label,
        Part::Factors => theme.muted,
    };
    let mut lines: Vec<Line<'static>> = working_lines(estimate, width)
        .into_iter()
        .map(|line| {
            Line::from(
                line.into_iter().map(|(part, text)| Span::styled(text, style(part))).collect::<Vec<_>>(),
            )
        })
        .collect();
    lines.extend(wrap_plain(ROUNDING, theme.muted, width));
    lines
}

/// The chosen role's result and working, then the other role's figures for the same inputs;
/// both with where the offer sits.
pub(super) fn main(
    breakdown: &Breakdown,
    other: &Breakdown,
    offer: Offer,
    width: usize,
    ctx: Ctx<'_>,
) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let mut lines = result(breakdown, offer, width, ctx);
    if let Some(estimate) = breakdown.estimate() {
        lines.push(Line::default());
        lines.push(Line::styled("Working", theme.heading));
        lines.extend(working(estimate, width, ctx));
    }
    lines.push(Line::default());
    let role = other.inputs.role;
    lines.extend(wrap(
        &[
            Span::styled(role.title(), theme.role(role).patch(theme.heading)),
            Span::styled(", same inputs", theme.heading),
        ],
        width,
        Span::raw(""),
        "",
    ));
    // "Not an amount yet" is said once, under the chosen role.
    lines.extend(result(other, Offer { unfinished: false, ..offer }, width, ctx));
    lines
}

/// The notes that applied, then the ones that qualify every figure and what the figures are.
/// The note `pinned` (opened by id: a search hit, a bookmark) is marked, and listed even when
/// it does not apply to these inputs.
pub(super) fn notes(
    breakdown: &Breakdown,
    pinned: Option<&str>,
    width: usize,
    ctx: Ctx<'_>,
) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let bullet = |text: &str, id: Option<&str>| {
        let marker = if id.is_some() && id == pinned {
            Span::styled("▶ ", theme.selection)
        } else {
            Span::styled("• ", theme.muted)
        };
        wrap(&[Span::raw(text.to_string())], width, marker, "  ")
    };
    let mut lines = vec![Line::styled("Notes that applied", theme.heading)];
    // An industry the premium is not for is said here, where its note would have been.
    let elsewhere = premium_elsewhere(ctx.kb, breakdown.inputs);
    if breakdown.notes.is_empty() && elsewhere.is_none() {
        lines.extend(wrap_plain("None for these inputs.", theme.muted, width));
    }
    for note in &breakdown.notes {
        lines.extend(bullet(&note.text, Some(&note.id)));
    }
    if let Some(why) = elsewhere {
        lines.extend(bullet(&why, None));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Also worth knowing", theme.heading));
    let listed = |id: &str| breakdown.notes.iter().chain(&breakdown.general_notes).any(|note| note.id == id);
    if let Some(note) =
        pinned.filter(|id| !listed(id)).and_then(|id| ctx.kb.salary.notes.iter().find(|n| n.id == id))
    {
        lines.extend(bullet(&format!("{} (not for these inputs)", note.text), Some(&note.id)));
    }
    for note in &breakdown.general_notes {
        lines.extend(bullet(&note.text, Some(&note.id)));
    }
    lines.extend(bullet(&ctx.kb.salary.overlap_note, Some(PageText::SALARY_OVERLAP.id)));
    lines.extend(bullet(&ctx.kb.salary.basis, Some(PageText::SALARY_BASIS.id)));
    lines
}
