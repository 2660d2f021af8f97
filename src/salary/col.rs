//! The cost-of-living adjustment: a percentage from −50 to +50 with at most two decimals, held as
//! an integer count of hundredths of a percent so that it multiplies exactly.
//!
//! The text form is strict on purpose: `--col 1e1` or `--col nan` is far more likely a mistake than
//! a request for 10 %, and a silent misreading would print a confident wrong salary.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Hundredths of a percent in ±50 %.
const LIMIT: u32 = 5_000;

/// What a valid percentage looks like, for error messages.
pub const VALID_COL: &str =
    "expected a percentage from -50 to 50 with at most two decimals, such as -10, 7.5 or 12.25";

/// A cost-of-living adjustment applied to both ends of a range: `-10` means 10 % less.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CostOfLiving(i32);

impl CostOfLiving {
    /// No adjustment.
    pub const ZERO: CostOfLiving = CostOfLiving(0);
    /// The lowest adjustment, −50 %.
    pub const MIN: CostOfLiving = CostOfLiving(-(LIMIT as i32));
    /// The highest adjustment, +50 %.
    pub const MAX: CostOfLiving = CostOfLiving(LIMIT as i32);

    /// The adjustment of `hundredths` hundredths of a percent (`-1050` is −10.5 %), if within ±50 %.
    pub fn from_hundredths(hundredths: i32) -> Option<CostOfLiving> {
        (hundredths.unsigned_abs() <= LIMIT).then_some(CostOfLiving(hundredths))
    }

    /// The adjustment in hundredths of a percent.
    pub fn hundredths(self) -> i32 {
        self.0
    }

    /// Whether there is no adjustment.
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// The adjustment with an explicit sign when positive, as shown beside a `%`: `+7.5`, `-10`,
    /// `0`.
    pub fn signed(self) -> String {
        if self.0 > 0 { format!("+{self}") } else { self.to_string() }
    }

    /// The multiplier `1 + col/100` as a numerator over 10^4; at least 5,000 (−50 %), so positive.
    pub(super) fn factor(self) -> u128 {
        u128::from((10_000 + self.0).unsigned_abs())
    }

    /// Whether `text` is a valid adjustment or could become one by typing more characters (`""`,
    /// `"-"`, `"7."`), so that an editor can refuse a key that can only lead to an error.
    pub fn is_valid_prefix(text: &str) -> bool {
        scan(text).is_ok()
    }
}

/// Why a text is not a cost-of-living adjustment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseColError {
    /// Nothing was given.
    #[error("no percentage given; {VALID_COL}")]
    Empty,
    /// The text is not a plain decimal number.
    #[error("not a plain decimal number; {VALID_COL}")]
    NotANumber,
    /// More than two digits after the point.
    #[error("more than two decimals; {VALID_COL}")]
    TooManyDecimals,
    /// Below −50 or above 50.
    #[error("out of range; {VALID_COL}")]
    OutOfRange,
}

/// A text read so far: its sign, its magnitude in hundredths, and whether it is a whole number
/// (not empty, not a lone sign or point, no point without a digit after it).
struct Scanned {
    negative: bool,
    hundredths: u32,
    complete: bool,
}

fn scan(text: &str) -> Result<Scanned, ParseColError> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return Err(ParseColError::NotANumber);
    }
    let fraction = fraction.unwrap_or_default();
    if fraction.len() > 2 {
        return Err(ParseColError::TooManyDecimals);
    }
    // Saturating, so that a long run of digits is "out of range", not an overflow.
    let value = |part: &str| {
        part.bytes().fold(0u32, |sum, byte| sum.saturating_mul(10).saturating_add(u32::from(byte - b'0')))
    };
    let cents = value(fraction) * if fraction.len() == 1 { 10 } else { 1 };
    let hundredths = value(whole).saturating_mul(100).saturating_add(cents);
    if hundredths > LIMIT {
        return Err(ParseColError::OutOfRange);
    }
    // A digit on either side of the point: "5.", ".5" and "5.5" are numbers, "." is not.
    let complete = !fraction.is_empty() || !whole.is_empty();
    Ok(Scanned { negative, hundredths, complete })
}

impl FromStr for CostOfLiving {
    type Err = ParseColError;

    /// `-10`, `7.5`, `+12.25`, `0`, `.5`, `5.`: an optional sign, digits, and at most two
    /// decimals.
    fn from_str(text: &str) -> Result<CostOfLiving, ParseColError> {
        let scanned = scan(text)?;
        if !scanned.complete {
            return Err(if text.is_empty() { ParseColError::Empty } else { ParseColError::NotANumber });
        }
        // Within ±5,000 after the range check, so the conversion cannot fail.
        let magnitude = i32::try_from(scanned.hundredths).map_err(|_| ParseColError::OutOfRange)?;
        Ok(CostOfLiving(if scanned.negative { -magnitude } else { magnitude }))
    }
}

