//! `pmpo notes [--json]`: every personal note with its item, in knowledge-base order, then the
//! orphaned ones (whose item this knowledge base lacks) by id.
//!
//! Like `pmpo card`, it only reads the state file: never writes, moves or repairs it, and a file
//! it cannot use counts as no notes. Everything printed goes through
//! [`crate::notes::printable`]: a state file edited by hand cannot send an escape sequence to the
//! terminal, in text or in JSON (whose escapes cover only the first 32 control characters).

use std::fmt::Write as _;

use serde::Serialize;

use super::args::Cli;
use super::output::{CliError, load_kb, output_width, write_out};
use crate::doc::wrap::wrap_text;
use crate::kb::KnowledgeBase;
use crate::notes;
use crate::store::{self, State};

/// The saved state as `pmpo notes`, `pmpo search` and `pmpo export` read it: the default data
/// folder's state file, or nothing when there is none or it cannot be read.
pub(super) fn saved() -> State {
    store::data_dir()
        .and_then(|dir| store::read(&dir.join(store::FILE_NAME)).ok().flatten())
        .unwrap_or_default()
}

/// One note, with what its item is.
#[derive(Debug, Serialize)]
struct JsonNote<'a> {
    /// The item's id.
    id: &'a str,
    /// The item's kind (`aspect`, `faq`...), `null` for an orphaned note.
    kind: Option<&'static str>,
    /// The item's title, `null` for an orphaned note.
    title: Option<&'a str>,
    /// The tab that shows the item, `null` for an orphaned note.
    tab: Option<&'static str>,
    /// The note.
    text: String,
}

pub(super) fn run(cli: &Cli, json: bool) -> Result<(), CliError> {
    let kb = load_kb(cli.kb.as_deref())?;
    let state = saved();
    let listed = listed(&kb, &state);
    if json {
        let mut out = serde_json::to_string_pretty(&listed).unwrap_or_else(|_| "[]".to_string());
        out.push('\n');
        write_out(&out)?;
    } else if listed.is_empty() {
        eprintln!("No notes yet. In the app, press n on any item to write one (N: in your own editor).");
    } else {
        write_out(&text(&listed, output_width()))?;
    }
    Ok(())
}

/// Every note: the knowledge base's items in its order, then the orphaned notes by id.
fn listed<'a>(kb: &'a KnowledgeBase, state: &'a State) -> Vec<JsonNote<'a>> {
    let mut out: Vec<JsonNote<'a>> = kb
        .items()
        .into_iter()
        .filter_map(|item| {
            let note = state.notes.get(item.id)?;
            let id = state.notes.get_key_value(item.id).map_or("", |(id, _)| id.as_str());
            Some(JsonNote {
                id,
                kind: Some(item.kind.key()),
                title: Some(item.title),
                tab: Some(item.tab().name()),
                text: notes::printable(note).into_owned(),
            })
        })
        .collect();
    let known: std::collections::HashSet<&str> = out.iter().map(|note| note.id).collect();
    for (id, note) in &state.notes {
        if !known.contains(id.as_str()) {
            let text = notes::printable(note).into_owned();
            out.push(JsonNote { id, kind: None, title: None, tab: None, text });
        }
    }
    out
}

/// The notes as text: each item's tab and title (or the orphaned note's id), then the note,
/// indented, wrapped at `width`; a blank line between notes.
fn text(listed: &[JsonNote<'_>], width: usize) -> String {
    let mut out = String::new();
    for (index, note) in listed.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let heading = match (note.tab, note.title) {
            (Some(tab), Some(title)) => format!("{tab}: {}", notes::first_line(title, 1_000)),
            _ => format!(
                "Orphaned (no such item in this knowledge base): {}",
                notes::first_line(note.id, 1_000)
            ),
        };
        for line in wrap_text(&heading, width, "", "  ") {
            let _ = writeln!(out, "{line}");
        }
        for line in wrap_text(&note.text, width, "    ", "    ") {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_listed_in_knowledge_base_order_then_the_orphans_and_never_with_an_escape()
    -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let mut state = State::default();
        state.notes.insert("zz-gone".into(), "Kept \u{1b}]0;title\u{7}anyway".into());
        state.notes.insert("faq-both-roles".into(), "Ask about\nthe team".into());
        state.notes.insert("aspect-origin".into(), "Scrum Guide 2020".into());
        let listed = listed(&kb, &state);
        let ids: Vec<&str> = listed.iter().map(|note| note.id).collect();
        assert_eq!(ids, ["aspect-origin", "faq-both-roles", "zz-gone"]);
        let out = text(&listed, 60);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.starts_with("compare: Origin / framework\n    Scrum Guide 2020\n\nfaq: "), "{out}");
        assert!(out.contains("    Ask about\n    the team\n"), "{out}");
        assert!(
            out.ends_with("Orphaned (no such item in this knowledge base): zz-gone\n    Kept anyway\n"),
            "{out}"
        );
        Ok(())
    }
}
