//! Backups: consistent copies of the open database, made through SQLite's
//! online backup (safe while the app and the command line are using the
//! file), checked after writing, kept in a folder of the database's own
//! (`backups/FILE NAME/` beside it) and thinned out by rotation. Restoring
//! goes through SQLite too, so the old write-ahead log can never be
//! replayed onto a restored copy, and takes only a backup of the same
//! database (recognised by the id stored inside it).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::store::{Store, StoreError};

/// The folder beside the database file that holds a folder of backups for
/// each database file beside it.
pub const FOLDER: &str = "backups";

/// How many backups of each kind rotation keeps.
const KEEP_DAILY: usize = 7;
const KEEP_WEEKLY: usize = 4;
const KEEP_BEFORE_MIGRATION: usize = 5;
const KEEP_BEFORE_CHANGE: usize = 5;

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// Asked for ("Back up now", `backup create`). Never removed by rotation.
    Manual,
    /// The first start of a day.
    Daily,
    /// Before the schema is upgraded.
    BeforeMigration,
    /// Before a large import or a merge.
    BeforeChange,
    /// The file as it was before a backup was restored over it: the only
    /// copy of what the restore replaced, so never removed by rotation.
    BeforeRestore,
}

impl BackupReason {
    fn tag(self) -> &'static str {
        match self {
            BackupReason::Manual => "manual",
            BackupReason::Daily => "daily",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeChange => "before-change",
            BackupReason::BeforeRestore => "before-restore",
        }
    }

    fn from_tag(tag: &str) -> Option<BackupReason> {
        Some(match tag {
            "manual" => BackupReason::Manual,
            "daily" => BackupReason::Daily,
            "before-migration" => BackupReason::BeforeMigration,
            "before-change" => BackupReason::BeforeChange,
            "before-restore" => BackupReason::BeforeRestore,
            _ => return None,
        })
    }
}

/// One backup file, as Settings and `backup list` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    /// UTC, `2026-11-28T17:05:09Z`, from the file name.
    pub created_at: String,
    pub reason: BackupReason,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// What `restore` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreReport {
    /// The backup whose contents are now the database.
    pub restored_from: String,
    /// The database as it was just before, kept as a backup of its own.
    pub previous_kept_as: BackupInfo,
}

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@backup", rename_all = "snake_case")]
pub enum BackupError {
    #[error("an in-memory database has no file to back up")]
    NoFile,

