//! The sentences that `pmpo salary` and the Salary tab both show, written once so that the two
//! faces of the calculator say the same thing in the same words.

use super::{Breakdown, Inputs, Outcome};
use crate::kb::{Industry, KnowledgeBase, Level};

/// How the figures are rounded, said under the working.
pub const ROUNDING: &str = "Rounded once, at the end, to whole dollars (halves away from zero).";

/// What the figures are and where they come from, from the knowledge base's source:
/// "Figures: the article's US base-salary ranges (Best PM Jobs, February 2026)."
pub fn figures_source(kb: &KnowledgeBase) -> String {
    let source = &kb.source;
    format!("Figures: the article's US base-salary ranges ({}, {}).", source.publisher, source.last_updated)
}

/// The level's name with its years of experience where the source gives them ("Senior, 5–8
/// yrs"), or the name alone ("Staff / Principal").
pub fn level_with_experience(kb: &KnowledgeBase, level: Level) -> String {
    let name = kb.salary.level_name(level);
    match kb.salary.level(level).and_then(|entry| entry.experience.as_deref()) {
        Some(years) => format!("{name}, {years}"),
        None => name.to_string(),
    }
}

/// An industry's name, the same in the form, the working and `pmpo salary` ("Finance").
pub fn industry_label(industry: Industry) -> &'static str {
    match industry {
        Industry::Tech => "Technology",
        Industry::Finance => "Finance",
        Industry::Healthcare => "Healthcare",
    }
}

/// Why an industry with a premium changed nothing, when it did not: the premium is the article's
/// for one role only ("Finance: no industry premium for a Product Manager; the
/// article's premium, low +10% and high +15%, is for Product Owners only."). `None` when the
/// premium applied or the industry has none.
pub fn premium_elsewhere(kb: &KnowledgeBase, inputs: Inputs) -> Option<String> {
    let premium = &kb.salary.industry_premium;
    (premium.role != inputs.role && premium.industries.contains(&inputs.industry)).then(|| {
        format!(
            "{}: no industry premium for a {}; the article's premium, low +{}% and high +{}%, is for {}s only.",
            industry_label(inputs.industry),
            inputs.role.title(),
            premium.percent.low,
            premium.percent.high,
            premium.role.title(),
        )
    })
}

impl Breakdown {
    /// "Product Owner at Director+: not available." when the role has no band at the level.
    pub fn not_available(&self) -> Option<String> {
        match self.outcome {
            Outcome::Unavailable { .. } => {
                Some(format!("{} at {}: not available.", self.inputs.role.title(), self.level_name))
            }
            Outcome::Available(_) => None,
        }
    }

    /// Why the role has no band at the level, from the knowledge base.
    pub fn reason(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Unavailable { reason } => Some(reason),
            Outcome::Available(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Role;
    use crate::salary::{Inputs, calculate};

    fn kb() -> KnowledgeBase {
        KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn sentences_come_from_the_knowledge_base() {
        let mut kb = kb();
        assert_eq!(
            figures_source(&kb),
            "Figures: the article's US base-salary ranges (Best PM Jobs, February 2026)."
        );
        assert_eq!(level_with_experience(&kb, Level::Senior), "Senior, 5–8 yrs");
        assert_eq!(level_with_experience(&kb, Level::Staff), "Staff / Principal");
        // A knowledge base with another source says so: nothing is hard-coded.
        kb.source.publisher = "Elsewhere".to_string();
        kb.source.last_updated = "May 2031".to_string();
        assert_eq!(
            figures_source(&kb),
            "Figures: the article's US base-salary ranges (Elsewhere, May 2031)."
        );
    }

    #[test]
    fn only_an_unavailable_role_says_so() {
        let kb = kb();
        let po_director =
            calculate(&kb, Inputs { role: Role::Po, level: Level::Director, ..Inputs::default() });
        assert_eq!(
            po_director.not_available().as_deref(),
            Some("Product Owner at Director+: not available.")
        );
        assert!(po_director.reason().is_some_and(|reason| reason.contains("PM track")));
        let pm_director = calculate(&kb, Inputs { level: Level::Director, ..Inputs::default() });
        assert_eq!((pm_director.not_available(), pm_director.reason()), (None, None));
    }
}
