//! Relevance: queries as people type them (questions, fragments, typos in words that only occur in
//! a body, inflections, synonyms, acronyms, phrases), each with the item a person means.
//!
//! Each case names the item it wants first and, besides it, the items that are also a fair first
//! answer (they speak of the same thing). Anything else first is *unrelated*, and no case may
//! rank an unrelated item first. The report prints three rates over the cases:
//!
//! - top-1: the item wanted is first (required: at least 90 %);
//! - top-3: the item wanted is among the first three (required: all of them);
//! - related first: the first hit is the item wanted or one named as also fair (required: all).
//!
//! The cases were written from the knowledge base's text before the engine was tuned, and stand
//! for queries nobody here has seen: when one fails, the cause is fixed in general (or the case
//! is reported as failing with the reason), never by fitting the engine to the case.
//!
//! Changed after the first run, each for the reason given at the case: three "also fair"
//! lists that left out an item that plainly answers the query, and one wanted item that the
//! ranking contract itself puts below phrase matches. Changed when issue 12 rewrote the
//! knowledge base against the article: two wanted items whose words moved to another item, and
//! one "also fair" list that gained a new item; each says so at the case. The cases after
//! [`FIRST_CASES`] came with the items they want (the texts a tab shows around its items) and
//! were written knowing the engine; the report gives the first cases' top-1 rate on its own, and
//! both must reach 90 %. [`KNOWN_FAILURES`] lists the cases the engine still gets wrong, and why
//! (none now).

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::fmt::Write as _;

use pmpo::kb::{ItemKind, KnowledgeBase};
use pmpo::search::{Index, Query, Scope, Tuning};

/// One query and what it should find.
struct Case {
    query: &'static str,
    scope: Scope,
    /// The item wanted first.
    first: &'static str,
    /// Other items that are a fair first answer.
    also: &'static [&'static str],
}

const fn all(query: &'static str, first: &'static str, also: &'static [&'static str]) -> Case {
    Case { query, scope: Scope::All, first, also }
}

const fn faq(query: &'static str, first: &'static str, also: &'static [&'static str]) -> Case {
    Case { query, scope: Scope::Faq, first, also }
}

const PAY: &[&str] = &["faq-which-pays-more", "aspect-salary-range", "overview-headline-salary"];

