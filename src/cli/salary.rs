//! `pmpo salary`: the calculator on the command line, as text that shows its working or as one
//! JSON object for scripts.
//!
//! The JSON object is a contract (SPEC.md, "Command line"): its keys, in order, are `role`, `level`,
//! `company`, `industry`, `col`, `available`, `reason`, `base_low`, `base_high`, `open_ended`,
//! `total_low`, `total_high`, `notes`. Two choices the spec leaves open:
//!
//! - `col` is a JSON number, the percentage as given (`-10`, `7.5`): a script does arithmetic with
//!   it, and an integer stays an integer (`-10`, not `-10.0`).
//! - `notes` is an array of `{"id", "text"}` objects, the notes that applied, in the knowledge
//!   base's order: the id is stable for a script to test, the text is what to show a person.
//!
//! When the role is not available at the level, every figure and `open_ended` are `null` (there is
//! no range to be open) and `notes` is empty.
//!
//! `--offer AMOUNT` adds an `offer` key after `notes` (and an "Offer" section to the text); without
//! `--role` and `--level` it asks the other question, which bands hold the amount (see
//! [`super::offer`]). Without `--offer`, the output is exactly what it was before the option
//! existed.

use serde::Serialize;

use super::args::SalaryArgs;
use super::offer::{self, OfferJson};
use super::output::{CliError, output_width, styled_output, write_out};
use super::salary_parts::{col_number, hanging, modifier_rows, notes};
use crate::doc::{Doc, plain};
use crate::kb::KnowledgeBase;
use crate::salary::{self, Amount, Basis, Breakdown, NOT_ESTIMATED, Outcome};

pub(super) fn run(kb: &KnowledgeBase, args: &SalaryArgs) -> Result<(), CliError> {
    let basis = args.basis.unwrap_or_default();
    let offer = match args.offer {
        Some(amount) => {
            salary::check_basis(args.inputs(), basis).map_err(|_| offer::usage(&offer::NO_TOTAL))?;
            Some((amount, basis))
        }
        None => None,
    };
    let (width, styled) = (output_width(), styled_output());
    let out = match (args.role.zip(args.level), offer) {
        (Some(_), _) => {
            let breakdown = salary::calculate(kb, args.inputs());
            if args.json { json(&breakdown, offer) } else { text(kb, &breakdown, offer, width, styled) }
        }
        (None, Some((amount, basis))) => {
            let found = salary::lookup(kb, args.inputs(), amount, basis)
                .map_err(|_| offer::usage(&offer::NO_TOTAL))?;
            if args.json {
                offer::lookup_json(&found, args.inputs())
            } else {
                offer::lookup_text(kb, &found, args.inputs(), width, styled)
            }
        }
        // clap requires --role and --level unless --offer is given.
        (None, None) => return Err(offer::usage(&"--role and --level are required without --offer")),
    };
    write_out(&out)?;
    Ok(())
}

#[derive(Serialize)]
struct Json<'a> {
    role: &'static str,
    level: &'static str,
    company: &'static str,
    industry: &'static str,
    col: serde_json::Number,
    available: bool,
    reason: Option<&'a str>,
    base_low: Option<u64>,
    base_high: Option<u64>,
    open_ended: Option<bool>,
    total_low: Option<u64>,
    total_high: Option<u64>,
    notes: Vec<JsonNote<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offer: Option<OfferJson>,
}

#[derive(Serialize)]
struct JsonNote<'a> {
    id: &'a str,
    text: &'a str,
}

