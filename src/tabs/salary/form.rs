//! The form: six fields, four that cycle through a closed set, a percentage that is typed, and an
//! optional offer (an amount, typed; see [`super::offer`]).
//!
//! The percentage is edited as text, but only keystrokes that keep it a valid value or the start
//! of one are accepted ([`CostOfLiving::is_valid_prefix`]), so the field can never hold something
//! the calculator would refuse. While it is being typed the figures follow [`effective`].

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};
use tui_input::Input;

use crate::kb::{Industry, Level, Role};
use crate::salary::{Amount, Basis, Company, CostOfLiving, Inputs, industry_label};
use crate::tabs::view::Ctx;
use crate::ui::field;

/// A field of the form, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Role,
    Level,
    Company,
    Industry,
    CostOfLiving,
    Offer,
}

impl Field {
    /// Every field, top to bottom.
    pub(super) const ALL: [Field; 6] =
        [Field::Role, Field::Level, Field::Company, Field::Industry, Field::CostOfLiving, Field::Offer];

    fn label(self) -> &'static str {
        match self {
            Field::Role => "Role",
            Field::Level => "Level",
            Field::Company => "Company",
            Field::Industry => "Industry",
            Field::CostOfLiving => "Cost of living",
            Field::Offer => "Offer",
        }
    }

    /// Whether the field is typed (rather than cycled through a closed set).
    pub(super) fn is_typed(self) -> bool {
        matches!(self, Field::CostOfLiving | Field::Offer)
    }

    pub(super) fn index(self) -> usize {
        Field::ALL.iter().position(|&field| field == self).unwrap_or(0)
    }

    /// The field `by` rows away, staying within the form.
    pub(super) fn moved(self, by: isize) -> Field {
        let index = self.index().saturating_add_signed(by).min(Field::ALL.len() - 1);
        Field::ALL[index]
    }
}

/// Width of the label column, the longest label and two spaces.
pub(super) const LABEL_WIDTH: usize = 16;
/// The most characters the percentage may have ("-050.00" and the like).
const MAX_CHARS: usize = 7;

/// `value` one step along `all`, wrapping around.
fn cycle<T: Copy + PartialEq>(all: &[T], value: T, forward: bool) -> T {
    let len = all.len();
    let index = all.iter().position(|&item| item == value).unwrap_or(0);
    all[(index + if forward { 1 } else { len - 1 }) % len]
}

/// `inputs` with the choice in `field` moved one step; the percentage moves by one point. The
/// offer is not one of the calculator's inputs: its basis is the tab's to change.
pub(super) fn change(inputs: Inputs, field: Field, forward: bool) -> Inputs {
    match field {
        Field::Role => Inputs { role: cycle(&Role::ALL, inputs.role, forward), ..inputs },
        Field::Level => Inputs { level: cycle(&Level::ALL, inputs.level, forward), ..inputs },
        Field::Company => Inputs { company: cycle(&Company::ALL, inputs.company, forward), ..inputs },
        Field::Industry => Inputs { industry: cycle(&Industry::ALL, inputs.industry, forward), ..inputs },
        Field::CostOfLiving => {
            let step = if forward { 100 } else { -100 };
            let limit = CostOfLiving::MAX.hundredths();
            let hundredths = (inputs.col.hundredths() + step).clamp(-limit, limit);
            Inputs { col: CostOfLiving::from_hundredths(hundredths).unwrap_or(inputs.col), ..inputs }
        }
        Field::Offer => inputs,
    }
}

/// The adjustment a partly typed text stands for: the text itself when it is complete, without
/// a trailing point when it ends in one ("7." is 7), and none while there is no digit yet ("",
/// "-", "."), so that the figures never show a value the field does not.
pub(super) fn effective(text: &str) -> CostOfLiving {
    text.parse().or_else(|_| text.strip_suffix('.').unwrap_or(text).parse()).unwrap_or(CostOfLiving::ZERO)
}

/// Whether `c` can be part of a percentage.
pub(super) fn is_percent_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '-' | '+' | '.')
}

/// Applies an editing key to `text` if the result is still a valid percentage or the start of
/// one; `false` (and `text` unchanged) otherwise.
pub(super) fn edit(text: &mut Input, key: KeyEvent) -> bool {
    let percentage = |next: &str| {
        next.chars().all(is_percent_char)
            && next.chars().count() <= MAX_CHARS
            && CostOfLiving::is_valid_prefix(next)
    };
    field::edit(text, key, percentage)
}

/// How the percentage field takes keys while it has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry {
    /// Printable keys go to the field and the first one replaces the value (as in a spreadsheet
    /// cell); ←/→ move it by a point.
    Armed,
    /// Typing, with a cursor in the text.
    Typing,
    /// Esc left the field: it keeps the focus but keys have their usual meaning again.
    Left,
}

/// What the form shows: the inputs, the focused field, the percentage's text and the offer.
pub(super) struct View<'a> {
    pub inputs: Inputs,
    pub field: Field,
    pub entry: Entry,
    pub text: &'a Input,
    /// The offer as typed, the amount it counts as, and what it is compared with.
    pub offer_text: &'a Input,
    pub amount: Option<Amount>,
    pub basis: Basis,
}

