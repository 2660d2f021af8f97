//! The arguments of `pmpo salary`: the calculator's inputs and the offer to place, each checked
//! by clap against its closed set of keys.

use std::str::FromStr;

use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::kb::{Industry, Level, Role};
use crate::salary::{Amount, Basis, Company, CostOfLiving, Inputs};

/// `pmpo salary ...`
#[derive(Debug, Clone, clap::Args)]
#[command(override_usage = "pmpo salary --role <ROLE> --level <LEVEL> [OPTIONS]\n       \
                            pmpo salary --offer <AMOUNT> [OPTIONS]")]
pub struct SalaryArgs {
    /// The role (leave out with --level to list every band that holds --offer)
    #[arg(long, ignore_case = true, value_parser = keys(&Role::ALL, Role::key), required_unless_present = "offer", requires = "level")]
    pub role: Option<Role>,
    /// The level
    #[arg(long, ignore_case = true, value_parser = keys(&Level::ALL, Level::key), required_unless_present = "offer", requires = "role")]
    pub level: Option<Level>,
    /// The kind of company: total compensation is estimated at big-tech companies only
    #[arg(long, ignore_case = true, value_parser = keys(&Company::ALL, Company::key), default_value = "standard")]
    pub company: Company,
    /// The industry: Product Owners earn a premium in finance and healthcare
    #[arg(long, ignore_case = true, value_parser = keys(&Industry::ALL, Industry::key), default_value = "tech")]
    pub industry: Industry,
    /// Cost-of-living adjustment in percent, -50 to 50, at most two decimals (such as -10 or 7.5)
    // Hyphen values, not just negative numbers, so that `--col --5` reaches the parser and gets
    // its message naming the valid values instead of clap's "unexpected argument".
    #[arg(
        long,
        value_name = "PCT",
        value_parser = CostOfLiving::from_str,
        default_value = "0",
        allow_hyphen_values = true
    )]
    pub col: CostOfLiving,
    /// An amount to place in the range, such as 150000, $150,000 or 150k; without --role and
    /// --level, every band that holds it
    // Hyphen values so that `--offer -5` gets the message about negative amounts.
    #[arg(long, value_name = "AMOUNT", value_parser = Amount::from_str, allow_hyphen_values = true)]
    pub offer: Option<Amount>,
    /// What --offer is compared with: base salary, or total compensation (big-tech only)
    #[arg(long, ignore_case = true, value_parser = keys(&Basis::ALL, Basis::key), requires = "offer")]
    pub basis: Option<Basis>,
    /// Print one JSON object instead of text
    #[arg(long)]
    pub json: bool,
}

impl SalaryArgs {
    /// The calculator's inputs; the first role and level when they are left out (the reverse
    /// lookup, which asks about every role and level).
    pub fn inputs(&self) -> Inputs {
        let default = Inputs::default();
        Inputs {
            role: self.role.unwrap_or(default.role),
            level: self.level.unwrap_or(default.level),
            company: self.company,
            industry: self.industry,
            col: self.col,
        }
    }
}

/// A parser that accepts exactly the keys of a closed set, so that clap lists them in `--help` and
/// in the error for an unknown one (exit 2).
fn keys<T>(all: &'static [T], key: fn(T) -> &'static str) -> impl TypedValueParser<Value = T>
where
    T: FromStr + Copy + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    // With `ignore_case` clap accepts `PM` and hands it on as typed: the keys are lower case.
    PossibleValuesParser::new(all.iter().map(|value| key(*value)))
        .try_map(|text| text.to_ascii_lowercase().parse::<T>())
}
