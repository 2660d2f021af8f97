//! The Study tab's first screen: the decks with their counts, and the user's bookmarks (with
//! any orphaned notes under them, see `entries.rs`), side by side on wide terminals and one above
//! the other on narrow ones.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::entries::{self, Entry};
use super::{Lists, StudyTab};
use crate::notes;
use crate::study::{self, Deck, DeckStats, INTERVAL_DAYS, TOP_BOX};
use crate::tab::Tab;
use crate::tabs::view::Ctx;
use crate::ui::list::adjust_offset;
use crate::ui::wrap::{wrap, wrap_plain};
use crate::ui::{Theme, pane};

/// From this width on, the bookmarks sit beside the decks.
const SIDE_BY_SIDE: u16 = 100;
/// The deck table: a header and one row per deck.
const TABLE_ROWS: u16 = 1 + Deck::ALL.len() as u16;
/// The counts' columns: cards, due, new ("  Cards  Due  New  ").
const COUNTS: usize = 16;
/// The "next due" column ("in 59 minutes", with two spaces before).
const NEXT: usize = 15;
/// The marker column before each row.
const MARKER: usize = 2;
/// The tab column of a bookmark ("Careers  ").
const TAB_COLUMN: usize = 9;

/// Where the two panes go, and what the decks pane has room for below the table.
struct Areas {
    decks: Rect,
    bookmarks: Rect,
    extra: Extra,
}

/// What goes below the deck table when there is room: how scheduling works, then how many
/// cards sit in each box. Each is shown whole or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Extra {
    None,
    Explanation,
    Boxes,
}

fn explanation() -> String {
    let days: Vec<String> = INTERVAL_DAYS.iter().map(ToString::to_string).collect();
    format!(
        "Each card sits in one of {} boxes. Remember it and it moves up and comes back later \
         ({} days); forget it and it returns to box 1 and comes back before the session ends. \
         \"PM or PO?\" cards are answered with m or o; the others you grade yourself, 1-4.",
        INTERVAL_DAYS.len(),
        days.join(", ")
    )
}

/// Rows of the boxes chart: a blank line, its heading, "new" and one row per box.
const BOX_ROWS: u16 = 3 + TOP_BOX as u16;

/// The lines the decks pane needs for the table and `extra`, at inner width `width`.
fn decks_height(extra: Extra, width: u16) -> u16 {
    let explanation = wrap_plain(&explanation(), Style::new(), usize::from(width)).len() as u16;
    match extra {
        Extra::None => TABLE_ROWS,
        Extra::Explanation => TABLE_ROWS + 1 + explanation,
        Extra::Boxes => TABLE_ROWS + 1 + explanation + BOX_ROWS,
    }
}

fn areas(area: Rect) -> Areas {
    let most = |room: u16, width: u16| {
        [Extra::Boxes, Extra::Explanation].into_iter().find(|&extra| decks_height(extra, width) <= room)
    };
    if area.width >= SIDE_BY_SIDE {
        let [decks, bookmarks] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Fill(1)]).areas(area);
        let inner = pane::inner(decks);
        let extra = most(inner.height, inner.width).unwrap_or(Extra::None);
        return Areas { decks, bookmarks, extra };
    }
    // Below the decks the bookmarks keep at least ten rows.
    let width = pane::inner(area).width;
    let extra = most(area.height.saturating_sub(12), width).unwrap_or(Extra::None);
    let height = decks_height(extra, width) + 2;
    let [decks, bookmarks] = Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
    Areas { decks, bookmarks, extra }
}

/// How many cards are new and how many sit in each box, as bars.
fn box_lines(tab: &StudyTab, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut counts = [0usize; TOP_BOX as usize + 1];
    for card in tab.cards.all() {
        let index = tab.progress.get(&card.id).map_or(0, |p| usize::from(p.leitner_box.min(TOP_BOX)));
        counts[index] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let bar_room = width.saturating_sub(7 + 5).min(40);
    let mut lines = vec![Line::default(), Line::styled("Cards by box", theme.label)];
    for (index, count) in counts.into_iter().enumerate() {
        let label = if index == 0 { "new".to_string() } else { format!("box {index}") };
        let bar = (count * bar_room).div_ceil(most);
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<7}"), theme.muted),
            Span::styled("█".repeat(bar), theme.emphasis),
            Span::raw(format!(" {count}")),
        ]));
    }
    lines
}

