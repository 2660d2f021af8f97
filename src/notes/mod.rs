//! Personal notes: the user's own words on any item of the knowledge base (the story they will
//! tell, what the company they interview with runs). Pure: no terminal, no files of the app's.
//!
//! A note is plain text of at most [`MAX_CHARS`] characters, with no control characters but
//! newline and tab: whatever arrives (typed, pasted, written in `$EDITOR`, read back from a
//! state file someone edited) goes through [`clean`], which strips escape sequences whole (a
//! pasted `ESC [ 3 1 m` leaves nothing behind, not `[31m`) and says what it removed or cut, so
//! the user can be told. Whatever is shown goes through [`printable`], so that nothing in a state
//! file can send an escape sequence to the terminal.
//!
//! Notes are kept in the state file by item id (`crate::store::State::notes`); a note whose item
//! the knowledge base no longer has is kept and listed as orphaned, never dropped.

pub mod editor;

use std::borrow::Cow;

/// The words over a note wherever it is shown (a tab, a card, an export): the user's own.
pub const HEADING: &str = "✎ Your note";

/// The most characters a note holds.
pub const MAX_CHARS: usize = 20_000;

/// Text made fit to be a note, and what had to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The text kept.
    pub text: String,
    /// Characters removed: control characters and escape sequences.
    pub removed: usize,
    /// Characters cut off beyond [`MAX_CHARS`].
    pub cut: usize,
}

impl Cleaned {
    /// What to tell the user about what was removed or cut, if anything.
    pub fn notice(&self) -> Option<String> {
        let removed = (self.removed > 0).then(|| {
            let plural = if self.removed == 1 { "" } else { "s" };
            format!("{} control character{plural} removed (escape codes)", self.removed)
        });
        let cut = (self.cut > 0).then(|| {
            format!(
                "cut to the most a note holds, {} characters ({} left out)",
                thousands(MAX_CHARS),
                thousands(self.cut)
            )
        });
        match (removed, cut) {
            (None, None) => None,
            (Some(one), None) | (None, Some(one)) => Some(capitalised(&one)),
            (Some(removed), Some(cut)) => Some(format!("{}; {cut}", capitalised(&removed))),
        }
    }
}

/// `text` made fit to be a note: escape sequences and control characters other than newline and
/// tab removed (a carriage return ends a line, as in text from Windows), then cut to
/// [`MAX_CHARS`] characters.
pub fn clean(text: &str) -> Cleaned {
    let (mut text, removed) = strip(text);
    let mut cut = 0;
    if let Some((at, _)) = text.char_indices().nth(MAX_CHARS) {
        cut = text[at..].chars().count();
        text.truncate(at);
    }
    Cleaned { text, removed, cut }
}

/// `text` safe to draw or print: what [`clean`] would remove is left out (a note read from a
/// state file someone edited by hand may hold anything). Borrowed when there is nothing to do.
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        Cow::Owned(strip(text).0)
    } else {
        Cow::Borrowed(text)
    }
}

/// The text to keep once the user is done writing: trailing white space dropped (an editor's
/// last newline), and `None` for a note left empty, which deletes it.
pub fn finished(text: &str) -> Option<String> {
    let text = text.trim_end();
    (!text.trim().is_empty()).then(|| text.to_string())
}

/// The number of characters in `text`, as the limit counts them.
pub fn length(text: &str) -> usize {
    text.chars().count()
}

/// A one-line summary of a note for lists: its first line, clipped to `width` characters.
pub fn first_line(text: &str, width: usize) -> String {
    let printable = printable(text);
    let line = printable.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("");
    let line: String = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    if line.chars().count() <= width {
        return line;
    }
    let mut clipped: String = line.chars().take(width.saturating_sub(1)).collect();
    clipped.push('…');
    clipped
}

/// Removes escape sequences and control characters other than newline and tab; a carriage
/// return becomes a newline (one for `\r\n`). Returns the text and how many characters went.
fn strip(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{1b}' => removed += 1 + escape(&mut chars),
            // The 8-bit forms of CSI, OSC and the string sequences, which some terminals obey.
            '\u{9b}' => removed += 1 + until_final(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
                removed += 1 + until_terminator(&mut chars);
            }
            c if c.is_control() => removed += 1,
            c => out.push(c),
        }
    }
    (out, removed)
}

/// Skips the rest of an escape sequence after ESC; returns how many characters it skipped.
fn escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    let Some(&next) = chars.peek() else { return 0 };
    match next {
        '[' => {
            chars.next();
            1 + until_final(chars)
        }
        ']' | 'P' | 'X' | '^' | '_' => {
            chars.next();
            1 + until_terminator(chars)
        }
        // Intermediate bytes, then one final byte (`ESC ( B`).
        ' '..='/' => {
            let mut skipped = 0;
            while chars.peek().is_some_and(|c| (' '..='/').contains(c)) {
                chars.next();
                skipped += 1;
            }
            skipped + usize::from(chars.next().is_some())
        }
        // A two-character sequence (`ESC 7`, `ESC c`), unless ESC stood alone before a newline.
        c if !c.is_control() => {
            chars.next();
            1
        }
        _ => 0,
    }
}

