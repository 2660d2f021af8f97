//! `pmpo search QUERY [--all] [--limit N] [--json]`: the search index from a script or a shell,
//! ranked as the app ranks (one engine: see `crate::search`). Each hit prints its tab and title,
//! and under a hit that matched in its body, a line of that body around the matched words.
//!
//! The user's notes (read from the state file, never written) are searched with their items, and
//! a hit whose note matched is marked `✎ note` (`"note": true` in JSON). On the embedded
//! knowledge base without notes the index comes ready-made from the binary (`search::stored`).
//!
//! No hit is not an error: scripts get `[]` (or no lines) and exit 0, and a person gets a hint on
//! stderr. Exit code 1 stays reserved for a knowledge base that does not load, 2 for usage errors.

use std::fmt::Write as _;

use serde::Serialize;

use super::args::{Cli, SearchArgs};
use super::output::{CliError, output_width, styled_output, write_out};
use crate::kb::load::{self, SourceKind};
use crate::search::{Hit, Index, Matcher, Query, Scope};

/// One hit as `--json` prints it: the contract scripts rely on.
#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    tab: &'static str,
    score: i64,
    /// A line of the body around the match, or `null` when the title or a label matched.
    snippet: Option<String>,
    /// The query words that matched, as typed.
    matched: Vec<String>,
    /// Whether the user's note on the item matched.
    note: bool,
}

/// How many characters of the body a snippet in JSON shows.
const JSON_SNIPPET: usize = 120;

/// The index to search: the one stored in the binary when the knowledge base is the embedded
/// one and the user has no notes (nothing to parse, nothing to build), else one built now.
fn index(cli: &Cli) -> Result<Index, CliError> {
    let notes = super::notes::saved().notes;
    let candidates = load::candidates_from_environment(cli.kb.as_deref());
    let source = load::active(&candidates);
    if source.kind == SourceKind::Embedded
        && notes.is_empty()
        && let Some(index) = Index::embedded()
    {
        return Ok(index);
    }
    Ok(Index::with_notes(&load::load(source)?, &notes))
}

pub(super) fn run(cli: &Cli, args: &SearchArgs) -> Result<(), CliError> {
    let index = index(cli)?;
    let query = Query::new(&args.query.join(" "));
    let scope = if args.all { Scope::All } else { Scope::Faq };
    let matcher = index.matcher(&query);
    // A query with no words (only punctuation) finds nothing rather than everything.
    let hits = if query.is_empty() {
        Vec::new()
    } else {
        let cancel = std::sync::atomic::AtomicBool::new(false);
        index.search_matcher(&matcher, scope, Some(args.limit as usize), &cancel).unwrap_or_default()
    };
    if args.json {
        write_out(&json(&index, &matcher, &hits))?;
    } else if hits.is_empty() {
        // On stderr, so that `pmpo search x | wc -l` counts hits and a person still sees why.
        let place = if args.all { "the knowledge base" } else { "the FAQ (--all searches everything)" };
        let hint = if query.is_empty() { "Type a word or two." } else { "Try other words." };
        eprintln!("No match for “{}” in {place}. {hint}", query.shown());
    } else {
        let snippet = output_width().saturating_sub(INDENT.len()).max(20);
        write_out(&text(&index, &matcher, &hits, styled_output(), snippet))?;
    }
    Ok(())
}

/// The hits as a JSON array, best first, ending with a newline.
fn json(index: &Index, matcher: &Matcher, hits: &[Hit]) -> String {
    let rows: Vec<JsonHit<'_>> = hits
        .iter()
        .map(|hit| {
            let entry = index.entry(hit);
            JsonHit {
                kind: hit.kind.key(),
                id: entry.id(),
                title: entry.title(),
                tab: entry.tab().name(),
                score: hit.score,
                snippet: index.snippet(matcher, hit, JSON_SNIPPET).map(|snippet| snippet.text),
                matched: index.matched(matcher, hit),
                note: index.note_matched(matcher, hit),
            }
        })
        .collect();
    // Serialising plain strings and integers cannot fail; fall back to an empty array regardless.
    let mut out = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}

