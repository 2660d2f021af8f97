//! Where the state lives: the data folder and the file's name in it.

use std::path::PathBuf;

/// The state file's name inside the data folder.
pub const FILE_NAME: &str = "state.ron";

/// The environment variable that overrides the data folder.
pub const ENV_VAR: &str = "PMPO_DATA_DIR";

/// The data folder: `PMPO_DATA_DIR` when set and not empty, else the platform's data directory
/// for pmpo (`~/.local/share/pmpo` on Linux); `None` when the platform has none.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os(ENV_VAR) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "pmpo").map(|dirs| dirs.data_dir().to_path_buf()),
    }
}
