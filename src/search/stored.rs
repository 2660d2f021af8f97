//! The embedded knowledge base's index, built ahead of time and stored in the binary, so that a
//! one-shot `pmpo search` neither parses the knowledge base nor builds the index (together about
//! two milliseconds of a process that should cost little more than starting).
//!
//! `assets/search-index.bin` is [`Index::to_bytes`] of the embedded knowledge base's index. It
//! starts with a format number and a hash of the knowledge base's text, both worked out when the
//! binary is compiled: [`Index::embedded`] uses the stored index only when both match, so a
//! knowledge base edited without rewriting the file costs a build, never a wrong answer.
//! `tests/embedded_index.rs` fails while the file is not exactly what the current code builds
//! from the current knowledge base (`UPDATE_SEARCH_INDEX=1 cargo test --test embedded_index`
//! rewrites it), which also catches a change to how the index is built.
//!
//! The layout is plain ([`super::bytes`]): a header (magic, format, the knowledge base's hash, a
//! checksum of the rest), then little-endian integers, and lists as a count then their items.

use std::ops::Range;

use strum::VariantArray;

use super::bytes::{Reader, Writer};
use super::class::Class;
use super::fuzzy::Shorts;
use super::index::{Entry, Field, Index, Postings, Tuning, Vocabulary};
use crate::kb::ItemKind;
use crate::kb::load::EMBEDDED;

/// The stored index of the embedded knowledge base.
const STORED: &[u8] = include_bytes!("../../assets/search-index.bin");

/// The first bytes of a stored index.
const MAGIC: &[u8; 8] = b"pmpo-idx";

/// The layout's version: raise it when the layout changes.
const FORMAT: u32 = 2;

/// FNV-1a, 64 bits: enough to tell one text of the knowledge base from another, and simple
/// enough to work out while compiling.
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The hash of the embedded knowledge base's text, worked out at compile time.
const EMBEDDED_HASH: u64 = fnv1a(EMBEDDED.as_bytes());

impl Index {
    /// The embedded knowledge base's index, as stored in the binary; `None` when the stored one
    /// was built from another text of the knowledge base (then build it: [`Index::new`]).
    pub fn embedded() -> Option<Index> {
        Index::from_bytes(STORED, EMBEDDED_HASH)
    }

    /// The index as bytes, marked as built from a knowledge base whose text hashes to `hash`
    /// (for the embedded one: [`Index::embedded_hash`]).
    pub fn to_bytes(&self, hash: u64) -> Vec<u8> {
        let mut w = Writer::default();
        w.out.extend_from_slice(MAGIC);
        w.u32(FORMAT);
        w.u64(hash);
        let mut payload = Writer::default();
        self.write(&mut payload);
        w.u64(fnv1a(&payload.out));
        w.out.extend_from_slice(&payload.out);
        w.out
    }

    /// The index stored in `bytes`, if they hold one of this format built from the text that
    /// hashes to `hash`, whole and consistent. The payload's checksum is checked before anything
    /// is read: the `fst` map inside trusts its bytes, and a damaged one could panic.
    pub fn from_bytes(bytes: &[u8], hash: u64) -> Option<Index> {
        let mut r = Reader { rest: bytes };
        if r.take(MAGIC.len())? != MAGIC || r.u32()? != FORMAT || r.u64()? != hash {
            return None;
        }
        if r.u64()? != fnv1a(r.rest) {
            return None;
        }
        let index = Index::read(&mut r)?;
        r.is_done().then_some(index)
    }

    /// The hash [`Index::embedded`] expects: that of the embedded knowledge base's text.
    pub fn embedded_hash() -> u64 {
        EMBEDDED_HASH
    }
}

impl Index {
    fn write(&self, w: &mut Writer) {
        w.usize(self.entries.len());
        for entry in &self.entries {
            let kind = ItemKind::VARIANTS.iter().position(|kind| *kind == entry.kind).unwrap_or(0);
            w.usize(kind);
            w.str(&entry.id);
            w.str(&entry.title);
            w.u32(entry.fields.start);
            w.u32(entry.fields.end);
        }
        w.usize(self.fields.len());
        for field in &self.fields {
            w.u32(field.class as u32);
            w.u32(u32::from(field.note));
            w.u32(field.text.start);
            w.u32(field.text.end);
            w.u32(field.tokens.start);
            w.u32(field.tokens.end);
        }
        w.str(&self.text);
        w.u32s(&self.tokens);
        self.vocabulary.write(w);
        self.postings.write(w);
        self.shorts.write(w);
        w.usize(self.synonyms.len());
        for group in &self.synonyms {
            w.usize(group.len());
            for member in group {
                w.usize(member.len());
                for word in member {
                    w.str(word);
                }
            }
        }
        w.usize(self.faq.start);
        w.usize(self.faq.end);
    }

    /// Reads what [`Index::write`] wrote, checking that every position points inside what it
    /// points into, so that no later slice of a stored index can panic.
    fn read(r: &mut Reader<'_>) -> Option<Index> {
        let range = |r: &mut Reader<'_>| Some(r.u32()?..r.u32()?);
        let entries = r.list(|r| {
            let kind = *ItemKind::VARIANTS.get(r.usize()?)?;
            let (id, title) = (r.str()?.to_string(), r.str()?.to_string());
            Some(Entry { kind, id, title, fields: range(r)? })
        })?;
        let fields = r.list(|r| {
            let class = Class::from_u32(r.u32()?)?;
            let note = match r.u32()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            Some(Field { class, note, text: range(r)?, tokens: range(r)? })
        })?;
        let text = r.str()?.to_string();
        let tokens = r.u32s()?;
        let vocabulary = Vocabulary::read(r)?;
        let postings = Postings::read(r, vocabulary.len(), entries.len())?;
        let shorts = Shorts::read(r)?;
        let synonyms = r.list(|r| r.list(|r| r.list(|r| r.str().map(str::to_string))))?;
        let faq = r.usize()?..r.usize()?;
        let fits = |range: &Range<u32>, len: usize| range.start <= range.end && range.end as usize <= len;
        let whole = entries.iter().all(|entry| fits(&entry.fields, fields.len()))
            && fields.iter().all(|field| {
                fits(&field.text, text.len())
                    && text.is_char_boundary(field.text.start as usize)
                    && text.is_char_boundary(field.text.end as usize)
                    && fits(&field.tokens, tokens.len())
            })
            && tokens.iter().all(|&token| (token as usize) < vocabulary.len())
            && shorts.entries() == entries.len()
            && faq.start <= faq.end
            && faq.end <= entries.len();
        let tuning = Tuning::default();
        whole.then_some(Index {
            entries,
            fields,
            text,
            tokens,
            vocabulary,
            postings,
            shorts,
            synonyms,
            faq,
            tuning,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        // Published test vectors of 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
