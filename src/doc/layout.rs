//! A document laid out at a width: the lines, what each piece of a line is (a heading, a label,
//! a bullet...), and the line each anchored item starts on. The app's reading panes style these
//! lines with the theme and `pmpo show` prints them, so both break every line at the same place.

use unicode_width::UnicodeWidthStr;

use super::block::{Block, Doc};
use super::chart::{self, Ink};
use super::wrap::{Sink, wrap_into};

/// What a piece of a line is; the renderer picks its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The document's title.
    Title,
    /// A section heading.
    Heading,
    /// Ordinary text.
    Text,
    /// A label before its text, a table row's name.
    Label,
    /// A bullet, a number, an indent.
    Marker,
    /// A piece of an org chart.
    Chart(Ink),
    /// The mark of the user's own words: a note's heading and the bar beside its text.
    Note,
}

/// One line: its pieces, and the block of the document it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    /// The index of the block in [`Doc::blocks`] that produced the line.
    pub block: usize,
    /// The text, in pieces of one role each; empty for a blank line.
    pub pieces: Vec<(Role, String)>,
}

impl DocLine {
    /// The line's text.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|(_, text)| text.as_str()).collect()
    }

    fn is_blank(&self) -> bool {
        self.pieces.iter().all(|(_, text)| text.is_empty())
    }
}

/// A document laid out for one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Laid {
    /// The lines, top to bottom.
    pub lines: Vec<DocLine>,
    /// Each anchored item's id and the line it starts on, in document order.
    pub anchors: Vec<(String, usize)>,
}

/// Lays `doc` out at `width` columns. A heading sits right on top of its text; other blocks are
/// separated as they ask (paragraphs by a blank line).
pub fn layout(doc: &Doc, width: usize) -> Laid {
    let mut out = Laid::default();
    let mut pending: Vec<&str> = Vec::new();
    let mut after_heading = false;
    for (index, block) in doc.blocks.iter().enumerate() {
        let before = out.lines.len();
        let mut lines = Writer { lines: &mut out.lines, block: index, width: width.max(1) };
        match block {
            Block::Title(text) => {
                lines.gap();
                lines.wrap(&[(Role::Title, text)], "", "");
                lines.blank();
            }
            Block::Heading(text) => {
                lines.gap();
                lines.wrap(&[(Role::Heading, text)], "", "");
            }
            Block::Paragraph(text) => {
                for (i, paragraph) in text.split("\n\n").enumerate() {
                    if i > 0 || !after_heading {
                        lines.gap();
                    }
                    lines.wrap(&[(Role::Text, paragraph.trim())], "", "");
                }
            }
            Block::Labelled { indent, label, text } => {
                let margin = " ".repeat(usize::from(*indent));
                let hanging = " ".repeat(usize::from(*indent) + 2);
                lines.wrap(
                    &[(Role::Label, &format!("{label}:")), (Role::Text, &format!(" {text}"))],
                    &margin,
                    &hanging,
                );
            }
            Block::Bullet(text) => lines.wrap(&[(Role::Text, text)], "• ", "  "),
            Block::Numbered(number, text) => {
                let marker = format!("{number}. ");
                lines.wrap(&[(Role::Text, text)], &marker, &" ".repeat(marker.len()));
            }
            Block::Line(text) => lines.line(text),
            Block::Chart(org_chart) => lines.chart(org_chart),
            Block::Note(text) => lines.note(text),
            Block::Gap => lines.gap(),
            // The item starts at the first line of text that follows, after any blank line.
            Block::Anchor(id) => pending.push(id),
            Block::Table { headers, rows } => lines.table(headers, rows),
        }
        after_heading =
            matches!(block, Block::Heading(_)) || (after_heading && matches!(block, Block::Anchor(_)));
        if let Some(start) = (before..out.lines.len()).find(|&i| !out.lines[i].is_blank()) {
            out.anchors.extend(pending.drain(..).map(|id| (id.to_string(), start)));
        }
    }
    while out.lines.last().is_some_and(DocLine::is_blank) {
        out.lines.pop();
    }
    out
}

/// The bar beside a note's lines.
const NOTE_BAR: &str = "▏ ";

/// Adds one block's lines.
struct Writer<'a> {
    lines: &'a mut Vec<DocLine>,
    block: usize,
    width: usize,
}

