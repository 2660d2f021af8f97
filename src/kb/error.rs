//! Why a knowledge base failed to load, worded for the person who wrote it.
//!
//! Syntax and type errors carry RON's position (`FILE:LINE:COL: message`); semantic errors carry
//! the path of the entry at fault (`FILE: path.to.entry: message`).

/// A knowledge base that could not be loaded or did not validate.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// The file could not be opened or read.
    #[error("{file}: cannot read: {reason}")]
    Io {
        /// The file as named by the user.
        file: String,
        /// Why, in a few words (the OS error's text without its number).
        reason: String,
        /// The error itself, for callers that look at its kind.
        #[source]
        source: std::io::Error,
    },
    /// The path names a directory.
    #[error("{file}: is a directory, not a knowledge base file")]
    Directory {
        /// The path as named by the user.
        file: String,
    },
    /// The file is larger than the limit and was not read.
    #[error("{file}: is {size} bytes; knowledge bases over 16 MiB are refused")]
    TooLarge {
        /// The file as named by the user.
        file: String,
        /// Its size in bytes (at least this many).
        size: u64,
    },
    /// The file is not valid UTF-8.
    #[error("{file}:{line}:{col}: not valid UTF-8 text")]
    NotUtf8 {
        /// The file as named by the user.
        file: String,
        /// The line of the first invalid byte.
        line: usize,
        /// The column (in characters) of the first invalid byte.
        col: usize,
    },
    /// The file holds nothing but white space.
    #[error("{file}:1:1: the file is empty; start from `pmpo kb dump`")]
    Empty {
        /// The file as named by the user.
        file: String,
    },
    /// RON could not parse the text into the model.
    #[error("{file}:{line}:{col}: {message}")]
    Syntax {
        /// The file as named by the user.
        file: String,
        /// The line where RON stopped.
        line: usize,
        /// The column where RON stopped.
        col: usize,
        /// RON's explanation.
        message: String,
    },
    /// A file named by an environment variable did not load: the variable is said too, since
    /// nothing on the command line named the file (`/missing: cannot read: no such file (the
    /// file PMPO_KB names)`).
    #[error("{error} (the file {variable} names)")]
    NamedBy {
        /// The variable, `PMPO_KB`.
        variable: &'static str,
        /// What went wrong with the file.
        #[source]
        error: Box<KbError>,
    },
    /// The text parsed but breaks a rule of the knowledge base.
    #[error("{file}: {path}: {message}")]
    Invalid {
        /// The file as named by the user.
        file: String,
        /// The entry at fault, e.g. `faq[2].answer`.
        path: String,
        /// What is wrong with it.
        message: String,
    },
}
