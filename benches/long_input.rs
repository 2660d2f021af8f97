//! A keystroke and a paste in a search field that is already full (200 characters, the most it
//! holds): the work between the key and the frame, handling and drawing, at 200×60. Issue 15 found
//! a 1,005-character paste froze the app for seconds; with the cap, the slowest key is this one.

#![allow(clippy::expect_used, reason = "a benchmark cannot run without its input")]
#![allow(missing_docs, reason = "criterion's macros generate undocumented items")]

use criterion::{Criterion, criterion_group, criterion_main};
use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

/// `product owner scrum ` fifty times and `agile`: what the issue pasted.
fn long_text() -> String {
    let mut text = "product owner scrum ".repeat(50);
    text.push_str("agile");
    text
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// An app on `tab` with the search field opened by `open` and filled by a paste of the long text.
fn full_field(kb: &KnowledgeBase, tab: Tab, open: char) -> App {
    let mut app = App::new(kb.clone(), Theme::COLOR, tab, Size::new(200, 60));
    app.handle_event(&key(KeyCode::Char(open)));
    app.handle_event(&Event::Paste(long_text()));
    app
}

fn long_input(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    for (name, tab) in [("faq filter", Tab::Faq), ("search overlay", Tab::Compare)] {
        // Backspace then a letter: the field goes from 199 to 200 characters and back, each key
        // searching and drawing a full query.
        let mut app = full_field(&kb, tab, '/');
        c.bench_function(&format!("long_input/{name}: key at 200 chars"), |b| {
            b.iter(|| {
                app.handle_event(&key(KeyCode::Backspace));
                app.handle_event(&key(KeyCode::Char('e')));
                buf.reset();
                (&app).render(area, &mut buf);
            });
        });
        c.bench_function(&format!("long_input/{name}: paste 1005 chars"), |b| {
            b.iter(|| {
                let app = full_field(&kb, tab, '/');
                buf.reset();
                (&app).render(area, &mut buf);
            });
        });
    }
}

criterion_group!(benches, long_input);
criterion_main!(benches);
