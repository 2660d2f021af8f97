//! The interactive app: the state of every tab, the event loop, and how an event becomes a change.
//!
//! The loop blocks on input (no ticks, no polling): idle, pmpo uses no CPU. Every event goes
//! through [`App::handle_event`], which tests drive directly; drawing is `impl Widget for &App`
//! and never changes state.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Constraint, Layout, Position, Rect, Size};
use ratatui::widgets::Widget;

use crate::action::{Action, Mode, action_for};
use crate::kb::KnowledgeBase;
use crate::salary::Inputs;
use crate::store::{Opened, SavedSalary, State, Store};
use crate::tabs::{
    CareersTab, CertsTab, ChooseTab, CompareTab, Ctx, FaqTab, OrgsTab, OverviewTab, Request, RolesTab,
    SalaryTab, StudyTab, Tab, TabView, hint,
};
use crate::ui::live_search::SharedIndex;
use crate::ui::pane::Scroll;
use crate::ui::search_overlay::{self, SearchOverlay};
use crate::ui::{Theme, help, render_too_small, status_bar, tab_bar};

/// How often to look for search results while a search runs off the input path.
const BUSY_POLL: Duration = Duration::from_millis(8);

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
    /// Where the state is saved; written after every event that changes it.
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
            salary.set_inputs(salary_inputs(saved));
        }
        // The Study tab owns the card progress from here on; `persisted` puts it back.
        let study = StudyTab::new(&kb, std::mem::take(&mut state.cards));
        App {
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
        }
    }

    /// The state to save: what the app holds plus what each tab owns.
    fn persisted(&self) -> State {
        State {
            choose: self.choose.marked().clone(),
            cards: self.study.progress().clone(),
            last_tab: Some(self.tab.key().to_string()),
            salary: Some(saved_salary(self.salary.inputs())),
            ..self.state.clone()
        }
    }

    /// Saves if anything changed; a failure is told once, in the status bar.
    fn save(&mut self) {
        if let Some(message) = self.store.autosave(&self.persisted()) {
            self.notice = Some(message);
        }
    }

    /// The saved bookmarks, oldest first.
    pub fn bookmarks(&self) -> &[String] {
        &self.state.bookmarks
    }

    /// Runs until the user quits: draw, wait for an event, handle it.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> io::Result<()> {
        let area = terminal.size()?;
        self.size = Size::new(area.width, area.height);
        while self.running {
            terminal.draw(|frame| frame.render_widget(&self, frame.area()))?;
            // Block on input, unless a search is running off the input path: then look for its
            // results every few milliseconds until they come.
            let event = if self.busy() {
                if event::poll(BUSY_POLL)? { Some(event::read()?) } else { None }
            } else {
                Some(event::read()?)
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
        }
        Ok(())
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

    /// Applies one terminal event, then saves what changed.
    pub fn handle_event(&mut self, event: &Event) {
        let before = self.tab;
        self.apply(event);
        if self.tab == Tab::Study && before != Tab::Study {
            // What is due depends on the clock: arriving on the tab (maybe hours later) shows
            // the counts as of now, not as of the last key pressed there.
            self.study.refresh_clock();
        }
        if !matches!(event, Event::Resize(..)) {
            self.save();
        }
    }

    fn apply(&mut self, event: &Event) {
        match event {
            Event::Key(key) => {
                let editing = match &self.overlay {
                    Some(Overlay::Search(_)) => true,
                    Some(Overlay::Help(_)) => false,
                    None => self.view(self.tab).editing(),
                };
                let mode = if editing { Mode::Editing } else { Mode::Normal };
                if let Some(action) = action_for(*key, mode) {
                    self.notice = None;
                    self.handle_action(action);
                }
            }
            Event::Mouse(mouse) => self.handle_mouse(*mouse),
            Event::Resize(width, height) => self.size = Size::new(*width, *height),
            _ => {}
        }
    }

    /// Applies one action: an overlay first, then the tab, then the global meaning.
    pub fn handle_action(&mut self, action: Action) {
        if action == Action::Quit {
            self.running = false;
            return;
        }
        let screen = self.screen();
        match &mut self.overlay {
            Some(Overlay::Help(_)) => return self.handle_help(action),
            Some(Overlay::Search(search)) => {
                match search.handle(action, screen, &self.theme) {
                    search_overlay::Outcome::Stay => {}
                    search_overlay::Outcome::Close => self.overlay = None,
                    search_overlay::Outcome::Jump(tab, id) => {
                        self.overlay = None;
                        self.jump(tab, &id);
                    }
                }
                return;
            }
            None => {}
        }
        let body = chrome(self.screen()).body;
        if !self.too_small() {
            let (view, ctx) = self.active_mut();
            let handled = view.handle(action, ctx, body);
            let request = view.take_request();
            if let Some(request) = request {
                self.fulfil(request);
            }
            if handled {
                return;
            }
        }
        // A key the focused field did not take keeps its usual meaning: the Salary tab's
        // percentage takes only what can be part of a number, so `q` still quits there.
        let global = match action {
            Action::Input(key) => action_for(key, Mode::Normal),
            other => Some(other),
        };
        match global {
            Some(Action::Quit) => self.running = false,
            Some(Action::Help) => self.overlay = Some(Overlay::Help(Scroll::default())),
            Some(Action::Search) => {
                let search = SearchOverlay::new(self.index.clone());
                self.overlay = Some(Overlay::Search(Box::new(search)));
            }
            Some(Action::Bookmark) => self.toggle_bookmark(),
            Some(Action::NextTab) => self.tab = self.tab.next(),
            Some(Action::PrevTab) => self.tab = self.tab.previous(),
            Some(Action::GoTo(tab)) => self.tab = tab,
            _ => {}
        }
    }

    /// Carries out what a tab asked for.
    fn fulfil(&mut self, request: Request) {
        match request {
            Request::Jump { tab, id } => self.jump(tab, &id),
        }
    }

    /// Opens `tab` with the item `id` under the cursor.
    pub fn jump(&mut self, tab: Tab, id: &str) {
        self.tab = tab;
        let body = chrome(self.screen()).body;
        let (view, ctx) = self.view_mut(tab);
        if !view.show_item(id, ctx, body) {
            self.notice = Some(format!("{} no longer shows that item.", tab.title()));
        }
    }

    /// Bookmarks the item under the cursor, or removes its bookmark, and says which.
    fn toggle_bookmark(&mut self) {
        let Some(id) = self.current_item() else {
            self.notice = Some("Nothing here to bookmark: move to an item first.".to_string());
            return;
        };
        let title = self.kb.item_title(&id).unwrap_or(&id);
        let title: String = if title.chars().count() > 50 {
            format!("{}…", title.chars().take(49).collect::<String>())
        } else {
            title.to_string()
        };
        self.notice = Some(if self.state.toggle_bookmark(&id) {
            format!("Bookmarked “{title}”")
        } else {
            format!("Bookmark removed: “{title}”")
        });
    }

    fn help_lines(&self) -> Vec<ratatui::text::Line<'static>> {
        let width = help::text_width(self.screen());
        help::lines(self.tab.title(), &self.view(self.tab).help(), width, &self.theme)
    }

    fn handle_help(&mut self, action: Action) {
        match action {
            Action::Help | Action::Back | Action::Confirm => self.overlay = None,
            _ => {
                let lines = self.help_lines().len();
                let viewport = usize::from(help::frame_area(lines, self.screen()).height.saturating_sub(2));
                if let Some(Overlay::Help(scroll)) = &mut self.overlay {
                    scroll.apply(action, lines, viewport);
                }
            }
        }
    }

    fn handle_mouse(&mut self, mouse: MouseEvent) {
        let position = Position::new(mouse.column, mouse.row);
        let areas = chrome(self.screen());
        match mouse.kind {
            MouseEventKind::ScrollDown => self.handle_action(Action::ScrollDown),
            MouseEventKind::ScrollUp => self.handle_action(Action::ScrollUp),
            MouseEventKind::Down(MouseButton::Left) if self.overlay.is_some() => self.overlay = None,
            MouseEventKind::Down(MouseButton::Left) if areas.tab_bar.contains(position) => {
                if let Some(tab) =
                    tab_bar::tab_at(areas.tab_bar.width, self.tab, position.x - areas.tab_bar.x)
                {
                    self.notice = None;
                    self.tab = tab;
                }
            }
            MouseEventKind::Down(MouseButton::Left) if areas.body.contains(position) && !self.too_small() => {
                self.notice = None;
                let (view, ctx) = self.active_mut();
                view.click(position, ctx, areas.body);
                if let Some(request) = view.take_request() {
                    self.fulfil(request);
                }
            }
            _ => {}
        }
    }
}

