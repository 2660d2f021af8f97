//! The speed-ups change no result: the index (with and without the in-order check, with
//! fuzzy-matcher or pmpo's port of its scorer, on one thread and on two, keeping the top `limit`
//! or everything) returns exactly what the plain reference implementation of the contract
//! returns, for random queries on a synthetic knowledge base.

#[path = "support/reference.rs"]
mod reference;
#[path = "support/synthetic.rs"]
mod synthetic;

use std::sync::LazyLock;

use pmpo::kb::ItemKind;
use pmpo::kb::KnowledgeBase;
use pmpo::search::{Index, Query, Scope, Tuning};
use proptest::prelude::*;

static SYNTHETIC: LazyLock<KnowledgeBase> = LazyLock::new(|| synthetic::knowledge_base(300, 42));
static EMBEDDED: LazyLock<KnowledgeBase> =
    LazyLock::new(|| KnowledgeBase::embedded().unwrap_or_else(|error| panic!("{error}")));

/// Every speed-up on, two threads even for a small knowledge base.
const FAST: Tuning = Tuning { prefilter: true, port: true, threads: 2, parallel_from: 0 };
/// fuzzy-matcher itself as the scorer, behind the in-order check.
const CRATE: Tuning = Tuning { prefilter: true, port: false, threads: 1, parallel_from: usize::MAX };
/// Every speed-up off.
const PLAIN: Tuning = Tuning { prefilter: false, port: false, threads: 1, parallel_from: usize::MAX };

fn indexed(
    kb: &KnowledgeBase,
    tuning: Tuning,
    text: &str,
    scope: Scope,
    limit: Option<usize>,
) -> Vec<(String, ItemKind, i64)> {
    let index = Index::new(kb).with_tuning(tuning);
    index
        .search(&Query::new(text), scope, limit)
        .iter()
        .map(|hit| (index.entry(hit).id().to_string(), hit.kind, hit.score))
        .collect()
}

/// A word as people type it: a prefix of a real word, maybe missing a letter, maybe in capitals;
/// or a few random letters.
fn word() -> impl Strategy<Value = String> {
    let real = (
        prop::sample::select(synthetic::VOCABULARY),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0..4u8,
    )
        .prop_map(|(word, cut, drop, how)| {
            let chars: Vec<char> = word.chars().collect();
            let mut typed: Vec<char> = chars[..=cut.index(chars.len())].to_vec();
            if how == 1 && typed.len() > 2 {
                typed.remove(drop.index(typed.len()));
            }
            let typed: String = typed.into_iter().collect();
            if how == 2 { typed.to_uppercase() } else { typed }
        });
    // Repeated letters from a small alphabet: the shapes where fuzzy-matcher's reused matrix
    // used to leak a score from one call into the next.
    prop_oneof![4 => real, 1 => "[a-zé]{1,5}", 1 => "[ceirt]{2,5}"]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..=3).prop_map(|words| words.join(" "))
}

fn limit() -> impl Strategy<Value = Option<usize>> {
    prop_oneof![Just(None), (0..40usize).prop_map(Some)]
}

fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![Just(Scope::Faq), Just(Scope::All)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_path_returns_what_the_reference_returns(text in query(), scope in scope(), limit in limit()) {
        let expected = reference::search(&SYNTHETIC, &text, scope, limit);
        prop_assert_eq!(&indexed(&SYNTHETIC, FAST, &text, scope, limit), &expected, "fast, {:?}", text);
        prop_assert_eq!(&indexed(&SYNTHETIC, CRATE, &text, scope, limit), &expected, "crate, {:?}", text);
        prop_assert_eq!(&indexed(&SYNTHETIC, PLAIN, &text, scope, limit), &expected, "plain, {:?}", text);
    }

    #[test]
    fn the_embedded_knowledge_base_agrees_too(text in query(), limit in limit()) {
        let expected = reference::search(&EMBEDDED, &text, Scope::All, limit);
        prop_assert_eq!(indexed(&EMBEDDED, FAST, &text, Scope::All, limit), expected);
    }
}

#[test]
fn the_reference_finds_something_for_the_benchmark_query() {
    // Guards the property test against comparing two empty lists: the benchmark's prefixes hit.
    for prefix in ["c", "cert", "certification"] {
        assert!(!reference::search(&SYNTHETIC, prefix, Scope::Faq, None).is_empty(), "{prefix}");
    }
}
