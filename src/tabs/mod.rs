//! The tabs: one file (or folder) per tab holding its state, keys and drawing, the contract they
//! keep with the app ([`TabView`], in `view.rs`) and the registry that makes them (`registry.rs`).
//!
//! # Adding a tab
//!
//! 1. `src/tab.rs`: a variant of `Tab` where it goes in the tab bar, and its row in
//!    `Tab::facts` (title and `--tab` name). Its number key follows from its place.
//! 2. `src/tabs/<name>.rs`: its state, implementing [`TabView`] (`keymap`, `handle`, `render`,
//!    and `current_item`/`show_item` if it shows knowledge-base items).
//! 3. Here: `mod <name>;`, and its line in `registry::make`.
//! 4. Its snapshots (`tests/ui.rs` draws every tab) and screenshot scene (`tests/screenshots.rs`
//!    refuses to pass without one).
//!
//! The compiler points at each of these: `facts` and `make` match every variant.

mod careers;
mod certs;
mod choose;
mod compare;
mod faq;
mod orgs;
mod overview;
mod registry;
mod roles;
mod salary;
mod study;
mod view;

pub use careers::CareersTab;
pub use certs::CertsTab;
pub use choose::ChooseTab;
pub use compare::CompareTab;
pub use faq::FaqTab;
pub use orgs::OrgsTab;
pub use overview::OverviewTab;
pub use registry::make;
pub use roles::RolesTab;
pub use salary::SalaryTab;
pub use study::StudyTab;
pub use view::{Ctx, Outcome, Request, TabView};
