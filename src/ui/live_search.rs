//! Search as a view uses it: a query on every keystroke, answered at once on knowledge bases of
//! ordinary size and off the input path on very large ones, so that typing never waits for a
//! search: the keystroke is drawn at once, results follow, and a stale query is dropped.
//!
//! The index is built on first use and shared by every view that searches (the FAQ tab and the
//! `/` overlay), so start-up pays nothing for it. On a very large knowledge base even building
//! it takes long (half a second at 100,000 entries), so it is built on a thread too. The user's
//! notes are part of it: when they change ([`SharedIndex::set_notes`]) it is built again, the
//! same way, and each view searches again once it is ready.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::wrap::{clip, highlighted, wrap};
use crate::kb::KnowledgeBase;
use crate::search::{Entry, Hit, Index, Matcher, Query, Scope, Snippet, Worker};

/// From this many FAQ entries on, the index is built and searched on other threads: below it
/// even the slowest keystroke takes well under a frame (see BENCHMARKS.md, "Search").
pub const BACKGROUND_FROM: usize = 20_000;

/// Where the shared index is.
#[derive(Debug)]
enum State {
    /// Not asked for yet.
    Idle,
    /// Being built on another thread.
    Building(Receiver<Index>),
    /// Ready.
    Ready(Arc<Index>),
    /// Building failed (no thread could be started, or it panicked); search finds nothing.
    Failed,
}

/// The index of one knowledge base and the user's notes, built on first use and shared between
/// views.
#[derive(Debug, Clone)]
pub struct SharedIndex {
    kb: Arc<KnowledgeBase>,
    state: Rc<RefCell<State>>,
    /// The notes the index is (being) built with.
    notes: Rc<RefCell<Arc<BTreeMap<String, String>>>>,
    /// Counts the notes given: a view whose hits came from an older count searches again.
    generation: Rc<Cell<u64>>,
}

impl SharedIndex {
    /// The index of `kb`, not built yet.
    pub fn new(kb: Arc<KnowledgeBase>) -> SharedIndex {
        SharedIndex {
            kb,
            state: Rc::new(RefCell::new(State::Idle)),
            notes: Rc::new(RefCell::new(Arc::new(BTreeMap::new()))),
            generation: Rc::new(Cell::new(0)),
        }
    }

    /// Searches the user's `notes` from now on, if they differ from the ones the index has: the
    /// index is built again when next asked for, and every view searches again.
    pub fn set_notes(&self, notes: &BTreeMap<String, String>) {
        if **self.notes.borrow() == *notes {
            return;
        }
        *self.notes.borrow_mut() = Arc::new(notes.clone());
        self.generation.set(self.generation.get() + 1);
        // A build under way for the old notes is dropped: its thread finds nobody to send to.
        *self.state.borrow_mut() = State::Idle;
    }

    /// How many times the notes changed: what a view's hits are as of.
    fn generation(&self) -> u64 {
        self.generation.get()
    }

    /// The index if it is ready; starts building it if nobody has asked before.
    fn request(&self) -> Option<Arc<Index>> {
        let mut state = self.state.borrow_mut();
        if let State::Idle = *state {
            let notes = Arc::clone(&self.notes.borrow());
            *state = if self.kb.faq.len() < BACKGROUND_FROM {
                State::Ready(Arc::new(Index::with_notes(&self.kb, &notes)))
            } else {
                let (sender, receiver) = mpsc::channel();
                let kb = Arc::clone(&self.kb);
                let thread = std::thread::Builder::new().name("pmpo-index".to_string()).spawn(move || {
                    // The view may be gone by the time the index is ready; nothing to do then.
                    let _ = sender.send(Index::with_notes(&kb, &notes));
                });
                if thread.is_ok() { State::Building(receiver) } else { State::Failed }
            };
        }
        if let State::Building(receiver) = &*state {
            match receiver.try_recv() {
                Ok(index) => *state = State::Ready(Arc::new(index)),
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => *state = State::Failed,
            }
        }
        match &*state {
            State::Ready(index) => Some(Arc::clone(index)),
            _ => None,
        }
    }
}

