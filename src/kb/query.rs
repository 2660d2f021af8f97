//! Small lookups over the model that the command line, the app, search and study all share.

use std::str::FromStr;

use super::model::{Careers, Industry, Level, OrgModel, Orgs, Role, Rung, Salary, SalaryLevel};

impl Orgs {
    /// The model a company of `employees` people falls under: the first, smallest-first, whose
    /// range contains it, so a size on a shared end (50, 500) goes to the smaller model.
    /// `None` for zero employees.
    pub fn model_for(&self, employees: u32) -> Option<&OrgModel> {
        self.models.iter().find(|model| model.contains(employees))
    }
}

impl OrgModel {
    /// Whether a company of `employees` people is within this model's range (ends included).
    pub fn contains(&self, employees: u32) -> bool {
        employees >= self.min_employees && self.max_employees.is_none_or(|max| employees <= max)
    }

    /// The range as the source gives it: `1–50 employees`, `500+ employees`.
    pub fn size_label(&self) -> String {
        match self.max_employees {
            Some(max) => format!("{}–{max} employees", self.min_employees),
            None => format!("{}+ employees", self.min_employees),
        }
    }
}

impl Careers {
    /// The rung with `id` and the role whose ladder holds it.
    pub fn rung(&self, id: &str) -> Option<(Role, &Rung)> {
        Role::ALL
            .into_iter()
            .find_map(|role| self.ladder(role).iter().find(|rung| rung.id == id).map(|rung| (role, rung)))
    }
}

impl Salary {
    /// The level's display name ("Staff / Principal"), or its key when the table lacks it.
    pub fn level_name(&self, level: Level) -> &str {
        self.level(level).map_or(level.key(), |entry: &SalaryLevel| entry.name.as_str())
    }
}

/// A name that is not one of a closed set's keys (`pmpo salary --role cto`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} \"{given}\": expected one of {expected}")]
pub struct ParseKeyError {
    /// What was being named ("role").
    pub kind: &'static str,
    /// What was given.
    pub given: String,
    /// The valid keys, comma-separated.
    pub expected: String,
}

/// The value in `all` whose key is `text`, exactly (keys are lowercase, as saved and as typed).
pub(crate) fn parse_key<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    kind: &'static str,
    text: &str,
) -> Result<T, ParseKeyError> {
    all.iter().copied().find(|value| key(*value) == text).ok_or_else(|| ParseKeyError {
        kind,
        given: text.to_string(),
        expected: all.iter().map(|value| key(*value)).collect::<Vec<_>>().join(", "),
    })
}

impl FromStr for Role {
    type Err = ParseKeyError;

    /// `pm` or `po`.
    fn from_str(text: &str) -> Result<Role, ParseKeyError> {
        parse_key(&Role::ALL, Role::key, "role", text)
    }
}

impl FromStr for Level {
    type Err = ParseKeyError;

    /// `entry`, `mid`, `senior`, `staff` or `director`.
    fn from_str(text: &str) -> Result<Level, ParseKeyError> {
        parse_key(&Level::ALL, Level::key, "level", text)
    }
}

impl FromStr for Industry {
    type Err = ParseKeyError;

    /// `tech`, `finance` or `healthcare`.
    fn from_str(text: &str) -> Result<Industry, ParseKeyError> {
        parse_key(&Industry::ALL, Industry::key, "industry", text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    #[test]
    fn keys_read_back_and_unknown_ones_name_the_valid_keys() {
        for role in Role::ALL {
            assert_eq!(role.key().parse(), Ok(role));
        }
        for level in Level::ALL {
            assert_eq!(level.key().parse(), Ok(level));
        }
        for industry in Industry::ALL {
            assert_eq!(industry.key().parse(), Ok(industry));
        }
        let error = "PM".parse::<Role>().err().map(|error| error.to_string());
        assert_eq!(error.as_deref(), Some("unknown role \"PM\": expected one of pm, po"));
        let error = "vp".parse::<Level>().err().map(|error| error.to_string());
        assert_eq!(
            error.as_deref(),
            Some("unknown level \"vp\": expected one of entry, mid, senior, staff, director")
        );
        assert!("retail".parse::<Industry>().is_err());
    }

    #[test]
    fn sizes_on_a_shared_end_go_to_the_smaller_model() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let model = |size| kb.orgs.model_for(size).map(|m| m.id.as_str());
        assert_eq!(model(0), None);
        assert_eq!(model(1), Some("org-startup"));
        assert_eq!(model(50), Some("org-startup"));
        assert_eq!(model(51), Some("org-mid-size"));
        assert_eq!(model(500), Some("org-mid-size"));
        assert_eq!(model(501), Some("org-enterprise"));
        assert_eq!(model(u32::MAX), Some("org-enterprise"));
        Ok(())
    }
}
