//! The knowledge base: its serde model, where it is loaded from, and its semantic validation.
//!
//! Nothing here draws to a terminal; the app and the command line both build on it.

mod chart;
mod error;
mod item_kind;
mod items;
pub mod load;
pub mod model;
mod page_texts;
mod query;
mod role;
pub mod validate;
pub mod version;

pub use error::KbError;
pub use item_kind::ItemKind;
pub use items::{Item, ItemPath, OVERVIEW_SECTIONS, OverviewSection};
pub use model::*;
pub use page_texts::PageText;
pub use query::ParseKeyError;
pub(crate) use query::parse_key;

impl KnowledgeBase {
    /// The knowledge base built into the binary, parsed. It is validated in debug builds and by
    /// the test suite (every test that loads it, `pmpo kb check`); a release build trusts it,
    /// which saves a fifth of the work before the first frame.
    pub fn embedded() -> Result<KnowledgeBase, KbError> {
        if cfg!(debug_assertions) {
            load::parse(load::EMBEDDED_NAME, load::EMBEDDED)
        } else {
            load::parse_unvalidated(load::EMBEDDED_NAME, load::EMBEDDED)
        }
    }
}

/// Formats whole dollars with thousands separators: `$120,000`.
pub fn dollars(amount: u64) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    grouped.push('$');
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

impl std::fmt::Display for DollarRange {
    /// `$90,000–$130,000`, with a `+` when the range is open-ended.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plus = if self.open_ended { "+" } else { "" };
        write!(f, "{}–{}{plus}", dollars(self.low.into()), dollars(self.high.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_group_thousands() {
        assert_eq!(dollars(0), "$0");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(1_000), "$1,000");
        assert_eq!(dollars(120_000), "$120,000");
        assert_eq!(dollars(1_234_567), "$1,234,567");
    }

    #[test]
    fn ranges_show_the_open_end() {
        let range = DollarRange { low: 180_000, high: 250_000, open_ended: true };
        assert_eq!(range.to_string(), "$180,000–$250,000+");
        let range = DollarRange { low: 90_000, high: 130_000, open_ended: false };
        assert_eq!(range.to_string(), "$90,000–$130,000");
    }
}
