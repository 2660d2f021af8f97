//! Why a hit matched, for a person: the characters to highlight in any text of the knowledge
//! base, a one-line snippet of the body around the matched words (as ripgrep and Meilisearch's
//! `_formatted` show), and the query words that matched, as typed.

use std::ops::Range;

use super::class::Class;
use super::index::{Field, Index};
use super::matcher::{Matcher, Target};
use super::run::Hit;
use super::scan::{NONE, Scratch, class_of};
use super::words::each_word;

/// A line of a body around the matched words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The line: one line, `…` where the text was cut.
    pub text: String,
    /// The character positions of the matched words in `text`, sorted.
    pub positions: Vec<usize>,
}

impl Snippet {
    /// The characters at the matched positions, run together: what a test checks was marked.
    #[cfg(test)]
    pub(crate) fn marked(&self) -> String {
        self.text.chars().enumerate().filter(|(i, _)| self.positions.contains(i)).map(|(_, c)| c).collect()
    }
}

/// The byte ranges of `text`'s words that match `m`, each with the query word it stands for
/// (the first of several for a phrase).
fn matched_words(index: &Index, m: &Matcher, text: &str, terms: Option<&[u32]>) -> Vec<(Range<usize>, u8)> {
    // The index's own texts come with their word ids (split the same way); others are looked up.
    let mut words: Vec<(Range<usize>, Option<u32>)> = Vec::new();
    each_word(text, |bytes, folded| {
        let term = if terms.is_some() { None } else { index.vocabulary.id(folded) };
        words.push((bytes, term));
    });
    if let Some(terms) = terms {
        for (word, &term) in words.iter_mut().zip(terms) {
            word.1 = Some(term);
        }
    }
    let mut out = Vec::new();
    for (at, (bytes, term)) in words.iter().enumerate() {
        let Some(term) = *term else { continue };
        for found in m.matches(term) {
            match found.target {
                Target::Words { first, .. } => out.push((bytes.clone(), first)),
                Target::Step { phrase, k: 0 } => {
                    let p = m.phrases[usize::from(phrase)];
                    let len = usize::from(p.len);
                    let rest = words.get(at..at + len).unwrap_or_default();
                    let whole = rest.len() == len
                        && rest.iter().enumerate().all(|(k, (_, term))| {
                            term.is_some_and(|term| {
                                m.matches(term)
                                    .iter()
                                    .any(|f| f.target == Target::Step { phrase, k: k as u8 })
                            })
                        });
                    if whole {
                        out.extend(rest.iter().map(|(bytes, _)| (bytes.clone(), p.first)));
                    }
                }
                Target::Step { .. } => {}
            }
        }
    }
    out.sort_by_key(|(bytes, _)| bytes.start);
    out.dedup_by_key(|(bytes, _)| bytes.start);
    out
}

/// A body field as a snippet's source: how many distinct words it matched, the field, and the
/// matched words' bytes with the query word each stands for.
type Candidate<'a> = (usize, &'a Field, Vec<(Range<usize>, u8)>);

/// Character positions of the bytes in `ranges` within `text`.
fn char_positions(text: &str, ranges: &[Range<usize>]) -> Vec<usize> {
    if ranges.is_empty() {
        return Vec::new();
    }
    text.char_indices()
        .enumerate()
        .filter(|(_, (at, _))| ranges.iter().any(|range| range.contains(at)))
        .map(|(index, _)| index)
        .collect()
}

