//! The form's inputs and the offer as the store keeps them: text, so that the store does not
//! depend on the calculator's types, read back value by value.

use crate::salary::{Amount, Basis, Inputs};
use crate::store::{SavedOffer, SavedSalary};

/// Salary inputs from their saved text; a value this pmpo cannot read keeps its default.
pub(super) fn read_inputs(saved: &SavedSalary) -> Inputs {
    let default = Inputs::default();
    Inputs {
        role: saved.role.parse().unwrap_or(default.role),
        level: saved.level.parse().unwrap_or(default.level),
        company: saved.company.parse().unwrap_or(default.company),
        industry: saved.industry.parse().unwrap_or(default.industry),
        col: saved.col.parse().unwrap_or(default.col),
    }
}

/// The saved offer: its amount (none when absent or unreadable) and its basis (the base salary
/// when absent or unreadable).
pub(super) fn read_offer(saved: &SavedSalary) -> (Option<Amount>, Basis) {
    match &saved.offer {
        Some(offer) => (offer.amount.parse().ok(), offer.basis.parse().unwrap_or_default()),
        None => (None, Basis::default()),
    }
}

/// Salary inputs and the offer as the text the store keeps; no offer at all while there is no
/// amount and the basis is the default, so that a file stays as it was before offers existed.
pub(super) fn to_saved(inputs: Inputs, (amount, basis): (Option<Amount>, Basis)) -> SavedSalary {
    let offer = (amount.is_some() || basis != Basis::default()).then(|| SavedOffer {
        amount: amount.map(|amount| amount.dollars().to_string()).unwrap_or_default(),
        basis: basis.key().to_string(),
    });
    SavedSalary {
        role: inputs.role.key().to_string(),
        level: inputs.level.key().to_string(),
        company: inputs.company.key().to_string(),
        industry: inputs.industry.key().to_string(),
        col: inputs.col.to_string(),
        offer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Industry, Level, Role};
    use crate::salary::Company;

    #[test]
    fn salary_inputs_round_trip_through_their_saved_text() {
        let inputs = Inputs {
            role: Role::Po,
            level: Level::Staff,
            company: Company::BigTech,
            industry: Industry::Healthcare,
            col: "-12.5".parse().expect("a valid percentage"),
        };
        let saved = to_saved(inputs, (None, Basis::Base));
        assert_eq!(read_inputs(&saved), inputs);
        assert_eq!(saved.offer, None, "no offer, nothing saved for it");
        let offer = (Amount::new(150_000), Basis::Total);
        let saved = to_saved(inputs, offer);
        assert_eq!(saved.offer.as_ref().map(|offer| offer.amount.as_str()), Some("150000"));
        assert_eq!((read_inputs(&saved), read_offer(&saved)), (inputs, offer));
    }

    #[test]
    fn an_older_file_without_an_offer_loads() -> Result<(), Box<dyn std::error::Error>> {
        let text = r#"(version: 1, state: (salary: Some((role: "po", level: "staff", company: "big-tech",
            industry: "finance", col: "-10"))))"#;
        let state = crate::store::parse(text)?;
        let saved = state.salary.ok_or("the salary inputs")?;
        assert_eq!(read_inputs(&saved).level, Level::Staff);
        assert_eq!(read_offer(&saved), (None, Basis::Base));
        // An unreadable amount is no amount; an unreadable basis is the base salary.
        let garbled =
            SavedSalary { offer: Some(SavedOffer { amount: "lots".into(), basis: "gross".into() }), ..saved };
        assert_eq!(read_offer(&garbled), (None, Basis::Base));
        Ok(())
    }

    #[test]
    fn unreadable_saved_salary_values_fall_back_one_by_one() {
        let saved = SavedSalary {
            role: "po".into(),
            level: "ceo".into(),
            company: "big-tech".into(),
            industry: String::new(),
            col: "99".into(),
            offer: None,
        };
        let inputs = read_inputs(&saved);
        assert_eq!((inputs.role, inputs.company), (Role::Po, Company::BigTech), "readable values kept");
        let default = Inputs::default();
        assert_eq!(
            (inputs.level, inputs.industry, inputs.col),
            (default.level, default.industry, default.col)
        );
    }
}
