//! The knowledge base laid out as documents, one function per section of `pmpo show`; the app's
//! reading panes use the same functions.

use super::block::Doc;
use crate::kb::{Band, KnowledgeBase, OVERVIEW_SECTIONS, PageText, Role, RoleProfile};

/// The sections `pmpo show` can print, in the app's tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Section {
    /// The quick answer, origins, headline ranges and the source.
    Overview,
    /// The side-by-side comparison table.
    Compare,
    /// Each role in depth, its skills, and the overlap.
    Roles,
    /// How organisations of each size structure the roles.
    Orgs,
    /// Career ladders and the moves between them.
    Careers,
    /// Base salary ranges by level and their notes.
    Salary,
    /// Certifications by role.
    Certs,
    /// The "choose PM if / PO if" statements and the bottom line.
    Choose,
    /// Every frequently asked question with its answer.
    Faq,
}

/// The document of `section`.
pub fn section(kb: &KnowledgeBase, section: Section) -> Doc {
    let mut p = Doc::new();
    match section {
        Section::Overview => overview(&mut p, kb),
        Section::Compare => compare(&mut p, kb),
        Section::Roles => roles(&mut p, kb),
        Section::Orgs => orgs(&mut p, kb),
        Section::Careers => careers(&mut p, kb),
        Section::Salary => salary(&mut p, kb),
        Section::Certs => certs(&mut p, kb),
        Section::Choose => choose(&mut p, kb),
        Section::Faq => faq(&mut p, kb),
    }
    p
}

/// The overview, each of its sections anchored under the id the one walk over the knowledge
/// base gives it ([`OVERVIEW_SECTIONS`]), so that search and bookmarks can open it.
fn overview(p: &mut Doc, kb: &KnowledgeBase) {
    let o = &kb.overview;
    let [quick, origins, confusion, headline, bottom, sources] = OVERVIEW_SECTIONS;
    p.anchor(quick.id).title("Product Manager vs Product Owner");
    p.paragraph(&o.quick_answer);
    p.gap();
    for role in Role::ALL {
        p.labelled(role.title(), o.in_short.get(role));
        p.gap();
    }
    p.anchor(origins.id).heading(origins.title);
    for role in Role::ALL {
        p.labelled(role.title(), o.origins.get(role));
        p.gap();
    }
    p.anchor(confusion.id).heading(confusion.title);
    p.paragraph(&o.confusion);
    p.paragraph(&o.why_it_matters);
    p.anchor(headline.id).heading(headline.title);
    for role in Role::ALL {
        p.line(format!("  {:<16} {}", role.title(), o.headline_salary.get(role)));
    }
    p.anchor(bottom.id).heading(bottom.title);
    p.paragraph(&kb.choose.bottom_line);
    p.gap();
    p.anchor(sources.id);
    source(p, kb);
}

/// The attribution line every reading of the knowledge base ends with.
fn source(p: &mut Doc, kb: &KnowledgeBase) {
    let s = &kb.source;
    p.paragraph(format!(
        "Source: “{}” by {} ({}), {}, last updated {}. {}",
        s.title, s.author, s.author_role, s.publisher, s.last_updated, s.note
    ));
}

fn compare(p: &mut Doc, kb: &KnowledgeBase) {
    p.title("Product Manager vs Product Owner, side by side");
    let rows: Vec<Vec<String>> =
        kb.comparison.iter().map(|a| vec![a.name.clone(), a.pm.clone(), a.po.clone()]).collect();
    p.table(&["Aspect", "Product Manager", "Product Owner"], rows);
}

fn roles(p: &mut Doc, kb: &KnowledgeBase) {
    for role in Role::ALL {
        role_profile(p, role, kb.roles.profile(role));
    }
    overlap(p, kb);
}

/// Where the roles overlap: shared skills, the combined role and its week, reading job postings.
pub fn overlap(p: &mut Doc, kb: &KnowledgeBase) {
    let overlap = &kb.roles.overlap;
    let (opening, week) = (PageText::ROLES_OVERLAP, PageText::ROLES_COMBINED_WEEK);
    p.anchor(opening.id).title(opening.title);
    p.paragraph(&overlap.summary);
    p.gap();
    p.line("Both roles need:");
    for skill in &overlap.shared_skills {
        p.bullet(skill);
    }
    for section in &overlap.sections {
        p.anchor(&section.id).heading(&section.title);
        p.paragraph(&section.body);
    }
    if !overlap.combined_week.is_empty() {
        p.anchor(week.id);
    }
    p.heading(format!("{} (common below {} employees)", week.title, overlap.combined_below_employees));
    for day in &overlap.combined_week {
        p.labelled_at(2, &day.day, &day.task);
    }
    p.heading("Reading a job posting: ask what the job covers");
    for (i, question) in overlap.scope_questions.iter().enumerate() {
        p.anchor(&question.id).numbered(i + 1, format!("{} {}", question.question, question.verdict));
    }
}

