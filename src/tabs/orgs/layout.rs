//! Where the Orgs tab puts things, worked out the same way for drawing and for keys: the size
//! field, one line of models, then the selected model's chart and its description.
//!
//! The chart gets its own pane beside the description when the boxes fit there (a wide
//! terminal), else above it (boxes if they leave the description a few rows, else the outline);
//! when even the outline would crowd the description out, the chart moves into the
//! description's pane and scrolls with it.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use crate::doc::chart::{self, ChartLine, Drawing};
use crate::kb::OrgModel;
use crate::ui::pane;

/// The description keeps at least this many columns beside a chart…
const DETAIL_MIN_WIDTH: u16 = 44;
/// …and at least this many rows (its frame included) below one.
const DETAIL_MIN_HEIGHT: u16 = 7;

/// The chart's pane and what goes in it.
pub(super) struct ChartPane {
    /// The pane.
    pub(super) area: Rect,
    /// The chart's lines (its legend among them when the frame has no room for it).
    pub(super) lines: Vec<ChartLine>,
    /// The widest line.
    pub(super) width: usize,
    /// The legend, when it goes in the bottom edge of the frame.
    pub(super) legend: Option<String>,
}

/// The tab's rectangles.
pub(super) struct Placement {
    pub(super) field: Rect,
    pub(super) strip: Rect,
    /// The chart's pane; `None` when the chart is not drawn in a pane of its own (no chart, or no
    /// room: then it is part of the description).
    pub(super) chart: Option<ChartPane>,
    pub(super) detail: Rect,
}

/// The lines `drawing` takes in a pane `pane_width` wide, the legend in the frame if it fits.
fn fit(drawing: Drawing, pane_width: u16) -> (Vec<ChartLine>, Option<String>) {
    match drawing.legend {
        Some(legend) if legend.width() + 6 <= usize::from(pane_width) => (drawing.lines, Some(legend)),
        _ => (drawing.with_legend(usize::from(pane::inner(Rect::new(0, 0, pane_width, 3)).width)), None),
    }
}

/// The placement of the tab in `area` with `model` selected.
pub(super) fn place(area: Rect, model: Option<&OrgModel>) -> Placement {
    let [field, strip, body] =
        Layout::vertical([Constraint::Length(3), Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let Some(org_chart) = model.and_then(|model| model.chart.as_ref()) else {
        return Placement { field, strip, chart: None, detail: body };
    };
    let room = usize::from(body.height.saturating_sub(DETAIL_MIN_HEIGHT + 2));
    let inner = usize::from(pane::inner(body).width);
    let boxes = chart::boxes(org_chart, inner).map(|drawing| fit(drawing, body.width));
    // Beside the description, when the boxes fit in what it leaves, no taller than they would
    // be above it (narrower boxes would only wrap into more rows), or when they would not fit
    // above it at all.
    let beside = body.width.saturating_sub(DETAIL_MIN_WIDTH + 4);
    if let Some(drawing) = chart::boxes(org_chart, usize::from(beside)) {
        let width = drawing.width as u16 + 4;
        let (lines, legend) = fit(drawing, width);
        let above = boxes.as_ref().map(|(lines, _)| lines.len()).filter(|&height| height <= room);
        if lines.len() + 2 <= usize::from(body.height) && above.is_none_or(|above| lines.len() <= above) {
            let width = lines.iter().map(chart::width).max().unwrap_or(0);
            let [area, detail] =
                Layout::horizontal([Constraint::Length(width as u16 + 4), Constraint::Fill(1)]).areas(body);
            let chart = ChartPane { area, lines, width, legend };
            return Placement { field, strip, chart: Some(chart), detail };
        }
    }
    // Above it, as boxes or as the outline, when it leaves the description its rows.
    let (lines, legend) = match boxes {
        Some((lines, legend)) if lines.len() <= room => (lines, legend),
        _ => fit(chart::outline(org_chart, inner), body.width),
    };
    if lines.len() <= room {
        let width = lines.iter().map(chart::width).max().unwrap_or(0);
        let [area, detail] =
            Layout::vertical([Constraint::Length(lines.len() as u16 + 2), Constraint::Fill(1)]).areas(body);
        let chart = ChartPane { area, lines, width, legend };
        return Placement { field, strip, chart: Some(chart), detail };
    }
    Placement { field, strip, chart: None, detail: body }
}

/// Where the chart goes inside its pane: centred both ways, clipped to the pane.
pub(super) fn centred(pane: &ChartPane) -> Rect {
    let inner = pane::inner(pane.area);
    let width = (pane.width as u16).min(inner.width);
    let height = (pane.lines.len() as u16).min(inner.height);
    Rect { x: inner.x + (inner.width - width) / 2, y: inner.y + (inner.height - height) / 2, width, height }
}
