//! Tab identity: which tabs exist, in which order, and what each is called. A leaf module: it
//! imports nothing of the app, so the knowledge base, search, study, the key tables, the UI and
//! the command line can all name a tab without depending on each other.
//!
//! Every fact about a tab's identity comes from two places that the compiler keeps in step: the
//! order of the variants (the tab bar's order, and the number keys `1`–`9`, `0`) and the one
//! `match` in [`Tab::facts`] (title and `--tab` name). `strum::VariantArray` lists the variants,
//! so no hand-written list can forget one.

use strum::VariantArray;

/// The tabs, in the order of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, VariantArray)]
pub enum Tab {
    /// The quick answer and the source.
    Overview,
    /// The 11-aspect comparison.
    Compare,
    /// Each role in depth.
    Roles,
    /// Org models by company size.
    Orgs,
    /// Career ladders.
    Careers,
    /// The salary calculator.
    Salary,
    /// Certifications.
    Certs,
    /// The self-assessment.
    Choose,
    /// Frequently asked questions, filtered live.
    Faq,
    /// Flashcards, the "PM or PO?" quiz and bookmarks.
    Study,
}

/// What a tab is called.
struct Facts {
    /// The title in the tab bar and the help overlay.
    title: &'static str,
    /// The lowercase name used by `--tab`, `snapshot`, screenshots and saved state.
    name: &'static str,
}

impl Tab {
    /// Every tab, in tab-bar order.
    pub const ALL: &'static [Tab] = Tab::VARIANTS;

    /// The one table of names.
    const fn facts(self) -> Facts {
        let (title, name) = match self {
            Tab::Overview => ("Overview", "overview"),
            Tab::Compare => ("Compare", "compare"),
            Tab::Roles => ("Roles", "roles"),
            Tab::Orgs => ("Orgs", "orgs"),
            Tab::Careers => ("Careers", "careers"),
            Tab::Salary => ("Salary", "salary"),
            Tab::Certs => ("Certs", "certs"),
            Tab::Choose => ("Choose", "choose"),
            Tab::Faq => ("FAQ", "faq"),
            Tab::Study => ("Study", "study"),
        };
        Facts { title, name }
    }

    /// The title in the tab bar.
    pub const fn title(self) -> &'static str {
        self.facts().title
    }

    /// The lowercase name used by `--tab`, `snapshot` and saved state.
    pub const fn name(self) -> &'static str {
        self.facts().name
    }

    /// The tab with this lowercase name.
    pub fn from_name(name: &str) -> Option<Tab> {
        Tab::ALL.iter().copied().find(|tab| tab.name() == name)
    }

    /// The tab's place in the tab bar, from 0.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The number key that opens the tab: `1`–`9` for the first nine, `0` for the tenth; tabs
    /// beyond the tenth have none (Tab and the mouse reach them).
    pub const fn number(self) -> Option<char> {
        match self.index() {
            index @ 0..=8 => Some((b'1' + index as u8) as char),
            9 => Some('0'),
            _ => None,
        }
    }

    /// The tab a number key opens, if any.
    pub fn from_number(number: char) -> Option<Tab> {
        Tab::ALL.iter().copied().find(|tab| tab.number() == Some(number))
    }

    /// The tab after this one, wrapping around.
    #[must_use]
    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    /// The tab before this one, wrapping around.
    #[must_use]
    pub fn previous(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

/// `--tab NAME` takes the names of the table above.
impl clap::ValueEnum for Tab {
    fn value_variants<'a>() -> &'a [Tab] {
        Tab::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()).help(self.title()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_names_and_order_round_trip() {
        for &tab in Tab::ALL {
            assert_eq!(Tab::ALL[tab.index()], tab, "the variant order is the tab-bar order");
            if tab.index() < 10 {
                assert_eq!(tab.number().and_then(Tab::from_number), Some(tab));
            } else {
                assert_eq!(tab.number(), None, "only ten number keys");
            }
            assert_eq!(Tab::from_name(tab.name()), Some(tab));
            assert_eq!(tab.next().previous(), tab);
        }
        assert_eq!(Tab::Overview.number(), Some('1'));
        assert_eq!(Tab::Study.number(), Some('0'));
        assert_eq!(Tab::Study.next(), Tab::Overview);
        assert_eq!(Tab::Overview.previous(), Tab::Study);
        assert_eq!(Tab::from_number('x'), None);
    }

    #[test]
    fn names_are_unique_lowercase_words() {
        for (i, tab) in Tab::ALL.iter().enumerate() {
            assert!(tab.name().chars().all(|c| c.is_ascii_lowercase()), "{tab:?}");
            assert!(
                Tab::ALL[..i].iter().all(|other| other.name() != tab.name() && other.title() != tab.title())
            );
        }
    }
}
