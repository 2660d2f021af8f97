//! The merge's laws, over random ledgers and batches drawn from a few ids and stamps (so that
//! the same entry and the same millisecond come up often): batches of different instances
//! commute, a batch merged twice changes nothing, and the rules of the store's table hold.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;

fn id() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["a", "b", "c", "d"]).prop_map(str::to_string)
}

fn stamp() -> impl Strategy<Value = Stamp> {
    0..12i64
}

fn mark() -> impl Strategy<Value = Mark> {
    (stamp(), any::<bool>()).prop_map(|(at, on)| Mark { at, on })
}

fn note() -> impl Strategy<Value = Note> {
    (stamp(), prop::option::of(prop::sample::select(vec!["x", "y", "z"])))
        .prop_map(|(at, text)| Note { at, text: text.map(str::to_string) })
}

fn field() -> impl Strategy<Value = Option<Field>> {
    prop::option::of(
        (stamp(), prop::sample::select(vec!["pm", "po", "x"]))
            .prop_map(|(at, value)| Field { at, value: value.to_string() }),
    )
}

fn salary() -> impl Strategy<Value = Salary> {
    (field(), field(), field(), field(), field(), field(), field()).prop_map(
        |(role, level, company, industry, col, offer, basis)| Salary {
            role,
            level,
            company,
            industry,
            col,
            offer,
            basis,
        },
    )
}

fn review() -> impl Strategy<Value = Review> {
    (1..=5u8, 0..4i64, stamp(), 0..4u32, 0..3u32).prop_map(|(leitner_box, due, at, reviews, lapses)| Review {
        leitner_box,
        due,
        at,
        reviews,
        lapses: lapses.min(reviews),
    })
}

fn card() -> impl Strategy<Value = Card> {
    review().prop_map(|r| Card {
        leitner_box: r.leitner_box,
        due: r.due,
        reviews: r.reviews,
        lapses: r.lapses,
        at: r.at,
    })
}

fn map<T: std::fmt::Debug>(value: impl Strategy<Value = T>) -> impl Strategy<Value = BTreeMap<String, T>> {
    prop::collection::btree_map(id(), value, 0..4)
}

fn instance() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["i1", "i2", "i3"]).prop_map(str::to_string)
}

fn ledger() -> impl Strategy<Value = Ledger> {
    let applied = prop::collection::btree_map(
        instance(),
        (1..4u64, stamp()).prop_map(|(seq, at)| Applied { seq, at }),
        0..3,
    );
    (map(mark()), map(card()), map(mark()), map(note()), field(), salary(), applied).prop_map(
        |(bookmarks, cards, choose, notes, last_tab, salary, applied)| Ledger {
            bookmarks,
            cards,
            choose,
            notes,
            last_tab,
            salary,
            applied,
        },
    )
}

fn changes() -> impl Strategy<Value = Changes> {
    (map(mark()), map(review()), map(mark()), map(note()), field(), salary()).prop_map(
        |(bookmarks, cards, choose, notes, last_tab, salary)| Changes {
            bookmarks,
            cards,
            choose,
            notes,
            last_tab,
            salary,
        },
    )
}

fn batch() -> impl Strategy<Value = Batch> {
    (instance(), 1..6u64, stamp(), changes()).prop_map(|(instance, seq, at, changes)| Batch {
        instance,
        seq,
        at,
        changes,
    })
}

/// `b`, from an instance other than `a`'s.
fn other(b: Batch, a: &Batch) -> Batch {
    if b.instance == a.instance { Batch { instance: format!("{}'", b.instance), ..b } } else { b }
}

