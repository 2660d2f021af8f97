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

use std::str::FromStr;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use serde::Serialize;

use super::offer::{self, OfferJson};
use super::{CliError, output_width, styled_output, write_out};
use crate::doc::{Doc, plain};
use crate::kb::{Industry, KnowledgeBase, Level, Role, SalaryNote};
use crate::salary::{
    self, Amount, Basis, Breakdown, Company, CostOfLiving, Inputs, MIN_COLUMN, NOT_ESTIMATED, Outcome,
};

/// `pmpo salary ...`
#[derive(Debug, Clone, clap::Args)]
#[command(override_usage = "pmpo salary --role <ROLE> --level <LEVEL> [OPTIONS]\n       \
                            pmpo salary --offer <AMOUNT> [OPTIONS]")]
pub struct SalaryArgs {
    /// The role (leave out with --level to list every band that holds --offer)
    #[arg(long, ignore_case = true, value_parser = keys(&Role::ALL, Role::key), required_unless_present = "offer", requires = "level")]
    pub role: Option<Role>,
    /// The level
    #[arg(long, ignore_case = true, value_parser = keys(&Level::ALL, Level::key), required_unless_present = "offer", requires = "role")]
    pub level: Option<Level>,
    /// The kind of company: total compensation is estimated at big-tech companies only
    #[arg(long, ignore_case = true, value_parser = keys(&Company::ALL, Company::key), default_value = "standard")]
    pub company: Company,
    /// The industry: Product Owners earn a premium in finance and healthcare
    #[arg(long, ignore_case = true, value_parser = keys(&Industry::ALL, Industry::key), default_value = "tech")]
    pub industry: Industry,
    /// Cost-of-living adjustment in percent, -50 to 50, at most two decimals (such as -10 or 7.5)
    // Hyphen values, not just negative numbers, so that `--col --5` reaches the parser and gets
    // its message naming the valid values instead of clap's "unexpected argument".
    #[arg(
        long,
        value_name = "PCT",
        value_parser = CostOfLiving::from_str,
        default_value = "0",
        allow_hyphen_values = true
    )]
    pub col: CostOfLiving,
    /// An amount to place in the range, such as 150000, $150,000 or 150k; without --role and
    /// --level, every band that holds it
    // Hyphen values so that `--offer -5` gets the message about negative amounts.
    #[arg(long, value_name = "AMOUNT", value_parser = Amount::from_str, allow_hyphen_values = true)]
    pub offer: Option<Amount>,
    /// What --offer is compared with: base salary, or total compensation (big-tech only)
    #[arg(long, ignore_case = true, value_parser = keys(&Basis::ALL, Basis::key), requires = "offer")]
    pub basis: Option<Basis>,
    /// Print one JSON object instead of text
    #[arg(long)]
    pub json: bool,
}

impl SalaryArgs {
    /// The calculator's inputs; the first role and level when they are left out (the reverse
    /// lookup, which asks about every role and level).
    pub fn inputs(&self) -> Inputs {
        let default = Inputs::default();
        Inputs {
            role: self.role.unwrap_or(default.role),
            level: self.level.unwrap_or(default.level),
            company: self.company,
            industry: self.industry,
            col: self.col,
        }
    }
}

/// A parser that accepts exactly the keys of a closed set, so that clap lists them in `--help` and
/// in the error for an unknown one (exit 2).
fn keys<T>(all: &'static [T], key: fn(T) -> &'static str) -> impl TypedValueParser<Value = T>
where
    T: FromStr + Copy + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    // With `ignore_case` clap accepts `PM` and hands it on as typed: the keys are lower case.
    PossibleValuesParser::new(all.iter().map(|value| key(*value)))
        .try_map(|text| text.to_ascii_lowercase().parse::<T>())
}

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

/// The cost of living as a JSON number: the percentage as given, an integer when it is one.
pub(super) fn col_number(col: CostOfLiving) -> serde_json::Number {
    let hundredths = col.hundredths();
    if hundredths % 100 == 0 {
        serde_json::Number::from(hundredths / 100)
    } else {
        // A finite value, so `from_f64` succeeds; serde_json prints the shortest form (7.53).
        serde_json::Number::from_f64(f64::from(hundredths) / 100.0).unwrap_or_else(|| 0.into())
    }
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

/// The notes that applied (and, where the industry premium is another role's, that it is), those
/// that qualify every figure, and what the figures are.
pub(super) fn notes(
    p: &mut Doc,
    kb: &KnowledgeBase,
    applied: &[SalaryNote],
    elsewhere: Option<&str>,
    general: &[SalaryNote],
) {
    p.heading("Notes that applied");
    if applied.is_empty() && elsewhere.is_none() {
        p.line("None for these inputs.");
    }
    for note in applied {
        p.bullet(&note.text);
    }
    if let Some(why) = elsewhere {
        p.bullet(why);
    }
    if !general.is_empty() {
        p.heading("Also worth knowing");
        for note in general {
            p.bullet(&note.text);
        }
    }
    p.gap();
    p.paragraph(format!("{} {}", salary::figures_source(kb), kb.salary.basis));
}

/// The rows of the inputs every question shares: company, industry, cost of living.
pub(super) fn modifier_rows(inputs: Inputs) -> [(&'static str, String); 3] {
    [
        ("Company", format!("{} ({})", inputs.company.label(), inputs.company.key())),
        ("Industry", format!("{} ({})", salary::industry_label(inputs.industry), inputs.industry.key())),
        ("Cost of living", format!("{}%", inputs.col.signed())),
    ]
}

/// The working as text lines, laid out as the Salary tab lays it out.
fn working(estimate: &salary::Estimate, width: usize) -> Vec<String> {
    salary::working_lines(estimate, width)
        .into_iter()
        .map(|line| line.into_iter().map(|(_, piece)| piece).collect::<String>().trim_end().to_string())
        .collect()
}

/// `label` padded to `column`, then `value` wrapped to `width` with continuation lines indented
/// to the column; too narrow for that, the value goes under the label, indented.
pub(super) fn hanging(label: &str, column: usize, value: &str, width: usize) -> Vec<String> {
    if width >= column + MIN_COLUMN {
        wrapped(value, &format!("{label:<column$}"), &" ".repeat(column), width)
    } else {
        let mut lines = vec![label.to_string()];
        lines.extend(wrapped(value, "    ", "    ", width));
        lines
    }
}

/// `text` wrapped to `width` after `first` on the first line and `rest` on the others, by pmpo's
/// one wrapping policy (hyphens never break a word: `big-tech`, `-10%` stay whole).
fn wrapped(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    crate::doc::wrap::wrap_text(text, width, first, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
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
