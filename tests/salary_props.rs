//! Properties of the salary calculator for any valid inputs, on the embedded knowledge base and on
//! knowledge bases with arbitrary (valid) figures: ranges stay ordered at every step, a higher
//! cost of living never lowers a figure, and total compensation is never below base.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::sync::LazyLock;

use pmpo::kb::{Band, DollarRange, Industry, KnowledgeBase, Level, PercentRange, Role};
use pmpo::salary::{Company, CostOfLiving, Inputs, calculate};
use proptest::prelude::*;
use proptest::sample::select;

/// Parsed once: the properties run hundreds of cases.
static EMBEDDED: LazyLock<KnowledgeBase> =
    LazyLock::new(|| KnowledgeBase::embedded().expect("the embedded knowledge base loads"));

fn col() -> impl Strategy<Value = CostOfLiving> {
    (-5_000..=5_000).prop_map(|hundredths| CostOfLiving::from_hundredths(hundredths).expect("in range"))
}

fn inputs() -> impl Strategy<Value = Inputs> {
    (
        select(Role::ALL.to_vec()),
        select(Level::ALL.to_vec()),
        select(Company::ALL.to_vec()),
        select(Industry::ALL.to_vec()),
        col(),
    )
        .prop_map(|(role, level, company, industry, col)| Inputs { role, level, company, industry, col })
}

/// A knowledge base like the embedded one, with every salary figure replaced: ranges with
/// low ≤ high, percentages within 0–100 (what validation allows).
fn any_figures() -> impl Strategy<Value = KnowledgeBase> {
    let range = (0..=2_000_000u32, 0..=2_000_000u32, any::<bool>())
        .prop_map(|(a, b, open_ended)| DollarRange { low: a.min(b), high: a.max(b), open_ended });
    let percent = (0..=100u32, 0..=100u32).prop_map(|(a, b)| PercentRange { low: a.min(b), high: a.max(b) });
    (proptest::collection::vec((range.clone(), range), 5), percent.clone(), percent).prop_map(
        |(ranges, premium, total)| {
            let mut kb = EMBEDDED.clone();
            for (entry, (pm, po)) in kb.salary.levels.iter_mut().zip(ranges) {
                entry.pay.pm = Band::Range(pm);
                if matches!(entry.pay.po, Band::Range(_)) {
                    entry.pay.po = Band::Range(po);
                }
            }
            kb.salary.industry_premium.percent = premium;
            kb.salary.big_tech_total_comp = total;
            pmpo::kb::validate::validate(&kb).expect("the generated figures are valid");
            kb
        },
    )
}

/// Every step's range is ordered, and the final figures too.
fn check_ordered(kb: &KnowledgeBase, inputs: Inputs) -> Result<(), TestCaseError> {
    let breakdown = calculate(kb, inputs);
    if let Some(estimate) = breakdown.estimate() {
        for step in &estimate.steps {
            prop_assert!(step.range.low <= step.range.high, "{:?}: {}", step.kind, step.range);
        }
        let base = estimate.base_dollars();
        prop_assert!(base.low <= base.high);
        if let Some(total) = estimate.total_dollars() {
            prop_assert!(total.low <= total.high);
            prop_assert!(total.low >= base.low && total.high >= base.high, "total {total} below base {base}");
            prop_assert!(
                estimate.total.is_some_and(|t| t.low >= estimate.base.low && t.high >= estimate.base.high)
            );
        }
    }
    Ok(())
}

/// Raising the cost of living from `lower` to `higher` lowers no figure, exact or rounded.
fn check_monotone(
    kb: &KnowledgeBase,
    inputs: Inputs,
    lower: CostOfLiving,
    higher: CostOfLiving,
) -> Result<(), TestCaseError> {
    let low = calculate(kb, Inputs { col: lower, ..inputs });
    let high = calculate(kb, Inputs { col: higher, ..inputs });
    match (low.estimate(), high.estimate()) {
        (Some(low), Some(high)) => {
            prop_assert!(low.base.low <= high.base.low && low.base.high <= high.base.high);
            let (a, b) = (low.base_dollars(), high.base_dollars());
            prop_assert!(a.low <= b.low && a.high <= b.high, "{a} at {lower}% vs {b} at {higher}%");
            if let (Some(a), Some(b)) = (low.total_dollars(), high.total_dollars()) {
                prop_assert!(a.low <= b.low && a.high <= b.high, "{a} at {lower}% vs {b} at {higher}%");
            }
        }
        (None, None) => {}
        _ => prop_assert!(false, "availability must not depend on the cost of living"),
    }
    Ok(())
}

proptest! {
    #[test]
    fn embedded_figures_are_ordered(inputs in inputs()) {
        check_ordered(&EMBEDDED, inputs)?;
    }

    #[test]
    fn embedded_figures_rise_with_the_cost_of_living(inputs in inputs(), a in col(), b in col()) {
        check_monotone(&EMBEDDED, inputs, a.min(b), a.max(b))?;
    }

    #[test]
    fn any_valid_figures_are_ordered_and_monotone(kb in any_figures(), inputs in inputs(), a in col(), b in col()) {
        check_ordered(&kb, inputs)?;
        check_monotone(&kb, inputs, a.min(b), a.max(b))?;
    }
}
