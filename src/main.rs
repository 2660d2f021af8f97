//! The `pmpo` binary: parse the command line and dispatch into the library.

fn main() {}
