//! Several pmpo on one data folder, through the store (fast, no terminal): each instance's changes
//! merge into the file instead of replacing it, what one saves the other picks up, random
//! interleavings end in exactly what a model of the merge rules predicts, and the failure modes
//! (a busy lock, a file replaced by a newer or a corrupt one while running) each say so once and
//! lose nothing.

#![allow(clippy::expect_used, reason = "a test fails by panicking")]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use pmpo::kb::KnowledgeBase;
use pmpo::store::{self, KnownIds, LOCK_NAME, Opened, SavedSalary, Stamp, State, Store, Synced, Urgency};
use pmpo::study::{self, CardProgress, Cards, Grade};
use proptest::prelude::*;
use tempfile::TempDir;

fn known() -> KnownIds {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    KnownIds::new(&kb, &Cards::from_kb(&kb))
}

/// One running pmpo, reduced to what it holds and its store, as the app uses them.
struct Instance {
    store: Store,
    state: State,
}

impl Instance {
    /// Opens the folder as the app does: the state it shows, with a tab and a full salary form,
    /// taken as the starting point.
    fn open(dir: &Path) -> Instance {
        let Opened { mut store, mut state, .. } = Store::open(Some(dir.to_path_buf()), &known());
        state.last_tab.get_or_insert_with(|| "overview".into());
        state.salary.get_or_insert_with(|| SavedSalary {
            role: "pm".into(),
            level: "entry".into(),
            company: "standard".into(),
            industry: "tech".into(),
            col: "0".into(),
            offer: None,
        });
        store.settle(&state);
        Instance { store, state }
    }

    /// Changes the state and records it, stamped `now`; whether anything changed.
    fn change(&mut self, now: Stamp, edit: impl FnOnce(&mut State)) -> bool {
        edit(&mut self.state);
        self.store.observe_at(&self.state, now) != Urgency::None
    }

    fn take(&mut self, synced: Synced) -> Option<String> {
        if let Some(merged) = synced.state {
            // As the app: the shared entries from the merge, its own tab and form.
            self.state =
                State { last_tab: self.state.last_tab.take(), salary: self.state.salary.take(), ..merged };
        }
        synced.notice
    }

    fn save(&mut self) -> Option<String> {
        let synced = self.store.save_pending();
        self.take(synced)
    }

    fn refresh(&mut self) -> Option<String> {
        let synced = self.store.refresh(true);
        self.take(synced)
    }
}

/// A stamp `ms` milliseconds from now.
fn soon(ms: Stamp) -> Stamp {
    store::now_stamp() + ms
}

fn on_disk(dir: &Path) -> State {
    store::read(&dir.join("state.ron")).expect("readable").unwrap_or_default()
}

#[test]
fn a_bookmark_in_one_and_an_answer_in_the_other_both_survive() {
    // The story: A bookmarks an aspect; B, started a moment later, answers a card; both
    // quit. B's save used to replace the file with B's view of it, and the bookmark was gone.
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    let mut b = Instance::open(dir.path());
    assert!(a.change(soon(1_000), |s| s.bookmarks.push("aspect-origin".into())));
    assert_eq!(a.save(), None);
    let progress = study::answer(None, Grade::Good, 1_769_904_000);
    assert!(b.change(soon(2_000), |s| {
        s.cards.insert("faq:faq-po-to-pm".into(), progress);
    }));
    assert_eq!(b.save(), None);
    assert_eq!(b.state.bookmarks, ["aspect-origin"], "B shows A's bookmark after its own save");
    a.store.close().expect("A quits");
    b.store.close().expect("B quits");
    let saved = on_disk(dir.path());
    assert_eq!(saved.bookmarks, ["aspect-origin"]);
    assert_eq!(saved.cards.get("faq:faq-po-to-pm"), Some(&progress));
    let ledger = store::read_ledger(&dir.path().join("state.ron")).expect("readable").expect("a file");
    assert!(ledger.applied.is_empty(), "both quit: no record of them is left");
}

