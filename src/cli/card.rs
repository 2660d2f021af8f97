//! `pmpo card [--answer]`: one due flashcard as plain text, for a shell's start-up file.
//!
//! It runs at every shell start, so it is quick and quiet: it only reads the state file, never
//! writes, moves or repairs it (the app does that, where it can tell the user), and a state file
//! it cannot use counts as no progress at all rather than as an error on the terminal.

use std::fmt::Write as _;

use super::args::Cli;
use super::output::{CliError, load_kb, output_width, write_out};
use crate::store::{self, State};
use crate::study::{self, Card, Cards, Deck, Personal, Timestamp};

pub(super) fn card(cli: &Cli, answer: bool) -> Result<(), CliError> {
    let kb = load_kb(cli.kb.as_deref())?;
    let state = store::data_dir()
        .and_then(|dir| store::read(&dir.join(store::FILE_NAME)).ok().flatten())
        .unwrap_or_default();
    let cards = Cards::from_kb(&kb);
    write_out(&render(&cards, &state, study::now(), answer, output_width()))?;
    Ok(())
}

/// The text `pmpo card` prints at `now`, wrapped at `width`.
pub fn render(cards: &Cards, state: &State, now: Timestamp, answer: bool, width: usize) -> String {
    if let Some(card) = study::card_of_the_day(cards, &state.cards, now) {
        return show(card, answer, width);
    }
    let deck = study::deck_stats(cards, Deck::All, Personal::NONE, &state.cards, now);
    match deck.next_due {
        Some(due) => format!("No flashcards due. The next one is due {}.\n", study::describe_wait(due, now)),
        None => "No flashcards in this knowledge base.\n".to_string(),
    }
}

fn show(card: &Card, answer: bool, width: usize) -> String {
    let mut out = String::new();
    let mut paragraph = |text: &str| {
        for line in crate::doc::wrap::wrap_text(text, width, "", "") {
            let _ = writeln!(out, "{line}");
        }
    };
    paragraph(&format!("{}: {}", card.kind.label(), card.question));
    if answer {
        paragraph("");
        paragraph(&format!("Answer: {}", card.answer));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;
    use crate::study::{CardProgress, DAY};

    const NOW: Timestamp = 1_769_904_000;

    fn all_due_at(cards: &Cards, due: Timestamp) -> State {
        let progress = CardProgress { leitner_box: 2, due, reviews: 1, lapses: 0 };
        State {
            cards: cards.all().iter().map(|card| (card.id.clone(), progress)).collect(),
            ..State::default()
        }
    }

    #[test]
    fn a_due_card_is_shown_with_its_answer_on_request() -> Result<(), crate::kb::KbError> {
        let cards = Cards::from_kb(&KnowledgeBase::embedded()?);
        let mut state = all_due_at(&cards, NOW + DAY);
        state.cards.insert(
            "cert:cert-cspo".into(),
            CardProgress { leitner_box: 1, due: NOW, reviews: 1, lapses: 0 },
        );
        let question = "Certification: CSPO (Certified Scrum Product Owner): who awards it, and what\n\
                        does it take?\n";
        assert_eq!(render(&cards, &state, NOW, false, 80), question);
        let with_answer = render(&cards, &state, NOW, true, 80);
        assert!(
            with_answer.starts_with(&format!("{question}\nAnswer: Awarded by Scrum Alliance.")),
            "{with_answer}"
        );
        Ok(())
    }

    #[test]
    fn nothing_due_says_when_the_next_card_is() -> Result<(), crate::kb::KbError> {
        let cards = Cards::from_kb(&KnowledgeBase::embedded()?);
        let state = all_due_at(&cards, NOW + 3 * DAY);
        assert_eq!(
            render(&cards, &state, NOW, true, 80),
            "No flashcards due. The next one is due in 3 days.\n"
        );
        Ok(())
    }
}
