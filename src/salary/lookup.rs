//! The reverse lookup: which roles and levels pay an amount, across both ladders.
//!
//! Every role × level is worked out with the same company, industry and cost of living, and the
//! amount is placed against each band ([`place`]). A band *holds* the amount when the amount is
//! within it, ends included; an amount above a top the article leaves open is not held (the
//! source gives no figure there), though it can be the nearest band.
//!
//! Order is ladder order: the Product Manager's ladder from the most junior level up, then the
//! Product Owner's. A level where a role has no band (PO at director) is skipped, with the
//! knowledge base's reason. When no band holds the amount, the *nearest* band is the one with
//! the smallest dollar distance; a tie goes to the lower level, and at the same level to the
//! Product Manager (ladder order).

use super::{Amount, Basis, Inputs, Outcome, Placement, calculate, place};
use crate::kb::{KnowledgeBase, Level, Role};

/// A band and where the amount sits in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The role.
    pub role: Role,
    /// The level.
    pub level: Level,
    /// The level's name as shown ("Staff / Principal").
    pub level_name: String,
    /// The amount placed against the band.
    pub placement: Placement,
}

/// A role × level with no band, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The role.
    pub role: Role,
    /// The level.
    pub level: Level,
    /// The level's name as shown ("Director+").
    pub level_name: String,
    /// Why, from the knowledge base.
    pub reason: String,
}

/// The answer to "which bands pay this amount?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// The amount looked up.
    pub amount: Amount,
    /// What it was compared with.
    pub basis: Basis,
    /// Every band that holds the amount, in ladder order.
    pub matches: Vec<Found>,
    /// Every role × level with no band, in ladder order.
    pub skipped: Vec<Skipped>,
    /// The nearest band, when none holds the amount (and some band has figures).
    pub nearest: Option<Found>,
}

/// Why a lookup cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BasisError {
    /// Total compensation was asked for where the source gives none.
    #[error(
        "total compensation is estimated only at a major tech company: compare with base \
         salary, or choose the big-tech company"
    )]
    NoTotal,
}

/// Checks that `basis` has figures for `inputs` (total compensation only at big tech).
pub fn check_basis(inputs: Inputs, basis: Basis) -> Result<(), BasisError> {
    if basis.applies_at(inputs.company) { Ok(()) } else { Err(BasisError::NoTotal) }
}

/// Every band that holds `amount` for the company, industry and cost of living of `inputs`
/// (its role and level are ignored), in ladder order.
pub fn lookup(
    kb: &KnowledgeBase,
    inputs: Inputs,
    amount: Amount,
    basis: Basis,
) -> Result<Lookup, BasisError> {
    check_basis(inputs, basis)?;
    let mut placed = Vec::new();
    let mut skipped = Vec::new();
    for role in Role::ALL {
        for level in Level::ALL {
            let breakdown = calculate(kb, inputs.with_role(role).with_level(level));
            let level_name = breakdown.level_name.clone();
            match breakdown.outcome {
                Outcome::Available(estimate) => {
                    // Checked above: the basis has a range at this company.
                    if let Some(range) = basis.range(&estimate) {
                        placed.push(Found { role, level, level_name, placement: place(amount, range) });
                    }
                }
                Outcome::Unavailable { reason } => skipped.push(Skipped { role, level, level_name, reason }),
            }
        }
    }
    let (matches, outside): (Vec<Found>, Vec<Found>) =
        placed.into_iter().partition(|found| found.placement.position.is_some());
    let nearest = if matches.is_empty() { nearest(outside) } else { None };
    Ok(Lookup { amount, basis, matches, skipped, nearest })
}

/// The band with the smallest distance; ties to the lower level, then ladder order.
fn nearest(candidates: Vec<Found>) -> Option<Found> {
    let level_index = |level: Level| Level::ALL.iter().position(|&other| other == level);
    // `min_by_key` keeps the first of equal keys, and candidates come in ladder order.
    candidates.into_iter().min_by_key(|found| (found.placement.distance, level_index(found.level)))
}

impl Found {
    /// "Product Manager, Mid-Level".
    pub fn name(&self) -> String {
        format!("{}, {}", self.role.title(), self.level_name)
    }
}

