//! The outline form: the chart as an indented tree, one box to an entry (its tag, who sits
//! there, its level and what it does), what flows written under the box it flows from, or on
//! the joint itself when it flows to a single box with nothing below. Fits any width down to
//! `pmpo show`'s narrowest and takes far fewer rows than the boxes.

use unicode_width::UnicodeWidthStr;

use super::{ChartLine, Drawing, Form, Ink, Segment, push, tag_segments, wrap};
use crate::kb::{ChartNode, OrgChart};

/// Text never wraps narrower than this, however deep the tree: lines then run past the width
/// rather than into a column of single words.
const MIN_TEXT: usize = 10;

/// The chart as an outline wrapped to `width` columns.
pub(super) fn draw(chart: &OrgChart, width: usize) -> Drawing {
    let mut lines = Vec::new();
    let first = if chart.top.optional { "┄ " } else { "" };
    entry(&chart.top, Vec::new(), first, "", width, &mut lines);
    Drawing::new(lines, Form::Outline, chart)
}

/// A line that starts with the tree's lines `prefix`, then `rest`.
fn prefixed(prefix: &str, rest: ChartLine) -> ChartLine {
    let mut line = Vec::new();
    if !prefix.is_empty() {
        push(&mut line, prefix, Ink::Line);
    }
    for segment in rest {
        push(&mut line, &segment.text, segment.ink);
    }
    line
}

/// What flows down from `node`, each with its arrow.
fn flows(node: &ChartNode) -> Vec<String> {
    node.flows.iter().map(|flow| format!("{} {}", flow.direction.arrow(), flow.text)).collect()
}

/// One box and, under it, what flows down and the boxes below. `lead` comes before the box's
/// own text (what flows into it); `first` starts its first line, `rest` every later line of it
/// and of its subtree.
fn entry(
    node: &ChartNode,
    lead: Vec<(String, Ink)>,
    first: &str,
    rest: &str,
    width: usize,
    out: &mut Vec<ChartLine>,
) {
    let mut spans = lead;
    spans.extend(tag_segments(node).into_iter().map(|Segment { text, ink }| (text, ink)));
    if !node.roles.is_empty() {
        spans.push((" ".to_string(), Ink::Text));
    }
    spans.push((node.title.clone(), Ink::Name));
    if let Some(level) = &node.level {
        spans.push((format!(" ({level})"), Ink::Muted));
    }
    if !node.duties.is_empty() {
        spans.push((format!(": {}", node.duties.join(", ")), Ink::Text));
    }
    let spans: Vec<(&str, Ink)> = spans.iter().map(|(text, ink)| (text.as_str(), *ink)).collect();
    let has_children = !node.below.is_empty();
    let under = if has_children { format!("{rest}│  ") } else { rest.to_string() };
    let text_width = width.saturating_sub(under.width().max(first.width())).max(MIN_TEXT);
    for (i, line) in wrap(&spans, text_width).into_iter().enumerate() {
        out.push(prefixed(if i == 0 { first } else { &under }, line));
    }
    let flows = flows(node);
    // A single box with nothing below it takes what flows on its own line: "└─ ↕ works with: …".
    let inline = matches!(node.below.as_slice(), [only] if only.below.is_empty()) && !flows.is_empty();
    let trunk = format!("{rest}│ ");
    let together = flows.join(" · ");
    if inline {
        // Written on the joint below.
    } else if !flows.is_empty() && trunk.width() + together.width() <= width {
        out.push(prefixed(&trunk, vec![Segment { text: together.clone(), ink: Ink::Muted }]));
    } else {
        for flow in &flows {
            let room = width.saturating_sub(trunk.width()).max(MIN_TEXT);
            for line in wrap(&[(flow.as_str(), Ink::Muted)], room) {
                out.push(prefixed(&trunk, line));
            }
        }
    }
    for (i, child) in node.below.iter().enumerate() {
        let last = i + 1 == node.below.len();
        let joint = match (last, child.optional) {
            (false, false) => "├─ ",
            (true, false) => "└─ ",
            (false, true) => "├┄ ",
            (true, true) => "└┄ ",
        };
        let lead = if inline { vec![(format!("{together}: "), Ink::Muted)] } else { Vec::new() };
        let child_rest = format!("{rest}{}", if last { "   " } else { "│  " });
        entry(child, lead, &format!("{rest}{joint}"), &child_rest, width, out);
    }
}
