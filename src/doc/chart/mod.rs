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

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// Greedy word wrap of inked text to `width` columns (at least one word a line; a word wider
/// than the line is cut where it must be). Runs of spaces collapse to one.
fn wrap(spans: &[(&str, Ink)], width: usize) -> Vec<ChartLine> {
    let width = width.max(1);
    let mut words: Vec<(String, Ink, bool)> = Vec::new();
    let mut space_before = false;
    for (text, ink) in spans {
        let mut rest = *text;
        while !rest.is_empty() {
            let trimmed = rest.trim_start();
            space_before |= trimmed.len() < rest.len();
            rest = trimmed;
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if end > 0 {
                words.push((rest[..end].to_string(), *ink, space_before));
                space_before = false;
            }
            rest = &rest[end..];
        }
    }
    let mut lines = Vec::new();
    let mut line: ChartLine = Vec::new();
    let mut used = 0;
    for (word, ink, spaced) in &words {
        let mut word = word.as_str();
        while !word.is_empty() {
            let gap = usize::from(*spaced && used > 0);
            if used > 0 && used + gap + word.width() > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 && *spaced {
                push(&mut line, " ", *ink);
                used += 1;
            }
            if used + word.width() <= width {
                push(&mut line, word, *ink);
                used += word.width();
                break;
            }
            // A word wider than a whole line: cut it at the line's end, one character at least.
            let mut cut = 0;
            let mut cut_width = 0;
            for (index, c) in word.char_indices() {
                let w = UnicodeWidthChar::width(c).unwrap_or(0);
                if cut > 0 && used + cut_width + w > width {
                    break;
                }
                cut = index + c.len_utf8();
                cut_width += w;
            }
            push(&mut line, &word[..cut], *ink);
            lines.push(std::mem::take(&mut line));
            used = 0;
            word = &word[cut..];
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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