const CASES: &[Case] = &[
    // Questions, as typed into the overlay or the FAQ filter.
    all("how much do product owners make", "faq-which-pays-more", &["aspect-salary-range"]),
    faq("how much do product owners make", "faq-which-pays-more", &[]),
    all("which role earns the most", "faq-which-pays-more", &["aspect-salary-range", "choose-pm-earnings"]),
    all("who is paid more pm or po", "faq-which-pays-more", &["aspect-salary-range"]),
    all("do i need a certificate to be a po", "faq-scrum-certification", &["cert-cspo", "cert-pspo"]),
    faq("is certification required", "faq-scrum-certification", &[]),
    all("does every agile team need a po", "faq-agile-teams-po", &[]),
    all("is the po just a backlog clerk", "faq-po-misconception", &[]),
    all("can one person do both jobs", "faq-both-roles", &["overlap-combined-role", "org-startup"]),
    all("who owns the vision", "aspect-vision-ownership", &["pm-vision-roadmap", "skill-pm-strategy-vision"]),
    all("why are the titles confused", "overview-confusion", &["overlap-job-postings"]),
    all("who wrote this article", "overview-source", &[]),
    all(
        "what does a po do in sprint planning",
        "po-sprint-acceptance",
        &["po-scrum-team", "aspect-sprint-involvement"],
    ),
    all("which role suits a beginner", "faq-new-to-product", &["choose-po-structured-entry"]),
    // Fragments.
    all(
        "becoming a product manager",
        "faq-po-to-pm",
        &["transition-po-to-pm-skills", "transition-safe-po-to-pm"],
    ),
    all("scrum master", "move-scrum-master", &[]),
    all("safe vs scrum", "faq-safe-vs-scrum", &[]),
    all("decision making", "aspect-decision-making", &[]),
    all("customer interviews", "aspect-customer-interaction", &["pm-market-research"]),
    all("typical company size", "aspect-company-size", &[]),
    all("whitespace", "pm-market-research", &[]),
    all("churn and conversion funnels", "pm-market-research", &[]),
    all("leading without authority", "pm-stakeholders", &[]),
    all("gatekeeper", "po-sprint-acceptance", &[]),
    all("read the job posting", "overlap-job-postings", &["scope-strategy-research", "scope-backlog-scrum"]),
    all("job includes market research and strategy", "scope-strategy-research", &["pm-market-research"]),
    all("mostly running the backlog for a scrum team", "scope-backlog-scrum", &[]),
    all("one pm for two pos ratio", "org-mid-size", &[]),
    all("works well when", "org-mid-size", &[]),
    all("key challenge enterprise", "org-enterprise", &[]),
    // Changed with issue 12: rungs no longer carry scopes the article never gave them ("APM: a
    // single feature area", "Director: portfolio strategy"); the article's one sentence, that
    // scope widens from a feature area to a product, a product line and a portfolio, and that
    // the top of the ladder manages the portfolio's strategy, is now said once, in the PM
    // ladder's note. That note is what a person asking about feature areas or portfolio
    // strategy means, so it is wanted first; no rung speaks of either any more.
    all("feature area", "careers-ladder-notes-pm", &[]),
    all("portfolio strategy", "careers-ladder-notes-pm", &["org-enterprise"]),
    all("program level promotion", "transition-safe-po-to-pm", &["faq-po-to-pm"]),
    all("venture capital", "move-venture-capital", &[]),
    all("delivery manager", "move-delivery-management", &[]),
    all("equity and bonus", "note-big-tech-total-comp", &[]),
    all("2 day course", "cert-cspo", &[]),
    all("no course required just an assessment", "cert-pspo", &[]),
    all("cohort program", "cert-reforge", &[]),
    all("quick answer", "overview-quick-answer", &[]),
    all("bottom line", "overview-bottom-line", &[]),
    all("uncertainty", "choose-pm-ambiguity", &[]),
    all("kanban", "faq-agile-teams-po", &[]),
    // Typos, several in words that only occur in a body.
    // Changed after the first run: the skill was wanted first, but it has the two words apart
    // while four texts have the phrase "acceptance criteria", which the contract ranks first
    // (proximity before where); of those, the section that defines acceptance criteria.
    all(
        "acceptance critera",
        "po-user-stories",
        &["skill-po-user-stories", "po-sprint-acceptance", "po-backlog-refinement", "aspect-decision-making"],
    ),
    all("retrospectve", "aspect-sprint-involvement", &["po-scrum-team"]),
    all("salaris", "aspect-salary-range", &["faq-which-pays-more", "overview-headline-salary"]),
    faq("certifcation", "faq-scrum-certification", &[]),
    all("stakeholdr managment", "skill-pm-stakeholders", &["pm-stakeholders", "aspect-key-stakeholders"]),
    all("vison and roadmap", "pm-vision-roadmap", &["skill-pm-roadmap-planning", "skill-pm-strategy-vision"]),
    all("backlgo refinement", "po-backlog-refinement", &["skill-po-backlog"]),
    all("hierachy", "org-enterprise", &["faq-safe-vs-scrum"]),
    all("procter and gamble", "overview-origins", &[]),
    all("ken schwaber jeff sutherand", "overview-origins", &[]),
    all("gatekeper of done", "po-sprint-acceptance", &["po-user-stories"]),
    all("churm", "pm-market-research", &[]),
    all("burndwon", "skill-po-agile-metrics", &[]),
    // Inflections.
    all("salaries", "aspect-salary-range", &["faq-which-pays-more", "overview-headline-salary"]),
    faq("salaries", "faq-which-pays-more", &[]),
    all("negotiated priorities", "pm-stakeholders", &[]),
    all("designing experiments", "skill-pm-data-experiments", &[]),
    all("facilitate ceremonies", "skill-po-scrum-ceremonies", &[]),
    all("releases and versioning", "skill-po-release-planning", &[]),
    all("presented to executives", "skill-pm-executive-communication", &["choose-pm-executives"]),
    all("ships working software each sprint", "choose-po-shipping", &[]),
    all("personas", "skill-pm-segmentation-personas", &[]),
    // Synonyms and acronyms (from the knowledge base's `synonyms` section).
    // "also" completed after the first run: the note is about the pay gap between PM and PO.
    all("pm vs po pay", "faq-which-pays-more", &["aspect-salary-range", "note-interchangeable-titles"]),
    all("product owner salary", "faq-which-pays-more", PAY),
    // "also" completed after the first run: the headline base salaries are compensation.
    all(
        "compensation",
        "faq-which-pays-more",
        &["note-big-tech-total-comp", "aspect-salary-range", "overview-headline-salary"],
    ),
    all("faang total compensation", "note-big-tech-total-comp", &[]),
    all("remote pay cost of living", "note-remote-cost-of-living", &[]),
    all("healthcare premium", "note-po-industry-premium", &[]),
    all("do pos in finance earn more", "note-po-industry-premium", &[]),
    all("pay gap when the titles are interchangeable", "note-interchangeable-titles", &[]),
    all("beginner", "faq-new-to-product", &["choose-po-structured-entry", "salary-level-entry", "rung-apm"]),
    all(
        "junior pm salary",
        "salary-level-entry",
        &["rung-apm", "faq-which-pays-more", "aspect-salary-range"],
    ),
    all("staff principal salary", "salary-level-staff", &[]),
    all("mid level 3-5 years pay", "salary-level-mid", &[]),
    all("director+ pay", "salary-level-director", &["rung-director"]),
    all(
        "scaled agile framework",
        "faq-safe-vs-scrum",
        &["cert-safe-popm", "org-enterprise", "overview-confusion", "faq-both-roles"],
    ),
    all("return on investment", "aspect-decision-making", &["skill-pm-business-case"]),
    all("roi", "skill-pm-business-case", &["aspect-decision-making"]),
    all("profit and loss", "pm-pnl-outcomes", &["skill-pm-pnl-forecasting", "rung-senior-pm"]),
    all("p&l", "skill-pm-pnl-forecasting", &["pm-pnl-outcomes", "rung-senior-pm"]),
    all("gpm", "rung-group-pm", &[]),
    all("apm", "rung-apm", &[]),
    all("cpo", "rung-cpo", &["choose-pm-leadership"]),
    all("chief product officer", "rung-cpo", &["choose-pm-leadership"]),
    all("vice president of product", "rung-vp", &[]),
    all("cspo", "cert-cspo", &["faq-scrum-certification", "cert-a-cspo"]),
    all("pspo", "cert-pspo", &["faq-scrum-certification"]),
    all("advanced cspo", "cert-a-cspo", &[]),
    all("agile release train", "org-enterprise", &["faq-safe-vs-scrum"]),
    all("large company", "org-enterprise", &[]),
    all("backlog grooming", "po-backlog-refinement", &[]),
    all("daily standup", "aspect-sprint-involvement", &[]),
    all("go to market pricing", "skill-pm-pricing-gtm", &[]),
    all(
        "switch from product owner to product manager",
        "faq-po-to-pm",
        &["transition-po-to-pm-skills", "transition-safe-po-to-pm"],
    ),
    // "also" completed after the first run: any certification answers "certificate"; and,
    // since the certifications' summary became an item ("Certificates are more common and count
    // for more on the PO side"), that summary.
    all(
        "certificate",
        "faq-scrum-certification",
        &[
            "certifications-summary",
            "cert-cspo",
            "cert-pspo",
            "cert-safe-popm",
            "cert-a-cspo",
            "cert-pragmatic",
            "cert-product-school",
            "cert-aipmm-cpm",
            "cert-reforge",
        ],
    ),
    // Phrases: the words next to each other beat the words far apart.
    all("agile coach", "move-agile-coach", &["choose-po-agile-coaching"]),
    all("definition of done", "po-user-stories", &["po-sprint-acceptance"]),
    all("as a user i want", "po-user-stories", &[]),
    all("associate product manager", "rung-apm", &[]),
    all("director of product", "rung-director", &[]),
    all("senior product owner", "rung-senior-po", &[]),
    all("lead product owner", "rung-lead-po", &[]),
    all("scrum alliance", "cert-cspo", &["cert-a-cspo", "faq-scrum-certification"]),
    all("pragmatic institute", "cert-pragmatic", &[]),
    all("velocity and burndown", "skill-po-agile-metrics", &[]),
    all("startup ceo", "move-startup-ceo", &[]),
    all("i like presenting to senior leaders", "choose-pm-executives", &["skill-pm-executive-communication"]),
    all("structured path to begin", "choose-po-structured-entry", &["faq-new-to-product"]),
    // The texts a tab shows around its items, added when they became items (after the cases
    // above, by the helper who made them items, knowing the engine: they are not blind, and the
    // report gives the rates of the first cases on their own).
    all("ceo of the product", "roles-pm", &[]),
    all("empathy for customers", "roles-overlap", &[]),
    all("shared skills both roles need", "roles-overlap", &[]),
    all("monday to friday", "roles-overlap-combined-week", &["overlap-combined-role"]),
    all(
        "what decides how a company structures the roles",
        "orgs-summary",
        &["org-startup", "org-mid-size", "org-enterprise"],
    ),
    all("is 50 employees a startup or mid size", "orgs-boundary-rule", &["org-startup", "org-mid-size"]),
    all(
        "how do the two career paths cross",
        "careers-summary",
        &["transition-po-to-pm-skills", "transition-safe-po-to-pm"],
    ),
    all("agile execution track", "careers-ladder-notes-po", &["rung-po", "rung-senior-po", "rung-lead-po"]),
    all("why is the rung's pay level pmpo's guess", "careers-salary-mapping-note", &[]),
    all("us base salary 2026 market data", "salary-basis", &[]),
    all("where does the salary data come from", "salary-basis", &["overview-source"]),
    all("senior po paid like mid level pm", "salary-overlap-note", &["faq-which-pays-more"]),
    all("do certificates count more for pos", "certifications-summary", &["faq-scrum-certification"]),
    all("proof of competence", "certifications-summary", &[]),
    all("what should my choice rest on", "choose-intro", &[]),
    all("long run career goals", "choose-intro", &[]),
];

