//! Property test: any sequence of answers, at any times (the clock may even jump back), keeps
//! every card's progress valid and counts every answer exactly once.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::collections::HashMap;

use pmpo::kb::{KnowledgeBase, Role};
use pmpo::study::{Cards, Deck, Grade, INTERVAL_DAYS, Mode, Personal, Progress, Session, TOP_BOX, Timestamp};
use proptest::prelude::*;

/// One thing the user does.
#[derive(Debug, Clone)]
enum Step {
    Grade(Grade),
    Choose(Role),
    /// Close the session and start another over a deck, due or cram.
    Restart(usize, bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => prop::sample::select(Grade::ALL.to_vec()).prop_map(Step::Grade),
        3 => prop::sample::select(Role::ALL.to_vec()).prop_map(Step::Choose),
        1 => (0..Deck::ALL.len(), any::<bool>()).prop_map(|(deck, cram)| Step::Restart(deck, cram)),
    ]
}

#[derive(Default)]
struct Counts {
    answers: u32,
    again: u32,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_answers_keep_every_card_valid(
        steps in prop::collection::vec((step(), -86_400i64..40 * 86_400), 1..120),
    ) {
        let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
        let cards = Cards::from_kb(&kb);
        // Bookmark a few items so the bookmarks deck is not empty.
        let bookmarks = vec!["aspect-origin".to_string(), "faq-po-to-pm".to_string(), "cert-reforge".to_string()];
        let mut now: Timestamp = 1_769_904_000;
        let (mut earliest, mut latest) = (now, now);
        let mut progress = Progress::new();
        let mut counts: HashMap<String, Counts> = HashMap::new();
        let mut session = Session::start(&cards, Deck::All, Mode::Due, Personal::bookmarks(&bookmarks), &progress, now);
        let (mut session_answers, mut session_again) = (0u32, 0u32);

        for (step, elapsed) in steps {
            now += elapsed;
            earliest = earliest.min(now);
            latest = latest.max(now);
            let before = session.remaining();
            let outcome = match step {
                Step::Grade(grade) => session.grade(&mut progress, grade, now),
                Step::Choose(role) => session.choose(&cards, &mut progress, role, now),
                Step::Restart(deck, cram) => {
                    let mode = if cram { Mode::Cram } else { Mode::Due };
                    session = Session::start(&cards, Deck::ALL[deck], mode, Personal::bookmarks(&bookmarks), &progress, now);
                    (session_answers, session_again) = (0, 0);
                    None
                }
            };
            if let Some(outcome) = outcome {
                let entry = counts.entry(outcome.card_id.clone()).or_default();
                entry.answers += 1;
                session_answers += 1;
                if outcome.grade == Grade::Again {
                    entry.again += 1;
                    session_again += 1;
                }
                prop_assert_eq!(outcome.right, outcome.grade != Grade::Again);
                // Right answers leave the queue; wrong ones go to its back.
                let expected_remaining = if outcome.right { before - 1 } else { before };
                prop_assert_eq!(session.remaining(), expected_remaining);
                prop_assert_eq!(progress.get(&outcome.card_id), Some(&outcome.progress));
            }
            prop_assert_eq!(session.answered(), session_answers);
            let summary = session.summary(&cards, Personal::bookmarks(&bookmarks), &progress, now);
            prop_assert_eq!((summary.right, summary.wrong), (session_answers - session_again, session_again));

            for (id, card) in &progress {
                prop_assert!(cards.get(id).is_some(), "only real cards get progress: {}", id);
                prop_assert!(card.is_valid(), "{} {:?}", id, card);
                prop_assert!((1..=TOP_BOX).contains(&card.leitner_box));
                let counted = &counts[id];
                prop_assert_eq!((card.reviews, card.lapses), (counted.answers, counted.again), "{}", id);
                // A due date is never before the earliest answer time, nor further than the longest
                // interval after the latest one.
                let longest = INTERVAL_DAYS[usize::from(TOP_BOX) - 1] * 86_400;
                prop_assert!(card.due >= earliest && card.due <= latest + longest, "{} {:?}", id, card);
            }
        }
    }
}
