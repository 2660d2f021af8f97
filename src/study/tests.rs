//! The scheduling table, card generation and sessions, with a fixed clock.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use super::*;
use crate::kb::{KnowledgeBase, Role};
use crate::tab::Tab;

/// An arbitrary fixed "now": 2026-02-01 00:00:00 UTC.
const T0: Timestamp = 1_769_904_000;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}")))
}

fn cards() -> &'static Cards {
    static CARDS: OnceLock<Cards> = OnceLock::new();
    CARDS.get_or_init(|| Cards::from_kb(kb()))
}

/// The ids a session would show, in order: answered "good" one by one on a copy.
fn queue_order(session: &Session, progress: &Progress) -> Vec<String> {
    let (mut session, mut progress) = (session.clone(), progress.clone());
    std::iter::from_fn(|| session.grade(&mut progress, Grade::Good, T0).map(|outcome| outcome.card_id))
        .collect()
}

/// A card with some history (4 reviews, 1 lapse) in `leitner_box`, due at `due`.
fn in_box(leitner_box: u8, due: Timestamp) -> CardProgress {
    CardProgress { leitner_box, due, reviews: 4, lapses: 1 }
}

#[test]
fn a_new_card_moves_as_the_table_says() {
    let new = |grade| answer(None, grade, T0);
    // Again: box 1, due now, one lapse.
    assert_eq!(new(Grade::Again), CardProgress { leitner_box: 1, due: T0, reviews: 1, lapses: 1 });
    // Hard and good from box 0: box 1, due after 1 day = 86,400 s.
    assert_eq!(new(Grade::Hard), CardProgress { leitner_box: 1, due: T0 + 86_400, reviews: 1, lapses: 0 });
    assert_eq!(new(Grade::Good), CardProgress { leitner_box: 1, due: T0 + 86_400, reviews: 1, lapses: 0 });
    // Easy from box 0: box 2, due after 3 days = 259,200 s.
    assert_eq!(new(Grade::Easy), CardProgress { leitner_box: 2, due: T0 + 259_200, reviews: 1, lapses: 0 });
}

#[test]
fn a_due_card_in_box_three_moves_as_the_table_says() {
    let due_card = Some(in_box(3, T0 - 60));
    let after = |grade| answer(due_card, grade, T0);
    assert_eq!(after(Grade::Again), CardProgress { leitner_box: 1, due: T0, reviews: 5, lapses: 2 });
    // Hard stays in box 3: 7 days = 604,800 s.
    assert_eq!(after(Grade::Hard), CardProgress { leitner_box: 3, due: T0 + 604_800, reviews: 5, lapses: 1 });
    // Good goes to box 4: 14 days = 1,209,600 s.
    assert_eq!(
        after(Grade::Good),
        CardProgress { leitner_box: 4, due: T0 + 1_209_600, reviews: 5, lapses: 1 }
    );
    // Easy goes to box 5: 30 days = 2,592,000 s.
    assert_eq!(
        after(Grade::Easy),
        CardProgress { leitner_box: 5, due: T0 + 2_592_000, reviews: 5, lapses: 1 }
    );
}

#[test]
fn the_top_box_is_a_ceiling() {
    // Box 5 + good, and box 4 + easy (4 + 2 = 6), both stop at box 5, 30 days out.
    assert_eq!(answer(Some(in_box(5, T0)), Grade::Good, T0).leitner_box, 5);
    let easy = answer(Some(in_box(4, T0)), Grade::Easy, T0);
    assert_eq!((easy.leitner_box, easy.due), (5, T0 + 30 * 86_400));
}

#[test]
fn answering_early_only_moves_the_card_when_forgotten() {
    let early = Some(in_box(2, T0 + DAY));
    for grade in [Grade::Hard, Grade::Good, Grade::Easy] {
        let after = answer(early, grade, T0);
        assert_eq!((after.leitner_box, after.due, after.reviews), (2, T0 + DAY, 5), "{grade:?}");
    }
    let forgotten = answer(early, Grade::Again, T0);
    assert_eq!((forgotten.leitner_box, forgotten.due, forgotten.lapses), (1, T0, 2));
}

#[test]
fn a_card_is_due_from_its_due_second_on() {
    let card = CardProgress { leitner_box: 1, due: T0, reviews: 1, lapses: 0 };
    assert!(!card.is_due(T0 - 1));
    assert!(card.is_due(T0));
    assert!(card.is_due(T0 + 1));
}

#[test]
fn grades_come_from_keys_one_to_four() {
    let keys: Vec<_> = "01234x".chars().map(Grade::from_key).collect();
    let expected = [None, Some(Grade::Again), Some(Grade::Hard), Some(Grade::Good), Some(Grade::Easy), None];
    assert_eq!(keys, expected);
    assert!(Grade::ALL.iter().all(|g| Grade::from_key(g.key()) == Some(*g)));
    assert_eq!((Grade::for_choice(true), Grade::for_choice(false)), (Grade::Good, Grade::Again));
}

