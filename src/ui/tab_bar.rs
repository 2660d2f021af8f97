//! The tab bar: where each title goes for a given width, so drawing and mouse clicks agree.
//!
//! Titles carry their number key when everything fits that way; narrower terminals drop the
//! numbers, and narrower still show a window of tabs around the active one.

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

/// Where each visible title goes on a bar `width` columns wide.
pub fn layout(width: u16, active: Tab) -> Vec<Slot> {
    let numbered: Vec<String> = Tab::ALL
        .iter()
        .map(|tab| match tab.number() {
            Some(number) => format!(" {number} {} ", tab.title()),
            None => format!(" {} ", tab.title()),
        })
        .collect();
    let plain: Vec<String> = Tab::ALL.iter().map(|tab| format!(" {} ", tab.title())).collect();
    let total = |labels: &[String]| labels.iter().map(|label| label.width()).sum::<usize>();
    let labels = if total(&numbered) <= usize::from(width) { numbered } else { plain };

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

/// Draws the bar.
pub fn render(active: Tab, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let spans: Vec<Span<'_>> = layout(area.width, active)
        .into_iter()
        .map(|slot| {
            let style = if slot.tab == active { theme.tab_active } else { theme.tab_inactive };
            Span::styled(slot.label, style)
        })
        .collect();
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
