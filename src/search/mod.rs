//! Fuzzy search over the knowledge base: one index over every searchable item, ranked hits, and
//! the character positions to highlight. Pure: no terminal, no ratatui.
//!
//! How a query matches (the whole contract; `tests/search_equivalence.rs` re-implements it plainly
//! and checks the fast path against it):
//!
//! - Text is compared case-insensitively after [`fold`]ing each character to lower case (one
//!   character for one, so positions in folded text are positions in the original).
//! - The query is split into words at whitespace; the words may come in any order. An empty
//!   query matches every item in scope with score 0.
//! - Every word must match the item somewhere. A word matches a *short* field (a title, question,
//!   tag, name) fuzzily with fuzzy-matcher's `SkimMatcherV2` score, so typos that drop or add
//!   letters still match, as long as it scores two thirds of what the word scores against itself
//!   (so letters scattered over a long question do not count). It matches a *long* field (an
//!   answer, a description) only where it begins a word of the text, because a fuzzy subsequence
//!   of a paragraph matches almost any query.
//! - A word scores [`SHORT_WORD`] plus its best fuzzy score (clamped to `0..SHORT_WORD`) when it
//!   matches a short field, else 2 when it is a whole word of a long field, else 1. The item's
//!   score is the sum, so a title match always ranks above a body-only match.
//! - Hits are ordered by score, best first; ties keep knowledge-base order.
//!
//! Speed comes from the [`Index`] (text folded once and laid out flat), a cheap character check
//! before the fuzzy scorer, a port of that scorer working on characters prepared at index time,
//! keeping only the top `limit` hits (and not reading the bodies of entries that cannot enter
//! them), and both cores for large knowledge bases; none of them changes a result, which
//! `tests/search_equivalence.rs` checks. For very large knowledge bases [`Worker`] runs searches
//! off the input path and drops stale queries.
//!
//! For a view: build one [`Index`] when the knowledge base loads; on each keystroke search with
//! a [`Query`] (`limit: None` for a filter that lists every match, `Some(n)` for an overlay), or
//! submit it to a [`Worker`]; look each [`Hit`] up with [`Index::entry`] (kind, id, title, tab)
//! or [`Index::faq_position`]; highlight the text drawn with [`Query::title_positions`] and
//! [`Query::body_positions`] (character positions).

mod build;
mod index;
mod matching;
mod query;
mod skim;
mod texts;
mod worker;

pub use index::{Entry, Hit, Index, Tuning};
pub use matching::fold;
pub use query::Query;
pub use worker::{Request, Response, Worker};

/// What a word matched in a short field is worth before its fuzzy score: more than any sum of
/// body-only words, so items whose titles match come first.
pub const SHORT_WORD: i64 = 10_000;

/// What a search looks through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// The FAQ only: questions, answers and tags (the FAQ tab, `pmpo search`).
    #[default]
    Faq,
    /// Every searchable item (the `/` overlay, `pmpo search --all`).
    All,
}

#[cfg(test)]
mod tests;