#[test]
fn waits_read_as_words() {
    assert_eq!(describe_wait(T0 - 5, T0), "now");
    assert_eq!(describe_wait(T0, T0), "now");
    assert_eq!(describe_wait(T0 + 1, T0), "in 1 minute");
    assert_eq!(describe_wait(T0 + 600, T0), "in 10 minutes");
    assert_eq!(describe_wait(T0 + 3_540, T0), "in 59 minutes");
    assert_eq!(describe_wait(T0 + 3_590, T0), "in 1 hour", "not in 60 minutes");
    assert_eq!(describe_wait(T0 + 5 * 3_600, T0), "in 5 hours");
    // 23 h 29 min rounds to 23 hours; 23 h 45 min to a day, not "24 hours".
    assert_eq!(describe_wait(T0 + 84_540, T0), "in 23 hours");
    assert_eq!(describe_wait(T0 + 85_500, T0), "in 1 day");
    assert_eq!(describe_wait(T0 + DAY, T0), "in 1 day");
    assert_eq!(describe_wait(T0 + 3 * DAY, T0), "in 3 days");
}

#[test]
fn the_embedded_knowledge_base_makes_eighty_cards_with_unique_ids() {
    let all = cards().all();
    // 8 FAQ; 11 aspects × 2 roles + 20 skills + 14 statements = 56 PM or PO; 8 certifications;
    // ladders of 7 and 3 rungs have 6 + 2 rungs with a next one = 8. 8 + 56 + 8 + 8 = 80.
    let count = |deck| cards().in_deck(deck, Personal::NONE).count();
    assert_eq!(
        (count(Deck::Faq), count(Deck::PmOrPo), count(Deck::Certs), count(Deck::Careers)),
        (8, 56, 8, 8)
    );
    assert_eq!(all.len(), 80);
    let ids: HashSet<&str> = all.iter().map(|card| card.id.as_str()).collect();
    assert_eq!(ids.len(), 80, "card ids are unique");
    assert!(all.iter().all(|card| cards().get(&card.id) == Some(card)));
}

#[test]
fn cards_say_what_they_ask_and_where_they_come_from() -> Result<(), String> {
    let cell = cards().get("pmpo:aspect-origin:po").ok_or("no PO origin card")?;
    assert_eq!(cell.kind, CardKind::PmOrPo(Role::Po));
    assert_eq!((cell.source.as_str(), cell.tab), ("aspect-origin", Tab::Compare));
    assert!(cell.question.contains("Scrum Guide"), "the PO cell is the question: {}", cell.question);
    assert!(cell.answer.contains("tech industry"), "the answer shows the PM side: {}", cell.answer);

    let rung = cards().get("ladder:rung-apm").ok_or("no APM ladder card")?;
    assert!(rung.answer.starts_with("Product Manager."), "{}", rung.answer);
    assert!(cards().get("ladder:rung-cpo").is_none(), "the top rung has no next one");
    assert!(cards().get("ladder:rung-lead-po").is_none(), "nor has the top of the PO track");

    let cert = cards().get("cert:cert-cspo").ok_or("no CSPO card")?;
    assert!(cert.answer.contains("Scrum Alliance") && cert.answer.contains("2-day"), "{}", cert.answer);
    assert_eq!(cards().get("pmpo:skill-po-backlog").map(|c| c.kind), Some(CardKind::PmOrPo(Role::Po)));
    assert_eq!(cards().get("pmpo:choose-pm-strategy").map(|c| c.tab), Some(Tab::Choose));
    Ok(())
}

#[test]
fn each_card_names_the_tab_the_knowledge_base_puts_its_source_on() {
    // Two sources of truth for "which tab shows this item" must agree, or a bookmark made from a
    // card would jump somewhere else than the card says.
    for card in cards().all() {
        assert_eq!(kb().item_tab(&card.source), Some(card.tab), "{}", card.id);
    }
}

#[test]
fn card_ids_survive_rewording_and_reordering() {
    let mut edited = kb().clone();
    edited.faq[0].answer = "A rewritten answer.".to_string();
    edited.faq.reverse();
    edited.comparison[0].pm = "Reworded.".to_string();
    let ids = |cards: &Cards| cards.all().iter().map(|c| c.id.clone()).collect::<HashSet<_>>();
    let after = Cards::from_kb(&edited);
    assert_eq!(ids(&after), ids(cards()));
    assert_ne!(
        after.get("pmpo:aspect-origin:pm"),
        cards().get("pmpo:aspect-origin:pm"),
        "the text did change"
    );
}

