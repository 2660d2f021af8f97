//! Building the index from the knowledge base's one walk ([`KnowledgeBase::items`]): every item
//! of every kind, its title, labels (tags, a headline, an issuer: "name/tags" in the ranking)
//! and body texts, and the user's note on it if any; each text split into words once, each
//! distinct word given an id.

use std::collections::{BTreeMap, HashMap};

use super::class::Class;
use super::fuzzy::Shorts;
use super::index::{Entry, Field, Index, Postings, Tuning, Vocabulary};
use super::words::{each_word, stem, words};
use crate::kb::{ItemKind, KnowledgeBase};

/// The class of an item's title: the kinds whose title is a whole sentence rank it below a
/// name, or any word of a long sentence would outrank one ("pay" in a note outranking the FAQ
/// whose question says "paid"), but above a body: the sentence is all the item says, so its
/// words say what the item is about more than a word deep in a long answer does ("pay gap" in
/// the note on interchangeable titles over "paid" in the second paragraph of a section whose
/// title says "titles").
fn title_class(kind: ItemKind) -> Class {
    match kind {
        ItemKind::Statement | ItemKind::SalaryNote | ItemKind::Transition => Class::Sentence,
        _ => Class::Title,
    }
}

/// Collects entries, their texts and their words, then freezes them into an [`Index`].
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    fields: Vec<Field>,
    text: String,
    tokens: Vec<u32>,
    ids: HashMap<String, u32>,
    /// Per word id: the entries holding it (each once, in order).
    postings: Vec<Vec<u32>>,
    shorts: Shorts,
    faq_start: Option<usize>,
}

impl Builder {
    fn entry(&mut self, kind: ItemKind, id: &str, title: &str) {
        if kind == ItemKind::Faq && self.faq_start.is_none() {
            self.faq_start = Some(self.entries.len());
        }
        let fields = self.fields.len() as u32;
        self.entries.push(Entry {
            kind,
            id: id.to_string(),
            title: title.to_string(),
            fields: fields..fields,
        });
        self.shorts.start_entry();
        self.field(title_class(kind), title);
    }

    fn field(&mut self, class: Class, text: &str) {
        self.text_field(class, text, false);
    }

    fn text_field(&mut self, class: Class, text: &str, note: bool) {
        let entry = (self.entries.len() - 1) as u32;
        let start = self.text.len() as u32;
        self.text.push_str(text);
        let first_token = self.tokens.len() as u32;
        let Builder { ids, postings, tokens, .. } = self;
        each_word(text, |_, folded| {
            let id = if let Some(&id) = ids.get(folded) {
                id
            } else {
                let id = ids.len() as u32;
                ids.insert(folded.to_string(), id);
                postings.push(Vec::new());
                id
            };
            let list = &mut postings[id as usize];
            if list.last() != Some(&entry) {
                list.push(entry);
            }
            tokens.push(id);
        });
        self.fields.push(Field {
            class,
            note,
            text: start..self.text.len() as u32,
            tokens: first_token..self.tokens.len() as u32,
        });
        if let Some(entry) = self.entries.last_mut() {
            entry.fields.end = self.fields.len() as u32;
        }
        if matches!(class, Class::Title | Class::Label) {
            self.shorts.add(text, class);
        }
    }

    fn finish(self, synonyms: Vec<Vec<Vec<String>>>) -> Index {
        let end = self.entries.len();
        let faq = self.faq_start.unwrap_or(end)..end;
        let vocabulary = Vocabulary::new(self.ids);
        Index {
            entries: self.entries,
            fields: self.fields,
            text: self.text,
            tokens: self.tokens,
            vocabulary,
            postings: Postings::new(self.postings),
            shorts: self.shorts,
            synonyms,
            faq,
            tuning: Tuning::default(),
        }
    }
}

impl Index {
    /// Builds the index of `kb`.
    pub fn new(kb: &KnowledgeBase) -> Index {
        index(kb, &BTreeMap::new())
    }
}

/// The index of `kb`, its entries in knowledge-base order (the FAQ last and contiguous, so that
/// a FAQ-only search is a slice of the index); the user's `notes` (by item id) are one more body
/// text of their item, shown as it would be drawn.
pub(super) fn index(kb: &KnowledgeBase, notes: &BTreeMap<String, String>) -> Index {
    let mut builder = Builder::default();
    for item in kb.items() {
        builder.entry(item.kind, item.id, item.title);
        for label in item.labels {
            builder.field(Class::Label, label);
        }
        for text in item.body {
            builder.field(Class::Body, text);
        }
        if let Some(note) = notes.get(item.id) {
            builder.text_field(Class::Body, &crate::notes::printable(note), true);
        }
    }
    builder.finish(synonyms(kb))
}

/// The knowledge base's synonym groups as folded words: group → member → words.
fn synonyms(kb: &KnowledgeBase) -> Vec<Vec<Vec<String>>> {
    kb.synonyms
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|member| words(member).into_iter().map(|word| stem(&word.folded).into_owned()).collect())
                .filter(|member: &Vec<String>| !member.is_empty())
                .collect()
        })
        .collect()
}
