//! A rung's pay in the Careers detail: every level's band of the rung's role, with the level
//! pmpo reads the rung as marked. The source gives pay by level, never by title, so the reading
//! is labelled as pmpo's, and no band is left out (the PO entry band included).

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::kb::{Band, KnowledgeBase, Level, Role};
use crate::ui::Theme;
use crate::ui::wrap::wrap;

/// What marks the level pmpo reads a rung as.
const MARKER: &str = "◀ this rung, as pmpo reads it";

/// Every salary level's band for `role`, one row each, the level pmpo reads the rung as marked:
/// the source gives pay by level, not by title, so the reading is labelled as pmpo's and every
/// band of the role stays in view.
pub(super) fn pay_lines(
    kb: &KnowledgeBase,
    role: Role,
    reading: Level,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let names: Vec<String> = kb
        .salary
        .levels
        .iter()
        .map(|entry| match &entry.experience {
            Some(years) => format!("{} ({years})", entry.name),
            None => entry.name.clone(),
        })
        .collect();
    let name_width = names.iter().map(|name| name.width()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for (entry, name) in kb.salary.levels.iter().zip(names) {
        let band = match entry.pay.get(role) {
            Band::Range(range) => range.to_string(),
            Band::Unavailable { reason } => format!("not available: {reason}"),
        };
        let mut spans = vec![Span::raw(format!("{name:<name_width$}  ")), Span::raw(band)];
        if entry.level == reading {
            spans.push(Span::styled(format!("  {MARKER}"), theme.emphasis));
        }
        let line = Line::from([vec![Span::raw("  ")], spans.clone()].concat());
        if line.width() <= width {
            lines.push(line);
        } else {
            // Too narrow for the columns: wrap, which lets the padding go.
            let hanging = " ".repeat((name_width + 4).min(width / 2));
            lines.extend(wrap(&spans, width, Span::raw("  "), &hanging));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_band_of_the_role_shows_and_only_the_reading_is_marked() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        for role in Role::ALL {
            for rung in kb.careers.ladder(role) {
                for width in [40, 76, 120] {
                    let lines = pay_lines(&kb, role, rung.salary_level, width, &Theme::MONO);
                    let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
                    let all = text.join(" ");
                    for entry in &kb.salary.levels {
                        let band = match entry.pay.get(role) {
                            Band::Range(range) => range.to_string(),
                            Band::Unavailable { .. } => "not available".to_string(),
                        };
                        assert!(all.contains(&band), "{} at {width}: {band} missing in {all}", rung.id);
                    }
                    // The marker comes once, right after the reading's level and its band.
                    let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert_eq!(all.matches(MARKER).count(), 1, "{}: {all}", rung.id);
                    let before = &all[..all.find(MARKER).unwrap_or(0)];
                    let last_level = kb
                        .salary
                        .levels
                        .iter()
                        .filter_map(|entry| before.rfind(&entry.name).map(|at| (at, entry.level)))
                        .max_by_key(|(at, _)| *at)
                        .map(|(_, level)| level);
                    assert_eq!(last_level, Some(rung.salary_level), "{}: {all}", rung.id);
                }
            }
        }
        Ok(())
    }

    #[test]
    fn the_po_entry_band_is_shown_on_the_po_track() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        let po = kb.careers.ladder(Role::Po).first().map_or(Level::Mid, |rung| rung.salary_level);
        let text = pay_lines(&kb, Role::Po, po, 80, &Theme::MONO)
            .iter()
            .map(ToString::to_string)
            .collect::<String>();
        assert!(text.contains("$80,000–$115,000"), "{text}");
        Ok(())
    }
}
