//! pmpo: the Product Manager vs Product Owner explorer.
//!
//! The library holds everything; `main.rs` only parses the command line and dispatches, so that
//! tests and benchmarks can use every module directly. Domain modules (`kb`, `salary`) never import ratatui.

pub mod cli;
pub mod kb;
pub mod print;
pub mod salary;
