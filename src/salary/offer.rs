//! Where an amount sits in a range: below it, how far into it, above it.
//!
//! The amount is placed against the range as the calculator gives it, in whole dollars (the
//! figures people see), so "at the top" means equal to the printed top. The position is
//! `(amount − low) / (high − low)` as a percentage with one decimal, worked out in integers and
//! rounded once, half away from zero; the distance is exact dollars.
//!
//! A range whose low equals its high (none in the article's table, but a user's knowledge base
//! may have one) has no "way from low to high": an amount equal to its single figure is within
//! it at position 0.0 (the formula's numerator, with no division), any other amount is below or
//! above it as usual.

use std::fmt;
use std::str::FromStr;

use super::{Amount, Breakdown, Company, Estimate, WholeRange};
use crate::kb::{ParseKeyError, parse_key};

/// What an amount is compared with: the base salary, or total compensation where the source
/// estimates it (a major tech company).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The base-salary range.
    #[default]
    Base,
    /// The total-compensation range (big-tech only).
    Total,
}

impl Basis {
    /// Both bases, the default first.
    pub const ALL: [Basis; 2] = [Basis::Base, Basis::Total];

    /// The name used on the command line, in JSON and in saved state (`base`, `total`).
    pub fn key(self) -> &'static str {
        match self {
            Basis::Base => "base",
            Basis::Total => "total",
        }
    }

    /// What the range is, in words ("base salary").
    pub fn label(self) -> &'static str {
        match self {
            Basis::Base => "base salary",
            Basis::Total => "total compensation",
        }
    }

    /// Whether this basis has a range at `company`: total compensation is estimated only at a
    /// major tech company.
    pub fn applies_at(self, company: Company) -> bool {
        self == Basis::Base || company == Company::BigTech
    }

    /// The range this basis compares with, in whole dollars; `None` for total compensation at a
    /// standard company.
    pub fn range(self, estimate: &Estimate) -> Option<WholeRange> {
        match self {
            Basis::Base => Some(estimate.base_dollars()),
            Basis::Total => estimate.total_dollars(),
        }
    }
}

impl FromStr for Basis {
    type Err = ParseKeyError;

    /// `base` or `total`.
    fn from_str(text: &str) -> Result<Basis, ParseKeyError> {
        parse_key(&Basis::ALL, Basis::key, "basis", text)
    }
}

impl fmt::Display for Basis {
    /// The key, so that the text reads back with `FromStr`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// How an amount compares with a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Below the low end.
    Below,
    /// From the low end to the high end, both included.
    Within,
    /// Above a high end the source gives as a ceiling.
    Above,
    /// Above a high end the source leaves open ("+"): pay there can go higher.
    AboveOpenTop,
}

impl Verdict {
    /// The name used in JSON (`below`, `within`, `above`, `above-open-top`).
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Below => "below",
            Verdict::Within => "within",
            Verdict::Above => "above",
            Verdict::AboveOpenTop => "above-open-top",
        }
    }
}

/// A position in a range, in tenths of a percent: 0 at the low end, 1,000 at the high end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position(u16);

impl Position {
    /// The position in tenths of a percent (0–1,000).
    pub fn tenths(self) -> u16 {
        self.0
    }

    /// The position as a number with one decimal (42.5), for JSON.
    pub fn percent(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

impl fmt::Display for Position {
    /// `42.5%`, always with one decimal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}%", self.0 / 10, self.0 % 10)
    }
}

/// An amount placed against a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Placement {
    /// The amount placed.
    pub amount: Amount,
    /// The range it was compared with, in whole dollars.
    pub range: WholeRange,
    /// Below, within or above.
    pub verdict: Verdict,
    /// How far into the range, when within it.
    pub position: Option<Position>,
    /// Dollars outside the range; 0 when within.
    pub distance: u64,
}

/// Places `amount` against `range`.
pub fn place(amount: Amount, range: WholeRange) -> Placement {
    let dollars = amount.dollars();
    let (verdict, position, distance) = if dollars < range.low {
        (Verdict::Below, None, range.low - dollars)
    } else if dollars > range.high {
        let verdict = if range.open_ended { Verdict::AboveOpenTop } else { Verdict::Above };
        (verdict, None, dollars - range.high)
    } else {
        (Verdict::Within, Some(position(dollars - range.low, range.high - range.low)), 0)
    };
    Placement { amount, range, verdict, position, distance }
}

/// `offset / span` in tenths of a percent, rounded half away from zero (all values are
/// non-negative, so half up); 0 when the span is empty.
fn position(offset: u64, span: u64) -> Position {
    if span == 0 {
        return Position(0);
    }
    // offset ≤ span < 2^64, so the products fit in u128; the result is at most 1,000.
    let tenths = (u128::from(offset) * 2_000 + u128::from(span)) / (2 * u128::from(span));
    Position(u16::try_from(tenths).unwrap_or(1_000))
}

/// The amount placed against the chosen basis of a breakdown: `None` when the role has no band
/// at the level, or the basis has no figure (total compensation at a standard company).
pub fn place_in(breakdown: &Breakdown, amount: Amount, basis: Basis) -> Option<Placement> {
    breakdown.estimate().and_then(|estimate| basis.range(estimate)).map(|range| place(amount, range))
}

