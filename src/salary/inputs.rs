//! What the calculator is asked: role, level, company type, industry and cost of living.
//!
//! Every input has a lowercase key (as typed on the command line and saved between runs), a
//! `FromStr` that reads the key back, and an `ALL` list in display order for cycling in a form.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::CostOfLiving;
use crate::kb::{Industry, Level, ParseKeyError, Role, parse_key};

/// The kind of company: whether the source's total-compensation figure applies.
///
/// Saved as its key in a string: `big-tech` is not a RON identifier (RON would write `r#big-tech`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Company {
    /// Any company other than the major tech ones: base salary only.
    #[default]
    Standard,
    /// A major tech company (FAANG and similar), where the source estimates total compensation.
    BigTech,
}

impl Company {
    /// Both kinds, the default first.
    pub const ALL: [Company; 2] = [Company::Standard, Company::BigTech];

    /// The name used on the command line, in JSON and in saved state (`standard`, `big-tech`).
    pub fn key(self) -> &'static str {
        match self {
            Company::Standard => "standard",
            Company::BigTech => "big-tech",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Company::Standard => "Standard company",
            Company::BigTech => "Major tech company",
        }
    }
}

impl FromStr for Company {
    type Err = ParseKeyError;

    /// `standard` or `big-tech`.
    fn from_str(text: &str) -> Result<Company, ParseKeyError> {
        parse_key(&Company::ALL, Company::key, "company", text)
    }
}

impl TryFrom<String> for Company {
    type Error = ParseKeyError;

    fn try_from(text: String) -> Result<Company, ParseKeyError> {
        text.parse()
    }
}

impl From<Company> for String {
    fn from(company: Company) -> String {
        company.key().to_string()
    }
}

impl fmt::Display for Company {
    /// The key, so that the text reads back with `FromStr`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One salary question. The default is the first value of each input and no cost-of-living
/// adjustment; saved state missing a field falls back to that field's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Inputs {
    /// Product Manager or Product Owner.
    pub role: Role,
    /// The seniority level.
    pub level: Level,
    /// Standard or big-tech company.
    pub company: Company,
    /// The industry (for the PO premium).
    pub industry: Industry,
    /// The cost-of-living adjustment.
    pub col: CostOfLiving,
}

impl Default for Inputs {
    fn default() -> Inputs {
        Inputs {
            role: Role::Pm,
            level: Level::Entry,
            company: Company::Standard,
            industry: Industry::Tech,
            col: CostOfLiving::ZERO,
        }
    }
}

impl Inputs {
    /// The same question for another role (the tab shows the other role beside the chosen one).
    #[must_use]
    pub fn with_role(self, role: Role) -> Inputs {
        Inputs { role, ..self }
    }

    /// The same question at another level (the chart shows every level).
    #[must_use]
    pub fn with_level(self, level: Level) -> Inputs {
        Inputs { level, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_keys_read_back() {
        for company in Company::ALL {
            assert_eq!(company.to_string().parse(), Ok(company));
        }
        assert_eq!("big-tech".parse(), Ok(Company::BigTech));
        let error = "faang".parse::<Company>().err().map(|error| error.to_string());
        assert_eq!(error.as_deref(), Some("unknown company \"faang\": expected one of standard, big-tech"));
    }

    #[test]
    fn inputs_save_with_keys_and_fill_missing_fields() -> Result<(), Box<dyn std::error::Error>> {
        let inputs = Inputs {
            role: Role::Po,
            level: Level::Senior,
            company: Company::BigTech,
            industry: Industry::Finance,
            col: "-10.5".parse()?,
        };
        let text = ron::to_string(&inputs)?;
        assert_eq!(text, "(role:po,level:senior,company:\"big-tech\",industry:finance,col:\"-10.5\")");
        assert_eq!(ron::from_str::<Inputs>(&text)?, inputs);
        let partial: Inputs = ron::from_str("(role: po)")?;
        assert_eq!(partial, Inputs { role: Role::Po, ..Inputs::default() });
        Ok(())
    }
}
