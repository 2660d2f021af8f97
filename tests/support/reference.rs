//! The search contract of `pmpo::search`, written as plainly as possible: no index, no folding
//! ahead of time, no in-order check, no top-k selection, one thread. The property test checks the
//! fast path against it, and the benchmarks time it as the "before" of every speed-up.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use pmpo::kb::ItemKind;
use pmpo::kb::KnowledgeBase;
use pmpo::search::{SHORT_WORD, Scope};

/// One searchable item: kind, id, short fields (the title first) and long fields.
pub struct Item<'a> {
    pub kind: ItemKind,
    pub id: &'a str,
    pub short: Vec<&'a str>,
    pub long: Vec<&'a str>,
}

/// Every searchable item of `kb` in knowledge-base order (FAQ last).
pub fn items(kb: &KnowledgeBase) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for a in &kb.comparison {
        items.push(Item {
            kind: ItemKind::Aspect,
            id: &a.id,
            short: vec![&a.name],
            long: vec![&a.pm, &a.po],
        });
    }
    for profile in [&kb.roles.pm, &kb.roles.po] {
        for s in &profile.sections {
            items.push(Item {
                kind: ItemKind::Section,
                id: &s.id,
                short: vec![&s.title],
                long: vec![&s.body],
            });
        }
        for s in &profile.skills {
            items.push(Item { kind: ItemKind::Skill, id: &s.id, short: vec![&s.name], long: vec![] });
        }
    }
    for s in &kb.roles.overlap.sections {
        items.push(Item { kind: ItemKind::Section, id: &s.id, short: vec![&s.title], long: vec![&s.body] });
    }
    for m in &kb.orgs.models {
        let mut long = vec![m.description.as_str()];
        long.extend(m.facts.iter().map(|f| f.text.as_str()));
        items.push(Item { kind: ItemKind::Org, id: &m.id, short: vec![&m.name, &m.headline], long });
    }
    for r in kb.careers.pm_ladder.iter().chain(&kb.careers.po_ladder) {
        items.push(Item { kind: ItemKind::Rung, id: &r.id, short: vec![&r.title], long: vec![&r.scope] });
    }
    for c in &kb.certifications.items {
        let (short, long) = (vec![c.name.as_str(), &c.issuer], vec![c.requirement.as_str(), &c.standing]);
        items.push(Item { kind: ItemKind::Cert, id: &c.id, short, long });
    }
    for s in kb.choose.statements.pm.iter().chain(&kb.choose.statements.po) {
        items.push(Item { kind: ItemKind::Statement, id: &s.id, short: vec![&s.text], long: vec![] });
    }
    for f in &kb.faq {
        let mut short = vec![f.question.as_str()];
        short.extend(f.tags.iter().map(String::as_str));
        items.push(Item { kind: ItemKind::Faq, id: &f.id, short, long: vec![&f.answer] });
    }
    items
}

/// Lower case, one character for one.
fn fold(text: &str) -> Vec<char> {
    text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect()
}

/// 2 if `word` is a whole word of `text`, 1 if it only begins one, else `None`.
fn body(text: &[char], word: &[char]) -> Option<i64> {
    let mut best = None;
    for i in 0..text.len() {
        let starts = i == 0 || !text[i - 1].is_alphanumeric();
        if starts && text[i..].starts_with(word) {
            let whole = text.get(i + word.len()).is_none_or(|c| !c.is_alphanumeric());
            best = best.max(Some(if whole { 2 } else { 1 }));
        }
    }
    best
}

/// The hits for `query`: (id, kind, score), best first, ties in knowledge-base order.
pub fn search(
    kb: &KnowledgeBase,
    query: &str,
    scope: Scope,
    limit: Option<usize>,
) -> Vec<(String, ItemKind, i64)> {
    // A fresh matcher per call: fuzzy-matcher 0.3.7 leaks state between calls (see matching.rs).
    let matcher = || SkimMatcherV2::default().respect_case();
    let words: Vec<String> = query.split_whitespace().map(|w| fold(w).into_iter().collect()).collect();
    let mut hits = Vec::new();
    'items: for item in items(kb) {
        if scope == Scope::Faq && item.kind != ItemKind::Faq {
            continue;
        }
        let mut total = 0;
        for word in &words {
            let floor = matcher().fuzzy_match(word, word).unwrap_or(0).clamp(0, SHORT_WORD - 1) * 2 / 3;
            let short = item
                .short
                .iter()
                .filter_map(|field| {
                    let field: String = fold(field).into_iter().collect();
                    matcher().fuzzy_match(&field, word).map(|s| s.clamp(0, SHORT_WORD - 1))
                })
                .filter(|&fuzzy| fuzzy >= floor)
                .max();
            let word_chars: Vec<char> = word.chars().collect();
            let points = match short {
                Some(fuzzy) => SHORT_WORD + fuzzy,
                None => match item.long.iter().filter_map(|field| body(&fold(field), &word_chars)).max() {
                    Some(words) => words,
                    None => continue 'items,
                },
            };
            total += points;
        }
        hits.push((item.id.to_string(), item.kind, total));
    }
    // A stable sort keeps knowledge-base order among equal scores.
    hits.sort_by_key(|hit| std::cmp::Reverse(hit.2));
    if let Some(limit) = limit {
        hits.truncate(limit);
    }
    hits
}