#[test]
fn a_running_instance_picks_up_what_another_saved() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    let mut b = Instance::open(dir.path());
    a.change(soon(1_000), |s| s.bookmarks.push("aspect-origin".into()));
    a.save();
    assert!(b.state.bookmarks.is_empty());
    assert_eq!(b.refresh(), None);
    assert_eq!(b.state.bookmarks, ["aspect-origin"]);
    // Nothing new on disk: nothing to read, nothing changes.
    let synced = b.store.refresh(true);
    assert_eq!(synced, Synced::default());
    // Looked at no more than a few times a second on keys.
    a.change(soon(2_000), |s| s.bookmarks.push("cert-cspo".into()));
    a.save();
    assert_eq!(b.store.refresh(false), Synced::default(), "checked a moment ago");
    std::thread::sleep(store::CHECK_EVERY);
    assert!(b.store.refresh(false).state.is_some_and(|s| s.bookmarks == ["aspect-origin", "cert-cspo"]));
}

#[test]
fn changes_not_saved_yet_survive_picking_up_another_save() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    let mut b = Instance::open(dir.path());
    b.change(soon(1_000), |s| s.last_tab = Some("salary".into()));
    b.change(soon(1_100), |s| s.salary.as_mut().expect("form").role = "po".into());
    a.change(soon(2_000), |s| {
        s.choose.insert("choose-pm-strategy".into());
    });
    a.save();
    b.refresh();
    assert!(b.state.choose.contains("choose-pm-strategy"));
    assert_eq!(b.state.salary.as_ref().map(|s| s.role.as_str()), Some("po"), "B's form is B's");
    assert!(b.store.has_pending(), "B's change still waits");
    b.save();
    let saved = on_disk(dir.path());
    assert!(saved.choose.contains("choose-pm-strategy"));
    assert_eq!(saved.salary.map(|s| s.role), Some("po".into()));
}

/// Holds the lock as another pmpo in the middle of a save would.
fn hold_lock(dir: &Path) -> fs::File {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_NAME))
        .expect("lock file");
    file.lock().expect("lock");
    file
}

#[test]
fn a_busy_lock_keeps_the_change_says_so_once_and_saves_when_free() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    let lock = hold_lock(dir.path());
    a.change(soon(1_000), |s| s.bookmarks.push("aspect-origin".into()));
    let started = Instant::now();
    let notice = a.save().expect("the user is told");
    let waited = started.elapsed();
    assert!(notice.contains("another pmpo") && notice.contains("kept"), "{notice}");
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(3),
        "about a second: {waited:?}"
    );
    assert!(a.store.due().is_some(), "a retry is planned");
    assert_eq!(a.state.bookmarks, ["aspect-origin"], "the change stays on screen");
    assert!(!dir.path().join("state.ron").exists());

    let started = Instant::now();
    assert_eq!(a.save(), None, "told once");
    assert!(started.elapsed() < Duration::from_millis(600), "a retry does not freeze the app for long");
    let next = a.store.due().expect("another retry is planned");
    assert!(next <= Instant::now() + Duration::from_millis(2_100), "retries stay close together while busy");
    drop(lock);
    assert_eq!(a.save(), None);
    assert_eq!(on_disk(dir.path()).bookmarks, ["aspect-origin"]);
    assert_eq!(a.store.due(), None, "nothing waits");
}

#[test]
fn a_newer_file_appearing_while_running_stops_saving_and_is_never_overwritten() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    let newer = "(version: 9, state: (shiny: true))\n";
    fs::write(dir.path().join("state.ron"), newer).expect("write");
    a.change(soon(1_000), |s| s.bookmarks.push("aspect-origin".into()));
    let notice = a.save().expect("the user is told");
    assert!(notice.contains("newer") && notice.contains("no longer saves"), "{notice}");
    assert!(a.store.saving_disabled().is_some());
    a.change(soon(2_000), |s| s.bookmarks.push("cert-cspo".into()));
    assert_eq!(a.store.due(), None, "no save is planned any more");
    assert_eq!(a.save(), None, "told once");
    assert_eq!(a.state.bookmarks, ["aspect-origin", "cert-cspo"], "the app keeps working");
    assert!(a.store.close().is_err(), "quitting says it was not saved");
    assert_eq!(fs::read_to_string(dir.path().join("state.ron")).expect("there"), newer);
}

