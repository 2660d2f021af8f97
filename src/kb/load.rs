//! Finding and reading a knowledge base: the sources in order of precedence, the RON parse with
//! positions, and the refusals (too large, not UTF-8, a directory) that happen before parsing.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::{KbError, KnowledgeBase, validate, version};

/// The knowledge base built into the binary.
pub const EMBEDDED: &str = include_str!("../../assets/knowledge.ron");

/// The name the embedded knowledge base goes by in messages.
pub const EMBEDDED_NAME: &str = "<embedded>";

/// Files larger than this are refused before they are read: no real knowledge base comes close,
/// and reading an arbitrary large file into memory is not worth the risk.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The environment variable that names a knowledge base file.
pub const ENV_VAR: &str = "PMPO_KB";

/// Where a knowledge base can come from, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// `--kb FILE` on the command line.
    Flag,
    /// The `PMPO_KB` environment variable.
    Env,
    /// `knowledge.ron` in the user's configuration directory.
    ConfigDir,
    /// The default built into the binary.
    Embedded,
}

impl SourceKind {
    /// How the source is named to the user.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Flag => "--kb",
            SourceKind::Env => ENV_VAR,
            SourceKind::ConfigDir => "config",
            SourceKind::Embedded => "embedded",
        }
    }
}

/// One place a knowledge base may be read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Which kind of source.
    pub kind: SourceKind,
    /// The file, or `None` when the source is not given (no flag, variable unset) or embedded.
    pub path: Option<PathBuf>,
}

impl Candidate {
    /// Whether this candidate is given at all (a flag passed, a variable set, a file that exists,
    /// or the embedded default, which always is).
    pub fn is_present(&self) -> bool {
        match (self.kind, &self.path) {
            (SourceKind::Embedded, _) => true,
            (SourceKind::ConfigDir, Some(path)) => path.exists(),
            (_, path) => path.is_some(),
        }
    }

    /// The name used in messages: the path as given, or `<embedded>`.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => EMBEDDED_NAME.to_string(),
        }
    }
}

/// Every candidate source in order of precedence, given the `--kb` flag and the environment.
///
/// `env` is the value of `PMPO_KB` (an empty value counts as unset); `config_dir` is the user's
/// configuration directory, when the platform has one.
pub fn candidates(flag: Option<&Path>, env: Option<&str>, config_dir: Option<&Path>) -> [Candidate; 4] {
    [
        Candidate { kind: SourceKind::Flag, path: flag.map(Path::to_path_buf) },
        Candidate { kind: SourceKind::Env, path: env.filter(|value| !value.is_empty()).map(PathBuf::from) },
        Candidate { kind: SourceKind::ConfigDir, path: config_dir.map(|dir| dir.join("knowledge.ron")) },
        Candidate { kind: SourceKind::Embedded, path: None },
    ]
}

/// The candidates for this process: `--kb`, `PMPO_KB` and the platform's configuration directory.
pub fn candidates_from_environment(flag: Option<&Path>) -> [Candidate; 4] {
    let env = std::env::var(ENV_VAR).ok();
    let dirs = directories::ProjectDirs::from("", "", "pmpo");
    candidates(flag, env.as_deref(), dirs.as_ref().map(directories::ProjectDirs::config_dir))
}

/// The candidate that wins: the first one present.
pub fn active(candidates: &[Candidate]) -> &Candidate {
    candidates.iter().find(|candidate| candidate.is_present()).unwrap_or(&candidates[candidates.len() - 1])
}

/// Loads and validates the knowledge base from a candidate source.
pub fn load(candidate: &Candidate) -> Result<KnowledgeBase, KbError> {
    match (&candidate.path, candidate.kind) {
        // A file the user may have forgotten the shell names: say which variable did.
        (Some(path), SourceKind::Env) => {
            load_file(path).map_err(|error| KbError::NamedBy { variable: ENV_VAR, error: Box::new(error) })
        }
        (Some(path), _) => load_file(path),
        (None, _) => KnowledgeBase::embedded(),
    }
}

