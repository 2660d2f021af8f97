//! Which parts of the knowledge base are searchable, and which fields of each are short (matched
//! fuzzily) or long (matched by word beginnings).

use std::ops::Range;

use super::Kind;
use super::index::Entry;
use crate::kb::{KnowledgeBase, Section};

/// The entries of `kb` in knowledge-base order, and where the FAQ entries sit among them.
pub(super) fn entries(kb: &KnowledgeBase) -> (Vec<Entry>, Range<usize>) {
    let mut entries = Vec::new();
    for aspect in &kb.comparison {
        entries.push(Entry::new(Kind::Aspect, &aspect.id, &aspect.name).long(&aspect.pm).long(&aspect.po));
    }
    let section =
        |section: &Section| Entry::new(Kind::Section, &section.id, &section.title).long(&section.body);
    for profile in [&kb.roles.pm, &kb.roles.po] {
        entries.extend(profile.sections.iter().map(section));
        entries.extend(profile.skills.iter().map(|skill| Entry::new(Kind::Skill, &skill.id, &skill.name)));
    }
    entries.extend(kb.roles.overlap.sections.iter().map(section));
    for model in &kb.orgs.models {
        let mut entry =
            Entry::new(Kind::Org, &model.id, &model.name).short(&model.headline).long(&model.description);
        for fact in &model.facts {
            entry = entry.long(&fact.text);
        }
        entries.push(entry);
    }
    for rung in kb.careers.pm_ladder.iter().chain(&kb.careers.po_ladder) {
        entries.push(Entry::new(Kind::Rung, &rung.id, &rung.title).long(&rung.scope));
    }
    for cert in &kb.certifications.items {
        entries.push(
            Entry::new(Kind::Cert, &cert.id, &cert.name)
                .short(&cert.issuer)
                .long(&cert.requirement)
                .long(&cert.standing),
        );
    }
    for statement in kb.choose.statements.pm.iter().chain(&kb.choose.statements.po) {
        entries.push(Entry::new(Kind::Statement, &statement.id, &statement.text));
    }
    // The FAQ last and contiguous, so that a FAQ-only search is a slice of the index.
    let faq_start = entries.len();
    for faq in &kb.faq {
        let mut entry = Entry::new(Kind::Faq, &faq.id, &faq.question);
        for tag in &faq.tags {
            entry = entry.short(tag);
        }
        entries.push(entry.long(&faq.answer));
    }
    let faq = faq_start..entries.len();
    (entries, faq)
}
