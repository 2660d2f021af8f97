//! An org model drawn as a chart: who sits where, who works with whom and what passes between
//! them, as a tree of boxes from the top of the organisation down.
//!
//! Charts were added after pmpo 0.1, so an org model may have none (a knowledge base dumped by
//! 0.1 keeps loading); the app then says so instead of drawing. Only data lives here: laying a
//! chart out as text is `doc::chart`'s job.

use serde::{Deserialize, Serialize};

use super::role::Role;

/// A chart of one org model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgChart {
    /// The box at the top; everyone else hangs below it.
    pub top: ChartNode,
}

/// One box of a chart and the boxes below it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartNode {
    /// Who sits in the box ("Product Manager", "Scrum team").
    pub title: String,
    /// Which of the two roles the box holds: none (a team), one, or both (one person doing both
    /// jobs). Drawn as a `PM` / `PO` / `PM+PO` tag, so the role reads without colour.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Where the box sits in the organisation ("program level"), shown beside its row.
    #[serde(default)]
    pub level: Option<String>,
    /// What the box does or owns, a few words each.
    #[serde(default)]
    pub duties: Vec<String>,
    /// The box is not always there (a second PO, roles a company "may" have): drawn dashed.
    #[serde(default)]
    pub optional: bool,
    /// The box stands for several people or teams alike: drawn as a stack.
    #[serde(default)]
    pub several: bool,
    /// What passes between this box and the boxes below it.
    #[serde(default)]
    pub flows: Vec<Flow>,
    /// The boxes below, left to right.
    #[serde(default)]
    pub below: Vec<ChartNode>,
}

/// Something that passes between a box and the boxes below it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// Which way it goes.
    pub direction: FlowDirection,
    /// What it is ("strategic direction").
    pub text: String,
}

/// Which way a [`Flow`] goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlowDirection {
    /// From the upper box to the ones below.
    Down,
    /// From the boxes below to the upper one.
    Up,
    /// Both ways: the boxes work together.
    Both,
}

impl FlowDirection {
    /// The arrow drawn before the flow's text.
    pub fn arrow(self) -> &'static str {
        match self {
            FlowDirection::Down => "↓",
            FlowDirection::Up => "↑",
            FlowDirection::Both => "↕",
        }
    }
}

impl ChartNode {
    /// The role tag shown in the box (`PM`, `PO`, `PM+PO`), empty for a box without a role.
    pub fn tag(&self) -> String {
        self.roles.iter().map(|role| role.abbreviation()).collect::<Vec<_>>().join("+")
    }

    /// How many rows of boxes hang from this one, itself included.
    pub fn depth(&self) -> usize {
        1 + self.below.iter().map(ChartNode::depth).max().unwrap_or(0)
    }
}
