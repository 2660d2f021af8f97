//! Tests of the one walk: every kind in file order, every item on its tab, ids that do not move.

use crate::kb::{ItemKind, KnowledgeBase};
use crate::tab::Tab;

#[test]
fn items_cover_every_kind_in_file_order() -> Result<(), Box<dyn std::error::Error>> {
    let kb = KnowledgeBase::embedded()?;
    let items = kb.items();
    // 6 overview sections, 11 aspects, 2 role openings, 8 role sections, 20 skills, the overlap's
    // opening, 2 overlap sections, its week, 3 scope questions, 2 org notes, 3 org models,
    // 4 career notes, 10 rungs, 2 transitions, 6 moves, 5 salary levels, 4 + 2 notes, the
    // certifications' summary, 8 certs, Choose's intro, 14 statements, 8 FAQ = 124.
    assert_eq!(items.len(), 124);
    let mut runs: Vec<ItemKind> = items.iter().map(|item| item.kind).collect();
    runs.dedup();
    let expected = [
        ItemKind::OverviewSection,
        ItemKind::Aspect,
        ItemKind::Section,
        ItemKind::Skill,
        ItemKind::Section,
        ItemKind::Skill,
        ItemKind::Section,
        ItemKind::ScopeQuestion,
        ItemKind::OrgNote,
        ItemKind::Org,
        ItemKind::CareerNote,
        ItemKind::Rung,
        ItemKind::Transition,
        ItemKind::Move,
        ItemKind::CareerNote,
        ItemKind::SalaryNote,
        ItemKind::SalaryLevel,
        ItemKind::SalaryNote,
        ItemKind::CertNote,
        ItemKind::Cert,
        ItemKind::ChooseNote,
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
    assert_eq!(tab("salary-level-staff"), Some(Tab::Salary));
    assert_eq!(tab("overview-origins"), Some(Tab::Overview));
    assert_eq!(tab("cert-reforge"), Some(Tab::Certs));
    assert_eq!(tab("choose-po-craft"), Some(Tab::Choose));
    assert_eq!(tab("faq-po-misconception"), Some(Tab::Faq));
    assert_eq!(tab("no-such-item"), None);
    assert_eq!(kb.item_title("org-startup"), Some("Startup"));
    assert_eq!(kb.item_title("salary-level-staff"), Some("Staff / Principal"));
    let transition = kb.item("transition-safe-po-to-pm").ok_or("a transition")?;
    assert_eq!(transition.labels, ["Product Owner", "Product Manager"], "the rungs it joins");
    Ok(())
}

#[test]
fn derived_ids_do_not_depend_on_positions() -> Result<(), Box<dyn std::error::Error>> {
    let mut kb = KnowledgeBase::embedded()?;
    let before: Vec<String> = kb.items().iter().map(|item| item.id.to_string()).collect();
    kb.salary.levels.reverse();
    let staff = kb.items().into_iter().find(|item| item.title == "Staff / Principal").ok_or("staff")?;
    assert_eq!(staff.id, "salary-level-staff");
    kb.salary.levels.reverse();
    let after: Vec<String> = kb.items().iter().map(|item| item.id.to_string()).collect();
    assert_eq!(before, after);
    Ok(())
}

#[test]
fn every_text_a_tab_shows_is_an_item() -> Result<(), Box<dyn std::error::Error>> {
    let kb = KnowledgeBase::embedded()?;
    let items = kb.items();
    let texts = |id: &str| -> Vec<String> {
        let item = items.iter().find(|item| item.id == id).unwrap_or_else(|| panic!("{id} is an item"));
        std::iter::once(item.title)
            .chain(item.labels.iter().copied())
            .chain(item.body.iter().copied())
            .map(str::to_string)
            .collect()
    };
    let holds = |id: &str, text: &str| assert!(texts(id).iter().any(|t| t == text), "{id} holds {text:?}");
    let (roles, overlap) = (&kb.roles, &kb.roles.overlap);
    holds("roles-pm", &roles.pm.tagline);
    holds("roles-pm", &roles.pm.summary);
    holds("roles-po", &roles.po.summary);
    holds("roles-overlap", &overlap.summary);
    for skill in &overlap.shared_skills {
        holds("roles-overlap", skill);
    }
    for day in &overlap.combined_week {
        holds("roles-overlap-combined-week", &day.day);
        holds("roles-overlap-combined-week", &day.task);
    }
    holds("orgs-summary", kb.orgs.summary.as_deref().ok_or("an orgs summary")?);
    holds("orgs-boundary-rule", &kb.orgs.boundary_rule);
    let careers = &kb.careers;
    holds("careers-summary", careers.summary.as_deref().ok_or("a careers summary")?);
    let notes = careers.ladder_notes.as_ref().ok_or("ladder notes")?;
    holds("careers-ladder-notes-pm", &notes.pm);
    holds("careers-ladder-notes-po", &notes.po);
    holds("careers-salary-mapping-note", &careers.salary_mapping_note);
    holds("salary-basis", &kb.salary.basis);
    holds("salary-overlap-note", &kb.salary.overlap_note);
    holds("certifications-summary", &kb.certifications.summary);
    holds("choose-intro", kb.choose.intro.as_deref().ok_or("an intro")?);
    holds("overview-bottom-line", &kb.choose.bottom_line);
    // Every box of every org chart belongs to its model.
    for model in &kb.orgs.models {
        let chart = model.chart.as_ref().ok_or("a chart")?;
        let mut boxes = vec![&chart.top];
        while let Some(node) = boxes.pop() {
            holds(&model.id, &node.title);
            node.duties.iter().for_each(|duty| holds(&model.id, duty));
            node.flows.iter().for_each(|flow| holds(&model.id, &flow.text));
            node.level.iter().for_each(|level| holds(&model.id, level));
            boxes.extend(&node.below);
        }
    }
    let note = items.iter().find(|item| item.id == "careers-summary").ok_or("careers-summary")?;
    assert_eq!(
        (note.kind, note.tab(), note.path.to_string()),
        (ItemKind::CareerNote, Tab::Careers, "careers.summary".to_string())
    );
    Ok(())
}

#[test]
fn optional_page_texts_are_items_only_when_present() -> Result<(), Box<dyn std::error::Error>> {
    let mut kb = KnowledgeBase::embedded()?;
    (kb.orgs.summary, kb.careers.summary, kb.careers.ladder_notes, kb.choose.intro) =
        (None, None, None, None);
    kb.roles.overlap.combined_week.clear();
    let ids: Vec<String> = kb.items().iter().map(|item| item.id.to_string()).collect();
    for gone in [
        "orgs-summary",
        "careers-summary",
        "careers-ladder-notes-pm",
        "choose-intro",
        "roles-overlap-combined-week",
    ] {
        assert!(!ids.iter().any(|id| id == gone), "{gone}");
    }
    assert!(ids.iter().any(|id| id == "orgs-boundary-rule"));
    Ok(())
}

#[test]
fn a_file_id_may_not_take_a_derived_one() -> Result<(), Box<dyn std::error::Error>> {
    let mut kb = KnowledgeBase::embedded()?;
    kb.faq[0].id = "careers-summary".to_string();
    let error = crate::kb::validate::validate(&kb).err().ok_or("a duplicate id")?;
    assert_eq!(error.path, "faq[0].id");
    assert!(error.message.contains("first used at careers.summary.id"), "{error:?}");
    Ok(())
}
