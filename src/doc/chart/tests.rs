use super::*;
use crate::kb::{Flow, FlowDirection, KnowledgeBase};

fn embedded_charts() -> Vec<(String, OrgChart)> {
    let kb = KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}"));
    kb.orgs
        .models
        .into_iter()
        .map(|model| (model.id.clone(), model.chart.unwrap_or_else(|| panic!("{} has a chart", model.id))))
        .collect()
}

fn node(title: &str, roles: &[Role], below: Vec<ChartNode>) -> ChartNode {
    ChartNode { title: title.to_string(), roles: roles.to_vec(), below, ..ChartNode::default() }
}

/// The drawing with its legend, as text.
fn text(drawing: &Drawing, width: usize) -> String {
    plain(&drawing.with_legend(width)).join("\n")
}

/// Which ways the line of a box-drawing character runs: up, down, left, right.
fn ways(c: char) -> Option<[bool; 4]> {
    Some(match c {
        '│' | '┆' => [true, true, false, false],
        '─' | '┄' => [false, false, true, true],
        '┌' => [false, true, false, true],
        '┐' => [false, true, true, false],
        '└' => [true, false, false, true],
        '┘' => [true, false, true, false],
        '├' => [true, true, false, true],
        '┤' => [true, true, true, false],
        '┬' => [false, true, true, true],
        '┴' => [true, false, true, true],
        '┼' => [true, true, true, true],
        _ => return None,
    })
}

/// Every line of a boxes drawing meets a line where it runs: a `┬` has a line below it, a `─`
/// lines on both sides. The only gaps allowed are the spaces around a role tag in a top edge.
fn assert_lines_join(drawing: &Drawing) {
    // By display column: a wide character's second column is a blank.
    let grid: Vec<Vec<char>> = plain(&drawing.lines)
        .iter()
        .map(|line| {
            line.chars()
                .flat_map(|c| {
                    let wide = unicode_width::UnicodeWidthChar::width(c) == Some(2);
                    std::iter::once(c).chain(wide.then_some(' '))
                })
                .collect()
        })
        .collect();
    let at = |x: isize, y: isize| -> char {
        if x < 0 || y < 0 {
            return ' ';
        }
        grid.get(y as usize).and_then(|row| row.get(x as usize)).copied().unwrap_or(' ')
    };
    let tag_gap = |x: isize, y: isize, step: isize| at(x, y) == ' ' && at(x + step, y).is_ascii_uppercase();
    let picture = plain(&drawing.lines).join("\n");
    for (y, row) in grid.iter().enumerate() {
        for (x, &c) in row.iter().enumerate() {
            let Some([up, down, left, right]) = ways(c) else { continue };
            let (x, y) = (x as isize, y as isize);
            let runs = |nx: isize, ny: isize, index: usize| ways(at(nx, ny)).is_some_and(|w| w[index]);
            assert!(!up || runs(x, y - 1, 1), "{c} at {x},{y} has nothing above:\n{picture}");
            assert!(!down || runs(x, y + 1, 0), "{c} at {x},{y} has nothing below:\n{picture}");
            assert!(!left || runs(x - 1, y, 3) || tag_gap(x - 1, y, -1), "{c} at {x},{y} left:\n{picture}");
            assert!(!right || runs(x + 1, y, 2) || tag_gap(x + 1, y, 1), "{c} at {x},{y} right:\n{picture}");
        }
    }
}

#[test]
fn every_embedded_chart_fits_every_width_and_its_lines_join() {
    for (id, chart) in embedded_charts() {
        for width in 20..=220 {
            let drawing = draw(&chart, width, None);
            for line in drawing.with_legend(width) {
                assert!(super::width(&line) <= width, "{id} at {width}: {line:?}");
            }
            if drawing.form == Form::Boxes {
                assert_lines_join(&drawing);
            }
        }
        assert_eq!(draw(&chart, 100, None).form, Form::Boxes, "{id} has room for boxes at 100");
    }
}

#[test]
fn narrow_or_short_gives_the_outline() {
    for (id, chart) in embedded_charts() {
        assert_eq!(draw(&chart, 200, Some(6)).form, Form::Outline, "{id}: too short for boxes");
        assert!(boxes(&chart, 20).is_none(), "{id}: no boxes fit 20 columns");
        let outline = outline(&chart, 20);
        assert!(!outline.lines.is_empty(), "{id}");
    }
}

