//! Search over the knowledge base: an index of every item, ranked hits, and why each matched
//! (highlights, a snippet, the words). Pure: no terminal, no ratatui. One engine serves every
//! surface: the FAQ tab, the `/` overlay and `pmpo search`.
//!
//! How a query matches:
//!
//! - Text is split into words ([`words`]), folded to lower case. The query's stop words (`who`,
//!   `do`, `the`...) are dropped unless they are all it has; only its first
//!   [`MAX_WORDS`] words within its first [`MAX_QUERY_CHARS`] characters count.
//! - Each query word matches on its own, as: itself; another English form (Snowball stems:
//!   `pays` → `pay`); a synonym or acronym from the knowledge base's `synonyms` section, phrases
//!   both ways (`po` ⇔ `product owner`); a word within its typos (one from 4 letters, two from 8,
//!   a swap of neighbours one edit, the first letter kept below 8), found in the vocabulary by an
//!   `fst` Levenshtein automaton; the last word, while typed, also as a prefix. A word that
//!   matches none of these is tried as scattered letters in titles and labels (`gpm`).
//! - An item matches when any word does; a query finds nothing only when no word matches.
//!
//! A query word is *common* when its own forms (itself and its other English forms) occur in
//! more than [`Tuning::common_above`] percent (10) of all entries, counted from the inverted
//! index: like a word of low IDF in BM25, it says little about what an item is about. Rules 1–5
//! below weigh the query's other, *informative*, words; a common word matched counts in rule
//! 3½ where it names the item (in the title or a label, or standing as in the query beside
//! another word matched: "agile execution track") and in rule 5½ elsewhere. A query whose
//! words are all common has none: every word is informative (as stop words count when they are
//! all there is). Without this, "role" in one sentence of a certification and "earn" (a
//! certificate) in another outranked "paid" in the title of the pay question.
//!
//! Ranking, rule by rule (each only breaks the ties of the one before, as in Meilisearch):
//!
//! 1. more informative query words matched;
//! 2. fewer typos (scattered letters count as more than any typo);
//! 3. proximity: neighbouring query words closer together (a phrase in order is closest);
//!    3½. more common words that name the item;
//! 4. where: title or question > label (name, tags, headline, issuer, and the sentence that is
//!    a one-sentence item: a statement, a salary note, a move's "how") > body;
//! 5. exactness: exact > stem > synonym > typo > prefix > scattered letters, each word's most
//!    exact match wherever it stands (a rule of its own, as Meilisearch's: an exact tag counts
//!    although a synonym in the title decided rule 4);
//!    5½. more common words matched elsewhere;
//! 6. how early in the title the first matched word stands, stop words not counted
//!    (Meilisearch's word position), then knowledge-base order.
//!
//! [`Hit::score`] packs rules 1–6 into one integer (higher is better).
//!
//! The user's notes are searched as one more body text of their item ([`Index::with_notes`];
//! [`Index::note_matched`] says a hit matched in the note, for the `note` mark).
//!
//! For a view: build one [`Index`] when the knowledge base loads; on each keystroke search with
//! a [`Query`] (`limit: None` for a filter that lists every match, `Some(n)` for an overlay), or
//! submit it to a [`Worker`] on large knowledge bases; resolve the query once with
//! [`Index::matcher`] for drawing: [`Index::title_positions`] and [`Index::body_positions`]
//! highlight, [`Index::snippet`] gives the line under a hit whose match is in its body
//! ([`Hit::in_body`]), [`Index::matched`] the query words it matched.

mod build;
mod bytes;
mod class;
mod fuzzy;
mod highlight;
mod index;
mod matcher;
mod matching;
mod note;
mod query;
mod run;
mod scan;
mod scope;
mod skim;
mod stored;
pub mod typos;
pub mod words;
mod worker;

pub use highlight::Snippet;
pub use index::{Entry, Index, Tuning};
pub use matcher::Matcher;
pub use matching::fold;
pub use query::{MAX_QUERY_CHARS, MAX_WORDS, Query};
pub use run::Hit;
pub use scope::Scope;
pub use worker::{Request, Response, Worker};

#[cfg(test)]
mod tests;
