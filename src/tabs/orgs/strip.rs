//! The Orgs tab's line of models (each with its size band when there is room, the one a typed
//! size falls under marked) and the footnote on sizes that sit on a shared end of two bands.

use unicode_width::UnicodeWidthStr;

use crate::kb::{OrgModel, Orgs};

/// A model's size band in a few characters: `1–50`, `500+`.
fn band(model: &OrgModel) -> String {
    match model.max_employees {
        Some(max) => format!("{}–{max}", model.min_employees),
        None => format!("{}+", model.min_employees),
    }
}

/// The one-line footnote on where a size on a shared end of two bands goes, as long as `width`
/// allows: `sizes on a shared end go to the smaller model: 50 → Startup, 500 → Mid-size`.
pub(super) fn boundary_note(orgs: &Orgs, width: usize) -> Option<String> {
    let ends: Vec<String> = orgs
        .models
        .iter()
        .filter_map(|model| model.max_employees.map(|max| format!("{max} → {}", model.name)))
        .collect();
    if ends.is_empty() {
        return None;
    }
    let ends = ends.join(", ");
    [format!(" a size on a shared end goes to the smaller model: {ends} "), format!(" shared ends: {ends} ")]
        .into_iter()
        .find(|note| note.width() <= width)
}

/// One model in the line of models.
pub(super) struct StripItem {
    pub(super) label: String,
    /// The columns it takes, from the line's start (end excluded).
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether the typed size falls under it.
    pub(super) matched: bool,
}

/// Each model's label in the line of models: with its size band when the line has room.
pub(super) fn strip_items(models: &[OrgModel], matching: Option<&str>, width: usize) -> Vec<StripItem> {
    let items = |with_band: bool| {
        let mut x = 0;
        models
            .iter()
            .map(|model| {
                let matched = matching == Some(model.id.as_str());
                let marker = if matched { "◆ " } else { "" };
                let label = if with_band {
                    format!(" {marker}{} {} ", model.name, band(model))
                } else {
                    format!(" {marker}{} ", model.name)
                };
                let start = x;
                x += label.width() + 1;
                StripItem { label, start, end: x - 1, matched }
            })
            .collect::<Vec<_>>()
    };
    let full = items(true);
    if full.last().is_some_and(|item| item.end <= width) { full } else { items(false) }
}
