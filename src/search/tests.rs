//! The engine on the embedded knowledge base: each rule of the contract, one at a time.

use super::scan::rules;
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

fn first(index: &Index, text: &str) -> Option<String> {
    ids(index, text, Scope::All, Some(1)).into_iter().next()
}

#[test]
fn a_misspelt_query_finds_the_certification_question_first() -> Result<(), KbError> {
    let index = index()?;
    for text in ["scrum certfication", "certfication", "SCRUM CERTIFCATION", "scrm cert", "cetr"] {
        let found = ids(&index, text, Scope::Faq, Some(3));
        assert_eq!(found.first().map(String::as_str), Some("faq-scrum-certification"), "{text}: {found:?}");
    }
    Ok(())
}

#[test]
fn word_order_does_not_change_what_matches() -> Result<(), KbError> {
    let index = index()?;
    let mut forward = ids(&index, "scrum certification", Scope::All, None);
    let mut backward = ids(&index, "certification scrum", Scope::All, None);
    assert_eq!(forward.first(), backward.first());
    forward.sort();
    backward.sort();
    assert_eq!(forward, backward);
    Ok(())
}

#[test]
fn every_kind_lands_on_its_tab() -> Result<(), KbError> {
    let index = index()?;
    let expected = [
        ("CSPO Certified Scrum Product Owner", "cert-cspo", Tab::Certs),
        ("Decision making", "aspect-decision-making", Tab::Compare),
        ("Enterprise formal hierarchy", "org-enterprise", Tab::Orgs),
        ("Group Product Manager", "rung-group-pm", Tab::Careers),
        ("uncertainty does not bother you", "choose-pm-ambiguity", Tab::Choose),
        ("Read the scope, not the title", "overlap-job-postings", Tab::Roles),
        ("Where the roles come from", "overview-origins", Tab::Overview),
        ("Staff / Principal", "salary-level-staff", Tab::Salary),
        ("remote cost of living", "note-remote-cost-of-living", Tab::Salary),
        ("grow into the PM role at program level", "transition-safe-po-to-pm", Tab::Careers),
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
    for text in ["  ", "?!", "…"] {
        let hits = index.search(&Query::new(text), Scope::Faq, None);
        let positions: Vec<Option<usize>> = hits.iter().map(|hit| index.faq_position(hit)).collect();
        let expected: Vec<Option<usize>> = (0..kb.faq.len()).map(Some).collect();
        assert_eq!(positions, expected, "{text:?}");
        assert!(hits.iter().all(|hit| hit.score == 0));
    }
    Ok(())
}

#[test]
fn a_title_match_ranks_above_a_label_and_a_label_above_a_body() -> Result<(), KbError> {
    let index = index()?;
    // "kanban" is a tag of faq-agile-teams-po and a word of its answer: the tag counts.
    let kanban = index.search(&Query::new("kanban"), Scope::Faq, None);
    assert_eq!(kanban.len(), 1);
    assert!(!kanban[0].in_body, "matched best in a tag");
    // "clerk" is only in faq-po-misconception's answer.
    let clerk = index.search(&Query::new("clerk"), Scope::Faq, None);
    assert_eq!(clerk.len(), 1);
    assert!(clerk[0].in_body && clerk[0].score < kanban[0].score);
    // "backlog": titles first, then tags, then bodies.
    let hits = index.search(&Query::new("backlog"), Scope::All, None);
    let classes: Vec<i64> = hits.iter().map(|hit| rules::class(hit.score)).collect();
    assert!(classes.windows(2).all(|pair| pair[0] <= pair[1]), "{classes:?}");
    assert!(classes.first() == Some(&0) && classes.last() == Some(&2));
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
fn one_unknown_word_does_not_empty_the_result() -> Result<(), KbError> {
    let index = index()?;
    assert!(index.search(&Query::new("zzzzqqq"), Scope::All, None).is_empty());
    let with = ids(&index, "scrum zzzzqqq", Scope::All, None);
    let without = ids(&index, "scrum", Scope::All, None);
    assert_eq!(with, without, "the unknown word matches nothing, the other still does");
    Ok(())
}

#[test]
fn more_words_matched_rank_first() -> Result<(), KbError> {
    let index = index()?;
    let hits = index.search(&Query::new("scrum certification cspo"), Scope::All, None);
    let words: Vec<i64> = hits.iter().map(|hit| rules::words(hit.score)).collect();
    assert!(words.windows(2).all(|pair| pair[0] >= pair[1]), "{words:?}");
    // "scrum" is in more than a tenth of the items: common, it is not counted in rule 1.
    assert_eq!(words.first(), Some(&2));
    Ok(())
}

#[test]
fn a_common_word_ranks_after_the_informative_ones() -> Result<(), KbError> {
    let index = index()?;
    // "role" is in more than a tenth of the items, "earn" in a few: a certification with
    // "role" in its standing and "earn it" in its requirement outranked the pay question
    // ("paid" in its title) while both words counted alike.
    let query = "which role earns the most";
    let alike = index.clone().with_tuning(Tuning { common_above: 100, ..Tuning::default() });
    assert_eq!(first(&alike, query).as_deref(), Some("cert-safe-popm"));
    let hits = ids(&index, query, Scope::All, Some(3));
    assert_ne!(hits.first().map(String::as_str), Some("cert-safe-popm"));
    assert!(hits.iter().any(|id| id == "faq-which-pays-more"), "{hits:?}");
    // A query of common words only has them all informative, as stop words alone count.
    let hits = index.search(&Query::new("product owner"), Scope::All, Some(1));
    assert_eq!(hits.first().map(|hit| rules::words(hit.score)), Some(2));
    Ok(())
}

#[test]
fn stop_words_count_only_when_they_are_all_there_is() -> Result<(), KbError> {
    let index = index()?;
    assert_eq!(first(&index, "what is the bottom line").as_deref(), Some("overview-bottom-line"));
    // "who" and "is" alone: the FAQ entry that has both in its question comes first.
    assert_eq!(ids(&index, "who is", Scope::Faq, Some(1)), ["faq-which-pays-more"]);
    Ok(())
}

#[test]
fn stems_typos_and_prefixes() -> Result<(), KbError> {
    let index = index()?;
    assert_eq!(first(&index, "salaries").as_deref(), first(&index, "salary").as_deref());
    assert_eq!(first(&index, "retrospectve").as_deref(), Some("aspect-sprint-involvement"));
    assert_eq!(first(&index, "gatekeep").as_deref(), Some("po-sprint-acceptance"), "a prefix");
    assert_eq!(first(&index, "gatek").as_deref(), Some("po-sprint-acceptance"), "a prefix");
    assert!(index.search(&Query::new("gatek "), Scope::All, None).is_empty(), "not once the word is done");
    Ok(())
}

#[test]
fn synonyms_work_both_ways_with_phrases() -> Result<(), KbError> {
    let index = index()?;
    // "Chief Product Officer" is the rung's title; "cpo" is in the knowledge base's synonyms.
    assert_eq!(first(&index, "cpo").as_deref(), Some("rung-cpo"));
    assert_eq!(first(&index, "chief product officer").as_deref(), Some("rung-cpo"));
    // "P&L" in the skill's title, "profit and loss" in the section's: each finds the other.
    let pnl = ids(&index, "p&l", Scope::All, Some(5));
    assert!(pnl.iter().any(|id| id == "pm-pnl-outcomes"), "{pnl:?}");
    let words = ids(&index, "profit and loss", Scope::All, Some(5));
    assert!(words.iter().any(|id| id == "skill-pm-pnl-forecasting"), "{words:?}");
    Ok(())
}

#[test]
fn phrases_in_order_beat_the_words_apart() -> Result<(), KbError> {
    let index = index()?;
    assert_eq!(first(&index, "scrum master").as_deref(), Some("move-scrum-master"));
    assert_eq!(first(&index, "agile coach").as_deref(), Some("move-agile-coach"));
    Ok(())
}

#[test]
fn snippets_show_the_body_around_the_match_and_name_the_words() -> Result<(), Box<dyn std::error::Error>> {
    let index = index()?;
    let query = Query::new("Clerk judgment");
    let m = index.matcher(&query);
    let hits = index.search(&query, Scope::Faq, Some(1));
    let hit = hits.first().ok_or("no hit")?;
    let snippet = index.snippet(&m, hit, 60).ok_or("no snippet")?;
    assert!(snippet.text.contains("clerk"), "{snippet:?}");
    assert!(!snippet.text.contains('\n'));
    let marked = snippet.marked();
    assert!(marked.contains("clerk"), "{marked}");
    assert_eq!(index.matched(&m, hit), ["Clerk", "judgment"]);
    // A title match has no snippet.
    let query = Query::new("scrum certification");
    let m = index.matcher(&query);
    let hits = index.search(&query, Scope::Faq, Some(1));
    assert_eq!(hits.first().and_then(|hit| index.snippet(&m, hit, 60)), None);
    Ok(())
}

#[test]
fn hostile_queries_are_answered_quickly_and_sensibly() -> Result<(), KbError> {
    let index = index()?;
    let long = "certification ".repeat(800);
    assert_eq!(ids(&index, &long, Scope::Faq, Some(1)), ["faq-scrum-certification"]);
    assert!(!index.search(&Query::new("\u{1b}[31mscrum\u{7}"), Scope::All, None).is_empty());
    assert_eq!(index.search(&Query::new("???"), Scope::All, Some(3)).len(), 3, "no words: everything");
    Ok(())
}

#[test]
fn exactness_is_a_rule_of_its_own() -> Result<(), KbError> {
    let index = index()?;
    // Both titles match "compensation" through a synonym ("paid", "salary"); the FAQ entry
    // also has it as a tag, exactly, so it is the more exact match although the tag is not
    // where the word matched best.
    let hits = index.search(&Query::new("compensation"), Scope::All, Some(2));
    let exactness = |hit: &Hit| rules::exact(hit.score);
    let found: Vec<(&str, i64)> = hits.iter().map(|hit| (index.entry(hit).id(), exactness(hit))).collect();
    assert_eq!(found, [("faq-which-pays-more", 0), ("aspect-salary-range", 2)]);
    Ok(())
}

#[test]
fn a_one_sentence_item_ranks_its_sentence_as_a_label() -> Result<(), Box<dyn std::error::Error>> {
    let index = index()?;
    // The salary note is one sentence holding "pay", "gap" and "titles"; the overview's section
    // on confusion holds "titles" in its title and the other words deep in its text.
    let hits = index.search(&Query::new("pay gap when the titles are interchangeable"), Scope::All, Some(2));
    let first = hits.first().ok_or("a hit")?;
    assert_eq!(index.entry(first).id(), "note-interchangeable-titles");
    assert_eq!(rules::class(first.score), 3, "three words, each as a label");
    assert!(!first.in_body, "a sentence title is never cut into a snippet");
    Ok(())
}

#[test]
fn stop_words_do_not_push_a_title_match_back() -> Result<(), KbError> {
    let index = index()?;
    // "Is a Scrum certification required…": the match is the second word that says something,
    // as in "Product School Certification"; the knowledge base's order then decides.
    let hits = index.search(&Query::new("certificate"), Scope::Faq, Some(1));
    let hit = hits.first().map(|hit| (index.entry(hit).id(), rules::early(hit.score)));
    assert_eq!(hit, Some(("faq-scrum-certification", 254)));
    Ok(())
}
