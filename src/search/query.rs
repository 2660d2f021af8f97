//! A query, parsed once: its words as typed and folded, without stop words (unless they are all
//! there is), at most [`MAX_WORDS`] of them from the first [`MAX_QUERY_CHARS`] characters, and
//! whether the last one is still being typed (then it also matches as a prefix).

use super::words::{is_stop_word, words};

/// Only this many characters of a query are read: no question needs more, and a pasted page
/// costs no more than a sentence.
pub const MAX_QUERY_CHARS: usize = 256;
/// Only this many words of a query (after stop words are dropped) are matched.
pub const MAX_WORDS: usize = 10;

/// A search query: the text as typed and the words that are matched.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    text: String,
    words: Vec<QueryWord>,
    /// Every word read, stop words included, each with its place among `words` if kept: a
    /// synonym phrase such as "profit and loss" is matched on these.
    all: Vec<(String, Option<usize>)>,
    prefix: bool,
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueryWord {
    /// The word as typed (for `matched` in `pmpo search --json`).
    pub(crate) typed: String,
    /// The word folded to lower case.
    pub(crate) folded: String,
    /// Its place among all the query's words, stop words included: two kept words with a stop
    /// word between them ("go to market") are a phrase when the text has one word between them.
    pub(crate) at: usize,
}

impl Query {
    /// Parses `text`; see the module documentation.
    pub fn new(text: &str) -> Query {
        let considered = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let considered = &without_escapes(considered);
        let all = words(considered);
        let ends_in_word = all.last().is_some_and(|word| word.bytes.end == considered.len());
        let only_stop_words = all.iter().all(|word| is_stop_word(&word.folded));
        let last = all.len().saturating_sub(1);
        let mut prefix = false;
        let mut kept = Vec::new();
        let mut every = Vec::new();
        for (i, word) in all.into_iter().enumerate() {
            if kept.len() == MAX_WORDS {
                break;
            }
            let place = (only_stop_words || !is_stop_word(&word.folded)).then_some(kept.len());
            if place.is_some() {
                prefix = i == last && ends_in_word;
                let typed = considered[word.bytes].to_string();
                kept.push(QueryWord { typed, folded: word.folded.clone(), at: i });
            }
            every.push((word.folded, place));
        }
        Query { text: text.to_string(), words: kept, all: every, prefix }
    }

    /// The query as typed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The query as it may be shown back to a person: control characters replaced, and cut
    /// after 60 characters, so that no input can put an escape sequence on a terminal.
    pub fn shown(&self) -> String {
        let clean: String = self.text.trim().chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        match clean.char_indices().nth(60) {
            Some((end, _)) => format!("{}…", &clean[..end]),
            None => clean,
        }
    }

    /// Whether the query has no words to match (it then matches everything in scope).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words matched.
    pub(crate) fn words(&self) -> &[QueryWord] {
        &self.words
    }

    /// Every word read, stop words included, with its place among [`Query::words`] if kept.
    pub(crate) fn all_words(&self) -> &[(String, Option<usize>)] {
        &self.all
    }

    /// Whether the last word is still being typed, so that it also matches as a prefix.
    pub(crate) fn last_is_prefix(&self) -> bool {
        self.prefix
    }
}

/// `text` without terminal escape sequences (CSI `ESC [ ... final`, OSC `ESC ] ... BEL or ST`,
/// and two-byte `ESC x`), so that a pasted coloured word is the word, not `31mword`.
fn without_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => while chars.next().is_some_and(|c| !('\u{40}'..='\u{7e}').contains(&c)) {},
            Some(']') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                        break;
                    }
                }
            }
            _ => {}
        }
        out.push(' ');
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(query: &Query) -> Vec<&str> {
        query.words().iter().map(|word| word.folded.as_str()).collect()
    }

    #[test]
    fn words_are_folded_and_stop_words_dropped_unless_alone() {
        let query = Query::new("  How much do Product OWNERS make");
        assert_eq!(folded(&query), ["product", "owners", "make"]);
        assert_eq!(query.words()[1].typed, "OWNERS");
        assert!(query.last_is_prefix());
        assert_eq!(folded(&Query::new("who is the")), ["who", "is", "the"]);
        assert!(Query::new(" \t ").is_empty());
        assert!(Query::new("?!…").is_empty());
    }

    #[test]
    fn the_last_word_is_a_prefix_only_while_typed() {
        assert!(Query::new("scrum cert").last_is_prefix());
        assert!(!Query::new("scrum cert ").last_is_prefix());
        assert!(!Query::new("scrum cert?").last_is_prefix());
        assert_ne!(Query::new("cert"), Query::new("cert "));
    }

    #[test]
    fn long_and_hostile_queries_are_capped_and_shown_safely() {
        let long = "certification ".repeat(1_000);
        let query = Query::new(&long);
        assert_eq!(query.words().len(), MAX_WORDS);
        let escape = Query::new("\u{1b}[2J\u{1b}]0;owned\u{7}scrum");
        assert!(!escape.shown().chars().any(char::is_control));
        assert_eq!(folded(&escape), ["scrum"]);
        assert_eq!(folded(&Query::new("\u{1b}[31mscrum\u{1b}[0m master")), ["scrum", "master"]);
        assert!(Query::new(&"x".repeat(500)).shown().chars().count() <= 61);
    }
}
