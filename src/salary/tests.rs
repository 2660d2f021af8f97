//! The calculator against the article's table and against figures worked out by hand.
//!
//! Expected figures are typed in from the article (Best PM Jobs, February 2026), not read back
//! from the knowledge base, so a wrong table or a wrong formula fails here.

use super::*;
use crate::kb::{Industry, KnowledgeBase, Level, PercentRange, Role};

fn kb() -> KnowledgeBase {
    KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"))
}

fn col(text: &str) -> CostOfLiving {
    text.parse().unwrap_or_else(|error| panic!("{text}: {error}"))
}

fn ask(role: Role, level: Level, company: Company, industry: Industry, col_text: &str) -> Breakdown {
    calculate(&kb(), Inputs { role, level, company, industry, col: col(col_text) })
}

/// The final base and total in whole dollars; panics when the role is not available.
fn figures(breakdown: &Breakdown) -> (WholeRange, Option<WholeRange>) {
    let estimate = breakdown.estimate().unwrap_or_else(|| panic!("not available: {breakdown:?}"));
    (estimate.base_dollars(), estimate.total_dollars())
}

fn whole(low: u64, high: u64, open_ended: bool) -> WholeRange {
    WholeRange { low, high, open_ended }
}

fn kinds(breakdown: &Breakdown) -> Vec<StepKind> {
    breakdown
        .estimate()
        .map(|estimate| estimate.steps.iter().map(|step| step.kind).collect())
        .unwrap_or_default()
}

fn note_ids(notes: &[SalaryNote]) -> Vec<&str> {
    notes.iter().map(|note| note.id.as_str()).collect()
}

use Company::{BigTech, Standard};
use Industry::{Finance, Healthcare, Tech};
use Level::{Director, Entry, Mid, Senior, Staff};
use Role::{Pm, Po};

#[test]
fn default_inputs_give_the_articles_table() {
    // The article's table: level, PM range, PO range ("+" = open-ended).
    let table = [
        (Entry, whole(90_000, 130_000, false), Some(whole(80_000, 115_000, false))),
        (Mid, whole(120_000, 170_000, false), Some(whole(100_000, 145_000, false))),
        (Senior, whole(150_000, 200_000, false), Some(whole(130_000, 170_000, false))),
        (Staff, whole(180_000, 250_000, true), Some(whole(150_000, 190_000, true))),
        (Director, whole(200_000, 350_000, true), None),
    ];
    for (level, pm, po) in table {
        let breakdown = calculate(&kb(), Inputs { role: Pm, ..Inputs::default() }.with_level(level));
        assert_eq!(figures(&breakdown), (pm, None), "PM at {level:?}");
        assert_eq!(kinds(&breakdown), [StepKind::Base], "PM at {level:?}: only the base step");
        assert!(breakdown.notes.is_empty(), "no note applies at default inputs");
        let breakdown = calculate(&kb(), Inputs { role: Po, ..Inputs::default() }.with_level(level));
        match po {
            Some(po) => assert_eq!(figures(&breakdown), (po, None), "PO at {level:?}"),
            None => assert!(breakdown.estimate().is_none(), "PO at {level:?}"),
        }
    }
}

#[test]
fn po_director_is_not_available_whatever_the_inputs() {
    for company in Company::ALL {
        for industry in Industry::ALL {
            for col_text in ["-50", "0", "12.5"] {
                let breakdown = ask(Po, Director, company, industry, col_text);
                let Outcome::Unavailable { reason } = &breakdown.outcome else {
                    panic!("PO director has figures: {breakdown:?}");
                };
                assert!(reason.contains("PM track"), "{reason}");
                assert!(breakdown.notes.is_empty(), "no figures, so no note applied");
            }
        }
    }
}

#[test]
fn the_premium_applies_to_po_in_finance_and_healthcare_only() {
    // PO senior in finance: 130,000 × 1.10 = 143,000; 170,000 × 1.15 = 195,500.
    let breakdown = ask(Po, Senior, Standard, Finance, "0");
    assert_eq!(figures(&breakdown), (whole(143_000, 195_500, false), None));
    assert_eq!(kinds(&breakdown), [StepKind::Base, StepKind::IndustryPremium]);
    assert_eq!(
        breakdown.estimate().map(|e| e.steps[1].factors.as_str()),
        Some("Finance: low +10%, high +15%")
    );
    assert_eq!(note_ids(&breakdown.notes), ["note-po-industry-premium"]);
    // PO entry in healthcare: 80,000 × 1.10 = 88,000; 115,000 × 1.15 = 132,250.
    let breakdown = ask(Po, Entry, Standard, Healthcare, "0");
    assert_eq!(figures(&breakdown), (whole(88_000, 132_250, false), None));
    // PM in finance and PO in tech: no premium, no step, no note.
    let breakdown = ask(Pm, Senior, Standard, Finance, "0");
    assert_eq!(figures(&breakdown), (whole(150_000, 200_000, false), None));
    assert_eq!(kinds(&breakdown), [StepKind::Base]);
    assert!(breakdown.notes.is_empty());
    assert_eq!(figures(&ask(Po, Senior, Standard, Tech, "0")), (whole(130_000, 170_000, false), None));
}

