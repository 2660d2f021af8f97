//! fuzzy-matcher's `SkimMatcherV2` score (version 0.3.7, default configuration, case respected,
//! a fresh matcher per call), computed on text the index prepared once.
//!
//! Why a port: over 10,000 questions the crate's per-call work (collecting the text's characters,
//! classifying each one for its bonus, allocating) was two thirds of a keystroke, and a fresh
//! matcher per call (needed because the crate leaks state between calls, see `matching.rs`)
//! added a quarter. Here the characters and their bonuses are computed at index time and the two
//! matrix rows are reused, reset in full on every call. The arithmetic is the crate's, line for
//! line, quirks included (it reads the consecutive-match bonus from the current row); tests
//! compare it with the crate on random text.

use std::cmp::max;

const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_HEAD: i8 = 8; // score_match / 2
const BONUS_BREAK: i8 = 7; // score_match / 2 + gap_extension
const BONUS_CAMEL: i8 = 6; // score_match / 2 + 2 * gap_extension
const BONUS_CONSECUTIVE: i32 = 4; // -(gap_start + gap_extension)
const FIRST_CHAR_MULTIPLIER: i8 = 2;
const NEG_INFINITY: i32 = i16::MIN as i32;

/// The crate's character classes, which decide the bonus of a match.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharType {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

fn char_type(c: char) -> CharType {
    match c {
        '\0' => CharType::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => CharType::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => CharType::SoftSep,
        '0'..='9' => CharType::Number,
        'A'..='Z' => CharType::Upper,
        _ => CharType::Lower,
    }
}

