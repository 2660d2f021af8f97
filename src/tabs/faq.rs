//! FAQ: the questions as a list under a filter line. Typing filters live (typos and word order
//! forgiven, the user's notes searched too), matched characters are highlighted in the list and
//! in the answer shown beside it (with the user's note under it); C-n/C-p step through the hits,
//! from the filter or the list. `n` and `N` are the notes keys here as on every tab.
//!
//! The tab opens on its list, however it is reached (its number, `]`, `--tab faq`, a search or a
//! bookmark), so the keys that work everywhere work here too: `/`, or any letter that is not a key
//! of the list, moves to the filter (the letter starts it). In the filter every character is
//! typed, and Tab/Shift-Tab, Esc, F1 and Ctrl-C still act: Esc clears the filter and goes back to
//! the list, keeping the question selected.
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::view::{Ctx, Outcome, Request, TabView};
use crate::action::Action;
use crate::kb::FaqEntry;
use crate::keymap::{self, Binding, Edits, Key, Keymap, TextEntry};
use crate::search::{Hit, Scope};
use crate::ui::list::{adjust_offset, row_at, step};
use crate::ui::live_search::{LiveSearch, SharedIndex, snippet_line};
use crate::ui::pane::{self, Scroll};
use crate::ui::wrap::{clip, highlighted, wrap};
use crate::ui::{field, note};

/// After a question whose hit matched in the user's note: the `note` mark.
const NOTE_MARK: &str = " ✎ note";

/// From this width on, the answer sits beside the list.
const SIDE_BY_SIDE: u16 = 100;
/// The most lines a question takes in the list.
const QUESTION_LINES: usize = 2;

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    Filter,
    List,
}

const FILTER: TextEntry = TextEntry {
    takes: None,
    edits: Edits::All,
    label: "type",
    help: "filter the questions (typos and word order forgiven)",
    hint: "filter",
};
/// The letters the list keeps for itself or for everywhere (n and N are the notes keys): every
/// other one starts the filter.
const LIST_LETTERS: &[char] = &['j', 'k', 'g', 'G', 'b', 'n', 'N', 'q'];
/// On the list, a letter that is not a key there goes to the filter and starts it.
const START_FILTER: TextEntry = TextEntry {
    takes: Some(|c| c.is_alphabetic() && !LIST_LETTERS.contains(&c)),
    edits: Edits::None,
    label: "a-z",
    help: "start the filter with that letter (any letter but j k g G b n N q, which are keys here)",
    hint: "filter",
};
const TO_LIST: Binding = Binding::new(
    &[(Key::code(KeyCode::Enter), Action::Confirm), (Key::code(KeyCode::Down), Action::Down)],
    "Enter/↓",
    "from the filter to the list, keeping the filter",
)
.hint("to the list");
const CLEAR_AND_LEAVE: Binding =
    keymap::ESC.says("clear the filter and go back to the list (the question stays selected)", "back");
const QUESTION: Binding = keymap::UP_DOWN.says("choose a question", "question");
const HITS: Binding = Binding::new(
    &[(Key::ctrl('n'), Action::NextHit), (Key::ctrl('p'), Action::PrevHit)],
    "C-n/C-p",
    "next / previous hit (n and N are your notes, as on every tab)",
)
.hint("next/previous hit");
const TO_FILTER: Binding =
    Binding::new(&[(Key::ch('/'), Action::Edit)], "/", "to the filter (here / filters the FAQ)");
const ANSWER: Binding = keymap::PAGES.says("scroll the answer (C-u/C-d: half a page)", "scroll answer");
const ENDS: Binding = keymap::ENDS.says("first / last question (also Home/End)", "first/last");
const CLEAR: Binding = keymap::ESC.says("clear the filter (the question stays selected)", "clear filter");

/// The FAQ tab's state.
#[derive(Debug)]
pub struct FaqTab {
    filter: Input,
    focus: Focus,
    search: LiveSearch,
    /// The selected row of the result list.
    selected: usize,
    offset: usize,
    answer: Scroll,
}

struct Areas {
    filter: Rect,
    list: Rect,
    answer: Rect,
}

fn areas(area: Rect) -> Areas {
    let (left, answer) = if area.width >= SIDE_BY_SIDE {
        let [left, answer] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)]).areas(area);
        (left, answer)
    } else {
        let [left, answer] = Layout::vertical([Constraint::Percentage(45), Constraint::Fill(1)]).areas(area);
        (left, answer)
    };
    let [filter, list] = Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(left);
    Areas { filter, list, answer }
}

