//! What both of `pmpo salary`'s answers print (a range for one role and level, and the bands that
//! hold an offer): the rows of the shared inputs, a label with its value hung beside it, the
//! notes, and the cost of living as a JSON number.
//!
//! A leaf of its own so that the calculator's answer (`salary.rs`), which adds the offer, and the
//! offer's (`offer.rs`) can both use it without importing each other.

use crate::doc::Doc;
use crate::kb::{KnowledgeBase, SalaryNote};
use crate::salary::{self, CostOfLiving, Inputs, MIN_COLUMN};

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
