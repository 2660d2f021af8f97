//! Properties of the search contract on random queries over a synthetic knowledge base and the
//! embedded one (the contract of 0.1, an exact reference implementation, no longer holds: typos,
//! stems, synonyms and proximity rank rather than filter):
//!
//! - the speed-ups change no result: one thread or two, candidates from the inverted index or
//!   every entry read, the top `limit` or every hit;
//! - every hit matched at least one query word, and says which;
//! - an item matching more of the query's informative words (those not common to more than a
//!   tenth of the items, [`Tuning::common_above`]) ranks above one matching fewer, so adding a
//!   word an item holds never puts it below an item that matches fewer informative words.

#[path = "support/synthetic.rs"]
mod synthetic;

use std::sync::LazyLock;

use pmpo::kb::KnowledgeBase;
use pmpo::search::{Index, Query, Scope, Tuning};
use proptest::prelude::*;

static SYNTHETIC: LazyLock<KnowledgeBase> = LazyLock::new(|| synthetic::knowledge_base(300, 42));
static EMBEDDED: LazyLock<KnowledgeBase> =
    LazyLock::new(|| KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}")));
static INDEXES: LazyLock<[Index; 2]> = LazyLock::new(|| [Index::new(&SYNTHETIC), Index::new(&EMBEDDED)]);

/// Every speed-up on, two threads even for a small knowledge base.
fn fast() -> Tuning {
    Tuning { threads: 2, parallel_from: 0, candidates: true, ..Tuning::default() }
}

/// Every speed-up off: one thread, every entry read.
fn plain() -> Tuning {
    Tuning { threads: 1, parallel_from: usize::MAX, candidates: false, ..Tuning::default() }
}

/// A word as people type it: a real word or a prefix of one, maybe missing or swapping a
/// letter, maybe in capitals; or a few random letters.
fn word() -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = synthetic::VOCABULARY
        .iter()
        .copied()
        .chain(["scrum", "velocity", "pm", "po", "salary", "owner"])
        .collect();
    let real =
        (prop::sample::select(words), any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..5u8)
            .prop_map(|(word, cut, at, how)| {
                let mut chars: Vec<char> = word.chars().collect();
                if how == 0 {
                    chars.truncate(cut.index(chars.len()) + 1);
                }
                if how == 1 && chars.len() > 2 {
                    chars.remove(at.index(chars.len()));
                }
                if how == 2 && chars.len() > 2 {
                    let i = at.index(chars.len() - 1);
                    chars.swap(i, i + 1);
                }
                let typed: String = chars.into_iter().collect();
                if how == 3 { typed.to_uppercase() } else { typed }
            });
    prop_oneof![4 => real, 1 => "[a-z]{1,6}"]
}

fn query() -> impl Strategy<Value = String> {
    (prop::collection::vec(word(), 1..4), any::<bool>())
        .prop_map(|(words, space)| words.join(" ") + if space { " " } else { "" })
}

fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![Just(Scope::Faq), Just(Scope::All)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_speed_ups_change_no_result(text in query(), scope in scope(), which in 0..2usize, limit in prop::option::of(1..30usize)) {
        let index = &INDEXES[which];
        let query = Query::new(&text);
        let reference = index.clone().with_tuning(plain()).search(&query, scope, None);
        let fast = index.clone().with_tuning(fast());
        prop_assert_eq!(&fast.search(&query, scope, None), &reference);
        let top = fast.search(&query, scope, limit);
        let expected = &reference[..limit.unwrap_or(usize::MAX).min(reference.len())];
        prop_assert_eq!(&top[..], expected);
    }

    #[test]
    fn every_hit_matched_a_word_and_more_words_rank_first(text in query(), scope in scope(), which in 0..2usize) {
        let index = &INDEXES[which];
        let query = Query::new(&text);
        let matcher = index.matcher(&query);
        let hits = index.search(&query, scope, None);
        let common = matcher.common_words();
        let mut before = usize::MAX;
        for hit in &hits {
            let matched = index.matched(&matcher, hit);
            prop_assert!(!matched.is_empty(), "{} matched no word of {text:?}", index.entry(hit).id());
            let informative = matched.iter().filter(|word| !common.contains(&word.as_str())).count();
            prop_assert_eq!(informative as i64, hit.score >> 48, "the score counts the informative words matched");
            prop_assert!(informative <= before, "fewer words before more: {text:?}");
            before = informative;
            for word in &matched {
                prop_assert!(text.contains(word.as_str()), "{word:?} is a word of {text:?} as typed");
            }
        }
    }

    #[test]
    fn adding_a_word_an_item_holds_keeps_it_above_items_matching_fewer(text in query(), extra in word(), which in 0..2usize) {
        let index = &INDEXES[which];
        let longer = format!("{} {extra}", text.trim_end());
        let query = Query::new(&longer);
        let matcher = index.matcher(&query);
        let hits = index.search(&query, Scope::All, None);
        let common = matcher.common_words();
        let informative = |hit| index.matched(&matcher, hit).iter().filter(|word| !common.contains(&word.as_str())).count();
        let counts: Vec<usize> = hits.iter().map(informative).collect();
        for (i, hit) in hits.iter().enumerate() {
            let below = counts[i + 1..].iter().all(|&count| count <= counts[i]);
            prop_assert!(below, "{} ({} words) is above one matching more for {longer:?}", index.entry(hit).id(), counts[i]);
        }
        // The items found with the words complete are all still found with one more (unless
        // stop words, which count only when alone, were all the shorter query had).
        let complete = format!("{} ", text.trim_end());
        let stop_only = pmpo::search::words::words(&complete).iter().all(|word| pmpo::search::words::is_stop_word(&word.folded));
        if !stop_only {
            let shorter: Vec<usize> = index.search(&Query::new(&complete), Scope::All, None).iter().map(|hit| hit.entry).collect();
            let found: Vec<usize> = hits.iter().map(|hit| hit.entry).collect();
            prop_assert!(shorter.iter().all(|entry| found.contains(entry)), "{complete:?} → {longer:?} lost items");
        }
    }
}

#[test]
fn hostile_input_is_answered_at_once() {
    let index = &INDEXES[1];
    let started = std::time::Instant::now();
    for text in [
        "x".repeat(10_000),
        "certification ".repeat(800),
        "\u{1b}[2J\u{1b}]0;title\u{7}\u{0}\u{9b}31m".repeat(200),
        "?!.,;:-–—…()[]{}".repeat(300),
        "the who what is do a to be".to_string(),
    ] {
        let query = Query::new(&text);
        let hits = index.search(&query, Scope::All, None);
        let matcher = index.matcher(&query);
        for hit in &hits {
            if let Some(snippet) = index.snippet(&matcher, hit, 80) {
                assert!(!snippet.text.chars().any(char::is_control), "{snippet:?}");
            }
        }
        assert!(!query.shown().chars().any(char::is_control));
    }
    // Not a timing assertion (benchmarks measure speed): a guard against a hang.
    assert!(started.elapsed().as_secs() < 20);
}
