//! The one walk over the knowledge base's items: every entry with an id (an aspect, a section, a
//! rung, a FAQ entry...), what kind it is, the tab that shows it, and its texts.
//!
//! Validation (unique ids), jumping to an item (bookmarks, search hits, study cards) and the
//! search index all read the knowledge base through [`KnowledgeBase::items`], so a new kind of
//! item is added here once and every one of them sees it; the tab of each kind is written once,
//! in [`ItemKind::tab`].

use std::fmt;

use super::model::KnowledgeBase;
use crate::tab::Tab;

/// What kind of item an entry is. Its [`ItemKind::key`] is the `kind` of `pmpo search --json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// A row of the side-by-side comparison.
    Aspect,
    /// An in-depth section of a role, or of the overlap between the roles.
    Section,
    /// A skill of a role.
    Skill,
    /// A question that tells what a job posting really is.
    ScopeQuestion,
    /// An organisation model.
    Org,
    /// A rung of a career ladder.
    Rung,
    /// A move from one ladder to the other.
    Transition,
    /// A move off the ladders: an exit or a sideways step.
    Move,
    /// A qualifying note on the salary figures.
    SalaryNote,
    /// A certification.
    Cert,
    /// A "choose PM / PO if" statement.
    Statement,
    /// A frequently asked question.
    Faq,
}

impl ItemKind {
    /// The lowercase name used in JSON (`faq`, `aspect`, `salary-note`...).
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Aspect => "aspect",
            ItemKind::Section => "section",
            ItemKind::Skill => "skill",
            ItemKind::ScopeQuestion => "scope-question",
            ItemKind::Org => "org",
            ItemKind::Rung => "rung",
            ItemKind::Transition => "transition",
            ItemKind::Move => "move",
            ItemKind::SalaryNote => "salary-note",
            ItemKind::Cert => "cert",
            ItemKind::Statement => "statement",
            ItemKind::Faq => "faq",
        }
    }

    /// The tab that shows items of this kind.
    pub fn tab(self) -> Tab {
        match self {
            ItemKind::Aspect => Tab::Compare,
            ItemKind::Section | ItemKind::Skill | ItemKind::ScopeQuestion => Tab::Roles,
            ItemKind::Org => Tab::Orgs,
            ItemKind::Rung | ItemKind::Transition | ItemKind::Move => Tab::Careers,
            ItemKind::SalaryNote => Tab::Salary,
            ItemKind::Cert => Tab::Certs,
            ItemKind::Statement => Tab::Choose,
            ItemKind::Faq => Tab::Faq,
        }
    }
}

/// Where an item sits in the knowledge base file: `faq[3]`, `roles.pm.skills[0]`. Shown in
/// validation messages so that the person who wrote the file can find the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemPath {
    /// The list holding the item.
    pub list: &'static str,
    /// Its position in that list.
    pub index: usize,
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.list, self.index)
    }
}

/// One item: what it is, where it is, what it is called and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    /// What kind of item.
    pub kind: ItemKind,
    /// Its stable id.
    pub id: &'a str,
    /// Where it sits in the file.
    pub path: ItemPath,
    /// What it is called: a name, a title, a question, the statement itself.
    pub title: &'a str,
    /// Short texts that label it besides its title: tags, a headline, an issuer.
    pub labels: Vec<&'a str>,
    /// Its longer texts: an answer, a description, each role's side.
    pub body: Vec<&'a str>,
}

impl Item<'_> {
    /// The tab that shows the item.
    pub fn tab(&self) -> Tab {
        self.kind.tab()
    }
}

/// Collects items in knowledge-base order.
struct Walk<'a> {
    items: Vec<Item<'a>>,
}

impl<'a> Walk<'a> {
    fn add(
        &mut self,
        kind: ItemKind,
        list: &'static str,
        index: usize,
        id: &'a str,
        title: &'a str,
    ) -> &mut Item<'a> {
        let path = ItemPath { list, index };
        self.items.push(Item { kind, id, path, title, labels: Vec::new(), body: Vec::new() });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }
}