impl fmt::Display for CostOfLiving {
    /// The shortest form that reads back the same: `-10`, `7.5`, `12.25`, `0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let (whole, cents) = (magnitude / 100, magnitude % 100);
        match cents {
            0 => write!(f, "{sign}{whole}"),
            _ if cents % 10 == 0 => write!(f, "{sign}{whole}.{}", cents / 10),
            _ => write!(f, "{sign}{whole}.{cents:02}"),
        }
    }
}

impl TryFrom<String> for CostOfLiving {
    type Error = ParseColError;

    fn try_from(text: String) -> Result<CostOfLiving, ParseColError> {
        text.parse()
    }
}

impl From<CostOfLiving> for String {
    fn from(col: CostOfLiving) -> String {
        col.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<i32, ParseColError> {
        text.parse::<CostOfLiving>().map(CostOfLiving::hundredths)
    }

    #[test]
    fn accepts_signed_decimals_within_fifty() {
        assert_eq!(parse("-10"), Ok(-1_000));
        assert_eq!(parse("7.5"), Ok(750));
        assert_eq!(parse("+12.25"), Ok(1_225));
        assert_eq!(parse("0"), Ok(0));
        assert_eq!(parse("-0"), Ok(0));
        assert_eq!(parse("50"), Ok(5_000));
        assert_eq!(parse("-50.00"), Ok(-5_000));
        assert_eq!(parse(".5"), Ok(50));
        assert_eq!(parse("-0.05"), Ok(-5));
        assert_eq!(parse("007"), Ok(700));
        // A point with nothing after it, as `.5` has nothing before it (issue 15).
        assert_eq!(parse("5."), Ok(500));
        assert_eq!(parse("-12."), Ok(-1200));
    }

    #[test]
    fn refuses_everything_else() {
        assert_eq!(parse(""), Err(ParseColError::Empty));
        assert_eq!(parse("50.001"), Err(ParseColError::TooManyDecimals));
        assert_eq!(parse("7.125"), Err(ParseColError::TooManyDecimals));
        assert_eq!(parse("50.01"), Err(ParseColError::OutOfRange));
        assert_eq!(parse("-51"), Err(ParseColError::OutOfRange));
        assert_eq!(parse("99999999999999999999"), Err(ParseColError::OutOfRange));
        for text in ["1e1", "nan", "inf", "--5", "+-5", "-", "+", ".", "-.", " 5", "5 ", "5%", "1,5", "٣"] {
            assert_eq!(parse(text), Err(ParseColError::NotANumber), "{text:?}");
        }
    }

    #[test]
    fn display_is_the_shortest_form_that_reads_back() {
        let shown = |hundredths| CostOfLiving::from_hundredths(hundredths).map(|col| col.to_string());
        assert_eq!(shown(-1_000).as_deref(), Some("-10"));
        assert_eq!(shown(750).as_deref(), Some("7.5"));
        assert_eq!(shown(1_225).as_deref(), Some("12.25"));
        assert_eq!(shown(-5).as_deref(), Some("-0.05"));
        assert_eq!(shown(0).as_deref(), Some("0"));
        assert_eq!(shown(5_001), None);
        assert_eq!(CostOfLiving(750).signed(), "+7.5");
        assert_eq!(CostOfLiving(-1_000).signed(), "-10");
        assert_eq!(CostOfLiving(0).signed(), "0");
        for hundredths in -5_000..=5_000 {
            let col = CostOfLiving(hundredths);
            assert_eq!(col.to_string().parse(), Ok(col), "{hundredths}");
        }
    }

    #[test]
    fn prefixes_of_valid_values_are_recognised() {
        for text in ["", "-", "+", ".", "-.", "7.", "50.", "50.0", "-4", "12.2"] {
            assert!(CostOfLiving::is_valid_prefix(text), "{text:?}");
        }
        for text in ["51", "50.1", "7.123", "x", "--", "1e"] {
            assert!(!CostOfLiving::is_valid_prefix(text), "{text:?}");
        }
    }

    #[test]
    fn saves_as_a_string() -> Result<(), ron::Error> {
        let col = CostOfLiving(-1_050);
        assert_eq!(ron::to_string(&col)?, "\"-10.5\"");
        assert_eq!(ron::from_str::<CostOfLiving>("\"7.5\"").ok(), Some(CostOfLiving(750)));
        assert!(ron::from_str::<CostOfLiving>("\"60\"").is_err());
        Ok(())
    }
}
