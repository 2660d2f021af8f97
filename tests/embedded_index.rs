//! The index stored in the binary for the embedded knowledge base (`assets/search-index.bin`)
//! is exactly what the current code builds from the current knowledge base, and reads back as
//! the same index. `UPDATE_SEARCH_INDEX=1 cargo test --test embedded_index` rewrites the file
//! after the knowledge base or the way the index is built changed.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::path::Path;

use pmpo::kb::KnowledgeBase;
use pmpo::search::{Index, Query, Scope};

const FILE: &str = "assets/search-index.bin";

fn built() -> Vec<u8> {
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base loads");
    Index::new(&kb).to_bytes(Index::embedded_hash())
}

#[test]
fn the_stored_index_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let fresh = built();
    if std::env::var_os("UPDATE_SEARCH_INDEX").is_some() {
        std::fs::write(&path, &fresh).expect("the stored index is written");
    }
    let stored = std::fs::read(&path).expect("the stored index is there");
    assert!(
        stored == fresh,
        "{FILE} is stale: rewrite it with UPDATE_SEARCH_INDEX=1 cargo test --test embedded_index"
    );
}

#[test]
fn the_stored_index_reads_back_as_the_built_one() {
    // Compiled into the binary: what `pmpo search` uses on the embedded knowledge base.
    let stored = Index::embedded().expect("the stored index matches the embedded knowledge base");
    assert!(stored.to_bytes(Index::embedded_hash()) == built(), "read back, it writes the same bytes");
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base loads");
    let fresh = Index::new(&kb);
    for text in
        ["how much do product owners make", "scrum certfication", "gpm", "p&l", "feature area", "cspo"]
    {
        let query = Query::new(text);
        for scope in [Scope::All, Scope::Faq] {
            assert_eq!(stored.search(&query, scope, None), fresh.search(&query, scope, None), "{text}");
        }
    }
}

#[test]
fn a_stored_index_of_another_text_or_damaged_is_refused() {
    let bytes = built();
    let hash = Index::embedded_hash();
    assert!(Index::from_bytes(&bytes, hash).is_some());
    assert!(Index::from_bytes(&bytes, hash ^ 1).is_none(), "built from another knowledge base");
    assert!(Index::from_bytes(&bytes[..bytes.len() - 1], hash).is_none(), "cut short");
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Index::from_bytes(&longer, hash).is_none(), "something after it");
    // Every single damaged byte is refused or read as a whole, consistent index: never a panic.
    for at in (20..bytes.len()).step_by(97) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0xff;
        if let Some(index) = Index::from_bytes(&damaged, hash) {
            let _ = index.search(&Query::new("scrum master"), Scope::All, None);
        }
    }
}
