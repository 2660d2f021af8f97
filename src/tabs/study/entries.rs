//! The rows of the Study tab's bookmarks pane: the bookmarked items, oldest first, then under
//! "Orphaned notes" every note whose item this knowledge base does not have (it may be gone
//! from a newer knowledge base, or belong to another one): kept, listed, never dropped.

use std::collections::HashSet;

use crate::tabs::view::Ctx;

/// One row of the bookmarks pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry<'a> {
    /// A bookmarked item's id.
    Bookmark(&'a str),
    /// The id of a note's item that the knowledge base lacks.
    Orphan(&'a str),
}

impl<'a> Entry<'a> {
    /// The item id the row is about.
    pub(super) fn id(self) -> &'a str {
        match self {
            Entry::Bookmark(id) | Entry::Orphan(id) => id,
        }
    }
}

/// The ids of notes whose item the knowledge base lacks, in id order.
pub(super) fn orphans(ctx: Ctx<'_>) -> Vec<&str> {
    if ctx.notes.is_empty() {
        return Vec::new();
    }
    let known: HashSet<&str> = ctx.kb.item_ids().collect();
    ctx.notes.keys().map(String::as_str).filter(|id| !known.contains(id)).collect()
}

/// The pane's rows: the bookmarks, then the orphaned notes.
pub(super) fn entries(ctx: Ctx<'_>) -> Vec<Entry<'_>> {
    let bookmarks = ctx.bookmarks.iter().map(|id| Entry::Bookmark(id));
    bookmarks.chain(orphans(ctx).into_iter().map(Entry::Orphan)).collect()
}
