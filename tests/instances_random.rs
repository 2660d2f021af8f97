//! Two real pmpo processes on one data folder through hundreds of random interleaved operations
//! (bookmarks on and off, "PM or PO?" answers, Choose marks, tab switches, salary edits), quit in
//! random order: the file must hold exactly what the merge rules predict from the operations in
//! the order they were made.
//!
//! Neither instance is kept up to date on purpose: each picks up the other's saves only as the
//! app does (a key at most a few times a second, or regained focus, sent now and then), so a
//! toggle may act on a stale view. The test reads what each operation did from the screen (a
//! bookmark notice, a mark, an answer's box) and the model applies that, latest change winning.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

mod support;

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use pmpo::kb::{Industry, KnowledgeBase, Level, Role};
use pmpo::salary::{Company, industry_label};
use pmpo::store::{self, SavedSalary};
use pmpo::study::{CardProgress, Cards, interval};
use pmpo::tab::Tab;
use support::pty::Pty;

/// The run's random choices: the seed names the run.
struct Rng(fastrand::Rng);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n)
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.0.u32(..100) < percent
    }
}

fn seconds() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("a clock after 1970").as_secs() as i64
}

/// Where an instance is in the Study tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Study {
    /// The deck list: no session yet.
    Decks,
    /// A card answered, until Enter shows the next question.
    Answered,
}

/// The salary fields the test changes, in form order, and how many values each cycles through.
const FIELDS: [(&str, usize); 4] = [("role", 2), ("level", 5), ("company", 2), ("industry", 3)];

/// One running pmpo and what the test knows of its screen.
struct Instance {
    pty: Pty,
    tab: Tab,
    study: Study,
    /// The salary form's focused field and each field's value (an index into its values).
    focus: usize,
    form: [usize; 4],
}

/// What the file must hold: each entry as its latest change left it.
#[derive(Default)]
struct Model {
    /// Bookmarks: when last changed (the operation's number) and whether on.
    bookmarks: BTreeMap<String, (usize, bool)>,
    marks: BTreeMap<String, bool>,
    cards: BTreeMap<String, Expected>,
    last_tab: Option<Tab>,
    salary: BTreeMap<&'static str, String>,
}

/// A card's progress as predicted: counts exactly, the box of the latest answer, and the due
/// times that answer can have left (seconds are read around the key, not known exactly).
struct Expected {
    reviews: u32,
    lapses: u32,
    leitner_box: u8,
    due: Vec<(i64, i64)>,
}

/// The text each tab shows when it is on screen.
fn marker(tab: Tab, study: Study) -> &'static str {
    match tab {
        Tab::Overview => "╭ Overview ─",
        Tab::Compare => "Compare: 11 aspects",
        Tab::Roles => "h/l switch",
        Tab::Orgs => "Company size",
        Tab::Careers => "╭ Career ladders",
        Tab::Salary => "Salary inputs",
        Tab::Certs => "Certifications: 8",
        Tab::Choose => "Your lean",
        Tab::Study if study == Study::Decks => "╭ Decks",
        Tab::Study => "PM or PO? · due cards",
        Tab::Faq => unreachable!("the FAQ's filter takes digits: the test keeps away"),
    }
}

/// The tabs a switch may go to (not the FAQ, whose filter takes the number keys).
const TABS: [Tab; 9] = [
    Tab::Overview,
    Tab::Compare,
    Tab::Roles,
    Tab::Orgs,
    Tab::Careers,
    Tab::Salary,
    Tab::Certs,
    Tab::Choose,
    Tab::Study,
];

impl Instance {
    fn spawn(dir: &std::path::Path) -> Instance {
        let pty = Pty::spawn(dir, &["--tab", "overview"]);
        pty.wait_for(marker(Tab::Overview, Study::Decks));
        Instance { pty, tab: Tab::Overview, study: Study::Decks, focus: 0, form: [0; 4] }
    }

