//! The matching primitives every search path shares: case folding, the cheap in-order check, the
//! fuzzy scorer for short fields and word-prefix matching for long ones.
//!
//! All text here is already folded ([`fold`]), so fuzzy-matcher runs case-sensitively: its own
//! case-insensitive mode only knows ASCII, and folding once at index time is cheaper than
//! comparing case on every keystroke.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use super::SHORT_WORD;

/// A fresh matcher for every call. fuzzy-matcher 0.3.7 keeps its score matrix between calls (per
/// thread) and does not clear all of it, so a score can depend on the call before: "cce" in
/// "ccri cectir" scores 68 from a fresh matrix but 80 right after "tc" in "tt rierr   cecctt".
/// A shared matcher would make results depend on which thread searched what before; a fresh one
/// costs about a quarter more per call (measured) and is deterministic. (Its `use_cache(false)`
/// would do the same but panics with a double borrow.)
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().respect_case()
}

/// Lower-cases `text` one character for one, so that character positions in the folded text are
/// positions in the original (`"İ"` folds to `"i"`, not to the two characters `"i̇"`).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) }
}

/// Whether the characters of `word` occur in `text` in order: a necessary condition for a fuzzy
/// match, checked with `str::find` (memchr underneath) before the scorer builds its matrix.
pub(crate) fn in_order(text: &str, word: &str) -> bool {
    let mut rest = text;
    for c in word.chars() {
        match rest.find(c) {
            Some(at) => rest = &rest[at + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

/// The fuzzy score of `word` in the short field `text` (both folded), or `None` when the word's
/// characters do not all occur in order. Clamped to `0..SHORT_WORD` so scores add up safely.
pub(crate) fn short_score(text: &str, word: &str) -> Option<i64> {
    // The scorer's matrix runs left to right, so nothing after the last place where the word's
    // last character occurs can change the score: leave that tail out of the matrix.
    let last = word.chars().next_back()?;
    let end = text.rfind(last)? + last.len_utf8();
    matcher().fuzzy_match(&text[..end], word).map(|score| score.clamp(0, SHORT_WORD - 1))
}

/// The characters of `text` as a set of 64 bits: letters and digits one bit each, every other
/// character hashed onto the rest. A word whose set is not within a field's cannot occur in it,
/// in order or at all: a one-instruction test before any scan.
pub(crate) fn char_set(text: &str) -> u64 {
    text.chars().fold(0, |set, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + (c as u32 - '0' as u32),
            _ => 36 + c as u32 % 28,
        };
        set | 1 << bit
    })
}

/// The character positions the fuzzy scorer matched for `word` in the short field `text`.
pub(crate) fn short_positions(text: &str, word: &str) -> Option<Vec<usize>> {
    matcher().fuzzy_indices(text, word).map(|(_, positions)| positions)
}

/// Whether a match at byte `at` of `text` begins a word: nothing before it, or no letter or digit.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether a match of `len` bytes at byte `at` of `text` is a whole word.
fn ends_word(text: &str, at: usize, len: usize) -> bool {
    text[at + len..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Every byte position where `word` occurs in `text`, overlapping occurrences included: in
/// "ax-x-x" the word "x-x" begins a word only at its second occurrence, which `match_indices`
/// would skip.
fn occurrences<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if word.is_empty() {
            return None;
        }
        let at = from + text.get(from..)?.find(word)?;
        // Step one character, not the whole word, to see overlapping occurrences.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// The score of `word` in the long field `text` (both folded): 2 when it is a whole word of the
/// text, 1 when it only begins one, `None` when it begins none.
#[cfg(test)]
fn body_score(text: &str, word: &str) -> Option<i64> {
    body_score_with(text, &Finder::new(word).into_owned())
}

/// [`body_score`] with the word's searcher built once per query rather than once per text: a
/// vectorised search that skips most of a paragraph, where `str::find` sets itself up on every
/// call and scans byte by byte.
pub(crate) fn body_score_with(text: &str, word: &Finder<'_>) -> Option<i64> {
    let len = word.needle().len();
    let mut best = None;
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| word.find(rest.as_bytes())) {
        let at = from + found;
        if starts_word(text, at) {
            if ends_word(text, at, len) {
                return Some(2);
            }
            best = Some(1);
        }
        // One character on, to see overlapping occurrences (see `occurrences`).
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    best
}

/// The byte positions where `word` begins a word of the long field `text` (folded).
pub(crate) fn body_matches<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    occurrences(text, word).filter(move |&at| starts_word(text, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_one_character_for_one() {
        assert_eq!(fold("Scrum PO"), "scrum po");
        assert_eq!(fold("ÉTÉ Ärger"), "été ärger");
        // U+0130 lower-cases to two characters; folding keeps only the first.
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("İstanbul").chars().count(), "İstanbul".chars().count());
    }

    #[test]
    fn character_sets_hold_every_character() {
        let set = char_set("café 2");
        for c in ["c", "a", "f", "é", " ", "2", "ca", "é2"] {
            assert_eq!(char_set(c) & !set, 0, "{c}");
        }
        assert_ne!(char_set("x") & !set, 0);
        assert_eq!(char_set(""), 0);
    }

    #[test]
    fn the_tail_after_the_last_character_does_not_change_a_score() {
        // The same score with or without a tail in which the word's last letter never occurs.
        let word = "cert";
        let with_tail = matcher().fuzzy_match("scrum certs for all", word);
        assert_eq!(short_score("scrum certs for all", word), with_tail.map(|s| s.clamp(0, SHORT_WORD - 1)));
        assert_eq!(short_score("no such letters", "z"), None);
    }

    #[test]
    fn a_score_does_not_depend_on_the_call_before() {
        let alone = short_score("ccri cectir", "cce");
        let _ = short_score("tt rierr   cecctt", "tc");
        assert_eq!(short_score("ccri cectir", "cce"), alone);
        // The upstream behaviour this guards against: a matcher reused across calls.
        let shared = matcher();
        let fresh = shared.fuzzy_match("ccri cectir", "cce");
        let _ = shared.fuzzy_match("tt rierr   cecctt", "tc");
        assert_ne!(shared.fuzzy_match("ccri cectir", "cce"), fresh, "fuzzy-matcher fixed its matrix reuse");
    }

    #[test]
    fn the_in_order_check_follows_characters() {
        assert!(in_order("certification", "crtfctn"));
        assert!(!in_order("certification", "nc"));
        assert!(in_order("café crème", "éè"));
        assert!(!in_order("café crème", "èé"));
        assert!(in_order("anything", ""));
    }

    #[test]
    fn body_words_must_begin_a_word() {
        let text = "a scrum team uses scrumban; (cspo) is a credential";
        assert_eq!(body_score(text, "scrum"), Some(2), "whole word");
        assert_eq!(body_score(text, "scrumb"), Some(1), "prefix of scrumban");
        assert_eq!(body_score(text, "crum"), None, "inside a word");
        assert_eq!(body_score(text, "cspo"), Some(2), "after a parenthesis");
        assert_eq!(body_score(text, "(cspo)"), Some(2), "punctuation in the query");
        assert_eq!(body_matches(text, "scrum").collect::<Vec<_>>(), vec![2, 18]);
        // Overlapping occurrences: only the second "x-x" of "ax-x-x" begins a word.
        assert_eq!(body_score("ax-x-x", "x-x"), Some(2));
        assert_eq!(body_matches("ax-x-x", "x-x").collect::<Vec<_>>(), vec![3]);
        assert_eq!(body_matches("éé é", "é").collect::<Vec<_>>(), vec![0, 5]);
    }
}
