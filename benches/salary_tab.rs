//! The Salary tab's work per key at 200×60: a key that changes the question and the frame drawn
//! after it, a key typing an offer and the frame after it, and the first frame after start-up or a resize, when the layout has to work out the
//! tallest content any question can produce at the new widths (remembered afterwards).

#![allow(clippy::expect_used, reason = "a benchmark cannot run without its input")]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

fn salary_tab(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    let mut app = App::new(kb.clone(), Theme::COLOR, Tab::Salary, Size::new(200, 60));
    (&app).render(area, &mut buf);
    let right = Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    c.bench_function("salary_tab/key (change the role) and redraw 200x60", |b| {
        b.iter(|| {
            app.handle_event(&right);
            buf.reset();
            (&app).render(area, &mut buf);
        });
    });
    // An offer being typed: each key changes the amount ($150 and $150,000 in turn), so the
    // sentences, the chart's line and its marks are worked out again every time.
    let mut typing = App::new(kb.clone(), Theme::COLOR, Tab::Salary, Size::new(200, 60));
    for c in "G150".chars() {
        typing.handle_event(&Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    }
    let keys = [
        KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
    ];
    let mut next = 0;
    c.bench_function("salary_tab/key typing an offer and redraw 200x60", |b| {
        b.iter(|| {
            typing.handle_event(&Event::Key(keys[next % 2]));
            next += 1;
            buf.reset();
            (&typing).render(area, &mut buf);
        });
    });
    c.bench_function("salary_tab/first frame after start or resize 200x60", |b| {
        b.iter_batched(
            || App::new(kb.clone(), Theme::COLOR, Tab::Salary, Size::new(200, 60)),
            |app| {
                let mut buf = Buffer::empty(area);
                (&app).render(area, &mut buf);
                buf
            },
            BatchSize::SmallInput,
        );
    });
}

criterion_group!(benches, salary_tab);
criterion_main!(benches);
