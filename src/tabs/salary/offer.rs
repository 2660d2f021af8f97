//! The offer field: an amount typed like the cost of living (`150k`, `$150,000`), compared with
//! the base salary or, at a major tech company only, with total compensation.
//!
//! Only keystrokes that keep the text an amount or the start of one are accepted
//! ([`Amount::is_valid_prefix`], no leading zero, at most [`MAX_CHARS`]), so the field cannot hold
//! something `pmpo salary --offer` would refuse; while it is being typed the figures follow what
//! the text counts as, and nothing while it is not an amount yet ("$", "150,0").

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::Span;
use tui_input::Input;

use super::SalaryTab;
use super::figures;
use super::form::{Entry, Field, View, with_cursor};
use crate::salary::{Amount, Basis, Company, Inputs};
use crate::tabs::view::Ctx;
use crate::ui::field;

/// The most characters the offer may have ("$10,000,000").
const MAX_CHARS: usize = 11;

/// What to show while the text is not an amount yet.
pub(super) const NOT_YET: &str = "not an amount yet: type such as 150k, 150000 or $150,000";

/// Whether `c` can be part of an amount.
pub(super) fn is_amount_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '$' | ',' | 'k' | 'K')
}

/// Whether `c` can start an amount: a key that replaces the value when the field is armed. `k`
/// and `,` cannot, so that `k` still moves up there.
pub(super) fn starts_amount(c: char) -> bool {
    matches!(c, '1'..='9' | '$')
}

/// The amount a text counts as: itself when it is one, else none.
pub(super) fn effective(text: &str) -> Option<Amount> {
    text.parse().ok()
}

/// Applies an editing key to `text` if the result is still an amount or the start of one;
/// `false` (and `text` unchanged) otherwise.
pub(super) fn edit(text: &mut Input, key: KeyEvent) -> bool {
    let amount = |next: &str| {
        // A leading zero never helps ("0" alone is refused anyway): refusing it leaves only
        // unfinished texts as the field's non-amounts.
        let digits = next.strip_prefix('$').unwrap_or(next);
        next.chars().all(is_amount_char)
            && next.chars().count() <= MAX_CHARS
            && !digits.starts_with('0')
            && Amount::is_valid_prefix(next)
    };
    field::edit(text, key, amount)
}

/// The basis that applies: total compensation only at a major tech company, where the toggle
/// means something; the base salary everywhere else.
pub(super) fn basis_at(inputs: Inputs, basis: Basis) -> Basis {
    if basis.applies_at(inputs.company) { basis } else { Basis::Base }
}

/// The other basis, where there is a choice; the same one at a standard company.
pub(super) fn toggled(inputs: Inputs, basis: Basis) -> Basis {
    if inputs.company != Company::BigTech {
        return basis;
    }
    match basis {
        Basis::Base => Basis::Total,
        Basis::Total => Basis::Base,
    }
}

/// The offer's row: the text with a cursor while typing, selected while a key would replace it,
/// the amount otherwise ("none" when there is none); then the basis at a major tech company.
pub(super) fn spans(view: &View<'_>, focused: bool, ctx: Ctx<'_>) -> Vec<Span<'static>> {
    let theme = ctx.theme;
    let value = view.offer_text.value();
    let mut spans = Vec::new();
    match (focused, view.entry) {
        (true, Entry::Typing) => spans.extend(with_cursor(view.offer_text, ctx)),
        (true, Entry::Armed) if value.is_empty() => {
            spans.push(Span::styled(" ", theme.selection));
            spans.push(Span::styled(" e.g. 150k", theme.muted));
        }
        (true, Entry::Armed) => spans.push(Span::styled(value.to_string(), theme.selection)),
        _ => match view.amount {
            Some(amount) => spans.push(Span::styled(amount.to_string(), theme.label)),
            None => spans.push(Span::styled("none", theme.muted)),
        },
    }
    if view.inputs.company == Company::BigTech {
        let arrow = if focused { theme.key } else { theme.muted };
        spans.push(Span::styled("  ◂ ", arrow));
        spans.push(Span::styled(basis_at(view.inputs, view.basis).key(), theme.text));
        spans.push(Span::styled(" ▸", arrow));
    }
    spans
}

impl SalaryTab {
    /// Puts a saved offer back in the form; an offer being typed is replaced.
    pub(super) fn set_offer(&mut self, amount: Option<Amount>, basis: Basis) {
        self.amount = amount;
        self.basis = basis;
        self.offer_text = Input::new(amount.map(|amount| amount.to_string()).unwrap_or_default());
        if self.field == Field::Offer && self.entry == Entry::Typing {
            self.entry = Entry::Armed;
        }
    }

    /// The offer as the figures and the chart show it, with the basis that applies to the inputs.
    pub(super) fn figures_offer(&self) -> figures::Offer {
        figures::Offer {
            amount: self.amount,
            basis: basis_at(self.inputs, self.basis),
            unfinished: self.field == Field::Offer
                && self.amount.is_none()
                && !self.offer_text.value().is_empty(),
        }
    }

    /// Whether there is an offer, even one not finished.
    pub(super) fn has_offer(&self) -> bool {
        self.amount.is_some() || !self.offer_text.value().is_empty()
    }

    /// Clears the offer (Esc).
    pub(super) fn clear_offer(&mut self) {
        self.amount = None;
        self.offer_text = Input::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn typed(keys: &str) -> String {
        let mut text = Input::default();
        for c in keys.chars() {
            edit(&mut text, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        text.value().to_string()
    }

    #[test]
    fn only_keys_that_keep_an_amount_are_taken() {
        assert_eq!(typed("$150,000"), "$150,000");
        assert_eq!(typed("150k"), "150k");
        // A second k, a decimal point, a letter, a group of four: refused, one key at a time.
        assert_eq!(typed("150kk"), "150k");
        assert_eq!(typed("1.5m"), "15");
        assert_eq!(typed("150,0000"), "150,000");
        // Over $10,000,000 can never become valid; neither can a leading zero or a sign.
        assert_eq!(typed("10,000,0001"), "10,000,000");
        assert_eq!(typed("-0150"), "150");
        assert_eq!(typed("$$1"), "$1");
    }

    #[test]
    fn an_unfinished_text_counts_as_no_amount() {
        assert_eq!(effective("150k").map(Amount::dollars), Some(150_000));
        assert_eq!(effective("$150,0"), None);
        assert_eq!(effective("$"), None);
        assert_eq!(effective(""), None);
    }

    #[test]
    fn total_compensation_only_at_big_tech() {
        let standard = Inputs::default();
        let big_tech = Inputs { company: Company::BigTech, ..standard };
        assert_eq!(toggled(standard, Basis::Base), Basis::Base);
        assert_eq!(toggled(big_tech, Basis::Base), Basis::Total);
        assert_eq!(basis_at(standard, Basis::Total), Basis::Base, "kept, but not applied");
        assert_eq!(basis_at(big_tech, Basis::Total), Basis::Total);
    }

    #[test]
    fn keys_that_start_an_amount() {
        assert!(starts_amount('1') && starts_amount('$'));
        assert!(!starts_amount('k') && !starts_amount(',') && !starts_amount('0'));
        assert!(is_amount_char('k') && is_amount_char(','));
    }
}
