//! The interactive app: the state of every tab, the event loop, and how an event becomes a change.
//!
//! The loop blocks on input (no ticks, no polling): idle, pmpo uses no CPU. It waits with a
//! timeout only while something is pending: a search off the input path, or a cheap change the
//! store wants saved within a second ([`App::wake_in`]). Every event goes through
//! [`App::handle_event`], which tests drive directly; drawing is `impl Widget for &App` and never
//! changes state. Saved state: see `saved.rs`.

mod draw;
mod input;
mod saved;

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use ratatui::layout::{Constraint, Layout, Rect, Size};

use crate::kb::KnowledgeBase;
use crate::store::{Opened, State, Store};
use crate::tabs::{
    CareersTab, CertsTab, ChooseTab, CompareTab, Ctx, FaqTab, OrgsTab, OverviewTab, RolesTab, SalaryTab,
    StudyTab, Tab, TabView,
};
use crate::ui::Theme;
use crate::ui::live_search::SharedIndex;
use crate::ui::pane::Scroll;
use crate::ui::search_overlay::SearchOverlay;

/// How often to look for search results while a search runs off the input path.
const BUSY_POLL: Duration = Duration::from_millis(8);

/// How long a due save may wait for a moment without input (a held key, a paste) before it goes
/// ahead anyway.
const MAX_DEFER: Duration = Duration::from_secs(1);

/// Everything the app shows and remembers while it runs.
pub struct App {
    /// Shared with the thread that builds the search index of a very large knowledge base.
    kb: Arc<KnowledgeBase>,
    theme: Theme,
    tab: Tab,
    overview: OverviewTab,
    compare: CompareTab,
    roles: RolesTab,
    orgs: OrgsTab,
    careers: CareersTab,
    salary: SalaryTab,
    certs: CertsTab,
    choose: ChooseTab,
    faq: FaqTab,
    study: StudyTab,
    /// The overlay over the tab, if one is open.
    overlay: Option<Overlay>,
    /// The search index, built when a search first needs it and shared by FAQ and `/`.
    index: SharedIndex,
    /// The terminal's size when last told, so key handling knows the layout drawing will use.
    size: Size,
    /// A one-off message for the status bar, cleared by the next key.
    notice: Option<String>,
    /// What is saved between runs and not owned by a tab (bookmarks, card progress...).
    state: State,
    /// Where the state is saved: it records every change and says when to save it.
    store: Store,
    running: bool,
}

/// What can cover the tab.
#[derive(Debug)]
enum Overlay {
    /// The keys, and how far they are scrolled.
    Help(Scroll),
    /// Search over everything (boxed: it is far larger than a scroll position).
    Search(Box<SearchOverlay>),
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
        let Opened { store, mut state, notice } = opened;
        let tab = tab.or_else(|| state.last_tab.as_deref().and_then(Tab::from_key)).unwrap_or(Tab::Overview);
        let kb = Arc::new(kb);
        let index = SharedIndex::new(Arc::clone(&kb));
        let faq = FaqTab::new(index.clone());
        let mut choose = ChooseTab::default();
        choose.set_marked(state.choose.clone());
        let mut salary = SalaryTab::default();
        if let Some(saved) = &state.salary {
            salary.set_inputs(saved::salary_inputs(saved));
        }
        // The Study tab owns the card progress from here on; `persisted` puts it back.
        let study = StudyTab::new(&kb, std::mem::take(&mut state.cards));
        let mut app = App {
            kb,
            theme,
            tab,
            overview: OverviewTab::default(),
            compare: CompareTab::default(),
            roles: RolesTab::default(),
            orgs: OrgsTab::default(),
            careers: CareersTab::default(),
            salary,
            certs: CertsTab::default(),
            choose,
            faq,
            study,
            overlay: None,
            index,
            size,
            notice,
            state,
            store,
            running: true,
        };
        // What the app shows at start is not a change: starting pmpo writes nothing.
        app.store.settle(&app.persisted());
        app
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
            terminal.draw(|frame| frame.render_widget(&*self, frame.area()))?;
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
                    terminal.clear()?;
                }
                self.handle_event(&event);
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
        matches!(&self.overlay, Some(Overlay::Search(search)) if search.busy()) || self.view(self.tab).busy()
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

    /// The id of the knowledge-base item under the cursor on the active tab.
    pub fn current_item(&self) -> Option<String> {
        let ctx = Ctx { kb: &self.kb, theme: &self.theme, bookmarks: &self.state.bookmarks };
        self.view(self.tab).current_item(ctx, chrome(self.screen()).body)
    }

    fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.width, self.size.height)
    }

    fn view(&self, tab: Tab) -> &dyn TabView {
        match tab {
            Tab::Overview => &self.overview,
            Tab::Compare => &self.compare,
            Tab::Roles => &self.roles,
            Tab::Orgs => &self.orgs,
            Tab::Careers => &self.careers,
            Tab::Salary => &self.salary,
            Tab::Certs => &self.certs,
            Tab::Choose => &self.choose,
            Tab::Faq => &self.faq,
            Tab::Study => &self.study,
        }
    }

    /// The active tab's state and what it needs, split so both can be borrowed at once.
    fn active_mut(&mut self) -> (&mut dyn TabView, Ctx<'_>) {
        self.view_mut(self.tab)
    }

    /// A tab's state and what it needs, split so both can be borrowed at once.
    fn view_mut(&mut self, tab: Tab) -> (&mut dyn TabView, Ctx<'_>) {
        let ctx = Ctx { kb: &self.kb, theme: &self.theme, bookmarks: &self.state.bookmarks };
        let view: &mut dyn TabView = match tab {
            Tab::Overview => &mut self.overview,
            Tab::Compare => &mut self.compare,
            Tab::Roles => &mut self.roles,
            Tab::Orgs => &mut self.orgs,
            Tab::Careers => &mut self.careers,
            Tab::Salary => &mut self.salary,
            Tab::Certs => &mut self.certs,
            Tab::Choose => &mut self.choose,
            Tab::Faq => &mut self.faq,
            Tab::Study => &mut self.study,
        };
        (view, ctx)
    }

    /// The terminal size the active tab needs.
    fn min_size(&self) -> Size {
        let body = self.view(self.tab).min_size();
        Size::new(body.width, body.height + 2)
    }

    fn too_small(&self) -> bool {
        let need = self.min_size();
        self.size.width < need.width || self.size.height < need.height
    }
}
