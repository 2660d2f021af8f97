//! The working laid out for a width, once for both faces: `pmpo salary` joins the pieces into
//! text, the Salary tab styles each piece. Sharing the layout (not only the figures) means the
//! two show the working line for line the same, down to where a long step wraps.
//!
//! Each step is one line (number and label, the range after the step, then what it applied,
//! wrapped under itself) so that the ranges line up in a column; too narrow for that, each step
//! is a block: the label, then the range and what it applied, indented.

use unicode_width::UnicodeWidthStr;

use super::Estimate;

/// What a piece of a line of the working is, so that a face can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Spaces that line a piece up under the one above.
    Indent,
    /// The step's number and label ("2. Industry premium"), padded to the column.
    Label,
    /// The range after the step, padded to the column.
    Range,
    /// What the step applied ("Finance: low +10%, high +15%").
    Factors,
}

/// One line of the working: its pieces, left to right.
pub type WorkingLine = Vec<(Part, String)>;

/// The narrowest a column of wrapped text may be before it goes under its label instead.
pub const MIN_COLUMN: usize = 20;

/// The block layout's indent.
const INDENT: &str = "    ";

/// The working of `estimate` laid out for `width` columns.
pub fn working_lines(estimate: &Estimate, width: usize) -> Vec<WorkingLine> {
    let labels: Vec<String> = estimate
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| format!("{}. {}", i + 1, step.kind.label()))
        .collect();
    let ranges: Vec<String> = estimate.steps.iter().map(|step| step.range.to_string()).collect();
    let label_width = labels.iter().map(|label| label.width()).max().unwrap_or(0) + 2;
    let range_width = ranges.iter().map(|range| range.width()).max().unwrap_or(0) + 2;
    let column = label_width + range_width;
    let mut lines = Vec::new();
    for ((label, range), step) in labels.iter().zip(&ranges).zip(&estimate.steps) {
        if width >= column + MIN_COLUMN {
            for (i, row) in wrap(&step.factors, width - column).into_iter().enumerate() {
                let mut line = if i == 0 {
                    vec![(Part::Label, pad(label, label_width)), (Part::Range, pad(range, range_width))]
                } else {
                    vec![(Part::Indent, " ".repeat(column))]
                };
                line.push((Part::Factors, row));
                lines.push(line);
            }
        } else {
            lines.push(vec![(Part::Label, label.clone())]);
            // A range has no space to wrap at; it stays whole.
            lines.push(vec![(Part::Indent, INDENT.into()), (Part::Range, range.clone())]);
            let narrow = width.saturating_sub(INDENT.len()).max(1);
            lines.extend(
                wrap(&step.factors, narrow)
                    .into_iter()
                    .map(|row| vec![(Part::Indent, INDENT.into()), (Part::Factors, row)]),
            );
        }
    }
    lines
}

/// `text` padded with spaces to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` wrapped to `width` by pmpo's one wrapping policy (hyphens never break a word:
/// `big-tech`, `-10%` stay whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    crate::doc::wrap::wrap_text(text, width, "", "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Industry, KnowledgeBase, Level, Role};
    use crate::salary::{Company, Inputs, calculate};

    fn text(lines: &[WorkingLine]) -> Vec<String> {
        lines.iter().map(|line| line.iter().map(|(_, piece)| piece.as_str()).collect()).collect()
    }

    #[test]
    fn ranges_line_up_and_long_factors_wrap_under_themselves() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let inputs = Inputs {
            role: Role::Po,
            level: Level::Senior,
            company: Company::BigTech,
            industry: Industry::Finance,
            col: "-10".parse()?,
        };
        let breakdown = calculate(&kb, inputs);
        let estimate = breakdown.estimate().ok_or("available")?;
        // "4. Total compensation" is 21 wide and "$167,310–$281,520" 17: columns at 23 and 42.
        assert_eq!(
            text(&working_lines(estimate, 70)),
            [
                "1. Article base range  $130,000–$170,000  Product Owner, Senior",
                "2. Industry premium    $143,000–$195,500  Finance: low +10%, high +15%",
                "3. Cost of living      $128,700–$175,950  both ends -10%",
                "4. Total compensation  $167,310–$281,520  Major tech company: low",
                "                                          +30%, high +60%",
            ]
        );
        // Below 42 + 20 columns, each step is a block.
        let narrow = text(&working_lines(estimate, 40));
        assert_eq!(
            narrow[..3],
            ["1. Article base range", "    $130,000–$170,000", "    Product Owner, Senior"]
        );
        assert!(narrow.iter().all(|line| line.width() <= 40), "{narrow:#?}");
        Ok(())
    }
}
