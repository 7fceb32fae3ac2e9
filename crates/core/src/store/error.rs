//! What can go wrong with the database file, in words that say what to do.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use super::BUSY_TIMEOUT;

/// Shows ` PATH` where the file is known, nothing where it is not.
fn the_file(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map(|p| format!(" {}", p.display()))
        .unwrap_or_default()
}

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@store", rename_all = "snake_case")]
pub enum StoreError {
    #[error(
        "{path} is not an Undersigned database: it is not a SQLite file. Nothing in it was changed. Choose another file, or move this one aside to start a new database there."
    )]
    NotADatabase { path: PathBuf },

    #[error(
        "{path} is encrypted, or is not a database at all: if it is an encrypted Undersigned database, give its passphrase (in UNDERSIGNED_DB_PASSPHRASE, or when asked) to open it. Nothing in it was changed."
    )]
    Encrypted { path: PathBuf },

    #[error(
        "wrong passphrase for {path}; nothing was changed. Type it again, exactly as it was set"
    )]
    WrongPassphrase { path: PathBuf },

    #[error("{path} is encrypted already; to choose another passphrase, change it instead")]
    AlreadyEncrypted { path: PathBuf },

    #[error("{path} is not encrypted; nothing was changed")]
    NotEncrypted { path: PathBuf },

    #[error(
        "a passphrase needs at least {min} characters; a forgotten one cannot be recovered, so choose words you will remember"
    )]
    WeakPassphrase { min: usize },

    #[error(
        "{path} is open in another program (an Undersigned window, or undersigned-cli); close it, then try again. Nothing was changed."
    )]
    InUse { path: PathBuf },

    #[error(
        "the {step} copy of {path} did not pass its check ({detail}); it was removed and the database is unchanged"
    )]
    ConversionFailed {
        path: PathBuf,
        step: &'static str,
        detail: String,
    },

    #[error(
        "{path} is a SQLite file of another program, not an Undersigned database. Nothing in it was changed. Choose another file name."
    )]
    ForeignDatabase { path: PathBuf },

    #[error(
        "the database {path} is damaged ({detail}). Nothing in it was changed. Restore it from a backup copy, or move it aside to start a new one."
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "the database{} is busy: another program (another Undersigned window, or undersigned-cli) kept it locked for more than {} seconds. Nothing was saved; wait for that program to finish or close it, then try again.",
        the_file(.path), BUSY_TIMEOUT.as_secs()
    )]
    Locked { path: Option<PathBuf> },

    #[error(
        "the database{} is read-only, so nothing can be saved in it. To make changes, quit Undersigned, make the file and its folder writable (for example: chmod u+w FILE), then start again.",
        the_file(.path)
    )]
    ReadOnly { path: Option<PathBuf> },

    #[error(
        "no database at {path}. Check the path for a typo. Commands that only read never create a database; to start one there, run a command that writes (statements create) or start the app with --db {path}."
    )]
    NoDatabase { path: PathBuf },

    #[error(
        "cannot open the database {path}: {reason}. Check that the folder exists and that you may write to it."
    )]
    CannotOpen { path: PathBuf, reason: String },

    #[error(
        "the database {path} was written by a newer version of Undersigned (schema {found}, this version knows up to {supported}). Nothing in it was changed. Update Undersigned to open it."
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error(
        "the database {path} is read-only and was made by an older version of Undersigned (schema {found}; this version needs {needed}). Make it writable (for example: chmod u+w FILE) so it can be updated, then start again."
    )]
    ReadOnlyOutdated {
        path: PathBuf,
        found: u32,
        needed: u32,
    },

    #[error(
        "updating the database to schema {version} ({name}) failed: {source}. Nothing was changed."
    )]
    Migration {
        version: u32,
        name: &'static str,
        #[source]
        #[serde(skip)]
        source: rusqlite::Error,
    },

    #[error(
        "the database {path} was set up with schema step {version} ({name}) as another build of Undersigned wrote it, not as this one does. Nothing was changed; open it with the build that made it, and report this."
    )]
    MigrationChanged {
        path: PathBuf,
        version: u32,
        name: &'static str,
    },

    #[error(
        "updating the database to schema {version} ({name}) would break links between rows: {detail}. Nothing was changed; please report this."
    )]
    MigrationBrokeLinks {
        version: u32,
        name: &'static str,
        detail: String,
    },

    #[error(
        "the database {path} needs updating to this version, but the backup made first failed ({reason}). Nothing was changed; free some disk space or make its folder writable, then start again."
    )]
    BackupBeforeMigration { path: PathBuf, reason: String },

    #[error(
        "the disk holding {} is full; nothing was saved. Free some space on it (empty the trash, move large files away), then try again.",
        path.as_ref().map_or_else(|| "the database".to_string(), |p| p.display().to_string())
    )]
    DiskFull { path: Option<PathBuf> },

    #[error("database error: {0}")]
    #[serde(skip)]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    /// A busy or read-only database is the organizer's situation to resolve,
    /// not a bug: those become errors that say what to do.
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path: None }
            }
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path: None },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path: None },
            _ => StoreError::Sqlite(err),
        }
    }
}

/// Whether the file system holding `path` has (next to) no room left.
/// SQLite reports a write that found no room as a full disk only on some
/// paths; on others (growing the log, mapping its index) as an I/O error.
fn disk_is_full(path: &Path) -> bool {
    #[cfg(unix)]
    {
        let probe = if path.exists() {
            path
        } else {
            path.parent().unwrap_or(path)
        };
        rustix::fs::statvfs(probe)
            .is_ok_and(|s| s.f_bavail.saturating_mul(s.f_frsize) < 1024 * 1024)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

fn is_io_error(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(ErrorCode::SystemIoFailure | ErrorCode::DiskFull | ErrorCode::CannotOpen)
    )
}

/// Errors that can name the database file once the caller knows which it is:
/// SQLite's own errors do not say.
pub trait WithPath {
    fn with_path(self, path: &Path) -> Self;
}

impl WithPath for StoreError {
    fn with_path(self, path: &Path) -> Self {
        let known = Some(path.to_path_buf());
        match self {
            StoreError::Locked { path: None } => StoreError::Locked { path: known },
            StoreError::ReadOnly { path: None } => StoreError::ReadOnly { path: known },
            StoreError::DiskFull { path: None } => StoreError::DiskFull { path: known },
            StoreError::Sqlite(err) if is_io_error(&err) && disk_is_full(path) => {
                StoreError::DiskFull { path: known }
            }
            other => other,
        }
    }
}

impl StoreError {
    /// Turns a raw SQLite failure during open into the error that says what is wrong with the file.
    pub(super) fn classify(err: rusqlite::Error, path: &Path) -> StoreError {
        let path = path.to_path_buf();
        match err.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) if super::key::is_encrypted(&path) => {
                StoreError::WrongPassphrase { path }
            }
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path,
                detail: err.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path: Some(path) }
            }
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path: Some(path) },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path: Some(path) },
            Some(ErrorCode::SystemIoFailure) if disk_is_full(&path) => {
                StoreError::DiskFull { path: Some(path) }
            }
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => StoreError::CannotOpen {
                path,
                reason: err.to_string(),
            },
            _ => StoreError::Sqlite(err),
        }
    }
}