impl Lookup {
    /// What the lookup found, in a sentence: "4 bands hold $150,000 (base salary)." or, when
    /// none does, which band is nearest and how far.
    pub fn summary(&self) -> String {
        let (amount, basis) = (self.amount, self.basis.label());
        match (self.matches.len(), &self.nearest) {
            (1, _) => format!("1 band holds {amount} ({basis})."),
            (0, Some(nearest)) => {
                let placement = &nearest.placement;
                let range = placement.range;
                let distance = crate::kb::dollars(placement.distance);
                let side = match placement.verdict {
                    super::Verdict::Below => format!("{distance} below its bottom"),
                    super::Verdict::AboveOpenTop => {
                        format!("{distance} above its top, which the article leaves open")
                    }
                    super::Verdict::Above | super::Verdict::Within => format!("{distance} above its top"),
                };
                format!(
                    "No band holds {amount} ({basis}). The nearest is {} at {range}, {side}.",
                    nearest.name()
                )
            }
            (0, None) => format!("No band holds {amount} ({basis}): the knowledge base gives no figures."),
            (count, _) => format!("{count} bands hold {amount} ({basis})."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Band, DollarRange};
    use crate::salary::{Company, Position, Verdict};

    fn kb() -> KnowledgeBase {
        KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"))
    }

    fn amount(dollars: u32) -> Amount {
        Amount::new(dollars).unwrap_or_else(|| panic!("{dollars}"))
    }

    fn names(found: &[Found]) -> Vec<(Role, Level, Option<u16>)> {
        found.iter().map(|f| (f.role, f.level, f.placement.position.map(Position::tenths))).collect()
    }

    fn look(kb: &KnowledgeBase, dollars: u32) -> Lookup {
        lookup(kb, Inputs::default(), amount(dollars), Basis::Base).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn every_band_that_holds_the_amount_in_ladder_order() {
        let found = look(&kb(), 150_000);
        // PM mid $120,000–$170,000: 30,000 / 50,000 = 60 %; PM senior starts at $150,000; PO
        // senior $130,000–$170,000: 20,000 / 40,000 = 50 %; PO staff starts at $150,000.
        assert_eq!(
            names(&found.matches),
            [
                (Role::Pm, Level::Mid, Some(600)),
                (Role::Pm, Level::Senior, Some(0)),
                (Role::Po, Level::Senior, Some(500)),
                (Role::Po, Level::Staff, Some(0)),
            ]
        );
        assert_eq!(found.nearest, None);
        assert_eq!(found.summary(), "4 bands hold $150,000 (base salary).");
        let skipped: Vec<_> = found.skipped.iter().map(|s| (s.role, s.level)).collect();
        assert_eq!(skipped, [(Role::Po, Level::Director)]);
        assert!(found.skipped[0].reason.contains("PM track"));
    }

    #[test]
    fn none_holds_it_names_the_nearest_band() {
        let kb = kb();
        // Below every band: PO entry starts at $80,000, $30,000 away; PM entry at $90,000.
        let low = look(&kb, 50_000);
        assert!(low.matches.is_empty());
        assert_eq!(
            low.nearest.as_ref().map(|n| (n.role, n.level, n.placement.distance)),
            Some((Role::Po, Level::Entry, 30_000))
        );
        assert_eq!(
            low.summary(),
            "No band holds $50,000 (base salary). The nearest is Product Owner, Entry / Associate at \
             $80,000–$115,000, $30,000 below its bottom."
        );
        // Above every band: PM director tops out at $350,000, open-ended.
        let high = look(&kb, 400_000);
        let nearest = high.nearest.as_ref().map(|n| (n.role, n.level, n.placement.verdict));
        assert_eq!(nearest, Some((Role::Pm, Level::Director, Verdict::AboveOpenTop)));
        assert!(
            high.summary().ends_with("$50,000 above its top, which the article leaves open."),
            "{}",
            high.summary()
        );
    }

    /// The embedded knowledge base with every band far away but the ones given.
    fn with_bands(bands: &[(Role, Level, u32, u32)]) -> KnowledgeBase {
        let mut kb = kb();
        for entry in &mut kb.salary.levels {
            for role in Role::ALL {
                let far = Band::Range(DollarRange { low: 5_000_000, high: 6_000_000, open_ended: false });
                let band = bands
                    .iter()
                    .find(|(r, l, ..)| *r == role && *l == entry.level)
                    .map_or(far, |&(.., low, high)| {
                        Band::Range(DollarRange { low, high, open_ended: false })
                    });
                match role {
                    Role::Pm => entry.pay.pm = band,
                    Role::Po => entry.pay.po = band,
                }
            }
        }
        kb
    }

    #[test]
    fn the_nearest_is_the_smallest_distance_and_ties_go_to_the_lower_level() {
        let nearest = |kb: &KnowledgeBase, dollars| {
            look(kb, dollars).nearest.map(|n| (n.role, n.level, n.placement.distance))
        };
        // $120,000 is $10,000 above PM entry and $10,000 below PM mid: the lower level.
        let kb = with_bands(&[
            (Role::Pm, Level::Entry, 100_000, 110_000),
            (Role::Pm, Level::Mid, 130_000, 140_000),
        ]);
        assert_eq!(nearest(&kb, 120_000), Some((Role::Pm, Level::Entry, 10_000)));
        // One dollar closer to PM mid: the smallest distance wins whatever the level.
        assert_eq!(nearest(&kb, 120_001), Some((Role::Pm, Level::Mid, 9_999)));
        // A tie between PM mid and PO entry goes to PO entry, the lower level, though the PM's
        // ladder comes first.
        let kb = with_bands(&[
            (Role::Po, Level::Entry, 100_000, 110_000),
            (Role::Pm, Level::Mid, 130_000, 140_000),
        ]);
        assert_eq!(nearest(&kb, 120_000), Some((Role::Po, Level::Entry, 10_000)));
        // At the same level, the PM (ladder order).
        let kb = with_bands(&[
            (Role::Po, Level::Senior, 100_000, 110_000),
            (Role::Pm, Level::Senior, 130_000, 140_000),
        ]);
        assert_eq!(nearest(&kb, 120_000), Some((Role::Pm, Level::Senior, 10_000)));
    }

    #[test]
    fn total_compensation_only_at_big_tech() {
        let kb = kb();
        let standard = Inputs::default();
        assert_eq!(lookup(&kb, standard, amount(300_000), Basis::Total), Err(BasisError::NoTotal));
        // At big tech, PM senior's total is $195,000–$320,000: (300,000 − 195,000) / 125,000 = 84 %.
        let big_tech = Inputs { company: Company::BigTech, ..standard };
        let found =
            lookup(&kb, big_tech, amount(300_000), Basis::Total).unwrap_or_else(|error| panic!("{error}"));
        let senior = found.matches.iter().find(|f| f.role == Role::Pm && f.level == Level::Senior);
        assert_eq!(senior.and_then(|f| f.placement.position).map(Position::tenths), Some(840));
        assert!(found.summary().ends_with("hold $300,000 (total compensation)."), "{}", found.summary());
    }
}