/// The contract's object on one line, with the `offer` object when an amount is given.
pub fn json(breakdown: &Breakdown, offer: Option<(Amount, Basis)>) -> String {
    let inputs = breakdown.inputs;
    let col = col_number(inputs.col);
    let estimate = breakdown.estimate();
    let base = estimate.map(salary::Estimate::base_dollars);
    let total = estimate.and_then(salary::Estimate::total_dollars);
    let object = Json {
        role: inputs.role.key(),
        level: inputs.level.key(),
        company: inputs.company.key(),
        industry: inputs.industry.key(),
        col,
        available: estimate.is_some(),
        reason: breakdown.reason(),
        base_low: base.map(|range| range.low),
        base_high: base.map(|range| range.high),
        open_ended: base.map(|range| range.open_ended),
        total_low: total.map(|range| range.low),
        total_high: total.map(|range| range.high),
        notes: breakdown.notes.iter().map(|note| JsonNote { id: &note.id, text: &note.text }).collect(),
        offer: offer.map(|(amount, basis)| OfferJson::new(breakdown, amount, basis)),
    };
    // Serialising plain strings, numbers and options cannot fail.
    let mut line = serde_json::to_string(&object).unwrap_or_default();
    line.push('\n');
    line
}

/// The inputs, the working step by step, the result, where the offer sits (when one is given)
/// and the notes, wrapped to `width`.
pub fn text(
    kb: &KnowledgeBase,
    breakdown: &Breakdown,
    offer: Option<(Amount, Basis)>,
    width: usize,
    styled: bool,
) -> String {
    let inputs = breakdown.inputs;
    // The plain renderer's own floor, so that the columns below agree with its wrapping.
    let width = width.max(20);
    let mut p = Doc::new();
    p.title(format!("Salary: {}, {}", inputs.role.title(), breakdown.level_name));
    let level = salary::level_with_experience(kb, inputs.level);
    let mut rows = vec![
        ("Role", format!("{} ({})", inputs.role.title(), inputs.role.key())),
        ("Level", format!("{level} ({})", inputs.level.key())),
    ];
    rows.extend(modifier_rows(inputs));
    if let Some((amount, basis)) = offer {
        rows.push(("Offer", offer::amount_row(amount, basis)));
    }
    for (label, value) in rows {
        for line in hanging(label, 16, &value, width) {
            p.line(&line);
        }
    }

    match &breakdown.outcome {
        Outcome::Unavailable { reason } => {
            p.heading("Result");
            p.line(breakdown.not_available().unwrap_or_default());
            p.paragraph(reason);
        }
        Outcome::Available(estimate) => {
            p.heading("Working");
            for line in working(estimate, width) {
                p.line(&line);
            }
            p.heading("Result");
            let total = estimate.total_dollars().map_or_else(|| NOT_ESTIMATED.to_string(), |t| t.to_string());
            for (label, value) in
                [("Base salary", estimate.base_dollars().to_string()), ("Total compensation", total)]
            {
                for line in hanging(label, 20, &value, width) {
                    p.line(&line);
                }
            }
            p.gap();
            p.paragraph(salary::ROUNDING);
        }
    }
    if let Some((amount, basis)) = offer {
        offer::section(&mut p, breakdown, amount, basis);
    }

    let elsewhere = salary::premium_elsewhere(kb, inputs);
    notes(&mut p, kb, &breakdown.notes, elsewhere.as_deref(), &breakdown.general_notes);
    plain::render(&p, width, styled)
}

/// The working as text lines, laid out as the Salary tab lays it out.
fn working(estimate: &salary::Estimate, width: usize) -> Vec<String> {
    salary::working_lines(estimate, width)
        .into_iter()
        .map(|line| line.into_iter().map(|(_, piece)| piece).collect::<String>().trim_end().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Industry, Level, Role};
    use crate::salary::{Company, Inputs};
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn text_fits_the_width_and_keeps_every_figure() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let inputs = Inputs {
            role: Role::Po,
            level: Level::Entry,
            company: Company::BigTech,
            industry: Industry::Healthcare,
            col: "0.01".parse()?,
        };
        let breakdown = salary::calculate(&kb, inputs);
        for width in [40, 60, 80, 120] {
            let text = text(&kb, &breakdown, None, width, false);
            for line in text.lines() {
                assert!(line.width() <= width, "{width}: {line:?}\n{text}");
            }
            // 132,250 × 1.0001 = 132,263.225, shown to the cent and marked as rounded; the
            // figure itself rounds once to 132,263.
            assert!(text.contains("≈$132,263.23"), "{width}:\n{text}");
            assert!(text.contains("$88,009–$132,263"), "{width}:\n{text}");
        }
        Ok(())
    }
}
