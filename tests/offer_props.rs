//! Properties of placing an amount against a range, for any range and amount: the position
//! never falls as the amount rises, it is exactly 0 at the low end and 100 at the high end, the
//! verdicts change exactly at the edges, and the reverse lookup agrees with placing the amount
//! against each band on its own.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::sync::LazyLock;

use pmpo::kb::{KnowledgeBase, Level, Role};
use pmpo::salary::{
    Amount, Basis, Company, CostOfLiving, Inputs, MAX_AMOUNT, Position, Verdict, WholeRange, calculate,
    lookup, place, place_in,
};
use proptest::prelude::*;
use proptest::sample::select;

static EMBEDDED: LazyLock<KnowledgeBase> =
    LazyLock::new(|| KnowledgeBase::embedded().expect("the embedded knowledge base loads"));

fn amount() -> impl Strategy<Value = Amount> {
    (1..=MAX_AMOUNT).prop_map(|dollars| Amount::new(dollars).expect("in range"))
}

/// Ranges with low < high within what an amount can reach, open or not.
fn range() -> impl Strategy<Value = WholeRange> {
    (1..u64::from(MAX_AMOUNT), 1..u64::from(MAX_AMOUNT), any::<bool>())
        .prop_filter("low < high", |(a, b, _)| a != b)
        .prop_map(|(a, b, open_ended)| WholeRange { low: a.min(b), high: a.max(b), open_ended })
}

fn at(dollars: u64) -> Amount {
    Amount::new(u32::try_from(dollars).expect("fits")).expect("in range")
}

proptest! {
    #[test]
    fn the_position_never_falls_as_the_amount_rises(range in range(), a in amount(), b in amount()) {
        let (lower, higher) = (a.min(b), a.max(b));
        let (first, second) = (place(lower, range), place(higher, range));
        if let (Some(p), Some(q)) = (first.position, second.position) {
            prop_assert!(p <= q, "{p} > {q} for {lower} ≤ {higher} in {range}");
        }
        let rank = |verdict| match verdict {
            Verdict::Below => 0,
            Verdict::Within => 1,
            Verdict::Above | Verdict::AboveOpenTop => 2,
        };
        prop_assert!(rank(first.verdict) <= rank(second.verdict));
    }

    #[test]
    fn zero_at_the_low_end_and_a_hundred_at_the_high_end(range in range()) {
        let low = place(at(range.low), range);
        let high = place(at(range.high), range);
        prop_assert_eq!(low.position.map(Position::tenths), Some(0));
        prop_assert_eq!(high.position.map(Position::tenths), Some(1_000));
        prop_assert_eq!((low.distance, high.distance), (0, 0));
    }

    #[test]
    fn verdicts_change_exactly_at_the_edges(range in range()) {
        if range.low > 1 {
            let below = place(at(range.low - 1), range);
            prop_assert_eq!((below.verdict, below.position, below.distance), (Verdict::Below, None, 1));
        }
        if range.high < u64::from(MAX_AMOUNT) {
            let above = place(at(range.high + 1), range);
            let expected = if range.open_ended { Verdict::AboveOpenTop } else { Verdict::Above };
            prop_assert_eq!((above.verdict, above.position, above.distance), (expected, None, 1));
        }
    }

    #[test]
    fn the_position_is_the_share_of_the_way_to_a_twentieth_of_a_percent(range in range(), a in amount()) {
        let placed = place(a, range);
        let dollars = a.dollars();
        prop_assert_eq!(placed.position.is_some(), (range.low..=range.high).contains(&dollars));
        if let Some(position) = placed.position {
            // |tenths − 1000 · offset / span| ≤ ½, in integers: |2 · tenths · span − 2000 · offset| ≤ span.
            let span = i128::from(range.high - range.low);
            let offset = i128::from(dollars - range.low);
            let error = (2 * i128::from(position.tenths()) * span - 2_000 * offset).abs();
            prop_assert!(error <= span, "{position} for {dollars} in {range}");
            prop_assert_eq!(placed.distance, 0);
        } else {
            let nearer_end = dollars.abs_diff(range.low).min(dollars.abs_diff(range.high));
            prop_assert_eq!(placed.distance, nearer_end);
        }
    }

    #[test]
    fn written_amounts_read_back(a in amount()) {
        let dollars = a.dollars();
        for text in [dollars.to_string(), a.to_string(), a.to_string().trim_start_matches('$').to_string()] {
            prop_assert_eq!(text.parse::<Amount>(), Ok(a), "{}", text);
        }
        if dollars % 1_000 == 0 {
            prop_assert_eq!(format!("{}k", dollars / 1_000).parse::<Amount>(), Ok(a));
        }
    }

    #[test]
    fn the_reverse_lookup_agrees_with_each_band(
        a in (50_000..=450_000u32).prop_map(|dollars| Amount::new(dollars).expect("in range")),
        company in select(Company::ALL.to_vec()),
        total in any::<bool>(),
        col in (-5_000..=5_000).prop_map(|h| CostOfLiving::from_hundredths(h).expect("in range")),
    ) {
        let kb = &*EMBEDDED;
        let basis = if total && company == Company::BigTech { Basis::Total } else { Basis::Base };
        let inputs = Inputs { company, col, ..Inputs::default() };
        let found = lookup(kb, inputs, a, basis).expect("the basis applies");
        let mut expected = Vec::new();
        let mut distances = Vec::new();
        for role in Role::ALL {
            for level in Level::ALL {
                let placed = place_in(&calculate(kb, inputs.with_role(role).with_level(level)), a, basis);
                if let Some(placed) = placed {
                    distances.push(placed.distance);
                    if placed.verdict == Verdict::Within {
                        expected.push((role, level));
                    }
                }
            }
        }
        let matches: Vec<_> = found.matches.iter().map(|f| (f.role, f.level)).collect();
        prop_assert_eq!(&matches, &expected);
        match &found.nearest {
            Some(nearest) => {
                prop_assert!(matches.is_empty());
                prop_assert_eq!(Some(nearest.placement.distance), distances.iter().copied().min());
            }
            None => prop_assert!(!matches.is_empty()),
        }
    }
}