#[test]
fn a_newer_file_seen_when_picking_up_also_stops_saving() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    fs::write(dir.path().join("state.ron"), "(version: 9)").expect("write");
    let notice = a.refresh().expect("the user is told");
    assert!(notice.contains("newer"), "{notice}");
    assert!(a.store.saving_disabled().is_some());
}

#[test]
fn a_corrupt_file_appearing_while_running_is_moved_aside_and_replaced_by_what_is_shown() {
    let dir = TempDir::new().expect("temp dir");
    let mut a = Instance::open(dir.path());
    a.change(soon(1_000), |s| s.bookmarks.push("aspect-origin".into()));
    a.save();
    fs::write(dir.path().join("state.ron"), "(version: 2, state: (bookmarks: [").expect("write");
    let notice = a.refresh().expect("the user is told");
    assert!(notice.contains("corrupt") && notice.contains("state.ron.corrupt"), "{notice}");
    assert_eq!(
        fs::read_to_string(dir.path().join("state.ron.corrupt")).expect("moved aside"),
        "(version: 2, state: (bookmarks: ["
    );
    assert_eq!(on_disk(dir.path()).bookmarks, ["aspect-origin"], "what the app showed is saved");
    assert_eq!(a.state.bookmarks, ["aspect-origin"]);
}

/// Ids the random operations use: a few of each kind, so that instances collide often.
const ITEMS: [&str; 4] = ["aspect-origin", "aspect-strategic-vs-tactical", "cert-cspo", "faq-po-to-pm"];
const CARDS: [&str; 3] = ["faq:faq-po-to-pm", "pmpo:aspect-origin:pm", "cert:cert-cspo"];
const STATEMENTS: [&str; 3] = ["choose-pm-strategy", "choose-pm-vision", "choose-po-craft"];
const NOTED: [&str; 3] = ["aspect-origin", "cert-cspo", "an-item-of-another-kb"];
const TABS: [&str; 4] = ["compare", "salary", "choose", "study"];

