//! Flashcards generated from the knowledge base, and the decks that group them.
//!
//! A card's id is built from the id of the item it asks about (`faq:faq-both-roles`,
//! `pmpo:aspect-origin:po`), never from its text or position, so rewording an answer or reordering
//! a list keeps the card's history.
//!
//! Besides the knowledge base's cards ([`Cards::all`]), every item that has no card of its own (a
//! section, an org model, a salary level...) has a note card (`note:<item id>`, [`CardKind::Note`],
//! [`Cards::note_cards`]): "what did you note about it?", answered by the item's own text and the
//! user's note. It is in the Notes deck while the item has a note, and in no other deck, so the
//! story a user wrote on "Leading stakeholders without formal authority" can be rehearsed too.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::kb::{ItemKind, KnowledgeBase, Role};
use crate::tab::Tab;

/// What kind of answer a card expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardKind {
    /// An FAQ question; the user recalls the answer and grades themself.
    Faq,
    /// "PM or PO?": the user answers `m` or `o`; right or wrong is known at once.
    PmOrPo(Role),
    /// A certification: who awards it and what it takes; self-graded.
    Cert,
    /// The next rung of a career ladder; self-graded.
    Career,
    /// An item with no other card, for its note: the item's text and the note; self-graded.
    Note,
}

impl CardKind {
    /// The deck the card belongs to (besides `All` and perhaps `Bookmarks`).
    pub fn deck(self) -> Deck {
        match self {
            CardKind::Faq => Deck::Faq,
            CardKind::PmOrPo(_) => Deck::PmOrPo,
            CardKind::Cert => Deck::Certs,
            CardKind::Career => Deck::Careers,
            CardKind::Note => Deck::Notes,
        }
    }

    /// What the card asks, as a short heading ("FAQ", "PM or PO?", "Certification", "Career ladder").
    pub fn label(self) -> &'static str {
        match self {
            CardKind::Faq => "FAQ",
            CardKind::PmOrPo(_) => "PM or PO?",
            CardKind::Cert => "Certification",
            CardKind::Career => "Career ladder",
            CardKind::Note => "Your note",
        }
    }

    /// The role a "PM or PO?" card expects; `None` for self-graded cards.
    pub fn expected_role(self) -> Option<Role> {
        match self {
            CardKind::PmOrPo(role) => Some(role),
            _ => None,
        }
    }
}

/// A named group of cards to study.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deck {
    /// Every card.
    All,
    /// The FAQ questions.
    Faq,
    /// The "PM or PO?" quiz.
    PmOrPo,
    /// The certifications.
    Certs,
    /// The career ladders.
    Careers,
    /// Cards whose source item the user has bookmarked.
    Bookmarks,
    /// Cards of the items the user wrote a note on, their note cards included.
    Notes,
}

/// What the user did that decides the Bookmarks and Notes decks: the bookmarked item ids, and
/// the notes by item id.
#[derive(Debug, Clone, Copy)]
pub struct Personal<'a> {
    /// The bookmarked item ids.
    pub bookmarks: &'a [String],
    /// The notes, by item id.
    pub notes: &'a BTreeMap<String, String>,
}

/// No notes: what [`Personal::NONE`] and [`Personal::bookmarks`] point at.
static NO_NOTES: BTreeMap<String, String> = BTreeMap::new();

impl<'a> Personal<'a> {
    /// Nothing bookmarked, no notes.
    pub const NONE: Personal<'static> = Personal { bookmarks: &[], notes: &NO_NOTES };

    /// These bookmarks and notes.
    pub fn new(bookmarks: &'a [String], notes: &'a BTreeMap<String, String>) -> Personal<'a> {
        Personal { bookmarks, notes }
    }

    /// These bookmarks, no notes.
    pub fn bookmarks(bookmarks: &'a [String]) -> Personal<'a> {
        Personal { bookmarks, notes: &NO_NOTES }
    }
}

