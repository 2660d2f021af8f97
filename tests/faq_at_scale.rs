//! A team's question bank of 30,000 entries: the FAQ tab searches off the input path, so every
//! keystroke is drawn at once, results follow, and only the newest query is answered.

mod support;
#[path = "support/synthetic.rs"]
mod synthetic;

use std::time::{Duration, Instant};

use pmpo::app::App;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::layout::Size;

/// Polls the app the way its event loop does until no search is running.
fn settle(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.busy() {
        assert!(Instant::now() < deadline, "the search never finished");
        app.poll_background();
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn typing_is_drawn_at_once_and_results_follow() {
    let kb = synthetic::knowledge_base(30_000, 7);
    let mut app = App::new(kb, Theme::COLOR, Tab::Faq, Size::new(100, 30));
    // The first key starts building the index on a thread (half a second at 100,000 entries):
    // even that keystroke is drawn at once.
    support::press(&mut app, "c");
    assert!(app.busy());
    assert!(support::frame_text(&app, 100, 30).contains("│ c "), "the first keystroke is drawn");
    settle(&mut app);

    support::press(&mut app, "ertification");
    // Every letter is on screen before any search for it has been taken in.
    assert!(app.busy(), "the newest query is still being searched");
    assert!(support::frame_text(&app, 100, 30).contains("certification"), "the keystrokes are drawn");

    settle(&mut app);
    let text = support::frame_text(&app, 100, 30);
    assert!(text.contains("Matches: "), "{text}");
    assert!(!text.contains("Matches: 0 of"), "certification is in the vocabulary: {text}");
    // Only the newest query was answered: the list is what a direct search for it returns.
    let index = pmpo::search::Index::new(&synthetic::knowledge_base(30_000, 7));
    let direct = index.search(&pmpo::search::Query::new("certification"), pmpo::search::Scope::Faq, None);
    assert!(text.contains(&format!("Matches: {} of 30000", direct.len())), "{text}");
}