/// Reads, parses and validates a knowledge base file.
pub fn load_file(path: &Path) -> Result<KnowledgeBase, KbError> {
    let name = path.display().to_string();
    let bytes = read_limited(path).map_err(|error| match error {
        ReadError::Io(error) => {
            KbError::Io { file: name.clone(), reason: describe_io(&error), source: error }
        }
        ReadError::Directory => KbError::Directory { file: name.clone() },
        ReadError::TooLarge(size) => KbError::TooLarge { file: name.clone(), size },
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|error| {
        let (line, col) = line_col(&bytes[..error.valid_up_to()]);
        KbError::NotUtf8 { file: name.clone(), line, col }
    })?;
    parse(&name, text)
}

/// Parses knowledge-base text without the rules beyond serde's; `name` is used in error messages.
pub(super) fn parse_unvalidated(name: &str, text: &str) -> Result<KnowledgeBase, KbError> {
    // Editors on some systems start UTF-8 files with a byte-order mark; it is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(KbError::Empty { file: name.to_string() });
    }
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES);
    let kb: KnowledgeBase = options.from_str(text).map_err(|error| {
        let (line, col) = next_token(text, error.span.start.line, error.span.start.col);
        let mut message = error.code.to_string();
        // A file for a newer pmpo fails on what this one does not know; say why.
        if let Some(newer) = version::declared(&options, text).filter(|&v| v > version::CURRENT) {
            message = format!(
                "{message} (the file is for knowledge-base version {newer}; this pmpo reads up to \
                 version {}: update pmpo, or start again from `pmpo kb dump`)",
                version::CURRENT
            );
        }
        KbError::Syntax { file: name.to_string(), line, col, message }
    })?;
    Ok(kb)
}

/// Parses and validates knowledge-base text; `name` is used in error messages.
pub fn parse(name: &str, text: &str) -> Result<KnowledgeBase, KbError> {
    let kb = parse_unvalidated(name, text)?;
    validate::validate(&kb).map_err(|invalid| KbError::Invalid {
        file: name.to_string(),
        path: invalid.path,
        message: invalid.message,
    })?;
    Ok(kb)
}

enum ReadError {
    Io(io::Error),
    Directory,
    TooLarge(u64),
}

/// Reads a whole file, refusing directories and anything over [`MAX_BYTES`] — by its size
/// before reading, and again while reading, for files whose size the metadata does not tell
/// (`/dev/zero`, a growing file).
fn read_limited(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    let metadata = file.metadata().map_err(ReadError::Io)?;
    if metadata.is_dir() {
        return Err(ReadError::Directory);
    }
    if metadata.len() > MAX_BYTES {
        return Err(ReadError::TooLarge(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    let read = file.take(MAX_BYTES + 1).read_to_end(&mut bytes);
    match read {
        Ok(_) if bytes.len() as u64 > MAX_BYTES => Err(ReadError::TooLarge(bytes.len() as u64)),
        Ok(_) => Ok(bytes),
        // Reading a directory fails with EISDIR on some systems before metadata says so.
        Err(error) if error.kind() == io::ErrorKind::IsADirectory => Err(ReadError::Directory),
        Err(error) => Err(ReadError::Io(error)),
    }
}

/// A short, lowercase reason for an I/O failure, without the OS error number.
fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => error.to_string(),
    }
}

/// RON reports some errors at the white space before the offending token; pointing at the token
/// itself is what an editor jumping to `FILE:LINE:COL` needs. Positions are 1-based, in characters.
fn next_token(text: &str, line: usize, col: usize) -> (usize, usize) {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let offset = text.get(line_start..).and_then(|rest| rest.char_indices().nth(col.saturating_sub(1)));
    let Some((offset, _)) = offset else {
        return (line, col);
    };
    let from = line_start + offset;
    match text[from..].find(|c: char| !c.is_whitespace()) {
        Some(skipped) if skipped > 0 => line_col(&text.as_bytes()[..from + skipped]),
        _ => (line, col),
    }
}

/// The 1-based line and column just after `prefix` (the column counts characters).
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.rsplit('\n').next().map_or(0, |last| last.chars().count());
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_present_candidate_wins() {
        let flag = Path::new("/tmp/flag.ron");
        let all = candidates(Some(flag), Some("/tmp/env.ron"), None);
        assert_eq!(active(&all).kind, SourceKind::Flag);
        let all = candidates(None, Some("/tmp/env.ron"), None);
        assert_eq!(active(&all).kind, SourceKind::Env);
        let all = candidates(None, Some(""), None);
        assert_eq!(active(&all).kind, SourceKind::Embedded, "an empty PMPO_KB counts as unset");
    }

    #[test]
    fn a_config_file_is_used_only_when_it_exists() {
        let dir = std::env::temp_dir().join("pmpo-load-test-config-missing");
        let all = candidates(None, None, Some(&dir));
        assert_eq!(active(&all).kind, SourceKind::Embedded);
        assert_eq!(all[2].path.as_deref(), Some(dir.join("knowledge.ron").as_path()));
    }

    #[test]
    fn positions_move_past_white_space_to_the_token() {
        let text = "(\n  a: @x,\n)\n(";
        assert_eq!(next_token(text, 2, 5), (2, 6), "the space before @");
        assert_eq!(next_token(text, 2, 6), (2, 6), "already on the token");
        assert_eq!(next_token(text, 3, 2), (4, 1), "across a line end");
        assert_eq!(next_token(text, 9, 9), (9, 9), "out of range stays put");
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_col(b""), (1, 1));
        assert_eq!(line_col(b"ab\ncd"), (2, 3));
        assert_eq!(line_col("é\n€x".as_bytes()), (2, 3));
    }
}
