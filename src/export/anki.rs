//! Anki's plain-text import format ("Importing > Text files" in Anki's manual): file headers,
//! then one note per line with four tab-separated fields.
//!
//! ```text
//! #separator:tab
//! #html:true
//! #notetype:Basic
//! #deck:pmpo
//! #guid column:1
//! #tags column:4
//! #if matches:update current
//! pmpo-3f1c…<TAB>Question<TAB>Answer<br><br><small>From …</small><TAB>pmpo faq faq
//! ```
//!
//! - **guid**: `pmpo-` and the FNV-1a hash (64 bits, hex) of the card's stable id
//!   (`faq:faq-both-roles`): the same card has the same guid on every run, whatever the order of
//!   the knowledge base, so importing a newer export updates the notes Anki has (`#if matches`)
//!   instead of adding them twice, and keeps their review history.
//! - **front, back**: HTML (`#html:true`): `&`, `<`, `>`, `"` and `'` escaped, line breaks as
//!   `<br>`, tabs as spaces, so no text can add a column or a row, or start a quoted field.
//!   The back ends with the source line, and with the user's note when asked for.
//! - **tags**: `pmpo`, the card's deck (`pm-or-po`) and its item's kind (`aspect`).
//! - **deck**: `pmpo` for every card, `pmpo::<deck>` for one deck (Anki makes it if need be).

use std::fmt::Write as _;

use super::{Export, Row};
use crate::study::Deck;

/// The guid of the card with `id`: `pmpo-` and the FNV-1a 64-bit hash of the id, in hex.
pub fn guid(id: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash = id.bytes().fold(OFFSET, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(PRIME));
    format!("pmpo-{hash:016x}")
}

/// Whether `name` can be an Anki deck's name in a header line: not empty, no control
/// characters (a line break would end the header, a tab would be read as a separator).
pub fn valid_deck_name(name: &str) -> bool {
    !name.trim().is_empty() && !name.chars().any(char::is_control)
}

/// The Anki deck the notes go to.
pub fn deck_name(deck: Deck) -> String {
    match deck {
        Deck::All => "pmpo".to_string(),
        deck => format!("pmpo::{}", deck.label()),
    }
}

/// `text` as the HTML of one field: escaped, line breaks as `<br>`, tabs as spaces.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The back of a card: the answer, the source line, and the user's note if it is exported.
fn back(export: &Export<'_>, row: &Row<'_>) -> String {
    let mut back = html(&row.card.answer);
    let from = format!("From pmpo, {}: {} · after {}", row.tab().title(), row.title, export.attribution());
    let _ = write!(back, "<br><br><small>{}</small>", html(&from));
    if let Some(note) = &row.note {
        let _ = write!(back, "<br><br><b>{}</b><br>{}", html(crate::notes::HEADING), html(note));
    }
    back
}

/// The export as Anki's plain-text import file, into the deck named after pmpo's ([`deck_name`]).
pub fn render(export: &Export<'_>) -> String {
    render_into(export, &deck_name(export.deck))
}

/// The export as Anki's plain-text import file, into the Anki deck `deck` (the user's own name
/// for it, `::` nesting as in Anki). A header is one line: the name must hold no line break,
/// which [`valid_deck_name`] checks.
pub fn render_into(export: &Export<'_>, deck: &str) -> String {
    let mut out = String::new();
    out.push_str("#separator:tab\n#html:true\n#notetype:Basic\n");
    let _ = writeln!(out, "#deck:{deck}");
    out.push_str("#guid column:1\n#tags column:4\n#if matches:update current\n");
    for row in export.rows() {
        let tags = ["pmpo", row.deck().key(), row.kind]
            .iter()
            .filter(|tag| !tag.is_empty())
            .copied()
            .collect::<Vec<_>>();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            guid(&row.card.id),
            html(&row.card.question),
            back(export, &row),
            tags.join(" ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_and_keeps_one_row() {
        assert_eq!(html("P&L <b>\"x\" 'y'\tz\nw"), "P&amp;L &lt;b&gt;&quot;x&quot; &#39;y&#39; z<br>w");
        assert_eq!(html("\u{1b}[31mred"), "[31mred", "a control character alone goes");
    }

    #[test]
    fn guids_are_stable_and_distinct() {
        assert_eq!(guid("faq:faq-both-roles"), guid("faq:faq-both-roles"));
        assert_ne!(guid("faq:faq-both-roles"), guid("faq:faq-both-role"));
        // FNV-1a of the empty string is its offset basis.
        assert_eq!(guid(""), "pmpo-cbf29ce484222325");
        assert_eq!(guid("a"), "pmpo-af63dc4c8601ec8c");
    }

    #[test]
    fn a_deck_name_of_ones_own_must_fit_a_header_line() {
        assert!(valid_deck_name("Interview prep::PM vs PO"));
        assert!(!valid_deck_name(""));
        assert!(!valid_deck_name("  "));
        assert!(!valid_deck_name("two\nlines"));
        assert!(!valid_deck_name("a\ttab"));
    }

    #[test]
    fn decks_are_named_under_pmpo() {
        assert_eq!(deck_name(Deck::All), "pmpo");
        assert_eq!(deck_name(Deck::PmOrPo), "pmpo::PM or PO?");
    }
}