#[test]
fn cost_of_living_scales_both_ends() {
    // PM mid at −10 %: 120,000 × 0.90 = 108,000; 170,000 × 0.90 = 153,000.
    let breakdown = ask(Pm, Mid, Standard, Tech, "-10");
    assert_eq!(figures(&breakdown), (whole(108_000, 153_000, false), None));
    assert_eq!(kinds(&breakdown), [StepKind::Base, StepKind::CostOfLiving]);
    assert_eq!(breakdown.estimate().map(|e| e.steps[1].factors.as_str()), Some("both ends -10%"));
    assert_eq!(note_ids(&breakdown.notes), ["note-remote-cost-of-living"]);
    // PM entry at +7.5 %: 90,000 × 1.075 = 96,750; 130,000 × 1.075 = 139,750.
    let breakdown = ask(Pm, Entry, Standard, Tech, "7.5");
    assert_eq!(figures(&breakdown), (whole(96_750, 139_750, false), None));
    assert_eq!(breakdown.estimate().map(|e| e.steps[1].factors.as_str()), Some("both ends +7.5%"));
    // PO staff at +12.25 %: 150,000 × 1.1225 = 168,375; 190,000 × 1.1225 = 213,275; still "+".
    assert_eq!(figures(&ask(Po, Staff, Standard, Tech, "12.25")), (whole(168_375, 213_275, true), None));
    // The extremes: PM director at −50 % and +50 %.
    assert_eq!(figures(&ask(Pm, Director, Standard, Tech, "-50")), (whole(100_000, 175_000, true), None));
    assert_eq!(figures(&ask(Pm, Director, Standard, Tech, "50")), (whole(300_000, 525_000, true), None));
}

#[test]
fn big_tech_adds_total_compensation_from_the_base() {
    // PM senior: base 150,000–200,000 unchanged; total 150,000 × 1.30 = 195,000,
    // 200,000 × 1.60 = 320,000.
    let breakdown = ask(Pm, Senior, BigTech, Tech, "0");
    assert_eq!(figures(&breakdown), (whole(150_000, 200_000, false), Some(whole(195_000, 320_000, false))));
    assert_eq!(kinds(&breakdown), [StepKind::Base, StepKind::TotalCompensation]);
    assert_eq!(note_ids(&breakdown.notes), ["note-big-tech-total-comp"]);
    // PM director: 200,000 × 1.30 = 260,000; 350,000 × 1.60 = 560,000; open-ended.
    assert_eq!(
        figures(&ask(Pm, Director, BigTech, Tech, "0")),
        (whole(200_000, 350_000, true), Some(whole(260_000, 560_000, true)))
    );
}

#[test]
fn every_modifier_combined() {
    // PO senior, big tech, finance, −10 %:
    //   premium  130,000 × 1.10 = 143,000      170,000 × 1.15 = 195,500
    //   col      143,000 × 0.90 = 128,700      195,500 × 0.90 = 175,950
    //   total    128,700 × 1.30 = 167,310      175,950 × 1.60 = 281,520
    let breakdown = ask(Po, Senior, BigTech, Finance, "-10");
    assert_eq!(figures(&breakdown), (whole(128_700, 175_950, false), Some(whole(167_310, 281_520, false))));
    let all =
        [StepKind::Base, StepKind::IndustryPremium, StepKind::CostOfLiving, StepKind::TotalCompensation];
    assert_eq!(kinds(&breakdown), all);
    assert_eq!(
        note_ids(&breakdown.notes),
        ["note-big-tech-total-comp", "note-po-industry-premium", "note-remote-cost-of-living"],
        "in the knowledge base's order"
    );
    assert_eq!(note_ids(&breakdown.general_notes), ["note-interchangeable-titles"]);
    let steps: Vec<String> = breakdown
        .estimate()
        .map(|e| e.steps.iter().map(|s| s.range.to_string()).collect())
        .unwrap_or_default();
    assert_eq!(steps, ["$130,000–$170,000", "$143,000–$195,500", "$128,700–$175,950", "$167,310–$281,520"]);
}

