//! Scrolling a list whose rows may be several lines high, so that the selected row stays visible
//! and the view moves only when it has to (as in lazygit), and finding the row under the mouse.
//!
//! The offset is state the tabs keep; these functions are pure so that key handling, drawing and
//! clicks agree on it.

/// The first visible row: `offset` moved just enough that `selected` is fully in view.
pub fn adjust_offset(offset: usize, heights: &[u16], selected: usize, viewport: u16) -> usize {
    if heights.is_empty() {
        return 0;
    }
    let selected = selected.min(heights.len() - 1);
    let mut offset = offset.min(selected);
    while offset < selected && span(&heights[offset..=selected]) > u32::from(viewport) {
        offset += 1;
    }
    // Fill the view from the bottom when rows were removed or the view grew.
    while offset > 0 && span(&heights[offset - 1..]) <= u32::from(viewport) {
        offset -= 1;
    }
    offset
}

fn span(heights: &[u16]) -> u32 {
    heights.iter().map(|&h| u32::from(h)).sum()
}

/// The row drawn at line `y` of the list (0 = the first visible line), if any.
pub fn row_at(heights: &[u16], offset: usize, y: u16) -> Option<usize> {
    let mut top = 0u32;
    for (index, &height) in heights.iter().enumerate().skip(offset) {
        if (top..top + u32::from(height)).contains(&u32::from(y)) {
            return Some(index);
        }
        top += u32::from(height);
    }
    None
}

/// Moves a selection within `len` rows for a movement action; `None` when the action is not one.
pub fn step(selected: usize, len: usize, action: crate::action::Action, page: usize) -> Option<usize> {
    use crate::action::Action;
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let page = page.max(1);
    let next = match action {
        Action::Up | Action::ScrollUp => selected.saturating_sub(1),
        Action::Down | Action::ScrollDown => (selected + 1).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        Action::PageUp => selected.saturating_sub(page),
        Action::PageDown => (selected + page).min(last),
        Action::HalfPageUp => selected.saturating_sub(page.div_ceil(2)),
        Action::HalfPageDown => (selected + page.div_ceil(2)).min(last),
        _ => return None,
    };
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;

    #[test]
    fn the_view_moves_only_when_the_selection_leaves_it() {
        let heights = [3; 10];
        // 4 rows of 3 lines fit in 12.
        assert_eq!(adjust_offset(0, &heights, 3, 12), 0);
        assert_eq!(adjust_offset(0, &heights, 4, 12), 1);
        assert_eq!(adjust_offset(1, &heights, 2, 12), 1, "moving up inside the view keeps it");
        assert_eq!(adjust_offset(5, &heights, 2, 12), 2);
        assert_eq!(adjust_offset(0, &heights, 9, 12), 6);
    }

    #[test]
    fn a_taller_view_fills_from_the_bottom() {
        assert_eq!(adjust_offset(6, &[3; 10], 9, 30), 0);
        assert_eq!(adjust_offset(6, &[3; 10], 9, 21), 3);
    }

    #[test]
    fn a_row_taller_than_the_view_is_shown_from_its_top() {
        assert_eq!(adjust_offset(0, &[1, 50, 1], 1, 10), 1);
        assert_eq!(adjust_offset(0, &[], 3, 10), 0);
    }

    #[test]
    fn clicks_find_rows() {
        let heights = [2, 3, 1];
        assert_eq!(row_at(&heights, 0, 0), Some(0));
        assert_eq!(row_at(&heights, 0, 2), Some(1));
        assert_eq!(row_at(&heights, 0, 5), Some(2));
        assert_eq!(row_at(&heights, 0, 6), None);
        assert_eq!(row_at(&heights, 1, 0), Some(1));
    }

    #[test]
    fn steps_stay_in_range() {
        assert_eq!(step(0, 5, Action::Up, 3), Some(0));
        assert_eq!(step(4, 5, Action::Down, 3), Some(4));
        assert_eq!(step(1, 5, Action::PageDown, 3), Some(4));
        assert_eq!(step(1, 5, Action::Bottom, 3), Some(4));
        assert_eq!(step(1, 5, Action::Toggle, 3), None);
        assert_eq!(step(0, 0, Action::Down, 3), None);
    }
}
