//! Both roles' ranges at every level on one dollar axis (base salary, or total compensation when
//! the offer is compared with it): a bar from low to high per role and level, "▸+" where the
//! source leaves the top open, "n/a" where a role has no band, and the chosen level and role
//! marked with "▶" (so the mark survives `NO_COLOR`). An offer is a vertical line at its amount
//! ([`super::marker`]) and a "✓" beside every band that holds it; an amount beyond the axis is
//! named in the legend instead, so that typing an amount never rescales the bars.
//!
//! Positions are worked out from whole dollars with integer arithmetic, so a bar's ends do not
//! wobble between runs and are the same in tests and on screen.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::marker::{self, LINE, ON_AXIS};
use crate::kb::{Level, Role};
use crate::salary::{Amount, Basis, Inputs, LevelFigures, Verdict, WholeRange, across_levels, place};
use crate::tabs::view::Ctx;

/// Columns kept free right of the axis for an open end's "▸+".
const OPEN_END: usize = 2;
/// The narrowest the bars may be and still show the figures beside them.
const MIN_BARS_WITH_FIGURES: usize = 40;
/// Round steps between axis ticks, in dollars, smallest first.
const STEPS: [u64; 9] = [5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000];
/// The least space between two ticks; labels that would touch the one before are left out.
const TICK_SPACING: usize = 6;

/// Where an offer sits on the chart: the amount, and the column of its line when on the axis.
#[derive(Debug, Clone, Copy)]
struct Marker {
    amount: Amount,
    column: Option<usize>,
}

/// The chart's title, as a pane title or as a heading in the figures.
pub(super) fn title(basis: Basis) -> &'static str {
    match basis {
        Basis::Base => "Base salary by level, both roles, same inputs",
        Basis::Total => "Total compensation by level, both roles, same inputs",
    }
}

/// The chart's height in lines for the knowledge base's levels, without spacers.
pub(super) fn height(levels: usize) -> usize {
    // Axis labels and the axis, two rows a level, the legend.
    2 + 2 * levels + 1
}

/// An axis from `low` to `high` dollars over `columns` columns.
#[derive(Debug, Clone, Copy)]
struct Axis {
    low: u64,
    high: u64,
    step: u64,
    columns: usize,
}

impl Axis {
    /// A round axis around `min`–`max` whose ticks are at least [`TICK_SPACING`] columns apart.
    fn new(min: u64, max: u64, columns: usize) -> Axis {
        let columns = columns.max(2);
        let mut axis = Axis { low: 0, high: 0, step: STEPS[STEPS.len() - 1], columns };
        for step in STEPS {
            let (low, high) = (min / step * step, max.div_ceil(step) * step);
            let ticks = ((high - low) / step).max(1) as usize;
            axis = Axis { low, high: high.max(low + step), step, columns };
            if (columns - 1) / ticks >= TICK_SPACING {
                break;
            }
        }
        axis
    }

    /// The column of `dollars`, rounded to the nearest.
    fn column(self, dollars: u64) -> usize {
        let span = self.high - self.low;
        let offset = dollars.clamp(self.low, self.high) - self.low;
        let last = (self.columns - 1) as u64;
        ((offset * last + span / 2) / span) as usize
    }

    fn ticks(self) -> impl Iterator<Item = u64> {
        (self.low..=self.high).step_by(self.step as usize)
    }
}

/// "$150K", or "$1.5M" from a million up.
fn short(dollars: u64) -> String {
    if dollars == 0 {
        "$0".to_string()
    } else if dollars >= 1_000_000 && dollars.is_multiple_of(100_000) {
        let tenths = dollars / 100_000;
        if tenths.is_multiple_of(10) {
            format!("${}M", tenths / 10)
        } else {
            format!("${}.{}M", tenths / 10, tenths % 10)
        }
    } else {
        format!("${}K", dollars / 1_000)
    }
}

