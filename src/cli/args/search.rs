//! The arguments of `pmpo search`, and what its `--help` says of the behaviour.

/// What `pmpo search --help` says of the behaviour.
pub(super) const LONG_ABOUT: &str = "Search the FAQ (or, with --all, the whole knowledge base), as the app's \
search does. Each word matches on its own, in any order: an item matching more of the words comes \
first, and nothing is found only when no word matches anything. Typos are forgiven (one from 4 \
letters, two from 8), other forms of a word match (pays, paying: pay), stop words (who, do, the) are \
ignored unless they are all there is, synonyms and acronyms come from the knowledge base (pay / \
salary, PO / Product Owner), and the last word also matches as the beginning of a word. Ranked by \
words matched, typos, proximity, where (title, then tags and names, then body), exactness, then \
knowledge-base order. Only the first 10 words of the first 256 characters are read.";

/// The arguments of `pmpo search`.
#[derive(Debug, Clone, clap::Args)]
pub struct SearchArgs {
    /// What to look for; several words may come in any order, typos are tolerated
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Search everything (every item every tab shows), not only the FAQ
    #[arg(long)]
    pub all: bool,
    /// Show at most N hits
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = at_least_one, allow_negative_numbers = true)]
    pub limit: u32,
    /// Print a JSON array of {"kind","id","title","tab","score","snippet","matched","note"}, best first
    #[arg(long)]
    pub json: bool,
}

/// A number of hits: clap's own range check would say "not in 1..=4294967295".
fn at_least_one(text: &str) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| "expected a number of hits, at least 1".to_string())
}
