//! The index: every item with its texts, each text's words as ids (a forward index, for
//! proximity and snippets), the entries holding each word (an inverted index, to find
//! candidates), and the vocabulary as an `fst` map (for typos and prefixes).

use std::collections::HashMap;
use std::ops::Range;

use fst::{Automaton, IntoStreamer, Map, Streamer};

use super::bytes::{Reader, Writer};
use super::class::Class;
use super::fuzzy::Shorts;
use super::words::{is_stop_word, stem};
use crate::kb::ItemKind;
use crate::tab::Tab;

/// One searchable item: what it is and where it lives. Its texts are in the index.
#[derive(Debug, Clone)]
pub struct Entry {
    pub(crate) kind: ItemKind,
    pub(crate) id: String,
    pub(crate) title: String,
    /// Its fields in [`Index::fields`]: the title first, then labels, then bodies.
    pub(crate) fields: Range<u32>,
}

impl Entry {
    /// What kind of item this is.
    pub fn kind(&self) -> ItemKind {
        self.kind
    }

    /// The item's id in the knowledge base.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The item's title as shown (a question, a name, a statement).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The tab that shows the item (see [`ItemKind::tab`]).
    pub fn tab(&self) -> Tab {
        self.kind.tab()
    }
}

/// One text of an entry: its class, where its text is, and where its word ids are.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) class: Class,
    /// Whether this text is the user's note on the item (ranked as a body; see `note.rs`).
    pub(crate) note: bool,
    pub(crate) text: Range<u32>,
    pub(crate) tokens: Range<u32>,
}

/// Every distinct word of the knowledge base: an `fst` map from the word to its id, and each
/// id's word. Stems are worked out when a query asks, not at build: stemming every word took a
/// quarter of the embedded index's build, which `pmpo search` pays on every run.
#[derive(Debug, Clone)]
pub(crate) struct Vocabulary {
    pub(crate) map: Map<Vec<u8>>,
    words: Vec<Box<str>>,
    /// Which words are stop words, by id.
    stop: Vec<bool>,
}

impl Vocabulary {
    /// The vocabulary of words numbered by `ids`.
    pub(crate) fn new(ids: HashMap<String, u32>) -> Vocabulary {
        let mut sorted: Vec<(String, u32)> = ids.into_iter().collect();
        sorted.sort_unstable();
        let mut words: Vec<Box<str>> = vec![Box::from(""); sorted.len()];
        for (word, id) in &sorted {
            words[*id as usize] = word.as_str().into();
        }
        // Keys are sorted and distinct, so building cannot fail; an empty map is the fallback.
        let map = Map::from_iter(sorted.iter().map(|(word, id)| (word.as_str(), u64::from(*id))))
            .unwrap_or_default();
        let stop = words.iter().map(|word| is_stop_word(word)).collect();
        Vocabulary { map, words, stop }
    }

    /// Whether the word `id` is a stop word.
    pub(crate) fn is_stop(&self, id: u32) -> bool {
        self.stop.get(id as usize).copied().unwrap_or(false)
    }

    /// Writes the vocabulary for a stored index ([`super::stored`]).
    pub(crate) fn write(&self, w: &mut Writer) {
        w.bytes(self.map.as_fst().as_bytes());
        w.usize(self.words.len());
        for word in &self.words {
            w.str(word);
        }
        w.bytes(&self.stop.iter().map(|&stop| u8::from(stop)).collect::<Vec<u8>>());
    }

    /// Reads what [`Vocabulary::write`] wrote.
    pub(crate) fn read(r: &mut Reader<'_>) -> Option<Vocabulary> {
        let map = Map::new(r.bytes()?.to_vec()).ok()?;
        let words: Vec<Box<str>> = r.list(|r| r.str().map(Box::from))?;
        let stop: Vec<bool> = r.bytes()?.iter().map(|&b| b != 0).collect();
        (map.len() == words.len() && stop.len() == words.len()).then_some(Vocabulary { map, words, stop })
    }

    /// How many distinct words there are.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The id of a folded word.
    pub(crate) fn id(&self, folded: &str) -> Option<u32> {
        self.map.get(folded).map(|id| id as u32)
    }

    /// Every word with the stem `stem` (already stemmed). Snowball makes an English stem by
    /// taking an ending off and changing at most the last letter left (`salary` → `salari`), so
    /// every word with this stem begins with the stem less its last letter: only those words
    /// are stemmed and compared. A stem of three letters or fewer only has short words (`pos`
    /// for `po`), which keeps the words read few.
    pub(crate) fn with_stem(&self, wanted: &str) -> Vec<u32> {
        let Some((last, _)) = wanted.char_indices().next_back() else { return Vec::new() };
        let prefix = &wanted[..last];
        let longest = if wanted.chars().count() <= 3 { wanted.len() + 2 } else { usize::MAX };
        let mut out = Vec::new();
        let mut stream = self.map.search(fst::automaton::Str::new(prefix).starts_with()).into_stream();
        while let Some((word, id)) = stream.next() {
            if word.len() <= longest && std::str::from_utf8(word).is_ok_and(|word| stem(word) == wanted) {
                out.push(id as u32);
            }
        }
        out
    }

    /// Every word with the same stem as the word `id` (itself included).
    pub(crate) fn siblings(&self, id: u32) -> Vec<u32> {
        match self.words.get(id as usize) {
            Some(word) => self.with_stem(&stem(word)),
            None => Vec::new(),
        }
    }
}

