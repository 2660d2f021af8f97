//! Where in an item a text sits (title, label, body, or the sentence that is a whole item): a
//! leaf that building, fuzzy matching, scanning and highlighting all read.

/// Where in an item a text sits: ranking rule 4, after words, typos and proximity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Class {
    /// The title, question, name or statement.
    Title = 0,
    /// A tag, headline, issuer or other short label.
    Label = 1,
    /// An answer, description or other long text.
    Body = 2,
    /// The title of an item that is one sentence (a statement, a salary note, a career move's
    /// "how"): shown as its title, ranked as a label, never cut into a snippet of itself.
    Sentence = 3,
}

impl Class {
    /// The class numbered `n` (as stored: `Class::Body as u32`).
    pub(crate) fn from_u32(n: u32) -> Option<Class> {
        [Class::Title, Class::Label, Class::Body, Class::Sentence]
            .into_iter()
            .find(|class| *class as u32 == n)
    }
}
