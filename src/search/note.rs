//! The user's notes in search: a note is one more body text of its item (built in by
//! [`Index::with_notes`]), so it ranks as an answer or a description does, and a hit tells
//! whether the note is what matched ([`Index::note_matched`]) for the `note` mark every surface
//! shows. A note on an item the knowledge base lacks has no entry to join, and is not searched.
//!
//! The whole interface to the rest of search: the `note` flag on [`super::index::Field`], the
//! notes argument of `build::index`, and the two functions here.

use std::collections::BTreeMap;

use super::index::Index;
use super::matcher::Matcher;
use super::run::Hit;
use crate::kb::KnowledgeBase;

impl Index {
    /// Builds the index of `kb` with the user's `notes` (by item id) as texts of their items.
    pub fn with_notes(kb: &KnowledgeBase, notes: &BTreeMap<String, String>) -> Index {
        super::build::index(kb, notes)
    }

    /// Whether a word of the query matched in the user's note on the hit's item.
    pub fn note_matched(&self, m: &Matcher, hit: &Hit) -> bool {
        self.fields_of(hit.entry)
            .iter()
            .filter(|field| field.note)
            .any(|field| self.field_tokens(field).iter().any(|&term| !m.matches(term).is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Query, Scope};

    fn notes(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(id, text)| ((*id).to_string(), (*text).to_string())).collect()
    }

    #[test]
    fn a_note_is_found_with_its_item_and_marked() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let index = Index::with_notes(
            &kb,
            &notes(&[("pm-stakeholders", "The Zanzibar launch: three vice presidents, no budget")]),
        );
        let query = Query::new("zanzibar");
        let hits = index.search(&query, Scope::All, Some(5));
        let first = hits.first().map(|hit| index.entry(hit).id());
        assert_eq!(first, Some("pm-stakeholders"), "the note's item");
        let matcher = index.matcher(&query);
        assert!(index.note_matched(&matcher, &hits[0]));
        let snippet = index.snippet(&matcher, &hits[0], 60).map(|s| s.text).unwrap_or_default();
        assert!(snippet.contains("Zanzibar"), "the snippet comes from the note: {snippet}");
        // Without the note, nothing; a hit on the item's own words carries no mark.
        assert!(Index::new(&kb).search(&query, Scope::All, Some(5)).is_empty());
        let own = Query::new("stakeholders authority");
        let matcher = index.matcher(&own);
        let hit = index.search(&own, Scope::All, Some(1));
        assert!(!index.note_matched(&matcher, &hit[0]));
        Ok(())
    }

    #[test]
    fn a_note_on_a_faq_entry_is_found_by_the_faq_filter_and_its_escapes_are_not_indexed()
    -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let index =
            Index::with_notes(&kb, &notes(&[("faq-safe-vs-scrum", "Acme runs \u{1b}[31mSAFe 6 with ARTs")]));
        let query = Query::new("acme");
        let hits = index.search(&query, Scope::Faq, None);
        assert_eq!(hits.iter().map(|hit| index.entry(hit).id()).collect::<Vec<_>>(), ["faq-safe-vs-scrum"]);
        let snippet = index.snippet(&index.matcher(&query), &hits[0], 60).map(|s| s.text).unwrap_or_default();
        assert!(!snippet.chars().any(char::is_control), "{snippet:?}");
        Ok(())
    }

    #[test]
    fn a_note_on_an_unknown_item_changes_nothing() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let plain = Index::new(&kb);
        let with = Index::with_notes(&kb, &notes(&[("gone-item", "zanzibar")]));
        assert_eq!(plain.entries().len(), with.entries().len());
        assert!(with.search(&Query::new("zanzibar"), Scope::All, None).is_empty());
        Ok(())
    }
}
