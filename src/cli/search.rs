//! `pmpo search QUERY [--all] [--limit N] [--json]`: the search index from a script or a shell.
//!
//! No hit is not an error: scripts get `[]` (or no lines) and exit 0, and a person gets a hint on
//! stderr. Exit code 1 stays reserved for a knowledge base that does not load, 2 for usage errors.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Cli, CliError, load_kb, styled_output, write_out};
use crate::search::{Hit, Index, Query, Scope};

/// The arguments of `pmpo search`.
#[derive(Debug, Clone, clap::Args)]
pub struct SearchArgs {
    /// What to look for; several words may come in any order, typos are tolerated
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Search everything (aspects, sections, skills, certifications, statements, org models,
    /// ladder rungs), not only the FAQ
    #[arg(long)]
    pub all: bool,
    /// Show at most N hits
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = at_least_one, allow_negative_numbers = true)]
    pub limit: u32,
    /// Print a JSON array of {"kind","id","title","tab","score"}, best first
    #[arg(long)]
    pub json: bool,
}

/// A number of hits: clap's own range check would say "not in 1..=4294967295".
fn at_least_one(text: &str) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| "expected a number of hits, at least 1".to_string())
}

/// One hit as `--json` prints it: the contract scripts rely on.
#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    tab: &'static str,
    score: i64,
}

pub(super) fn run(cli: &Cli, args: &SearchArgs) -> Result<(), CliError> {
    let kb = load_kb(cli.kb.as_deref())?;
    let index = Index::new(&kb);
    let query = Query::new(&args.query.join(" "));
    let scope = if args.all { Scope::All } else { Scope::Faq };
    let hits = index.search(&query, scope, Some(args.limit as usize));
    if args.json {
        write_out(&json(&index, &hits))?;
    } else if hits.is_empty() {
        // On stderr, so that `pmpo search x | wc -l` counts hits and a person still sees why.
        let place = if args.all { "the knowledge base" } else { "the FAQ (--all searches everything)" };
        eprintln!("No match for “{}” in {place}. Try a shorter query.", query.as_str().trim());
    } else {
        write_out(&text(&index, &query, &hits, styled_output()))?;
    }
    Ok(())
}

/// The hits as a JSON array, best first, ending with a newline.
fn json(index: &Index, hits: &[Hit]) -> String {
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
            }
        })
        .collect();
    // Serialising plain strings and integers cannot fail; fall back to an empty array regardless.
    let mut out = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}

const MARK: &str = "\x1b[1;4m";
const UNMARK: &str = "\x1b[22;24m";

/// One line per hit: the tab it lives on, then its title, matched characters bold and underlined
/// when `styled`.
fn text(index: &Index, query: &Query, hits: &[Hit], styled: bool) -> String {
    let mut out = String::new();
    for hit in hits {
        let entry = index.entry(hit);
        let title = if styled {
            highlight(entry.title(), &query.title_positions(entry.title()))
        } else {
            one_line(entry.title())
        };
        let _ = writeln!(out, "{:<7}  {title}", entry.tab().name());
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
        let hits = index.search(&query, Scope::Faq, Some(1));
        // The first hit is "Is a Scrum certification ...": "Scrum" is characters 5..10.
        let styled = text(&index, &query, &hits, true);
        assert!(
            styled.starts_with(&format!("faq      Is a {MARK}Scrum{UNMARK} certification")),
            "{styled:?}"
        );
        let plain = text(&index, &query, &hits, false);
        assert_eq!(plain, "faq      Is a Scrum certification required to work as a Product Owner?\n");
        Ok(())
    }
}
