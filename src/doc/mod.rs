//! Documents: the knowledge base laid out as a sequence of semantic blocks (titles, paragraphs,
//! bullets, tables) that know nothing of widths or colours.
//!
//! The same document is rendered two ways: as wrapped plain text for `pmpo show` ([`plain`]) and
//! as styled lines in the terminal app (`ui::document`), so the layout of each section is
//! written once. Org charts are laid out here too ([`chart`]), for both.

mod block;
pub mod chart;
pub mod layout;
mod notes;
pub mod plain;
mod sections;
pub mod wrap;

pub use block::{Block, Doc};
pub use sections::{Section, overlap, role_profile, section};

/// The most columns a line of reading text takes: the app's reading panes and every printed
/// command wrap there on wider terminals (longer lines are hard to follow back to their start).
pub const READING_COLUMNS: u16 = 100;