impl FaqTab {
    /// A FAQ tab whose search builds (or reuses) the shared index.
    pub fn new(index: SharedIndex) -> FaqTab {
        FaqTab {
            filter: Input::default(),
            focus: Focus::List,
            search: LiveSearch::new(index, Scope::Faq, None),
            selected: 0,
            offset: 0,
            answer: Scroll::default(),
        }
    }

    /// The questions listed, as positions in the knowledge base's FAQ with the hit that listed
    /// them: all of them in order for an empty filter, else the hits best first.
    fn results(&self, ctx: Ctx<'_>) -> Vec<(usize, Option<Hit>)> {
        if self.search.query().is_empty() {
            return (0..ctx.kb.faq.len()).map(|position| (position, None)).collect();
        }
        self.search
            .hits()
            .iter()
            .filter_map(|hit| Some((self.search.faq_position(hit)?, Some(*hit))))
            .collect()
    }

    fn selected_entry<'a>(&self, ctx: Ctx<'a>) -> Option<&'a FaqEntry> {
        self.results(ctx).get(self.selected).and_then(|&(position, _)| ctx.kb.faq.get(position))
    }

    /// A question as list lines: wrapped, clipped, its matched characters highlighted; under a
    /// hit that matched in its answer, a line of the answer around the match.
    fn question_lines(
        &self,
        entry: &FaqEntry,
        hit: Option<&Hit>,
        selected: bool,
        width: usize,
        ctx: Ctx<'_>,
    ) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let base = if selected { theme.selection } else { theme.text };
        let positions = self.search.title_positions(&entry.question);
        let mut spans = highlighted(&entry.question, &positions, base, theme.matched);
        if hit.is_some_and(|hit| self.search.note_matched(hit)) {
            spans.push(Span::styled(NOTE_MARK, if selected { base } else { theme.note }));
        }
        let marker = Span::styled(if selected { "▶ " } else { "  " }, base);
        let mut lines = clip(wrap(&spans, width, marker, "  "), QUESTION_LINES, width);
        let snippet = hit.and_then(|hit| self.search.snippet(hit, width.saturating_sub(4)));
        if let Some(snippet) = snippet {
            let muted = if selected { base } else { theme.muted };
            lines.push(snippet_line(&snippet, "    ", width, muted, theme.matched));
        }
        if selected {
            for line in &mut lines {
                line.style = base;
            }
        }
        lines
    }

    /// The lines each result takes. A snippet is one line, known from the hit alone, so only the
    /// question (with its note mark) is wrapped here.
    fn heights(&self, ctx: Ctx<'_>, width: usize) -> Vec<u16> {
        self.results(ctx)
            .iter()
            .map(|(position, hit)| {
                let title = hit.map(|hit| Hit { in_body: false, ..hit });
                let question =
                    self.question_lines(&ctx.kb.faq[*position], title.as_ref(), false, width, ctx).len();
                (question + usize::from(hit.is_some_and(|hit| hit.in_body))) as u16
            })
            .collect()
    }

    fn select(&mut self, index: usize, ctx: Ctx<'_>, area: Rect) {
        let inner = pane::inner(areas(area).list);
        let heights = self.heights(ctx, usize::from(inner.width));
        let index = index.min(heights.len().saturating_sub(1));
        if index != self.selected {
            self.answer = Scroll::default();
        }
        self.selected = index;
        self.offset = adjust_offset(self.offset, &heights, self.selected, inner.height);
    }

    /// Runs the filter's text as a query and goes back to the top of the results.
    fn refilter(&mut self) {
        self.search.set_query(self.filter.value());
        self.selected = 0;
        self.offset = 0;
        self.answer = Scroll::default();
    }

    /// Empties the filter and lists every question again, the one selected still selected.
    fn clear_filter(&mut self, ctx: Ctx<'_>, area: Rect) {
        let selected = self.results(ctx).get(self.selected).map(|&(position, _)| position);
        let answer = self.answer;
        self.filter.reset();
        self.refilter();
        // With no query every question is listed in order: its position is its row.
        if let Some(position) = selected {
            self.select(position, ctx, area);
            self.answer = answer;
        }
    }

    /// A key for the filter: typed if the filter has room, else the status bar says why not.
    fn type_key(&mut self, key: KeyEvent) -> Outcome {
        self.focus = Focus::Filter;
        if field::edit(&mut self.filter, key, |text| text.chars().count() <= field::MAX_SEARCH) {
            self.refilter();
        } else if field::full(&self.filter, key, field::MAX_SEARCH) {
            return Outcome::Request(Request::Say(field::search_full_notice()));
        }
        Outcome::Handled
    }

    /// The answer pane's lines: the question, the answer and the tags, matches highlighted.
    fn answer_lines(&self, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
        let Some(entry) = self.selected_entry(ctx) else { return Vec::new() };
        let (theme, search) = (ctx.theme, &self.search);
        let mut lines = Vec::new();
        let question = highlighted(
            &entry.question,
            &search.title_positions(&entry.question),
            theme.heading,
            theme.matched,
        );
        lines.extend(wrap(&question, width, Span::raw(""), ""));
        for paragraph in entry.answer.split("\n\n") {
            lines.push(Line::default());
            let spans = highlighted(
                paragraph.trim(),
                &search.body_positions(paragraph.trim()),
                theme.text,
                theme.matched,
            );
            lines.extend(wrap(&spans, width, Span::raw(""), ""));
        }
        lines.push(Line::default());
        let mut tags = vec![Span::styled("Tags: ", theme.label)];
        for (i, tag) in entry.tags.iter().enumerate() {
            if i > 0 {
                tags.push(Span::styled(", ", theme.muted));
            }
            tags.extend(highlighted(tag, &search.title_positions(tag), theme.muted, theme.matched));
        }
        lines.extend(wrap(&tags, width, Span::raw(""), "  "));
        if let Some(text) = ctx.notes.get(&entry.id) {
            lines.push(Line::default());
            let positions = search.body_positions(&note::printable(text));
            lines.extend(note::highlighted_lines(text, &positions, theme, width));
        }
        lines
    }

    fn render_filter(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let focused = self.focus == Focus::Filter;
        let title = if focused { " Filter — Enter/↓ to the list, Esc goes back " } else { " Filter " };
        pane::frame(title, focused, theme).render(area, buf);
        let inner = pane::inner(area);
        let value = self.filter.value();
        let scroll = self.filter.visual_scroll(usize::from(inner.width.saturating_sub(1)));
        let line = if value.is_empty() && !focused {
            Line::styled("/ or a letter: filter the questions", theme.muted)
        } else {
            Line::styled(value.chars().skip(scroll).collect::<String>(), theme.text)
        };
        line.render(inner, buf);
    }

    fn render_list(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let results = self.results(ctx);
        let title = if self.search.query().is_empty() {
            format!(" Questions: {} ", results.len())
        } else {
            format!(" Matches: {} of {} ", results.len(), ctx.kb.faq.len())
        };
        pane::frame(title, self.focus == Focus::List, theme).render(area, buf);
        let inner = pane::inner(area);
        let width = usize::from(inner.width);
        if results.is_empty() {
            let message = if self.search.busy() {
                "Searching…".to_string()
            } else {
                format!(
                    "No question matches “{}”. Try a shorter query or fewer words; Esc clears the filter.",
                    self.search.query().shown()
                )
            };
            Paragraph::new(wrap(&[Span::styled(message, theme.muted)], width, Span::raw(""), ""))
                .render(inner, buf);
            return;
        }
        let heights = self.heights(ctx, width);
        let offset = adjust_offset(self.offset, &heights, self.selected, inner.height);
        let mut lines = Vec::new();
        for (row, (position, hit)) in results.iter().enumerate().skip(offset) {
            if lines.len() >= usize::from(inner.height) {
                break; // the rest is below the pane: no snippet to cut for it
            }
            let selected = row == self.selected;
            lines.extend(self.question_lines(&ctx.kb.faq[*position], hit.as_ref(), selected, width, ctx));
        }
        Paragraph::new(lines).render(inner, buf);
        let total = heights.iter().map(|&h| usize::from(h)).sum();
        let above = heights[..offset].iter().map(|&h| usize::from(h)).sum();
        pane::render_scrollbar(total, usize::from(inner.height), above, area, buf, theme);
    }
}

