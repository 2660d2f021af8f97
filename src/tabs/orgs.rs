//! Orgs: the three org models as cards; the user types a company size and the model it falls
//! under is highlighted, with the rule for sizes on a shared boundary stated beside the field.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{BorderType, Paragraph, Widget};
use tui_input::Input;

use ratatui::crossterm::event::KeyCode;

use super::view::{Ctx, Outcome, TabView};
use crate::action::Action;
use crate::doc::Doc;
use crate::kb::OrgModel;
use crate::keymap::{self, Binding, Edits, Key, Keymap, TextEntry};
use crate::ui::document::{self, Rendered};
use crate::ui::field;
use crate::ui::pane::{self, Scroll};
use crate::ui::wrap::wrap_plain;

/// Cards sit side by side from this width; below it they become one line each.
const CARDS_SIDE_BY_SIDE: u16 = 72;
/// Sizes are whole numbers of people; nine digits is more than any company.
const MAX_DIGITS: usize = 9;

const TYPE_SIZE: Binding = Binding::new(
    &[(Key::ch('s'), Action::Edit), (Key::code(KeyCode::Enter), Action::Edit)],
    "s/Enter",
    "type a company size: the model it falls under is selected",
)
.hint("type a size");
const MODEL: Binding = keymap::LEFT_RIGHT.says("the previous / next model", "model");
const SCROLL: Binding = keymap::UP_DOWN.says("scroll the model's detail", "scroll");
const PAGE: Binding = keymap::PAGES.says("scroll the detail a page (C-u/C-d: half a page)", "page");
const ENDS: Binding = keymap::ENDS.says("top / end of the detail (also Home/End)", "top/end");
const CLEAR: Binding = keymap::ESC.says("clear the size", "clear size");
const DONE: Binding = Binding::new(
    &[
        (Key::code(KeyCode::Esc), Action::Back),
        (Key::code(KeyCode::Enter), Action::Back),
        (Key::code(KeyCode::Up), Action::Back),
        (Key::code(KeyCode::Down), Action::Back),
    ],
    "Esc/Enter",
    "done typing (also ↑/↓)",
)
.hint("done");
const SIZE: TextEntry = TextEntry {
    takes: Some(|c| c.is_ascii_digit()),
    edits: Edits::All,
    label: "0-9",
    help: "the number of employees (Backspace deletes)",
    hint: "size",
};

/// The Orgs tab's state.
#[derive(Debug, Clone, Default)]
pub struct OrgsTab {
    selected: usize,
    size: Input,
    editing: bool,
    detail: Scroll,
}

struct Areas {
    field: Rect,
    rule: Rect,
    cards: Rect,
    detail: Rect,
}

