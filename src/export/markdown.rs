//! The cards as a Markdown study sheet: a title, then each deck's cards under its heading, each
//! card's question as a heading and its answer under it, where it comes from, and the user's
//! note as a quote when notes are exported. Text is escaped so that nothing in it turns into
//! Markdown formatting (a `*`, a `#` or a `1.` at the start of a line stays as written).

use std::fmt::Write as _;

use super::{Export, Row};
use crate::notes;
use crate::study::Deck;

/// `text` escaped for Markdown: punctuation that would format is backslashed, and so is a line's
/// start that would make a list, a heading or a quote.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let lead = &line[..line.len() - trimmed.len()];
        out.push_str(lead);
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        let mut rest = trimmed;
        if digits > 0 && trimmed[digits..].starts_with(['.', ')']) {
            out.push_str(&trimmed[..digits]);
            out.push('\\');
            rest = &trimmed[digits..];
        } else if trimmed.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        for c in rest.chars() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!') {
                out.push('\\');
            }
            out.push(if c == '\t' { ' ' } else { c });
        }
    }
    out
}

/// A note as a quote, its line breaks kept (a backslash at a line's end is a hard break).
fn quote(note: &str) -> String {
    let mut out = format!("> **{}**\n>\n", notes::HEADING);
    let lines: Vec<&str> = note.split('\n').collect();
    for (index, line) in lines.iter().enumerate() {
        let next_is_text = lines.get(index + 1).is_some_and(|next| !next.trim().is_empty());
        if line.trim().is_empty() {
            out.push_str(">\n");
        } else if next_is_text {
            let _ = writeln!(out, "> {}\\", escape(line));
        } else {
            let _ = writeln!(out, "> {}", escape(line));
        }
    }
    out
}

fn card(out: &mut String, row: &Row<'_>) {
    let _ = writeln!(out, "### {}\n", escape(&row.card.question).replace('\n', " "));
    for paragraph in row.card.answer.split("\n\n") {
        let _ = writeln!(out, "{}\n", escape(paragraph.trim()));
    }
    let from = format!("From {}: {}", row.tab().title(), row.title);
    let _ = writeln!(out, "*{}*\n", escape(&from));
    if let Some(note) = &row.note {
        let _ = writeln!(out, "{}", quote(note));
    }
}

/// The export as a Markdown study sheet.
pub fn render(export: &Export<'_>) -> String {
    let rows = export.rows();
    let mut out = String::new();
    let _ = writeln!(out, "# pmpo flashcards: {}\n", escape(export.deck.label()));
    let plural = if rows.len() == 1 { "" } else { "s" };
    let notes = if export.with_notes { ", with your notes" } else { "" };
    let _ = writeln!(
        out,
        "{} card{plural}{notes}. The facts come from {}; the words are pmpo's own.\n",
        rows.len(),
        escape(&export.attribution())
    );
    for deck in Deck::ALL {
        let group: Vec<&Row<'_>> = rows.iter().filter(|row| row.deck() == deck).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {} ({})\n", escape(deck.label()), group.len());
        for row in group {
            card(&mut out, row);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_formatting_in_text_stays_text() {
        assert_eq!(
            escape("*bold* _it_ `code` [link](x) <b> #tag a|b"),
            "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\#tag a\\|b"
        );
        assert_eq!(
            escape("# Heading\n- item\n12. twelve\n  + plus"),
            "\\# Heading\n\\- item\n12\\. twelve\n  \\+ plus"
        );
        assert_eq!(escape("$120K–$200K+ and P&L"), "$120K–$200K+ and P&L");
    }

    #[test]
    fn a_note_is_a_quote_with_its_lines() {
        assert_eq!(
            quote("first\nsecond\n\nthird"),
            "> **✎ Your note**\n>\n> first\\\n> second\n>\n> third\n"
        );
    }
}