/// One thing a user does in one instance, or one of the store's moments (a save, a pick-up).
#[derive(Debug, Clone)]
enum Op {
    Bookmark(usize),
    Mark(usize),
    Answer(usize, bool),
    Note(usize, Option<&'static str>),
    Tab(usize),
    Role(&'static str),
    Level(&'static str),
    Save,
    Refresh,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..ITEMS.len()).prop_map(Op::Bookmark),
        (0..STATEMENTS.len()).prop_map(Op::Mark),
        (0..CARDS.len(), any::<bool>()).prop_map(|(card, right)| Op::Answer(card, right)),
        (0..NOTED.len(), prop::option::of(prop::sample::select(vec!["one", "two"])))
            .prop_map(|(i, t)| Op::Note(i, t)),
        (0..TABS.len()).prop_map(Op::Tab),
        prop::sample::select(vec!["pm", "po"]).prop_map(Op::Role),
        prop::sample::select(vec!["mid", "senior"]).prop_map(Op::Level),
        Just(Op::Save),
        Just(Op::Save),
        Just(Op::Refresh),
    ]
}

/// What the file must hold at the end: every change applied in the order it was made, by the
/// rules of the store's table, whoever saved when.
#[derive(Default)]
struct Model {
    bookmarks: BTreeMap<&'static str, (usize, bool)>,
    marks: BTreeMap<&'static str, bool>,
    notes: BTreeMap<&'static str, Option<&'static str>>,
    cards: BTreeMap<&'static str, CardProgress>,
    last_tab: Option<String>,
    salary: BTreeMap<&'static str, String>,
}

impl Model {
    fn state(&self) -> State {
        let mut bookmarks: Vec<(usize, &str)> =
            self.bookmarks.iter().filter(|(_, (_, on))| *on).map(|(id, (when, _))| (*when, *id)).collect();
        bookmarks.sort_unstable();
        let field = |name| self.salary.get(name).cloned().unwrap_or_default();
        State {
            bookmarks: bookmarks.into_iter().map(|(_, id)| id.to_string()).collect(),
            cards: self.cards.iter().map(|(id, p)| (id.to_string(), *p)).collect(),
            choose: self.marks.iter().filter(|(_, on)| **on).map(|(id, _)| id.to_string()).collect(),
            notes: self
                .notes
                .iter()
                .filter_map(|(id, text)| Some((id.to_string(), (*text)?.to_string())))
                .collect(),
            last_tab: self.last_tab.clone(),
            salary: (!self.salary.is_empty()).then(|| SavedSalary {
                role: field("role"),
                level: field("level"),
                company: field("company"),
                industry: field("industry"),
                col: field("col"),
                offer: None,
            }),
        }
    }
}

/// Runs `ops` on instances sharing a folder (op `i` goes to instance `who[i]`), closes them in
/// `order`, and compares the file with the model.
fn run_model(ops: &[(usize, Op)], instances: usize, order: &[usize]) -> Result<(), TestCaseError> {
    let dir = TempDir::new().expect("temp dir");
    let mut all: Vec<Instance> = (0..instances).map(|_| Instance::open(dir.path())).collect();
    let mut model = Model::default();
    // A clock of the test's own, ten milliseconds a step (from now: tombstones older than 30
    // days are pruned), so that the order of the steps is the order of the changes.
    let start = store::now_stamp();
    for (step, (who, op)) in ops.iter().enumerate() {
        let now = start + 10 * step as Stamp;
        let seconds = now / 1_000;
        let me = &mut all[*who];
        let changed = match op {
            Op::Save => {
                prop_assert_eq!(me.save(), None);
                continue;
            }
            Op::Refresh => {
                prop_assert_eq!(me.refresh(), None);
                continue;
            }
            Op::Bookmark(i) => {
                let id = ITEMS[*i];
                let on = me.change(now, |s| {
                    s.toggle_bookmark(id);
                }) && me.state.is_bookmarked(id);
                model.bookmarks.insert(id, (step, on));
                true
            }
            Op::Mark(i) => {
                let id = STATEMENTS[*i];
                me.change(now, |s| {
                    s.toggle_choice(id);
                });
                model.marks.insert(id, me.state.choose.contains(id));
                true
            }
            Op::Answer(i, right) => {
                let id = CARDS[*i];
                let after =
                    study::answer(me.state.cards.get(id).copied(), Grade::for_choice(*right), seconds);
                me.change(now, |s| {
                    s.cards.insert(id.to_string(), after);
                });
                let card = model.cards.entry(id).or_insert(CardProgress { reviews: 0, lapses: 0, ..after });
                *card = CardProgress {
                    reviews: card.reviews + 1,
                    lapses: card.lapses + u32::from(!right),
                    ..after
                };
                true
            }
            Op::Note(i, text) => {
                let id = NOTED[*i];
                let changed = me.change(now, |s| match text {
                    Some(text) => drop(s.notes.insert(id.to_string(), (*text).to_string())),
                    None => drop(s.notes.remove(id)),
                });
                if changed {
                    model.notes.insert(id, *text);
                }
                changed
            }
            Op::Tab(i) => me.change(now, |s| s.last_tab = Some(TABS[*i].to_string())),
            Op::Role(value) | Op::Level(value) => {
                let name = if matches!(op, Op::Role(_)) { "role" } else { "level" };
                let changed = me.change(now, |s| {
                    let form = s.salary.as_mut().expect("a form");
                    let field = if name == "role" { &mut form.role } else { &mut form.level };
                    *field = (*value).to_string();
                });
                if changed {
                    model.salary.insert(name, (*value).to_string());
                }
                changed
            }
        };
        if changed {
            model.last_tab.clone_from(&me.state.last_tab);
        }
    }
    for &who in order {
        all[who].store.close().expect("quits");
    }
    prop_assert_eq!(on_disk(dir.path()), model.state());
    let ledger = store::read_ledger(&dir.path().join("state.ron")).expect("readable").unwrap_or_default();
    prop_assert!(ledger.applied.is_empty(), "every instance quit: {:?}", ledger.applied);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_interleaving_of_two_or_three_instances_ends_as_the_model_predicts(
        ops in prop::collection::vec((0..3usize, op()), 1..80),
        three in any::<bool>(),
        order in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let instances = if three { 3 } else { 2 };
        let ops: Vec<(usize, Op)> = ops.into_iter().map(|(who, op)| (who % instances, op)).collect();
        let order: Vec<usize> = order.into_iter().filter(|&who| who < instances).collect();
        run_model(&ops, instances, &order)?;
    }
}