/// The form's rows, one per field.
pub(super) fn lines(view: &View<'_>, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let inputs = view.inputs;
    Field::ALL
        .into_iter()
        .map(|field| {
            let focused = field == view.field;
            let label = format!("{}{:<LABEL_WIDTH$}", if focused { "▶ " } else { "  " }, field.label());
            let mut spans = vec![Span::styled(label, if focused { theme.selection } else { theme.label })];
            let arrow = if focused { theme.key } else { theme.muted };
            let choice = |value: String, style| {
                [Span::styled("◂ ", arrow), Span::styled(value, style), Span::styled(" ▸", arrow)]
            };
            match field {
                Field::Role => spans.extend(choice(inputs.role.title().to_string(), theme.role(inputs.role))),
                Field::Level => {
                    spans.extend(choice(ctx.kb.salary.level_name(inputs.level).to_string(), theme.text));
                    if let Some(years) =
                        ctx.kb.salary.level(inputs.level).and_then(|entry| entry.experience.as_deref())
                    {
                        spans.push(Span::styled(format!(" {years}"), theme.muted));
                    }
                }
                Field::Company => spans.extend(choice(inputs.company.label().to_string(), theme.text)),
                Field::Industry => {
                    spans.extend(choice(industry_label(inputs.industry).to_string(), theme.text));
                }
                Field::CostOfLiving => spans.extend(percent_spans(view, focused, ctx)),
                Field::Offer => spans.extend(super::offer::spans(view, focused, ctx)),
            }
            Line::from(spans)
        })
        .collect()
}

/// The percentage: the text with a cursor while typing, selected while a key would replace it,
/// and what an incomplete text counts as.
fn percent_spans(view: &View<'_>, focused: bool, ctx: Ctx<'_>) -> Vec<Span<'static>> {
    let theme = ctx.theme;
    let value = view.text.value();
    let mut spans = Vec::new();
    match (focused, view.entry) {
        (true, Entry::Typing) => spans.extend(with_cursor(view.text, ctx)),
        (true, Entry::Armed) => spans.push(Span::styled(value.to_string(), theme.selection)),
        _ => spans.push(Span::styled(view.inputs.col.signed(), theme.label)),
    }
    spans.push(Span::raw(" %"));
    if focused && view.entry == Entry::Typing && value.parse::<CostOfLiving>().is_err() {
        spans.push(Span::styled(format!("  counts as {}%", effective(value).signed()), theme.muted));
    } else if view.inputs.col.is_zero() && !(focused && view.entry == Entry::Typing) {
        spans.push(Span::styled("  no adjustment", theme.muted));
    }
    spans
}

/// A text being typed, with the cell under the cursor selected.
pub(super) fn with_cursor(text: &Input, ctx: Ctx<'_>) -> [Span<'static>; 3] {
    let theme = ctx.theme;
    let value = text.value();
    let cursor = text.cursor();
    let before: String = value.chars().take(cursor).collect();
    let at: String = value.chars().nth(cursor).map_or(" ".to_string(), String::from);
    let after: String = value.chars().skip(cursor + 1).collect();
    [Span::styled(before, theme.label), Span::styled(at, theme.selection), Span::styled(after, theme.label)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
    use tui_input::backend::crossterm::EventHandler;

    fn typed(keys: &str) -> String {
        let mut text = Input::default();
        for c in keys.chars() {
            edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        text.value().to_string()
    }

    #[test]
    fn only_keys_that_keep_a_valid_percentage_are_taken() {
        assert_eq!(typed("-12.25"), "-12.25");
        // "51" is out of range, so the 1 is refused; likewise a third decimal and a second sign.
        assert_eq!(typed("51"), "5");
        assert_eq!(typed("7.125"), "7.12");
        assert_eq!(typed("--5"), "-5");
        assert_eq!(typed("1e1"), "11");
        assert_eq!(typed("q5j"), "5");
        assert_eq!(typed("00000000"), "0000000", "at most seven characters");
    }

    #[test]
    fn deleting_cannot_leave_an_invalid_value() {
        let mut text = Input::new("5.00".to_string());
        // Cursor after the point: Backspace would give "500", out of range, so it is refused.
        for _ in 0..2 {
            text.handle_event(&Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)));
        }
        assert!(!edit(&mut text, KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)));
        assert_eq!(text.value(), "5.00");
        assert!(edit(&mut text, KeyEvent::new(KeyCode::End, KeyModifiers::NONE)));
        assert!(edit(&mut text, KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)));
        assert_eq!(text.value(), "5.0");
    }

    #[test]
    fn incomplete_text_counts_as_what_is_typed_so_far() {
        let hundredths = |text: &str| effective(text).hundredths();
        assert_eq!(hundredths("-10"), -1_000);
        assert_eq!(hundredths("7."), 700);
        assert_eq!(hundredths("-"), 0);
        assert_eq!(hundredths(""), 0);
        assert_eq!(hundredths("."), 0);
        assert_eq!(hundredths("-."), 0);
        assert_eq!(hundredths("-.5"), -50);
    }

    #[test]
    fn choices_cycle_and_the_percentage_steps_by_a_point_within_fifty() {
        let inputs = Inputs::default();
        assert_eq!(change(inputs, Field::Level, false).level, Level::Director, "wraps backwards");
        assert_eq!(change(inputs, Field::Industry, true).industry, Industry::Finance);
        assert_eq!(change(change(inputs, Field::Role, true), Field::Role, true).role, Role::Pm);
        let at = |text: &str| Inputs { col: text.parse().unwrap_or_default(), ..inputs };
        assert_eq!(change(at("7.5"), Field::CostOfLiving, true).col.to_string(), "8.5");
        assert_eq!(change(at("49.5"), Field::CostOfLiving, true).col.to_string(), "50");
        assert_eq!(change(at("-50"), Field::CostOfLiving, false).col.to_string(), "-50");
    }

    #[test]
    fn focus_stays_within_the_form() {
        assert_eq!(Field::Role.moved(-1), Field::Role);
        assert_eq!(Field::Industry.moved(5), Field::Offer);
    }
}
