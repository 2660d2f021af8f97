//! The knowledge base as serde types: the schema of `assets/knowledge.ron`.
//!
//! Every item a user can select, search, bookmark or study carries a stable `id` (unique across
//! the whole knowledge base), so that saved state and flashcard history refer to ids, never to
//! positions. Closed sets that the command line names (roles, salary levels, industries) are enums,
//! so a knowledge base cannot rename what scripts rely on.

use serde::{Deserialize, Serialize};

pub use super::role::Role;

pub use super::chart::{ChartNode, Flow, FlowDirection, OrgChart};

/// The whole knowledge base.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// The version of the format the file was written for ([`super::version::CURRENT`] for the
    /// embedded one); absent in files from pmpo 0.1, which are version 1.
    #[serde(default = "super::version::first")]
    pub version: u32,
    /// Where the facts and figures come from.
    pub source: Source,
    /// The quick answer, the origins of both roles and why they get confused.
    pub overview: Overview,
    /// The side-by-side comparison: one entry per aspect.
    pub comparison: Vec<Aspect>,
    /// Each role in depth, and where they overlap.
    pub roles: Roles,
    /// How organisations of different sizes structure the two roles.
    pub orgs: Orgs,
    /// Career ladders and the moves between them.
    pub careers: Careers,
    /// Base salary ranges by level and the notes that qualify them.
    pub salary: Salary,
    /// Certifications for each role.
    pub certifications: Certifications,
    /// The "choose PM if / PO if" statements and the bottom line.
    pub choose: Choose,
    /// Frequently asked questions.
    pub faq: Vec<FaqEntry>,
    /// Words and phrases search treats as one (version 2; optional, so older files load):
    /// each group lists equivalents, such as `["pay", "salary", "earn"]` or
    /// `["po", "product owner"]`. A query word or phrase that is one of a group's members also
    /// finds the others, in both directions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<Vec<String>>,
}

/// A value for each role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerRole<T> {
    /// The Product Manager's value.
    pub pm: T,
    /// The Product Owner's value.
    pub po: T,
}

impl<T> PerRole<T> {
    /// The value for `role`.
    pub fn get(&self, role: Role) -> &T {
        match role {
            Role::Pm => &self.pm,
            Role::Po => &self.po,
        }
    }
}

/// The article the knowledge base is built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The article's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Who wrote it.
    pub author: String,
    /// The author's role at the publisher.
    pub author_role: String,
    /// When the article was last updated, as the article gives it ("February 2026").
    pub last_updated: String,
    /// How pmpo uses the source: facts and figures carried over, the words its own.
    pub note: String,
}

/// A range of US dollars, possibly open at the top ("$200,000+").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DollarRange {
    /// The bottom of the range, in whole dollars.
    pub low: u32,
    /// The top of the range, in whole dollars.
    pub high: u32,
    /// Whether the source marks the top with a "+" (pay can go higher).
    #[serde(default)]
    pub open_ended: bool,
}

/// The first screen's material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overview {
    /// The one-paragraph answer: strategy versus sprint-by-sprint delivery.
    pub quick_answer: String,
    /// What each role is responsible for, in a sentence or two.
    pub in_short: PerRole<String>,
    /// Where each role comes from.
    pub origins: PerRole<String>,
    /// Why the titles get confused (startups versus `SAFe` enterprises).
    pub confusion: String,
    /// Why the difference matters for a career.
    pub why_it_matters: String,
    /// The headline base-salary ranges of the two roles.
    pub headline_salary: PerRole<DollarRange>,
}

/// One row of the side-by-side comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aspect {
    /// Stable id.
    pub id: String,
    /// The aspect compared ("Decision making").
    pub name: String,
    /// How the Product Manager stands on it.
    pub pm: String,
    /// How the Product Owner stands on it.
    pub po: String,
}

/// Both roles in depth and their overlap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// The Product Manager in depth.
    pub pm: RoleProfile,
    /// The Product Owner in depth.
    pub po: RoleProfile,
    /// Where the two roles overlap.
    pub overlap: Overlap,
}

impl Roles {
    /// The profile of `role`.
    pub fn profile(&self, role: Role) -> &RoleProfile {
        match role {
            Role::Pm => &self.pm,
            Role::Po => &self.po,
        }
    }
}

/// One role in depth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleProfile {
    /// A short characterisation ("the CEO of the product").
    pub tagline: String,
    /// The opening paragraph.
    pub summary: String,
    /// The in-depth sections.
    pub sections: Vec<Section>,
    /// The core skills of the role.
    pub skills: Vec<Skill>,
}

