//! Which parts of the knowledge base are searchable, and which fields of each are short (matched
//! fuzzily) or long (matched by word beginnings).

use super::Kind;
use super::index::{Builder, Index};
use crate::kb::KnowledgeBase;

/// The index of `kb`, its entries in knowledge-base order.
pub(super) fn index(kb: &KnowledgeBase) -> Index {
    let mut index = Builder::default();
    for aspect in &kb.comparison {
        index.entry(Kind::Aspect, &aspect.id, &aspect.name).long(&aspect.pm).long(&aspect.po);
    }
    for profile in [&kb.roles.pm, &kb.roles.po] {
        for section in &profile.sections {
            index.entry(Kind::Section, &section.id, &section.title).long(&section.body);
        }
        for skill in &profile.skills {
            index.entry(Kind::Skill, &skill.id, &skill.name);
        }
    }
    for section in &kb.roles.overlap.sections {
        index.entry(Kind::Section, &section.id, &section.title).long(&section.body);
    }
    for model in &kb.orgs.models {
        index.entry(Kind::Org, &model.id, &model.name).short(&model.headline).long(&model.description);
        for fact in &model.facts {
            index.long(&fact.text);
        }
    }
    for rung in kb.careers.pm_ladder.iter().chain(&kb.careers.po_ladder) {
        index.entry(Kind::Rung, &rung.id, &rung.title).long(&rung.scope);
    }
    for cert in &kb.certifications.items {
        index
            .entry(Kind::Cert, &cert.id, &cert.name)
            .short(&cert.issuer)
            .long(&cert.requirement)
            .long(&cert.standing);
    }
    for statement in kb.choose.statements.pm.iter().chain(&kb.choose.statements.po) {
        index.entry(Kind::Statement, &statement.id, &statement.text);
    }
    // The FAQ last and contiguous, so that a FAQ-only search is a slice of the index.
    for faq in &kb.faq {
        index.entry(Kind::Faq, &faq.id, &faq.question);
        for tag in &faq.tags {
            index.short(tag);
        }
        index.long(&faq.answer);
    }
    index.finish()
}
