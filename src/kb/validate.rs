//! The rules a knowledge base must keep beyond what serde checks: texts that are non-empty and free
//! of control characters, unique well-formed ids, ordered ranges, percentages within 0-100, the
//! salary table complete, contiguous org sizes, org charts of a drawable depth, cross-references
//! that resolve, and synonym groups search can use.
//!
//! The first broken rule is reported with the path of the entry at fault.

use std::collections::HashMap;

use super::model::{Band, DollarRange, KnowledgeBase, Level, PercentRange};

/// A broken rule: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The entry at fault, e.g. `comparison[3].pm`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid { path: path.into(), message: message.into() }
}

/// Checks every rule; the first one broken is returned.
pub fn validate(kb: &KnowledgeBase) -> Result<(), Invalid> {
    check_version(kb)?;
    check_texts(kb)?;
    // The salary table before ids: a level given twice is better told as such than as the
    // duplicate of the id derived from it.
    check_salary(kb)?;
    check_ids(kb)?;
    check_non_empty_lists(kb)?;
    check_orgs(kb)?;
    check_charts(kb)?;
    check_careers(kb)?;
    check_synonyms(kb)
}

/// The most members a synonym group may have, and the most words a member may have: every
/// member of a group a query word belongs to is looked for, so an outsized group would slow
/// every search for its words.
pub const SYNONYM_LIMITS: (usize, usize) = (32, 6);

/// Synonym groups search can use: at least two members each; every member with a word search
/// can match (not only punctuation, not only stop words such as "the", which would make the
/// group match nearly every text); no member twice in a group, as search compares them (folded
/// and stemmed: "Pays" repeats "pay"); and within [`SYNONYM_LIMITS`].
fn check_synonyms(kb: &KnowledgeBase) -> Result<(), Invalid> {
    use crate::search::words::{is_stop_word, stem, words};
    let (max_members, max_words) = SYNONYM_LIMITS;
    for (g, group) in kb.synonyms.iter().enumerate() {
        let path = format!("synonyms[{g}]");
        if group.len() < 2 {
            return Err(invalid(path, "a group needs at least two members to mean anything"));
        }
        if group.len() > max_members {
            return Err(invalid(path, format!("a group has at most {max_members} members")));
        }
        let mut seen: Vec<(Vec<String>, &str)> = Vec::new();
        for (m, member) in group.iter().enumerate() {
            let path = format!("synonyms[{g}][{m}]");
            let folded: Vec<String> = words(member).into_iter().map(|word| word.folded).collect();
            if folded.is_empty() {
                return Err(invalid(path, format!("\"{member}\" has no letter or digit to search for")));
            }
            if folded.iter().all(|word| is_stop_word(word)) {
                return Err(invalid(path, format!("\"{member}\" is only stop words, which search ignores")));
            }
            if folded.len() > max_words {
                return Err(invalid(path, format!("a member has at most {max_words} words")));
            }
            let stems: Vec<String> = folded.iter().map(|word| stem(word).into_owned()).collect();
            if let Some((_, first)) = seen.iter().find(|(known, _)| *known == stems) {
                return Err(invalid(
                    path,
                    format!("\"{member}\" repeats \"{first}\" (search compares words by stem)"),
                ));
            }
            seen.push((stems, member));
        }
    }
    Ok(())
}

/// Version 0 never existed; a version above this pmpo's loads only if it holds nothing new (else
/// the parse has already failed with the reason).
fn check_version(kb: &KnowledgeBase) -> Result<(), Invalid> {
    if kb.version == 0 {
        return Err(invalid("version", "versions start at 1 (a file without `version` is version 1)"));
    }
    Ok(())
}

/// The most rows of boxes an org chart may have: more would not be a chart anyone can read in a
/// terminal, and it bounds the work of laying one out.
pub const MAX_CHART_DEPTH: usize = 8;

/// Org charts are at most [`MAX_CHART_DEPTH`] boxes deep.
fn check_charts(kb: &KnowledgeBase) -> Result<(), Invalid> {
    for (i, model) in kb.orgs.models.iter().enumerate() {
        if let Some(chart) = &model.chart
            && chart.top.depth() > MAX_CHART_DEPTH
        {
            return Err(invalid(
                format!("orgs.models[{i}].chart"),
                format!("{} rows of boxes; a chart may have at most {MAX_CHART_DEPTH}", chart.top.depth()),
            ));
        }
    }
    Ok(())
}

/// Every string in the knowledge base, found by walking its serialised form so that no field can be
/// forgotten: not blank, and no control character but newline and tab (a knowledge base must never
/// be able to send escape sequences to the terminal).
fn check_texts(kb: &KnowledgeBase) -> Result<(), Invalid> {
    let value = serde_json::to_value(kb).map_err(|error| invalid("", error.to_string()))?;
    walk_texts(&value, &mut String::new())
}