/// How many of [`CASES`] were written before the engine was tuned (issue 10); the rest came
/// with the items they want.
const FIRST_CASES: usize = 111;

/// Cases the engine gets wrong, with the reason; the test checks they still fail, so that this
/// list stays true (a case that starts passing must leave it). Empty since words common to
/// many items rank after the informative ones: "which role earns the most" ranked a
/// certification first, for "role" in one sentence and "earn" (a certificate) in another.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// Where each case's wanted item came: `Some(rank)` from 0, `None` when not in the first ten;
/// and whether the first hit was fair.
struct Outcome {
    rank: Option<usize>,
    first: Option<String>,
    fair_first: bool,
}

fn run(index: &Index, case: &Case) -> Outcome {
    let hits = index.search(&Query::new(case.query), case.scope, Some(10));
    let ids: Vec<String> = hits.iter().map(|hit| index.entry(hit).id().to_string()).collect();
    let rank = ids.iter().position(|id| id == case.first);
    let first = ids.first().cloned();
    let fair_first = first.as_deref().is_some_and(|id| id == case.first || case.also.contains(&id));
    Outcome { rank, first, fair_first }
}

/// The rates over every case: (top-1, top-3, related first), and a line per case not first.
fn rates(index: &Index) -> ((usize, usize, usize), String) {
    let ((top1, top3, fair), _, report) = rates_of(index, CASES.len());
    ((top1, top3, fair), report)
}

