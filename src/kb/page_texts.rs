//! The texts a tab shows around its items (a role's tagline and summary, the overlap's summary,
//! the combined week, a ladder's note, the salary basis, what the certifications summary says...)
//! as items of their own, so that search finds them and a bookmark can hold them.
//!
//! None of them has an `id` in the file: like the overview's sections, each gets one derived from
//! the field it shows (`careers.ladder_notes.pm` → `careers-ladder-notes-pm`), never from where it
//! sits, and a title that names it. The tabs open them by these ids (`show_item`), the reading
//! pages anchor them, and validation refuses a file id that collides with one.

use super::item_kind::ItemKind;
use super::role::Role;

/// A text shown on a tab beside its items, as an item: its derived id, its kind (which decides
/// its tab) and what it is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageText {
    /// The id, derived from the field the text comes from.
    pub id: &'static str,
    /// What kind of item it is.
    pub kind: ItemKind,
    /// What it is called: the heading the tab shows it under, or names it by.
    pub title: &'static str,
    /// The field of the knowledge base it shows (for validation messages).
    pub field: &'static str,
}

impl PageText {
    /// The opening of the Product Manager's page: tagline and summary.
    pub const ROLES_PM: PageText = PageText {
        id: "roles-pm",
        kind: ItemKind::Section,
        title: "The Product Manager in depth",
        field: "roles.pm.summary",
    };
    /// The opening of the Product Owner's page: tagline and summary.
    pub const ROLES_PO: PageText = PageText {
        id: "roles-po",
        kind: ItemKind::Section,
        title: "The Product Owner in depth",
        field: "roles.po.summary",
    };
    /// The opening of the overlap's page: its summary and the skills both roles need.
    pub const ROLES_OVERLAP: PageText = PageText {
        id: "roles-overlap",
        kind: ItemKind::Section,
        title: "Where the roles overlap",
        field: "roles.overlap.summary",
    };
    /// The week of someone doing both jobs, day by day.
    pub const ROLES_COMBINED_WEEK: PageText = PageText {
        id: "roles-overlap-combined-week",
        kind: ItemKind::Section,
        title: "A week doing both jobs",
        field: "roles.overlap.combined_week",
    };
    /// What decides how a company arranges the roles.
    pub const ORGS_SUMMARY: PageText = PageText {
        id: "orgs-summary",
        kind: ItemKind::OrgNote,
        title: "What decides how a company arranges the roles",
        field: "orgs.summary",
    };
    /// Which model a size on a shared end of two bands goes to.
    pub const ORGS_BOUNDARY_RULE: PageText = PageText {
        id: "orgs-boundary-rule",
        kind: ItemKind::OrgNote,
        title: "A size on the shared end of two bands",
        field: "orgs.boundary_rule",
    };
    /// How the two career paths relate.
    pub const CAREERS_SUMMARY: PageText = PageText {
        id: "careers-summary",
        kind: ItemKind::CareerNote,
        title: "How the two paths relate",
        field: "careers.summary",
    };
    /// What holds for the whole Product Manager ladder.
    pub const CAREERS_LADDER_PM: PageText = PageText {
        id: "careers-ladder-notes-pm",
        kind: ItemKind::CareerNote,
        title: "The Product Manager ladder",
        field: "careers.ladder_notes.pm",
    };
    /// What holds for the whole Product Owner track.
    pub const CAREERS_LADDER_PO: PageText = PageText {
        id: "careers-ladder-notes-po",
        kind: ItemKind::CareerNote,
        title: "The Product Owner track",
        field: "careers.ladder_notes.po",
    };
    /// Why a rung's salary level is pmpo's reading.
    pub const CAREERS_PAY_LEVELS: PageText = PageText {
        id: "careers-salary-mapping-note",
        kind: ItemKind::CareerNote,
        title: "About the pay levels",
        field: "careers.salary_mapping_note",
    };
    /// What the salary figures are. A salary note: its title is its text, as every note's is.
    pub const SALARY_BASIS: PageText =
        PageText { id: "salary-basis", kind: ItemKind::SalaryNote, title: "", field: "salary.basis" };
    /// Where senior PO pay meets mid-level PM pay. A salary note, titled by its text.
    pub const SALARY_OVERLAP: PageText = PageText {
        id: "salary-overlap-note",
        kind: ItemKind::SalaryNote,
        title: "",
        field: "salary.overlap_note",
    };
    /// How much certifications count for each role.
    pub const CERTS_SUMMARY: PageText = PageText {
        id: "certifications-summary",
        kind: ItemKind::CertNote,
        title: "How much certifications count",
        field: "certifications.summary",
    };
    /// What the choice between the roles rests on.
    pub const CHOOSE_INTRO: PageText = PageText {
        id: "choose-intro",
        kind: ItemKind::ChooseNote,
        title: "What the choice rests on",
        field: "choose.intro",
    };

    /// Every page text, in the order of the knowledge base file.
    pub const ALL: [PageText; 14] = [
        PageText::ROLES_PM,
        PageText::ROLES_PO,
        PageText::ROLES_OVERLAP,
        PageText::ROLES_COMBINED_WEEK,
        PageText::ORGS_SUMMARY,
        PageText::ORGS_BOUNDARY_RULE,
        PageText::CAREERS_SUMMARY,
        PageText::CAREERS_LADDER_PM,
        PageText::CAREERS_LADDER_PO,
        PageText::CAREERS_PAY_LEVELS,
        PageText::SALARY_BASIS,
        PageText::SALARY_OVERLAP,
        PageText::CERTS_SUMMARY,
        PageText::CHOOSE_INTRO,
    ];

    /// The opening of `role`'s page.
    pub fn role(role: Role) -> PageText {
        match role {
            Role::Pm => PageText::ROLES_PM,
            Role::Po => PageText::ROLES_PO,
        }
    }

    /// The note on `role`'s whole ladder.
    pub fn ladder(role: Role) -> PageText {
        match role {
            Role::Pm => PageText::CAREERS_LADDER_PM,
            Role::Po => PageText::CAREERS_LADDER_PO,
        }
    }

    /// The page text with `id`.
    pub fn find(id: &str) -> Option<PageText> {
        PageText::ALL.into_iter().find(|text| text.id == id)
    }
}