fn walk_texts(value: &serde_json::Value, path: &mut String) -> Result<(), Invalid> {
    match value {
        serde_json::Value::String(text) => check_text(text).map_err(|message| invalid(path.clone(), message)),
        serde_json::Value::Array(items) => items.iter().enumerate().try_for_each(|(index, item)| {
            with_segment(path, &format!("[{index}]"), |path| walk_texts(item, path))
        }),
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(name, item)| {
            let segment = if path.is_empty() { name.clone() } else { format!(".{name}") };
            with_segment(path, &segment, |path| walk_texts(item, path))
        }),
        _ => Ok(()),
    }
}

fn with_segment<T>(path: &mut String, segment: &str, f: impl FnOnce(&mut String) -> T) -> T {
    let len = path.len();
    path.push_str(segment);
    let result = f(path);
    path.truncate(len);
    result
}

fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("text is empty".to_string());
    }
    match text.chars().find(|&c| c.is_control() && c != '\n' && c != '\t') {
        Some(c) => Err(format!("text contains the control character U+{:04X}", u32::from(c))),
        None => Ok(()),
    }
}

/// Ids are lowercase kebab-case and unique across the whole knowledge base, because saved state
/// and flashcard history refer to items by id alone.
fn check_ids(kb: &KnowledgeBase) -> Result<(), Invalid> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for item in kb.items() {
        let (path, id) = (format!("{}.id", item.path), item.id);
        let well_formed = id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            return Err(invalid(path, format!("id \"{id}\" must be lowercase letters, digits and dashes")));
        }
        if let Some(first) = seen.get(id) {
            return Err(invalid(path, format!("duplicate id \"{id}\" (first used at {first})")));
        }
        seen.insert(id, path);
    }
    Ok(())
}

/// Lists the app shows as tables and lists must have something in them.
fn check_non_empty_lists(kb: &KnowledgeBase) -> Result<(), Invalid> {
    let lists = [
        ("comparison", kb.comparison.is_empty()),
        ("roles.pm.sections", kb.roles.pm.sections.is_empty()),
        ("roles.pm.skills", kb.roles.pm.skills.is_empty()),
        ("roles.po.sections", kb.roles.po.sections.is_empty()),
        ("roles.po.skills", kb.roles.po.skills.is_empty()),
        ("orgs.models", kb.orgs.models.is_empty()),
        ("careers.pm_ladder", kb.careers.pm_ladder.is_empty()),
        ("careers.po_ladder", kb.careers.po_ladder.is_empty()),
        ("certifications.items", kb.certifications.items.is_empty()),
        ("choose.statements.pm", kb.choose.statements.pm.is_empty()),
        ("choose.statements.po", kb.choose.statements.po.is_empty()),
        ("faq", kb.faq.is_empty()),
    ];
    match lists.iter().find(|(_, empty)| *empty) {
        Some((path, _)) => Err(invalid(*path, "must not be empty")),
        None => Ok(()),
    }
}

fn check_dollars(path: &str, range: &DollarRange) -> Result<(), Invalid> {
    if range.low > range.high {
        return Err(invalid(path, format!("low ({}) is above high ({})", range.low, range.high)));
    }
    Ok(())
}

fn check_percent(path: &str, range: PercentRange) -> Result<(), Invalid> {
    for (end, value) in [("low", range.low), ("high", range.high)] {
        if value > 100 {
            return Err(invalid(
                format!("{path}.{end}"),
                format!("{value} is not a percentage within 0-100"),
            ));
        }
    }
    if range.low > range.high {
        return Err(invalid(path, format!("low ({}) is above high ({})", range.low, range.high)));
    }
    Ok(())
}

/// The salary table has each level exactly once, most junior first, and every range is ordered.
fn check_salary(kb: &KnowledgeBase) -> Result<(), Invalid> {
    check_dollars("overview.headline_salary.pm", &kb.overview.headline_salary.pm)?;
    check_dollars("overview.headline_salary.po", &kb.overview.headline_salary.po)?;
    let salary = &kb.salary;
    for (i, entry) in salary.levels.iter().enumerate() {
        let expected = Level::ALL.get(i);
        if expected != Some(&entry.level) {
            let wanted =
                expected.map_or("no more levels".to_string(), |level| format!("\"{}\"", level.key()));
            return Err(invalid(
                format!("salary.levels[{i}].level"),
                format!(
                    "expected {wanted}: the levels are entry, mid, senior, staff, director, each once, in that order"
                ),
            ));
        }
        for (role, band) in [("pm", &entry.pay.pm), ("po", &entry.pay.po)] {
            if let Band::Range(range) = band {
                check_dollars(&format!("salary.levels[{i}].pay.{role}"), range)?;
            }
        }
    }
    if salary.levels.len() < Level::ALL.len() {
        let missing = Level::ALL[salary.levels.len()].key();
        return Err(invalid("salary.levels", format!("level \"{missing}\" is missing")));
    }
    check_percent("salary.big_tech_total_comp", salary.big_tech_total_comp)?;
    check_percent("salary.industry_premium.percent", salary.industry_premium.percent)?;
    let industries = &salary.industry_premium.industries;
    for (i, industry) in industries.iter().enumerate() {
        if industries[..i].contains(industry) {
            return Err(invalid(
                format!("salary.industry_premium.industries[{i}]"),
                format!("\"{}\" is listed twice", industry.key()),
            ));
        }
    }
    Ok(())
}

