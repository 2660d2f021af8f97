//! The `/` overlay: search the whole knowledge base from any tab. Results are labelled with the
//! tab that shows them and their matched characters highlighted, and marked `✎ note` when the
//! user's note on the item matched; Enter opens that tab on the item, Esc closes.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};
use tui_input::Input;

use super::Theme;
use super::field;
use super::list::{adjust_offset, step};
use super::live_search::{LiveSearch, SharedIndex, snippet_line};
use super::pane;
use super::wrap::{clip, highlighted, wrap};
use crate::action::Action;
use crate::kb::ItemKind;
use crate::keymap::{self, Binding, Edits, Key, Keymap, TextEntry};
use crate::search::{Hit, Scope};
use crate::tab::Tab;

/// How many results the overlay keeps: more than fit on a screen, fewer than slow a keystroke.
const LIMIT: usize = 50;
/// The width of the "Tab · kind" label before each title.
const LABEL_WIDTH: usize = 18;

const QUERY: TextEntry = TextEntry {
    takes: None,
    edits: Edits::All,
    label: "type",
    help: "search every question, aspect, skill, certification… (typos forgiven)",
    hint: "search",
};
/// The keys with results listed; with none, only Esc (the arrows and Enter would do nothing).
const KEYS: &[Binding] = &[
    Binding::new(
        &[
            (Key::code(KeyCode::Up), Action::Up),
            (Key::code(KeyCode::Down), Action::Down),
            (Key::code(KeyCode::PageUp), Action::PageUp),
            (Key::code(KeyCode::PageDown), Action::PageDown),
        ],
        "↑/↓",
        "choose a result (PgUp/PgDn: five at a time)",
    )
    .hint("choose"),
    keymap::ENTER.says("open the result on its tab", "open"),
    keymap::ESC.says("close the search", "close"),
];

/// What the overlay wants after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Keep it open.
    Stay,
    /// Close it.
    Close,
    /// Close it and open `tab` on item `id`.
    Jump(Tab, String),
    /// Keep it open, and say this in the status bar (the query is full).
    Say(String),
}

/// The overlay's state.
#[derive(Debug)]
pub struct SearchOverlay {
    input: Input,
    search: LiveSearch,
    selected: usize,
    offset: usize,
}

/// The overlay's frame on a screen: centred, most of it.
fn frame_area(screen: Rect) -> Rect {
    let width = screen.width.saturating_sub(4).clamp(screen.width.min(30), 100);
    let height = screen.height.saturating_sub(2).min(30);
    screen.centered(Constraint::Length(width), Constraint::Length(height))
}

/// The input line and the results inside the frame.
fn inner_areas(screen: Rect) -> (Rect, Rect) {
    let inner = pane::inner(frame_area(screen));
    let [input, _, results] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    (input, results)
}

/// How a kind of item is labelled: the tab it is on, and what it is there, in a word that fits
/// [`LABEL_WIDTH`] with the tab's title.
fn label(kind: ItemKind) -> String {
    let what = match kind {
        ItemKind::OverviewSection => "section",
        ItemKind::ScopeQuestion => "question",
        ItemKind::Transition | ItemKind::Move => "move",
        ItemKind::SalaryLevel => "level",
        ItemKind::SalaryNote
        | ItemKind::OrgNote
        | ItemKind::CareerNote
        | ItemKind::CertNote
        | ItemKind::ChooseNote => "note",
        other => other.key(),
    };
    format!("{} · {what}", kind.tab().title())
}

impl SearchOverlay {
    /// An empty overlay over the shared index.
    pub fn new(index: SharedIndex) -> SearchOverlay {
        SearchOverlay {
            input: Input::default(),
            search: LiveSearch::new(index, Scope::All, Some(LIMIT)),
            selected: 0,
            offset: 0,
        }
    }

    fn hits(&self) -> &[Hit] {
        if self.search.typed().is_empty() { &[] } else { self.search.hits() }
    }