fn in_place_bonus(previous: CharType, current: CharType) -> i8 {
    match (previous, current) {
        (CharType::Empty | CharType::HardSep, _) => BONUS_HEAD,
        (CharType::SoftSep, _) => BONUS_BREAK,
        (CharType::Lower | CharType::Number, CharType::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// Appends the bonus a match earns at each character of `text` (the crate's in-place bonus,
/// doubled for the first character).
pub(crate) fn bonuses(text: &[char], out: &mut Vec<i8>) {
    let mut previous = '\0';
    for (index, &c) in text.iter().enumerate() {
        let bonus = in_place_bonus(char_type(previous), char_type(c));
        out.push(if index == 0 { bonus * FIRST_CHAR_MULTIPLIER } else { bonus });
        previous = c;
    }
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    m: i32,
    p: i32,
    bonus: i32,
}

/// What a cell of a fresh matrix holds, and what the crate's `reset` puts back.
const FRESH: Cell = Cell { m: NEG_INFINITY, p: NEG_INFINITY, bonus: 0 };

/// Scratch space for [`Scorer::score`], reused from call to call (and reset in full each time).
#[derive(Debug, Default)]
pub(crate) struct Scorer {
    cells: Vec<Cell>,
    first: Vec<usize>,
}

impl Scorer {
    /// The crate's `fuzzy_match(choice, pattern)` for a choice of characters `text` whose
    /// bonuses (from [`bonuses`]) are `bonus`: `None` when `pattern` does not occur in order.
    pub(crate) fn score(&mut self, text: &[char], bonus: &[i8], pattern: &[char]) -> Option<i64> {
        if pattern.is_empty() {
            return Some(0);
        }
        // The crate's `cheap_matches`: the first place each character occurs, in order.
        self.first.clear();
        let mut next = pattern.iter();
        let mut want = next.next();
        for (index, c) in text.iter().enumerate() {
            match want {
                Some(p) if p == c => {
                    self.first.push(index);
                    want = next.next();
                }
                Some(_) => {}
                None => break,
            }
        }
        if want.is_some() {
            return None;
        }
        let cols = text.len() + 1;
        self.cells.clear();
        self.cells.resize(2 * cols, FRESH);
        let cells = &mut self.cells;
        // The crate resets (0, 0) and (1, first[0]), then row 0 with a gap-extension skip score.
        cells[cols + self.first[0]] = FRESH;
        for cell in &mut cells[..cols] {
            *cell = Cell { p: GAP_EXTENSION, ..FRESH };
        }
        for (i, &p_char) in pattern.iter().enumerate() {
            let (row, row_prev) = (((i + 1) & 1) * cols, (i & 1) * cols);
            let to_skip = self.first[i];
            for (j, &c) in text[to_skip..].iter().enumerate() {
                let col = to_skip + j + 1;
                let (cur, last, prev) = (row + col, row + col - 1, row_prev + col - 1);
                if c == p_char {
                    let in_place = i32::from(bonus[col - 1]);
                    let consecutive = max(cells[last].bonus, max(in_place, BONUS_CONSECUTIVE));
                    cells[last].bonus = consecutive;
                    let by_match = cells[prev].m + consecutive;
                    let by_skip = cells[prev].p + in_place;
                    cells[cur].m = max(by_match, by_skip) + SCORE_MATCH;
                } else {
                    cells[cur].m = NEG_INFINITY;
                    cells[cur].bonus = 0;
                }
                cells[cur].p = max(GAP_START + GAP_EXTENSION + cells[last].m, GAP_EXTENSION + cells[last].p);
            }
        }
        let last_row = (pattern.len() & 1) * cols;
        let first_col = self.first[pattern.len() - 1];
        cells[last_row + first_col..last_row + cols].iter().map(|cell| i64::from(cell.m)).max()
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use proptest::prelude::*;

    use super::*;

    fn port(text: &str, pattern: &str) -> Option<i64> {
        let chars: Vec<char> = text.chars().collect();
        let mut bonus = Vec::new();
        bonuses(&chars, &mut bonus);
        let pattern: Vec<char> = pattern.chars().collect();
        Scorer::default().score(&chars, &bonus, &pattern)
    }

    fn crate_score(text: &str, pattern: &str) -> Option<i64> {
        SkimMatcherV2::default().respect_case().fuzzy_match(text, pattern)
    }

    #[test]
    fn known_scores_match_the_crate() {
        // 23 = 16 for the match + 8 for a word start - 1 for the skip before it; 31 at the very
        // start, where the bonus doubles.
        assert_eq!(port("is a scrum certification", "c"), Some(23));
        assert_eq!(port("c", "c"), Some(31));
        for (text, pattern) in
            [("is a scrum certification", "certfication"), ("ccri cectir", "cce"), ("ab", "abc")]
        {
            assert_eq!(port(text, pattern), crate_score(text, pattern), "{pattern} in {text}");
        }
        assert_eq!(port("", "a"), None);
        assert_eq!(port("abc", ""), Some(0));
    }

    #[test]
    fn one_scorer_gives_the_same_score_whatever_it_scored_before() {
        let mut scorer = Scorer::default();
        let mut score = |text: &str, pattern: &str| {
            let chars: Vec<char> = text.chars().collect();
            let mut bonus = Vec::new();
            bonuses(&chars, &mut bonus);
            scorer.score(&chars, &bonus, &pattern.chars().collect::<Vec<_>>())
        };
        let alone = score("ccri cectir", "cce");
        let _ = score("tt rierr   cecctt", "tc");
        assert_eq!(score("ccri cectir", "cce"), alone);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

        /// Small alphabets with separators and capitals reach every bonus and the crate's
        /// repeated-letter quirks.
        #[test]
        fn the_port_scores_what_a_fresh_crate_matcher_scores(
            text in "[ceirtC -/_.9é]{0,24}",
            pattern in "[ceirtC -/é]{0,6}",
        ) {
            prop_assert_eq!(port(&text, &pattern), crate_score(&text, &pattern));
        }

        #[test]
        fn the_port_agrees_on_prose(text in "[a-z ,.'?]{0,90}", pattern in "[a-z]{1,8}") {
            prop_assert_eq!(port(&text, &pattern), crate_score(&text, &pattern));
        }
    }
}
