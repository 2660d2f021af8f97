//! Holding `l` in the Salary form at 200×60, as a terminal's key repeat sends it (30 keys a
//! second): the time from each key to its frame drawn, and how often the state file is written.
//! The loop is the app's own, minus the terminal: a key is handled and drawn when it arrives; in
//! the gaps, a save that has come due is made, as `App::run` makes it when no input waits.
//!
//! "key -> frame" starts when the loop can take the key: at its arrival if the loop was saving
//! then (the wait for the save is counted), else when the loop wakes for it. "from arrival" also
//! counts the system's delay in waking the sleeping loop, which the app does not control.
//!
//! `cargo bench --bench hold_key` (about 20 s). Prints the figures; BENCHMARKS.md quotes them.

#![allow(clippy::expect_used, reason = "a benchmark cannot run without its input")]
#![allow(missing_docs, reason = "a benchmark binary")]

use std::time::{Duration, Instant};

use pmpo::app::App;
use pmpo::kb::KnowledgeBase;
use pmpo::store::{FileStamp, KnownIds, Store};
use pmpo::study::Cards;
use pmpo::tab::Tab;
use pmpo::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

/// A terminal's key repeat: about 30 keys a second.
const REPEAT: Duration = Duration::from_micros(33_333);
const KEYS: usize = 600;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let opened = Store::open(Some(dir.path().to_path_buf()), &KnownIds::new(&kb, &Cards::from_kb(&kb)));
    let mut app = App::with_saved_state(kb, Theme::COLOR, Some(Tab::Salary), Size::new(200, 60), opened);
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    (&app).render(area, &mut buf);
    let key = Event::Key(KeyEvent::new(KeyCode::Char('l'), KeyModifiers::NONE));
    let file = dir.path().join("state.ron");

    let mut latencies = Vec::with_capacity(KEYS);
    let mut from_arrival = Vec::with_capacity(KEYS);
    let (mut handling, mut drawing) = (Vec::with_capacity(KEYS), Vec::with_capacity(KEYS));
    let mut saves = Vec::new();
    let mut writes_on_a_key = 0;
    let start = Instant::now();
    for n in 0..KEYS {
        let arrival = start + REPEAT * n as u32;
        // The gap before the key: a save that comes due in it is made then.
        let mut saving_at_arrival = false;
        loop {
            let now = Instant::now();
            if now >= arrival {
                break;
            }
            match app.wake_in() {
                Some(wait) if now + wait < arrival => {
                    std::thread::sleep(wait);
                    let began = Instant::now();
                    if app.save_if_due() {
                        saves.push(began.elapsed());
                        buf.reset();
                        (&app).render(area, &mut buf);
                        saving_at_arrival = Instant::now() > arrival;
                    }
                }
                _ => std::thread::sleep(arrival - now),
            }
        }
        let before = FileStamp::read(&file);
        let began = Instant::now();
        let taken = if saving_at_arrival { arrival } else { began };
        app.handle_event(&key);
        let handled = Instant::now();
        buf.reset();
        (&app).render(area, &mut buf);
        latencies.push(taken.elapsed());
        from_arrival.push(arrival.elapsed());
        handling.push(handled - began);
        drawing.push(handled.elapsed());
        writes_on_a_key += usize::from(FileStamp::read(&file) != before);
    }
    latencies.sort();
    from_arrival.sort();
    handling.sort();
    drawing.sort();
    saves.sort();
    let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1e3);
    println!("hold_key: {KEYS} keys of `l` on the Salary form at 200x60, one every {}", ms(REPEAT));
    println!(
        "  key -> frame  median {}  p99 {}  max {}",
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        ms(latencies[KEYS - 1])
    );
    println!(
        "  from arrival  median {}  p99 {}  max {}",
        ms(percentile(&from_arrival, 0.5)),
        ms(percentile(&from_arrival, 0.99)),
        ms(from_arrival[KEYS - 1])
    );
    println!(
        "    of which the key (recording the change included)  median {}  p99 {}",
        ms(percentile(&handling, 0.5)),
        ms(percentile(&handling, 0.99))
    );
    println!(
        "    and the frame  median {}  p99 {}",
        ms(percentile(&drawing, 0.5)),
        ms(percentile(&drawing, 0.99))
    );
    println!("  state file written on a key: {writes_on_a_key} of {KEYS} keys");
    if !saves.is_empty() {
        println!(
            "  saves between keys: {} (median {}, max {})",
            saves.len(),
            ms(percentile(&saves, 0.5)),
            ms(saves[saves.len() - 1])
        );
    }
}