/// Skips a control sequence's parameters up to and including its final byte (`@` to `~`).
fn until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    let mut skipped = 0;
    while let Some(&c) = chars.peek() {
        if c == '\n' {
            break; // a sequence cut short: the line break is text
        }
        chars.next();
        skipped += 1;
        if ('@'..='~').contains(&c) {
            break;
        }
    }
    skipped
}

/// Skips a string sequence (OSC, DCS...) up to and including its terminator: BEL, ST (`ESC \`)
/// or the 8-bit ST.
fn until_terminator(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    let mut skipped = 0;
    while let Some(c) = chars.next() {
        skipped += 1;
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                    skipped += 1;
                }
                break;
            }
            _ => {}
        }
    }
    skipped
}

/// `20000` as `20,000`: counts as people read them.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole_and_are_counted() {
        let pasted = "red \u{1b}[31mtext\u{1b}[0m, a title \u{1b}]0;pwned\u{7} and a bell\u{7}.";
        let cleaned = clean(pasted);
        assert_eq!(cleaned.text, "red text, a title  and a bell.");
        assert_eq!(cleaned.removed, pasted.chars().count() - cleaned.text.chars().count());
        assert_eq!(cleaned.cut, 0);
        let notice = cleaned.notice().unwrap_or_default();
        assert!(notice.starts_with(&format!("{} control characters removed", cleaned.removed)), "{notice}");
    }

    #[test]
    fn newlines_and_tabs_stay_and_carriage_returns_end_lines() {
        let cleaned = clean("one\r\ntwo\rthree\tfour\n");
        assert_eq!(cleaned.text, "one\ntwo\nthree\tfour\n");
        assert_eq!((cleaned.removed, cleaned.notice()), (0, None));
    }

    #[test]
    fn every_control_character_but_newline_and_tab_is_removed() {
        for code in (0u32..0x20).chain(0x7f..0xa0) {
            let Some(c) = char::from_u32(code) else { continue };
            let cleaned = clean(&format!("a{c}b"));
            if c == '\n' || c == '\t' {
                assert_eq!(cleaned.text, format!("a{c}b"));
            } else if c == '\r' {
                assert_eq!(cleaned.text, "a\nb");
            } else {
                assert!(
                    !cleaned.text.chars().any(|c| c.is_control() && c != '\n'),
                    "{code:#x}: {:?}",
                    cleaned.text
                );
                assert!(cleaned.removed >= 1, "{code:#x}");
            }
        }
    }

    #[test]
    fn the_8_bit_csi_and_st_terminated_strings_go_whole() {
        assert_eq!(clean("a\u{9b}2Jb").text, "ab");
        assert_eq!(clean("a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b").text, "alinkb");
        assert_eq!(clean("a\u{1b}(Bb").text, "ab");
        assert_eq!(clean("a\u{1b}7b").text, "ab");
        // A sequence cut short at the end of the text or of a line takes nothing more.
        assert_eq!(clean("a\u{1b}[31").text, "a");
        assert_eq!(clean("a\u{1b}[3\nb").text, "a\nb");
    }

    #[test]
    fn a_note_is_cut_at_the_limit_and_the_user_told() {
        let long = "é".repeat(MAX_CHARS + 5);
        let cleaned = clean(&long);
        assert_eq!(length(&cleaned.text), MAX_CHARS);
        assert_eq!(cleaned.cut, 5);
        assert_eq!(
            cleaned.notice().as_deref(),
            Some("Cut to the most a note holds, 20,000 characters (5 left out)")
        );
        let both = clean(&format!("\u{1b}[1m{long}"));
        assert!(both.notice().is_some_and(|n| n.contains("removed") && n.contains("cut to the most")));
    }

    #[test]
    fn printable_text_never_holds_an_escape() {
        assert!(matches!(printable("plain\n\ttext"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[2Jb\u{7}"), "ab");
    }

    #[test]
    fn an_empty_note_is_no_note() {
        assert_eq!(finished("  \n\t\n"), None);
        assert_eq!(finished("  keep the indent\n\n").as_deref(), Some("  keep the indent"));
    }

    #[test]
    fn the_first_line_summarises() {
        assert_eq!(first_line("\n  Tell the\tstory  \nsecond", 40), "Tell the story");
        assert_eq!(first_line("abcdefghij", 5), "abcd…");
        assert_eq!(first_line("\u{1b}[31mred", 10), "red");
    }
}
