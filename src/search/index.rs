//! The index: every searchable item with its text folded once, and the ranked search over it.

use std::cmp::Ordering;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use super::texts::{How, Scratch, Texts};
use super::{Query, Scope};
use crate::kb::{ItemKind, KnowledgeBase};
use crate::tab::Tab;

/// One searchable item: what it is and where it lives. Its folded text is in the index.
#[derive(Debug, Clone)]
pub struct Entry {
    kind: ItemKind,
    id: String,
    title: String,
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

/// Builds an index one entry and field at a time, in knowledge-base order.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    entries: Vec<Entry>,
    texts: Texts,
    faq_start: Option<usize>,
}

impl Builder {
    /// Starts an entry; its title is also its first short field.
    pub(crate) fn entry(&mut self, kind: ItemKind, id: &str, title: &str) -> &mut Builder {
        if kind == ItemKind::Faq && self.faq_start.is_none() {
            self.faq_start = Some(self.entries.len());
        }
        self.entries.push(Entry { kind, id: id.to_string(), title: title.to_string() });
        self.texts.start_entry();
        self.texts.add_short(title);
        self
    }

    /// Adds a short field (a tag, a name) to the current entry: matched fuzzily.
    pub(crate) fn short(&mut self, text: &str) -> &mut Builder {
        self.texts.add_short(text);
        self
    }

    /// Adds a long field (an answer, a description) to the current entry: matched by words.
    pub(crate) fn long(&mut self, text: &str) -> &mut Builder {
        self.texts.add_long(text);
        self
    }

    /// The finished index. The FAQ must come last, so that it is one contiguous range.
    pub(crate) fn finish(self) -> Index {
        let end = self.entries.len();
        let faq = self.faq_start.unwrap_or(end)..end;
        Index { entries: self.entries, texts: self.texts, faq, tuning: Tuning::default() }
    }
}

/// One search result: which entry, what kind, and how well it matched. Small and `Copy`, so it
/// crosses threads cheaply; look its text up with [`Index::entry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// The entry's position in the index (knowledge-base order).
    pub entry: usize,
    /// What kind of item matched.
    pub kind: ItemKind,
    /// Higher is better; see the module documentation for how it adds up.
    pub score: i64,
}

/// Best first: higher score, then earlier in the knowledge base.
fn best_first(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.entry.cmp(&b.entry))
}

/// The speed-ups, each of which can be switched off: for benchmarks, and for tests that prove they
/// change no result. [`Tuning::default`] is what the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// Check that a word's characters occur in a field (as a set, then in order) before running
    /// the fuzzy scorer, and skip long fields that lack them.
    pub prefilter: bool,
    /// Score short fields with pmpo's port of fuzzy-matcher's scorer, on characters and bonuses
    /// prepared at index time, rather than by calling fuzzy-matcher itself. Same scores.
    pub port: bool,
    /// Threads to search with; 1 searches on the calling thread.
    pub threads: usize,
    /// Below this many entries in scope, search on the calling thread whatever `threads` says:
    /// starting a thread costs more than searching a small knowledge base.
    pub parallel_from: usize,
}

impl Default for Tuning {
    fn default() -> Tuning {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        Tuning { prefilter: true, port: true, threads, parallel_from: 4_096 }
    }
}

/// Every searchable item of a knowledge base, folded once, in knowledge-base order.
#[derive(Debug, Clone)]
pub struct Index {
    entries: Vec<Entry>,
    texts: Texts,
    /// Where the FAQ entries sit (they are built last, so they are contiguous).
    faq: Range<usize>,
    tuning: Tuning,
}

impl Index {
    /// Builds the index of `kb`.
    pub fn new(kb: &KnowledgeBase) -> Index {
        super::build::index(kb)
    }

    /// The same index searched with other speed-ups (for benchmarks and equivalence tests).
    #[must_use]
    pub fn with_tuning(mut self, tuning: Tuning) -> Index {
        self.tuning = tuning;
        self
    }

    /// Every entry, in knowledge-base order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry a hit refers to.
    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry]
    }

    /// For a FAQ hit, the position of its entry in `kb.faq`.
    pub fn faq_position(&self, hit: &Hit) -> Option<usize> {
        self.faq.contains(&hit.entry).then(|| hit.entry - self.faq.start)
    }

    /// The entries a scope covers.
    fn range(&self, scope: Scope) -> Range<usize> {
        match scope {
            Scope::Faq => self.faq.clone(),
            Scope::All => 0..self.entries.len(),
        }
    }

    /// The hits for `query` in `scope`, best first; at most `limit` of them (`None`: all, as the
    /// FAQ tab's filter needs). An empty query lists every entry in scope in knowledge-base order.
    pub fn search(&self, query: &Query, scope: Scope, limit: Option<usize>) -> Vec<Hit> {
        self.search_until(query, scope, limit, &AtomicBool::new(false)).unwrap_or_default()
    }

    /// Like [`Index::search`], but gives up (returning `None`) soon after `cancel` becomes true,
    /// so that a newer query need not wait for a stale one to finish.
    pub fn search_until(
        &self,
        query: &Query,
        scope: Scope,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let range = self.range(scope);
        let threads = if range.len() < self.tuning.parallel_from { 1 } else { self.tuning.threads.max(1) };
        let mut hits = if threads == 1 {
            self.search_range(query, range, limit, cancel)?
        } else {
            let chunk = range.len().div_ceil(threads);
            let parts: Vec<Option<Vec<Hit>>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let start = range.start + t * chunk;
                        let part = start..(start + chunk).min(range.end);
                        scope.spawn(move || self.search_range(query, part, limit, cancel))
                    })
                    .collect();
                // A thread that panicked counts as cancelled rather than taking the caller down.
                handles.into_iter().map(|handle| handle.join().ok().flatten()).collect()
            });
            let mut all = Vec::new();
            for part in parts {
                all.extend(part?);
            }
            all
        };
        keep_best(&mut hits, limit);
        Some(hits)
    }

    /// Searches one slice of the entries; the best `limit` of it, unordered beyond that.
    fn search_range(
        &self,
        query: &Query,
        range: Range<usize>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let how = How { prefilter: self.tuning.prefilter, port: self.tuning.port };
        let mut hits = Vec::new();
        let mut scratch = Scratch::default();
        // The score a new hit must beat to enter the best `limit` seen so far.
        let mut beat = i64::MIN;
        // Checking the flag every entry would cost more than it saves; every 1,024 is < 1 ms.
        for block_start in range.clone().step_by(1_024) {
            if cancel.load(AtomicOrdering::Relaxed) {
                return None;
            }
            for index in block_start..(block_start + 1_024).min(range.end) {
                if let Some(score) = self.texts.score(index, query, how, beat, &mut scratch) {
                    hits.push(Hit { entry: index, kind: self.entries[index].kind, score });
                }
            }
            if let Some(limit) = limit
                && limit > 0
                && hits.len() >= limit
            {
                keep_best(&mut hits, Some(limit));
                beat = hits[limit - 1].score;
            }
        }
        Some(hits)
    }
}

/// Sorts `hits` best first and keeps the first `limit`: a partial selection first, so that only
/// the kept hits are fully sorted.
fn keep_best(hits: &mut Vec<Hit>, limit: Option<usize>) {
    if let Some(limit) = limit {
        if limit == 0 {
            hits.clear();
            return;
        }
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, best_first);
            hits.truncate(limit);
        }
    }
    hits.sort_unstable_by(best_first);
}