fn merged(ledger: &Ledger, batches: &[&Batch]) -> Ledger {
    let mut ledger = ledger.clone();
    for batch in batches {
        apply(&mut ledger, batch);
    }
    ledger
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn batches_of_different_instances_commute(base in ledger(), a in batch(), b in batch()) {
        let b = other(b, &a);
        prop_assert_eq!(merged(&base, &[&a, &b]), merged(&base, &[&b, &a]));
    }

    #[test]
    fn merging_a_batch_twice_changes_nothing(base in ledger(), a in batch(), b in batch()) {
        let once = merged(&base, &[&a]);
        prop_assert_eq!(&merged(&once, &[&a]), &once);
        // Also after another instance's batch came in between.
        let b = other(b, &a);
        prop_assert_eq!(merged(&base, &[&a, &b, &a]), merged(&base, &[&a, &b]));
    }

    #[test]
    fn counts_add_up_and_the_latest_review_sets_the_schedule(base in ledger(), a in batch()) {
        prop_assume!(base.applied.get(&a.instance).is_none_or(|applied| applied.seq < a.seq));
        let after = merged(&base, &[&a]);
        for (id, review) in &a.changes.cards {
            let card = after.cards[id];
            let before = base.cards.get(id);
            prop_assert_eq!(card.reviews, before.map_or(0, |c| c.reviews) + review.reviews);
            prop_assert_eq!(card.lapses, before.map_or(0, |c| c.lapses) + review.lapses);
            let latest = before.is_none_or(|c| review.at > c.at);
            if latest {
                prop_assert_eq!((card.leitner_box, card.due, card.at), (review.leitner_box, review.due, review.at));
            }
            if before.is_some_and(|c| c.at > review.at) {
                prop_assert_eq!(Some((card.leitner_box, card.due, card.at)), before.map(|c| (c.leitner_box, c.due, c.at)));
            }
        }
    }

    #[test]
    fn the_later_change_to_a_set_member_wins_whichever_it_is(base in ledger(), a in batch()) {
        prop_assume!(base.applied.get(&a.instance).is_none_or(|applied| applied.seq < a.seq));
        let after = merged(&base, &[&a]);
        for (id, mark) in &a.changes.bookmarks {
            let expected = match base.bookmarks.get(id) {
                Some(old) if old.at > mark.at => *old,
                Some(old) if old.at == mark.at => Mark { at: mark.at, on: old.on || mark.on },
                _ => *mark,
            };
            prop_assert_eq!(after.bookmarks[id], expected);
        }
    }
}

#[test]
fn a_remove_does_not_undo_a_later_add_made_elsewhere() {
    let change = |instance: &str, at, on| Batch {
        instance: instance.into(),
        seq: 1,
        at,
        changes: Changes {
            bookmarks: [("aspect-origin".to_string(), Mark { at, on })].into(),
            ..Changes::default()
        },
    };
    // A removed the bookmark at 10, but only saved after B had added it again at 20.
    let added_later = change("b", 20, true);
    let removed_earlier = change("a", 10, false);
    for order in [[&added_later, &removed_earlier], [&removed_earlier, &added_later]] {
        let after = merged(&Ledger::default(), &order);
        assert_eq!(after.view(None).bookmarks, ["aspect-origin"]);
    }
    // And the other way round: a later remove beats an earlier add.
    let removed_later = change("a", 30, false);
    let after = merged(&Ledger::default(), &[&removed_later, &added_later]);
    assert!(after.view(None).bookmarks.is_empty());
    assert_eq!(after.bookmarks["aspect-origin"], Mark { at: 30, on: false }, "a tombstone");
}

#[test]
fn a_note_on_an_item_of_no_knowledge_base_is_merged_like_any_other() {
    let mut ledger = Ledger::default();
    let batch = Batch {
        instance: "a".into(),
        seq: 1,
        at: 5,
        changes: Changes {
            notes: [("item-of-another-kb".to_string(), Note { at: 5, text: Some("mine".into()) })].into(),
            ..Changes::default()
        },
    };
    apply(&mut ledger, &batch);
    assert_eq!(ledger.view(Some(&crate::store::KnownIds::default())).notes["item-of-another-kb"], "mine");
}