/// One role in depth: tagline, summary, sections and skills.
pub fn role_profile(p: &mut Doc, role: Role, profile: &RoleProfile) {
    let opening = PageText::role(role);
    p.anchor(opening.id).title(opening.title);
    p.paragraph(&profile.tagline);
    p.paragraph(&profile.summary);
    for section in &profile.sections {
        p.anchor(&section.id).heading(&section.title);
        p.paragraph(&section.body);
    }
    p.heading(format!("{} skills", role.title()));
    for skill in &profile.skills {
        p.anchor(&skill.id).bullet(&skill.name);
    }
    p.gap();
}

fn orgs(p: &mut Doc, kb: &KnowledgeBase) {
    p.title("How organisations structure the roles");
    if let Some(summary) = &kb.orgs.summary {
        p.paragraph(summary);
    }
    for model in &kb.orgs.models {
        p.heading(format!("{} ({}): {}", model.name, model.size_label(), model.headline));
        if let Some(chart) = &model.chart {
            p.chart(chart);
        }
        p.paragraph(&model.description);
        p.gap();
        for fact in &model.facts {
            p.labelled(&fact.label, &fact.text);
        }
    }
    p.heading("Where the ranges meet");
    p.paragraph(&kb.orgs.boundary_rule);
}

fn careers(p: &mut Doc, kb: &KnowledgeBase) {
    let careers = &kb.careers;
    p.title("Career paths");
    if let Some(summary) = &careers.summary {
        p.paragraph(summary);
    }
    for role in Role::ALL {
        p.heading(format!("{} ladder, first rung to top", role.title()));
        if let Some(notes) = &careers.ladder_notes {
            p.paragraph(notes.get(role)).gap();
        }
        for (i, rung) in careers.ladder(role).iter().enumerate() {
            let level = kb.salary.level_name(rung.salary_level);
            p.numbered(i + 1, format!("{} — {} ({level} pay, as pmpo reads it)", rung.title, rung.scope));
        }
    }
    p.heading("Moving between the ladders");
    for transition in &careers.transitions {
        let title = |id: &str| careers.rung(id).map_or(id.to_string(), |(_, rung)| rung.title.clone());
        p.bullet(format!("{} → {}: {}", title(&transition.from), title(&transition.to), transition.how));
    }
    p.heading("Beyond the Product Manager ladder");
    for exit in &careers.pm_exits {
        p.bullet(format!("{}: {}", exit.title, exit.why));
    }
    p.heading("Sideways moves for Product Owners");
    for lateral in &careers.po_lateral {
        p.bullet(format!("{}: {}", lateral.title, lateral.why));
    }
    p.gap();
    p.paragraph(&careers.salary_mapping_note);
    p.paragraph("Pay by level for both roles: pmpo show salary");
}

fn salary(p: &mut Doc, kb: &KnowledgeBase) {
    let salary = &kb.salary;
    p.title("Base salary by level (US)");
    p.paragraph(&salary.basis);
    let band = |band: &Band| match band {
        Band::Range(range) => range.to_string(),
        Band::Unavailable { reason } => format!("not available: {reason}"),
    };
    let rows: Vec<Vec<String>> = salary
        .levels
        .iter()
        .map(|entry| {
            let name = match &entry.experience {
                Some(years) => format!("{} ({years})", entry.name),
                None => entry.name.clone(),
            };
            vec![name, band(&entry.pay.pm), band(&entry.pay.po)]
        })
        .collect();
    p.table(&["Level", "Product Manager", "Product Owner"], rows);
    p.heading("Notes");
    for note in &salary.notes {
        p.bullet(&note.text);
    }
    p.bullet(&salary.overlap_note);
    p.gap();
    p.paragraph("Work out a figure for a company, industry and location: pmpo salary --help");
}

fn certs(p: &mut Doc, kb: &KnowledgeBase) {
    p.title("Certifications");
    p.paragraph(&kb.certifications.summary);
    for role in Role::ALL {
        p.heading(format!("{} certifications", role.title()));
        for cert in kb.certifications.items.iter().filter(|cert| cert.role == role) {
            p.line(&cert.name);
            p.labelled_at(2, "Issuer", &cert.issuer);
            p.labelled_at(2, "Requirement", &cert.requirement);
            p.labelled_at(2, "Standing", &cert.standing);
            p.gap();
        }
    }
}

fn choose(p: &mut Doc, kb: &KnowledgeBase) {
    p.title("Which role should you choose?");
    if let Some(intro) = &kb.choose.intro {
        p.paragraph(intro);
    }
    for role in Role::ALL {
        p.heading(format!("Choose {} if…", role.title()));
        for statement in kb.choose.statements.get(role) {
            p.bullet(&statement.text);
        }
    }
    p.heading("The bottom line");
    p.paragraph(&kb.choose.bottom_line);
}

fn faq(p: &mut Doc, kb: &KnowledgeBase) {
    p.title("Frequently asked questions");
    for (i, entry) in kb.faq.iter().enumerate() {
        p.heading(format!("{}. {}", i + 1, entry.question));
        p.paragraph(&entry.answer);
        p.gap();
        p.labelled("Tags", entry.tags.join(", "));
    }
}
