//! The two roles, the one closed set every part of pmpo speaks of. A leaf of the model, so that
//! the model and the org charts inside it can both name a role.

use serde::{Deserialize, Serialize};

/// One of the two roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Product Manager.
    Pm,
    /// Product Owner.
    Po,
}

impl Role {
    /// Both roles, PM first.
    pub const ALL: [Role; 2] = [Role::Pm, Role::Po];

    /// The lowercase name used on the command line and in JSON (`pm`, `po`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Pm => "pm",
            Role::Po => "po",
        }
    }

    /// The short label shown to people (`PM`, `PO`).
    pub fn abbreviation(self) -> &'static str {
        match self {
            Role::Pm => "PM",
            Role::Po => "PO",
        }
    }

    /// The full title (`Product Manager`, `Product Owner`).
    pub fn title(self) -> &'static str {
        match self {
            Role::Pm => "Product Manager",
            Role::Po => "Product Owner",
        }
    }

    /// The other role.
    #[must_use]
    pub fn other(self) -> Role {
        match self {
            Role::Pm => Role::Po,
            Role::Po => Role::Pm,
        }
    }
}
