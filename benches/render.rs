//! Drawing one frame of each tab at 200×60 into a buffer: the work done after every key press.

#![allow(clippy::expect_used, reason = "a benchmark cannot run without its input")]

use criterion::{Criterion, criterion_group, criterion_main};
use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

fn render(c: &mut Criterion) {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let area = Rect::new(0, 0, 200, 60);
    let mut blank = Buffer::empty(area);
    c.bench_function("render/buffer reset only 200x60", |b| b.iter(|| blank.reset()));
    for &tab in Tab::ALL {
        let app = App::new(kb.clone(), Theme::COLOR, tab, Size::new(200, 60));
        let mut buf = Buffer::empty(area);
        c.bench_function(&format!("render/{} 200x60", tab.name()), |b| {
            b.iter(|| {
                buf.reset();
                (&app).render(area, &mut buf);
            });
        });
    }
}

criterion_group!(benches, render);
criterion_main!(benches);