/// Org models run from one employee upwards, smallest first, each starting where the previous one
/// ends, the last open-ended: then every company size matches exactly one model (a size on a shared
/// end goes to the smaller model, the first that contains it).
fn check_orgs(kb: &KnowledgeBase) -> Result<(), Invalid> {
    let models = &kb.orgs.models;
    let mut expected_min = 1;
    for (i, model) in models.iter().enumerate() {
        let path = format!("orgs.models[{i}]");
        let last = i + 1 == models.len();
        if model.min_employees != expected_min {
            let message = if i == 0 {
                "the first model must start at 1 employee".to_string()
            } else {
                format!("must start where the previous model ends ({expected_min})")
            };
            return Err(invalid(format!("{path}.min_employees"), message));
        }
        match model.max_employees {
            Some(max) if last => {
                return Err(invalid(
                    format!("{path}.max_employees"),
                    format!("the last model must be open-ended (None), not end at {max}"),
                ));
            }
            Some(max) if max <= model.min_employees => {
                return Err(invalid(
                    format!("{path}.max_employees"),
                    format!("{max} is not above min_employees ({})", model.min_employees),
                ));
            }
            Some(max) => expected_min = max,
            None if !last => {
                return Err(invalid(
                    format!("{path}.max_employees"),
                    "only the last model may be open-ended",
                ));
            }
            None => {}
        }
    }
    Ok(())
}

/// Every transition names rungs that exist.
fn check_careers(kb: &KnowledgeBase) -> Result<(), Invalid> {
    let careers = &kb.careers;
    let rung_exists = |id: &str| careers.pm_ladder.iter().chain(&careers.po_ladder).any(|rung| rung.id == id);
    for (i, transition) in careers.transitions.iter().enumerate() {
        for (end, id) in [("from", &transition.from), ("to", &transition.to)] {
            if !rung_exists(id) {
                return Err(invalid(
                    format!("careers.transitions[{i}].{end}"),
                    format!("no rung has the id \"{id}\""),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_reject_blank_and_control_characters_but_allow_newline_and_tab() {
        assert!(check_text("fine\n\tindented").is_ok());
        assert_eq!(check_text("  \n").unwrap_err(), "text is empty");
        assert_eq!(check_text("a\u{1b}[31m").unwrap_err(), "text contains the control character U+001B");
        assert!(check_text("bell\u{7}").is_err());
        assert!(check_text("nel\u{85}").is_err(), "C1 controls are refused too");
    }

    #[test]
    fn charts_deeper_than_a_terminal_can_show_are_refused() -> Result<(), crate::kb::KbError> {
        use crate::kb::{ChartNode, OrgChart};
        let node = |below: Vec<ChartNode>| ChartNode { title: "Box".into(), below, ..ChartNode::default() };
        let mut kb = KnowledgeBase::embedded()?;
        let mut top = node(Vec::new());
        for _ in 1..MAX_CHART_DEPTH {
            top = node(vec![top]);
        }
        kb.orgs.models[1].chart = Some(OrgChart { top: top.clone() });
        assert_eq!(validate(&kb), Ok(()), "{MAX_CHART_DEPTH} rows are fine");
        kb.orgs.models[1].chart = Some(OrgChart { top: node(vec![top]) });
        let error = validate(&kb).unwrap_err();
        assert_eq!(error.path, "orgs.models[1].chart");
        Ok(())
    }

    #[test]
    fn bad_synonym_groups_are_refused_with_their_place() -> Result<(), Box<dyn std::error::Error>> {
        let kb = KnowledgeBase::embedded()?;
        let group = |members: &[&str]| {
            let mut kb = kb.clone();
            kb.synonyms.push(members.iter().map(|m| (*m).to_string()).collect());
            let last = kb.synonyms.len() - 1;
            (validate(&kb), last)
        };
        let (result, g) = group(&["pay"]);
        assert_eq!(result.map_err(|e| e.path), Err(format!("synonyms[{g}]")));
        let (result, g) = group(&["pay", "Pays"]);
        let error = result.err().ok_or("a repeat")?;
        assert_eq!(error.path, format!("synonyms[{g}][1]"));
        assert!(error.message.contains("repeats \"pay\""), "{}", error.message);
        let (result, _) = group(&["salary", "the"]);
        assert!(result.err().ok_or("stop words")?.message.contains("stop words"));
        let (result, _) = group(&["salary", "&&"]);
        assert!(result.err().ok_or("punctuation")?.message.contains("no letter"));
        let (result, _) = group(&["salary", "a b c d e f g"]);
        assert!(result.err().ok_or("long")?.message.contains("at most"));
        let (result, _) = group(&["salary", "compensation package"]);
        assert!(result.is_ok());
        Ok(())
    }

    #[test]
    fn text_paths_name_the_entry() {
        let value = serde_json::json!({"faq": [{"answer": "ok"}, {"answer": ""}]});
        let error = walk_texts(&value, &mut String::new()).unwrap_err();
        assert_eq!(error.path, "faq[1].answer");
    }
}
