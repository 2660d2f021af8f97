//! The boxes form: each box of the chart framed, a parent centred over its children, rows of
//! boxes by depth, what flows between a box and those below it written beside the line that
//! joins them, and each row's level (where it sits) in a margin on the left.

use unicode_width::UnicodeWidthStr;

use super::canvas::Canvas;
use super::{ChartLine, Drawing, Form, Ink, nodes, tag_segments, width as line_width, wrap};
use crate::kb::{ChartNode, OrgChart};

/// Columns between the subtrees of sibling boxes.
const GAP: usize = 2;
/// The widest and narrowest text inside a box; the widest that fits is used.
const TEXT_WIDTHS: [usize; 8] = [36, 32, 28, 24, 21, 18, 15, 12];
/// The widest a level's label in the left margin may be before it wraps.
const LEVEL_WIDTH: usize = 15;

/// A box and the boxes below it. Columns count from the left edge of the whole drawing once
/// laid out; while a subtree is being built, from its own left edge.
struct Boxed<'a> {
    node: &'a ChartNode,
    /// The text inside the frame.
    lines: Vec<ChartLine>,
    /// The frame's width and height (a stack adds one column and one row to these).
    w: usize,
    h: usize,
    /// The frame's left edge, and the column of the lines below and above it.
    x: usize,
    centre: usize,
    /// The subtree's left edge and width.
    left: usize,
    span: usize,
    children: Vec<Boxed<'a>>,
}

impl Boxed<'_> {
    /// Moves the subtree right by `dx`, children included.
    fn shift(&mut self, dx: usize) {
        self.x += dx;
        self.centre += dx;
        self.left += dx;
        for child in &mut self.children {
            child.shift(dx);
        }
    }

    /// The rows the frame takes, a stack's extra row included.
    fn height(&self) -> usize {
        self.h + usize::from(self.node.several)
    }
}

fn layout(node: &ChartNode, text_width: usize) -> Boxed<'_> {
    let mut children = Vec::new();
    let mut next = 0;
    for child in &node.below {
        let mut boxed = layout(child, text_width);
        boxed.shift(next);
        next += boxed.span + GAP;
        children.push(boxed);
    }
    let mut lines = wrap(&[(node.title.as_str(), Ink::Name)], text_width);
    lines.extend(wrap(&[(node.duties.join(" · ").as_str(), Ink::Muted)], text_width));
    let content = lines.iter().map(line_width).max().unwrap_or(0);
    let tag = node.tag().width();
    // Wide enough for the text, and for the line below to join the frame right of the tag.
    let w = (content + 4).max(2 * tag + 6).max(5);
    let h = lines.len() + 2;
    let mut centre = match (children.first(), children.last()) {
        (Some(first), Some(last)) => usize::midpoint(first.centre, last.centre),
        _ => w / 2,
    };
    if centre < w / 2 {
        let dx = w / 2 - centre;
        for child in &mut children {
            child.shift(dx);
        }
        centre += dx;
    }
    let x = centre - w / 2;
    let mut span = children.iter().map(|child| child.left + child.span).max().unwrap_or(0);
    span = span.max(x + w + usize::from(node.several));
    if !children.is_empty() {
        // What flows is written right of the line down: "│ ↓ text".
        let label = node.flows.iter().map(|flow| flow.text.width() + 2).max().unwrap_or(0);
        if label > 0 {
            span = span.max(centre + 2 + label);
        }
    }
    Boxed { node, lines, w, h, x, centre, left: 0, span, children }
}

/// Every box of the subtree with its depth, top first.
fn by_depth<'b, 'a>(boxed: &'b Boxed<'a>, depth: usize, out: &mut Vec<(usize, &'b Boxed<'a>)>) {
    out.push((depth, boxed));
    for child in &boxed.children {
        by_depth(child, depth + 1, out);
    }
}

/// The chart as boxes within `width` columns, with the widest text in the boxes that fits;
/// `None` when even the narrowest boxes do not fit.
pub(super) fn draw(chart: &OrgChart, width: usize) -> Option<Drawing> {
    TEXT_WIDTHS.iter().find_map(|&text_width| draw_at(chart, width, text_width))
}