    #[error(
        "cannot write the backup {path}: {reason}. Check that the folder is writable and the disk has room."
    )]
    Write { path: PathBuf, reason: String },

    #[error(
        "the backup just written to {path} did not pass its check ({detail}); it was removed. The database itself is unchanged; try again, and check the disk if it happens again."
    )]
    Unsound { path: PathBuf, detail: String },

    #[error("no backup named {name:?} in the backups folder; it may have been removed")]
    NoSuchBackup { name: String },

    #[error("{path} cannot be restored: {reason}. Nothing was changed.")]
    NotRestorable { path: PathBuf, reason: String },

    #[error(
        "{path} is a backup of another database, not of {database}. Nothing was changed. Restore it into the database it was made from (choose that one with --db, or open it in the app)."
    )]
    OtherDatabase { path: PathBuf, database: PathBuf },

    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl crate::store::WithPath for BackupError {
    fn with_path(self, path: &Path) -> Self {
        match self {
            BackupError::Store(err) => BackupError::Store(err.with_path(path)),
            other => other,
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(err: rusqlite::Error) -> Self {
        BackupError::Store(StoreError::from(err))
    }
}

/// The backups folder of the database at `db_path`: `backups/FILE NAME/`
/// beside it, so two databases in one folder never list, rotate or restore
/// each other's backups.
pub fn folder_for(db_path: &Path) -> PathBuf {
    let name = db_path
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_else(|| "undersigned".into());
    db_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(FOLDER)
        .join(name)
}

/// The key in `local_state` of the id that tells one database from another.
/// It travels inside every backup (a backup is a copy of the whole file), so
/// a backup is recognised as this database's own.
const DATABASE_ID: &str = "database_id";

/// The id stored in a database; `None` in a file made before ids were
/// stored, until a writable open gives it one.
pub(crate) fn database_id(conn: &Connection) -> Option<String> {
    conn.query_row(
        "SELECT value FROM local_state WHERE key = ?1",
        [DATABASE_ID],
        |r| r.get(0),
    )
    .ok()
}

/// Gives the database an id if it has none. Best effort: a file that cannot
/// be written now gets one the next time it is opened for writing. Looks
/// first, so opening never writes (a full disk, a busy file) once it has one.
pub(crate) fn claim_database_id(conn: &Connection) {
    if database_id(conn).is_none() {
        let _ = conn.execute(
            "INSERT OR IGNORE INTO local_state (key, value) VALUES (?1, ?2)",
            (DATABASE_ID, crate::store::clock::new_id()),
        );
    }
}

/// A folder only its owner can read: backups hold every name in the database.
fn create_private_dir(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// An empty file only its owner can read or write, for SQLite to fill.
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop)
}

/// Copies the open database into a new backup file, checks the copy with
/// `PRAGMA integrity_check`, then applies rotation. The copy is written
/// under a temporary name and renamed when sound, so a backup file that
/// exists is whole.
pub fn create(store: &Store, reason: BackupReason) -> Result<BackupInfo, BackupError> {
    let db_path = store.path().ok_or(BackupError::NoFile)?;
    let info = write_copy(store.conn(), db_path, reason)?;
    rotate(db_path)?;
    Ok(info)
}

/// Imports of this many rows or more make a backup first.
pub const LARGE_IMPORT_ROWS: usize = 1_000;

/// A backup before a change that rewrites many rows (a merge, a large
/// import). A store held in memory has no file, and gets none.
pub fn before_change(store: &Store) -> Result<Option<BackupInfo>, BackupError> {
    match store.path() {
        Some(_) => create(store, BackupReason::BeforeChange).map(Some),
        None => Ok(None),
    }
}

/// A daily backup, unless one (of any kind) was already made today.
pub fn daily_if_due(store: &Store) -> Result<Option<BackupInfo>, BackupError> {
    let db_path = store.path().ok_or(BackupError::NoFile)?;
    let today = utc_stamp(store.conn())?[..8].to_string();
    let made_today = list(db_path)?
        .iter()
        .any(|b| b.created_at.replace('-', "").starts_with(&today));
    if made_today {
        return Ok(None);
    }
    create(store, BackupReason::Daily).map(Some)
}

pub(crate) fn write_copy(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
) -> Result<BackupInfo, BackupError> {
    let folder = folder_for(db_path);
    let write_failed = |path: &Path, reason: String| BackupError::Write {
        path: path.to_path_buf(),
        reason,
    };
    create_private_dir(&folder).map_err(|e| write_failed(&folder, e.to_string()))?;
    let stem = db_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("undersigned");
    let stamp = utc_stamp(conn)?;
    let name_for = |n: u32| match n {
        1 => format!("{stem}-{stamp}-{}.sqlite3", reason.tag()),
        n => format!("{stem}-{stamp}-{}-{n}.sqlite3", reason.tag()),
    };
    // A copy of this process's own, so two programs backing up the same
    // file in the same second never write into each other's copy.
    let partial = folder.join(format!(
        ".{}.{}-{}.partial",
        name_for(1),
        std::process::id(),
        crate::store::clock::new_id()
    ));

    create_private_file(&partial)
        .map_err(|e| write_failed(&folder.join(name_for(1)), e.to_string()))?;
    // A backup of an encrypted database is encrypted with the same passphrase.
    let key = crate::store::key::key_for(db_path);
    let copied = (|| -> Result<(), rusqlite::Error> {
        let mut out = Connection::open(&partial)?;
        if let Some(key) = &key {
            out.pragma_update(None, "key", key.expose())?;
        }
        {
            let backup = Backup::new(conn, &mut out)?;
            // Small steps with pauses let the app's own writes go on meanwhile.
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        // One self-contained file: no -wal or -shm beside the copy.
        out.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(write_failed(&folder.join(name_for(1)), e.to_string()));
    }
    if let Err(detail) = integrity(&partial, key.as_ref()) {
        let _ = std::fs::remove_file(&partial);
        return Err(BackupError::Unsound {
            path: folder.join(name_for(1)),
            detail,
        });
    }
    // The first free name, taken atomically: a hard link fails when the
    // name exists, where a rename would replace another program's backup.
    let mut n = 1;
    let target = loop {
        let target = folder.join(name_for(n));
        match std::fs::hard_link(&partial, &target) {
            Ok(()) => break target,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                return Err(write_failed(&target, e.to_string()));
            }
        }
    };
    let _ = std::fs::remove_file(&partial);
    describe(&target).ok_or_else(|| write_failed(&target, "it vanished after writing".into()))
}

/// `PRAGMA integrity_check` on a file, read-only.
fn integrity(path: &Path, key: Option<&crate::store::key::Passphrase>) -> Result<(), String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| e.to_string())?;
    crate::store::key::apply_with(&conn, key, path).map_err(|e| e.to_string())?;
    let mut stmt = conn
        .prepare("PRAGMA integrity_check(5)")
        .map_err(|e| e.to_string())?;
    let findings: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| e.to_string())?;
    if findings == ["ok"] {
        Ok(())
    } else {
        Err(findings.join("; "))
    }
}

