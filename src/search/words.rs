//! Words as search sees them: how a text is split, which words are stop words, and stems.
//!
//! A word is a run of letters and digits, folded to lower case one character for one (so byte
//! ranges in the folded word map back to the text). `&` between two letters or digits belongs to
//! the word (`P&L`), and a possessive `'s` / `’s` is dropped (`PO’s` is `po`). Everything else
//! separates words, control characters included, so no byte of a query can reach a terminal
//! through the words it is made of.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::matching::fold_char;

/// One word of a text: where it is (bytes of the original text) and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The bytes of the original text the word covers.
    pub bytes: Range<usize>,
    /// The word folded to lower case.
    pub folded: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Calls `each(bytes, folded)` for every word of `text`, in order, reusing one buffer.
pub(crate) fn each_word(text: &str, mut each: impl FnMut(Range<usize>, &str)) {
    let mut folded = String::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(at);
                folded.clear();
            }
            folded.push(fold_char(c));
            continue;
        }
        let Some(begin) = start else { continue };
        let next = chars.peek().map(|&(_, c)| c);
        if c == '&' && next.is_some_and(is_word_char) {
            folded.push('&');
            continue;
        }
        if matches!(c, '\'' | '’') && matches!(next, Some('s' | 'S')) {
            // A possessive: drop "'s" when nothing of the word follows it.
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek().is_none_or(|&(_, c)| !is_word_char(c)) {
                each(begin..at, &folded);
                start = None;
                chars.next();
                continue;
            }
        }
        each(begin..at, &folded);
        start = None;
    }
    if let Some(begin) = start {
        each(begin..text.len(), &folded);
    }
}

/// The words of `text`.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    each_word(text, |bytes, folded| out.push(Word { bytes, folded: folded.to_string() }));
    out
}

/// Words so common that they say nothing about what is wanted: ignored when a query has other
/// words, used when it has only these. NLTK's English list (the usual choice), plus `much`,
/// `many`, `could`, `would`, and `vs` / `versus`, which only join the two things a query
/// compares. Sorted, for a binary search.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "ain", "all", "am", "an", "and", "any",
    "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "could", "couldn", "d", "did", "didn", "do", "does", "doesn",
    "doing", "don", "down", "during", "each", "few", "for", "from", "further", "had", "hadn", "has",
    "hasn", "have", "haven", "having", "he", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "ll", "m",
    "ma", "many", "me", "mightn", "more", "most", "much", "mustn", "my", "myself", "needn", "no",
    "nor", "not", "now", "o", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "re", "s", "same", "shan", "she", "should", "shouldn", "so",
    "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "ve",
    "versus", "very", "vs", "was", "wasn", "we", "were", "weren", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "won", "would", "wouldn", "y", "you", "your",
    "yours", "yourself", "yourselves",
];

/// Whether the folded word is a stop word.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The English (Snowball) stem of a folded word: `pays`, `paying` → `pay`; `salaries` →
/// `salari`. Words with digits are their own stem. Snowball leaves the plural of a short
/// acronym alone (`pos`, `pms`, `vps`), so a word of three or four letters ending in one `s`
/// loses it first: `POs` is the plural of `PO`.
pub fn stem(folded: &str) -> Cow<'_, str> {
    if folded.chars().any(|c| c.is_ascii_digit()) {
        return Cow::Borrowed(folded);
    }
    let letters = folded.chars().count();
    if (3..=4).contains(&letters) && folded.ends_with('s') && !folded.ends_with("ss") {
        return Cow::Borrowed(&folded[..folded.len() - 1]);
    }
    stemmer().stem(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|word| word.folded).collect()
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(
            folded("Scrum, SAFe & the PO’s P&L (2-day)!"),
            ["scrum", "safe", "the", "po", "p&l", "2", "day"]
        );
        assert_eq!(folded("it's Zürich's café"), ["it", "zürich", "café"]);
        assert_eq!(folded("don't"), ["don", "t"]);
        assert_eq!(folded("a\u{1b}[31mred"), ["a", "31mred"]);
        assert!(folded("?!… \t\n").is_empty());
        let word = &words("the PO’s backlog")[1];
        assert_eq!((word.bytes.clone(), word.folded.as_str()), (4..6, "po"));
        let last = &words("Rôle: owner")[1];
        assert_eq!(last.bytes, 7..12);
    }

    #[test]
    fn stop_words_are_sorted_and_found() {
        assert!(STOP_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_stop_word("who") && is_stop_word("the") && is_stop_word("i"));
        assert!(!is_stop_word("pay") && !is_stop_word("done"));
    }

    #[test]
    fn stems_join_inflections() {
        assert_eq!(stem("pays"), stem("pay"));
        assert_eq!(stem("paying"), stem("pay"));
        assert_eq!(stem("owners"), stem("owner"));
        assert_eq!(stem("certifications"), stem("certification"));
        assert_eq!(stem("salaries"), stem("salary"));
        assert_eq!(stem("3"), "3");
        assert_eq!(stem("pos"), stem("po"));
        assert_eq!(stem("pms"), "pm");
        assert_eq!(stem("boss"), "boss");
    }
}
