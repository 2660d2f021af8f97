//! Ranking on the embedded knowledge base: typos, word order, kinds and tabs, ties.

use super::*;
use crate::kb::{ItemKind, KbError, KnowledgeBase};
use crate::tab::Tab;

fn index() -> Result<Index, KbError> {
    Ok(Index::new(&KnowledgeBase::embedded()?))
}

/// The ids of the hits, best first.
fn ids(index: &Index, text: &str, scope: Scope, limit: Option<usize>) -> Vec<String> {
    index
        .search(&Query::new(text), scope, limit)
        .iter()
        .map(|hit| index.entry(hit).id().to_string())
        .collect()
}

#[test]
fn a_misspelt_query_finds_the_certification_question_first() -> Result<(), KbError> {
    let index = index()?;
    // "certfication" drops the second "i"; the other words stay in order.
    for text in ["scrum certfication", "certfication", "SCRUM CERTIFCATION", "scrm cert"] {
        let found = ids(&index, text, Scope::Faq, Some(3));
        assert_eq!(found.first().map(String::as_str), Some("faq-scrum-certification"), "{text}: {found:?}");
    }
    Ok(())
}

#[test]
fn word_order_does_not_matter() -> Result<(), KbError> {
    let index = index()?;
    let forward = ids(&index, "scrum certification", Scope::All, None);
    let backward = ids(&index, "certification scrum", Scope::All, None);
    assert_eq!(forward.first().map(String::as_str), Some("faq-scrum-certification"));
    assert_eq!(backward.first().map(String::as_str), Some("faq-scrum-certification"));
    // The same words match the same items; fuzzy scores may differ, so compare as sets.
    let (mut forward, mut backward) = (forward, backward);
    forward.sort();
    backward.sort();
    assert_eq!(forward, backward);
    Ok(())
}

#[test]
fn a_skill_is_found_on_the_roles_tab() -> Result<(), KbError> {
    let index = index()?;
    let hits = index.search(&Query::new("burndown velocity"), Scope::All, Some(5));
    let first = hits.first().map(|hit| index.entry(hit));
    assert_eq!(first.map(Entry::id), Some("skill-po-agile-metrics"));
    assert_eq!(first.map(Entry::kind), Some(ItemKind::Skill));
    assert_eq!(first.map(Entry::tab), Some(Tab::Roles));
    // With a dropped letter too.
    let hits = index.search(&Query::new("facilitatng scrum ceremonies"), Scope::All, Some(1));
    assert_eq!(hits.first().map(|hit| index.entry(hit).id()), Some("skill-po-scrum-ceremonies"));
    Ok(())
}

#[test]
fn every_kind_lands_on_its_tab() -> Result<(), KbError> {
    let index = index()?;
    let expected = [
        ("CSPO Certified Scrum Product Owner", "cert-cspo", Tab::Certs),
        ("Decision making", "aspect-decision-making", Tab::Compare),
        ("Enterprise", "org-enterprise", Tab::Orgs),
        ("Group Product Manager", "rung-group-pm", Tab::Careers),
        ("uncertainty does not bother you", "choose-pm-ambiguity", Tab::Choose),
        ("Read the scope, not the title", "overlap-job-postings", Tab::Roles),
    ];
    for (text, id, tab) in expected {
        let hits = index.search(&Query::new(text), Scope::All, Some(1));
        let first = hits.first().map(|hit| index.entry(hit));
        assert_eq!(first.map(|entry| (entry.id(), entry.tab())), Some((id, tab)), "{text}");
    }
    Ok(())
}

#[test]
fn the_faq_scope_finds_only_faq_entries() -> Result<(), KbError> {
    let index = index()?;
    let hits = index.search(&Query::new("scrum"), Scope::Faq, None);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|hit| hit.kind == ItemKind::Faq && index.faq_position(hit).is_some()));
    let all = index.search(&Query::new("scrum"), Scope::All, None);
    assert!(all.iter().any(|hit| hit.kind != ItemKind::Faq), "--all reaches beyond the FAQ");
    Ok(())
}

#[test]
fn an_empty_query_lists_the_faq_in_knowledge_base_order() -> Result<(), KbError> {
    let kb = KnowledgeBase::embedded()?;
    let index = Index::new(&kb);
    let hits = index.search(&Query::new("  "), Scope::Faq, None);
    let positions: Vec<Option<usize>> = hits.iter().map(|hit| index.faq_position(hit)).collect();
    let expected: Vec<Option<usize>> = (0..kb.faq.len()).map(Some).collect();
    assert_eq!(positions, expected);
    assert!(hits.iter().all(|hit| hit.score == 0));
    Ok(())
}

#[test]
fn a_title_match_ranks_above_a_body_only_match() -> Result<(), KbError> {
    let index = index()?;
    // "kanban" is a tag of faq-agile-teams-po and a word of its answer; no question contains it,
    // and no other answer mentions it. "clerk" appears only in faq-po-misconception's answer.
    let hits = index.search(&Query::new("kanban"), Scope::Faq, None);
    assert_eq!(hits.len(), 1);
    assert!(hits[0].score > SHORT_WORD, "a tag is a short field");
    let hits = index.search(&Query::new("clerk"), Scope::Faq, None);
    assert_eq!(hits.len(), 1);
    // Body only: "clerk" is a whole word of the answer, worth 2.
    assert_eq!(hits[0].score, 2);
    // "backlog" is in the question of no FAQ entry but in several answers and tags: tag hits first.
    let hits = index.search(&Query::new("backlog"), Scope::Faq, None);
    let tiers: Vec<bool> = hits.iter().map(|hit| hit.score >= SHORT_WORD).collect();
    let mut sorted = tiers.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(tiers, sorted, "short-field hits come before body-only hits");
    assert!(tiers.contains(&true) && tiers.contains(&false));
    Ok(())
}

#[test]
fn ties_keep_knowledge_base_order_and_limits_keep_the_best() -> Result<(), KbError> {
    let index = index()?;
    let all = index.search(&Query::new("po"), Scope::All, None);
    for pair in all.windows(2) {
        assert!(
            pair[0].score > pair[1].score
                || (pair[0].score == pair[1].score && pair[0].entry < pair[1].entry),
            "{pair:?}"
        );
    }
    let top = index.search(&Query::new("po"), Scope::All, Some(5));
    assert_eq!(top, all[..5]);
    assert!(index.search(&Query::new("po"), Scope::All, Some(0)).is_empty());
    Ok(())
}

#[test]
fn a_query_that_matches_nothing_finds_nothing() -> Result<(), KbError> {
    let index = index()?;
    assert!(index.search(&Query::new("zzzzqqq"), Scope::All, None).is_empty());
    // One word matching is not enough: every word must match.
    assert!(index.search(&Query::new("scrum zzzzqqq"), Scope::All, None).is_empty());
    Ok(())
}