/// Lists of ids, one per key, laid out flat.
#[derive(Debug, Clone, Default)]
pub(crate) struct Postings {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Postings {
    pub(crate) fn new(lists: Vec<Vec<u32>>) -> Postings {
        let mut starts = Vec::with_capacity(lists.len() + 1);
        let mut items = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for list in lists {
            starts.push(items.len() as u32);
            items.extend(list);
        }
        starts.push(items.len() as u32);
        Postings { starts, items }
    }

    /// Writes the lists for a stored index ([`super::stored`]).
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32s(&self.starts);
        w.u32s(&self.items);
    }

    /// Reads what [`Postings::write`] wrote: `keys` lists of ids below `ids`, in order.
    pub(crate) fn read(r: &mut Reader<'_>, keys: usize, ids: usize) -> Option<Postings> {
        let (starts, items) = (r.u32s()?, r.u32s()?);
        let whole = starts.len() == keys + 1
            && starts.first() == Some(&0)
            && starts.windows(2).all(|pair| pair[0] <= pair[1])
            && starts.last().is_some_and(|&end| end as usize == items.len())
            && items.iter().all(|&id| (id as usize) < ids);
        whole.then_some(Postings { starts, items })
    }

    pub(crate) fn get(&self, key: u32) -> &[u32] {
        let key = key as usize;
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&start), Some(&end)) => &self.items[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// How the engine searches: the speed-ups, which can be switched off (for benchmarks and for
/// tests that prove they change no result), and the typo thresholds (to measure them on the
/// relevance cases). [`Tuning::default`] is what the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// Threads to search with; 1 searches on the calling thread.
    pub threads: usize,
    /// Below this many entries in scope, search on the calling thread whatever `threads` says:
    /// starting a thread costs more than searching a small knowledge base.
    pub parallel_from: usize,
    /// Read only the entries the inverted index names as holding a query word, rather than
    /// every entry in scope.
    pub candidates: bool,
    /// Words of this many letters may have one typo.
    pub one_typo_from: usize,
    /// Words of this many letters may have two typos.
    pub two_typos_from: usize,
    /// Words beyond the query's own gap within which two query words still count as near (the
    /// middle step of proximity); 0 makes proximity only "as in the query" or not.
    pub near: u32,
    /// A query word whose own forms (itself and its other English forms) occur in more than
    /// this percentage of all entries is *common*: it says little about what an item is about,
    /// so it ranks after the other words (see the ranking in the [`super`] module header); 100
    /// makes no word common.
    pub common_above: u32,
}

impl Default for Tuning {
    fn default() -> Tuning {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        Tuning {
            threads,
            parallel_from: 4_096,
            candidates: true,
            one_typo_from: super::typos::ONE_TYPO_FROM,
            two_typos_from: super::typos::TWO_TYPOS_FROM,
            near: super::scan::NEAR,
            common_above: super::scan::COMMON_ABOVE,
        }
    }
}

/// Every searchable item of a knowledge base, in knowledge-base order.
#[derive(Debug, Clone)]
pub struct Index {
    pub(crate) entries: Vec<Entry>,
    pub(crate) fields: Vec<Field>,
    /// Every text, as written, one after another.
    pub(crate) text: String,
    /// Every text's word ids, one after another.
    pub(crate) tokens: Vec<u32>,
    pub(crate) vocabulary: Vocabulary,
    /// For each word id, the entries holding it.
    pub(crate) postings: Postings,
    pub(crate) shorts: Shorts,
    /// Synonym groups: group → member → stemmed words.
    pub(crate) synonyms: Vec<Vec<Vec<String>>>,
    /// Where the FAQ entries sit (they are built last, so they are contiguous).
    pub(crate) faq: Range<usize>,
    pub(crate) tuning: Tuning,
}

impl Index {
    /// The same index searched with other settings (for benchmarks and tests).
    #[must_use]
    pub fn with_tuning(mut self, tuning: Tuning) -> Index {
        self.tuning = tuning;
        self
    }

    /// Every entry, in knowledge-base order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many distinct words the knowledge base has.
    pub fn vocabulary_size(&self) -> usize {
        self.vocabulary.len()
    }

    /// How many entries hold at least one of the words `terms` (their document frequency).
    pub(crate) fn entries_holding(&self, terms: &[u32]) -> usize {
        if let [term] = terms {
            return self.postings.get(*term).len();
        }
        let mut bits = vec![0u64; self.entries.len().div_ceil(64)];
        for &term in terms {
            for &entry in self.postings.get(term) {
                bits[entry as usize / 64] |= 1 << (entry % 64);
            }
        }
        bits.iter().map(|word| word.count_ones() as usize).sum()
    }

    /// The fields of entry `entry`.
    pub(crate) fn fields_of(&self, entry: usize) -> &[Field] {
        let range = &self.entries[entry].fields;
        &self.fields[range.start as usize..range.end as usize]
    }

    /// The text of a field, as written.
    pub(crate) fn field_text(&self, field: &Field) -> &str {
        &self.text[field.text.start as usize..field.text.end as usize]
    }

    /// The word ids of a field.
    pub(crate) fn field_tokens(&self, field: &Field) -> &[u32] {
        &self.tokens[field.tokens.start as usize..field.tokens.end as usize]
    }
}