fn draw_at(chart: &OrgChart, width: usize, text_width: usize) -> Option<Drawing> {
    let root = layout(&chart.top, text_width);
    let mut all = Vec::new();
    by_depth(&root, 0, &mut all);
    let depths = all.iter().map(|(depth, _)| depth + 1).max().unwrap_or(1);
    // Each row's level: the first box at that depth that names one.
    let level_width = nodes(&chart.top)
        .iter()
        .filter_map(|node| node.level.as_deref())
        .map(UnicodeWidthStr::width)
        .max()
        .map_or(0, |widest| widest.min(LEVEL_WIDTH));
    let levels: Vec<Vec<ChartLine>> = (0..depths)
        .map(|depth| {
            all.iter()
                .filter(|(d, _)| *d == depth)
                .find_map(|(_, boxed)| boxed.node.level.as_deref())
                .map(|level| wrap(&[(level, Ink::Muted)], level_width))
                .unwrap_or_default()
        })
        .collect();
    let gutter = if level_width > 0 { level_width + 2 } else { 0 };
    let total = gutter + root.span;
    if total > width {
        return None;
    }
    // Row heights: the tallest box (or level label) of each depth, then the lines below it: one
    // row for each thing that flows, and one where the line splits towards the children.
    let tier: Vec<usize> = (0..depths)
        .map(|depth| {
            let boxes = all.iter().filter(|(d, _)| *d == depth).map(|(_, b)| b.height()).max();
            boxes.unwrap_or(0).max(levels[depth].len() + 1)
        })
        .collect();
    let zone: Vec<usize> = (0..depths)
        .map(|depth| {
            all.iter()
                .filter(|(d, b)| *d == depth && !b.children.is_empty())
                .map(|(_, b)| b.node.flows.len() + 1)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut tops = vec![0; depths];
    for depth in 1..depths {
        tops[depth] = tops[depth - 1] + tier[depth - 1] + zone[depth - 1];
    }
    let height = tops[depths - 1] + tier[depths - 1];
    let mut canvas = Canvas::new(total, height);
    for (depth, lines) in levels.iter().enumerate() {
        for (i, line) in lines.iter().enumerate() {
            let mut x = 0;
            for segment in line {
                canvas.text(x, tops[depth] + 1 + i, &segment.text, segment.ink);
                x += segment.text.width();
            }
        }
    }
    // Lines first, frames over them, so that every joint is merged into the frame.
    let rows = Rows { tops: &tops, tier: &tier, zone: &zone };
    connect(&mut canvas, &all, gutter, &rows);
    for (depth, boxed) in &all {
        frame(&mut canvas, boxed, gutter + boxed.x, tops[*depth]);
    }
    Some(Drawing::new(canvas.lines(), Form::Boxes, chart))
}

/// Where each depth's row of boxes starts, how tall its boxes are, and how many rows the lines
/// below them take.
struct Rows<'a> {
    tops: &'a [usize],
    tier: &'a [usize],
    zone: &'a [usize],
}

/// Draws the lines from each box down to its children, with what flows along them beside the
/// line.
fn connect(canvas: &mut Canvas, all: &[(usize, &Boxed)], gutter: usize, rows: &Rows<'_>) {
    for (depth, boxed) in all {
        if boxed.children.is_empty() {
            continue;
        }
        let centre = gutter + boxed.centre;
        let bottom = rows.tops[*depth] + boxed.h - 1;
        let split = rows.tops[*depth] + rows.tier[*depth] + rows.zone[*depth] - 1;
        canvas.vertical(centre, bottom, split, false, Ink::Line);
        let flows = &boxed.node.flows;
        for (i, flow) in flows.iter().enumerate() {
            let text = format!("{} {}", flow.direction.arrow(), flow.text);
            canvas.text(centre + 2, split - flows.len() + i, &text, Ink::Muted);
        }
        let ends: Vec<usize> = boxed.children.iter().map(|child| gutter + child.centre).collect();
        let low = ends.iter().copied().chain([centre]).min().unwrap_or(centre);
        let high = ends.iter().copied().chain([centre]).max().unwrap_or(centre);
        if low < high {
            canvas.horizontal(low, high, split, false, Ink::Line);
        }
        for (child, end) in boxed.children.iter().zip(ends) {
            canvas.vertical(end, split, split + 1, child.node.optional, Ink::Line);
        }
    }
}

/// Draws one box: a stack behind it when it stands for several, the frame (dashed when the box is
/// not always there, in its role's ink when it has one role), the role tag in the top edge and the
/// text inside.
fn frame(canvas: &mut Canvas, boxed: &Boxed<'_>, x: usize, y: usize) {
    let node = boxed.node;
    let ink = match node.roles.as_slice() {
        [role] => Ink::Role(*role),
        _ => Ink::Line,
    };
    let (w, h) = (boxed.w, boxed.h);
    if node.several {
        // The edges of a second frame peeking out below and to the right.
        canvas.horizontal(x + w - 1, x + w, y + 1, node.optional, ink);
        canvas.vertical(x + w, y + 1, y + h, node.optional, ink);
        canvas.vertical(x + 1, y + h - 1, y + h, node.optional, ink);
        canvas.horizontal(x + 1, x + w, y + h, node.optional, ink);
    }
    canvas.frame(x, y, w, h, node.optional, ink);
    let tag = tag_segments(node);
    if !tag.is_empty() {
        canvas.text(x + 1, y, " ", Ink::Text);
        let mut column = x + 2;
        for segment in &tag {
            canvas.text(column, y, &segment.text, segment.ink);
            column += segment.text.width();
        }
        canvas.text(column, y, " ", Ink::Text);
    }
    for (i, line) in boxed.lines.iter().enumerate() {
        let mut column = x + 2;
        for segment in line {
            canvas.text(column, y + 1 + i, &segment.text, segment.ink);
            column += segment.text.width();
        }
    }
}