/// `20261128T170509Z`: sortable, and valid in file names everywhere.
fn utc_stamp(conn: &Connection) -> Result<String, BackupError> {
    Ok(conn.query_row("SELECT strftime('%Y%m%dT%H%M%SZ', 'now')", [], |r| r.get(0))?)
}

/// Reads a backup's date and reason from its name; `None` for other files.
fn describe(path: &Path) -> Option<BackupInfo> {
    let file_name = path.file_name()?.to_str()?.to_string();
    let base = file_name.strip_suffix(".sqlite3")?;
    // stem-YYYYMMDDTHHMMSSZ-reason[-n]
    let (stamp_at, _) = base
        .char_indices()
        .filter(|(_, c)| *c == '-')
        .map(|(i, _)| (i + 1, ()))
        .find(|(i, _)| is_stamp(base.get(*i..*i + 16).unwrap_or("")))?;
    let stamp = &base[stamp_at..stamp_at + 16];
    let rest = base.get(stamp_at + 17..)?;
    let reason_tag = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    let reason_tag = if reason_tag.is_empty() {
        rest
    } else {
        reason_tag
    };
    let reason = BackupReason::from_tag(reason_tag)?;
    let size_bytes = std::fs::metadata(path).ok()?.len();
    let created_at = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &stamp[0..4],
        &stamp[4..6],
        &stamp[6..8],
        &stamp[9..11],
        &stamp[11..13],
        &stamp[13..15]
    );
    Some(BackupInfo {
        path: path.display().to_string(),
        file_name: file_name.clone(),
        created_at,
        reason,
        size_bytes,
    })
}

fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b[8] == b'T'
        && b[15] == b'Z'
        && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit)
}

/// The backups of the database at `db_path`, newest first.
pub fn list(db_path: &Path) -> Result<Vec<BackupInfo>, BackupError> {
    let folder = folder_for(db_path);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(BackupError::Write {
                path: folder,
                reason: e.to_string(),
            });
        }
    };
    let mut found: Vec<BackupInfo> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| describe(&entry.path()))
        .collect();
    found.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
    Ok(found)
}

/// Thins out automatic backups: the newest of each of the last 7 days, the
/// newest of each of the last 4 weeks, the last 5 made before a migration,
/// and the last 5 made before a large import or a merge. Backups made on
/// request and the copies kept before a restore (each the only copy of what
/// that restore replaced) are never removed.
pub fn rotate(db_path: &Path) -> Result<Vec<BackupInfo>, BackupError> {
    let all = list(db_path)?;
    let mut keep = vec![false; all.len()];
    let mut days: Vec<&str> = Vec::new();
    let mut weeks: Vec<i64> = Vec::new();
    let mut migrations = 0;
    let mut changes = 0;
    for (i, backup) in all.iter().enumerate() {
        match backup.reason {
            BackupReason::Manual | BackupReason::BeforeRestore => keep[i] = true,
            BackupReason::Daily => {
                let day = &backup.created_at[..10];
                if !days.contains(&day) && days.len() < KEEP_DAILY {
                    days.push(day);
                    keep[i] = true;
                }
                let week = week_number(day);
                if !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
                    weeks.push(week);
                    keep[i] = true;
                }
            }
            BackupReason::BeforeMigration => {
                migrations += 1;
                keep[i] = migrations <= KEEP_BEFORE_MIGRATION;
            }
            BackupReason::BeforeChange => {
                changes += 1;
                keep[i] = changes <= KEEP_BEFORE_CHANGE;
            }
        }
    }
    remove_stale_partials(&folder_for(db_path));
    let mut removed = Vec::new();
    for (backup, keep) in all.into_iter().zip(keep) {
        if !keep && std::fs::remove_file(&backup.path).is_ok() {
            removed.push(backup);
        }
    }
    Ok(removed)
}