/// The width of the deck-name column for a table `width` columns wide.
fn name_width(width: usize) -> usize {
    width.saturating_sub(MARKER + COUNTS + NEXT).clamp(1, 18)
}

fn deck_row(
    deck: Deck,
    stats: DeckStats,
    selected: bool,
    tab: &StudyTab,
    ctx: Ctx<'_>,
    width: usize,
) -> Line<'static> {
    let theme = ctx.theme;
    let name = name_width(width);
    let next = stats.next_due.map_or_else(|| "—".to_string(), |due| study::describe_wait(due, tab.now));
    let due_style = if stats.due > 0 { theme.emphasis } else { theme.muted };
    let marker = if selected { "▶ " } else { "  " };
    let mut line = Line::from(vec![
        Span::raw(format!("{marker}{:<name$}", deck.label())),
        Span::raw(format!("{:>6}", stats.total)),
        Span::styled(format!("{:>5}", stats.due), due_style),
        Span::raw(format!("{:>5}", stats.new)),
        Span::styled(format!("  {next}"), theme.muted),
    ]);
    if selected {
        line = line.patch_style(theme.selection);
    }
    line
}

fn render_decks(tab: &StudyTab, ctx: Ctx<'_>, areas: &Areas, buf: &mut Buffer) {
    let theme = ctx.theme;
    let entries = entries::entries(ctx).len();
    pane::frame(" Decks ", tab.lists.bookmark(entries).is_none(), theme).render(areas.decks, buf);
    let inner = pane::inner(areas.decks);
    let width = usize::from(inner.width);
    let name = name_width(width);
    let header = format!("  {:<name$}{:>6}{:>5}{:>5}  {}", "Deck", "Cards", "Due", "New", "Next due");
    let mut lines = vec![Line::styled(header, theme.label)];
    let focused = tab.lists.bookmark(entries).is_none();
    for (index, deck) in Deck::ALL.into_iter().enumerate() {
        let stats = study::deck_stats(&tab.cards, deck, super::personal(ctx), &tab.progress, tab.now);
        lines.push(deck_row(deck, stats, focused && index == tab.lists.deck, tab, ctx, width));
    }
    if areas.extra >= Extra::Explanation {
        lines.push(Line::default());
        lines.extend(wrap_plain(&explanation(), theme.muted, width));
    }
    if areas.extra >= Extra::Boxes {
        lines.extend(box_lines(tab, theme, width));
    }
    Paragraph::new(lines).render(inner, buf);
}

/// One bookmark's lines: its tab, then its title wrapped under a hanging indent.
fn bookmark_lines(id: &str, selected: bool, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let tab = ctx.kb.item_tab(id).map_or("", Tab::title);
    let title = ctx.kb.item_title(id).unwrap_or(id);
    let mark = if ctx.notes.contains_key(id) { " ✎" } else { "" };
    let marker = if selected { "▶ " } else { "  " };
    let first = Span::styled(format!("{marker}{tab:<TAB_COLUMN$}"), theme.muted);
    let indent = " ".repeat(MARKER + TAB_COLUMN);
    let spans = [Span::styled(title.to_string(), theme.text), Span::styled(mark, theme.note)];
    selected_lines(wrap(&spans, width, first, &indent), selected, ctx)
}

/// An orphaned note's lines: under the heading if it is the first, its item's id, then its
/// first line.
fn orphan_lines(id: &str, first: bool, selected: bool, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let mut lines = Vec::new();
    if first {
        lines.push(Line::default());
        lines.push(Line::styled("Orphaned notes", theme.heading));
        let why = "Notes on items this knowledge base does not have: kept, never dropped. n opens one.";
        lines.extend(wrap_plain(why, theme.muted, width));
    }
    let marker = if selected { "▶ " } else { "  " };
    let lead = Span::styled(format!("{marker}✎ "), theme.note);
    let indent = " ".repeat(MARKER + 2);
    let shown = notes::first_line(id, width);
    let mut own = wrap(&[Span::styled(shown, theme.text)], width, lead, &indent);
    let text = ctx.notes.get(id).map_or_else(String::new, |note| notes::first_line(note, width));
    own.extend(wrap(&[Span::styled(text, theme.muted)], width, Span::raw(indent.clone()), &indent));
    lines.extend(selected_lines(own, selected, ctx));
    lines
}

/// Lines in the selection's style when selected.
fn selected_lines(mut lines: Vec<Line<'static>>, selected: bool, ctx: Ctx<'_>) -> Vec<Line<'static>> {
    if selected {
        for line in &mut lines {
            *line = std::mem::take(line).patch_style(ctx.theme.selection);
        }
    }
    lines
}

