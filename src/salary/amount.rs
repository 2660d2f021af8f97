//! An amount of pay to place against a range: a whole number of US dollars from $1 to
//! $10,000,000, as typed in `pmpo salary --offer` and in the Salary tab's offer field.
//!
//! The text form accepts what people copy from an offer letter or a recruiter's message and
//! nothing else: digits, an optional leading `$`, commas between groups of three digits, and a
//! trailing `k` (or `K`) for thousands: `150000`, `$150,000`, `150k`, `$1,500k`. Decimals,
//! millions (`1.5m`), spaces and signs are refused with a message naming what is accepted, for
//! the same reason the cost of living is strict: a silent misreading would place the wrong
//! number with confidence. `150,00` is refused rather than read as 15,000 or 150,000.

use std::fmt;
use std::str::FromStr;

use crate::kb::dollars;

/// The largest amount accepted, in dollars.
pub const MAX_AMOUNT: u32 = 10_000_000;

/// What a valid amount looks like, for error messages.
pub const VALID_AMOUNT: &str = "expected whole dollars from $1 to $10,000,000: digits, with an optional \
     leading $, commas between thousands and a trailing k for thousands, such as 150000, $150,000 \
     or 150k";

/// A positive whole number of US dollars, at most [`MAX_AMOUNT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Amount(u32);

impl Amount {
    /// The amount of `dollars`, if within $1–$10,000,000.
    pub fn new(dollars: u32) -> Option<Amount> {
        (1..=MAX_AMOUNT).contains(&dollars).then_some(Amount(dollars))
    }

    /// The amount in dollars.
    pub fn dollars(self) -> u64 {
        u64::from(self.0)
    }

    /// Whether `text` is an amount or could become one by typing more characters (`""`, `"$"`,
    /// `"150,0"`), so that an editor can refuse a key that can only lead to an error.
    pub fn is_valid_prefix(text: &str) -> bool {
        scan(text).is_ok()
    }
}

impl fmt::Display for Amount {
    /// `$150,000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&dollars(self.dollars()))
    }
}

/// Why a text is not an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseAmountError {
    /// Nothing was given.
    #[error("no amount given; {VALID_AMOUNT}")]
    Empty,
    /// The text is not written the accepted way.
    #[error("not an amount; {VALID_AMOUNT}")]
    NotAnAmount,
    /// Zero dollars.
    #[error("zero is not an amount to place; {VALID_AMOUNT}")]
    Zero,
    /// A minus sign.
    #[error("negative amounts are refused; {VALID_AMOUNT}")]
    Negative,
    /// Above [`MAX_AMOUNT`].
    #[error("over $10,000,000; {VALID_AMOUNT}")]
    TooLarge,
}

/// A text read so far: its value in dollars (saturating) and whether it is complete (a digit
/// last or a `k` after digits, and no comma group left short).
struct Scanned {
    dollars: u64,
    complete: bool,
}

fn scan(text: &str) -> Result<Scanned, ParseAmountError> {
    if text.starts_with('-') {
        return Err(ParseAmountError::Negative);
    }
    let unsigned = text.strip_prefix('$').unwrap_or(text);
    let (number, thousands) = match unsigned.strip_suffix(['k', 'K']) {
        Some(number) => (number, true),
        None => (unsigned, false),
    };
    let mut groups = number.split(',');
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    // With commas, the first group has one to three digits and every later one exactly three
    // (the last may still be short while it is being typed).
    let grouped = rest.is_empty()
        || ((1..=3).contains(&first.len())
            && rest.iter().enumerate().all(|(i, group)| {
                group.len() == 3 || (i + 1 == rest.len() && group.len() < 3 && !thousands)
            }));
    if !digits(first)
        || !rest.iter().all(|group| digits(group))
        || !grouped
        || (thousands && first.is_empty())
    {
        return Err(ParseAmountError::NotAnAmount);
    }
    let value = std::iter::once(first)
        .chain(rest.iter().copied())
        .flat_map(str::bytes)
        .fold(0u64, |sum, byte| sum.saturating_mul(10).saturating_add(u64::from(byte - b'0')));
    let dollars = if thousands { value.saturating_mul(1_000) } else { value };
    if dollars > u64::from(MAX_AMOUNT) {
        return Err(ParseAmountError::TooLarge);
    }
    let complete = !first.is_empty() && rest.last().is_none_or(|group| group.len() == 3);
    Ok(Scanned { dollars, complete })
}

