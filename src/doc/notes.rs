//! The user's notes in a document: each anchored item's note placed right after the item, so a
//! reading pane shows it under what it is about.

use std::collections::BTreeMap;

use super::block::{Block, Doc};

impl Doc {
    /// The document with the note on each anchored item (from `notes`, by item id) after the
    /// item's blocks: before the next item's anchor, or before the next heading or title that is
    /// not the item's own (the first block after its anchor), or at the end.
    #[must_use]
    pub fn with_notes(self, notes: &BTreeMap<String, String>) -> Doc {
        if notes.is_empty() {
            return self;
        }
        let mut blocks = Vec::with_capacity(self.blocks.len() + notes.len());
        // The item being read, and whether any of its blocks came yet.
        let mut open: Option<(String, bool)> = None;
        let flush = |open: &mut Option<(String, bool)>, blocks: &mut Vec<Block>| {
            if let Some((id, _)) = open.take()
                && let Some(note) = notes.get(&id)
            {
                blocks.push(Block::Note(note.clone()));
            }
        };
        for block in self.blocks {
            match &block {
                Block::Anchor(id) => {
                    flush(&mut open, &mut blocks);
                    open = Some((id.clone(), false));
                }
                Block::Heading(_) | Block::Title(_) if open.as_ref().is_some_and(|(_, seen)| *seen) => {
                    flush(&mut open, &mut blocks);
                }
                _ => {
                    if let Some((_, seen)) = &mut open {
                        *seen = true;
                    }
                }
            }
            blocks.push(block);
        }
        flush(&mut open, &mut blocks);
        Doc { blocks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::layout::layout;

    #[test]
    fn a_note_goes_after_its_item_before_the_next_heading() {
        let mut doc = Doc::new();
        doc.title("Title").paragraph("Intro.");
        doc.anchor("first").heading("First");
        doc.paragraph("Body.");
        doc.heading("Skills");
        doc.anchor("skill").bullet("A skill");
        doc.anchor("other").bullet("Another");
        let notes: BTreeMap<String, String> =
            [("first", "Mine"), ("skill", "Two\nlines")].map(|(k, v)| (k.to_string(), v.to_string())).into();
        let laid = layout(&doc.with_notes(&notes), 40);
        let texts: Vec<String> = laid.lines.iter().map(crate::doc::layout::DocLine::text).collect();
        assert_eq!(
            texts,
            [
                "Title",
                "",
                "Intro.",
                "",
                "First",
                "Body.",
                "",
                "✎ Your note · n edits it",
                "▏ Mine",
                "",
                "Skills",
                "• A skill",
                "",
                "✎ Your note · n edits it",
                "▏ Two",
                "▏ lines",
                "",
                "• Another"
            ]
        );
        let anchors: Vec<(&str, usize)> =
            laid.anchors.iter().map(|(id, line)| (id.as_str(), *line)).collect();
        assert_eq!(anchors, [("first", 4), ("skill", 11), ("other", 17)]);
    }
}