/// The chart's lines at `width` for `inputs`, of the ranges `basis` compares with, with `amount`
/// drawn when there is one; `spacer` puts a blank line between levels.
pub(super) fn lines(
    inputs: Inputs,
    basis: Basis,
    amount: Option<Amount>,
    width: usize,
    spacer: bool,
    ctx: Ctx<'_>,
) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let levels = across_levels(ctx.kb, inputs);
    let base =
        |figures: &LevelFigures, role: Role| figures.roles.get(role).estimate().and_then(|e| basis.range(e));
    let ranges: Vec<WholeRange> =
        levels.iter().flat_map(|f| Role::ALL.map(|role| base(f, role))).flatten().collect();
    let names: Vec<&str> = levels.iter().map(|f| ctx.kb.salary.level_name(f.level)).collect();
    let name_width = names.iter().map(|name| name.width()).max().unwrap_or(0);
    // "▶ " + the level's name + " PM " + the "✓" of a band that holds the offer + " ".
    let prefix = 2 + name_width + 4 + 2;
    let figures_width = ranges.iter().map(|range| range.to_string().width()).max().unwrap_or(0) + 1;
    let room = width.saturating_sub(prefix + OPEN_END);
    let show_figures = room >= MIN_BARS_WITH_FIGURES + figures_width;
    let columns = if show_figures { room - figures_width } else { room }.max(2);
    let min = ranges.iter().map(|range| range.low).min().unwrap_or(0);
    let max = ranges.iter().map(|range| range.high).max().unwrap_or(1);
    let axis = Axis::new(min, max, columns);
    let offer = amount.map(|amount| {
        let dollars = amount.dollars();
        let on_axis = (axis.low..=axis.high).contains(&dollars);
        Marker { amount, column: on_axis.then(|| prefix + axis.column(dollars)) }
    });
    // The line over a row, when the offer is on the axis.
    let cross = |line: Line<'static>, glyph| match offer.and_then(|offer| offer.column) {
        Some(column) => marker::overlay(line, column, glyph, theme.emphasis),
        None => line,
    };

    let mut holding = false;
    let mut lines = axis_lines(axis, prefix, width, theme.muted, theme.border);
    if let Some(rule) = lines.pop() {
        lines.push(cross(rule, ON_AXIS));
    }
    for (figures, name) in levels.iter().zip(names) {
        for role in Role::ALL {
            let chosen = figures.level == inputs.level && role == inputs.role;
            let marker = if chosen { Span::styled("▶", theme.label) } else { Span::raw(" ") };
            let name = if role == Role::Pm { name } else { "" };
            let level_style = if figures.level == inputs.level { theme.selection } else { theme.label };
            let mut spans = vec![
                marker,
                Span::raw(" "),
                Span::styled(name.to_string(), level_style),
                Span::raw(" ".repeat(name_width - name.width())),
                Span::styled(format!(" {} ", role.abbreviation()), theme.role(role).patch(theme.label)),
            ];
            let range = base(figures, role);
            let holds = offer.zip(range).is_some_and(|(o, r)| place(o.amount, r).verdict == Verdict::Within);
            holding |= holds;
            spans.push(if holds { Span::styled("✓ ", theme.emphasis) } else { Span::raw("  ") });
            let style = if chosen { theme.role(role).patch(theme.label) } else { theme.role(role) };
            match range {
                Some(range) => {
                    spans.extend(bar(axis, range, style, theme.border));
                    if show_figures {
                        let figure_style = if chosen { theme.label } else { theme.muted };
                        spans.push(Span::styled(format!(" {range}"), figure_style));
                    }
                }
                None => spans.push(Span::styled("n/a", theme.muted)),
            }
            lines.push(cross(Line::from(spans), LINE));
        }
        if spacer && figures.level != Level::ALL[Level::ALL.len() - 1] {
            // The track without a bar: the ticks run on between the levels.
            let empty = track(axis, 0, axis.columns + OPEN_END);
            let line = Line::from(vec![Span::raw(" ".repeat(prefix)), Span::styled(empty, theme.border)]);
            lines.push(cross(line, LINE));
        }
    }
    lines.push(legend(theme, offer, holding, axis, width));
    lines
}

/// The tick labels and the axis rule, starting at column `prefix`; labels stay within `width`.
fn axis_lines(axis: Axis, prefix: usize, width: usize, label: Style, rule: Style) -> Vec<Line<'static>> {
    let mut labels = " ".repeat(prefix);
    let mut marks: Vec<char> = "─".repeat(axis.columns).chars().collect();
    let mut free = prefix;
    for tick in axis.ticks() {
        let column = axis.column(tick);
        marks[column] = if column == 0 {
            '├'
        } else if column + 1 == axis.columns {
            '┤'
        } else {
            '┼'
        };
        let text = short(tick);
        let at = prefix + column;
        if at >= free && at + text.width() <= width {
            labels.push_str(&" ".repeat(at - labels.width()));
            labels.push_str(&text);
            free = at + text.width() + 1;
        }
    }
    let marks: String = marks.into_iter().collect();
    vec![
        Line::styled(labels, label),
        Line::from(vec![Span::raw(" ".repeat(prefix)), Span::styled(marks, rule)]),
    ]
}

