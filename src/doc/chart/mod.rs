//! Org charts laid out as text, once, for `pmpo show orgs` and the Orgs tab alike.
//!
//! Two forms: [`Form::Boxes`] draws each box of the chart with box-drawing characters, joined by
//! lines, what flows between the boxes written beside the lines and each row's level in a left
//! margin; [`Form::Outline`] writes the same tree one box to a line, for widths the boxes do not
//! fit and for panes too short for them. [`draw`] picks the boxes when they fit.
//!
//! Nothing here knows colours: every piece of text carries an [`Ink`] (a role, a name, a line),
//! which the app turns into a theme style and plain text ignores. A role is always written as a
//! `PM` / `PO` / `PM+PO` tag too, so the chart reads the same without colour.

mod boxes;
mod canvas;
mod outline;

use unicode_width::UnicodeWidthStr;

use super::wrap::{Sink, wrap_into};

use crate::kb::{ChartNode, OrgChart, Role};

/// What a piece of a chart is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Ordinary text.
    Text,
    /// Secondary text: duties in a box, what flows, levels, the legend.
    Muted,
    /// Who sits in a box.
    Name,
    /// Lines and the frames of boxes without a role.
    Line,
    /// The frame of a box held by this role.
    Role(Role),
    /// The role's tag (`PM`, `PO`).
    Tag(Role),
}

/// A run of text in one ink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// How it is meant to look.
    pub ink: Ink,
}

/// One line of a drawn chart.
pub type ChartLine = Vec<Segment>;

/// Which form a chart was drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Boxes joined by lines.
    Boxes,
    /// One box to a line, as an indented tree.
    Outline,
}

/// A chart laid out for one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    /// The lines, top to bottom, without trailing blanks and without the legend.
    pub lines: Vec<ChartLine>,
    /// The widest line's display width.
    pub width: usize,
    /// The form used.
    pub form: Form,
    /// What the dashed and stacked boxes mean, when the chart has any: a pane can put it in its
    /// frame, a document under the chart ([`Drawing::with_legend`]).
    pub legend: Option<String>,
}

impl Drawing {
    fn new(lines: Vec<ChartLine>, form: Form, chart: &OrgChart) -> Drawing {
        let width = lines.iter().map(width).max().unwrap_or(0);
        let legend = legend(chart);
        let legend = (!legend.is_empty()).then(|| legend.join(" · "));
        Drawing { lines, width, form, legend }
    }

    /// The lines with the legend wrapped under them, to `width` columns.
    pub fn with_legend(&self, width: usize) -> Vec<ChartLine> {
        let mut lines = self.lines.clone();
        if let Some(legend) = &self.legend {
            lines.extend(wrap(&[(legend.as_str(), Ink::Muted)], width));
        }
        lines
    }
}

/// Chart lines as plain text.
pub fn plain(lines: &[ChartLine]) -> Vec<String> {
    lines.iter().map(|line| line.iter().map(|segment| segment.text.as_str()).collect()).collect()
}

/// The display width of a line.
pub fn width(line: &ChartLine) -> usize {
    line.iter().map(|segment| segment.text.width()).sum()
}

/// `chart` laid out within `width` columns: as boxes when they fit the width (and, when given,
/// `max_height` rows), else as an outline.
pub fn draw(chart: &OrgChart, width: usize, max_height: Option<usize>) -> Drawing {
    boxes::draw(chart, width)
        .filter(|drawing| max_height.is_none_or(|height| drawing.lines.len() <= height))
        .unwrap_or_else(|| outline::draw(chart, width))
}

/// `chart` as boxes, if they fit `width` columns at all.
pub fn boxes(chart: &OrgChart, width: usize) -> Option<Drawing> {
    boxes::draw(chart, width)
}

/// `chart` as an outline at `width` columns.
pub fn outline(chart: &OrgChart, width: usize) -> Drawing {
    outline::draw(chart, width)
}

/// Every box of the chart, top first, depth first.
fn nodes(node: &ChartNode) -> Vec<&ChartNode> {
    let mut out = vec![node];
    for child in &node.below {
        out.extend(nodes(child));
    }
    out
}

/// The legend line's parts for the kinds of box the chart uses: dashed and stacked boxes.
fn legend(chart: &OrgChart) -> Vec<&'static str> {
    let all = nodes(&chart.top);
    let mut parts = Vec::new();
    if all.iter().any(|node| node.optional) {
        parts.push("┄ dashed: not always there");
    }
    if all.iter().any(|node| node.several) {
        parts.push("stacked: several alike");
    }
    parts
}

/// The role tag of `node` as segments, each role in its own ink (`PM`, `+`, `PO`).
fn tag_segments(node: &ChartNode) -> Vec<Segment> {
    let mut segments = Vec::new();
    for (i, role) in node.roles.iter().enumerate() {
        if i > 0 {
            segments.push(Segment { text: "+".to_string(), ink: Ink::Line });
        }
        segments.push(Segment { text: role.abbreviation().to_string(), ink: Ink::Tag(*role) });
    }
    segments
}

/// Inked text wrapped to `width` columns by pmpo's one wrapping policy ([`super::wrap`]); no
/// lines for no text.
fn wrap(spans: &[(&str, Ink)], width: usize) -> Vec<ChartLine> {
    if spans.iter().all(|(text, _)| text.trim().is_empty()) {
        return Vec::new();
    }
    let mut sink = Inked { lines: Vec::new(), spaces: 0 };
    let chars = spans.iter().flat_map(|&(text, ink)| text.chars().map(move |c| (c, ink)));
    wrap_into(chars, width, (0, 0), &mut sink);
    sink.lines
}

/// Builds chart lines from wrapped characters.
struct Inked {
    lines: Vec<ChartLine>,
    /// Spaces due before the next character, in that character's ink (so a role's tag stays a
    /// segment of its own).
    spaces: usize,
}

impl Sink for Inked {
    type Attr = Ink;

    fn start(&mut self, _first: bool) {
        self.lines.push(Vec::new());
    }

    fn push(&mut self, c: char, ink: Ink) {
        if let Some(line) = self.lines.last_mut() {
            let spaces = std::mem::take(&mut self.spaces);
            if spaces > 0 {
                push(line, &" ".repeat(spaces), ink);
            }
            push(line, c.encode_utf8(&mut [0; 4]), ink);
        }
    }

    fn space(&mut self) {
        self.spaces += 1;
    }

    fn end(&mut self) {}
}

/// Appends `text` to `line`, joining it to the last segment when the ink is the same.
fn push(line: &mut ChartLine, text: &str, ink: Ink) {
    match line.last_mut() {
        Some(last) if last.ink == ink => last.text.push_str(text),
        _ => line.push(Segment { text: text.to_string(), ink }),
    }
}

#[cfg(test)]
mod tests;
