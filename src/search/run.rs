//! Running a search: the candidates from the inverted index, each scanned and scored, on one
//! thread or several, keeping the best `limit`, giving up when a newer query cancels it.

use std::cmp::Ordering;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use super::index::{Entry, Index};
use super::matcher::Matcher;
use super::query::Query;
use super::scan::Scratch;
use super::scope::Scope;
use crate::kb::ItemKind;

/// One search result: which entry, what kind, and how well it matched. Small and `Copy`, so it
/// crosses threads cheaply; look its text up with [`Index::entry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// The entry's position in the index (knowledge-base order).
    pub entry: usize,
    /// What kind of item matched.
    pub kind: ItemKind,
    /// Higher is better: the ranking rules packed into one integer (see the module header).
    pub score: i64,
    /// Whether some query word matched best in the item's body, so that a view shows a snippet.
    pub in_body: bool,
}

/// Best first: higher score, then earlier in the knowledge base.
fn best_first(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.entry.cmp(&b.entry))
}

/// Entries are read in blocks of this many between looks at the cancel flag.
const BLOCK: usize = 1_024;

impl Index {
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
        let matcher = self.matcher(query);
        self.search_matcher(&matcher, scope, limit, cancel)
    }

    /// [`Index::search_until`] for a query already resolved.
    pub fn search_matcher(
        &self,
        m: &Matcher,
        scope: Scope,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let range = self.range(scope);
        if m.everything {
            let mut hits: Vec<Hit> = range
                .map(|entry| Hit { entry, kind: self.entries[entry].kind, score: 0, in_body: false })
                .collect();
            keep_best(&mut hits, limit);
            return Some(hits);
        }
        // Candidates from the inverted index, unless the words are so common that they would
        // name most entries anyway: then building the set costs more than it saves.
        let postings: usize = m.terms.iter().map(|&term| self.postings.get(term).len()).sum();
        let worth = self.tuning.candidates && m.fuzzy.is_empty() && postings < range.len() / 2;
        let candidates = worth.then(|| self.candidates(m, &range));
        let threads = if range.len() < self.tuning.parallel_from { 1 } else { self.tuning.threads.max(1) };
        let mut hits = if threads == 1 {
            self.search_range(m, range, candidates.as_deref(), limit, cancel)?
        } else {
            let chunk = range.len().div_ceil(threads).next_multiple_of(64);
            let candidates = candidates.as_deref();
            let parts: Vec<Option<Vec<Hit>>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let start = (range.start + t * chunk).min(range.end);
                        let part = start..(start + chunk).min(range.end);
                        scope.spawn(move || self.search_range(m, part, candidates, limit, cancel))
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

    /// The entries holding a word that matches, as a bit set over all entries.
    fn candidates(&self, m: &Matcher, range: &Range<usize>) -> Vec<u64> {
        let mut bits = vec![0u64; self.entries.len().div_ceil(64)];
        for &term in &m.terms {
            for &entry in self.postings.get(term) {
                let entry = entry as usize;
                if range.contains(&entry) {
                    bits[entry / 64] |= 1 << (entry % 64);
                }
            }
        }
        bits
    }

    /// Searches one slice of the entries; the best `limit` of it, unordered beyond that.
    fn search_range(
        &self,
        m: &Matcher,
        range: Range<usize>,
        candidates: Option<&[u64]>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let mut hits = Vec::new();
        let mut scratch = Scratch::default();
        for block_start in range.clone().step_by(BLOCK) {
            if cancel.load(AtomicOrdering::Relaxed) {
                return None;
            }
            for entry in block_start..(block_start + BLOCK).min(range.end) {
                if candidates.is_some_and(|bits| bits[entry / 64] & (1 << (entry % 64)) == 0) {
                    continue;
                }
                if let Some(found) = self.scan(m, entry, &mut scratch) {
                    let kind = self.entries[entry].kind;
                    hits.push(Hit { entry, kind, score: found.score(), in_body: found.in_body() });
                }
            }
            if let Some(limit) = limit
                && hits.len() > limit.saturating_mul(4).max(BLOCK)
            {
                keep_best(&mut hits, Some(limit));
            }
        }
        Some(hits)
    }
}

/// Sorts `hits` best first and keeps the first `limit`: a partial selection first, so that only
/// the kept hits are fully sorted.
pub(crate) fn keep_best(hits: &mut Vec<Hit>, limit: Option<usize>) {
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
