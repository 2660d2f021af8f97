//! A query, parsed once: its words folded to lower case, and the highlight positions it makes in
//! any text, so that a view can highlight the text it draws from the knowledge base.

use memchr::memmem::Finder;

use super::matching::{body_matches, char_set, fold, short_positions, short_score};

/// A search query: the text as typed and its folded words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    text: String,
    words: Vec<Word>,
}

/// One folded word of a query and the least fuzzy score that counts as a match.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub(crate) text: String,
    /// Two thirds of what the word scores against itself. Below it, the word's letters are
    /// scattered over a long question or statement ("skill" in "Sitting with developers ...
    /// appeals to you" scores 24 of 111; "safe" in "stakeholders' feedback" over half) rather
    /// than misspelt (a dropped letter keeps 80-95% of the score).
    pub(crate) floor: i64,
    /// The word's characters, as [`char_set`] computes them.
    pub(crate) set: u64,
    /// The word's characters, for the scorer.
    pub(crate) chars: Vec<char>,
    /// A searcher for the word in long fields, built once.
    pub(crate) finder: Finder<'static>,
}

/// Everything else in a word follows from its text.
impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.text == other.text
    }
}

impl Eq for Word {}

impl Query {
    /// Parses `text`: words are separated by whitespace and compared case-insensitively.
    pub fn new(text: &str) -> Query {
        let words = text
            .split_whitespace()
            .map(|word| {
                let text = fold(word);
                let floor = short_score(&text, &text).unwrap_or(0) * 2 / 3;
                let finder = Finder::new(&text).into_owned();
                Word { floor, set: char_set(&text), chars: text.chars().collect(), finder, text }
            })
            .collect();
        Query { text: text.to_string(), words }
    }

    /// The query as typed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the query has no words (it then matches everything in scope).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded words.
    pub(crate) fn words(&self) -> &[Word] {
        &self.words
    }

    /// Character positions (not bytes) to highlight in a short text (a title, question, tag or
    /// name): for each word that fuzzily matches it, the characters the scorer matched. Sorted,
    /// without repeats; empty when nothing matches.
    pub fn title_positions(&self, text: &str) -> Vec<usize> {
        let folded = fold(text);
        let mut positions: Vec<usize> = self
            .words
            .iter()
            .filter(|word| short_score(&folded, &word.text).is_some_and(|score| score >= word.floor))
            .filter_map(|word| short_positions(&folded, &word.text))
            .flatten()
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    /// Character positions (not bytes) to highlight in a long text (an answer, a description):
    /// every character of every place where a query word begins a word of the text. Sorted,
    /// without repeats.
    pub fn body_positions(&self, text: &str) -> Vec<usize> {
        let folded = fold(text);
        let mut bytes: Vec<(usize, usize)> = Vec::new();
        for word in &self.words {
            bytes.extend(body_matches(&folded, &word.text).map(|at| (at, at + word.text.len())));
        }
        if bytes.is_empty() {
            return Vec::new();
        }
        // One walk over the text turns byte ranges into character positions.
        let mut positions = Vec::new();
        for (index, (at, _)) in folded.char_indices().enumerate() {
            if bytes.iter().any(|&(start, end)| (start..end).contains(&at)) {
                positions.push(index);
            }
        }
        positions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_at_whitespace_and_folded() {
        let query = Query::new("  Scrum\tCERTIFICATION ");
        let words: Vec<&str> = query.words().iter().map(|word| word.text.as_str()).collect();
        assert_eq!(words, ["scrum", "certification"]);
        assert_eq!(query.as_str(), "  Scrum\tCERTIFICATION ");
        assert!(!query.is_empty());
        assert!(Query::new(" \t ").is_empty());
    }

    #[test]
    fn title_positions_are_ascii_character_positions() {
        // "Is a Scrum certification": S=5 c=6 r=7 u=8 m=9; "certification" starts at 11.
        let query = Query::new("scrum");
        assert_eq!(query.title_positions("Is a Scrum certification"), vec![5, 6, 7, 8, 9]);
        // Two words in the other order highlight both.
        let both = Query::new("cert scrum");
        assert_eq!(both.title_positions("Is a Scrum certification"), vec![5, 6, 7, 8, 9, 11, 12, 13, 14]);
        assert!(Query::new("xyz").title_positions("Is a Scrum certification").is_empty());
        // Letters scattered over the text are below the floor: nothing to highlight.
        assert!(
            Query::new("pm")
                .title_positions("how does safe change the product owner role compared")
                .is_empty()
        );
    }

    #[test]
    fn title_positions_count_characters_not_bytes() {
        // "Ça coûte combien ?": Ç=0 a=1 ' '=2 c=3 o=4 û=5 t=6 e=7. "coûte" is 6 bytes but 5 chars.
        let query = Query::new("coûte");
        assert_eq!(query.title_positions("Ça coûte combien ?"), vec![3, 4, 5, 6, 7]);
        // An upper-case non-ASCII letter in the text matches a lower-case one in the query.
        assert_eq!(Query::new("ça").title_positions("Ça coûte"), vec![0, 1]);
    }

    #[test]
    fn body_positions_cover_each_word_beginning() {
        // "the PO’s backlog: backlogs" — P=4 O=5, ’ is one char at 6, s=7, "backlog" at 9..16,
        // "backlogs" at 18..26 (prefix "backlog" is 18..25).
        let text = "the PO’s backlog: backlogs";
        let query = Query::new("backlog po");
        let mut expected: Vec<usize> = vec![4, 5];
        expected.extend(9..16);
        expected.extend(18..25);
        assert_eq!(query.body_positions(text), expected);
        // Inside a word is not a match: "ack" begins no word.
        assert!(Query::new("ack").body_positions(text).is_empty());
    }

    #[test]
    fn body_positions_after_non_ascii_text_are_shifted_by_characters() {
        // "Rôle: owner" — R=0 ô=1 l=2 e=3 :=4 ' '=5 o=6..10. "ô" is two bytes, one character.
        assert_eq!(Query::new("owner").body_positions("Rôle: owner"), vec![6, 7, 8, 9, 10]);
        assert_eq!(Query::new("RÔLE").body_positions("Rôle: owner"), vec![0, 1, 2, 3]);
    }
}
