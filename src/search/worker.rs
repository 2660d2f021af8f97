//! Search off the input path: a background thread that owns a shared [`Index`] and answers the
//! newest query only.
//!
//! The protocol, for a view that searches on every keystroke:
//!
//! 1. [`Worker::submit`] returns at once with the request's generation (1, 2, 3, ...). A request
//!    still waiting when a newer one arrives is dropped, and a search already running for an older
//!    request is cancelled, so a fast typist never queues work.
//! 2. When a search finishes the worker sends a [`Response`] tagged with the generation and query
//!    it answers, then calls the `wake` function given to [`Worker::spawn`] (to wake an event
//!    loop that blocks on input).
//! 3. [`Worker::try_recv`] returns the newest finished response; a view shows it, and knows it is
//!    still behind while `response.generation < worker.generation()`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::index::Index;
use super::query::Query;
use super::run::Hit;
use super::scope::Scope;

/// A search to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Which submission this is: 1 for the first, counting up.
    pub generation: u64,
    /// What to search for.
    pub query: Query,
    /// Where to search.
    pub scope: Scope,
    /// How many hits to keep (`None`: all).
    pub limit: Option<usize>,
}

/// The hits of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The generation of the request answered.
    pub generation: u64,
    /// The query answered.
    pub query: Query,
    /// The scope searched.
    pub scope: Scope,
    /// The hits, best first.
    pub hits: Vec<Hit>,
}

/// The one-request mailbox between the view and the worker thread.
#[derive(Debug, Default)]
struct Mailbox {
    slot: Mutex<Slot>,
    changed: Condvar,
    /// Set while a request newer than the one being searched is waiting.
    cancel: AtomicBool,
}

#[derive(Debug, Default)]
struct Slot {
    pending: Option<Request>,
    closed: bool,
}

impl Mailbox {
    /// Leaves `request` for the worker, replacing (dropping) one that is still waiting.
    fn put(&self, request: Request) {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        slot.pending = Some(request);
        self.cancel.store(true, Ordering::Relaxed);
        self.changed.notify_one();
    }

    /// Tells the worker to stop once it has nothing left to do, dropping what is waiting.
    fn close(&self, drop_pending: bool) {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        slot.closed = true;
        if drop_pending {
            slot.pending = None;
        }
        self.cancel.store(true, Ordering::Relaxed);
        self.changed.notify_one();
    }

    /// Waits for the next request; `None` once closed with nothing waiting.
    fn take(&self) -> Option<Request> {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(request) = slot.pending.take() {
                // Under the lock: a `put` after this point cancels this request, none before.
                self.cancel.store(false, Ordering::Relaxed);
                return Some(request);
            }
            if slot.closed {
                return None;
            }
            slot = self.changed.wait(slot).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// The worker thread's loop: answer requests until the mailbox closes.
fn serve(index: &Index, mailbox: &Mailbox, results: &Sender<Response>, wake: &dyn Fn()) {
    while let Some(request) = mailbox.take() {
        let Some(hits) = index.search_until(&request.query, request.scope, request.limit, &mailbox.cancel)
        else {
            continue; // cancelled: a newer request is waiting
        };
        let response =
            Response { generation: request.generation, query: request.query, scope: request.scope, hits };
        if results.send(response).is_err() {
            return; // the view has gone
        }
        wake();
    }
}

/// A background search thread over a shared index.
#[derive(Debug)]
pub struct Worker {
    mailbox: Arc<Mailbox>,
    results: Receiver<Response>,
    generation: u64,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts a worker over `index`; `wake` is called on the worker thread after each response.
    pub fn spawn(index: Arc<Index>, wake: impl Fn() + Send + 'static) -> std::io::Result<Worker> {
        let mailbox = Arc::new(Mailbox::default());
        let (sender, results) = mpsc::channel();
        let thread_mailbox = Arc::clone(&mailbox);
        let thread = std::thread::Builder::new()
            .name("pmpo-search".to_string())
            .spawn(move || serve(&index, &thread_mailbox, &sender, &wake))?;
        Ok(Worker { mailbox, results, generation: 0, thread: Some(thread) })
    }

    /// Asks for a search and returns its generation at once.
    pub fn submit(&mut self, query: Query, scope: Scope, limit: Option<usize>) -> u64 {
        self.generation += 1;
        self.mailbox.put(Request { generation: self.generation, query, scope, limit });
        self.generation
    }

    /// The generation of the latest submission (0 before the first).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The newest response that has arrived, if any (older ones waiting are skipped).
    pub fn try_recv(&self) -> Option<Response> {
        self.results.try_iter().last()
    }

    /// Waits up to `timeout` for a response (for the command line and tests; a view polls
    /// [`Worker::try_recv`] instead).
    pub fn recv_timeout(&self, timeout: Duration) -> Option<Response> {
        self.results.recv_timeout(timeout).ok()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.mailbox.close(true);
        if let Some(thread) = self.thread.take() {
            // The thread only ends by returning; a panic there has nothing left to report to.
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    fn request(generation: u64, text: &str) -> Request {
        Request { generation, query: Query::new(text), scope: Scope::Faq, limit: Some(3) }
    }

    #[test]
    fn only_the_newest_waiting_request_is_answered() -> Result<(), crate::kb::KbError> {
        let index = Index::new(&KnowledgeBase::embedded()?);
        let mailbox = Mailbox::default();
        // Three keystrokes arrive before the worker gets to run.
        mailbox.put(request(1, "s"));
        mailbox.put(request(2, "sc"));
        mailbox.put(request(3, "scr"));
        mailbox.close(false);
        let (sender, results) = mpsc::channel();
        serve(&index, &mailbox, &sender, &|| {});
        let answered: Vec<(u64, String)> =
            results.try_iter().map(|r| (r.generation, r.query.as_str().to_string())).collect();
        assert_eq!(answered, vec![(3, "scr".to_string())]);
        Ok(())
    }

    #[test]
    fn a_new_request_cancels_the_one_being_searched() -> Result<(), crate::kb::KbError> {
        let index = Index::new(&KnowledgeBase::embedded()?);
        let mailbox = Mailbox::default();
        mailbox.put(request(1, "scrum"));
        let taken = mailbox.take();
        assert_eq!(taken.as_ref().map(|r| r.generation), Some(1));
        assert!(!mailbox.cancel.load(Ordering::Relaxed), "taking a request clears the flag");
        mailbox.put(request(2, "scrum c"));
        let flag = &mailbox.cancel;
        assert_eq!(index.search_until(&Query::new("scrum"), Scope::All, None, flag), None);
        Ok(())
    }

    #[test]
    fn the_worker_answers_with_the_generation_and_wakes_the_view() -> Result<(), Box<dyn std::error::Error>> {
        let index = Arc::new(Index::new(&KnowledgeBase::embedded()?));
        let (woken, wakes) = mpsc::channel();
        let mut worker = Worker::spawn(Arc::clone(&index), move || {
            let _ = woken.send(());
        })?;
        let generation = worker.submit(Query::new("certification"), Scope::All, Some(5));
        assert_eq!(generation, 1);
        let response = worker.recv_timeout(Duration::from_secs(30)).ok_or("no response")?;
        assert_eq!(response.generation, 1);
        assert_eq!(response.hits, index.search(&Query::new("certification"), Scope::All, Some(5)));
        assert!(wakes.recv_timeout(Duration::from_secs(30)).is_ok(), "woken after the response");
        Ok(())
    }
}