/// A range as a bar from its low to its high column, with "▸+" when open-ended, on a track that
/// shows the ticks; always the axis's width and the open end's.
fn bar(axis: Axis, range: WholeRange, style: Style, rule: Style) -> Vec<Span<'static>> {
    let (start, end) = (axis.column(range.low), axis.column(range.high).max(axis.column(range.low)));
    let mut spans =
        vec![Span::styled(track(axis, 0, start), rule), Span::styled("█".repeat(end - start + 1), style)];
    let mut after = end + 1;
    if range.open_ended {
        spans.push(Span::styled("▸+", style));
        after += OPEN_END;
    }
    spans.push(Span::styled(track(axis, after, axis.columns + OPEN_END), rule));
    spans
}

/// Columns `from..to` of an empty row: blank but for a faint mark under each tick.
fn track(axis: Axis, from: usize, to: usize) -> String {
    let ticks: Vec<usize> = axis.ticks().map(|tick| axis.column(tick)).collect();
    (from..to).map(|column| if ticks.contains(&column) { '┊' } else { ' ' }).collect()
}

/// What the marks mean; with an offer, its line and the mark of the bands that hold it first
/// (they matter most and the legend drops what does not fit from the end).
fn legend(
    theme: &crate::ui::Theme,
    marker: Option<Marker>,
    holding: bool,
    axis: Axis,
    width: usize,
) -> Line<'static> {
    let mut parts: Vec<(Span<'static>, String)> = Vec::new();
    if let Some(marker) = marker {
        let amount = marker.amount;
        let side = if amount.dollars() < axis.low { "left" } else { "right" };
        match marker.column {
            Some(_) => parts.push((Span::styled(LINE.to_string(), theme.emphasis), format!(" {amount}  "))),
            None => parts
                .push((Span::styled(format!("{amount} is {side} of the axis"), theme.emphasis), "  ".into())),
        }
        if holding {
            parts.push((Span::styled("✓", theme.emphasis), " holds it  ".to_string()));
        }
    }
    parts.extend([
        (Span::styled("█ PM", theme.pm), " ".to_string()),
        (Span::styled("█ PO", theme.po), "  ".to_string()),
        (Span::styled("▸+", theme.label), " open-ended  ".to_string()),
        (Span::styled("n/a", theme.label), " no band  ".to_string()),
        (Span::styled("▶", theme.label), " your choice".to_string()),
    ]);
    let mut spans = Vec::new();
    let mut used = 0;
    for (mark, text) in parts {
        let more = mark.width() + text.width();
        if used + more > width {
            break;
        }
        used += more;
        spans.push(mark);
        spans.push(Span::styled(text, theme.muted));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_is_round_and_its_ticks_are_apart() {
        // 80,000–350,000 over 60 columns: steps of 50,000 give 6 ticks 59 / 6 = 9.8 columns apart, the
        // first step that leaves at least 6 (25,000 would give 11 ticks 59 / 11 = 5.4 apart).
        let axis = Axis::new(80_000, 350_000, 60);
        assert_eq!((axis.low, axis.high, axis.step), (50_000, 350_000, 50_000));
        assert_eq!(axis.column(50_000), 0);
        assert_eq!(axis.column(350_000), 59);
        // 200,000 is half way: 150,000 / 300,000 × 59 = 29.5, rounded half up to 30.
        assert_eq!(axis.column(200_000), 30);
    }

    #[test]
    fn short_labels() {
        assert_eq!(short(150_000), "$150K");
        assert_eq!(short(1_000_000), "$1M");
        assert_eq!(short(1_500_000), "$1.5M");
    }

    #[test]
    fn an_open_end_is_marked() {
        let axis = Axis::new(100_000, 200_000, 21);
        let spans = bar(
            axis,
            WholeRange { low: 150_000, high: 200_000, open_ended: true },
            Style::new(),
            Style::new(),
        );
        let text: String = spans.iter().map(|span| span.content.to_string()).collect();
        // 100,000 to 200,000 over 21 columns: 150,000 is column 10, 200,000 column 20.
        assert_eq!(text.chars().count(), 21 + OPEN_END);
        assert!(text.ends_with("███▸+"), "{text:?}");
        assert_eq!(text.chars().filter(|&c| c == '█').count(), 11);
    }
}