fn areas(area: Rect, ctx: Ctx<'_>) -> Areas {
    let rule_lines =
        wrap_plain(&ctx.kb.orgs.boundary_rule, ctx.theme.muted, usize::from(area.width.saturating_sub(2)));
    let rule_height = (rule_lines.len() as u16).min(6);
    let cards_height = if area.width >= CARDS_SIDE_BY_SIDE { 6 } else { ctx.kb.orgs.models.len() as u16 + 2 };
    let [field, rule, cards, detail] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(rule_height),
        Constraint::Length(cards_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    Areas { field, rule, cards, detail }
}

/// Each card's rectangle when the cards sit side by side.
fn card_areas(cards: Rect, count: usize) -> Vec<Rect> {
    Layout::horizontal(vec![Constraint::Fill(1); count]).split(cards).to_vec()
}

fn detail_doc(model: &OrgModel) -> Doc {
    let mut doc = Doc::new();
    doc.paragraph(&model.description).gap();
    for fact in &model.facts {
        doc.labelled(&fact.label, &fact.text);
    }
    doc
}

impl OrgsTab {
    /// The typed size, if any.
    fn typed_size(&self) -> Option<u32> {
        self.size.value().parse().ok()
    }

    /// The model the typed size falls under.
    fn matching<'a>(&self, ctx: Ctx<'a>) -> Option<&'a OrgModel> {
        self.typed_size().and_then(|size| ctx.kb.orgs.model_for(size))
    }

    fn detail(&self, ctx: Ctx<'_>, area: Rect) -> (Rendered, Rect) {
        let inner = pane::inner(areas(area, ctx).detail);
        let doc = ctx.kb.orgs.models.get(self.selected).map(detail_doc).unwrap_or_default();
        (document::layout(&doc, inner.width, ctx.theme), inner)
    }

    fn select(&mut self, index: usize, ctx: Ctx<'_>) {
        let index = index.min(ctx.kb.orgs.models.len().saturating_sub(1));
        if index != self.selected {
            self.detail = Scroll::default();
        }
        self.selected = index;
    }

    fn edit(&mut self, key: KeyEvent, ctx: Ctx<'_>) {
        let whole_number = |text: &str| text.len() <= MAX_DIGITS && text.chars().all(|c| c.is_ascii_digit());
        if field::edit(&mut self.size, key, whole_number)
            && let Some(index) =
                self.matching(ctx).and_then(|m| ctx.kb.orgs.models.iter().position(|x| x.id == m.id))
        {
            self.select(index, ctx);
        }
    }

    fn render_field(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let title = if self.editing { " Company size — Esc done " } else { " Company size — s to type " };
        let frame = pane::frame(title, self.editing, theme);
        let inner = frame.inner(area);
        frame.render(area, buf);
        let value = self.size.value();
        let mut spans = vec![Span::raw(" ")];
        if value.is_empty() {
            let placeholder =
                if self.editing { "type the number of employees" } else { "any number of employees" };
            spans.push(Span::styled(placeholder, theme.muted));
        } else {
            spans.push(Span::styled(value.to_string(), theme.label));
            spans.push(Span::raw(" employees"));
        }
        let result = match (self.typed_size(), self.matching(ctx)) {
            (Some(_), Some(model)) => {
                Span::styled(format!("  → {} ({})", model.name, model.size_label()), theme.emphasis)
            }
            (Some(_), None) => Span::styled("  → a company has at least 1 employee", theme.bad),
            (None, _) => Span::raw(""),
        };
        spans.push(result);
        Line::from(spans).render(inner, buf);
    }

    fn render_cards(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme;
        let models = &ctx.kb.orgs.models;
        let matching = self.matching(ctx).map(|model| model.id.as_str());
        if area.width < CARDS_SIDE_BY_SIDE {
            pane::frame(" Org models — h/l choose ", false, theme).render(area, buf);
            let inner = pane::inner(area);
            let lines: Vec<Line<'_>> = models
                .iter()
                .enumerate()
                .map(|(index, model)| {
                    let marker = if index == self.selected { "▶ " } else { "  " };
                    let matched = if matching == Some(model.id.as_str()) { " ◆" } else { "" };
                    let text = format!(
                        "{marker}{} · {} · {}{matched}",
                        model.name,
                        model.size_label(),
                        model.headline
                    );
                    let style = if index == self.selected { theme.selection } else { theme.text };
                    Line::styled(text, style)
                })
                .collect();
            Paragraph::new(lines).render(inner, buf);
            return;
        }
        for (index, (model, card)) in models.iter().zip(card_areas(area, models.len())).enumerate() {
            let selected = index == self.selected;
            let matched = matching == Some(model.id.as_str());
            let mut frame = pane::frame(format!(" {} ", model.name), selected, theme);
            if matched {
                frame = frame.border_type(BorderType::Double).border_style(theme.emphasis);
            } else if selected {
                frame = frame.border_type(BorderType::Thick);
            }
            let inner = pane::inner(card);
            frame.render(card, buf);
            let mut lines = vec![Line::styled(model.size_label(), theme.muted)];
            lines.extend(wrap_plain(&model.headline, theme.label, usize::from(inner.width)));
            if matched {
                lines.push(Line::styled("◆ your size", theme.emphasis));
            }
            Paragraph::new(lines).render(inner, buf);
        }
    }
}

