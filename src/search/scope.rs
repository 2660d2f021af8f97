//! What a search looks through: the FAQ only, or every searchable item.

/// What a search looks through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// The FAQ only: questions, answers and tags (the FAQ tab, `pmpo search`).
    #[default]
    Faq,
    /// Every searchable item (the `/` overlay, `pmpo search --all`).
    All,
}