#[test]
fn the_bookmarks_deck_follows_bookmarked_items() {
    let bookmarks = ["aspect-origin".to_string(), "faq-both-roles".to_string(), "org-startup".to_string()];
    let ids: Vec<&str> =
        cards().in_deck(Deck::Bookmarks, Personal::bookmarks(&bookmarks)).map(|c| c.id.as_str()).collect();
    // The aspect gives its two cells, the FAQ entry one card, the org model none.
    assert_eq!(ids, ["faq:faq-both-roles", "pmpo:aspect-origin:pm", "pmpo:aspect-origin:po"]);
}

#[test]
fn a_due_session_shows_overdue_cards_first_then_new_ones() {
    let mut progress = Progress::new();
    // Inside the certs deck: pspo overdue by 10 s, safe-popm by 100 s, cspo not due for a day.
    for (id, due) in [("pspo", T0 - 10), ("safe-popm", T0 - 100), ("cspo", T0 + DAY)] {
        progress
            .insert(format!("cert:cert-{id}"), CardProgress { leitner_box: 1, due, reviews: 1, lapses: 0 });
    }
    let session = Session::start(cards(), Deck::Certs, Mode::Due, Personal::NONE, &progress, T0);
    let order = queue_order(&session, &progress);
    // 8 certs - 1 not due = 7: the two overdue ones (longest first), then the 5 new in KB order.
    assert_eq!(
        order,
        ["safe-popm", "pspo", "a-cspo", "pragmatic", "product-school", "aipmm-cpm", "reforge"]
            .map(|id| format!("cert:cert-{id}"))
    );
    let stats = deck_stats(cards(), Deck::Certs, Personal::NONE, &progress, T0);
    assert_eq!(stats, DeckStats { total: 8, due: 7, new: 5, next_due: Some(T0 + DAY) });
}

#[test]
fn every_answer_is_written_into_the_progress_at_once() -> Result<(), String> {
    let mut progress = Progress::new();
    let mut session = Session::start(cards(), Deck::Faq, Mode::Due, Personal::NONE, &progress, T0);
    let first = session.current_id().ok_or("empty")?.to_string();
    let outcome = session.grade(&mut progress, Grade::Easy, T0).ok_or("no outcome")?;
    assert_eq!(progress.get(&first), Some(&outcome.progress));
    assert_eq!(outcome.progress.leitner_box, 2);
    assert_eq!(session.remaining(), 7, "8 FAQ cards, one answered");
    Ok(())
}

#[test]
fn again_sends_the_card_to_the_back_of_the_session() -> Result<(), String> {
    let mut progress = Progress::new();
    let mut session = Session::start(cards(), Deck::Faq, Mode::Due, Personal::NONE, &progress, T0);
    let first = session.current_id().ok_or("empty")?.to_string();
    let outcome = session.grade(&mut progress, Grade::Again, T0).ok_or("no outcome")?;
    assert!(outcome.requeued && !outcome.right);
    assert_eq!(session.remaining(), 8, "still 8 to go: the forgotten card is queued again");
    let rest: Vec<_> = (0..7).filter_map(|_| session.grade(&mut progress, Grade::Good, T0)).collect();
    assert_eq!(rest.len(), 7);
    assert_eq!(session.current_id(), Some(first.as_str()));
    Ok(())
}

#[test]
fn pm_or_po_answers_are_right_or_wrong_at_once() -> Result<(), String> {
    let mut progress = Progress::new();
    let mut session = Session::start(cards(), Deck::PmOrPo, Mode::Due, Personal::NONE, &progress, T0);
    // Whichever card comes first (the session shuffles them), the other role is wrong...
    let expected = |session: &Session| session.current(cards()).and_then(|card| card.kind.expected_role());
    let first = expected(&session).ok_or("a PM-or-PO card")?;
    let wrong = session.choose(cards(), &mut progress, first.other(), T0).ok_or("no outcome")?;
    assert_eq!((wrong.right, wrong.grade, wrong.expected), (false, Grade::Again, Some(first)));
    // ...and its own role right.
    let second = expected(&session).ok_or("a PM-or-PO card")?;
    let right = session.choose(cards(), &mut progress, second, T0).ok_or("no outcome")?;
    assert_eq!((right.right, right.progress.leitner_box, right.progress.due), (true, 1, T0 + DAY));
    let summary = session.summary(cards(), Personal::NONE, &progress, T0);
    // Two cards seen; one right; one wrong and due now again, with the 54 untouched: 55 due.
    assert_eq!((summary.seen, summary.right, summary.wrong, summary.due_now), (2, 1, 1, 55));
    assert_eq!(summary.next_due, Some(T0 + DAY));
    Ok(())
}

