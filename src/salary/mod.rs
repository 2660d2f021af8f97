//! The salary calculator: inputs → a breakdown that shows its working.
//!
//! Pure and UI-free: the command line prints a [`Breakdown`] and the Salary tab draws one. Every
//! figure comes from the knowledge base (the article's table, its industry premium, its
//! total-compensation percentages); the steps are the spec's, in its order:
//!
//! 1. the article's base range for role × level (or "not available", with the reason);
//! 2. the industry premium, only for the premium role in the premium industries;
//! 3. the cost-of-living adjustment, on both ends, only when it is not zero;
//! 4. total compensation, only at a major tech company, from the final base.
//!
//! Amounts stay exact ([`Exact`]) through the steps and are rounded once, to whole dollars, half
//! away from zero.
//!
//! An amount in hand (an offer, a current salary) is placed against the result: where it sits in
//! one role × level's range ([`place_in`], [`Placement`]), or which bands of both ladders hold it
//! ([`lookup`]).

mod amount;
mod col;
mod exact;
mod inputs;
mod lookup;
mod offer;
mod range;
mod words;
mod working;

#[cfg(test)]
mod tests;

pub use amount::{Amount, MAX_AMOUNT, ParseAmountError, VALID_AMOUNT};
pub use col::{CostOfLiving, ParseColError, VALID_COL};
pub use exact::Exact;
pub use inputs::{Company, Inputs};
pub use lookup::{BasisError, Found, Lookup, Skipped, check_basis, lookup};
pub use offer::{Basis, Placement, Position, Verdict, place, place_in};
pub use range::{ExactRange, WholeRange};
pub use words::{ROUNDING, figures_source, industry_label, level_with_experience, premium_elsewhere};
pub use working::{MIN_COLUMN, Part, WorkingLine, working_lines};

use crate::kb::{Band, KnowledgeBase, Level, NoteTrigger, PerRole, Role, SalaryNote};

/// Why total compensation has no figure at a standard company.
pub const NOT_ESTIMATED: &str =
    "not estimated: the source gives total compensation only for major tech companies";

/// One step of the working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// The article's range for the role at the level.
    Base,
    /// The premium the knowledge base gives one role in some industries.
    IndustryPremium,
    /// The cost-of-living adjustment.
    CostOfLiving,
    /// Total compensation at a major tech company, from the final base.
    TotalCompensation,
}

impl StepKind {
    /// A short label for the step.
    pub fn label(self) -> &'static str {
        match self {
            StepKind::Base => "Article base range",
            StepKind::IndustryPremium => "Industry premium",
            StepKind::CostOfLiving => "Cost of living",
            StepKind::TotalCompensation => "Total compensation",
        }
    }
}

/// A step applied, and the range after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Which step.
    pub kind: StepKind,
    /// What it applied, in words ("Finance: low +10%, high +15%").
    pub factors: String,
    /// The range after the step, exact.
    pub range: ExactRange,
}

/// The figures of an available role × level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    /// Every step applied, in order; the first is always [`StepKind::Base`].
    pub steps: Vec<Step>,
    /// The final base-salary range, exact.
    pub base: ExactRange,
    /// Total compensation, exact; `None` when not estimated (see [`NOT_ESTIMATED`]).
    pub total: Option<ExactRange>,
}

impl Estimate {
    /// The final base range in whole dollars.
    pub fn base_dollars(&self) -> WholeRange {
        self.base.rounded()
    }

    /// Total compensation in whole dollars, when estimated.
    pub fn total_dollars(&self) -> Option<WholeRange> {
        self.total.map(ExactRange::rounded)
    }

    /// Whether the source marks the top of the range with a "+".
    pub fn open_ended(&self) -> bool {
        self.base.open_ended
    }
}

/// The answer: figures, or why there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The role has a band at this level.
    Available(Estimate),
    /// The role does not exist at this level (PO at director): no figures at all.
    Unavailable {
        /// Why, from the knowledge base.
        reason: String,
    },
}

/// Inputs, outcome and the notes that qualify it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// The question asked.
    pub inputs: Inputs,
    /// The level's name as shown ("Staff / Principal").
    pub level_name: String,
    /// The figures, or why there are none.
    pub outcome: Outcome,
    /// The notes whose trigger fired (big tech, industry premium, cost of living), in the
    /// knowledge base's order. Empty when the outcome is unavailable.
    pub notes: Vec<SalaryNote>,
    /// Notes that qualify every figure (`General`): context to show, never "applied".
    pub general_notes: Vec<SalaryNote>,
}