impl Deck {
    /// Every deck, in the order the deck chooser lists them.
    pub const ALL: [Deck; 7] =
        [Deck::All, Deck::Faq, Deck::PmOrPo, Deck::Certs, Deck::Careers, Deck::Bookmarks, Deck::Notes];

    /// A stable lowercase name (`all`, `faq`, `pm-or-po`, `certs`, `careers`, `bookmarks`,
    /// `notes`).
    pub fn key(self) -> &'static str {
        match self {
            Deck::All => "all",
            Deck::Faq => "faq",
            Deck::PmOrPo => "pm-or-po",
            Deck::Certs => "certs",
            Deck::Careers => "careers",
            Deck::Bookmarks => "bookmarks",
            Deck::Notes => "notes",
        }
    }

    /// The deck with this [`Deck::key`].
    pub fn from_key(key: &str) -> Option<Deck> {
        Deck::ALL.into_iter().find(|deck| deck.key() == key)
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Deck::All => "All cards",
            Deck::Faq => "FAQ",
            Deck::PmOrPo => "PM or PO?",
            Deck::Certs => "Certifications",
            Deck::Careers => "Career ladders",
            Deck::Bookmarks => "Bookmarks",
            Deck::Notes => "Notes",
        }
    }

    /// Whether `card` is in this deck, given what the user bookmarked and wrote notes on. A
    /// note card is only ever in the Notes deck.
    pub fn contains(self, card: &Card, personal: Personal<'_>) -> bool {
        match self {
            _ if card.kind == CardKind::Note => {
                self == Deck::Notes && personal.notes.contains_key(&card.source)
            }
            Deck::All => true,
            Deck::Bookmarks => personal.bookmarks.contains(&card.source),
            Deck::Notes => personal.notes.contains_key(&card.source),
            deck => card.kind.deck() == deck,
        }
    }
}

/// One flashcard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable id, derived from the source item's id.
    pub id: String,
    /// What kind of answer it expects.
    pub kind: CardKind,
    /// The id of the knowledge-base item it was made from (what a bookmark refers to).
    pub source: String,
    /// The tab that shows the source item.
    pub tab: Tab,
    /// The prompt.
    pub question: String,
    /// What is revealed: the answer, with a little context.
    pub answer: String,
}

/// Every card of a knowledge base, with lookup by id.
#[derive(Debug, Clone, Default)]
pub struct Cards {
    /// The knowledge base's cards, then the note cards from `notes_from` on.
    list: Vec<Card>,
    notes_from: usize,
    by_id: HashMap<String, usize>,
}

impl Cards {
    /// The cards of `kb`, in deck order: FAQ, PM or PO (aspects, skills, statements),
    /// certifications, careers; each group in the knowledge base's order.
    pub fn from_kb(kb: &KnowledgeBase) -> Cards {
        let mut list = Vec::new();
        faq_cards(kb, &mut list);
        pm_or_po_cards(kb, &mut list);
        cert_cards(kb, &mut list);
        career_cards(kb, &mut list);
        let notes_from = list.len();
        note_cards(kb, &mut list);
        let by_id = list.iter().enumerate().map(|(i, card)| (card.id.clone(), i)).collect();
        Cards { list, notes_from, by_id }
    }

    /// Every card of the knowledge base, in deck order (the note cards aside).
    pub fn all(&self) -> &[Card] {
        &self.list[..self.notes_from]
    }

    /// The note cards: one per item without a card of its own, in knowledge-base order.
    pub fn note_cards(&self) -> &[Card] {
        &self.list[self.notes_from..]
    }

    /// The card with `id`.
    pub fn get(&self, id: &str) -> Option<&Card> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// The cards of `deck`, in deck order (note cards last).
    pub fn in_deck<'a>(&'a self, deck: Deck, personal: Personal<'a>) -> impl Iterator<Item = &'a Card> + 'a {
        self.list.iter().filter(move |card| deck.contains(card, personal))
    }
}

