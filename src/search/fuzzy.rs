//! Abbreviations and scattered letters in short fields (`gpm` in "Group Product Manager"):
//! fuzzy-matcher's `SkimMatcherV2` score, through pmpo's port of it on characters prepared once.
//!
//! Only for a query word that is no word of the knowledge base, within no typo of one, begins
//! none and is in no synonym group: a word that matches whole words never falls back to
//! scattered letters (which is how `salaris` once found a statement about sprints). Only titles
//! and labels are tried, and a word counts only from two thirds of what it scores against
//! itself, so letters strewn across a long question do not.

use std::ops::Range;

use super::bytes::{Reader, Writer};
use super::class::Class;
use super::matching::{char_set, fold, short_positions, short_score};
use super::skim::{Scorer, bonuses};

/// One short field: its characters in the arena, which characters it holds, and its class.
#[derive(Debug, Clone)]
struct Short {
    chars: Range<usize>,
    set: u64,
    class: Class,
}

/// The short fields of every entry, folded, as characters with the bonus of a match at each.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shorts {
    slots: Vec<Range<usize>>,
    fields: Vec<Short>,
    chars: Vec<char>,
    bonus: Vec<i8>,
}

/// A query word prepared for fuzzy scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FuzzyWord {
    /// The folded word.
    pub(crate) text: String,
    chars: Vec<char>,
    set: u64,
    /// Two thirds of what the word scores against itself.
    floor: i64,
}

impl FuzzyWord {
    pub(crate) fn new(folded: &str) -> FuzzyWord {
        let floor = short_score(folded, folded).unwrap_or(0) * 2 / 3;
        FuzzyWord { text: folded.to_string(), chars: folded.chars().collect(), set: char_set(folded), floor }
    }

    /// The character positions of `text` (a short field, not folded) this word matches, if it
    /// scores at least its floor there.
    pub(crate) fn positions(&self, text: &str) -> Option<Vec<usize>> {
        let folded = fold(text);
        let score = short_score(&folded, &self.text)?;
        if score < self.floor {
            return None;
        }
        short_positions(&folded, &self.text)
    }
}

impl Shorts {
    /// Starts the next entry.
    pub(crate) fn start_entry(&mut self) {
        let at = self.fields.len();
        self.slots.push(at..at);
    }

    /// Adds a short field to the current entry.
    pub(crate) fn add(&mut self, text: &str, class: Class) {
        let folded = fold(text);
        let start = self.chars.len();
        self.chars.extend(folded.chars());
        bonuses(&self.chars[start..], &mut self.bonus);
        self.fields.push(Short { chars: start..self.chars.len(), set: char_set(&folded), class });
        if let Some(slot) = self.slots.last_mut() {
            slot.end = self.fields.len();
        }
    }

    /// The best class in which `word` matches a short field of `entry`, if any does.
    pub(crate) fn best(&self, entry: usize, word: &FuzzyWord, scorer: &mut Scorer) -> Option<Class> {
        let last = *word.chars.last()?;
        let mut best: Option<Class> = None;
        for field in &self.fields[self.slots[entry].clone()] {
            if word.set & !field.set != 0 || best.is_some_and(|class| class <= field.class) {
                continue;
            }
            let chars = &self.chars[field.chars.clone()];
            // The tail after the last occurrence of the word's last character cannot change
            // the score (the scorer's matrix runs left to right).
            let Some(end) = chars.iter().rposition(|&c| c == last) else { continue };
            let bonus = &self.bonus[field.chars.start..=field.chars.start + end];
            if scorer.score(&chars[..=end], bonus, &word.chars).is_some_and(|score| score >= word.floor) {
                best = Some(field.class);
            }
        }
        best
    }
}

impl Shorts {
    /// How many entries have their short fields here.
    pub(crate) fn entries(&self) -> usize {
        self.slots.len()
    }

    /// Writes the short fields for a stored index ([`super::stored`]).
    pub(crate) fn write(&self, w: &mut Writer) {
        w.usize(self.slots.len());
        for slot in &self.slots {
            w.usize(slot.start);
            w.usize(slot.end);
        }
        w.usize(self.fields.len());
        for field in &self.fields {
            w.usize(field.chars.start);
            w.usize(field.chars.end);
            w.u64(field.set);
            w.u32(field.class as u32);
        }
        w.u32s(&self.chars.iter().map(|&c| u32::from(c)).collect::<Vec<u32>>());
        w.bytes(&self.bonus.iter().map(|&b| b as u8).collect::<Vec<u8>>());
    }

    /// Reads what [`Shorts::write`] wrote, checking that every range lies within its arena.
    pub(crate) fn read(r: &mut Reader<'_>) -> Option<Shorts> {
        let range = |r: &mut Reader<'_>| Some(r.usize()?..r.usize()?);
        let slots = r.list(range)?;
        let fields = r.list(|r| {
            let chars = range(r)?;
            let set = r.u64()?;
            Some(Short { chars, set, class: Class::from_u32(r.u32()?)? })
        })?;
        let chars = r.u32s()?.into_iter().map(char::from_u32).collect::<Option<Vec<char>>>()?;
        let bonus: Vec<i8> = r.bytes()?.iter().map(|&b| b as i8).collect();
        let fits = |range: &Range<usize>, len: usize| range.start <= range.end && range.end <= len;
        let whole = bonus.len() == chars.len()
            && slots.iter().all(|slot| fits(slot, fields.len()))
            && fields.iter().all(|field| fits(&field.chars, chars.len()));
        whole.then_some(Shorts { slots, fields, chars, bonus })
    }
}