/// One view's search: the query typed, and the hits of the newest query answered.
#[derive(Debug)]
pub struct LiveSearch {
    index: SharedIndex,
    scope: Scope,
    limit: Option<usize>,
    worker: Option<Worker>,
    /// The query as typed.
    typed: Query,
    /// The query last searched for or handed to the worker.
    asked: Option<Query>,
    /// The query the hits answer (behind `typed` while a search runs).
    answered: Query,
    /// `answered` resolved against the index, for highlights and snippets.
    matcher: Matcher,
    hits: Vec<Hit>,
    /// The index the hits refer to (kept so that drawing needs no access to the shared cell).
    searched: Option<Arc<Index>>,
    /// The notes' generation the hits are as of (see [`SharedIndex::set_notes`]).
    generation: u64,
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
            asked: None,
            answered: Query::default(),
            matcher: Matcher::default(),
            hits: Vec::new(),
            searched: None,
            generation: 0,
        }
    }

    /// Searches for `text`. Returns whether the hits changed now; otherwise they change later,
    /// through [`LiveSearch::poll`].
    pub fn set_query(&mut self, text: &str) -> bool {
        let query = Query::new(text);
        if query == self.typed {
            return false;
        }
        self.typed = query;
        self.ask()
    }

    /// Hands the typed query to the index or the worker, if the index is ready.
    fn ask(&mut self) -> bool {
        let generation = self.index.generation();
        let Some(index) = self.index.request() else { return false };
        self.generation = generation;
        let query = self.typed.clone();
        self.asked = Some(query.clone());
        if self.index.kb.faq.len() >= BACKGROUND_FROM {
            if self.worker.is_none() {
                // The app polls while a search is out, so the worker need not wake it.
                self.worker = Worker::spawn(Arc::clone(&index), || {}).ok();
            }
            if let Some(worker) = &mut self.worker {
                worker.submit(query, self.scope, self.limit);
                self.searched = Some(index);
                return false;
            }
        }
        // A knowledge base of ordinary size, or no thread to be had: search here, resolving
        // the query once for the search and the drawing.
        let matcher = index.matcher(&query);
        let cancel = std::sync::atomic::AtomicBool::new(false);
        self.hits = index.search_matcher(&matcher, self.scope, self.limit, &cancel).unwrap_or_default();
        self.matcher = matcher;
        self.answered = query;
        self.searched = Some(index);
        true
    }

    /// Takes what finished off the input path (the index, the worker's newest answer); returns
    /// whether the hits changed.
    pub fn poll(&mut self) -> bool {
        let mut changed = false;
        if self.asked.as_ref() != Some(&self.typed) || self.generation != self.index.generation() {
            changed = self.ask();
        }
        if let Some(response) = self.worker.as_ref().and_then(Worker::try_recv) {
            self.hits = response.hits;
            if let Some(index) = &self.searched {
                self.matcher = index.matcher(&response.query);
            }
            self.answered = response.query;
            changed = true;
        }
        changed
    }

    /// Whether the hits are behind the query typed (or behind the notes).
    pub fn busy(&self) -> bool {
        self.answered != self.typed || self.generation != self.index.generation()
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

    /// Character positions to highlight in a short text (title, question, tag).
    pub fn title_positions(&self, text: &str) -> Vec<usize> {
        self.searched.as_deref().map_or_else(Vec::new, |index| index.title_positions(&self.matcher, text))
    }

    /// Character positions to highlight in a long text (an answer).
    pub fn body_positions(&self, text: &str) -> Vec<usize> {
        self.searched.as_deref().map_or_else(Vec::new, |index| index.body_positions(&self.matcher, text))
    }

    /// The line of a hit's body around its matched words, when they matched in its body.
    pub fn snippet(&self, hit: &Hit, width: usize) -> Option<Snippet> {
        if !hit.in_body {
            return None;
        }
        self.searched.as_deref().and_then(|index| index.snippet(&self.matcher, hit, width))
    }

    /// Whether the hit matched in the user's note on its item.
    pub fn note_matched(&self, hit: &Hit) -> bool {
        self.searched.as_deref().is_some_and(|index| index.note_matched(&self.matcher, hit))
    }

    /// The entry a hit refers to.
    pub fn entry(&self, hit: &Hit) -> Option<&Entry> {
        self.searched.as_deref().map(|index| index.entry(hit))
    }

    /// For a FAQ hit, the position of its entry in `kb.faq`.
    pub fn faq_position(&self, hit: &Hit) -> Option<usize> {
        self.searched.as_deref().and_then(|index| index.faq_position(hit))
    }
}

/// A hit's snippet as one line under its title: indented by `indent`, the matched words in
/// `matched` style, clipped to `width` columns.
pub fn snippet_line(
    snippet: &Snippet,
    indent: &str,
    width: usize,
    base: Style,
    matched: Style,
) -> Line<'static> {
    let spans = highlighted(&snippet.text, &snippet.positions, base, matched);
    let lead = Span::styled(indent.to_string(), base);
    clip(wrap(&spans, width, lead, indent), 1, width).into_iter().next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_knowledge_bases_answer_at_once_and_share_one_index() -> Result<(), crate::kb::KbError> {
        let shared = SharedIndex::new(Arc::new(KnowledgeBase::embedded()?));
        let mut faq = LiveSearch::new(shared.clone(), Scope::Faq, None);
        let mut all = LiveSearch::new(shared.clone(), Scope::All, Some(5));
        assert!(faq.set_query("scrum certfication"));
        assert!(!faq.busy());
        let first = faq.hits().first().and_then(|hit| faq.entry(hit)).map(Entry::id);
        assert_eq!(first, Some("faq-scrum-certification"));
        assert!(all.set_query("backlog"));
        assert!(all.hits().len() <= 5);
        let same = |a: &Option<Arc<Index>>, b: &Option<Arc<Index>>| matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b));
        assert!(same(&faq.searched, &all.searched), "built once, shared");
        assert!(!faq.set_query("scrum certfication"), "the same query: nothing to do");
        Ok(())
    }
}