/// A backup cut short (the program killed while writing) leaves its
/// `.NAME.partial` file; one older than an hour is no backup in progress.
fn remove_stale_partials(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(std::result::Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > Duration::from_secs(3600));
        if name.starts_with('.') && name.ends_with(".partial") && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Weeks since 1970-01-05 (a Monday), from `YYYY-MM-DD`.
fn week_number(day: &str) -> i64 {
    let parse = |r: std::ops::Range<usize>| day.get(r).and_then(|s| s.parse::<i64>().ok());
    let (Some(y), Some(m), Some(d)) = (parse(0..4), parse(5..7), parse(8..10)) else {
        return 0;
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days - 4).div_euclid(7)
}

/// Restores the backup called `file_name` from the database's own backups
/// folder. Only a name from that folder's list is accepted, so a name can
/// never lead anywhere else on the disk (`../`, an absolute path).
pub fn restore_named(db_path: &Path, file_name: &str) -> Result<RestoreReport, BackupError> {
    let chosen = list(db_path)?
        .into_iter()
        .find(|b| b.file_name == file_name)
        .ok_or_else(|| BackupError::NoSuchBackup {
            name: file_name.to_string(),
        })?;
    restore(db_path, Path::new(&chosen.path))
}

/// Replaces the contents of the database at `db_path` with those of
/// `backup`. The backup is checked first (an Undersigned database, sound,
/// not from a newer version, a backup of this database and not another's);
/// the current contents are kept as a backup of their own; then the backup
/// is copied in through SQLite, which takes the database's locks and
/// rewrites its log, so nothing stale is replayed. There must be a
/// database at `db_path`: a mistyped path is an error, not a new file.
pub fn restore(db_path: &Path, backup: &Path) -> Result<RestoreReport, BackupError> {
    let not_restorable = |reason: String| BackupError::NotRestorable {
        path: backup.to_path_buf(),
        reason,
    };
    if !backup.is_file() {
        return Err(not_restorable("there is no such file".into()));
    }
    // Checked and, if it is from an older version, brought up to date as a
    // copy: the backup file itself is never written to.
    let scratch = tempfile::tempdir().map_err(|e| not_restorable(e.to_string()))?;
    let staged = scratch.path().join("restore.sqlite3");
    std::fs::copy(backup, &staged).map_err(|e| not_restorable(e.to_string()))?;
    // A copy made while its program ran (or after a crash) keeps its latest
    // changes in its log: taken along, SQLite folds them in when the staged
    // copy opens (its index is rebuilt, so that is not copied).
    let log = crate::store::sidecar(backup, "-wal");
    if std::fs::metadata(&log).is_ok_and(|m| m.len() > 0) {
        std::fs::copy(&log, crate::store::sidecar(&staged, "-wal"))
            .map_err(|e| not_restorable(e.to_string()))?;
    }
    // A backup of an encrypted database opens with the database's passphrase.
    let key = crate::store::key::key_for(db_path);
    if let Some(key) = &key {
        crate::store::key::unlock(&staged, key.clone());
    }
    let source = Store::open_existing(&staged).map_err(|e| not_restorable(why_not(&e)));
    let checked = integrity(&staged, crate::store::key::key_for(&staged).as_ref());
    crate::store::key::forget(&staged);
    let source = source?;
    checked.map_err(|detail| not_restorable(format!("it is damaged ({detail})")))?;

    let mut current = Store::open_existing(db_path)?;
    if let (Some(theirs), Some(ours)) = (database_id(source.conn()), database_id(current.conn()))
        && theirs != ours
    {
        return Err(BackupError::OtherDatabase {
            path: backup.to_path_buf(),
            database: db_path.to_path_buf(),
        });
    }
    let previous_kept_as = write_copy(current.conn(), db_path, BackupReason::BeforeRestore)?;
    {
        let conn = current.conn_mut();
        let copy = Backup::new(source.conn(), conn)?;
        copy.run_to_completion(256, Duration::from_millis(0), None)?;
    }
    drop(current);
    // Open once more so the restored copy is migrated and checked like any file.
    drop(Store::open_existing(db_path)?);
    rotate(db_path)?;
    Ok(RestoreReport {
        restored_from: backup.display().to_string(),
        previous_kept_as,
    })
}

/// Why a file cannot be restored, said of the file (the messages of
/// [`StoreError`] speak of "the database" at a path, and end in advice for
/// opening it, which a restore does not do).
fn why_not(err: &StoreError) -> String {
    match err {
        StoreError::NotADatabase { .. } => {
            "it is not an Undersigned backup (not a SQLite file)".into()
        }
        StoreError::ForeignDatabase { .. } => {
            "it is a SQLite file of another program, not an Undersigned backup".into()
        }
        StoreError::NoDatabase { .. } => "it is empty".into(),
        StoreError::Corrupt { detail, .. } => format!("it is damaged ({detail})"),
        StoreError::TooNew {
            found, supported, ..
        } => format!(
            "it was written by a newer version of Undersigned (schema {found}; this version knows up to {supported}); update Undersigned first"
        ),
        other => other.to_string().trim_end_matches('.').to_string(),
    }
}

#[cfg(test)]
mod tests;