/// An entry's lines; `first_orphan` is the index of the first orphaned note.
fn entry_lines(
    entry: Entry<'_>,
    index: usize,
    first_orphan: Option<usize>,
    selected: bool,
    ctx: Ctx<'_>,
    width: usize,
) -> Vec<Line<'static>> {
    match entry {
        Entry::Bookmark(id) => bookmark_lines(id, selected, ctx, width),
        Entry::Orphan(id) => orphan_lines(id, first_orphan == Some(index), selected, ctx, width),
    }
}

fn heights(ctx: Ctx<'_>, width: usize) -> Vec<u16> {
    let entries = entries::entries(ctx);
    let first_orphan = entries.iter().position(|entry| matches!(entry, Entry::Orphan(_)));
    entries
        .iter()
        .enumerate()
        .map(|(index, &entry)| entry_lines(entry, index, first_orphan, false, ctx, width).len() as u16)
        .collect()
}

/// The first visible bookmark: the stored one, moved just enough to show the selection.
pub(super) fn bookmark_offset(lists: Lists, ctx: Ctx<'_>, area: Rect) -> usize {
    let inner = pane::inner(areas(area).bookmarks);
    let heights = heights(ctx, usize::from(inner.width));
    adjust_offset(lists.offset, &heights, lists.bookmark, inner.height)
}

fn render_bookmarks(tab: &StudyTab, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let frame_area = areas(area).bookmarks;
    let entries = entries::entries(ctx);
    let selected = tab.lists.bookmark(entries.len());
    let orphans = entries.len() - ctx.bookmarks.len();
    let title = if orphans > 0 {
        format!(" Bookmarks: {} · orphaned notes: {orphans} ", ctx.bookmarks.len())
    } else {
        format!(" Bookmarks: {} ", ctx.bookmarks.len())
    };
    let mut frame = pane::frame(title, selected.is_some(), theme);
    if let Some(note) = tab.note {
        frame = frame.title_bottom(Line::styled(format!(" {note} "), theme.notice));
    }
    frame.render(frame_area, buf);
    let inner = pane::inner(frame_area);
    let width = usize::from(inner.width);
    if entries.is_empty() {
        let text = "No bookmarks yet. Press b on any tab to bookmark the item under the cursor, or on a \
                    card to bookmark what it asks about; Enter here takes you back to it, and the \
                    Bookmarks deck studies its cards.";
        Paragraph::new(wrap_plain(text, theme.muted, width)).render(inner, buf);
        return;
    }
    let heights = heights(ctx, width);
    let offset = bookmark_offset(tab.lists, ctx, area);
    let first_orphan = entries.iter().position(|entry| matches!(entry, Entry::Orphan(_)));
    let mut lines = Vec::new();
    for (index, &entry) in entries.iter().enumerate().skip(offset) {
        if lines.len() >= usize::from(inner.height) {
            break;
        }
        lines.extend(entry_lines(entry, index, first_orphan, selected == Some(index), ctx, width));
    }
    Paragraph::new(lines).render(inner, buf);
    let total = heights.iter().map(|&h| usize::from(h)).sum();
    let above = heights[..offset].iter().map(|&h| usize::from(h)).sum();
    pane::render_scrollbar(total, usize::from(inner.height), above, frame_area, buf, theme);
}

/// Draws the decks and the bookmarks.
pub(super) fn render(tab: &StudyTab, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let areas = areas(area);
    render_decks(tab, ctx, &areas, buf);
    render_bookmarks(tab, ctx, area, buf);
}

/// The row under a click: a deck (0..6), or a bookmark counted after the decks.
pub(super) fn row_at(lists: Lists, position: Position, ctx: Ctx<'_>, area: Rect) -> Option<usize> {
    let areas = areas(area);
    let decks = pane::inner(areas.decks);
    if decks.contains(position) {
        let row = usize::from(position.y - decks.y).checked_sub(1)?;
        return (row < Deck::ALL.len()).then_some(row);
    }
    let inner = pane::inner(areas.bookmarks);
    if !inner.contains(position) {
        return None;
    }
    let heights = heights(ctx, usize::from(inner.width));
    let offset = bookmark_offset(lists, ctx, area);
    crate::ui::list::row_at(&heights, offset, position.y - inner.y).map(|index| Deck::ALL.len() + index)
}
