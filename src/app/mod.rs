//! The interactive app: the tabs (made when first shown), the event loop, and how an event
//! becomes a change.
//!
//! The loop blocks on input (no ticks, no polling): idle, pmpo uses no CPU. It waits with a
//! timeout only while something is pending: a search off the input path, or a cheap change the
//! store wants saved within a second ([`App::wake_in`]). Every event goes through
//! [`App::handle_event`], which tests drive directly; drawing is `impl Widget for &App` and never
//! changes state. Saved state: see `saved.rs`.

mod draw;
mod input;
mod notes;
mod saved;

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};

use crate::kb::KnowledgeBase;
use crate::keymap::{self, Keymap};
use crate::store::{Opened, State, Store};
use crate::tab::Tab;
use crate::tabs::{self, Ctx, TabView};
use crate::terminal::modes::Modes;
use crate::ui::Theme;
use crate::ui::live_search::SharedIndex;
use crate::ui::note_editor::NoteEditor;
use crate::ui::pane::Scroll;
use crate::ui::search_overlay::SearchOverlay;

/// How often to look for search results while a search runs off the input path.
const BUSY_POLL: Duration = Duration::from_millis(8);

/// What the status bar says the first time pmpo runs on a data folder, until the first key.
const FIRST_RUN: &str = "New here? ? keys · / search · 0 study";

/// How long a due save may wait for a moment without input (a held key, a paste) before it goes
/// ahead anyway.
const MAX_DEFER: Duration = Duration::from_secs(1);

/// Everything the app shows and remembers while it runs.
pub struct App {
    /// Shared with the thread that builds the search index of a very large knowledge base.
    kb: Arc<KnowledgeBase>,
    theme: Theme,
    tab: Tab,
    /// Each tab's state, by [`Tab::index`]; made the first time the tab is shown or asked for,
    /// so that start-up pays only for the tab on screen.
    views: Vec<Option<Box<dyn TabView>>>,
    /// The overlay over the tab, if one is open.
    overlay: Option<Overlay>,
    /// The search index, built when a search first needs it and shared by FAQ and `/`.
    index: SharedIndex,
    /// The terminal's size when last told, so key handling knows the layout drawing will use.
    size: Size,
    /// A one-off message for the status bar, cleared by the next key.
    notice: Option<String>,
    /// The last message the status bar showed, in full: the help overlay shows it, since a
    /// narrow status bar cuts a long one.
    last_notice: Option<String>,
    /// What is saved between runs: what the app holds (bookmarks), and each tab's part as it
    /// was when the tab was made or last saved (see [`TabView::save`]).
    state: State,
    /// Where the state is saved: it records every change and says when to save it.
    store: Store,
    /// The item whose note waits to be written in the user's editor (`N`): the run loop hands
    /// the terminal over after the key (see `notes.rs`).
    outside: Option<String>,
    /// What the app turned on in the terminal, to turn off while the user's editor runs.
    modes: Modes,
    running: bool,
}

/// What can cover the tab.
#[derive(Debug)]
enum Overlay {
    /// The keys, and how far they are scrolled.
    Help(Scroll),
    /// Search over everything (boxed: it is far larger than a scroll position).
    Search(Box<SearchOverlay>),
    /// A note being written (boxed, as the search).
    Note(Box<NoteEditor>),
}

/// The three bands of the screen.
struct Chrome {
    tab_bar: Rect,
    body: Rect,
    status: Rect,
}

