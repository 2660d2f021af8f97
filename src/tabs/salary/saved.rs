//! The form's inputs as the store keeps them: text, so that the store does not depend on the
//! calculator's types, read back value by value.

use crate::salary::Inputs;
use crate::store::SavedSalary;

/// Salary inputs from their saved text; a value this pmpo cannot read keeps its default.
pub(super) fn inputs(saved: &SavedSalary) -> Inputs {
    let default = Inputs::default();
    Inputs {
        role: saved.role.parse().unwrap_or(default.role),
        level: saved.level.parse().unwrap_or(default.level),
        company: saved.company.parse().unwrap_or(default.company),
        industry: saved.industry.parse().unwrap_or(default.industry),
        col: saved.col.parse().unwrap_or(default.col),
    }
}

/// Salary inputs as the text the store keeps.
pub(super) fn saved(inputs: Inputs) -> SavedSalary {
    SavedSalary {
        role: inputs.role.key().to_string(),
        level: inputs.level.key().to_string(),
        company: inputs.company.key().to_string(),
        industry: inputs.industry.key().to_string(),
        col: inputs.col.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Industry, Level, Role};
    use crate::salary::Company;

    #[test]
    fn salary_inputs_round_trip_through_their_saved_text() {
        let given = Inputs {
            role: Role::Po,
            level: Level::Staff,
            company: Company::BigTech,
            industry: Industry::Healthcare,
            col: "-12.5".parse().expect("a valid percentage"),
        };
        assert_eq!(inputs(&saved(given)), given);
    }

    #[test]
    fn unreadable_saved_salary_values_fall_back_one_by_one() {
        let saved = SavedSalary {
            role: "po".into(),
            level: "ceo".into(),
            company: "big-tech".into(),
            industry: String::new(),
            col: "99".into(),
        };
        let inputs = inputs(&saved);
        assert_eq!((inputs.role, inputs.company), (Role::Po, Company::BigTech), "readable values kept");
        let default = Inputs::default();
        assert_eq!(
            (inputs.level, inputs.industry, inputs.col),
            (default.level, default.industry, default.col)
        );
    }
}