impl Index {
    /// Character positions (not bytes) to highlight in a short text (a title, question, tag or
    /// name): every word that matches a query word, and the letters of a word matched as
    /// scattered letters. Sorted, without repeats.
    pub fn title_positions(&self, m: &Matcher, text: &str) -> Vec<usize> {
        let mut positions = self.body_positions(m, text);
        for (_, word) in &m.fuzzy {
            positions.extend(word.positions(text).unwrap_or_default());
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    /// Character positions (not bytes) to highlight in a long text (an answer, a description):
    /// every word that matches a query word. Sorted, without repeats.
    pub fn body_positions(&self, m: &Matcher, text: &str) -> Vec<usize> {
        let ranges: Vec<Range<usize>> =
            matched_words(self, m, text, None).into_iter().map(|(r, _)| r).collect();
        char_positions(text, &ranges)
    }

    /// The query words (as typed) that matched the hit's item.
    pub fn matched(&self, m: &Matcher, hit: &Hit) -> Vec<String> {
        let Some(found) = self.scan(m, hit.entry, &mut Scratch::default()) else { return Vec::new() };
        m.words
            .iter()
            .zip(found.best)
            .filter(|(_, best)| *best != NONE)
            .map(|(word, _)| word.typed.clone())
            .collect()
    }

    /// A line of about `width` characters from the hit's body around its matched words, or
    /// `None` when every word matched best in the title or a label.
    pub fn snippet(&self, m: &Matcher, hit: &Hit, width: usize) -> Option<Snippet> {
        let found = self.scan(m, hit.entry, &mut Scratch::default())?;
        if !found.in_body() {
            return None;
        }
        let body_words: Vec<u8> = (0..m.words.len().min(found.best.len()))
            .filter(|&i| found.best[i] != NONE && class_of(found.best[i]) == Class::Body as u8)
            .map(|i| i as u8)
            .collect();
        let mut best: Option<Candidate<'_>> = None;
        for field in self.fields_of(hit.entry).iter().filter(|field| field.class == Class::Body) {
            let text = self.field_text(field);
            let words = matched_words(self, m, text, Some(self.field_tokens(field)));
            let mut distinct: Vec<u8> =
                words.iter().map(|(_, w)| *w).filter(|w| body_words.contains(w)).collect();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() > best.as_ref().map_or(0, |(count, ..)| *count) {
                best = Some((distinct.len(), field, words));
            }
        }
        let (_, field, words) = best?;
        Some(cut(self.field_text(field), &words, width.max(20)))
    }
}

/// The window of `text` of about `width` characters holding the most distinct matched words,
/// starting a little before the first of them, on one line.
fn cut(text: &str, words: &[(Range<usize>, u8)], width: usize) -> Snippet {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |byte: usize| chars.partition_point(|&(at, _)| at < byte);
    // The matched word from which the next `width` characters hold the most distinct words.
    let mut anchor = 0;
    let mut most = 0;
    for (i, (bytes, _)) in words.iter().enumerate() {
        let start = char_at(bytes.start);
        let mut seen: Vec<u8> =
            words[i..].iter().take_while(|(b, _)| char_at(b.end) <= start + width).map(|(_, w)| *w).collect();
        seen.sort_unstable();
        seen.dedup();
        if seen.len() > most {
            (most, anchor) = (seen.len(), start);
        }
    }
    // A little context before the first word (more when the text ends soon), starting at a word.
    let mut start = anchor.saturating_sub(width / 5).min(chars.len().saturating_sub(width));
    while start > 0 && start < anchor && chars[start - 1].1.is_alphanumeric() {
        start += 1;
    }
    let mut end = (start + width).min(chars.len());
    if end < chars.len() {
        // End after a whole word.
        let mut back = end;
        while back > start && chars[back - 1].1.is_alphanumeric() && chars[back].1.is_alphanumeric() {
            back -= 1;
        }
        if back > anchor {
            end = back;
        }
    }
    let lead = start > 0;
    let mut line = String::new();
    let mut positions = Vec::new();
    if lead {
        line.push('…');
    }
    let offset = usize::from(lead);
    let byte_of = |index: usize| chars.get(index).map_or(text.len(), |&(at, _)| at);
    let trimmed_start = (start..end).find(|&i| !chars[i].1.is_whitespace()).unwrap_or(end);
    for (index, &(at, c)) in chars.iter().enumerate().take(end).skip(trimmed_start) {
        if words.iter().any(|(bytes, _)| bytes.contains(&at)) {
            positions.push(index - trimmed_start + offset);
        }
        line.push(if c.is_whitespace() { ' ' } else { c });
    }
    let line_end = line.trim_end().chars().count();
    line.truncate(line.trim_end().len());
    positions.retain(|&p| p < line_end);
    if byte_of(end) < text.len() {
        line.push('…');
    }
    Snippet { text: line, positions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_keeps_the_matched_words_and_marks_the_cuts() {
        let text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
        let at = text.find("eight").unwrap_or(0);
        let snippet = cut(text, &[(at..at + 5, 0)], 30);
        assert!(snippet.text.starts_with('…') && snippet.text.ends_with('…'), "{snippet:?}");
        assert!(snippet.text.contains("eight"));
        let marked = snippet.marked();
        assert_eq!(marked, "eight");
        // A short text is shown whole.
        let whole = cut("Attending a\n2-day course.", &[(14..17, 0)], 60);
        assert_eq!(whole.text, "Attending a 2-day course.");
    }
}
