//! The order of a session's "PM or PO?" cards: shuffled, and spread so that the two cells of one
//! aspect never follow each other. In deck order the PM cell of an aspect comes right before its
//! PO cell, so answering the first gives the second away.
//!
//! Deterministic: the order follows from a seed ([`seed`]), which follows from the deck and the
//! progress so far, so a test (and a user who has answered nothing since) sees the same order, and
//! every answer given changes the next session's.

use super::cards::{Card, CardKind, Deck};
use super::schedule::Progress;

/// The seed of a session over `deck` with this progress: the same inputs, the same order, on
/// every run and machine (FNV-1a over the deck's key and every card's progress, in id order).
pub fn seed(deck: Deck, progress: &Progress) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3);
        }
    };
    eat(deck.key().as_bytes());
    for (id, card) in progress {
        eat(id.as_bytes());
        eat(&[card.leitner_box]);
        eat(&card.due.to_le_bytes());
        eat(&card.reviews.to_le_bytes());
        eat(&card.lapses.to_le_bytes());
    }
    hash
}

fn is_pm_or_po(card: &Card) -> bool {
    matches!(card.kind, CardKind::PmOrPo(_))
}

/// Shuffles the "PM or PO?" cards of `cards` among the places they hold (other cards keep theirs),
/// then moves a card away from the one before it when both come from the same item.
pub fn shuffle_pm_or_po(cards: &mut [&Card], seed: u64) {
    let places: Vec<usize> = (0..cards.len()).filter(|&i| is_pm_or_po(cards[i])).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    for i in (1..places.len()).rev() {
        let j = rng.usize(..=i);
        cards.swap(places[i], places[j]);
    }
    spread(cards, &places);
}

/// Makes sure no two neighbouring places of `places` hold cards of the same source item, by
/// swapping a card for the next one further on that fits (or, at the end, for an earlier one).
fn spread(cards: &mut [&Card], places: &[usize]) {
    let same = |a: &Card, b: &Card| a.source == b.source;
    for k in 1..places.len() {
        if !same(cards[places[k - 1]], cards[places[k]]) {
            continue;
        }
        let fits_here = |cards: &[&Card], other: usize| {
            !same(cards[places[k - 1]], cards[places[other]])
                && places
                    .get(k + 1)
                    .is_none_or(|&next| !same(cards[places[other]], cards[next]) || other == k + 1)
        };
        if let Some(other) = (k + 1..places.len()).find(|&other| fits_here(cards, other)) {
            cards.swap(places[k], places[other]);
            continue;
        }
        // Nothing later fits (the last few cards): swap with an earlier card whose neighbours
        // both differ from this one.
        let earlier = (0..k.saturating_sub(1)).find(|&other| {
            let (card, there) = (cards[places[k]], cards[places[other]]);
            let before = other.checked_sub(1).map(|b| cards[places[b]]);
            !same(card, cards[places[other + 1]])
                && before.is_none_or(|before| !same(card, before))
                && !same(there, cards[places[k - 1]])
                && places.get(k + 1).is_none_or(|&next| !same(there, cards[next]))
        });
        if let Some(other) = earlier {
            cards.swap(places[k], places[other]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;
    use crate::study::Cards;
    use crate::study::cards::Personal;

    fn cards() -> Cards {
        Cards::from_kb(&KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}")))
    }

    #[test]
    fn no_two_cells_of_one_aspect_follow_each_other_whatever_the_seed() {
        let cards = cards();
        for deck in [Deck::PmOrPo, Deck::All] {
            let in_deck: Vec<&Card> = cards.in_deck(deck, Personal::NONE).collect();
            for seed in 0..2_000 {
                let mut order = in_deck.clone();
                shuffle_pm_or_po(&mut order, seed);
                let mut ids: Vec<&str> = order.iter().map(|card| card.id.as_str()).collect();
                let mut expected: Vec<&str> = in_deck.iter().map(|card| card.id.as_str()).collect();
                assert!(
                    order.windows(2).all(|pair| pair[0].source != pair[1].source),
                    "{deck:?}, seed {seed}: {ids:?}"
                );
                ids.sort_unstable();
                expected.sort_unstable();
                assert_eq!(ids, expected, "the same cards, once each");
                // The other cards keep their places.
                for (before, after) in in_deck.iter().zip(&order) {
                    if !is_pm_or_po(before) {
                        assert_eq!(before.id, after.id);
                    }
                }
            }
        }
    }

    #[test]
    fn the_order_follows_from_the_seed_and_the_seed_from_deck_and_progress() {
        let cards = cards();
        let in_deck: Vec<&Card> = cards.in_deck(Deck::PmOrPo, Personal::NONE).collect();
        let order = |seed| {
            let mut order = in_deck.clone();
            shuffle_pm_or_po(&mut order, seed);
            order.iter().map(|card| card.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(order(7), order(7), "deterministic");
        assert_ne!(order(7), order(8), "another seed, another order");
        assert_ne!(order(7), in_deck.iter().map(|card| card.id.clone()).collect::<Vec<_>>(), "shuffled");
        let empty = Progress::new();
        let mut answered = Progress::new();
        answered.insert(
            "pmpo:aspect-origin:pm".to_string(),
            crate::study::answer(None, crate::study::Grade::Good, 0),
        );
        assert_eq!(seed(Deck::PmOrPo, &empty), seed(Deck::PmOrPo, &empty));
        assert_ne!(seed(Deck::PmOrPo, &empty), seed(Deck::PmOrPo, &answered));
        assert_ne!(seed(Deck::PmOrPo, &empty), seed(Deck::All, &empty));
    }
}
