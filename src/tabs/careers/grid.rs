//! The ladders as a grid of cells: both ladders bottom-up side by side, the Product Owner track
//! lined up so that the first PO → PM transition is one straight row, exits and sideways moves
//! above their ladders. Pure layout of the knowledge base; drawing is in `mod.rs`.

use unicode_width::UnicodeWidthStr;

use crate::kb::{KnowledgeBase, Role};

/// Something on the ladders that can be selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Node {
    /// A rung: its ladder and its position from the bottom.
    Rung(Role, usize),
    /// A way out of the PM ladder.
    Exit(usize),
    /// A sideways move from the PO track.
    Lateral(usize),
}

/// One cell of the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    Node(Node),
    Connector,
    Header(&'static str),
    Blank,
}

/// The drawing as rows, top first, one cell per ladder.
pub(super) struct Grid {
    pub(super) rows: Vec<[Cell; 2]>,
    /// The row of each PO → PM transition drawn as an arrow, with the transition's index.
    pub(super) arrows: Vec<(usize, usize)>,
}

/// One column, bottom-up: rungs (with connectors when `spaced`), a gap, a header and the moves.
fn column(role: Role, rungs: usize, moves: usize, spaced: bool) -> Vec<Cell> {
    let mut cells = Vec::new();
    for rung in 0..rungs {
        if rung > 0 && spaced {
            cells.push(Cell::Connector);
        }
        cells.push(Cell::Node(Node::Rung(role, rung)));
    }
    if moves > 0 {
        cells.push(Cell::Blank);
        let (header, node): (&'static str, fn(usize) -> Node) = match role {
            Role::Pm => ("Beyond the ladder", Node::Exit),
            Role::Po => ("Sideways moves", Node::Lateral),
        };
        // Bottom-up, so the first move ends up right under the header.
        cells.extend((0..moves).rev().map(|index| Cell::Node(node(index))));
        cells.push(Cell::Header(header));
    }
    cells
}

fn position(cells: &[Cell], node: Node) -> Option<usize> {
    cells.iter().position(|&cell| cell == Cell::Node(node))
}

pub(super) fn grid(kb: &KnowledgeBase, spaced: bool) -> Grid {
    let careers = &kb.careers;
    let mut pm = column(Role::Pm, careers.pm_ladder.len(), careers.pm_exits.len(), spaced);
    let mut po = column(Role::Po, careers.po_ladder.len(), careers.po_lateral.len(), spaced);
    // Line the first transition's rungs up on one row, so its arrow is straight.
    let first =
        careers.transitions.first().and_then(|t| Some((careers.rung(&t.from)?, careers.rung(&t.to)?)));
    if let Some(((Role::Po, from), (Role::Pm, to))) = first {
        let from = careers
            .po_ladder
            .iter()
            .position(|r| r.id == from.id)
            .and_then(|i| position(&po, Node::Rung(Role::Po, i)));
        let to = careers
            .pm_ladder
            .iter()
            .position(|r| r.id == to.id)
            .and_then(|i| position(&pm, Node::Rung(Role::Pm, i)));
        if let (Some(from), Some(to)) = (from, to) {
            let (lower, shift) = if to > from { (&mut po, to - from) } else { (&mut pm, from - to) };
            lower.splice(0..0, std::iter::repeat_n(Cell::Blank, shift));
        }
    }
    let height = pm.len().max(po.len());
    let cell = |cells: &[Cell], row: usize| cells.get(height - 1 - row).copied().unwrap_or(Cell::Blank);
    let rows: Vec<[Cell; 2]> = (0..height).map(|row| [cell(&pm, row), cell(&po, row)]).collect();
    let arrows = careers
        .transitions
        .iter()
        .enumerate()
        .filter_map(|(index, transition)| {
            let (Role::Po, from) = careers.rung(&transition.from)? else { return None };
            let (Role::Pm, to) = careers.rung(&transition.to)? else { return None };
            let from = Node::Rung(Role::Po, careers.po_ladder.iter().position(|r| r.id == from.id)?);
            let to = Node::Rung(Role::Pm, careers.pm_ladder.iter().position(|r| r.id == to.id)?);
            let row = rows.iter().position(|r| r[1] == Cell::Node(from))?;
            (rows[row][0] == Cell::Node(to)).then_some((row, index))
        })
        .collect();
    Grid { rows, arrows }
}

/// The widest label of each column, marker included ("▶● " is three columns).
pub(super) fn column_widths(kb: &KnowledgeBase) -> (u16, u16) {
    let careers = &kb.careers;
    let widest =
        |titles: &mut dyn Iterator<Item = &String>| titles.map(|t| t.width()).max().unwrap_or(0) as u16 + 3;
    let pm = widest(
        &mut careers.pm_ladder.iter().map(|r| &r.title).chain(careers.pm_exits.iter().map(|m| &m.title)),
    );
    let po = widest(
        &mut careers.po_ladder.iter().map(|r| &r.title).chain(careers.po_lateral.iter().map(|m| &m.title)),
    );
    (pm.max(20), po.max(16))
}

/// What a node is called.
pub(super) fn label(node: Node, kb: &KnowledgeBase) -> String {
    let careers = &kb.careers;
    match node {
        Node::Rung(role, index) => careers.ladder(role).get(index).map(|rung| rung.title.clone()),
        Node::Exit(index) => careers.pm_exits.get(index).map(|m| m.title.clone()),
        Node::Lateral(index) => careers.po_lateral.get(index).map(|m| m.title.clone()),
    }
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_po_to_pm_move_is_one_straight_row() -> Result<(), crate::kb::KbError> {
        let kb = KnowledgeBase::embedded()?;
        for spaced in [false, true] {
            let grid = grid(&kb, spaced);
            assert!(!grid.arrows.is_empty(), "spaced {spaced}: an arrow");
            for &(row, _) in &grid.arrows {
                let [pm, po] = grid.rows[row];
                assert!(matches!(pm, Cell::Node(Node::Rung(Role::Pm, _))), "{pm:?}");
                assert!(matches!(po, Cell::Node(Node::Rung(Role::Po, _))), "{po:?}");
            }
            // The most junior rung of each ladder is at the bottom of its column.
            let bottom_pm = grid.rows.iter().rposition(|r| matches!(r[0], Cell::Node(_)));
            assert_eq!(bottom_pm.map(|row| grid.rows[row][0]), Some(Cell::Node(Node::Rung(Role::Pm, 0))));
        }
        Ok(())
    }
}