impl FromStr for Amount {
    type Err = ParseAmountError;

    /// `150000`, `$150,000`, `150k`, `$1,500k`.
    fn from_str(text: &str) -> Result<Amount, ParseAmountError> {
        let scanned = scan(text)?;
        if !scanned.complete {
            return Err(if text.is_empty() {
                ParseAmountError::Empty
            } else {
                ParseAmountError::NotAnAmount
            });
        }
        let dollars = u32::try_from(scanned.dollars).map_err(|_| ParseAmountError::TooLarge)?;
        Amount::new(dollars).ok_or(ParseAmountError::Zero)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<u64, ParseAmountError> {
        text.parse::<Amount>().map(Amount::dollars)
    }

    #[test]
    fn accepts_digits_dollar_sign_commas_and_thousands() {
        assert_eq!(parse("150000"), Ok(150_000));
        assert_eq!(parse("$150,000"), Ok(150_000));
        assert_eq!(parse("150,000"), Ok(150_000));
        assert_eq!(parse("150k"), Ok(150_000));
        assert_eq!(parse("150K"), Ok(150_000));
        assert_eq!(parse("$150k"), Ok(150_000));
        assert_eq!(parse("$1,500k"), Ok(1_500_000));
        assert_eq!(parse("1"), Ok(1));
        assert_eq!(parse("$10,000,000"), Ok(10_000_000));
        assert_eq!(parse("10000k"), Ok(10_000_000));
        assert_eq!(parse("0150000"), Ok(150_000), "leading zeros are only digits");
    }

    #[test]
    fn refuses_everything_else_saying_why() {
        assert_eq!(parse(""), Err(ParseAmountError::Empty));
        assert_eq!(parse("0"), Err(ParseAmountError::Zero));
        assert_eq!(parse("$0k"), Err(ParseAmountError::Zero));
        assert_eq!(parse("-5"), Err(ParseAmountError::Negative));
        assert_eq!(parse("-150k"), Err(ParseAmountError::Negative));
        assert_eq!(parse("10,000,001"), Err(ParseAmountError::TooLarge));
        assert_eq!(parse("10001k"), Err(ParseAmountError::TooLarge));
        assert_eq!(parse("99999999999999999999999"), Err(ParseAmountError::TooLarge));
        for text in [
            "12abc",
            "1.5m",
            "150.5k",
            "150000.00",
            "$",
            "k",
            "$k",
            "150,00",
            "1,5000",
            "1234,000",
            ",150",
            "150,",
            "150kk",
            "k150",
            "150 000",
            " 150",
            "150 ",
            "+150",
            "$$150",
            "150$",
            "150,k",
            "1.5e5",
            "٣",
        ] {
            assert_eq!(parse(text), Err(ParseAmountError::NotAnAmount), "{text:?}");
        }
    }

    #[test]
    fn messages_name_what_is_accepted() {
        for error in [ParseAmountError::Zero, ParseAmountError::NotAnAmount, ParseAmountError::TooLarge] {
            let message = error.to_string();
            assert!(message.contains("$150,000") && message.contains("150k"), "{message}");
        }
    }

    #[test]
    fn prefixes_of_valid_amounts_are_recognised() {
        for text in ["", "$", "1", "150,", "150,0", "150,00", "$1,500,", "150k", "0"] {
            assert!(Amount::is_valid_prefix(text), "{text:?}");
        }
        for text in ["-", "x", "1.", "150,0000", "1234,", "10,000,001", "150kk", "k", "150,0k"] {
            assert!(!Amount::is_valid_prefix(text), "{text:?}");
        }
    }

    #[test]
    fn displays_as_dollars_and_reads_back() {
        let amount = Amount::new(128_700);
        assert_eq!(amount.map(|amount| amount.to_string()).as_deref(), Some("$128,700"));
        assert_eq!(amount.map(|amount| amount.to_string().parse()), Some(Ok(Amount(128_700))));
        assert_eq!(Amount::new(0), None);
        assert_eq!(Amount::new(MAX_AMOUNT + 1), None);
    }
}