impl TabView for OrgsTab {
    fn min_size(&self) -> Size {
        Size::new(40, 16)
    }

    fn keymap(&self, _ctx: Ctx<'_>, _area: Rect) -> Keymap {
        if self.editing {
            return Keymap::new(&[DONE]).typing(SIZE);
        }
        let mut keys = vec![TYPE_SIZE, MODEL, SCROLL, PAGE, ENDS];
        if !self.size.value().is_empty() {
            keys.insert(3, CLEAR);
        }
        Keymap::new(&keys)
    }

    fn handle(&mut self, action: Action, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let count = ctx.kb.orgs.models.len();
        match action {
            Action::Input(key) => self.edit(key, ctx),
            Action::Back if self.editing => self.editing = false,
            Action::Edit => self.editing = true,
            Action::Back if !self.size.value().is_empty() => self.size.reset(),
            Action::Left => self.select((self.selected + count - 1) % count, ctx),
            Action::Right => self.select((self.selected + 1) % count, ctx),
            _ => {
                let (page, inner) = self.detail(ctx, area);
                return self.detail.apply(action, page.lines.len(), usize::from(inner.height)).into();
            }
        }
        Outcome::Handled
    }

    fn click(&mut self, position: Position, ctx: Ctx<'_>, area: Rect) -> Outcome {
        let areas = areas(area, ctx);
        if areas.field.contains(position) {
            self.editing = true;
            return Outcome::Handled;
        }
        self.editing = false;
        if !areas.cards.contains(position) {
            return Outcome::Ignored;
        }
        let count = ctx.kb.orgs.models.len();
        let index = if areas.cards.width < CARDS_SIDE_BY_SIDE {
            usize::from(position.y.saturating_sub(areas.cards.y + 1))
        } else {
            card_areas(areas.cards, count).iter().position(|card| card.contains(position)).unwrap_or(count)
        };
        if index < count {
            self.select(index, ctx);
        }
        (index < count).into()
    }

    fn render(&self, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
        let areas = areas(area, ctx);
        self.render_field(ctx, areas.field, buf);
        let rule = wrap_plain(
            &ctx.kb.orgs.boundary_rule,
            ctx.theme.muted,
            usize::from(areas.rule.width.saturating_sub(2)),
        );
        Paragraph::new(rule).render(
            Rect { x: areas.rule.x + 1, width: areas.rule.width.saturating_sub(2), ..areas.rule },
            buf,
        );
        self.render_cards(ctx, areas.cards, buf);
        if let Some(model) = ctx.kb.orgs.models.get(self.selected) {
            let (page, inner) = self.detail(ctx, area);
            let title = format!(" {}: {} ", model.name, model.headline);
            pane::frame(title, false, ctx.theme).render(areas.detail, buf);
            pane::render_lines(&page.lines, self.detail, inner, areas.detail, buf, ctx.theme);
        }
    }

    fn cursor(&self, ctx: Ctx<'_>, area: Rect) -> Option<Position> {
        let field = pane::inner(areas(area, ctx).field);
        let x = field.x + self.size.visual_cursor() as u16;
        self.editing.then(|| Position::new(x.min(field.right().saturating_sub(1)), field.y))
    }

    fn current_item(&self, ctx: Ctx<'_>, _area: Rect) -> Option<String> {
        ctx.kb.orgs.models.get(self.selected).map(|model| model.id.clone())
    }

    fn show_item(&mut self, id: &str, ctx: Ctx<'_>, _area: Rect) -> bool {
        match ctx.kb.orgs.models.iter().position(|model| model.id == id) {
            Some(index) => {
                self.select(index, ctx);
                true
            }
            None => false,
        }
    }
}