    /// One result as lines: its tab and kind, then its title with the matches highlighted, and
    /// under a hit that matched in its body a line of that body around the match.
    fn result_lines(&self, hit: &Hit, selected: bool, width: usize, theme: &Theme) -> Vec<Line<'static>> {
        let Some(entry) = self.search.entry(hit) else { return Vec::new() };
        let base = if selected { theme.selection } else { theme.text };
        let positions = self.search.title_positions(entry.title());
        let mut spans = highlighted(entry.title(), &positions, base, theme.matched);
        if self.search.note_matched(hit) {
            spans.push(Span::styled(" ✎ note", if selected { base } else { theme.note }));
        }
        // The marker and the label lead the first line as they are (wrapping would fold the
        // padding that lines the titles up); later lines hang under the title.
        let lead = format!("{}{:<LABEL_WIDTH$} ", if selected { "▶ " } else { "  " }, label(hit.kind));
        let lead = Span::styled(lead, if selected { base } else { theme.muted });
        let indent = " ".repeat(LABEL_WIDTH + 3);
        let mut lines = clip(wrap(&spans, width, lead, &indent), 2, width);
        if let Some(snippet) = self.search.snippet(hit, width.saturating_sub(indent.len() + 1)) {
            let muted = if selected { base } else { theme.muted };
            lines.push(snippet_line(&snippet, &indent, width, muted, theme.matched));
        }
        if selected {
            for line in &mut lines {
                line.style = base;
            }
        }
        lines
    }

    /// The lines each result takes: its title's, and one for a snippet (known from the hit, so
    /// no snippet is cut for results off screen).
    fn heights(&self, width: usize, theme: &Theme) -> Vec<u16> {
        self.hits()
            .iter()
            .map(|hit| {
                let title = self.result_lines(&Hit { in_body: false, ..*hit }, false, width, theme).len();
                (title + usize::from(hit.in_body)) as u16
            })
            .collect()
    }

    /// Applies an action; `screen` is the whole terminal.
    pub fn handle(&mut self, action: Action, screen: Rect, theme: &Theme) -> Outcome {
        match action {
            Action::Back => return Outcome::Close,
            Action::Input(key) => return self.type_key(key),
            Action::Confirm => {
                let chosen = self.hits().get(self.selected).and_then(|hit| self.search.entry(hit));
                return match chosen {
                    Some(entry) => Outcome::Jump(entry.tab(), entry.id().to_string()),
                    None => Outcome::Stay,
                };
            }
            _ => {
                if let Some(index) = step(self.selected, self.hits().len(), action, 5) {
                    let (_, results) = inner_areas(screen);
                    let heights = self.heights(usize::from(results.width), theme);
                    self.selected = index;
                    self.offset = adjust_offset(self.offset, &heights, index, results.height);
                }
            }
        }
        Outcome::Stay
    }

    fn type_key(&mut self, key: KeyEvent) -> Outcome {
        if field::edit(&mut self.input, key, |text| text.chars().count() <= field::MAX_SEARCH) {
            self.requery();
        } else if field::full(&self.input, key, field::MAX_SEARCH) {
            return Outcome::Say(field::search_full_notice());
        }
        Outcome::Stay
    }

    /// Takes pasted text (one line, no control characters) into the query at once: one search.
    pub fn paste(&mut self, text: &str) -> Outcome {
        let whole = field::insert(&mut self.input, text, field::MAX_SEARCH);
        self.requery();
        if whole { Outcome::Stay } else { Outcome::Say(field::search_full_notice()) }
    }

    fn requery(&mut self) {
        self.search.set_query(self.input.value());
        self.selected = 0;
        self.offset = 0;
    }

    /// The keys that work in the overlay now.
    pub fn keymap(&self) -> Keymap {
        let keys = if self.hits().is_empty() { &KEYS[2..] } else { KEYS };
        Keymap::new(keys).typing(QUERY)
    }

    /// Where the terminal's cursor goes: at the end of what is typed.
    pub fn cursor(&self, screen: Rect) -> Position {
        let (input, _) = inner_areas(screen);
        let scroll = self.input.visual_scroll(usize::from(input.width.saturating_sub(3)));
        let x = input.x + 2 + (self.input.visual_cursor().saturating_sub(scroll)) as u16;
        Position::new(x.min(input.right().saturating_sub(1)), input.y)
    }

    /// Whether results are still on their way.
    pub fn busy(&self) -> bool {
        self.search.busy()
    }

    /// Takes results that arrived; returns whether there were any.
    pub fn poll(&mut self) -> bool {
        let changed = self.search.poll();
        if changed {
            self.selected = 0;
            self.offset = 0;
        }
        changed
    }

    /// Draws the overlay over the screen.
    pub fn render(&self, screen: Rect, buf: &mut Buffer, theme: &Theme) {
        let frame = frame_area(screen);
        Clear.render(frame, buf);
        pane::frame(" Search everything — Enter opens, Esc closes ", true, theme).render(frame, buf);
        let (input, results) = inner_areas(screen);
        let scroll = self.input.visual_scroll(usize::from(input.width.saturating_sub(3)));
        let typed: String = self.input.value().chars().skip(scroll).collect();
        Line::from(vec![Span::styled("/ ", theme.key), Span::raw(typed)]).render(input, buf);
        let width = usize::from(results.width);
        let message = |text: &str| {
            Paragraph::new(wrap(&[Span::styled(text.to_string(), theme.muted)], width, Span::raw(""), ""))
        };
        if self.search.typed().is_empty() {
            message(
                "Type a few letters of a question, a skill, a certification, an aspect… typos are forgiven.",
            )
            .render(results, buf);
            return;
        }
        if self.hits().is_empty() {
            let text = if self.busy() {
                "Searching…"
            } else {
                "Nothing matches. Try a shorter query or fewer words."
            };
            message(text).render(results, buf);
            return;
        }
        let heights = self.heights(width, theme);
        let offset = adjust_offset(self.offset, &heights, self.selected, results.height);
        let lines: Vec<Line<'static>> = self
            .hits()
            .iter()
            .enumerate()
            .skip(offset)
            .flat_map(|(index, hit)| self.result_lines(hit, index == self.selected, width, theme))
            .collect();
        Paragraph::new(lines).render(results, buf);
        let total = heights.iter().map(|&h| usize::from(h)).sum();
        let above = heights[..offset].iter().map(|&h| usize::from(h)).sum();
        let track = Rect { y: results.y - 1, height: results.height + 2, ..frame };
        pane::render_scrollbar(total, usize::from(results.height), above, track, buf, theme);
    }
}

#[cfg(test)]
mod tests {
    use strum::VariantArray;

    use super::*;

    #[test]
    fn every_label_fits_its_column() {
        for &kind in ItemKind::VARIANTS {
            assert!(label(kind).chars().count() <= LABEL_WIDTH, "{}", label(kind));
        }
    }
}