/// A titled paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id.
    pub id: String,
    /// The heading.
    pub title: String,
    /// The text; blank lines separate paragraphs.
    pub body: String,
}

/// One skill of a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable id.
    pub id: String,
    /// The skill.
    pub name: String,
}

/// Where the two roles meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlap {
    /// What the two roles have in common.
    pub summary: String,
    /// Skills both roles need.
    pub shared_skills: Vec<String>,
    /// Below this many employees one person often does both jobs.
    pub combined_below_employees: u32,
    /// Sections on the combined role and on reading job postings.
    pub sections: Vec<Section>,
    /// A week of someone who does both jobs, one entry per working day.
    pub combined_week: Vec<WorkDay>,
    /// Questions that tell what a job posting really is, whatever its title.
    pub scope_questions: Vec<ScopeQuestion>,
}

/// One day of the combined role's week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkDay {
    /// The day ("Monday").
    pub day: String,
    /// What that day is spent on.
    pub task: String,
}

/// A question to ask of a job posting, and what the answer means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeQuestion {
    /// Stable id.
    pub id: String,
    /// The question.
    pub question: String,
    /// What a "yes" tells you.
    pub verdict: String,
}

/// How organisations structure the two roles, by size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Orgs {
    /// What decides how a company arranges the roles. Added after 0.1, so optional.
    #[serde(default)]
    pub summary: Option<String>,
    /// How sizes on a shared boundary (50, 500) are assigned.
    pub boundary_rule: String,
    /// The models, smallest organisations first.
    pub models: Vec<OrgModel>,
}

/// One way an organisation of a given size structures the roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgModel {
    /// Stable id.
    pub id: String,
    /// The kind of organisation ("Startup").
    pub name: String,
    /// The model in a few words ("One person does both").
    pub headline: String,
    /// The smallest headcount the source gives for this model.
    pub min_employees: u32,
    /// The largest headcount the source gives, or `None` for "and up".
    pub max_employees: Option<u32>,
    /// How the model works.
    pub description: String,
    /// Labelled facts: strengths, downsides, titles, ratios, challenges.
    pub facts: Vec<Fact>,
    /// The model drawn as an org chart. Added after 0.1, so optional: without one the app says
    /// there is no chart.
    #[serde(default)]
    pub chart: Option<OrgChart>,
}

/// A labelled statement ("Key challenge: ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The label.
    pub label: String,
    /// The statement.
    pub text: String,
}

/// Career ladders and the moves between and out of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Careers {
    /// How the two paths relate as a whole. Added after 0.1, so optional.
    #[serde(default)]
    pub summary: Option<String>,
    /// What holds for each ladder as a whole (how scope grows as one climbs, the routes a
    /// track offers), said once rather than on every rung. Added after 0.1, so optional.
    #[serde(default)]
    pub ladder_notes: Option<PerRole<String>>,
    /// The Product Manager ladder, most junior rung first.
    pub pm_ladder: Vec<Rung>,
    /// The Product Owner track, most junior rung first.
    pub po_ladder: Vec<Rung>,
    /// Moves from one ladder to the other.
    pub transitions: Vec<Transition>,
    /// Where Product Managers often go after the ladder.
    pub pm_exits: Vec<Move>,
    /// Sideways moves open to Product Owners.
    pub po_lateral: Vec<Move>,
    /// Why a rung's salary level is pmpo's reading: the source gives pay by level, not by title.
    pub salary_mapping_note: String,
}

impl Careers {
    /// The ladder of `role`.
    pub fn ladder(&self, role: Role) -> &[Rung] {
        match role {
            Role::Pm => &self.pm_ladder,
            Role::Po => &self.po_ladder,
        }
    }
}

/// One rung of a career ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rung {
    /// Stable id.
    pub id: String,
    /// The title ("Group Product Manager").
    pub title: String,
    /// What the source says of this rung in particular (what holds for the whole ladder is in
    /// [`Careers::ladder_notes`]).
    pub scope: String,
    /// The salary level pmpo reads this rung as. The source gives pay by level, not by title, so
    /// the app shows it labelled as pmpo's reading, beside every level of the rung's role.
    pub salary_level: Level,
}

/// A move from one rung to another, usually across ladders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// Stable id.
    pub id: String,
    /// The rung moved from (a rung id).
    pub from: String,
    /// The rung moved to (a rung id).
    pub to: String,
    /// How the move happens.
    pub how: String,
}

/// A move off the ladders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// Stable id.
    pub id: String,
    /// Where the move leads ("Agile Coach").
    pub title: String,
    /// Why people make it.
    pub why: String,
}

