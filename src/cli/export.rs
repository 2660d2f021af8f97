//! `pmpo export anki|markdown|json [--deck NAME] [--with-notes]`: the flashcards for other
//! tools, written to stdout (`pmpo export anki > pmpo.txt`). The formats are `crate::export`'s;
//! this reads the knowledge base and the user's state (without ever writing it) and picks one.

use super::args::{Cli, ExportArgs, Format};
use super::output::{CliError, load_kb, write_out};
use crate::export::{self, Export};
use crate::study::Cards;

pub(super) fn run(cli: &Cli, args: &ExportArgs) -> Result<(), CliError> {
    let kb = load_kb(cli.kb.as_deref())?;
    let state = super::notes::saved();
    let cards = Cards::from_kb(&kb);
    let export =
        Export { kb: &kb, cards: &cards, deck: args.deck, state: &state, with_notes: args.with_notes };
    let text = match args.format {
        Format::Anki => match &args.anki_deck {
            Some(name) => export::anki::render_into(&export, name),
            None => export::anki::render(&export),
        },
        Format::Markdown => export::markdown::render(&export),
        Format::Json => export::json::render(&export),
    };
    write_out(&text)?;
    Ok(())
}
