//! `pmpo salary --offer AMOUNT`: where an amount sits in one role × level's range, or, without
//! `--role` and `--level`, which bands of both ladders hold it. The maths is
//! [`crate::salary::place`] and [`crate::salary::lookup`]; this module only prints.
//!
//! With a role and level, `--json` adds one key to the calculator's object, after `notes`:
//! `"offer": {"amount", "basis", "position", "verdict", "distance"}` (`position` a number 0–100
//! with one decimal, or `null` outside the range; `verdict` one of `below`, `within`, `above`,
//! `above-open-top`; `distance` the dollars outside the range, or 0). Where the role has no band
//! (PO at director) `position`, `verdict` and `distance` are `null`.
//!
//! The reverse lookup's object is
//! `{"amount","basis","company","industry","col","matches","skipped","nearest","summary"}`:
//! `matches` lists `{"role","level","low","high","open_ended","position","verdict","distance"}`
//! for every band that holds the amount, in ladder order (the PM's ladder, then the PO's);
//! `skipped` lists `{"role","level","reason"}` for levels with no band; `nearest` is `null` unless
//! `matches` is empty, and then the nearest band in the same shape; `summary` says it in a
//! sentence, as the text does.

use clap::CommandFactory;
use clap::error::ErrorKind;
use serde::Serialize;

use super::args::Cli;
use super::output::CliError;
use super::salary_parts::{col_number, hanging, modifier_rows, notes};
use crate::doc::{Doc, plain};
use crate::kb::{KnowledgeBase, Role, SalaryNote};
use crate::salary::{self, Amount, Basis, Breakdown, Found, Inputs, Lookup, Placement};

/// A usage error of `pmpo salary` (exit 2), shown the way clap shows its own.
pub(super) fn usage(message: &dyn std::fmt::Display) -> CliError {
    let mut command = Cli::command();
    command.build();
    let error = match command.find_subcommand_mut("salary") {
        Some(salary) => salary.error(ErrorKind::ArgumentConflict, message),
        None => command.error(ErrorKind::ArgumentConflict, message),
    };
    CliError::Usage(Box::new(error))
}

/// The message for `--basis total` where total compensation has no figure.
pub(super) const NO_TOTAL: &str = "invalid value 'total' for '--basis <BASIS>' at a standard company: the \
     source estimates total compensation only for major tech companies; use --basis base, or add \
     --company big-tech";

/// The offer's row among the inputs: "$150,000, against base salary".
pub(super) fn amount_row(amount: Amount, basis: Basis) -> String {
    format!("{amount}, against {}", basis.label())
}

/// The text's section on where the amount sits in the breakdown's range.
pub(super) fn section(p: &mut Doc, breakdown: &Breakdown, amount: Amount, basis: Basis) {
    p.heading(format!("Offer against {}", basis.label()));
    match salary::place_in(breakdown, amount, basis) {
        Some(placement) => p.paragraph(placement.sentence()),
        None => p.paragraph(format!("There is no band to place {amount} in.")),
    };
}

/// The `offer` object of `pmpo salary --json`.
#[derive(Serialize)]
pub(super) struct OfferJson {
    amount: u64,
    basis: &'static str,
    position: Option<f64>,
    verdict: Option<&'static str>,
    distance: Option<u64>,
}

impl OfferJson {
    /// `amount` placed against the breakdown's range on `basis`.
    pub(super) fn new(breakdown: &Breakdown, amount: Amount, basis: Basis) -> OfferJson {
        let placement = salary::place_in(breakdown, amount, basis);
        OfferJson {
            amount: amount.dollars(),
            basis: basis.key(),
            position: placement.and_then(|p| p.position).map(salary::Position::percent),
            verdict: placement.map(|p| p.verdict.key()),
            distance: placement.map(|p| p.distance),
        }
    }
}

#[derive(Serialize)]
struct LookupJson<'a> {
    amount: u64,
    basis: &'static str,
    company: &'static str,
    industry: &'static str,
    col: serde_json::Number,
    matches: Vec<BandJson>,
    skipped: Vec<SkippedJson<'a>>,
    nearest: Option<BandJson>,
    summary: String,
}

