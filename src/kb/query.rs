//! Small lookups over the model that the command line, the app, search and study all share.

use std::str::FromStr;

use super::model::{
    Careers, Industry, KnowledgeBase, Level, OrgModel, Orgs, Role, Rung, Salary, SalaryLevel,
};
use super::validate;

impl KnowledgeBase {
    /// Every item id in the knowledge base (aspects, sections, skills, scope questions, org models,
    /// rungs, transitions, moves, salary notes, certifications, statements, FAQ entries): what a
    /// bookmark may refer to. The same list the validator checks for uniqueness, so they never drift.
    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        validate::ids(self).into_iter().map(|(_, id, _)| id)
    }

    /// What the item `id` is called (its name, title, question or text), for notices and lists.
    pub fn item_title(&self, id: &str) -> Option<&str> {
        validate::ids(self).into_iter().find(|(_, item, _)| *item == id).map(|(_, _, title)| title)
    }

    /// The key of the tab that shows the item `id` (`compare`, `roles`, `orgs`, `careers`,
    /// `salary`, `certs`, `choose`, `faq`), for jumping back to a bookmark. Read from where the
    /// item sits in the knowledge base, so a new kind of item cannot be forgotten silently: it
    /// gets `None` until it is given a tab here.
    pub fn item_tab(&self, id: &str) -> Option<&'static str> {
        let (path, _, _) = validate::ids(self).into_iter().find(|(_, item, _)| *item == id)?;
        let section = path.split(['.', '[']).next().unwrap_or_default();
        Some(match section {
            "comparison" => "compare",
            "roles" => "roles",
            "orgs" => "orgs",
            "careers" => "careers",
            "salary" => "salary",
            "certifications" => "certs",
            "choose" => "choose",
            "faq" => "faq",
            _ => return None,
        })
    }
}

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

    #[test]
    fn item_ids_cover_every_kind_of_item() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let ids: Vec<&str> = kb.item_ids().collect();
        for id in ["aspect-origin", "pm-vision-roadmap", "skill-po-backlog", "scope-both", "org-startup"] {
            assert!(ids.contains(&id), "{id}");
        }
        for id in ["rung-cpo", "transition-safe-po-to-pm", "move-agile-coach", "note-big-tech-total-comp"] {
            assert!(ids.contains(&id), "{id}");
        }
        for id in ["cert-reforge", "choose-po-craft", "faq-po-misconception"] {
            assert!(ids.contains(&id), "{id}");
        }
        // 11 aspects, 8 role sections, 20 skills, 2 overlap sections, 3 scope questions, 3 org
        // models, 10 rungs, 2 transitions, 6 moves, 4 notes, 8 certs, 14 statements, 8 FAQ = 99.
        assert_eq!(ids.len(), 99);
        Ok(())
    }

    #[test]
    fn every_item_has_a_tab() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        for id in kb.item_ids() {
            assert!(kb.item_tab(id).is_some(), "{id} has no tab");
        }
        let tab = |id| kb.item_tab(id);
        assert_eq!(tab("aspect-origin"), Some("compare"));
        assert_eq!(tab("skill-po-backlog"), Some("roles"));
        assert_eq!(tab("scope-both"), Some("roles"));
        assert_eq!(tab("org-startup"), Some("orgs"));
        assert_eq!(tab("rung-cpo"), Some("careers"));
        assert_eq!(tab("move-agile-coach"), Some("careers"));
        assert_eq!(tab("note-big-tech-total-comp"), Some("salary"));
        assert_eq!(tab("cert-reforge"), Some("certs"));
        assert_eq!(tab("choose-po-craft"), Some("choose"));
        assert_eq!(tab("faq-po-misconception"), Some("faq"));
        assert_eq!(tab("no-such-item"), None);
        Ok(())
    }
}
