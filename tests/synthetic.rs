//! The synthetic knowledge-base generator keeps its promises: sizes, lengths, determinism.

#[path = "support/synthetic.rs"]
mod synthetic;

#[test]
fn entries_have_the_promised_lengths() {
    let faq = synthetic::faq(2_000, 7);
    assert_eq!(faq.len(), 2_000);
    for entry in &faq {
        let question = entry.question.chars().count();
        let answer = entry.answer.chars().count();
        assert!((60..=100).contains(&question), "{question}: {}", entry.question);
        assert!((400..=800).contains(&answer), "{answer}: {}", entry.answer);
        assert!(entry.question.ends_with('?') && entry.answer.ends_with('.'));
        assert!((1..=3).contains(&entry.tags.len()));
    }
    // Lengths spread over the whole range rather than sitting at one end.
    let shortest = faq.iter().map(|e| e.question.chars().count()).min();
    let longest = faq.iter().map(|e| e.question.chars().count()).max();
    assert!(shortest < Some(65) && longest > Some(95), "{shortest:?}..{longest:?}");
}

#[test]
fn the_same_seed_gives_the_same_entries() {
    assert_eq!(synthetic::faq(50, 1), synthetic::faq(50, 1));
    assert_ne!(synthetic::faq(50, 1), synthetic::faq(50, 2));
}

#[test]
fn the_knowledge_base_is_valid_and_queries_hit_a_share_of_it() {
    let kb = synthetic::knowledge_base(1_000, 3);
    pmpo::kb::validate::validate(&kb).unwrap_or_else(|errors| panic!("{errors:?}"));
    let with = |word: &str| kb.faq.iter().filter(|e| e.answer.to_lowercase().contains(word)).count();
    // "certification" is drawn with probability 1/(48 × H(168)) ≈ 1/274 per word; an answer of
    // ~120 words holds it with probability 1 - (1 - 1/274)^120 ≈ 35%: a fair share, not all.
    assert!(with("cert") > 500, "{}", with("cert"));
    assert!((200..600).contains(&with("certification")), "{}", with("certification"));
}
