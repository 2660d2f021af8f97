//! The folded text of every entry, laid out for scanning: all short fields in one string, all
//! long fields in another, and small fixed-size records pointing into them, in knowledge-base
//! order. A search walks memory front to back instead of chasing a pointer per field, which
//! (measured) was a fifth of the time of a keystroke.

use std::ops::Range;

use super::SHORT_WORD;
use super::matching::{body_score_with, char_set, fold, in_order, short_score};
use super::query::{Query, Word};
use super::skim::{Scorer, bonuses};

/// One folded field: where its text sits (bytes in the string arena, and for short fields
/// characters in the character arena) and which characters it holds.
#[derive(Debug, Clone)]
struct Field {
    text: Range<usize>,
    chars: Range<usize>,
    set: u64,
}

/// One entry's fields.
#[derive(Debug, Clone, Default)]
struct Slot {
    short: Range<usize>,
    long: Range<usize>,
    /// The characters of all long fields together.
    long_set: u64,
}

/// The searchable text of every entry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Texts {
    slots: Vec<Slot>,
    short: Vec<Field>,
    long: Vec<Field>,
    short_text: String,
    /// The short fields again as characters, with the bonus a match earns at each.
    short_chars: Vec<char>,
    short_bonus: Vec<i8>,
    long_text: String,
}

/// Scratch space one search thread reuses from entry to entry.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    short: Vec<Option<i64>>,
    scorer: Scorer,
}

/// How to score a short field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct How {
    /// Check character sets and order before scoring.
    pub(crate) prefilter: bool,
    /// Score with the port on prepared characters rather than by calling fuzzy-matcher.
    pub(crate) port: bool,
}

impl Texts {
    /// Starts the next entry; the fields added from now on are its own.
    pub(crate) fn start_entry(&mut self) {
        let (short, long) = (self.short.len(), self.long.len());
        self.slots.push(Slot { short: short..short, long: long..long, long_set: 0 });
    }

    /// Adds a short field (a title, a tag, a name) to the current entry: matched fuzzily.
    pub(crate) fn add_short(&mut self, text: &str) {
        let mut field = push(&mut self.short_text, text);
        let start = self.short_chars.len();
        self.short_chars.extend(self.short_text[field.text.clone()].chars());
        bonuses(&self.short_chars[start..], &mut self.short_bonus);
        field.chars = start..self.short_chars.len();
        self.short.push(field);
        if let Some(slot) = self.slots.last_mut() {
            slot.short.end = self.short.len();
        }
    }

    /// Adds a long field (an answer, a description) to the current entry: matched by words.
    pub(crate) fn add_long(&mut self, text: &str) {
        let field = push(&mut self.long_text, text);
        let set = field.set;
        self.long.push(field);
        if let Some(slot) = self.slots.last_mut() {
            slot.long.end = self.long.len();
            slot.long_set |= set;
        }
    }

    fn short_fields(&self, slot: &Slot) -> impl Iterator<Item = &Field> {
        self.short[slot.short.clone()].iter()
    }

    /// The fuzzy score of one word in one short field, `None` below the word's floor.
    fn short_score(&self, field: &Field, word: &Word, how: How, scorer: &mut Scorer) -> Option<i64> {
        let score = if how.port {
            if how.prefilter && word.set & !field.set != 0 {
                return None;
            }
            let chars = &self.short_chars[field.chars.clone()];
            // As in `matching::short_score`: the tail after the last occurrence of the word's
            // last character cannot change the score.
            let last = *word.chars.last()?;
            let end = chars.iter().rposition(|&c| c == last)? + 1;
            let bonus = &self.short_bonus[field.chars.start..field.chars.start + end];
            scorer.score(&chars[..end], bonus, &word.chars)?.clamp(0, SHORT_WORD - 1)
        } else {
            let text = &self.short_text[field.text.clone()];
            if how.prefilter && (word.set & !field.set != 0 || !in_order(text, &word.text)) {
                return None;
            }
            short_score(text, &word.text)?
        };
        (score >= word.floor).then_some(score)
    }

    fn long_fields(&self, slot: &Slot) -> impl Iterator<Item = &str> {
        self.long[slot.long.clone()].iter().map(|field| &self.long_text[field.text.clone()])
    }

    /// Entry `entry`'s score for `query`, or `None` when some word matches none of its fields or
    /// when it cannot score more than `beat` (a hit already kept that comes earlier in the
    /// knowledge base, so that it wins a tie). `short` is scratch space, reused across entries.
    pub(crate) fn score(
        &self,
        entry: usize,
        query: &Query,
        how: How,
        beat: i64,
        scratch: &mut Scratch,
    ) -> Option<i64> {
        let slot = &self.slots[entry];
        let Scratch { short, scorer } = scratch;
        short.clear();
        for word in query.words() {
            short.push(
                self.short_fields(slot).filter_map(|field| self.short_score(field, word, how, scorer)).max(),
            );
        }
        let known: i64 = short.iter().flatten().map(|score| SHORT_WORD + score).sum();
        let unknown = short.iter().filter(|score| score.is_none()).count() as i64;
        // A word found only in a body is worth at most 2: when even that cannot beat the hits
        // kept, the bodies need not be read (the common case once the top `limit` have matched
        // titles).
        if known + 2 * unknown <= beat {
            return None;
        }
        let mut total = known;
        for (word, short) in query.words().iter().zip(short.iter()) {
            if short.is_none() {
                if how.prefilter && word.set & !slot.long_set != 0 {
                    return None;
                }
                total +=
                    self.long_fields(slot).filter_map(|text| body_score_with(text, &word.finder)).max()?;
            }
        }
        Some(total)
    }
}

/// Appends the folded `text` to `arena` and describes where it went.
fn push(arena: &mut String, text: &str) -> Field {
    let start = arena.len();
    let folded = fold(text);
    let set = char_set(&folded);
    arena.push_str(&folded);
    Field { text: start..arena.len(), chars: 0..0, set }
}