#[derive(Serialize)]
struct BandJson {
    role: &'static str,
    level: &'static str,
    low: u64,
    high: u64,
    open_ended: bool,
    position: Option<f64>,
    verdict: &'static str,
    distance: u64,
}

impl From<&Found> for BandJson {
    fn from(found: &Found) -> BandJson {
        let Placement { range, verdict, position, distance, .. } = found.placement;
        BandJson {
            role: found.role.key(),
            level: found.level.key(),
            low: range.low,
            high: range.high,
            open_ended: range.open_ended,
            position: position.map(salary::Position::percent),
            verdict: verdict.key(),
            distance,
        }
    }
}

#[derive(Serialize)]
struct SkippedJson<'a> {
    role: &'static str,
    level: &'static str,
    reason: &'a str,
}

/// The reverse lookup as one JSON object on one line.
pub(super) fn lookup_json(found: &Lookup, inputs: Inputs) -> String {
    let object = LookupJson {
        amount: found.amount.dollars(),
        basis: found.basis.key(),
        company: inputs.company.key(),
        industry: inputs.industry.key(),
        col: col_number(inputs.col),
        matches: found.matches.iter().map(BandJson::from).collect(),
        skipped: found
            .skipped
            .iter()
            .map(|s| SkippedJson { role: s.role.key(), level: s.level.key(), reason: &s.reason })
            .collect(),
        nearest: found.nearest.as_ref().map(BandJson::from),
        summary: found.summary(),
    };
    // Serialising plain strings, numbers and options cannot fail.
    let mut line = serde_json::to_string(&object).unwrap_or_default();
    line.push('\n');
    line
}

/// The reverse lookup as text: the inputs, the bands that hold the amount (or the nearest), the
/// levels skipped, and the notes.
pub(super) fn lookup_text(
    kb: &KnowledgeBase,
    found: &Lookup,
    inputs: Inputs,
    width: usize,
    styled: bool,
) -> String {
    let width = width.max(20);
    let amount = found.amount;
    let mut p = Doc::new();
    p.title(format!("Salary: which bands hold {amount}"));
    let mut rows = vec![("Offer", amount_row(amount, found.basis))];
    rows.extend(modifier_rows(inputs));
    for (label, value) in rows {
        for line in hanging(label, 16, &value, width) {
            p.line(&line);
        }
    }

    p.heading("Bands");
    p.paragraph(found.summary());
    let listed: Vec<&Found> = if found.matches.is_empty() {
        found.nearest.iter().collect()
    } else {
        found.matches.iter().collect()
    };
    let column = listed.iter().map(|f| f.name().chars().count()).max().unwrap_or(0) + 2;
    let range_width = listed.iter().map(|f| f.placement.range.to_string().chars().count()).max().unwrap_or(0);
    p.gap();
    for f in listed {
        let place = f.placement.short();
        let value = format!("{:<range_width$}  {place}", f.placement.range.to_string());
        for line in hanging(&f.name(), column, &value, width) {
            p.line(&line);
        }
    }
    if !found.skipped.is_empty() {
        p.heading("Skipped");
        for skipped in &found.skipped {
            p.paragraph(format!(
                "{} at {}: not available. {}",
                skipped.role.title(),
                skipped.level_name,
                skipped.reason
            ));
        }
    }
    let (applied, general) = notes_for_both_roles(kb, inputs);
    notes(&mut p, kb, &applied, None, &general);
    plain::render(&p, width, styled)
}

/// The notes that apply to either role for these inputs, in the knowledge base's order.
fn notes_for_both_roles(kb: &KnowledgeBase, inputs: Inputs) -> (Vec<SalaryNote>, Vec<SalaryNote>) {
    let both: Vec<Breakdown> = Role::ALL.map(|role| salary::calculate(kb, inputs.with_role(role))).into();
    let fired = |note: &&SalaryNote| both.iter().any(|b| b.notes.iter().any(|n| n.id == note.id));
    let applied = kb.salary.notes.iter().filter(fired).cloned().collect();
    let general = both.first().map(|b| b.general_notes.clone()).unwrap_or_default();
    (applied, general)
}
