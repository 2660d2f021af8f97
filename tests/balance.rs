//! No tab leaves a block of empty rows in one pane while another pane's content is cut (it shows
//! a scrollbar): checked on every tab at the sizes people use, in the states the screenshots
//! show. Issue 12 found Careers at 110×32 standing its ladders on ten empty rows beside a detail
//! wrapped into a long, cut column, and Compare at 120×40 cutting its table beside a detail pane
//! of thirty empty rows.

mod support;

use pmpo::tab::Tab;

/// The most empty rows in a row a pane may show while another pane is cut.
const MOST_EMPTY_ROWS: usize = 5;

/// A framed pane found on screen: its inside, and whether its right edge carries a scrollbar
/// thumb (content cut).
struct Pane {
    left: usize,
    right: usize,
    top: usize,
    bottom: usize,
    cut: bool,
}

/// The rounded panes of a frame, found by their corners.
fn panes(grid: &[Vec<char>]) -> Vec<Pane> {
    let at = |x: usize, y: usize| grid.get(y).and_then(|row| row.get(x)).copied().unwrap_or(' ');
    let mut found = Vec::new();
    for (y, row) in grid.iter().enumerate() {
        for (x, &c) in row.iter().enumerate() {
            if c != '╭' {
                continue;
            }
            let Some(right) = (x + 1..row.len()).find(|&r| at(r, y) == '╮') else { continue };
            let Some(bottom) = (y + 1..grid.len()).find(|&b| at(x, b) == '╰') else { continue };
            let cut = (y + 1..bottom).any(|r| at(right, r) == '█');
            found.push(Pane { left: x + 1, right: right - 1, top: y + 1, bottom: bottom - 1, cut });
        }
    }
    found
}

/// The longest run of rows inside `pane` with nothing in them.
fn empty_rows(grid: &[Vec<char>], pane: &Pane) -> usize {
    let blank = |y: usize| {
        grid.get(y).is_some_and(|row| (pane.left..=pane.right).all(|x| row.get(x).is_none_or(|c| *c == ' ')))
    };
    let (mut longest, mut run) = (0, 0);
    for y in pane.top..=pane.bottom {
        run = if blank(y) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Why a frame is unbalanced, if it is.
fn unbalanced(text: &str) -> Option<String> {
    let grid: Vec<Vec<char>> = text.lines().map(|line| line.chars().collect()).collect();
    let panes = panes(&grid);
    let cut = panes.iter().position(|pane| pane.cut)?;
    panes.iter().enumerate().find_map(|(i, pane)| {
        let empty = empty_rows(&grid, pane);
        (i != cut && empty > MOST_EMPTY_ROWS)
            .then(|| format!("pane {i} has {empty} empty rows while pane {cut} is cut"))
    })
}

#[test]
fn the_checker_sees_an_unbalanced_frame() {
    let frame = "\
╭ a ─╮╭ b ─╮
│ x  ││ y  █
│    ││ y  █
│    ││ y  │
│    ││ y  │
│    ││ y  │
│    ││ y  │
│    ││ y  │
╰────╯╰────╯";
    assert!(unbalanced(frame).is_some());
    assert!(unbalanced(&frame.replace('█', "│")).is_none(), "nothing cut: empty rows are fine");
}

#[test]
fn no_tab_leaves_empty_rows_while_content_is_cut() {
    let states: Vec<(Tab, &str)> = Tab::ALL
        .iter()
        .map(|&tab| (tab, ""))
        .chain([(Tab::Orgs, "l"), (Tab::Orgs, "ll"), (Tab::Careers, "l"), (Tab::Careers, "kkkk")])
        .collect();
    let mut problems = Vec::new();
    for (tab, keys) in states {
        for (width, height) in [(80, 24), (110, 32), (120, 40), (200, 60)] {
            let text = support::screen(tab, width, height, keys);
            if let Some(problem) = unbalanced(&text) {
                problems.push(format!("{tab:?} \"{keys}\" at {width}x{height}: {problem}\n{text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
