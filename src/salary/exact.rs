//! Exact dollar amounts: a whole number of dollars multiplied by decimal factors stays exact as an
//! integer over a power of ten, so the calculator rounds once, at the end, and never meets the
//! binary-fraction surprises of `f64` (132,250 × 1.002 is 132,514.5 exactly, not 132,514.4999…).
//!
//! Every factor the calculator applies is positive (premiums are 0–100 %, the cost of living is at
//! least −50 %), so amounts are never negative and "half away from zero" is "half up".

use std::cmp::Ordering;
use std::fmt;

use crate::kb::dollars;

/// A non-negative amount of US dollars, held exactly as `numerator / 10^scale`.
///
/// Always normalised (no trailing zero digit in the numerator while `scale > 0`), so equal
/// amounts have equal representations and the derived `Eq` and `Hash` agree with the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Exact {
    numerator: u128,
    scale: u32,
}

impl Exact {
    /// A whole number of dollars.
    pub fn whole(dollars: u32) -> Exact {
        Exact { numerator: u128::from(dollars), scale: 0 }
    }

    /// `numerator / 10^scale` dollars.
    pub fn new(numerator: u128, scale: u32) -> Exact {
        Exact { numerator, scale }.normalised()
    }

    /// This amount multiplied by `factor / 10^digits`: `times(110, 2)` adds 10 %.
    #[must_use]
    pub fn times(self, factor: u128, digits: u32) -> Exact {
        // The factors come from percentages within 0–100 and a cost of living within ±50 %, on
        // amounts below 2^32 dollars: the product stays far below u128's range (about 10^33 at
        // worst even for an unvalidated knowledge base with u32::MAX percentages).
        Exact::new(self.numerator * factor, self.scale + digits)
    }

    /// Whether the amount is a whole number of dollars.
    pub fn is_whole(self) -> bool {
        self.scale == 0
    }

    /// Rounded to whole dollars, half away from zero (saturating at `u64::MAX`, far above any
    /// figure a knowledge base can produce).
    pub fn dollars(self) -> u64 {
        u64::try_from(self.rounded_to(0)).unwrap_or(u64::MAX)
    }

    /// Rounded to `digits` decimals, half away from zero, as an integer count of `10^-digits`.
    fn rounded_to(self, digits: u32) -> u128 {
        if self.scale <= digits {
            return self.numerator * 10u128.pow(digits - self.scale);
        }
        let divisor = 10u128.pow(self.scale - digits);
        // The divisor is a power of ten of at least 10, so half of it is exact.
        (self.numerator + divisor / 2) / divisor
    }

    /// The amount as a float, for drawing (never for figures shown as numbers).
    pub fn to_f64(self) -> f64 {
        self.numerator as f64 / 10f64.powi(self.scale as i32)
    }

    fn normalised(mut self) -> Exact {
        while self.scale > 0 && self.numerator.is_multiple_of(10) {
            self.numerator /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The whole dollars and the fraction, as numerator over `10^scale`.
    fn split(self) -> (u128, u128) {
        let unit = 10u128.pow(self.scale);
        (self.numerator / unit, self.numerator % unit)
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Exact) -> Ordering {
        // Whole dollars first, then the fractions at a common scale: no multiplication of whole
        // numerators, so no overflow whatever the amounts.
        let (whole, fraction) = self.split();
        let (other_whole, other_fraction) = other.split();
        let common = self.scale.max(other.scale);
        whole.cmp(&other_whole).then_with(|| {
            (fraction * 10u128.pow(common - self.scale))
                .cmp(&(other_fraction * 10u128.pow(common - other.scale)))
        })
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Exact) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Exact {
    /// `$88,000` when whole, `$122,331.25` when exact to the cent, and `≈$132,263.23` when the
    /// cents are rounded for display (the figures themselves are rounded once, from the exact value).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole() {
            return f.write_str(&dollars(self.dollars()));
        }
        let cents = self.rounded_to(2);
        let approximate = if self.scale > 2 { "≈" } else { "" };
        let whole = u64::try_from(cents / 100).unwrap_or(u64::MAX);
        write!(f, "{approximate}{}.{:02}", dollars(whole), cents % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        // 132,250 × 1.002 = 132,514.5 exactly: half goes up (banker's rounding would give 132,514).
        assert_eq!(Exact::whole(132_250).times(10_020, 4).dollars(), 132_515);
        // 132,250 × 0.998 = 131,985.5: up again (rounding half down would give 131,985).
        assert_eq!(Exact::whole(132_250).times(9_980, 4).dollars(), 131_986);
        // 88,008.8 and 132,263.225 round to the nearest dollar.
        assert_eq!(Exact::whole(88_000).times(10_001, 4).dollars(), 88_009);
        assert_eq!(Exact::whole(132_250).times(10_001, 4).dollars(), 132_263);
        // 0.4999 is below half.
        assert_eq!(Exact::new(4_999, 4).dollars(), 0);
    }

    #[test]
    fn equal_values_are_equal_whatever_the_scale() {
        // 80,000 × 1.10 = 88,000.00, held as 8,800,000 / 100 before normalising.
        assert_eq!(Exact::whole(80_000).times(110, 2), Exact::whole(88_000));
        assert!(Exact::whole(88_000).is_whole());
        assert_eq!(Exact::new(150, 2), Exact::new(15, 1));
    }

    #[test]
    fn ordering_compares_values_across_scales() {
        assert!(Exact::new(15, 1) < Exact::whole(2)); // 1.5 < 2
        assert!(Exact::new(199, 2) < Exact::whole(2)); // 1.99 < 2
        assert!(Exact::new(1_001, 3) > Exact::whole(1)); // 1.001 > 1
        assert!(Exact::new(25, 1) > Exact::new(249, 2)); // 2.5 > 2.49
        assert_eq!(Exact::new(25, 1).cmp(&Exact::new(250, 2)), Ordering::Equal);
    }

    #[test]
    fn display_shows_cents_only_when_there_are_some() {
        assert_eq!(Exact::whole(88_000).to_string(), "$88,000");
        // 132,250 × 0.925 = 122,331.25
        assert_eq!(Exact::whole(132_250).times(9_250, 4).to_string(), "$122,331.25");
        assert_eq!(Exact::whole(132_250).times(10_020, 4).to_string(), "$132,514.50");
        // 132,250 × 1.0001 = 132,263.225: rounded for display, and marked so.
        assert_eq!(Exact::whole(132_250).times(10_001, 4).to_string(), "≈$132,263.23");
    }

    #[test]
    fn floats_are_close_for_drawing() {
        assert!((Exact::new(1_325_145, 1).to_f64() - 132_514.5).abs() < 1e-6);
    }
}
