//! The tab bar: where each title goes for a given width, so drawing and mouse clicks agree.
//!
//! Titles carry their number key, drawn as a key: ` 1 Overview ` when everything fits that way,
//! closer together on narrower terminals (` 1Overview`, as htop labels its function keys, fits
//! all ten in 80 columns), and narrower still a window of tabs around the active one. The
//! numbers are never dropped: the help tells people to press them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::tab::Tab;

/// One title's place on the bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The tab.
    pub tab: Tab,
    /// The column it starts at, relative to the bar.
    pub x: u16,
    /// The label, padding included.
    pub label: String,
}

impl Slot {
    fn width(&self) -> u16 {
        self.label.width() as u16
    }
}

/// A tab's label, from the widest form (0) to the tightest (2).
fn label(tab: Tab, tightness: usize) -> String {
    let title = tab.title();
    match (tab.number(), tightness) {
        (Some(number), 0) => format!(" {number} {title} "),
        (Some(number), 1) => format!(" {number} {title}"),
        (Some(number), _) => format!(" {number}{title}"),
        (None, _) => format!(" {title} "),
    }
}

/// Where each visible title goes on a bar `width` columns wide.
pub fn layout(width: u16, active: Tab) -> Vec<Slot> {
    let total = |labels: &[String]| labels.iter().map(|label| label.width()).sum::<usize>();
    let labels = (0..3)
        .map(|tightness| Tab::ALL.iter().map(|&tab| label(tab, tightness)).collect::<Vec<_>>())
        .find(|labels| total(labels) <= usize::from(width))
        .unwrap_or_else(|| Tab::ALL.iter().map(|&tab| label(tab, 2)).collect());

    // Start as far left as possible while the active tab still fits.
    let active_index = Tab::ALL.iter().position(|&tab| tab == active).unwrap_or(0);
    let mut start = 0;
    while start < active_index && total(&labels[start..=active_index]) > usize::from(width) {
        start += 1;
    }
    let mut slots = Vec::new();
    let mut x = 0u16;
    for (tab, label) in Tab::ALL.iter().zip(labels).skip(start) {
        let slot = Slot { tab: *tab, x, label };
        if usize::from(x) + usize::from(slot.width()) > usize::from(width) {
            break;
        }
        x += slot.width();
        slots.push(slot);
    }
    slots
}

/// The tab whose title is at column `column` of the bar.
pub fn tab_at(width: u16, active: Tab, column: u16) -> Option<Tab> {
    layout(width, active)
        .into_iter()
        .find(|slot| (slot.x..slot.x + slot.width()).contains(&column))
        .map(|slot| slot.tab)
}

/// Draws the bar; an inactive tab's number in the style of a key.
pub fn render(active: Tab, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut spans: Vec<Span<'_>> = Vec::new();
    for slot in layout(area.width, active) {
        if slot.tab == active {
            spans.push(Span::styled(slot.label, theme.tab_active));
            continue;
        }
        let style = theme.tab_inactive;
        match slot.tab.number().and_then(|number| slot.label.split_once(number)) {
            Some((before, after)) => {
                let number = slot.tab.number().map(String::from).unwrap_or_default();
                spans.push(Span::styled(before.to_string(), style));
                spans.push(Span::styled(number, style.patch(theme.key)));
                spans.push(Span::styled(after.to_string(), style));
            }
            None => spans.push(Span::styled(slot.label, style)),
        }
    }
    Line::from(spans).render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_bars_number_every_tab() {
        let slots = layout(200, Tab::Overview);
        assert_eq!(slots.len(), Tab::ALL.len());
        assert_eq!(slots[0].label, " 1 Overview ");
    }

    #[test]
    fn eighty_columns_still_show_every_tab_with_its_number() {
        for &active in Tab::ALL {
            let slots = layout(80, active);
            assert_eq!(slots.len(), Tab::ALL.len(), "{active:?}");
            for slot in &slots {
                let number = slot.tab.number().unwrap_or('?');
                assert!(slot.label.contains(number) && slot.label.contains(slot.tab.title()), "{slot:?}");
            }
        }
        assert_eq!(layout(80, Tab::Overview)[0].label, " 1Overview");
        assert_eq!(layout(90, Tab::Overview)[0].label, " 1 Overview");
    }

    #[test]
    fn narrow_bars_keep_the_active_tab_visible() {
        for width in [10, 20, 30, 40] {
            for &active in Tab::ALL {
                let slots = layout(width, active);
                assert!(slots.iter().any(|slot| slot.tab == active), "{active:?} at {width}");
                let used: u16 = slots.iter().map(Slot::width).sum();
                assert!(used <= width, "{used} > {width}");
            }
        }
    }

    #[test]
    fn clicks_find_the_title_under_the_mouse() {
        assert_eq!(tab_at(200, Tab::Overview, 0), Some(Tab::Overview));
        let second = layout(200, Tab::Overview)[1].x;
        assert_eq!(tab_at(200, Tab::Overview, second), Some(Tab::Compare));
        assert_eq!(tab_at(200, Tab::Overview, 199), None);
    }
}