/// The rates over every case, the top-1 count over the first `first` cases, and the report.
fn rates_of(index: &Index, first: usize) -> ((usize, usize, usize), usize, String) {
    let (mut top1, mut top3, mut fair, mut top1_first) = (0, 0, 0, 0);
    let mut report = String::new();
    for (i, case) in CASES.iter().enumerate() {
        let outcome = run(index, case);
        top1 += usize::from(outcome.rank == Some(0));
        top1_first += usize::from(outcome.rank == Some(0) && i < first);
        top3 += usize::from(outcome.rank.is_some_and(|rank| rank < 3));
        fair += usize::from(outcome.fair_first);
        if outcome.rank != Some(0) {
            let _ = writeln!(
                report,
                "  {:?} ({:?}): wanted {} at {}, first {}{}",
                case.query,
                case.scope,
                case.first,
                outcome.rank.map_or("-".to_string(), |rank| (rank + 1).to_string()),
                outcome.first.as_deref().unwrap_or("(nothing)"),
                if outcome.fair_first { "" } else { "  <- UNRELATED FIRST" },
            );
        }
    }
    ((top1, top3, fair), top1_first, report)
}

fn percent(count: usize) -> f64 {
    count as f64 * 100.0 / CASES.len() as f64
}

fn percent_of(count: usize, of: usize) -> f64 {
    count as f64 * 100.0 / of as f64
}

