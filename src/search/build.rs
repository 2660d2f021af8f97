//! Which items are searchable, and which of their texts are short (matched fuzzily) or long
//! (matched by word beginnings). The items come from the knowledge base's one walk
//! ([`KnowledgeBase::items`]), so search sees what validation and jumps see.

use super::index::{Builder, Index};
use crate::kb::{ItemKind, KnowledgeBase};

/// The kinds of item search looks through; the others (scope questions, career moves, salary
/// notes) are shown on their tabs but not yet indexed.
const SEARCHED: [ItemKind; 8] = [
    ItemKind::Aspect,
    ItemKind::Section,
    ItemKind::Skill,
    ItemKind::Org,
    ItemKind::Rung,
    ItemKind::Cert,
    ItemKind::Statement,
    ItemKind::Faq,
];

/// The index of `kb`, its entries in knowledge-base order (the FAQ last and contiguous, so that
/// a FAQ-only search is a slice of the index).
pub(super) fn index(kb: &KnowledgeBase) -> Index {
    let mut index = Builder::default();
    for item in kb.items().into_iter().filter(|item| SEARCHED.contains(&item.kind)) {
        index.entry(item.kind, item.id, item.title);
        for label in item.labels {
            index.short(label);
        }
        for text in item.body {
            index.long(text);
        }
    }
    index.finish()
}
