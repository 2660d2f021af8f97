//! The arguments of `pmpo export`: the format, the deck (by the Study tab's keys), the Anki
//! deck's name, and what its `--help` says.

use crate::export;
use crate::study::Deck;

/// What `pmpo export --help` says.
pub(super) const LONG_ABOUT: &str = "Export the flashcards for other tools, to stdout.

  anki      Anki's plain-text import format: in Anki, File > Import the file. Each card has a
            guid made from its stable id, so importing a newer export updates the cards you
            imported before (and keeps their reviews) instead of adding them twice. Front and
            back are HTML; the back ends with where the card comes from. Tags: pmpo, the
            card's deck, its item's kind. Anki deck: pmpo, or pmpo::<deck> with --deck, or
            your own name with --anki-deck.
  markdown  A study sheet: every card's question and answer, grouped by deck.
  json      The cards with their ids, decks, boxes and due dates (UTC), for scripts.

With --with-notes each card carries your note on its item (written in the app with n), and
the note cards of items that have no card of their own come along. Your progress and notes
are read from the state file, never written.

Examples:
  pmpo export anki --with-notes > pmpo.txt
  pmpo export anki --anki-deck 'Interview prep::PM vs PO' > pmpo.txt
  pmpo export markdown --deck pm-or-po > pm-or-po.md
  pmpo export json | jq '.[] | select(.box == 0) | .question'";

/// The formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Anki's plain-text import format
    Anki,
    /// A Markdown study sheet
    Markdown,
    /// JSON for scripts
    Json,
}

/// The arguments of `pmpo export`.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// What to write: anki, markdown or json
    #[arg(value_enum, value_name = "FORMAT")]
    pub format: Format,
    /// Only this deck's cards (as in the Study tab)
    #[arg(long, value_enum, value_name = "NAME", default_value = "all")]
    pub deck: Deck,
    /// anki: the Anki deck to import into (default: pmpo; with --deck, a deck of its own under it)
    #[arg(long, value_name = "NAME", value_parser = anki_deck)]
    pub anki_deck: Option<String>,
    /// Put your note on each card's item on the card (and add note cards)
    #[arg(long)]
    pub with_notes: bool,
}

/// `--deck NAME` takes the decks' keys.
impl clap::ValueEnum for Deck {
    fn value_variants<'a>() -> &'a [Deck] {
        &Deck::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()).help(self.label()))
    }
}

/// `--anki-deck NAME`: a name that fits Anki's `#deck:` header line.
fn anki_deck(name: &str) -> Result<String, String> {
    if export::anki::valid_deck_name(name) {
        Ok(name.trim().to_string())
    } else {
        Err("an Anki deck name needs a letter and no tab or line break".to_string())
    }
}
