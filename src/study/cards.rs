//! Flashcards generated from the knowledge base, and the decks that group them.
//!
//! A card's id is built from the id of the item it asks about (`faq:faq-both-roles`,
//! `pmpo:aspect-origin:po`), never from its text or position, so rewording an answer or reordering
//! a list keeps the card's history.

use std::collections::HashMap;

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
}

impl CardKind {
    /// The deck the card belongs to (besides `All` and perhaps `Bookmarks`).
    pub fn deck(self) -> Deck {
        match self {
            CardKind::Faq => Deck::Faq,
            CardKind::PmOrPo(_) => Deck::PmOrPo,
            CardKind::Cert => Deck::Certs,
            CardKind::Career => Deck::Careers,
        }
    }

    /// What the card asks, as a short heading ("FAQ", "PM or PO?", "Certification", "Career ladder").
    pub fn label(self) -> &'static str {
        match self {
            CardKind::Faq => "FAQ",
            CardKind::PmOrPo(_) => "PM or PO?",
            CardKind::Cert => "Certification",
            CardKind::Career => "Career ladder",
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
}

impl Deck {
    /// Every deck, in the order the deck chooser lists them.
    pub const ALL: [Deck; 6] =
        [Deck::All, Deck::Faq, Deck::PmOrPo, Deck::Certs, Deck::Careers, Deck::Bookmarks];

    /// A stable lowercase name (`all`, `faq`, `pm-or-po`, `certs`, `careers`, `bookmarks`).
    pub fn key(self) -> &'static str {
        match self {
            Deck::All => "all",
            Deck::Faq => "faq",
            Deck::PmOrPo => "pm-or-po",
            Deck::Certs => "certs",
            Deck::Careers => "careers",
            Deck::Bookmarks => "bookmarks",
        }
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
        }
    }

    /// Whether `card` is in this deck, given the bookmarked item ids.
    pub fn contains(self, card: &Card, bookmarks: &[String]) -> bool {
        match self {
            Deck::All => true,
            Deck::Bookmarks => bookmarks.contains(&card.source),
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
    list: Vec<Card>,
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
        let by_id = list.iter().enumerate().map(|(i, card)| (card.id.clone(), i)).collect();
        Cards { list, by_id }
    }

    /// Every card, in deck order.
    pub fn all(&self) -> &[Card] {
        &self.list
    }

    /// The card with `id`.
    pub fn get(&self, id: &str) -> Option<&Card> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    /// The cards of `deck`, in deck order.
    pub fn in_deck<'a>(&'a self, deck: Deck, bookmarks: &'a [String]) -> impl Iterator<Item = &'a Card> + 'a {
        self.list.iter().filter(move |card| deck.contains(card, bookmarks))
    }
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
