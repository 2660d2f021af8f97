//! The Study tab's session screens: a card (question, answer, grades), "nothing due" with the
//! offer to practise anyway, and the summary at the end of a session.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Phase, Run, Screen, StudyTab};
use crate::study::{self, Card, Deck, Grade, Mode, Session, TOP_BOX};
use crate::tabs::view::Ctx;
use crate::ui::Theme;
use crate::ui::wrap::{wrap, wrap_plain};
use crate::ui::{note, pane};

/// Where a card screen's parts go.
struct RunAreas {
    progress: Rect,
    card: Rect,
    choices: Rect,
}

/// Cards wider than this are hard to read; wider terminals centre the card.
const READING_WIDTH: u16 = 100;

/// A key and what it does, as the spans of one choice.
fn key(key: impl Into<String>, does: &str, theme: &Theme) -> Vec<Span<'static>> {
    vec![Span::styled(key.into(), theme.key), Span::styled(format!(" {does}"), theme.text)]
}

/// Lays choices out left to right, three spaces apart, starting a new line where the next one
/// does not fit (a choice wider than a line is wrapped on its own).
fn flow(choices: Vec<Vec<Span<'static>>>, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for choice in choices {
        let choice_width: usize = choice.iter().map(Span::width).sum();
        if !current.is_empty() && used + 3 + choice_width > width {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if choice_width > width {
            lines.extend(wrap(&choice, width, Span::raw(""), "  "));
            continue;
        }
        if !current.is_empty() {
            current.push(Span::raw("   "));
            used += 3;
        }
        used += choice_width;
        current.extend(choice);
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

/// "FAQ · due cards · card 3 of 8 · ✓ 2 right · ✗ 1 wrong".
fn progress_lines(run: &Run, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let session = &run.session;
    let answered = session.answered() as usize;
    let position = match run.phase {
        Phase::Answered(_) => answered,
        _ => answered + 1,
    };
    let mode = match session.mode() {
        Mode::Due => "due cards",
        Mode::Cram => "practising the whole deck",
    };
    let spans = [
        Span::styled(session.deck().label(), theme.label),
        Span::styled(format!(" · {mode} · "), theme.muted),
        Span::raw(format!("card {position} of {}", answered + session.remaining())),
        Span::styled(" · ", theme.muted),
        Span::styled(format!("✓ {} right", session.right()), theme.good),
        Span::styled(" · ", theme.muted),
        Span::styled(format!("✗ {} wrong", session.wrong()), theme.bad),
    ];
    wrap(&spans, width, Span::raw(""), "")
}

fn choice_lines(tab: &StudyTab, run: &Run, card: &Card, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let choices = match &run.phase {
        Phase::Question => match card.kind.expected_role() {
            Some(_) => vec![key("m", "Product Manager", theme), key("o", "Product Owner", theme)],
            None => vec![key("Space", "show the answer", theme)],
        },
        Phase::Revealed => {
            // What each grade would do, as the scheduler would do it now.
            let before = tab.progress.get(&card.id).copied();
            Grade::ALL
                .into_iter()
                .map(|grade| {
                    let wait = study::describe_wait(study::answer(before, grade, tab.now).due, tab.now);
                    key(grade.key(), &format!("{} ({wait})", grade.label()), theme)
                })
                .collect()
        }
        Phase::Answered(_) => {
            let next = if run.session.is_finished() { "see the summary" } else { "next card" };
            vec![key("Enter", next, theme)]
        }
    };
    let mut lines = flow(choices, width);
    if let Some(note) = tab.note {
        lines.extend(wrap_plain(note, theme.notice, width));
    }
    lines
}

/// The text inside the card's frame.
fn card_lines(tab: &StudyTab, run: &Run, card: &Card, ctx: Ctx<'_>, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let mut lines = wrap_plain(&card.question, theme.label, width);
    lines.push(Line::default());
    match &run.phase {
        Phase::Question => {
            let prompt = match card.kind.expected_role() {
                Some(_) => "Who does this describe: the Product Manager (m) or the Product Owner (o)?",
                None => "Recall the answer, then press Space to check it.",
            };
            lines.extend(wrap_plain(prompt, theme.muted, width));
            return lines;
        }
        Phase::Revealed => {
            lines.push(Line::styled("Answer", theme.heading));
            lines.extend(wrap_plain(&card.answer, theme.text, width));
        }
        Phase::Answered(outcome) => {
            let expected = outcome.expected.map_or("", |role| role.title());
            let verdict = if outcome.right {
                Span::styled(format!("✓ Right: the {expected}."), theme.good)
            } else {
                Span::styled(format!("✗ Not quite: this is the {expected}."), theme.bad)
            };
            let when = if outcome.requeued {
                "It comes back before this session ends.".to_string()
            } else {
                format!("Next review {}.", study::describe_wait(outcome.progress.due, tab.now))
            };
            lines.extend(wrap(
                &[verdict, Span::styled(format!(" {when}"), theme.muted)],
                width,
                Span::raw(""),
                "",
            ));
            lines.push(Line::default());
            lines.extend(wrap_plain(&card.answer, theme.text, width));
        }
    }
    // The user's own words on the card's item, with the answer: marked as theirs.
    lines.extend(note::section(ctx.notes, &card.source, theme, width));
    lines.push(Line::default());
    let tab_name = card.tab.title();
    let title = ctx.kb.item_title(&card.source).unwrap_or(&card.source);
    lines.extend(wrap_plain(&format!("From {tab_name}: {title}"), theme.muted, width));
    lines
}

/// The frame's title: what kind of card, its box, and whether its item is bookmarked or has a
/// note.
fn card_title(tab: &StudyTab, run: &Run, card: &Card, ctx: Ctx<'_>) -> String {
    let status = match &run.phase {
        Phase::Answered(outcome) => format!("now in box {}/{TOP_BOX}", outcome.progress.leitner_box),
        _ => tab
            .progress
            .get(&card.id)
            .map_or_else(|| "new card".to_string(), |p| format!("box {}/{TOP_BOX}", p.leitner_box)),
    };
    let mark = if ctx.bookmarks.contains(&card.source) { " · bookmarked" } else { "" };
    let noted = if ctx.notes.contains_key(&card.source) { " · ✎ your note" } else { "" };
    format!(" {} · {status}{mark}{noted} ", card.kind.label())
}

/// The progress line on top, the card as tall as its text (within the screen), the choices
/// right under it; centred at a comfortable reading width.
fn run_areas(tab: &StudyTab, run: &Run, card: &Card, ctx: Ctx<'_>, area: Rect) -> RunAreas {
    let page = area.centered_horizontally(Constraint::Length(READING_WIDTH.min(area.width)));
    let width = usize::from(page.width.saturating_sub(2));
    let progress = progress_lines(run, ctx.theme, width).len() as u16;
    let choices = choice_lines(tab, run, card, ctx.theme, width).len() as u16;
    let text = card_lines(tab, run, card, ctx, usize::from(pane::inner(page).width)).len() as u16;
    let [progress, card, choices, _] = Layout::vertical([
        Constraint::Length(progress),
        Constraint::Max(text.saturating_add(2)),
        Constraint::Length(choices),
        Constraint::Fill(1),
    ])
    .areas(page);
    let indent = |rect: Rect| Rect { x: rect.x + 1, width: rect.width.saturating_sub(2), ..rect };
    RunAreas { progress: indent(progress), card, choices: indent(choices) }
}

/// How many lines the card has, and how many fit: the bounds of its scrolling.
pub(super) fn scroll_bounds(tab: &StudyTab, ctx: Ctx<'_>, area: Rect) -> (usize, usize) {
    let (Screen::Card(run), Some(card)) = (&tab.screen, tab.card()) else { return (0, 0) };
    let inner = pane::inner(run_areas(tab, run, card, ctx, area).card);
    (card_lines(tab, run, card, ctx, usize::from(inner.width)).len(), usize::from(inner.height))
}

/// Draws a card of a running session.
pub(super) fn render_run(tab: &StudyTab, run: &Run, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let Some(card) = tab.card() else { return };
    let theme = ctx.theme;
    let areas = run_areas(tab, run, card, ctx, area);
    Paragraph::new(progress_lines(run, theme, usize::from(areas.progress.width))).render(areas.progress, buf);
    pane::frame(card_title(tab, run, card, ctx), true, theme).render(areas.card, buf);
    let inner = pane::inner(areas.card);
    let lines = card_lines(tab, run, card, ctx, usize::from(inner.width));
    pane::render_lines(&lines, run.scroll, inner, areas.card, buf, theme);
    Paragraph::new(choice_lines(tab, run, card, theme, usize::from(areas.choices.width)))
        .render(areas.choices, buf);
}

/// The summary and "nothing due" are a few short lines: a narrower page keeps them together.
const PAGE_WIDTH: u16 = 80;

/// Where a short framed page goes: centred, as wide as the terminal up to [`PAGE_WIDTH`].
fn page_area(area: Rect) -> Rect {
    area.centered_horizontally(Constraint::Length(PAGE_WIDTH.min(area.width)))
}

/// A short framed page (the summary, "nothing due") as tall as its lines. Both fit the tab's
/// minimum size (a test checks), so they need no scrolling.
fn render_page(title: String, lines: &[Line<'static>], ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let height = (lines.len() as u16).saturating_add(2).min(area.height);
    let area = Rect { height, ..page_area(area) };
    pane::frame(title, true, ctx.theme).render(area, buf);
    pane::render_lines(lines, pane::Scroll::default(), pane::inner(area), area, buf, ctx.theme);
}

/// "Nothing due" with the offer to practise anyway, or why a deck has no cards.
pub(super) fn render_nothing_due(tab: &StudyTab, deck: Deck, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let width = usize::from(pane::inner(page_area(area)).width);
    let stats = study::deck_stats(&tab.cards, deck, super::personal(ctx), &tab.progress, tab.now);
    let mut lines = Vec::new();
    if stats.total == 0 {
        let text = match deck {
            Deck::Bookmarks => {
                "No cards to study here yet. Bookmark an item with b on any tab (FAQ entries, \
                 comparison aspects, skills, \"choose\" statements, certifications and career rungs \
                 have cards) and its cards join this deck."
            }
            Deck::Notes => {
                "No cards to study here yet. Write a note with n on any item, or on a card, and the \
                 item's cards join this deck, your note on their answer side; an item without a card \
                 of its own (a section, an org model, a salary level...) gets one for its note."
            }
            _ => "This deck has no cards.",
        };
        lines.extend(wrap_plain(text, theme.text, width));
    } else {
        let next = stats.next_due.map_or_else(String::new, |due| {
            format!(" The next card is due {}.", study::describe_wait(due, tab.now))
        });
        let text =
            format!("Nothing in {} is due now: all {} cards are scheduled.{next}", deck.label(), stats.total);
        lines.extend(wrap_plain(&text, theme.text, width));
        lines.push(Line::default());
        let offer = format!(
            "practise anyway: all {} cards, weakest first. Answering early does not push a card \
             further out; only \"again\" moves it.",
            stats.total
        );
        lines.extend(wrap(&[Span::raw(offer)], width, Span::styled("p ", theme.key), "  "));
    }
    lines.push(Line::default());
    lines.extend(wrap(&[Span::raw("back to the decks")], width, Span::styled("Esc ", theme.key), "    "));
    render_page(format!(" {} ", deck.label()), &lines, ctx, area, buf);
}

/// The end of a session: seen, right, wrong, and what is due next.
pub(super) fn render_summary(tab: &StudyTab, session: &Session, ctx: Ctx<'_>, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let width = usize::from(pane::inner(page_area(area)).width);
    let summary = session.summary(&tab.cards, super::personal(ctx), &tab.progress, tab.now);
    let next = summary.next_due.map_or_else(|| "—".to_string(), |due| study::describe_wait(due, tab.now));
    let plural = if summary.seen == 1 { "" } else { "s" };
    let rows = [
        ("Seen", format!("{} card{plural}", summary.seen)),
        ("Right", summary.right.to_string()),
        ("Wrong", summary.wrong.to_string()),
        ("Still due", summary.due_now.to_string()),
        ("Next due", next),
    ];
    let mut lines: Vec<Line<'static>> = rows
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![Span::styled(format!("{label:<11}"), theme.label), Span::raw(value)])
        })
        .collect();
    lines.push(Line::default());
    lines.extend(wrap_plain("Every answer is saved as you give it.", theme.muted, width));
    lines.push(Line::default());
    let keys = vec![key("Enter", "back to the decks", theme), key("c", "practise this deck again", theme)];
    lines.extend(flow(keys, width));
    let title = match session.mode() {
        Mode::Due => format!(" Session over: {} ", session.deck().label()),
        Mode::Cram => format!(" Practice over: {} ", session.deck().label()),
    };
    render_page(title, &lines, ctx, area, buf);
}