/// Salary inputs from their saved text; a value this pmpo cannot read keeps its default.
fn salary_inputs(saved: &SavedSalary) -> Inputs {
    let default = Inputs::default();
    Inputs {
        role: saved.role.parse().unwrap_or(default.role),
        level: saved.level.parse().unwrap_or(default.level),
        company: saved.company.parse().unwrap_or(default.company),
        industry: saved.industry.parse().unwrap_or(default.industry),
        col: saved.col.parse().unwrap_or(default.col),
    }
}

/// Salary inputs as the text the store keeps.
fn saved_salary(inputs: Inputs) -> SavedSalary {
    SavedSalary {
        role: inputs.role.key().to_string(),
        level: inputs.level.key().to_string(),
        company: inputs.company.key().to_string(),
        industry: inputs.industry.key().to_string(),
        col: inputs.col.to_string(),
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.theme;
        if area.width < self.min_size().width || area.height < self.min_size().height {
            render_too_small(self.min_size(), area.as_size(), area, buf, theme);
            return;
        }
        let areas = chrome(area);
        tab_bar::render(self.tab, areas.tab_bar, buf, theme);
        let ctx = Ctx { kb: &self.kb, theme, bookmarks: &self.state.bookmarks };
        let view = self.view(self.tab);
        view.render(ctx, areas.body, buf);
        let hints = match &self.overlay {
            Some(Overlay::Search(_)) => SearchOverlay::hints(),
            Some(Overlay::Help(_)) => vec![hint("j/k", "scroll"), hint("Esc", "close")],
            None => view.hints(),
        };
        let global = match &self.overlay {
            Some(Overlay::Search(_)) => false,
            Some(Overlay::Help(_)) => true,
            None => !view.takes_text(),
        };
        status_bar::render(&hints, self.notice.as_deref(), global, areas.status, buf, theme);
        match &self.overlay {
            Some(Overlay::Help(scroll)) => help::render(&self.help_lines(), *scroll, area, buf, theme),
            Some(Overlay::Search(search)) => search.render(area, buf, theme),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Industry, Level, Role};
    use crate::salary::Company;

    #[test]
    fn salary_inputs_round_trip_through_their_saved_text() {
        let inputs = Inputs {
            role: Role::Po,
            level: Level::Staff,
            company: Company::BigTech,
            industry: Industry::Healthcare,
            col: "-12.5".parse().expect("a valid percentage"),
        };
        assert_eq!(salary_inputs(&saved_salary(inputs)), inputs);
    }

    #[test]
    fn unreadable_saved_salary_values_fall_back_one_by_one() {
        let saved = SavedSalary {
            role: "po".into(),
            level: "ceo".into(),
            company: "big-tech".into(),
            industry: String::new(),
            col: "99".into(),
        };
        let inputs = salary_inputs(&saved);
        assert_eq!((inputs.role, inputs.company), (Role::Po, Company::BigTech), "readable values kept");
        let default = Inputs::default();
        assert_eq!(
            (inputs.level, inputs.industry, inputs.col),
            (default.level, default.industry, default.col)
        );
    }
}
