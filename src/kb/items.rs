//! The one walk over the knowledge base's items: every entry with an id (an aspect, a section, a
//! rung, a FAQ entry...), what kind it is, the tab that shows it, and its texts.
//!
//! Validation (unique ids), jumping to an item (bookmarks, search hits, study cards) and the
//! search index all read the knowledge base through [`KnowledgeBase::items`], so a new kind of
//! item is added here once and every one of them sees it; the tab of each kind is written once,
//! in [`ItemKind::tab`].
//!
//! Most items carry an `id` in the file. Some do not, and get ids derived here from what
//! they are, never from where they sit, so that a bookmark or a note stays attached when the file
//! is reordered: an overview section's id comes from the field it shows
//! (`overview.quick_answer` → `overview-quick-answer`, see [`OVERVIEW_SECTIONS`]), and a salary
//! level's from its level's key (`salary-level-senior`, see [`Level::item_id`]), and a text a tab
//! shows around its items (a role's summary, a ladder's note, the salary basis...) from its field
//! (`careers.ladder_notes.pm` → `careers-ladder-notes-pm`, see [`PageText`]). Validation refuses a
//! file id that collides with a derived one, as it refuses any duplicate.

use std::fmt;

use super::item_kind::ItemKind;
use super::model::{Band, ChartNode, KnowledgeBase, Level, Role};
use super::page_texts::PageText;
use crate::tab::Tab;

/// One section of the overview: the id derived from the field it shows, and its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverviewSection {
    /// The derived id (`overview-` and the field's name, dashed).
    pub id: &'static str,
    /// The heading the Overview shows (the quick answer has none of its own: this names it).
    pub title: &'static str,
}

/// The overview's sections, in the order the Overview shows them.
pub const OVERVIEW_SECTIONS: [OverviewSection; 6] = [
    OverviewSection { id: "overview-quick-answer", title: "The quick answer" },
    OverviewSection { id: "overview-origins", title: "Where the roles come from" },
    OverviewSection { id: "overview-confusion", title: "Why the titles get confused" },
    OverviewSection { id: "overview-headline-salary", title: "Base salary at a glance (US)" },
    OverviewSection { id: "overview-bottom-line", title: "The bottom line" },
    OverviewSection { id: "overview-source", title: "The source: the article and its author" },
];

impl Level {
    /// The id of this level's row of the salary table, derived from its key.
    pub fn item_id(self) -> &'static str {
        match self {
            Level::Entry => "salary-level-entry",
            Level::Mid => "salary-level-mid",
            Level::Senior => "salary-level-senior",
            Level::Staff => "salary-level-staff",
            Level::Director => "salary-level-director",
        }
    }
}

/// Where an item sits in the knowledge base file: `faq[3]`, `roles.pm.skills[0]`, or a field of
/// its own (`careers.summary`). Shown in validation messages so that the person who wrote the
/// file can find the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemPath {
    /// The list or field holding the item.
    pub list: &'static str,
    /// Its position in that list; `None` for a field that is one item.
    pub index: Option<usize>,
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.index {
            Some(index) => write!(f, "{}[{index}]", self.list),
            None => f.write_str(self.list),
        }
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
        self.push(kind, ItemPath { list, index: Some(index) }, id, title)
    }

    /// Adds a text the tab shows beside its items, under its derived id ([`PageText`]); its
    /// title is `text`'s own unless given (a salary note is titled by its words).
    fn page(&mut self, text: PageText, body: &'a str) -> &mut Item<'a> {
        let path = ItemPath { list: text.field, index: None };
        if text.title.is_empty() {
            return self.push(text.kind, path, text.id, body);
        }
        let item = self.push(text.kind, path, text.id, text.title);
        item.body.push(body);
        item
    }

    fn push(&mut self, kind: ItemKind, path: ItemPath, id: &'a str, title: &'a str) -> &mut Item<'a> {
        self.items.push(Item { kind, id, path, title, labels: Vec::new(), body: Vec::new() });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }
}

/// Every text of an org chart's boxes, top down: who sits there, at what level, what they do,
/// and what passes to the boxes below.
fn chart_texts<'a>(node: &'a ChartNode, out: &mut Vec<&'a str>) {
    out.push(&node.title);
    out.extend(node.level.as_deref());
    out.extend(node.duties.iter().map(String::as_str));
    out.extend(node.flows.iter().map(|flow| flow.text.as_str()));
    for below in &node.below {
        chart_texts(below, out);
    }
}

