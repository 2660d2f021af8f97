//! The cards as JSON for other tools: an array, in deck order, of
//! `{"id","guid","deck","decks","kind","item","tab","question","answer","box","due","reviews","lapses","note"}`.
//!
//! `deck` is the card's own deck (`faq`, `pm-or-po`, `certs`, `careers`, `notes` for a note card),
//! `decks` every deck the card is in besides `all` (its own, `bookmarks`, `notes`); `kind` is its
//! item's kind and `item` its item's id (the `id` of `pmpo search --json`); `box` is 0 for a new
//! card, with `due` `null`, otherwise `due` is when the card is due, in UTC (RFC 3339); `note` is
//! the user's note on the item when notes are exported, else `null`. `guid` is the Anki export's.

use serde::Serialize;

use super::{Export, Row, anki};
use crate::study::{Deck, Personal};

/// One card.
#[derive(Debug, Serialize)]
struct JsonCard<'a> {
    id: &'a str,
    guid: String,
    deck: &'static str,
    decks: Vec<&'static str>,
    kind: &'static str,
    item: &'a str,
    tab: &'static str,
    question: &'a str,
    answer: &'a str,
    #[serde(rename = "box")]
    leitner_box: u8,
    due: Option<String>,
    reviews: u32,
    lapses: u32,
    note: Option<&'a str>,
}

/// The decks `row`'s card is in, `all` aside.
fn decks(row: &Row<'_>, personal: Personal<'_>) -> Vec<&'static str> {
    Deck::ALL
        .into_iter()
        .filter(|&deck| deck != Deck::All && deck.contains(row.card, personal))
        .map(Deck::key)
        .collect()
}

/// The export as a JSON array, ending with a newline.
pub fn render(export: &Export<'_>) -> String {
    let rows = export.rows();
    let personal = export.personal();
    let cards: Vec<JsonCard<'_>> = rows
        .iter()
        .map(|row| {
            let progress = row.progress;
            JsonCard {
                id: &row.card.id,
                guid: anki::guid(&row.card.id),
                deck: row.deck().key(),
                decks: decks(row, personal),
                kind: row.kind,
                item: &row.card.source,
                tab: row.tab().name(),
                question: &row.card.question,
                answer: &row.card.answer,
                leitner_box: progress.map_or(0, |p| p.leitner_box),
                due: progress.map(|p| rfc3339(p.due)),
                reviews: progress.map_or(0, |p| p.reviews),
                lapses: progress.map_or(0, |p| p.lapses),
                note: row.note.as_deref(),
            }
        })
        .collect();
    // Plain strings and integers always serialise; an empty array is the fallback regardless.
    let mut out = serde_json::to_string_pretty(&cards).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}

/// A Unix time as an RFC 3339 date and time in UTC: `2026-02-01T00:00:00Z`.
pub fn rfc3339(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        of_day / 3_600,
        of_day % 3_600 / 60,
        of_day % 60
    )
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_rfc_3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_769_904_000), "2026-02-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400 + 3_661), "2000-02-29T01:01:01Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
    }
}