/// A note card for every item that no other card asks about: its title asked, its own text (or,
/// for an item that is only a name, the title again) as the answer.
fn note_cards(kb: &KnowledgeBase, out: &mut Vec<Card>) {
    let asked: HashSet<String> = out.iter().map(|card| card.source.clone()).collect();
    for item in kb.items() {
        if asked.contains(item.id) {
            continue;
        }
        let answer = if item.body.is_empty() { item.title.to_string() } else { item.body.join("\n\n") };
        out.push(Card {
            id: format!("note:{}", item.id),
            kind: CardKind::Note,
            source: item.id.to_string(),
            tab: item.tab(),
            question: format!(
                "{}: {} What did you note about it?",
                item.tab().title(),
                end_sentence(item.title)
            ),
            answer,
        });
    }
}

/// `text` ending with a full stop, unless it ends with punctuation already.
fn end_sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!', ':', '…']) { text.to_string() } else { format!("{text}.") }
}

fn faq_cards(kb: &KnowledgeBase, out: &mut Vec<Card>) {
    for entry in &kb.faq {
        out.push(Card {
            id: format!("faq:{}", entry.id),
            kind: CardKind::Faq,
            source: entry.id.clone(),
            tab: ItemKind::Faq.tab(),
            question: entry.question.clone(),
            answer: entry.answer.clone(),
        });
    }
}

fn pm_or_po_cards(kb: &KnowledgeBase, out: &mut Vec<Card>) {
    for aspect in &kb.comparison {
        for role in Role::ALL {
            let (mine, other) = match role {
                Role::Pm => (&aspect.pm, &aspect.po),
                Role::Po => (&aspect.po, &aspect.pm),
            };
            out.push(Card {
                id: format!("pmpo:{}:{}", aspect.id, role.key()),
                kind: CardKind::PmOrPo(role),
                source: aspect.id.clone(),
                tab: ItemKind::Aspect.tab(),
                question: format!("{}: {mine}", aspect.name),
                answer: format!("{}. In contrast, the {}: {other}", role.title(), role.other().title()),
            });
        }
    }
    for role in Role::ALL {
        for skill in &kb.roles.profile(role).skills {
            out.push(Card {
                id: format!("pmpo:{}", skill.id),
                kind: CardKind::PmOrPo(role),
                source: skill.id.clone(),
                tab: ItemKind::Skill.tab(),
                question: format!("Whose core skill? {}", skill.name),
                answer: format!("{}: one of its core skills.", role.title()),
            });
        }
    }
    for role in Role::ALL {
        for statement in kb.choose.statements.get(role) {
            out.push(Card {
                id: format!("pmpo:{}", statement.id),
                kind: CardKind::PmOrPo(role),
                source: statement.id.clone(),
                tab: ItemKind::Statement.tab(),
                question: format!("Which role suits you if this is true? {}", statement.text),
                answer: format!("{}: a reason to choose it.", role.title()),
            });
        }
    }
}

fn cert_cards(kb: &KnowledgeBase, out: &mut Vec<Card>) {
    for cert in &kb.certifications.items {
        out.push(Card {
            id: format!("cert:{}", cert.id),
            kind: CardKind::Cert,
            source: cert.id.clone(),
            tab: ItemKind::Cert.tab(),
            question: format!("{}: who awards it, and what does it take?", cert.name),
            answer: format!(
                "Awarded by {}. {} (Listed for the {}.)",
                cert.issuer,
                cert.requirement,
                cert.role.title()
            ),
        });
    }
}

fn career_cards(kb: &KnowledgeBase, out: &mut Vec<Card>) {
    for role in Role::ALL {
        for pair in kb.careers.ladder(role).windows(2) {
            let [rung, next] = pair else { continue };
            out.push(Card {
                id: format!("ladder:{}", rung.id),
                kind: CardKind::Career,
                source: rung.id.clone(),
                tab: ItemKind::Rung.tab(),
                question: format!("On the {} ladder, which rung comes after {}?", role.title(), rung.title),
                answer: format!("{}. {}", next.title, next.scope),
            });
        }
    }
}