impl KnowledgeBase {
    /// Every item, in the order of the knowledge base file (the FAQ last).
    pub fn items(&self) -> Vec<Item<'_>> {
        let mut walk = Walk { items: Vec::new() };
        self.overview_items(&mut walk);
        for (i, aspect) in self.comparison.iter().enumerate() {
            walk.add(ItemKind::Aspect, "comparison", i, &aspect.id, &aspect.name).body =
                vec![&aspect.pm, &aspect.po];
        }
        self.role_items(&mut walk);
        self.org_items(&mut walk);
        self.career_items(&mut walk);
        self.salary_items(&mut walk);
        let certs = &self.certifications;
        walk.page(PageText::CERTS_SUMMARY, &certs.summary);
        for (i, cert) in certs.items.iter().enumerate() {
            let item = walk.add(ItemKind::Cert, "certifications.items", i, &cert.id, &cert.name);
            item.labels = vec![&cert.issuer];
            item.body = vec![&cert.requirement, &cert.standing];
        }
        let choose = &self.choose;
        if let Some(intro) = &choose.intro {
            walk.page(PageText::CHOOSE_INTRO, intro);
        }
        for (list, role) in
            [("choose.statements.pm", &choose.statements.pm), ("choose.statements.po", &choose.statements.po)]
        {
            for (i, statement) in role.iter().enumerate() {
                walk.add(ItemKind::Statement, list, i, &statement.id, &statement.text);
            }
        }
        // The bottom line is the Overview's item (`overview-bottom-line`), which Choose repeats.
        for (i, entry) in self.faq.iter().enumerate() {
            let item = walk.add(ItemKind::Faq, "faq", i, &entry.id, &entry.question);
            item.labels = entry.tags.iter().map(String::as_str).collect();
            item.body = vec![&entry.answer];
        }
        walk.items
    }

    /// The overview's sections as items: the texts the Overview tab shows under each heading.
    fn overview_items<'a>(&'a self, walk: &mut Walk<'a>) {
        let (o, s) = (&self.overview, &self.source);
        let [quick, origins, confusion, headline, bottom, source] = OVERVIEW_SECTIONS;
        let list = "overview";
        walk.add(ItemKind::OverviewSection, list, 0, quick.id, quick.title).body =
            vec![&o.quick_answer, &o.in_short.pm, &o.in_short.po];
        walk.add(ItemKind::OverviewSection, list, 1, origins.id, origins.title).body =
            vec![&o.origins.pm, &o.origins.po];
        walk.add(ItemKind::OverviewSection, list, 2, confusion.id, confusion.title).body =
            vec![&o.confusion, &o.why_it_matters];
        walk.add(ItemKind::OverviewSection, list, 3, headline.id, headline.title);
        walk.add(ItemKind::OverviewSection, list, 4, bottom.id, bottom.title).body =
            vec![&self.choose.bottom_line];
        let item = walk.add(ItemKind::OverviewSection, list, 5, source.id, source.title);
        item.labels = vec![&s.author, &s.publisher];
        item.body = vec![&s.title, &s.author_role, &s.last_updated, &s.note];
    }

    /// Each role's page (its opening, sections and skills), then the overlap's.
    fn role_items<'a>(&'a self, walk: &mut Walk<'a>) {
        let roles = &self.roles;
        for (role, sections, skills) in [
            (Role::Pm, "roles.pm.sections", "roles.pm.skills"),
            (Role::Po, "roles.po.sections", "roles.po.skills"),
        ] {
            let profile = roles.profile(role);
            walk.page(PageText::role(role), &profile.summary).labels = vec![&profile.tagline];
            for (i, section) in profile.sections.iter().enumerate() {
                walk.add(ItemKind::Section, sections, i, &section.id, &section.title).body =
                    vec![&section.body];
            }
            for (i, skill) in profile.skills.iter().enumerate() {
                walk.add(ItemKind::Skill, skills, i, &skill.id, &skill.name);
            }
        }
        let overlap = &roles.overlap;
        // The skills both roles need are named like skills: labels of the overlap's opening.
        walk.page(PageText::ROLES_OVERLAP, &overlap.summary).labels =
            overlap.shared_skills.iter().map(String::as_str).collect();
        for (i, section) in overlap.sections.iter().enumerate() {
            walk.add(ItemKind::Section, "roles.overlap.sections", i, &section.id, &section.title).body =
                vec![&section.body];
        }
        if !overlap.combined_week.is_empty() {
            let week = PageText::ROLES_COMBINED_WEEK;
            let item = walk.push(week.kind, ItemPath { list: week.field, index: None }, week.id, week.title);
            item.labels = overlap.combined_week.iter().map(|day| day.day.as_str()).collect();
            item.body = overlap.combined_week.iter().map(|day| day.task.as_str()).collect();
        }
        for (i, question) in overlap.scope_questions.iter().enumerate() {
            let list = "roles.overlap.scope_questions";
            walk.add(ItemKind::ScopeQuestion, list, i, &question.id, &question.question).body =
                vec![&question.verdict];
        }
    }

    /// What decides the structure, the rule for shared ends, then each model with its chart.
    fn org_items<'a>(&'a self, walk: &mut Walk<'a>) {
        let orgs = &self.orgs;
        if let Some(summary) = &orgs.summary {
            walk.page(PageText::ORGS_SUMMARY, summary);
        }
        walk.page(PageText::ORGS_BOUNDARY_RULE, &orgs.boundary_rule);
        for (i, model) in orgs.models.iter().enumerate() {
            let item = walk.add(ItemKind::Org, "orgs.models", i, &model.id, &model.name);
            item.labels = std::iter::once(model.headline.as_str())
                .chain(model.facts.iter().map(|fact| fact.label.as_str()))
                .collect();
            item.body = std::iter::once(model.description.as_str())
                .chain(model.facts.iter().map(|fact| fact.text.as_str()))
                .collect();
            // The chart says again, box by box, what the description says: body text.
            if let Some(chart) = &model.chart {
                chart_texts(&chart.top, &mut item.body);
            }
        }
    }

    /// How the paths relate, each ladder's note and rungs, the moves, and how pay levels are read.
    fn career_items<'a>(&'a self, walk: &mut Walk<'a>) {
        let careers = &self.careers;
        if let Some(summary) = &careers.summary {
            walk.page(PageText::CAREERS_SUMMARY, summary);
        }
        if let Some(notes) = &careers.ladder_notes {
            for role in Role::ALL {
                walk.page(PageText::ladder(role), notes.get(role));
            }
        }
        for (list, ladder) in
            [("careers.pm_ladder", &careers.pm_ladder), ("careers.po_ladder", &careers.po_ladder)]
        {
            for (i, rung) in ladder.iter().enumerate() {
                walk.add(ItemKind::Rung, list, i, &rung.id, &rung.title).body = vec![&rung.scope];
            }
        }
        for (i, transition) in careers.transitions.iter().enumerate() {
            let item =
                walk.add(ItemKind::Transition, "careers.transitions", i, &transition.id, &transition.how);
            // The rungs it joins, so that "po to pm" finds it by their titles.
            item.labels = [&transition.from, &transition.to]
                .into_iter()
                .filter_map(|id| careers.rung(id).map(|(_, rung)| rung.title.as_str()))
                .collect();
        }
        for (list, moves) in
            [("careers.pm_exits", &careers.pm_exits), ("careers.po_lateral", &careers.po_lateral)]
        {
            for (i, item) in moves.iter().enumerate() {
                walk.add(ItemKind::Move, list, i, &item.id, &item.title).body = vec![&item.why];
            }
        }
        walk.page(PageText::CAREERS_PAY_LEVELS, &careers.salary_mapping_note);
    }

    /// What the figures are, each level, the notes, and where the two roles' pay meets.
    fn salary_items<'a>(&'a self, walk: &mut Walk<'a>) {
        walk.page(PageText::SALARY_BASIS, &self.salary.basis);
        for (i, level) in self.salary.levels.iter().enumerate() {
            let item =
                walk.add(ItemKind::SalaryLevel, "salary.levels", i, level.level.item_id(), &level.name);
            // What the row shows besides figures: the years, that it is base salary, the roles.
            item.labels = level.experience.iter().map(String::as_str).chain(["Base salary"]).collect();
            item.labels.extend(
                Role::ALL
                    .into_iter()
                    .filter(|&role| matches!(level.pay.get(role), Band::Range(_)))
                    .map(|role| -> &str { role.title() }),
            );
            item.body = [&level.pay.pm, &level.pay.po]
                .into_iter()
                .filter_map(|band| match band {
                    Band::Unavailable { reason } => Some(reason.as_str()),
                    Band::Range(_) => None,
                })
                .collect();
        }
        for (i, note) in self.salary.notes.iter().enumerate() {
            walk.add(ItemKind::SalaryNote, "salary.notes", i, &note.id, &note.text);
        }
        walk.page(PageText::SALARY_OVERLAP, &self.salary.overlap_note);
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
#[path = "items_tests.rs"]
mod tests;