impl TabView for FaqTab {
    fn min_size(&self) -> Size {
        Size::new(40, 14)
    }

    fn keymap(&self, ctx: Ctx<'_>, area: Rect) -> Keymap {
        let hits = !self.search.query().is_empty() && !self.results(ctx).is_empty();
        if self.focus == Focus::Filter {
            let keys: &[Binding] =
                if hits { &[TO_LIST, CLEAR_AND_LEAVE, HITS] } else { &[TO_LIST, CLEAR_AND_LEAVE] };
            return Keymap::new(keys).typing(FILTER);
        }
        let mut keys = vec![QUESTION];
        if hits {
            keys.push(HITS);
        }
        keys.push(TO_FILTER);
        let inner = pane::inner(areas(area).answer);
        if Scroll::overflows(
            self.answer_lines(ctx, usize::from(inner.width)).len(),
            usize::from(inner.height),
        ) {
            keys.push(ANSWER);
        }
        keys.push(ENDS);
        if !self.filter.value().is_empty() {
            keys.push(CLEAR);
        }
        Keymap::new(&keys).typing(START_FILTER)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let count = self.results(ctx).len();
        match action {
            Action::Input(key) => return self.type_key(key),
            Action::Back if !self.filter.value().is_empty() => {
                self.clear_filter(ctx, area);
                self.focus = Focus::List;
            }
            Action::Back | Action::Confirm | Action::Down if self.focus == Focus::Filter => {
                self.focus = Focus::List;
            }
            Action::Edit => self.focus = Focus::Filter,
            Action::NextHit if count > 0 => self.select((self.selected + 1) % count, ctx, area),
            Action::PrevHit if count > 0 => self.select((self.selected + count - 1) % count, ctx, area),
            Action::Up
            | Action::Down
            | Action::Top
            | Action::Bottom
            | Action::ScrollUp
            | Action::ScrollDown => {
                let Some(index) = step(self.selected, count, action, 1) else { return Outcome::Ignored };
                self.select(index, ctx, area);
            }
            _ => {
                let inner = pane::inner(areas(area).answer);
                let lines = self.answer_lines(ctx, usize::from(inner.width)).len();
                return self.answer.apply(action, lines, usize::from(inner.height)).into();
            }
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let areas = areas(area);
        if areas.filter.contains(position) {
            self.focus = Focus::Filter;
            return Outcome::Handled;
        }
        let inner = pane::inner(areas.list);
        if !inner.contains(position) {
            return Outcome::Ignored;
        }
        self.focus = Focus::List;
        let heights = self.heights(ctx, usize::from(inner.width));
        let offset = adjust_offset(self.offset, &heights, self.selected, inner.height);
        match row_at(&heights, offset, position.y - inner.y) {
            Some(row) => {
                self.offset = offset;
                self.select(row, ctx, area);
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let areas = areas(area);
        self.render_filter(ctx, areas.filter, buf);
        self.render_list(ctx, areas.list, buf);
        pane::frame(" Answer ", false, ctx.theme).render(areas.answer, buf);
        let inner = pane::inner(areas.answer);
        let lines = self.answer_lines(ctx, usize::from(inner.width));
        pane::render_lines(&lines, self.answer, inner, areas.answer, buf, ctx.theme);
    }

    fn cursor(&self, _ctx: Ctx<'_>, area: Rect) -> Option<Position> {
        let inner = pane::inner(areas(area).filter);
        let scroll = self.filter.visual_scroll(usize::from(inner.width.saturating_sub(1)));
        let x = inner.x + (self.filter.visual_cursor().saturating_sub(scroll)) as u16;
        (self.focus == Focus::Filter).then(|| Position::new(x.min(inner.right().saturating_sub(1)), inner.y))
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        self.selected_entry(ctx).map(|entry| entry.id.clone())
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, area: Rect) -> bool {
        let Some(position) = ctx.kb.faq.iter().position(|entry| entry.id == id) else { return false };
        // Show every question again so the one asked for is in the list.
        if !self.filter.value().is_empty() {
            self.clear_filter(ctx, area);
        }
        self.focus = Focus::List;
        self.select(position, ctx, area);
        true
    }

    fn paste(&mut self, text: &str, _ctx: Ctx<'_>, _area: Rect) -> Outcome {
        // At once, not a key at a time: one search for the whole text.
        self.focus = Focus::Filter;
        let whole = field::insert(&mut self.filter, text, field::MAX_SEARCH);
        self.refilter();
        if whole { Outcome::Handled } else { Outcome::Request(Request::Say(field::search_full_notice())) }
    }

    fn arrive(&mut self) {
        // Every way in lands on the list, where the keys that work everywhere still do.
        self.focus = Focus::List;
    }

    fn busy(&self) -> bool {
        self.search.busy()
    }

    fn poll(&mut self, _ctx: Ctx<'_>) -> bool {
        let answered = self.search.query().clone();
        if !self.search.poll() {
            return false;
        }
        // New hits for a newer query: start from the best again. Hits for the same query (the
        // empty one, asked the first time the tab is polled) leave the selection alone: the
        // question a jump selected stays selected.
        if *self.search.query() != answered && !self.search.query().is_empty() {
            self.selected = 0;
            self.offset = 0;
            self.answer = Scroll::default();
        }
        true
    }
}
