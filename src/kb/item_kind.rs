//! What kind of item an entry of the knowledge base is (an aspect, a rung, a FAQ entry...), its
//! name in JSON, and the tab that shows it.
//!
//! A leaf of its own because both the walk over the items (`items.rs`) and the texts a tab shows
//! around them (`page_texts.rs`) name kinds, and the walk reads those texts: keeping the kind
//! here lets both import it without importing each other.

use strum::VariantArray;

use crate::tab::Tab;

/// What kind of item an entry is. Its [`ItemKind::key`] is the `kind` of `pmpo search --json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, VariantArray)]
pub enum ItemKind {
    /// A section of the overview: the quick answer, the origins, the confusion, the headline
    /// salaries, the bottom line, the source.
    OverviewSection,
    /// A row of the side-by-side comparison.
    Aspect,
    /// An in-depth section of a role, or of the overlap between the roles.
    Section,
    /// A skill of a role.
    Skill,
    /// A question that tells what a job posting really is.
    ScopeQuestion,
    /// What the Orgs tab says of the models as a whole: what decides the structure, where a size
    /// on a shared end of two bands goes.
    OrgNote,
    /// An organisation model.
    Org,
    /// What the Careers tab says of the paths as a whole: how they relate, what holds for a whole
    /// ladder, how pmpo reads a rung's pay level.
    CareerNote,
    /// A rung of a career ladder.
    Rung,
    /// A move from one ladder to the other.
    Transition,
    /// A move off the ladders: an exit or a sideways step.
    Move,
    /// A level of the salary table (Entry / Associate ... Director+).
    SalaryLevel,
    /// A qualifying note on the salary figures.
    SalaryNote,
    /// What the Certs tab says of certifications as a whole.
    CertNote,
    /// A certification.
    Cert,
    /// What the choice between the roles rests on, said before the statements.
    ChooseNote,
    /// A "choose PM / PO if" statement.
    Statement,
    /// A frequently asked question.
    Faq,
}

impl ItemKind {
    /// The lowercase name used in JSON (`faq`, `aspect`, `salary-note`...).
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::OverviewSection => "overview-section",
            ItemKind::Aspect => "aspect",
            ItemKind::Section => "section",
            ItemKind::Skill => "skill",
            ItemKind::ScopeQuestion => "scope-question",
            ItemKind::OrgNote => "org-note",
            ItemKind::Org => "org",
            ItemKind::CareerNote => "career-note",
            ItemKind::Rung => "rung",
            ItemKind::Transition => "transition",
            ItemKind::Move => "move",
            ItemKind::SalaryLevel => "salary-level",
            ItemKind::SalaryNote => "salary-note",
            ItemKind::CertNote => "cert-note",
            ItemKind::Cert => "cert",
            ItemKind::ChooseNote => "choose-note",
            ItemKind::Statement => "statement",
            ItemKind::Faq => "faq",
        }
    }

    /// The tab that shows items of this kind.
    pub fn tab(self) -> Tab {
        match self {
            ItemKind::OverviewSection => Tab::Overview,
            ItemKind::Aspect => Tab::Compare,
            ItemKind::Section | ItemKind::Skill | ItemKind::ScopeQuestion => Tab::Roles,
            ItemKind::OrgNote | ItemKind::Org => Tab::Orgs,
            ItemKind::CareerNote | ItemKind::Rung | ItemKind::Transition | ItemKind::Move => Tab::Careers,
            ItemKind::SalaryLevel | ItemKind::SalaryNote => Tab::Salary,
            ItemKind::CertNote | ItemKind::Cert => Tab::Certs,
            ItemKind::ChooseNote | ItemKind::Statement => Tab::Choose,
            ItemKind::Faq => Tab::Faq,
        }
    }
}
