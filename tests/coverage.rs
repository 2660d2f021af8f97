//! The embedded knowledge base holds every item of the spec's checklist, with the article's figures.

use pmpo::kb::{Band, DollarRange, FlowDirection, KnowledgeBase, Level, Role};

/// The embedded knowledge base through the real loader: parsed and validated.
fn embedded() -> KnowledgeBase {
    KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn counts_match_the_article() {
    let kb = embedded();
    assert_eq!(kb.comparison.len(), 11, "aspects");
    assert_eq!(kb.faq.len(), 8, "FAQ entries");
    assert_eq!(kb.roles.pm.skills.len(), 10, "PM skills");
    assert_eq!(kb.roles.po.skills.len(), 10, "PO skills");
    let certs_of = |role| kb.certifications.items.iter().filter(|c| c.role == role).count();
    assert_eq!(certs_of(Role::Pm), 4, "PM certifications");
    assert_eq!(certs_of(Role::Po), 4, "PO certifications");
    assert_eq!(kb.choose.statements.pm.len(), 7, "choose PM statements");
    assert_eq!(kb.choose.statements.po.len(), 7, "choose PO statements");
    assert_eq!(kb.orgs.models.len(), 3, "org models");
    assert_eq!(kb.careers.pm_ladder.len(), 7, "PM ladder rungs");
    assert_eq!(kb.careers.po_ladder.len(), 3, "PO ladder rungs");
    assert_eq!(kb.salary.levels.len(), 5, "salary levels");
    assert_eq!(kb.salary.notes.len(), 4, "salary notes");
    assert!(kb.faq.iter().all(|entry| !entry.tags.is_empty()), "every FAQ entry has tags");
}

fn range(low: u32, high: u32, open_ended: bool) -> Band {
    Band::Range(DollarRange { low, high, open_ended })
}

#[test]
fn salary_figures_are_the_articles() {
    let kb = embedded();
    let expected = [
        (Level::Entry, range(90_000, 130_000, false), range(80_000, 115_000, false)),
        (Level::Mid, range(120_000, 170_000, false), range(100_000, 145_000, false)),
        (Level::Senior, range(150_000, 200_000, false), range(130_000, 170_000, false)),
        (Level::Staff, range(180_000, 250_000, true), range(150_000, 190_000, true)),
    ];
    for (level, pm, po) in expected {
        let entry = kb.salary.level(level).unwrap_or_else(|| panic!("{level:?} missing"));
        assert_eq!(entry.pay.pm, pm, "PM at {level:?}");
        assert_eq!(entry.pay.po, po, "PO at {level:?}");
    }
    let director = kb.salary.level(Level::Director).expect("director level");
    assert_eq!(director.pay.pm, range(200_000, 350_000, true));
    assert!(matches!(director.pay.po, Band::Unavailable { .. }), "PO director is N/A");

    let levels: Vec<Level> = kb.salary.levels.iter().map(|entry| entry.level).collect();
    assert_eq!(levels, Level::ALL, "levels in order");
    let experience = |level| kb.salary.level(level).and_then(|e| e.experience.clone());
    assert!(experience(Level::Mid).is_some_and(|e| e.contains('3') && e.contains('5')));
    assert!(experience(Level::Senior).is_some_and(|e| e.contains('5') && e.contains('8')));

    let headline = &kb.overview.headline_salary;
    assert_eq!(headline.pm, DollarRange { low: 120_000, high: 200_000, open_ended: true });
    assert_eq!(headline.po, DollarRange { low: 100_000, high: 170_000, open_ended: true });
    assert_eq!((kb.salary.big_tech_total_comp.low, kb.salary.big_tech_total_comp.high), (30, 60));
    let premium = &kb.salary.industry_premium;
    assert_eq!((premium.percent.low, premium.percent.high), (10, 15));
    assert_eq!(premium.role, Role::Po);
}

#[test]
fn org_sizes_and_the_combined_role_threshold_are_the_articles() {
    let kb = embedded();
    let sizes: Vec<(u32, Option<u32>)> =
        kb.orgs.models.iter().map(|m| (m.min_employees, m.max_employees)).collect();
    assert_eq!(sizes, [(1, Some(50)), (50, Some(500)), (500, None)]);
    assert_eq!(kb.roles.overlap.combined_below_employees, 200);
    assert_eq!(kb.roles.overlap.combined_week.len(), 5, "Monday to Friday");
    assert_eq!(kb.roles.overlap.scope_questions.len(), 3);
}

#[test]
fn the_source_is_attributed() {
    let kb = embedded();
    assert_eq!(kb.source.title, "Product Manager vs Product Owner");
    assert_eq!(kb.source.publisher, "Best PM Jobs");
    assert_eq!(kb.source.author, "Aditi Chaturvedi");
    assert_eq!(kb.source.last_updated, "February 2026");
}

#[test]
fn each_org_model_is_drawn_as_the_article_describes_it() {
    let kb = embedded();
    let chart = |id: &str| {
        let model = kb.orgs.models.iter().find(|model| model.id == id).unwrap_or_else(|| panic!("{id}"));
        model.chart.clone().unwrap_or_else(|| panic!("{id} has a chart"))
    };
    // Startup: one person in both roles, working straight with the development team.
    let startup = chart("org-startup").top;
    assert_eq!(startup.roles, [Role::Pm, Role::Po]);
    for who in ["founder", "PM", "business lead"] {
        assert!(startup.title.contains(who), "{who}: {}", startup.title);
    }
    assert_eq!(startup.duties.len(), 5, "vision, customers, stories, backlog, sprint planning");
    assert!(startup.below.iter().any(|node| node.title.contains("Development team")));
    // Mid-size: the PM over one or two POs (the second not always there), each with Scrum teams;
    // direction flows down and feedback on execution up.
    let mid = chart("org-mid-size").top;
    assert_eq!(mid.roles, [Role::Pm]);
    let directions: Vec<FlowDirection> = mid.flows.iter().map(|flow| flow.direction).collect();
    assert_eq!(directions, [FlowDirection::Down, FlowDirection::Up]);
    let pos: Vec<_> = mid.below.iter().filter(|node| node.roles == [Role::Po]).collect();
    assert_eq!(pos.len(), 2, "one or two POs");
    assert!(!pos[0].optional && pos[1].optional, "the second PO is not always there");
    assert!(pos.iter().all(|po| po.below.iter().any(|team| team.title.contains("Scrum team"))));
    // Enterprise: portfolio roles (may be there) above PMs at program level, above POs at team
    // level; the Program Backlog with the PMs, the Team Backlog with the POs.
    let portfolio = chart("org-enterprise").top;
    assert!(portfolio.optional && portfolio.title.contains("Solution Managers"));
    let pm = &portfolio.below[0];
    let po = &pm.below[0];
    assert_eq!((pm.roles.as_slice(), po.roles.as_slice()), ([Role::Pm].as_slice(), [Role::Po].as_slice()));
    assert!(
        pm.level
            .as_deref()
            .is_some_and(|level| level.contains("program") && level.contains("Agile Release Train"))
    );
    assert!(po.level.as_deref().is_some_and(|level| level.contains("team")));
    assert!(pm.duties.iter().any(|duty| duty.contains("Program Backlog")));
    assert!(po.duties.iter().any(|duty| duty.contains("Team Backlog")));
    assert!(po.below.iter().any(|team| team.title.contains("Scrum teams")));
}

#[test]
fn what_a_second_reading_found_missing_is_there() {
    let kb = embedded();
    let has = |text: &str, words: &[&str]| {
        let lower = text.to_lowercase();
        for word in words {
            assert!(lower.contains(word), "\"{word}\" missing from: {text}");
        }
    };
    has(&kb.roles.overlap.summary, &["product thinking", "empathy for customers", "communication"]);
    has(kb.orgs.summary.as_deref().unwrap_or_default(), &["how big", "how mature", "development method"]);
    has(kb.careers.summary.as_deref().unwrap_or_default(), &["different places", "cross"]);
    let notes = kb.careers.ladder_notes.as_ref().expect("ladder notes");
    has(notes.get(Role::Pm), &["well established", "tech"]);
    has(notes.get(Role::Po), &["two routes", "agile execution track", "pm track"]);
    has(kb.choose.intro.as_deref().unwrap_or_default(), &["interests you", "good at", "long run"]);
}