#[test]
fn everything_in_the_chart_is_written_in_both_forms() {
    for (id, chart) in embedded_charts() {
        for drawing in [draw(&chart, 200, None), outline(&chart, 80)] {
            let written = text(&drawing, 200).split_whitespace().collect::<Vec<_>>().join(" ");
            for node in nodes(&chart.top) {
                let texts =
                    [node.title.clone(), node.duties.join(" "), node.level.clone().unwrap_or_default()];
                let flows = node.flows.iter().map(|flow| flow.text.clone());
                for word in texts.into_iter().chain(flows).flat_map(|t| {
                    t.split_whitespace().map(|w| w.trim_matches([',', ':']).to_string()).collect::<Vec<_>>()
                }) {
                    assert!(
                        written.contains(&word),
                        "{id} {:?}: {word:?} missing from\n{written}",
                        drawing.form
                    );
                }
                // The role reads without colour: each box with a role shows its tag.
                if !node.roles.is_empty() {
                    assert!(written.contains(&node.tag()), "{id}: tag {}", node.tag());
                }
            }
        }
    }
}

#[test]
fn roles_are_inked_as_their_role_and_tags_stand_out() {
    let (_, mid_size) = embedded_charts().into_iter().find(|(id, _)| id == "org-mid-size").expect("mid-size");
    for drawing in [draw(&mid_size, 120, None), outline(&mid_size, 80)] {
        let segments: Vec<&Segment> = drawing.lines.iter().flatten().collect();
        for (tag, role) in [("PM", Role::Pm), ("PO", Role::Po)] {
            assert!(
                segments.iter().any(|s| s.text == tag && s.ink == Ink::Tag(role)),
                "{tag} is a tag in {:?}",
                drawing.form
            );
        }
    }
    let boxes = draw(&mid_size, 120, None);
    let framed =
        |role| boxes.lines.iter().flatten().any(|s| s.ink == Ink::Role(role) && s.text.contains('┌'));
    assert!(framed(Role::Pm) && framed(Role::Po), "each role's box is framed in its ink");
}

#[test]
fn a_parent_sits_centred_over_its_children() {
    let chart =
        OrgChart { top: node("Lead", &[Role::Pm], vec![node("A", &[], vec![]), node("B", &[], vec![])]) };
    let drawing = boxes(&chart, 80).expect("fits");
    let picture = plain(&drawing.lines);
    assert_lines_join(&drawing);
    let column = |line: &str, c: char| line.chars().position(|x| x == c);
    let trunk = picture.iter().find_map(|line| column(line, '┬')).expect("a line leaves the lead's box");
    let split = picture.iter().find(|line| line.contains('┌') && line.contains('┐') && line.contains('┴'));
    let split = split.expect("the line splits towards both children");
    assert_eq!(column(split, '┴'), Some(trunk), "{picture:?}");
    let left = column(split, '┌').expect("left end");
    let right = split.chars().count() - 1 - split.chars().rev().position(|c| c == '┐').expect("right end");
    assert_eq!(trunk - left, right - trunk, "centred:\n{}", picture.join("\n"));
}

#[test]
fn flows_are_written_beside_the_line_in_order() {
    let mut top = node("Lead", &[Role::Pm], vec![node("Team", &[], vec![])]);
    top.flows = vec![
        Flow { direction: FlowDirection::Down, text: "direction".into() },
        Flow { direction: FlowDirection::Up, text: "feedback".into() },
    ];
    let chart = OrgChart { top };
    let picture = plain(&boxes(&chart, 80).expect("fits").lines).join("\n");
    let down = picture.find("│ ↓ direction").expect("down flow");
    let up = picture.find("│ ↑ feedback").expect("up flow");
    assert!(down < up, "{picture}");
    // The outline writes a flow to a single box with nothing below on the joint itself.
    let outline = plain(&outline(&chart, 80).lines).join("\n");
    assert!(outline.contains("└─ ↓ direction · ↑ feedback: Team"), "{outline}");
}

#[test]
fn odd_charts_do_not_break_the_layout() {
    // Wide characters, a word longer than any line, many children, a deep tree.
    let wide = node("製品マネージャー Supercalifragilisticexpialidociousness", &[Role::Po], vec![]);
    let many =
        node("Hub", &[Role::Pm, Role::Po], (0..9).map(|i| node(&format!("Team {i}"), &[], vec![])).collect());
    let mut deep = node("Bottom", &[], vec![]);
    for level in 0..7 {
        deep = node(&format!("Level {level}"), &[Role::Pm], vec![deep]);
    }
    for chart in [wide, many, deep].map(|top| OrgChart { top }) {
        for width in [20, 40, 80, 200] {
            let drawing = draw(&chart, width, Some(30));
            assert!(!drawing.lines.is_empty());
            if drawing.form == Form::Boxes {
                assert!(drawing.lines.iter().all(|line| super::width(line) <= width));
                assert_lines_join(&drawing);
            }
        }
    }
}
