//! pmpo: the Product Manager vs Product Owner explorer.
//!
//! The library holds everything; `main.rs` only parses the command line and dispatches, so that
//! tests and benchmarks can use every module directly. Domain modules (`kb`, `doc`, `export`,
//! `notes`, `salary`, `study`, `store`) never import ratatui; `app`, `tabs` and `ui` are the terminal face.

pub mod action;
pub mod app;
pub mod background;
pub mod cli;
pub mod doc;
pub mod export;
pub mod kb;
pub mod keymap;
pub mod notes;
pub mod salary;
pub mod search;
pub mod store;
pub mod study;
pub mod tab;
pub mod tabs;
pub mod terminal;
pub mod ui;