#[test]
fn choosing_a_role_on_a_self_graded_card_does_nothing() {
    let mut progress = Progress::new();
    let mut session = Session::start(cards(), Deck::Faq, Mode::Due, Personal::NONE, &progress, T0);
    assert_eq!(session.choose(cards(), &mut progress, Role::Pm, T0), None);
    assert!(progress.is_empty());
    assert_eq!((session.remaining(), session.answered()), (8, 0));
}

#[test]
fn cram_shows_the_whole_deck_weakest_first_when_nothing_is_due() {
    let mut progress = Progress::new();
    let mut session = Session::start(cards(), Deck::Careers, Mode::Due, Personal::NONE, &progress, T0);
    // The first card (APM → PM) easy: box 2; the other seven good: box 1.
    session.grade(&mut progress, Grade::Easy, T0);
    while session.grade(&mut progress, Grade::Good, T0).is_some() {}
    assert_eq!(progress.len(), 8);
    let due = Session::start(cards(), Deck::Careers, Mode::Due, Personal::NONE, &progress, T0);
    assert!(due.is_finished(), "nothing is due right after studying");
    let mut cram = Session::start(cards(), Deck::Careers, Mode::Cram, Personal::NONE, &progress, T0);
    let order = queue_order(&cram, &progress);
    assert_eq!(order.len(), 8, "cram shows every card of the deck");
    assert_eq!(order.last().map(String::as_str), Some("ladder:rung-apm"), "the box-2 card comes last");
    assert_eq!(order.first().map(String::as_str), Some("ladder:rung-pm"), "then deck order: {order:?}");
    // Crammed an hour later, before it is due, and right: only the count moves.
    cram.grade(&mut progress, Grade::Easy, T0 + 3_600);
    let pm = progress.get("ladder:rung-pm").map(|p| (p.leitner_box, p.due, p.reviews));
    assert_eq!(pm, Some((1, T0 + DAY, 2)));
}

#[test]
fn the_card_of_the_day_prefers_reviewed_cards_and_changes_daily() {
    let mut progress = Progress::new();
    // No progress: all 80 cards are new; day number 1_769_904_000 / 86_400 = 20_485; 20_485 % 80 = 5.
    let pick = card_of_the_day(cards(), &progress, T0).map(|c| c.id.clone());
    assert_eq!(pick, Some(cards().all()[5].id.clone()));
    let next_day = card_of_the_day(cards(), &progress, T0 + DAY).map(|c| c.id.clone());
    assert_eq!(next_day, Some(cards().all()[6].id.clone()));
    // One reviewed card due: it wins over every new card.
    progress
        .insert("cert:cert-reforge".into(), CardProgress { leitner_box: 2, due: T0, reviews: 1, lapses: 0 });
    assert_eq!(card_of_the_day(cards(), &progress, T0).map(|c| c.id.as_str()), Some("cert:cert-reforge"));
    // Nothing due at all.
    let later = T0 + 10;
    let all_done: Progress = cards()
        .all()
        .iter()
        .map(|c| (c.id.clone(), CardProgress { leitner_box: 1, due: later + DAY, reviews: 1, lapses: 0 }))
        .collect::<BTreeMap<_, _>>();
    assert_eq!(card_of_the_day(cards(), &all_done, later), None);
}

#[test]
fn a_session_never_shows_the_two_cells_of_an_aspect_back_to_back() {
    // Issue 15: in deck order the PO cell followed the PM cell, so the first answer gave the
    // second away. Fresh and part-answered progress, due and practise-anyway sessions.
    let mut progress = Progress::new();
    for round in 0..3 {
        for mode in [Mode::Due, Mode::Cram] {
            for deck in [Deck::PmOrPo, Deck::All] {
                let mut session = Session::start(cards(), deck, mode, Personal::NONE, &progress, T0);
                let mut shown = Vec::new();
                while let Some(card) = session.current(cards()) {
                    shown.push(card.clone());
                    session.grade(&mut Progress::new(), Grade::Good, T0);
                }
                let aspects = shown.iter().filter(|card| card.id.matches(':').count() == 2).count();
                assert!(
                    aspects >= 2 || mode == Mode::Due,
                    "{deck:?} {mode:?} round {round}: aspect cells shown"
                );
                for pair in shown.windows(2) {
                    assert_ne!(
                        pair[0].source, pair[1].source,
                        "{deck:?} {mode:?} round {round}: {} then {}",
                        pair[0].id, pair[1].id
                    );
                }
            }
        }
        // Answer a few, so that the next round starts from other progress (another seed).
        let mut session = Session::start(cards(), Deck::PmOrPo, Mode::Due, Personal::NONE, &progress, T0);
        for _ in 0..5 {
            session.grade(&mut progress, Grade::Good, T0);
        }
    }
}
