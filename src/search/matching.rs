//! The matching primitives every search path shares: case folding, character sets, and
//! fuzzy-matcher's scorer for scattered letters in short fields.
//!
//! All text here is already folded ([`fold`]), so fuzzy-matcher runs case-sensitively: its own
//! case-insensitive mode only knows ASCII, and folding once at index time is cheaper than
//! comparing case on every keystroke.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Scores are clamped below this, so that they add up safely.
const SHORT_WORD: i64 = 10_000;

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

pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) }
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
}
