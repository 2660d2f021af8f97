//! A document as semantic blocks (titles, paragraphs, bullets, tables, charts) that know nothing
//! of widths or colours, and the builder the sections use.

use crate::kb::OrgChart;

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// One or more paragraphs; blank lines separate them.
    Paragraph(String),
    /// `label: text`, indented by `indent` columns, continuation lines hanging under the text.
    Labelled {
        /// Columns before the label.
        indent: u16,
        /// The label, shown in bold.
        label: String,
        /// The text after it.
        text: String,
    },
    /// A bulleted item.
    Bullet(String),
    /// A numbered item.
    Numbered(usize, String),
    /// A line shown as it is, not wrapped (short, or aligned by its author).
    Line(String),
    /// A blank line, unless one is there already.
    Gap,
    /// Marks where the item with this id starts; takes no space. The app scrolls to anchors when
    /// search or a bookmark jumps to an item.
    Anchor(String),
    /// An org chart, drawn as boxes where the width allows, else as an outline.
    Chart(OrgChart),
    /// The user's note on the item above it (see [`Doc::with_notes`]).
    Note(String),
    /// A table; cells wrap within their columns.
    Table {
        /// Column headings.
        headers: Vec<String>,
        /// Rows of cells, as many as there are headers.
        rows: Vec<Vec<String>>,
    },
}

/// A document under construction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// An empty document.
    pub fn new() -> Doc {
        Doc::default()
    }

    fn push(&mut self, block: Block) -> &mut Doc {
        self.blocks.push(block);
        self
    }

    /// Adds the document's title.
    pub fn title(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Title(text.into()))
    }

    /// Adds a section heading.
    pub fn heading(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Heading(text.into()))
    }

    /// Adds paragraphs.
    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Paragraph(text.into()))
    }

    /// Adds `label: text` at the left margin.
    pub fn labelled(&mut self, label: impl Into<String>, text: impl Into<String>) -> &mut Doc {
        self.labelled_at(0, label, text)
    }

    /// Adds `label: text` indented by `indent` columns.
    pub fn labelled_at(
        &mut self,
        indent: u16,
        label: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut Doc {
        self.push(Block::Labelled { indent, label: label.into(), text: text.into() })
    }

    /// Adds a bulleted item.
    pub fn bullet(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Bullet(text.into()))
    }

    /// Adds a numbered item.
    pub fn numbered(&mut self, number: usize, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Numbered(number, text.into()))
    }

    /// Adds a line as it is.
    pub fn line(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Line(text.into()))
    }

    /// Adds a blank line.
    pub fn gap(&mut self) -> &mut Doc {
        self.push(Block::Gap)
    }

    /// Marks where the item `id` starts.
    pub fn anchor(&mut self, id: impl Into<String>) -> &mut Doc {
        self.push(Block::Anchor(id.into()))
    }

    /// Adds an org chart.
    pub fn chart(&mut self, chart: &OrgChart) -> &mut Doc {
        self.push(Block::Chart(chart.clone()))
    }

    /// Adds the user's note on the item above.
    pub fn note(&mut self, text: impl Into<String>) -> &mut Doc {
        self.push(Block::Note(text.into()))
    }

    /// Adds a table.
    pub fn table(&mut self, headers: &[&str], rows: Vec<Vec<String>>) -> &mut Doc {
        let headers = headers.iter().map(|h| (*h).to_string()).collect();
        self.push(Block::Table { headers, rows })
    }
}