impl Breakdown {
    /// The estimate, when the role is available at the level.
    pub fn estimate(&self) -> Option<&Estimate> {
        match &self.outcome {
            Outcome::Available(estimate) => Some(estimate),
            Outcome::Unavailable { .. } => None,
        }
    }
}

/// Both roles' breakdowns at one level, for a chart across levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelFigures {
    /// The level.
    pub level: Level,
    /// The PM's and the PO's breakdown at this level, with the other inputs unchanged.
    pub roles: PerRole<Breakdown>,
}

/// Works out the salary for `inputs` from the knowledge base.
pub fn calculate(kb: &KnowledgeBase, inputs: Inputs) -> Breakdown {
    let salary = &kb.salary;
    let level_name = salary.level_name(inputs.level).to_string();
    let general_notes = notes_where(kb, |trigger| trigger == NoteTrigger::General);
    let band = salary.level(inputs.level).map(|entry| entry.pay.get(inputs.role));
    let base = match band {
        Some(Band::Range(range)) => *range,
        Some(Band::Unavailable { reason }) => {
            return unavailable(inputs, level_name, reason.clone(), general_notes);
        }
        // Validation guarantees every level; an unvalidated knowledge base still gets an answer.
        None => {
            let reason = format!("The knowledge base has no \"{}\" level.", inputs.level.key());
            return unavailable(inputs, level_name, reason, general_notes);
        }
    };

    let mut range = ExactRange::from(base);
    let mut steps =
        vec![Step { kind: StepKind::Base, factors: format!("{}, {level_name}", inputs.role.title()), range }];
    let mut fired = Vec::new();

    let premium = &salary.industry_premium;
    if premium.role == inputs.role && premium.industries.contains(&inputs.industry) {
        range = range.percent_more(premium.percent);
        steps.push(Step {
            kind: StepKind::IndustryPremium,
            factors: format!(
                "{}: low +{}%, high +{}%",
                industry_label(inputs.industry),
                premium.percent.low,
                premium.percent.high
            ),
            range,
        });
        fired.push(NoteTrigger::IndustryPremium);
    }

    if !inputs.col.is_zero() {
        range = range.times(inputs.col.factor(), 4);
        steps.push(Step {
            kind: StepKind::CostOfLiving,
            factors: format!("both ends {}%", inputs.col.signed()),
            range,
        });
        fired.push(NoteTrigger::CostOfLiving);
    }

    let base = range;
    let total = (inputs.company == Company::BigTech).then(|| {
        let comp = salary.big_tech_total_comp;
        let total = base.percent_more(comp);
        steps.push(Step {
            kind: StepKind::TotalCompensation,
            factors: format!("{}: low +{}%, high +{}%", inputs.company.label(), comp.low, comp.high),
            range: total,
        });
        fired.push(NoteTrigger::BigTech);
        total
    });

    Breakdown {
        inputs,
        level_name,
        outcome: Outcome::Available(Estimate { steps, base, total }),
        notes: notes_where(kb, |trigger| fired.contains(&trigger)),
        general_notes,
    }
}

/// Both roles' breakdowns at every level, most junior first, for the same company, industry and
/// cost of living as `inputs` (its role and level are ignored).
pub fn across_levels(kb: &KnowledgeBase, inputs: Inputs) -> Vec<LevelFigures> {
    Level::ALL
        .into_iter()
        .map(|level| {
            let at = |role| calculate(kb, inputs.with_level(level).with_role(role));
            LevelFigures { level, roles: PerRole { pm: at(Role::Pm), po: at(Role::Po) } }
        })
        .collect()
}

fn unavailable(
    inputs: Inputs,
    level_name: String,
    reason: String,
    general_notes: Vec<SalaryNote>,
) -> Breakdown {
    Breakdown {
        inputs,
        level_name,
        outcome: Outcome::Unavailable { reason },
        notes: Vec::new(),
        general_notes,
    }
}

fn notes_where(kb: &KnowledgeBase, applies: impl Fn(NoteTrigger) -> bool) -> Vec<SalaryNote> {
    kb.salary.notes.iter().filter(|note| applies(note.applies)).cloned().collect()
}
