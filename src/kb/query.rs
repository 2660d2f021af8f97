//! Small lookups over the model that the command line, the app, search and study all share.

use super::model::{Careers, KnowledgeBase, Level, OrgModel, Orgs, Role, Rung, Salary, SalaryLevel};
use super::validate;

impl KnowledgeBase {
    /// Every item id in the knowledge base (aspects, sections, skills, scope questions, org models,
    /// rungs, transitions, moves, salary notes, certifications, statements, FAQ entries): what a
    /// bookmark may refer to. The same list the validator checks for uniqueness, so they never drift.
    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        validate::ids(self).into_iter().map(|(_, id)| id)
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

#[cfg(test)]
mod tests {
    use crate::kb::KnowledgeBase;

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
}
