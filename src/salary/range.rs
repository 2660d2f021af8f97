//! Salary ranges: exact ones through the working, whole-dollar ones for the result.

use std::fmt;

use super::Exact;
use crate::kb::{DollarRange, PercentRange, dollars};

/// A range of exact amounts, possibly open at the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExactRange {
    /// The bottom of the range.
    pub low: Exact,
    /// The top of the range.
    pub high: Exact,
    /// Whether the source marks the top with a "+" (pay can go higher).
    pub open_ended: bool,
}

impl From<DollarRange> for ExactRange {
    fn from(range: DollarRange) -> ExactRange {
        ExactRange {
            low: Exact::whole(range.low),
            high: Exact::whole(range.high),
            open_ended: range.open_ended,
        }
    }
}

impl ExactRange {
    /// Both ends multiplied by `factor / 10^digits`.
    #[must_use]
    pub fn times(self, factor: u128, digits: u32) -> ExactRange {
        ExactRange { low: self.low.times(factor, digits), high: self.high.times(factor, digits), ..self }
    }

    /// The low end raised by `percent.low` %, the high end by `percent.high` %.
    #[must_use]
    pub fn percent_more(self, percent: PercentRange) -> ExactRange {
        let factor = |percent: u32| 100 + u128::from(percent);
        ExactRange {
            low: self.low.times(factor(percent.low), 2),
            high: self.high.times(factor(percent.high), 2),
            ..self
        }
    }

    /// Both ends rounded to whole dollars, half away from zero.
    pub fn rounded(self) -> WholeRange {
        WholeRange { low: self.low.dollars(), high: self.high.dollars(), open_ended: self.open_ended }
    }
}

impl fmt::Display for ExactRange {
    /// `$88,000–$132,514.50+`: cents only where the exact value has some.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plus = if self.open_ended { "+" } else { "" };
        write!(f, "{}–{}{plus}", self.low, self.high)
    }
}

/// A range of whole dollars, possibly open at the top: a final figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WholeRange {
    /// The bottom of the range, in dollars.
    pub low: u64,
    /// The top of the range, in dollars.
    pub high: u64,
    /// Whether the source marks the top with a "+" (pay can go higher).
    pub open_ended: bool,
}

impl fmt::Display for WholeRange {
    /// `$180,000–$250,000+`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plus = if self.open_ended { "+" } else { "" };
        write!(f, "{}–{}{plus}", dollars(self.low), dollars(self.high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_apply_to_each_end_separately() {
        let range = ExactRange::from(DollarRange { low: 130_000, high: 170_000, open_ended: false });
        // 130,000 × 1.10 = 143,000; 170,000 × 1.15 = 195,500.
        let raised = range.percent_more(PercentRange { low: 10, high: 15 });
        assert_eq!(raised.rounded(), WholeRange { low: 143_000, high: 195_500, open_ended: false });
    }

    #[test]
    fn display_marks_the_open_end() {
        let range = ExactRange::from(DollarRange { low: 180_000, high: 250_000, open_ended: true });
        assert_eq!(range.to_string(), "$180,000–$250,000+");
        // 250,000 × 1.0002 = 250,050; 180,000 × 1.0002 = 180,036.
        assert_eq!(range.times(10_002, 4).rounded().to_string(), "$180,036–$250,050+");
        let cents = ExactRange::from(DollarRange { low: 115_000, high: 132_250, open_ended: false });
        // 115,000 × 1.002 = 115,230; 132,250 × 1.002 = 132,514.5.
        assert_eq!(cents.times(10_020, 4).to_string(), "$115,230–$132,514.50");
    }
}
