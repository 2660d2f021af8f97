//! Search as a view uses it: a query on every keystroke, answered at once on knowledge bases of
//! ordinary size and by a background [`Worker`] on very large ones, so that typing never waits
//! for a search (the keystroke is drawn at once; results follow; a stale query is dropped).
//!
//! The index is built on first use and shared by every view that searches (the FAQ tab and the
//! `/` overlay), so start-up pays nothing for it.

use std::cell::OnceCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::kb::KnowledgeBase;
use crate::search::{Entry, Hit, Index, Query, Scope, Worker};

/// From this many entries on, searches run on the worker thread: below it even the slowest
/// keystroke takes well under a frame (see BENCHMARKS.md).
pub const BACKGROUND_FROM: usize = 20_000;

/// The index, built once on first use and shared between views.
pub type SharedIndex = Rc<OnceCell<Arc<Index>>>;

/// One view's search: the query typed, and the hits of the newest query answered.
#[derive(Debug)]
pub struct LiveSearch {
    index: SharedIndex,
    scope: Scope,
    limit: Option<usize>,
    worker: Option<Worker>,
    /// The query as typed.
    typed: Query,
    /// The query the hits answer (behind `typed` while the worker is busy).
    answered: Query,
    hits: Vec<Hit>,
}

impl LiveSearch {
    /// A search over `scope` that keeps `limit` hits (`None`: all).
    pub fn new(index: SharedIndex, scope: Scope, limit: Option<usize>) -> LiveSearch {
        LiveSearch {
            index,
            scope,
            limit,
            worker: None,
            typed: Query::default(),
            answered: Query::default(),
            hits: Vec::new(),
        }
    }

    /// The shared index, building it if no view has yet.
    fn index(&self, kb: &KnowledgeBase) -> Arc<Index> {
        Arc::clone(self.index.get_or_init(|| Arc::new(Index::new(kb))))
    }

    /// The index, if a search has built it.
    pub fn built_index(&self) -> Option<&Index> {
        self.index.get().map(AsRef::as_ref)
    }

    /// Searches for `text`. Returns whether the hits changed now (they change later, through
    /// [`LiveSearch::poll`], when the worker answers).
    pub fn set_query(&mut self, text: &str, kb: &KnowledgeBase) -> bool {
        let query = Query::new(text);
        if query == self.typed {
            return false;
        }
        self.typed = query.clone();
        let index = self.index(kb);
        if index.entries().len() < BACKGROUND_FROM {
            self.hits = index.search(&query, self.scope, self.limit);
            self.answered = query;
            return true;
        }
        if self.worker.is_none() {
            // The app polls while a search is out, so the worker need not wake it.
            self.worker = Worker::spawn(Arc::clone(&index), || {}).ok();
        }
        if let Some(worker) = &mut self.worker {
            worker.submit(query, self.scope, self.limit);
            return false;
        }
        // No thread to be had: search here rather than not at all.
        self.hits = index.search(&query, self.scope, self.limit);
        self.answered = query;
        true
    }

    /// Takes the worker's newest answer, if one came; returns whether the hits changed.
    pub fn poll(&mut self) -> bool {
        let Some(response) = self.worker.as_ref().and_then(Worker::try_recv) else { return false };
        self.hits = response.hits;
        self.answered = response.query;
        true
    }

    /// Whether the hits are behind the query typed.
    pub fn busy(&self) -> bool {
        self.answered != self.typed
    }

    /// The hits of the newest query answered, best first.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The query the hits answer: what to highlight.
    pub fn query(&self) -> &Query {
        &self.answered
    }

    /// The query as typed.
    pub fn typed(&self) -> &Query {
        &self.typed
    }

    /// The entry a hit refers to.
    pub fn entry(&self, hit: &Hit) -> Option<&Entry> {
        self.built_index().map(|index| index.entry(hit))
    }

    /// For a FAQ hit, the position of its entry in `kb.faq`.
    pub fn faq_position(&self, hit: &Hit) -> Option<usize> {
        self.built_index().and_then(|index| index.faq_position(hit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_knowledge_bases_answer_at_once_and_share_one_index() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let shared = SharedIndex::default();
        let mut faq = LiveSearch::new(Rc::clone(&shared), Scope::Faq, None);
        let mut all = LiveSearch::new(Rc::clone(&shared), Scope::All, Some(5));
        assert!(faq.set_query("scrum certfication", &kb));
        assert!(!faq.busy());
        let first = faq.hits().first().and_then(|hit| faq.entry(hit)).map(Entry::id);
        assert_eq!(first, Some("faq-scrum-certification"));
        assert!(all.set_query("backlog", &kb));
        assert!(all.hits().len() <= 5);
        assert!(Rc::ptr_eq(&shared, &all.index) && shared.get().is_some(), "built once, shared");
        assert!(!faq.set_query("scrum certfication", &kb), "the same query: nothing to do");
        Ok(())
    }
}
