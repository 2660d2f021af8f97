//! The knowledge base: its serde model, where it is loaded from, and its semantic validation.
//!
//! Nothing here draws to a terminal; the app and the command line both build on it.

pub mod model;

pub use model::*;