fn chrome(area: Rect) -> Chrome {
    let [tab_bar, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    Chrome { tab_bar, body, status }
}

impl App {
    /// An app showing `tab`, for a terminal of `size`, that saves nothing (tests, snapshots).
    pub fn new(kb: KnowledgeBase, theme: Theme, tab: Tab, size: Size) -> App {
        let opened = Opened { store: Store::in_memory(), state: State::default(), notice: None };
        App::with_saved_state(kb, theme, Some(tab), size, opened)
    }

    /// An app that starts from saved state and saves to its store. It opens on `tab` if given,
    /// else on the tab the user last had open.
    pub fn with_saved_state(
        kb: KnowledgeBase,
        theme: Theme,
        tab: Option<Tab>,
        size: Size,
        opened: Opened,
    ) -> App {
        let Opened { store, state, notice } = opened;
        // A first run says where to start; the next key clears it like any notice.
        let notice = notice.or_else(|| store.first_run().then(|| FIRST_RUN.to_string()));
        let tab = tab.or_else(|| state.last_tab.as_deref().and_then(Tab::from_name)).unwrap_or(Tab::Overview);
        let kb = Arc::new(kb);
        let index = SharedIndex::new(Arc::clone(&kb));
        index.set_notes(&state.notes);
        let mut app = App {
            kb,
            theme,
            tab,
            views: Tab::ALL.iter().map(|_| None).collect(),
            overlay: None,
            index,
            size,
            last_notice: notice.clone(),
            notice,
            state,
            store,
            outside: None,
            modes: Modes::default(),
            running: true,
        };
        app.show(tab);
        // What the app shows at start is not a change: starting pmpo writes nothing.
        app.store.settle(&app.persisted());
        app
    }

    /// The same app, knowing what was turned on in its terminal (to turn it off while the
    /// user's own editor runs, and back on after).
    #[must_use]
    pub fn with_modes(mut self, modes: Modes) -> App {
        self.modes = modes;
        self
    }

    /// The saved bookmarks, oldest first.
    pub fn bookmarks(&self) -> &[String] {
        &self.state.bookmarks
    }

    /// Runs until the user quits: draw, wait for an event, handle it. Whatever ends the loop (a
    /// quit, an error, a panic), what waits to be saved is saved on the way out; the message
    /// returned, if any, says it could not be, for after the terminal is restored.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> io::Result<Option<String>> {
        self.closing_store(|app| app.event_loop(terminal))
    }

    fn event_loop(&mut self, terminal: &mut DefaultTerminal) -> io::Result<()> {
        let area = terminal.size()?;
        self.size = Size::new(area.width, area.height);
        while self.running {
            terminal.draw(|frame| {
                frame.render_widget(&*self, frame.area());
                if let Some(position) = self.cursor() {
                    frame.set_cursor_position(position);
                }
            })?;
            // Block on input, unless something is pending: then wake when it is due.
            let event = match self.wake_in() {
                None => Some(event::read()?),
                Some(timeout) => {
                    if event::poll(timeout)? {
                        Some(event::read()?)
                    } else {
                        None
                    }
                }
            };
            if let Some(event) = event {
                if let Event::Resize(..) = event {
                    // A burst of resizes (dragging a window, tmux) can leave the screen out of
                    // step with ratatui's idea of it; repaint everything rather than a diff.
                    // `resize` clears without asking the terminal where its cursor is, as
                    // `clear` would: a round trip, and an error from a terminal that does not
                    // answer.
                    let area = terminal.size()?;
                    terminal.resize(Rect::new(0, 0, area.width, area.height))?;
                }
                self.handle_event(&event);
            }
            if let Some(id) = self.outside.take() {
                self.edit_outside(terminal, &id)?;
            }
            self.poll_background();
            self.save_when_idle()?;
        }
        Ok(())
    }

    /// How long the loop may wait for input before it has something to do: look for search
    /// results, or save a cheap change. `None`: nothing pending, block.
    pub fn wake_in(&self) -> Option<Duration> {
        let search = self.busy().then_some(BUSY_POLL);
        let save = self.store.due().map(|due| due.saturating_duration_since(Instant::now()));
        search.into_iter().chain(save).min()
    }

    /// Saves the changes that are due, at a moment no input is waiting, so that no key waits for
    /// a write (holding a key, a save slips in between two repeats); under a flood of input, once
    /// overdue by [`MAX_DEFER`] all the same.
    fn save_when_idle(&mut self) -> io::Result<()> {
        let Some(due) = self.store.due() else { return Ok(()) };
        let now = Instant::now();
        if now >= due && (now >= due + MAX_DEFER || !event::poll(Duration::ZERO)?) {
            self.save_if_due();
        }
        Ok(())
    }

    /// Saves the changes recorded if they are due ([`App::wake_in`] has run out); returns
    /// whether it saved. The run loop calls it when no input is waiting.
    pub fn save_if_due(&mut self) -> bool {
        if !self.store.is_due() {
            return false;
        }
        self.save_pending();
        true
    }

    /// Whether something runs off the input path (a search on a large knowledge base).
    pub fn busy(&self) -> bool {
        matches!(&self.overlay, Some(Overlay::Search(search)) if search.busy())
            || self.view(self.tab).is_some_and(TabView::busy)
    }

    /// Takes what arrived off the input path; returns whether anything changed on screen.
    pub fn poll_background(&mut self) -> bool {
        let overlay = match &mut self.overlay {
            Some(Overlay::Search(search)) => search.poll(),
            _ => false,
        };
        let (view, ctx) = self.active_mut();
        view.poll(ctx) || overlay
    }

    /// Whether the app is still running (false once the user quit).
    pub fn is_running(&self) -> bool {
        self.running
    }

    /// The tab on screen.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The id of the knowledge-base item under the cursor on the active tab (what `b` bookmarks
    /// and `n` writes a note on).
    pub fn current_item(&self) -> Option<String> {
        self.view(self.tab)?.current_item(self.ctx(), self.body())
    }

    /// The keys that work now, with their words: the open overlay's, or the active tab's; only
    /// quitting while the terminal is too small to draw in.
    pub fn keymap(&self) -> Keymap {
        match &self.overlay {
            Some(Overlay::Help(_)) => self.help_keymap(),
            Some(Overlay::Search(search)) => search.keymap().with_globals(keymap::ONLY_CTRL_C),
            Some(Overlay::Note(_)) => NoteEditor::keymap().with_globals(keymap::ONLY_CTRL_C),
            None if self.too_small() => Keymap::default().with_globals(keymap::ONLY_QUIT),
            None => self.tab_keymap(),
        }
    }

    /// The active tab's keys, overlays aside.
    fn tab_keymap(&self) -> Keymap {
        self.view(self.tab).map(|view| view.keymap(self.ctx(), self.body())).unwrap_or_default()
    }

    /// Where the terminal's cursor goes: in the text field being typed into, if any.
    pub fn cursor(&self) -> Option<Position> {
        match &self.overlay {
            Some(Overlay::Search(search)) => Some(search.cursor(self.screen())),
            Some(Overlay::Note(editor)) => editor.cursor(self.screen()),
            Some(Overlay::Help(_)) => None,
            None if self.too_small() => None,
            None => self.view(self.tab)?.cursor(self.ctx(), self.body()),
        }
    }

    fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.width, self.size.height)
    }

    fn body(&self) -> Rect {
        chrome(self.screen()).body
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx { kb: &self.kb, theme: &self.theme, bookmarks: &self.state.bookmarks, notes: &self.state.notes }
    }

    /// Brings `tab` on screen, making its state if this is its first time.
    fn show(&mut self, tab: Tab) {
        self.tab = tab;
        self.view_mut(tab).0.arrive();
    }

    /// A tab's state if it has been made.
    fn view(&self, tab: Tab) -> Option<&dyn TabView> {
        self.views.get(tab.index()).and_then(Option::as_deref)
    }

    /// The active tab's state and what it needs, split so both can be borrowed at once.
    fn active_mut(&mut self) -> (&mut dyn TabView, Ctx<'_>) {
        self.view_mut(self.tab)
    }

    /// A tab's state, made (and given its saved part) if it had not been yet, and what it needs.
    fn view_mut(&mut self, tab: Tab) -> (&mut dyn TabView, Ctx<'_>) {
        let slot = &mut self.views[tab.index()];
        let view = slot.get_or_insert_with(|| {
            let mut view = tabs::make(tab, &self.kb, &self.index);
            view.restore(&self.state);
            // The tab's part as it starts (its defaults, for what was never saved) is not a
            // change: it is saved only once the user changes it.
            self.store.settle_part(|seen| view.save(seen));
            view
        });
        let ctx = Ctx {
            kb: &self.kb,
            theme: &self.theme,
            bookmarks: &self.state.bookmarks,
            notes: &self.state.notes,
        };
        (view.as_mut(), ctx)
    }

    /// The terminal size the active tab needs.
    fn min_size(&self) -> Size {
        let body = self.view(self.tab).map_or(Size::new(0, 0), TabView::min_size);
        Size::new(body.width, body.height + 2)
    }

    fn too_small(&self) -> bool {
        let need = self.min_size();
        self.size.width < need.width || self.size.height < need.height
    }
}
