//! Where the database file lives: `--db PATH`, else `UNDERSIGNED_DB`, else the
//! OS data directory for the app identifier (the same folder the desktop
//! shell's path resolver uses, so the app and the CLI open the same file).

use std::path::PathBuf;

/// The app identifier; also the name of the folder under the OS data directory.
pub const APP_IDENTIFIER: &str = "org.undersigned.desktop";
/// The database file name inside that folder.
pub const DB_FILE_NAME: &str = "undersigned.sqlite3";
/// Environment variable that overrides the default location.
pub const DB_ENV_VAR: &str = "UNDERSIGNED_DB";

#[derive(Debug, thiserror::Error)]
#[error(
    "cannot find a data directory for this user; pass --db PATH or set {DB_ENV_VAR} to choose where the database lives"
)]
pub struct NoDataDirectory;

#[derive(Debug, thiserror::Error)]
pub enum LocationError {
    #[error(transparent)]
    NoDataDirectory(#[from] NoDataDirectory),

    #[error("cannot create the data folder {}: {source}", folder.display())]
    CreateFolder {
        folder: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The default database path: `<data dir>/org.undersigned.desktop/undersigned.sqlite3`
/// (on Linux `~/.local/share/org.undersigned.desktop/undersigned.sqlite3`).
pub fn default_db_path() -> Result<PathBuf, NoDataDirectory> {
    let base = dirs::data_dir().ok_or(NoDataDirectory)?;
    Ok(base.join(APP_IDENTIFIER).join(DB_FILE_NAME))
}

/// Where the window's language, chosen in Settings, is kept for this user on
/// this computer: `<config dir>/org.undersigned.desktop/window-language`
/// (on Linux `~/.config/…`, or under `XDG_CONFIG_HOME`). Not in the
/// database, which colleagues may share.
pub fn window_language_file() -> Option<PathBuf> {
    Some(
        dirs::config_dir()?
            .join(APP_IDENTIFIER)
            .join("window-language"),
    )
}

/// Picks the database path — an explicit path wins, then the environment
/// variable (when set and not empty), then the default location — and, when it
/// is the default location, creates its folder. A path the user chose must
/// already have its folder, so a typo does not scatter new folders about.
pub fn prepare_db_path(explicit: Option<PathBuf>) -> Result<PathBuf, LocationError> {
    prepare_with(explicit, std::env::var_os(DB_ENV_VAR).map(PathBuf::from))
}

fn prepare_with(
    explicit: Option<PathBuf>,
    from_env: Option<PathBuf>,
) -> Result<PathBuf, LocationError> {
    let chosen = explicit.is_some() || from_env.as_ref().is_some_and(|p| !p.as_os_str().is_empty());
    let path = resolve_with(explicit, from_env)?;
    if !chosen && let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| LocationError::CreateFolder {
            folder: folder.to_path_buf(),
            source,
        })?;
    }
    Ok(path)
}

/// The database path the same way as [`prepare_db_path`], without creating
/// any folder: for commands that only read.
pub fn resolve_db_path(explicit: Option<PathBuf>) -> Result<PathBuf, NoDataDirectory> {
    resolve_with(explicit, std::env::var_os(DB_ENV_VAR).map(PathBuf::from))
}

fn resolve_with(
    explicit: Option<PathBuf>,
    from_env: Option<PathBuf>,
) -> Result<PathBuf, NoDataDirectory> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    match from_env {
        Some(path) if !path.as_os_str().is_empty() => Ok(path),
        _ => default_db_path(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_path_gets_no_new_folders() {
        let dir = std::env::temp_dir().join(format!("undersigned-loc-{}", std::process::id()));
        let typo = dir.join("no such folder").join("db.sqlite3");
        let got = prepare_with(Some(typo.clone()), None).ok();
        assert_eq!(got, Some(typo.clone()));
        assert!(!dir.exists(), "nothing was created for an explicit path");
        let got = prepare_with(None, Some(typo.clone())).ok();
        assert_eq!(got, Some(typo));
        assert!(
            !dir.exists(),
            "nothing was created for a path from the environment"
        );
    }

    #[test]
    fn explicit_path_beats_environment() {
        let got = resolve_with(Some("/a.sqlite3".into()), Some("/b.sqlite3".into()));
        assert_eq!(got.ok(), Some(PathBuf::from("/a.sqlite3")));
    }

    #[test]
    fn environment_beats_default() {
        let got = resolve_with(None, Some("/b.sqlite3".into()));
        assert_eq!(got.ok(), Some(PathBuf::from("/b.sqlite3")));
    }

    #[test]
    fn empty_environment_falls_back_to_default() {
        let got = resolve_with(None, Some(PathBuf::new())).ok();
        let default = default_db_path().ok();
        assert!(default.is_some(), "test machine has a data directory");
        assert_eq!(got, default);
        let default = default.unwrap_or_default();
        assert!(default.ends_with("org.undersigned.desktop/undersigned.sqlite3"));
    }
}