#[test]
fn exact_halves_round_away_from_zero_once_at_the_end() {
    // PO entry, healthcare, +0.2 %, big tech:
    //   premium   80,000 × 1.10 = 88,000         115,000 × 1.15 = 132,250
    //   col       88,000 × 1.002 = 88,176        132,250 × 1.002 = 132,514.5  -> 132,515 (not 132,514)
    //   total     88,176 × 1.30 = 114,628.8      132,514.5 × 1.60 = 212,023.2
    //             -> 114,629                     -> 212,023 (rounding the base first would give
    //                                               132,515 × 1.60 = 212,024)
    let breakdown = ask(Po, Entry, BigTech, Healthcare, "0.2");
    assert_eq!(figures(&breakdown), (whole(88_176, 132_515, false), Some(whole(114_629, 212_023, false))));
    let shown = breakdown.estimate().map(|e| e.steps[2].range.to_string());
    assert_eq!(shown.as_deref(), Some("$88,176–$132,514.50"), "the working shows the exact half");
    // The same at −0.2 %: 88,000 × 0.998 = 87,824; 132,250 × 0.998 = 131,985.5 -> 131,986.
    assert_eq!(figures(&ask(Po, Entry, Standard, Healthcare, "-0.2")).0, whole(87_824, 131_986, false));
    // A half in total compensation: PM entry, +0.05 %, big tech:
    //   col    90,000 × 1.0005 = 90,045          130,000 × 1.0005 = 130,065
    //   total  90,045 × 1.30 = 117,058.5 -> 117,059    130,065 × 1.60 = 208,104
    assert_eq!(
        figures(&ask(Pm, Entry, BigTech, Tech, "0.05")),
        (whole(90_045, 130_065, false), Some(whole(117_059, 208_104, false)))
    );
}

#[test]
fn open_ended_levels_stay_open_through_every_step() {
    for (role, level, open) in
        [(Pm, Entry, false), (Po, Mid, false), (Pm, Senior, false), (Po, Staff, true), (Pm, Director, true)]
    {
        let breakdown = ask(role, level, BigTech, Finance, "-3.5");
        let estimate = breakdown.estimate().unwrap_or_else(|| panic!("{role:?} {level:?}"));
        assert_eq!(estimate.open_ended(), open, "{role:?} {level:?}");
        assert!(estimate.steps.iter().all(|step| step.range.open_ended == open), "{role:?} {level:?}");
        assert_eq!(estimate.total_dollars().map(|total| total.open_ended), Some(open));
    }
}

#[test]
fn figures_come_from_the_knowledge_base() {
    let mut kb = kb();
    kb.salary.industry_premium.percent = PercentRange { low: 20, high: 25 };
    kb.salary.industry_premium.industries = vec![Tech];
    kb.salary.big_tech_total_comp = PercentRange { low: 50, high: 100 };
    // PO mid in tech: 100,000 × 1.20 = 120,000; 145,000 × 1.25 = 181,250;
    // total 120,000 × 1.50 = 180,000; 181,250 × 2.00 = 362,500.
    let inputs = Inputs { role: Po, level: Mid, company: BigTech, industry: Tech, col: CostOfLiving::ZERO };
    assert_eq!(
        figures(&calculate(&kb, inputs)),
        (whole(120_000, 181_250, false), Some(whole(180_000, 362_500, false)))
    );
    // Finance no longer pays the premium in this knowledge base.
    let finance = calculate(&kb, Inputs { industry: Finance, ..inputs });
    assert_eq!(figures(&finance).0, whole(100_000, 145_000, false));
}

#[test]
fn across_levels_matches_single_calculations() {
    let kb = kb();
    let inputs = Inputs { role: Po, level: Senior, company: BigTech, industry: Finance, col: col("-10") };
    let rows = across_levels(&kb, inputs);
    assert_eq!(rows.iter().map(|row| row.level).collect::<Vec<_>>(), Level::ALL);
    for row in &rows {
        for role in Role::ALL {
            let expected = calculate(&kb, inputs.with_level(row.level).with_role(role));
            assert_eq!(row.roles.get(role), &expected, "{role:?} at {:?}", row.level);
        }
    }
    // PO senior appears as in every_modifier_combined; PO director has no figures.
    assert_eq!(figures(rows[2].roles.get(Po)).0, whole(128_700, 175_950, false));
    assert!(rows[4].roles.get(Po).estimate().is_none());
}
