//! Which version of the knowledge-base format a file was written for, and what later versions
//! added. A file without a `version` is from pmpo 0.1 (version 1).
//!
//! The compatibility rule: every section or field added after version 1 is optional (serde
//! `default`), so a knowledge base dumped by any earlier pmpo keeps loading; unknown fields are
//! still refused with their position, so a typo in a field name never passes silently. When a
//! version adds something, it gets a row in [`ADDITIONS`], and `pmpo kb check` tells the owner of
//! an older file what their file goes without.

use super::model::KnowledgeBase;

/// The format version this pmpo writes (`pmpo kb dump`) and reads up to.
pub const CURRENT: u32 = 2;

/// Files without a `version` field predate it: pmpo 0.1.
pub(super) const fn first() -> u32 {
    1
}

/// Something a version of the format added, which files written for earlier versions lack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addition {
    /// The version that added it.
    pub version: u32,
    /// The section or field, as written in the file.
    pub name: &'static str,
    /// What a file without it goes without, in a few words.
    pub without: &'static str,
}

/// What each version after the first added, oldest first.
pub const ADDITIONS: &[Addition] = &[Addition {
    version: 2,
    name: "synonyms",
    without: "search matches words as written: no synonyms or acronyms such as pay / salary or PO / Product Owner",
}];

impl KnowledgeBase {
    /// What versions newer than this file's added, which the file therefore lacks.
    pub fn lacks(&self) -> impl Iterator<Item = &'static Addition> + '_ {
        ADDITIONS.iter().filter(|addition| addition.version > self.version)
    }
}

/// Only the version of a knowledge base file, read leniently: whatever else the file holds is
/// skipped, so that a file pmpo cannot read can still say which version it was written for.
#[derive(Debug, serde::Deserialize)]
struct VersionOnly {
    #[serde(default = "first")]
    version: u32,
}

/// The version a knowledge base text declares, if the text is RON at all.
pub(super) fn declared(options: &ron::Options, text: &str) -> Option<u32> {
    options.from_str::<VersionOnly>(text).ok().map(|only| only.version)
}
