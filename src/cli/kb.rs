//! `pmpo kb check | dump | paths`: validating a knowledge base and showing where it comes from.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::args::Cli;
use super::output::{CliError, write_out};
use crate::kb::{KnowledgeBase, load, version};

pub(super) fn check(cli: &Cli, file: Option<&PathBuf>) -> Result<(), CliError> {
    let (name, kb) = if let Some(path) = file {
        (path.display().to_string(), load::load_file(path)?)
    } else {
        let candidates = load::candidates_from_environment(cli.kb.as_deref());
        let active = load::active(&candidates);
        // Checking validates, the built-in knowledge base too (the app trusts it in release).
        let kb = match &active.path {
            Some(_) => load::load(active)?,
            None => load::parse(load::EMBEDDED_NAME, load::EMBEDDED)?,
        };
        (active.display_name(), kb)
    };
    write_out(&format!("{name}: ok: {}\n{}", summary(&kb), age(&name, &kb)))?;
    Ok(())
}

/// A line for a file written for another version of the format than this pmpo's: what an older
/// one lacks, or that a newer one may hold what this pmpo cannot show. Empty when current.
fn age(name: &str, kb: &KnowledgeBase) -> String {
    let current = version::CURRENT;
    let written = kb.version;
    if written > current {
        return format!(
            "{name}: note: written for knowledge-base version {written}, newer than this pmpo's \
             {current}; it loads, but a newer pmpo may show more of it\n"
        );
    }
    if written == current {
        return String::new();
    }
    let lacks: Vec<String> =
        kb.lacks().map(|addition| format!("{} ({})", addition.name, addition.without)).collect();
    let lacks = if lacks.is_empty() { "nothing this pmpo needs".to_string() } else { lacks.join("; ") };
    format!(
        "{name}: note: written for knowledge-base version {written}, older than this pmpo's {current}; \
         it loads as it is. It lacks: {lacks}. `pmpo kb dump` shows the current format.\n"
    )
}

/// What a knowledge base holds, in one line.
pub fn summary(kb: &KnowledgeBase) -> String {
    let skills = kb.roles.pm.skills.len() + kb.roles.po.skills.len();
    let statements = kb.choose.statements.pm.len() + kb.choose.statements.po.len();
    let rungs = kb.careers.pm_ladder.len() + kb.careers.po_ladder.len();
    format!(
        "{} aspects, {} FAQ entries, {skills} skills, {} certifications, {statements} statements, \
         {} org models, {rungs} ladder rungs, {} salary levels",
        kb.comparison.len(),
        kb.faq.len(),
        kb.certifications.items.len(),
        kb.orgs.models.len(),
        kb.salary.levels.len(),
    )
}

pub(super) fn paths(cli: &Cli) -> String {
    let candidates = load::candidates_from_environment(cli.kb.as_deref());
    let active = load::active(&candidates);
    let mut out = String::new();
    for candidate in &candidates {
        let marker = if candidate == active { "*" } else { " " };
        let location = match (candidate.kind, &candidate.path) {
            (load::SourceKind::Embedded, _) => "built into pmpo".to_string(),
            (_, Some(path)) if path.exists() => path.display().to_string(),
            (_, Some(path)) => format!("{} (missing)", path.display()),
            (load::SourceKind::Flag, None) => "(not given)".to_string(),
            (load::SourceKind::Env, None) => "(not set)".to_string(),
            (load::SourceKind::ConfigDir, None) => "(no config directory on this system)".to_string(),
        };
        let status = if candidate == active { "  <- active" } else { "" };
        let _ = writeln!(out, "{marker} {:<9} {location}{status}", candidate.kind.label());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_the_embedded_knowledge_base() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let line = summary(&kb);
        assert!(
            line.starts_with("11 aspects, 8 FAQ entries, 20 skills, 8 certifications, 14 statements"),
            "{line}"
        );
        Ok(())
    }
}
