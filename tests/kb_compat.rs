//! A knowledge base a user dumped with `pmpo kb dump` from pmpo 0.1 (`fixtures/kb-0.1.ron`, the
//! embedded file of that release) keeps loading: every section added since is optional.

use pmpo::kb::{KnowledgeBase, load};

const FIXTURE: &str = "tests/fixtures/kb-0.1.ron";

fn old() -> KnowledgeBase {
    let text = std::fs::read_to_string(FIXTURE).unwrap_or_else(|error| panic!("{FIXTURE}: {error}"));
    load::parse(FIXTURE, &text).unwrap_or_else(|error| panic!("0.1 knowledge base refused: {error}"))
}

#[test]
fn the_0_1_knowledge_base_loads_without_the_sections_added_since() {
    let kb = old();
    assert!(kb.orgs.models.iter().all(|model| model.chart.is_none()), "0.1 had no charts");
    assert!(kb.orgs.summary.is_none() && kb.careers.summary.is_none() && kb.careers.ladder_notes.is_none());
    assert!(kb.choose.intro.is_none());
    // The same figures: later versions reword and add, the article did not change.
    let embedded = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(kb.orgs.models.len(), embedded.orgs.models.len());
    assert_eq!(kb.salary.levels, embedded.salary.levels, "the same figures");
}