/// A salary level, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Entry / Associate.
    Entry,
    /// Mid-level.
    Mid,
    /// Senior.
    Senior,
    /// Staff / Principal.
    Staff,
    /// Director and above.
    Director,
}

impl Level {
    /// Every level, most junior first.
    pub const ALL: [Level; 5] = [Level::Entry, Level::Mid, Level::Senior, Level::Staff, Level::Director];

    /// The lowercase name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Level::Entry => "entry",
            Level::Mid => "mid",
            Level::Senior => "senior",
            Level::Staff => "staff",
            Level::Director => "director",
        }
    }
}

/// An industry, for the salary premium.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Industry {
    /// General technology: the baseline of the source's figures.
    Tech,
    /// Financial services.
    Finance,
    /// Healthcare.
    Healthcare,
}

impl Industry {
    /// Every industry, the baseline first.
    pub const ALL: [Industry; 3] = [Industry::Tech, Industry::Finance, Industry::Healthcare];

    /// The lowercase name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Industry::Tech => "tech",
            Industry::Finance => "finance",
            Industry::Healthcare => "healthcare",
        }
    }
}

/// Base salary ranges and what qualifies them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// What the figures are (US base salary, full-time, technology companies, the year).
    pub basis: String,
    /// One entry per level, most junior first.
    pub levels: Vec<SalaryLevel>,
    /// How much higher total compensation runs at major tech companies.
    pub big_tech_total_comp: PercentRange,
    /// The Product Owner premium in some industries.
    pub industry_premium: IndustryPremium,
    /// The source's notes on compensation.
    pub notes: Vec<SalaryNote>,
    /// Where senior PO pay meets mid-level PM pay.
    pub overlap_note: String,
}

impl Salary {
    /// The entry for `level`, if the knowledge base has one (validation guarantees it does).
    pub fn level(&self, level: Level) -> Option<&SalaryLevel> {
        self.levels.iter().find(|entry| entry.level == level)
    }
}

/// The ranges of one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryLevel {
    /// Which level.
    pub level: Level,
    /// The level's name as shown ("Staff / Principal").
    pub name: String,
    /// Years of experience, where the source gives them ("3-5 yrs").
    pub experience: Option<String>,
    /// The base pay of each role at this level.
    pub pay: PerRole<Band>,
}

/// A role's pay at one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Band {
    /// A base-salary range.
    Range(DollarRange),
    /// The role does not exist at this level.
    Unavailable {
        /// Why, in a sentence.
        reason: String,
    },
}

/// A range of percentages, each within 0-100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PercentRange {
    /// The low end, in percent.
    pub low: u32,
    /// The high end, in percent.
    pub high: u32,
}

/// A premium one role earns in some industries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryPremium {
    /// The role that earns it.
    pub role: Role,
    /// The industries that pay it.
    pub industries: Vec<Industry>,
    /// How much above the baseline, in percent.
    pub percent: PercentRange,
}

/// A qualifying note on the salary figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryNote {
    /// Stable id.
    pub id: String,
    /// The note.
    pub text: String,
    /// When the salary calculator applies it.
    pub applies: NoteTrigger,
}

/// When a salary note applies to a calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteTrigger {
    /// At a big-tech company (total compensation).
    BigTech,
    /// When the industry premium is applied.
    IndustryPremium,
    /// When a cost-of-living adjustment other than zero is applied.
    CostOfLiving,
    /// Context for every figure; no step of the calculation depends on it.
    General,
}

/// Certifications of both roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certifications {
    /// How much certifications matter to each role.
    pub summary: String,
    /// The certifications, grouped by role in the order shown.
    pub items: Vec<Certification>,
}

/// One certification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// Stable id.
    pub id: String,
    /// The role it is listed under.
    pub role: Role,
    /// Its name ("CSPO (Certified Scrum Product Owner)").
    pub name: String,
    /// Who awards it.
    pub issuer: String,
    /// What it takes to earn it.
    pub requirement: String,
    /// How it is regarded and what it covers.
    pub standing: String,
}

/// The self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choose {
    /// What the choice rests on, said before the statements. Added after 0.1, so optional.
    #[serde(default)]
    pub intro: Option<String>,
    /// Reasons to choose each role.
    pub statements: PerRole<Vec<Statement>>,
    /// The source's conclusion: neither role is superior.
    pub bottom_line: String,
}

/// One "choose this role if" statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable id.
    pub id: String,
    /// The statement, in the second person.
    pub text: String,
}

/// One frequently asked question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    /// Stable id.
    pub id: String,
    /// The question.
    pub question: String,
    /// The answer; blank lines separate paragraphs.
    pub answer: String,
    /// Keywords for search.
    pub tags: Vec<String>,
}