/// After the title of a hit whose note matched.
const NOTE_MARK: &str = "  ✎ note";

const MARK: &str = "\x1b[1;4m";
const UNMARK: &str = "\x1b[22;24m";

/// Where a snippet starts: under the title.
const INDENT: &str = "         ";

/// One line per hit: the tab it lives on, then its title, matched characters bold and underlined
/// when `styled`; under a hit that matched in its body, a snippet of `width` characters.
fn text(index: &Index, matcher: &Matcher, hits: &[Hit], styled: bool, width: usize) -> String {
    let mut out = String::new();
    for hit in hits {
        let entry = index.entry(hit);
        let title = if styled {
            highlight(entry.title(), &index.title_positions(matcher, entry.title()))
        } else {
            one_line(entry.title())
        };
        let mark = if index.note_matched(matcher, hit) { NOTE_MARK } else { "" };
        let _ = writeln!(out, "{:<7}  {title}{mark}", entry.tab().name());
        if let Some(snippet) = index.snippet(matcher, hit, width) {
            let line = if styled { highlight(&snippet.text, &snippet.positions) } else { snippet.text };
            let _ = writeln!(out, "{INDENT}{line}");
        }
    }
    out
}

/// A title on one line: the knowledge base allows newlines and tabs in text.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect()
}

/// `text` on one line with the characters at `positions` (character indices, sorted) marked.
fn highlight(text: &str, positions: &[usize]) -> String {
    let mut out = String::with_capacity(text.len() + positions.len() * 8);
    let mut marked = false;
    let mut next = positions.iter().peekable();
    for (index, c) in one_line(text).chars().enumerate() {
        let hit = next.next_if_eq(&&index).is_some();
        if hit != marked {
            out.push_str(if hit { MARK } else { UNMARK });
            marked = hit;
        }
        out.push(c);
    }
    if marked {
        out.push_str(UNMARK);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighting_marks_runs_of_characters() {
        // Positions are characters: "é" at 1 is one character of two bytes.
        assert_eq!(
            highlight("Réel ou pas", &[0, 1, 8, 9]),
            format!("{MARK}Ré{UNMARK}el ou {MARK}pa{UNMARK}s")
        );
        assert_eq!(highlight("ab", &[1]), format!("a{MARK}b{UNMARK}"));
        assert_eq!(highlight("a\nb", &[]), "a b");
    }

    #[test]
    fn text_marks_the_matched_title_characters_only_when_styled() -> Result<(), crate::kb::KbError> {
        let index = Index::new(&crate::kb::KnowledgeBase::embedded()?);
        let query = Query::new("scrum");
        let matcher = index.matcher(&query);
        let hits = index.search(&query, Scope::Faq, Some(1));
        // The first hit is "Is a Scrum certification ...": "Scrum" is characters 5..10.
        let styled = text(&index, &matcher, &hits, true, 80);
        assert!(
            styled.starts_with(&format!("faq      Is a {MARK}Scrum{UNMARK} certification")),
            "{styled:?}"
        );
        let plain = text(&index, &matcher, &hits, false, 80);
        assert_eq!(plain, "faq      Is a Scrum certification required to work as a Product Owner?\n");
        // A body match prints its snippet under the title, marked when styled.
        let query = Query::new("clerk");
        let matcher = index.matcher(&query);
        let hits = index.search(&query, Scope::Faq, Some(1));
        let plain = text(&index, &matcher, &hits, false, 60);
        let second = plain.lines().nth(1).unwrap_or_default();
        assert!(second.starts_with(INDENT) && second.contains("clerk"), "{plain}");
        assert!(text(&index, &matcher, &hits, true, 60).contains(&format!("{MARK}clerk{UNMARK}")));
        Ok(())
    }
}