impl Placement {
    /// Where the amount sits, in a sentence: "$150,000 is 45.8% of the way from $128,700 to
    /// $175,950.", "$400,000 is $50,000 above $350,000, the top the article leaves open."
    pub fn sentence(&self) -> String {
        let (amount, range) = (self.amount, self.range);
        let low = crate::kb::dollars(range.low);
        let high = crate::kb::dollars(range.high);
        let distance = crate::kb::dollars(self.distance);
        match self.verdict {
            Verdict::Within if range.low == range.high => format!("{amount} is the range's single figure."),
            Verdict::Within => {
                let position = self.position.unwrap_or(Position(0));
                format!("{amount} is {position} of the way from {low} to {high}.")
            }
            Verdict::Below => format!("{amount} is {distance} below the range, which starts at {low}."),
            Verdict::Above => format!("{amount} is {distance} above the range, which tops out at {high}."),
            Verdict::AboveOpenTop => {
                format!("{amount} is {distance} above {high}, the top the article leaves open.")
            }
        }
    }
}

impl Placement {
    /// Where the amount sits, in a few words for a list: "60.0% of the way" (the percentage
    /// padded to line up), "$30,000 below", "$50,000 above the open top".
    pub fn short(&self) -> String {
        let distance = crate::kb::dollars(self.distance);
        match self.verdict {
            Verdict::Within => {
                format!("{:>6} of the way", self.position.unwrap_or(Position(0)).to_string())
            }
            Verdict::Below => format!("{distance} below"),
            Verdict::Above => format!("{distance} above"),
            Verdict::AboveOpenTop => format!("{distance} above the open top"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(dollars: u32) -> Amount {
        Amount::new(dollars).unwrap_or_else(|| panic!("{dollars}"))
    }

    fn range(low: u64, high: u64, open_ended: bool) -> WholeRange {
        WholeRange { low, high, open_ended }
    }

    #[test]
    fn the_position_is_the_share_of_the_way_rounded_once() {
        // PO senior, finance, −10 %: $128,700–$175,950. (150,000 − 128,700) / 47,250 = 45.079…%.
        let placed = place(amount(150_000), range(128_700, 175_950, false));
        assert_eq!(
            (placed.verdict, placed.position, placed.distance),
            (Verdict::Within, Some(Position(451)), 0)
        );
        assert_eq!(placed.sentence(), "$150,000 is 45.1% of the way from $128,700 to $175,950.");
        // 1/8 = 12.5 % exactly; 625 / 10,000 = 6.25 %, a half in tenths: rounded up to 6.3.
        assert_eq!(place(amount(1_125), range(1_000, 2_000, false)).position, Some(Position(125)));
        assert_eq!(place(amount(1_000_625), range(1_000_000, 1_010_000, false)).position, Some(Position(63)));
        // 1/3 = 33.33… → 33.3; 2/3 = 66.66… → 66.7.
        assert_eq!(place(amount(100), range(99, 102, false)).position, Some(Position(333)));
        assert_eq!(place(amount(101), range(99, 102, false)).position, Some(Position(667)));
    }

    #[test]
    fn verdicts_at_the_edges() {
        let closed = range(128_700, 175_950, false);
        assert_eq!(place(amount(128_699), closed).verdict, Verdict::Below);
        assert_eq!(place(amount(128_699), closed).distance, 1);
        assert_eq!(place(amount(128_700), closed).position, Some(Position(0)));
        assert_eq!(place(amount(175_950), closed).position, Some(Position(1_000)));
        assert_eq!(place(amount(175_951), closed).verdict, Verdict::Above);
        let open = WholeRange { open_ended: true, ..closed };
        assert_eq!(place(amount(175_950), open).verdict, Verdict::Within);
        let above = place(amount(176_000), open);
        assert_eq!((above.verdict, above.position, above.distance), (Verdict::AboveOpenTop, None, 50));
    }

    #[test]
    fn sentences_for_every_verdict() {
        let closed = range(128_700, 175_950, false);
        assert_eq!(place(amount(150_000), closed).short(), " 45.1% of the way");
        assert_eq!(place(amount(120_000), closed).short(), "$8,700 below");
        assert_eq!(place(amount(200_000), closed).short(), "$24,050 above");
        let open = range(200_000, 350_000, true);
        assert_eq!(place(amount(400_000), open).short(), "$50,000 above the open top");
        assert_eq!(
            place(amount(120_000), closed).sentence(),
            "$120,000 is $8,700 below the range, which starts at $128,700."
        );
        assert_eq!(
            place(amount(200_000), closed).sentence(),
            "$200,000 is $24,050 above the range, which tops out at $175,950."
        );
        assert_eq!(
            place(amount(400_000), open).sentence(),
            "$400,000 is $50,000 above $350,000, the top the article leaves open."
        );
    }

    #[test]
    fn a_range_of_one_figure_divides_by_nothing() {
        let single = range(150_000, 150_000, false);
        let at = place(amount(150_000), single);
        assert_eq!((at.verdict, at.position, at.distance), (Verdict::Within, Some(Position(0)), 0));
        assert_eq!(at.sentence(), "$150,000 is the range's single figure.");
        assert_eq!(place(amount(149_999), single).verdict, Verdict::Below);
        assert_eq!(place(amount(150_001), single).verdict, Verdict::Above);
    }

    #[test]
    fn positions_show_one_decimal() {
        assert_eq!(Position(451).to_string(), "45.1%");
        assert_eq!(Position(0).to_string(), "0.0%");
        assert_eq!(Position(1_000).to_string(), "100.0%");
        assert!((Position(451).percent() - 45.1).abs() < 1e-9);
        assert_eq!(serde_json::to_string(&Position(1_000).percent()).ok().as_deref(), Some("100.0"));
        assert_eq!(serde_json::to_string(&Position(451).percent()).ok().as_deref(), Some("45.1"));
    }

    #[test]
    fn bases_read_back_and_total_needs_big_tech() {
        for basis in Basis::ALL {
            assert_eq!(basis.to_string().parse(), Ok(basis));
        }
        assert!(Basis::Base.applies_at(Company::Standard));
        assert!(!Basis::Total.applies_at(Company::Standard));
        assert!(Basis::Total.applies_at(Company::BigTech));
    }
}
