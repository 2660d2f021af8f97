//! `pmpo snapshot`: one frame of the app, drawn by the real drawing code into a buffer and printed
//! as plain text — for checking layouts from a script, and for bug reports.

use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::kb::KnowledgeBase;
use crate::tab::Tab;
use crate::ui::{Theme, buffer_text};

/// The frame of `tab` at `width` × `height`, as text.
pub fn render(kb: KnowledgeBase, tab: Tab, width: u16, height: u16) -> String {
    let app = App::new(kb, Theme::MONO, tab, Size::new(width, height));
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    (&app).render(area, &mut buf);
    buffer_text(&buf)
}