    /// Opens `tab`; whether that was a change (a tab switch is one).
    fn go(&mut self, tab: Tab) -> bool {
        if self.tab == tab {
            return false;
        }
        // While a card is on screen the digits 1-4 belong to it: leave with Tab first.
        let number = tab.number().expect("the ten tabs have numbers");
        if self.tab == Tab::Study && self.study != Study::Decks && number <= '4' {
            self.pty.type_fast("\t");
        }
        self.pty.type_fast(&number.to_string());
        self.tab = tab;
        self.pty.wait_for(marker(tab, self.study));
        true
    }

    /// The status bar's text.
    fn status(&self) -> String {
        self.pty.screen().lines().last().unwrap_or_default().to_string()
    }
}

/// The text inside a pane's frame, lines joined, so that wrapped sentences read whole.
fn inside(lines: &[&str]) -> String {
    let text: Vec<&str> =
        lines.iter().map(|line| line.trim_matches(|c: char| c == '│' || c.is_whitespace())).collect();
    text.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the operations need from the knowledge base, and what they found out.
struct World {
    kb: KnowledgeBase,
    cards: Cards,
    /// The aspects of Compare: id and name, in order.
    aspects: Vec<(String, String)>,
    /// The Product Manager statements of Choose: id and text, in order.
    statements: Vec<(String, String)>,
    /// The first Product Owner statement, below the last Product Manager one.
    first_po: String,
    model: Model,
    /// What each step did, for a failure's message.
    log: Vec<String>,
}

impl World {
    fn new() -> World {
        let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
        World {
            cards: Cards::from_kb(&kb),
            aspects: kb.comparison.iter().map(|a| (a.id.clone(), a.name.clone())).collect(),
            statements: kb.choose.statements.pm.iter().map(|s| (s.id.clone(), s.text.clone())).collect(),
            first_po: kb.choose.statements.po.first().map(|s| s.text.clone()).unwrap_or_default(),
            kb,
            model: Model::default(),
            log: Vec::new(),
        }
    }

    /// A salary field's value: its saved key and its label on screen.
    fn value_label(&self, field: usize, value: usize) -> (String, String) {
        match field {
            0 => (Role::ALL[value].key().into(), Role::ALL[value].title().into()),
            1 => (Level::ALL[value].key().into(), self.kb.salary.level_name(Level::ALL[value]).into()),
            2 => (Company::ALL[value].key().into(), Company::ALL[value].label().into()),
            _ => (Industry::ALL[value].key().into(), industry_label(Industry::ALL[value]).into()),
        }
    }

    /// `b` on Compare's aspect `row`: the notice says whether it is bookmarked now.
    fn bookmark(&mut self, me: &mut Instance, step: usize, row: usize) {
        let (id, name) = &self.aspects[row];
        me.go(Tab::Compare);
        // Clear any earlier notice first, so the one read below is this key's.
        me.pty.type_fast("g");
        me.pty.wait_until("no notice", |_| !me.status().contains("Bookmark"));
        me.pty.type_fast(&format!("{}b", "j".repeat(row)));
        let on = format!("Bookmarked “{name}”");
        let off = format!("Bookmark removed: “{name}”");
        me.pty.wait_until(&on, |_| me.status().contains(&on) || me.status().contains(&off));
        let now_on = me.status().contains(&on);
        self.log.push(format!("{step}: bookmark {id} {now_on}"));
        self.model.bookmarks.insert(id.clone(), (step, now_on));
    }

    /// Space on Choose's statement `row`: its box says whether it is marked now.
    fn mark(&mut self, me: &mut Instance, step: usize, row: usize) {
        let (id, text) = &self.statements[row];
        let start: String = text.chars().take(40).collect();
        me.go(Tab::Choose);
        me.pty.type_fast(&format!("g{}", "j".repeat(row)));
        me.pty.wait_until("the cursor on the statement", |screen| {
            screen.lines().any(|line| line.contains("▶[") && line.contains(&start))
        });
        // Mark, then move down: a frame with the cursor below comes after the mark (the keys
        // that brought the cursor here came from above, so no earlier frame has it there).
        let next: String =
            self.statements.get(row + 1).map_or(&self.first_po, |(_, text)| text).chars().take(40).collect();
        me.pty.type_fast(" j");
        let screen = me.pty.wait_until("the cursor on the neighbour", |screen| {
            screen.lines().any(|line| line.contains("▶[") && line.contains(&next))
        });
        let line = screen.lines().find(|line| line.contains(&start)).expect("the statement's line");
        let marked = line.contains("[x]");
        self.log.push(format!("{step}: mark {id} {marked}"));
        self.model.marks.insert(id.clone(), marked);
    }

    /// `m` or `o` on the next "PM or PO?" card: the screen says which card, right or wrong, and
    /// the box it is in now.
    fn answer(&mut self, me: &mut Instance, step: usize, pm: bool) {
        me.go(Tab::Study);
        if me.study == Study::Decks {
            me.pty.type_fast("gjj\r");
            me.pty.wait_for("PM or PO? · due cards");
        } else {
            me.pty.type_fast("\r");
            me.pty.wait_until("the next question", |screen| !screen.contains("now in box"));
        }
        let before = seconds();
        me.pty.type_fast(if pm { "m" } else { "o" });
        let screen = me.pty.wait_until("the answer", |screen| screen.contains("now in box"));
        let after = seconds();
        me.study = Study::Answered;
        let lines: Vec<&str> = screen.lines().collect();
        let top = lines.iter().position(|line| line.contains("now in box")).expect("the card's title");
        let verdict = lines
            .iter()
            .position(|line| line.contains("✓ Right") || line.contains("✗ Not quite"))
            .expect("the verdict");
        let right = lines[verdict].contains("✓ Right");
        let question = inside(&lines[top + 1..verdict]);
        let card = self
            .cards
            .all()
            .iter()
            .filter(|card| question.contains(&card.question.split_whitespace().collect::<Vec<_>>().join(" ")))
            .max_by_key(|card| card.question.len())
            .unwrap_or_else(|| panic!("a card asks {question:?}"));
        let title = lines[top];
        let leitner_box: u8 = title[title.find("now in box ").expect("box") + 11..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .expect("a box number");
        let wait = if right { interval(leitner_box) } else { 0 };
        let expected = self.model.cards.entry(card.id.clone()).or_insert(Expected {
            reviews: 0,
            lapses: 0,
            leitner_box,
            due: Vec::new(),
        });
        // A right answer to a card the other instance made wait keeps its due time.
        let early = if right { std::mem::take(&mut expected.due) } else { Vec::new() };
        expected.reviews += 1;
        expected.lapses += u32::from(!right);
        expected.leitner_box = leitner_box;
        expected.due = vec![(before + wait, after + wait)];
        expected.due.extend(early.into_iter().filter(|&(low, _)| low > before));
        self.log.push(format!("{step}: answer {} right={right} box={leitner_box}", card.id));
    }

    /// `l` on the Salary form's `field`: the next value, as this instance's form has it.
    fn salary(&mut self, me: &mut Instance, step: usize, field: usize) {
        me.go(Tab::Salary);
        let moves =
            if field >= me.focus { "j".repeat(field - me.focus) } else { "k".repeat(me.focus - field) };
        me.focus = field;
        me.form[field] = (me.form[field] + 1) % FIELDS[field].1;
        let (key, label) = self.value_label(field, me.form[field]);
        me.pty.type_fast(&format!("{moves}l"));
        let shown = format!("◂ {label} ▸");
        me.pty.wait_until(&shown, |screen| {
            screen.lines().any(|line| line.contains("│ ▶ ") && line.contains(&shown))
        });
        self.log.push(format!("{step}: salary {} {key}", FIELDS[field].0));
        self.model.salary.insert(FIELDS[field].0, key);
    }

    /// Compares the file with the model.
    fn check(&self, seed: u64, dir: &std::path::Path) {
        let model = &self.model;
        let saved = store::read(&dir.join("state.ron")).expect("readable").expect("a state file");
        let context = || {
            let file = std::fs::read_to_string(dir.join("state.ron")).unwrap_or_default();
            format!("seed {seed}\n{}\n{file}", self.log.join("\n"))
        };
        let mut bookmarks: Vec<(usize, &String)> =
            model.bookmarks.iter().filter(|(_, (_, on))| *on).map(|(id, (when, _))| (*when, id)).collect();
        bookmarks.sort();
        let bookmarks: Vec<String> = bookmarks.into_iter().map(|(_, id)| id.clone()).collect();
        assert_eq!(saved.bookmarks, bookmarks, "bookmarks, oldest first; {}", context());
        let marks: Vec<&String> = model.marks.iter().filter(|(_, on)| **on).map(|(id, _)| id).collect();
        assert_eq!(saved.choose.iter().collect::<Vec<_>>(), marks, "{}", context());
        assert_eq!(saved.last_tab.as_deref(), model.last_tab.map(Tab::name), "{}", context());
        let field = |name| model.salary.get(name).cloned().unwrap_or_default();
        let salary = (!model.salary.is_empty()).then(|| SavedSalary {
            role: field("role"),
            level: field("level"),
            company: field("company"),
            industry: field("industry"),
            col: String::new(),
            offer: None,
        });
        assert_eq!(saved.salary, salary, "{}", context());
        assert_eq!(
            saved.cards.keys().collect::<Vec<_>>(),
            model.cards.keys().collect::<Vec<_>>(),
            "{}",
            context()
        );
        for (id, expected) in &model.cards {
            let got: CardProgress = saved.cards[id];
            assert_eq!(
                (got.reviews, got.lapses, got.leitner_box),
                (expected.reviews, expected.lapses, expected.leitner_box),
                "{id}: every answer counted once, the latest one's box; {}",
                context()
            );
            assert!(
                expected.due.iter().any(|&(low, high)| (low..=high).contains(&got.due)),
                "{id}: due {} not in {:?}; {}",
                got.due,
                expected.due,
                context()
            );
        }
        assert_eq!(saved.notes, BTreeMap::new());
    }
}

fn run(seed: u64, operations: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = Rng(fastrand::Rng::with_seed(seed));
    let mut world = World::new();
    let mut all = [Instance::spawn(dir.path()), Instance::spawn(dir.path())];
    for step in 0..operations {
        let who = rng.below(2);
        let me = &mut all[who];
        world.log.push(format!("{step}: instance {who}"));
        if rng.chance(20) {
            // The terminal window comes to the front: pmpo looks at the file at once.
            me.pty.type_fast("\x1b[I");
        }
        let changed = match rng.below(100) {
            0..25 => {
                world.bookmark(me, step, rng.below(world.aspects.len()));
                true
            }
            25..45 => {
                world.mark(me, step, rng.below(world.statements.len()));
                true
            }
            45..70 => {
                world.answer(me, step, rng.chance(50));
                true
            }
            70..85 => {
                let choices: Vec<Tab> = TABS.into_iter().filter(|&tab| tab != me.tab).collect();
                let tab = choices[rng.below(choices.len())];
                world.log.push(format!("{step}: tab {}", tab.name()));
                me.go(tab)
            }
            _ => {
                world.salary(me, step, rng.below(FIELDS.len()));
                true
            }
        };
        if changed {
            world.model.last_tab = Some(me.tab);
        }
    }
    // Quit in a random order, each waiting for the one before to be gone.
    let [a, b] = all;
    let order = if rng.chance(50) { [a, b] } else { [b, a] };
    for mut instance in order {
        instance.pty.type_fast("q");
        assert!(instance.pty.wait_exit(), "quits cleanly");
    }
    world.check(seed, dir.path());
}

#[test]
fn two_instances_through_220_random_operations_seed_1() {
    run(1, 220);
}

#[test]
fn two_instances_through_220_random_operations_seed_2() {
    run(2, 220);
}

#[test]
fn two_instances_through_220_random_operations_seed_3() {
    run(3, 220);
}