#[test]
fn relevance_rates_meet_the_bar() {
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base loads");
    let index = Index::new(&kb);
    let ((top1, top3, fair), top1_first, report) = rates_of(&index, FIRST_CASES);
    let n = CASES.len();
    eprintln!(
        "relevance over {n} cases: top-1 {top1} ({:.1} %), top-3 {top3} ({:.1} %), related first {fair} ({:.1} %); \
         top-1 over the first {FIRST_CASES}: {top1_first} ({:.1} %)\n{report}",
        percent(top1),
        percent(top3),
        percent(fair),
        percent_of(top1_first, FIRST_CASES),
    );
    assert!(percent(top1) >= 90.0, "top-1 below 90 %");
    assert!(percent_of(top1_first, FIRST_CASES) >= 90.0, "top-1 below 90 % on the cases written blind");
    let known = KNOWN_FAILURES.len();
    for (query, _) in KNOWN_FAILURES {
        let case = CASES.iter().find(|case| case.query == *query).expect("a known failure is a case");
        let outcome = run(&index, case);
        assert!(
            outcome.rank.is_none_or(|rank| rank >= 3) && !outcome.fair_first,
            "{query:?} passes now: take it off KNOWN_FAILURES"
        );
    }
    assert_eq!(top3, n - known, "every wanted item in the first three, but the known failures");
    assert_eq!(fair, n - known, "no unrelated item first, but the known failures");
}

/// The choices measured on these cases: typo thresholds (Algolia's 4 / 8 letters against
/// Meilisearch's 5 / 9), proximity in two steps (as in the query or not) or three (near), and
/// the share of entries above which a query word is common (ranked after the informative
/// words). The app's defaults must do at least as well as every alternative measured: on the
/// bar's hard requirements first (related first, top-3), then on top-1.
#[test]
fn the_defaults_are_the_best_measured() {
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base loads");
    let default = Tuning::default();
    let variants = [
        ("typos from 4 / 8, proximity in two steps, common above 10 % (default)", default),
        ("typos from 5 / 9", Tuning { one_typo_from: 5, two_typos_from: 9, ..default }),
        ("proximity in three steps (near: within 4 words)", Tuning { near: 4, ..default }),
        (
            "typos from 5 / 9, proximity in three steps",
            Tuning { one_typo_from: 5, two_typos_from: 9, near: 4, ..default },
        ),
        ("no word common: every word counts fully in rule 1", Tuning { common_above: 100, ..default }),
        ("common above 15 % of the entries", Tuning { common_above: 15, ..default }),
        ("common above 20 % of the entries", Tuning { common_above: 20, ..default }),
        ("common above 25 % of the entries", Tuning { common_above: 25, ..default }),
    ];
    let mut measured = Vec::new();
    for (name, tuning) in variants {
        let ((top1, top3, fair), _) = rates(&Index::new(&kb).with_tuning(tuning));
        eprintln!(
            "{name}: top-1 {top1} ({:.1} %), top-3 {top3} ({:.1} %), related first {fair} ({:.1} %)",
            percent(top1),
            percent(top3),
            percent(fair)
        );
        // The bar's hard requirements first (nothing unrelated first, every wanted item in the
        // first three), then top-1.
        measured.push((fair, top3, top1));
    }
    let best = measured.iter().max().copied();
    assert_eq!(Some(measured[0]), best, "an alternative does better than the defaults");
}
#[test]
fn the_cases_are_many_varied_and_name_real_items() {
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base loads");
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let mut kinds: Vec<ItemKind> = Vec::new();
    for case in CASES {
        for id in std::iter::once(&case.first).chain(case.also) {
            let item = kb.item(id).unwrap_or_else(|| panic!("{:?} names no item: {id}", case.query));
            if *id == case.first && !kinds.contains(&item.kind) {
                kinds.push(item.kind);
            }
        }
    }
    let mut every: Vec<ItemKind> = kb.items().iter().map(|item| item.kind).collect();
    every.sort();
    every.dedup();
    kinds.sort();
    assert_eq!(kinds, every, "some kind of item is wanted first by no case");
}