impl KnowledgeBase {
    /// Every item, in the order of the knowledge base file (the FAQ last).
    pub fn items(&self) -> Vec<Item<'_>> {
        let mut walk = Walk { items: Vec::new() };
        for (i, aspect) in self.comparison.iter().enumerate() {
            walk.add(ItemKind::Aspect, "comparison", i, &aspect.id, &aspect.name).body =
                vec![&aspect.pm, &aspect.po];
        }
        let roles = &self.roles;
        for (sections, skills, profile) in [
            ("roles.pm.sections", "roles.pm.skills", &roles.pm),
            ("roles.po.sections", "roles.po.skills", &roles.po),
        ] {
            for (i, section) in profile.sections.iter().enumerate() {
                walk.add(ItemKind::Section, sections, i, &section.id, &section.title).body =
                    vec![&section.body];
            }
            for (i, skill) in profile.skills.iter().enumerate() {
                walk.add(ItemKind::Skill, skills, i, &skill.id, &skill.name);
            }
        }
        for (i, section) in roles.overlap.sections.iter().enumerate() {
            walk.add(ItemKind::Section, "roles.overlap.sections", i, &section.id, &section.title).body =
                vec![&section.body];
        }
        for (i, question) in roles.overlap.scope_questions.iter().enumerate() {
            let list = "roles.overlap.scope_questions";
            walk.add(ItemKind::ScopeQuestion, list, i, &question.id, &question.question).body =
                vec![&question.verdict];
        }
        for (i, model) in self.orgs.models.iter().enumerate() {
            let item = walk.add(ItemKind::Org, "orgs.models", i, &model.id, &model.name);
            item.labels = vec![&model.headline];
            item.body = std::iter::once(model.description.as_str())
                .chain(model.facts.iter().map(|fact| fact.text.as_str()))
                .collect();
        }
        let careers = &self.careers;
        for (list, ladder) in
            [("careers.pm_ladder", &careers.pm_ladder), ("careers.po_ladder", &careers.po_ladder)]
        {
            for (i, rung) in ladder.iter().enumerate() {
                walk.add(ItemKind::Rung, list, i, &rung.id, &rung.title).body = vec![&rung.scope];
            }
        }
        for (i, transition) in careers.transitions.iter().enumerate() {
            walk.add(ItemKind::Transition, "careers.transitions", i, &transition.id, &transition.how);
        }
        for (list, moves) in
            [("careers.pm_exits", &careers.pm_exits), ("careers.po_lateral", &careers.po_lateral)]
        {
            for (i, item) in moves.iter().enumerate() {
                walk.add(ItemKind::Move, list, i, &item.id, &item.title).body = vec![&item.why];
            }
        }
        for (i, note) in self.salary.notes.iter().enumerate() {
            walk.add(ItemKind::SalaryNote, "salary.notes", i, &note.id, &note.text);
        }
        for (i, cert) in self.certifications.items.iter().enumerate() {
            let item = walk.add(ItemKind::Cert, "certifications.items", i, &cert.id, &cert.name);
            item.labels = vec![&cert.issuer];
            item.body = vec![&cert.requirement, &cert.standing];
        }
        let statements = &self.choose.statements;
        for (list, role) in
            [("choose.statements.pm", &statements.pm), ("choose.statements.po", &statements.po)]
        {
            for (i, statement) in role.iter().enumerate() {
                walk.add(ItemKind::Statement, list, i, &statement.id, &statement.text);
            }
        }
        for (i, entry) in self.faq.iter().enumerate() {
            let item = walk.add(ItemKind::Faq, "faq", i, &entry.id, &entry.question);
            item.labels = entry.tags.iter().map(String::as_str).collect();
            item.body = vec![&entry.answer];
        }
        walk.items
    }

    /// The item with `id`.
    pub fn item(&self, id: &str) -> Option<Item<'_>> {
        self.items().into_iter().find(|item| item.id == id)
    }

    /// Every item id in the knowledge base: what a bookmark or a note may refer to.
    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        self.items().into_iter().map(|item| item.id)
    }

    /// What the item `id` is called (its name, title, question or text), for notices and lists.
    pub fn item_title(&self, id: &str) -> Option<&str> {
        self.item(id).map(|item| item.title)
    }

    /// The tab that shows the item `id`, for jumping back to a bookmark.
    pub fn item_tab(&self, id: &str) -> Option<Tab> {
        self.item(id).map(|item| item.tab())
    }
}

#[cfg(test)]
mod tests {
    use crate::kb::{ItemKind, KnowledgeBase};
    use crate::tab::Tab;

    #[test]
    fn items_cover_every_kind_in_file_order() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let items = kb.items();
        // 11 aspects, 8 role sections, 20 skills, 2 overlap sections, 3 scope questions, 3 org
        // models, 10 rungs, 2 transitions, 6 moves, 4 notes, 8 certs, 14 statements, 8 FAQ = 99.
        assert_eq!(items.len(), 99);
        let mut runs: Vec<ItemKind> = items.iter().map(|item| item.kind).collect();
        runs.dedup();
        let expected = [
            ItemKind::Aspect,
            ItemKind::Section,
            ItemKind::Skill,
            ItemKind::Section,
            ItemKind::Skill,
            ItemKind::Section,
            ItemKind::ScopeQuestion,
            ItemKind::Org,
            ItemKind::Rung,
            ItemKind::Transition,
            ItemKind::Move,
            ItemKind::SalaryNote,
            ItemKind::Cert,
            ItemKind::Statement,
            ItemKind::Faq,
        ];
        assert_eq!(runs, expected, "the file's order, the FAQ last");
        let faq = items.iter().find(|item| item.id == "faq-po-misconception").ok_or("a FAQ entry")?;
        assert_eq!(faq.path.to_string(), "faq[7]");
        assert!(!faq.labels.is_empty() && faq.body.len() == 1, "tags and the answer");
        Ok(())
    }

    #[test]
    fn every_item_opens_on_its_tab() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let tab = |id| kb.item_tab(id);
        assert_eq!(tab("aspect-origin"), Some(Tab::Compare));
        assert_eq!(tab("skill-po-backlog"), Some(Tab::Roles));
        assert_eq!(tab("scope-both"), Some(Tab::Roles));
        assert_eq!(tab("org-startup"), Some(Tab::Orgs));
        assert_eq!(tab("rung-cpo"), Some(Tab::Careers));
        assert_eq!(tab("transition-safe-po-to-pm"), Some(Tab::Careers));
        assert_eq!(tab("move-agile-coach"), Some(Tab::Careers));
        assert_eq!(tab("note-big-tech-total-comp"), Some(Tab::Salary));
        assert_eq!(tab("cert-reforge"), Some(Tab::Certs));
        assert_eq!(tab("choose-po-craft"), Some(Tab::Choose));
        assert_eq!(tab("faq-po-misconception"), Some(Tab::Faq));
        assert_eq!(tab("no-such-item"), None);
        assert_eq!(kb.item_title("org-startup"), Some("Startup"));
        Ok(())
    }
}