impl Writer<'_> {
    /// An org chart with its legend, set apart by blank lines.
    fn chart(&mut self, org_chart: &crate::kb::OrgChart) {
        self.gap();
        let drawing = chart::draw(org_chart, self.width, None);
        for line in drawing.with_legend(self.width) {
            let pieces = line.into_iter().map(|segment| (Role::Chart(segment.ink), segment.text)).collect();
            self.lines.push(DocLine { block: self.block, pieces });
        }
        self.blank();
    }

    /// The user's note: its heading, then its lines behind a bar, all in the note's style.
    fn note(&mut self, text: &str) {
        self.gap();
        let heading = [(Role::Note, crate::notes::HEADING), (Role::Marker, " · n edits it")];
        self.wrap(&heading, "", "  ");
        let first = self.lines.len();
        self.wrap(&[(Role::Text, &crate::notes::printable(text))], NOTE_BAR, NOTE_BAR);
        for line in &mut self.lines[first..] {
            if let Some((role, _)) = line.pieces.first_mut() {
                *role = Role::Note;
            }
        }
        self.blank();
    }

    /// A table read row by row: the first cell as a label, the others as "header: cell".
    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        for row in rows {
            self.gap();
            if let Some(first) = row.first() {
                self.wrap(&[(Role::Label, first)], "", "");
            }
            for (header, cell) in headers.iter().zip(row).skip(1) {
                self.wrap(
                    &[(Role::Label, &format!("{header}:")), (Role::Text, &format!(" {cell}"))],
                    "  ",
                    "    ",
                );
            }
        }
    }
    /// A blank line, unless the text is at its start or has one already.
    fn gap(&mut self) {
        if self.lines.last().is_some_and(|line| !line.is_blank()) {
            self.blank();
        }
    }

    /// A line as its author aligned it: not wrapped, its spaces kept.
    fn line(&mut self, text: &str) {
        self.lines.push(DocLine { block: self.block, pieces: vec![(Role::Text, text.to_string())] });
    }

    fn blank(&mut self) {
        self.lines.push(DocLine { block: self.block, pieces: Vec::new() });
    }

    /// `pieces` wrapped, the first line after `first`, the others after `rest` (markers).
    fn wrap(&mut self, pieces: &[(Role, &str)], first: &str, rest: &str) {
        let mut sink = Pieces { lines: Vec::new(), block: self.block, first, rest };
        let chars = pieces.iter().flat_map(|&(role, text)| text.chars().map(move |c| (c, role)));
        wrap_into(chars, self.width, (first.width(), rest.width()), &mut sink);
        self.lines.extend(sink.lines);
    }
}

/// Builds lines of pieces, a marker first.
struct Pieces<'a> {
    lines: Vec<DocLine>,
    block: usize,
    first: &'a str,
    rest: &'a str,
}

impl Sink for Pieces<'_> {
    type Attr = Role;

    fn start(&mut self, first: bool) {
        let marker = if first { self.first } else { self.rest };
        let pieces = if marker.is_empty() { Vec::new() } else { vec![(Role::Marker, marker.to_string())] };
        self.lines.push(DocLine { block: self.block, pieces });
    }

    fn push(&mut self, c: char, role: Role) {
        let Some(line) = self.lines.last_mut() else { return };
        match line.pieces.last_mut() {
            Some((last, text)) if *last == role => text.push(c),
            _ => line.pieces.push((role, c.to_string())),
        }
    }

    fn space(&mut self) {
        // The space joins the piece before it, so a label keeps its colon and the text its own.
        let Some(line) = self.lines.last_mut() else { return };
        if let Some((_, text)) = line.pieces.last_mut() {
            text.push(' ');
        }
    }

    fn end(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(laid: &Laid) -> Vec<String> {
        laid.lines.iter().map(DocLine::text).collect()
    }

    #[test]
    fn anchors_point_at_their_item_and_headings_sit_on_their_text() {
        let mut doc = Doc::new();
        doc.title("Title").paragraph("Intro text.");
        doc.anchor("first").heading("First");
        doc.paragraph("Body.");
        doc.anchor("skill").bullet("A skill");
        doc.labelled_at(2, "Issuer", "Scrum Alliance, the body that awards it");
        let laid = layout(&doc, 26);
        assert_eq!(
            texts(&laid),
            [
                "Title",
                "",
                "Intro text.",
                "",
                "First",
                "Body.",
                "• A skill",
                "  Issuer: Scrum Alliance,",
                "    the body that awards",
                "    it"
            ]
        );
        assert_eq!(laid.anchors, [("first".to_string(), 4), ("skill".to_string(), 6)]);
        assert_eq!(laid.lines[7].pieces[1], (Role::Label, "Issuer: ".to_string()));
    }
}
