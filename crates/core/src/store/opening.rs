//! Opening a file: deciding read-only whether it is ours, then creating,
//! claiming or opening it for writing.

mod held;
mod inspect;

pub(crate) use held::*;
use inspect::*;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::migrate::{current_version, migrate, quick_check, reclassify};
use super::{
    APPLICATION_ID, BUSY_TIMEOUT, IntegrityCheck, OPEN_PATIENCE, OpenOptions, SCHEMA_VERSION,
    Store, StoreError, WithPath,
};

/// What the read-only look at a path found.
pub(super) enum Found {
    /// No file: a new database may be made there.
    Missing,
    /// An empty file (what `touch` or a save dialog leaves): also new.
    Blank,
    /// An Undersigned database at schema `version`; `checker` is the
    /// read-only connection the look used.
    /// `None` when the look had to be taken at a copy.
    Ours {
        version: u32,
        checker: Option<Connection>,
        /// Whether the look included a full `quick_check` of the pages.
        checked: bool,
    },
}

/// Opens `path`, retrying for a while when another process holds the lock
/// at that moment (several processes starting on a new file at once).
pub(super) fn open_patiently(path: &Path, options: OpenOptions) -> Result<Store, StoreError> {
    // A file a store of this process holds open is ours and checked: a
    // second store on it (the daily backup's, a restore's) is a plain second
    // connection. The look below would read the file's header through a
    // file handle of its own, and closing that handle drops every lock this
    // process holds on the file (POSIX locks are per process): another
    // program closing the file would then delete the log under the open
    // store, and what it held would be lost.
    if let Some(id) = Held::id_of(path)
        && Held::is_held(id)
    {
        return open_again(path).map(|store| store.holding(path));
    }
    let deadline = Instant::now() + OPEN_PATIENCE;
    let mut pause = Duration::from_millis(5);
    loop {
        match try_open(path, options) {
            Err(StoreError::Locked { .. }) if Instant::now() < deadline => {
                // A little jitter so that racing processes do not retry in step.
                let jitter = u64::from(std::process::id() % 7) + u64::from(now_nanos() % 11);
                std::thread::sleep(pause + Duration::from_millis(jitter));
                pause = (pause * 2).min(Duration::from_millis(200));
            }
            other => {
                return other
                    .map(|store| store.holding(path))
                    .map_err(|e| e.with_path(path));
            }
        }
    }
}

fn now_nanos() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0)
}

fn try_open(path: &Path, options: OpenOptions) -> Result<Store, StoreError> {
    let create = options.create;
    let no_database = || StoreError::NoDatabase {
        path: path.to_path_buf(),
    };
    match inspect(path, options.check)? {
        Found::Missing if !create => Err(no_database()),
        Found::Blank if !create => Err(no_database()),
        Found::Blank if is_read_only_file(path) => Err(StoreError::ReadOnly {
            path: Some(path.to_path_buf()),
        }),
        Found::Missing | Found::Blank => create_new(path),
        Found::Ours {
            version, checker, ..
        } if is_read_only_file(path) => {
            if version < SCHEMA_VERSION {
                return Err(StoreError::ReadOnlyOutdated {
                    path: path.to_path_buf(),
                    found: version,
                    needed: SCHEMA_VERSION,
                });
            }
            let Some(checker) = checker else {
                return Err(StoreError::CannotOpen {
                    path: path.to_path_buf(),
                    reason: "it is read-only, and changes in its -wal log were never folded in (Undersigned did not quit normally)".into(),
                });
            };
            Ok(Store {
                conn: checker,
                path: Some(path.to_path_buf()),
                read_only: true,
                _held: None,
            })
        }
        Found::Ours {
            checker,
            checked,
            version,
        } => {
            // The look's connection must be closed before the file is opened
            // for writing: its read-only index would keep the writer from it.
            drop(checker);
            match open_ours(path, version) {
                Ok(store) => {
                    if checked {
                        record_integrity_check(&store.conn);
                    }
                    Ok(store)
                }
                // Opening for writing needs room for the log; with none left,
                // a command that only reads still reads, through a read-only
                // look at the file (writes are refused as before).
                Err(StoreError::DiskFull { .. }) if !create && version == SCHEMA_VERSION => {
                    match inspect(path, IntegrityCheck::IfNotRecent)? {
                        Found::Ours {
                            checker: Some(conn),
                            ..
                        } => Ok(Store {
                            conn,
                            path: Some(path.to_path_buf()),
                            read_only: true,
                            _held: None,
                        }),
                        _ => Err(StoreError::DiskFull {
                            path: Some(path.to_path_buf()),
                        }),
                    }
                }
                Err(err) => Err(err),
            }
        }
    }
}

/// The file's permissions allow no writing at all (`chmod a-w`). Decided
/// from the mode rather than from a failed write, so it holds for every
/// user, the administrator included.
fn is_read_only_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

/// `path` with `suffix` on its name: `db.sqlite3-wal`.
pub(crate) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// `file:` URI for SQLite, with everything but unreserved characters and
/// `/` percent-encoded, so that spaces, `?`, `#` and `%` in folder names work.
pub(super) fn file_uri(path: &Path, params: &str) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(params);
    uri
}

/// Whether a full check of this file passed within the last day (recorded
/// by whichever program ran it), so that a script calling the command line
/// a thousand times does not read every page a thousand times.
fn checked_lately(conn: &Connection) -> bool {
    conn.query_row(
        "SELECT count(*) > 0 FROM local_state
         WHERE key = 'integrity_checked_at' AND julianday('now') - julianday(value) < 1.0",
        [],
        |row| row.get(0),
    )
    .unwrap_or(false)
}

/// Best effort: a file that cannot record it is simply checked again.
fn record_integrity_check(conn: &Connection) {
    let _ = conn.execute(
        "INSERT INTO local_state (key, value) VALUES ('integrity_checked_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [],
    );
}

/// A new database at a missing or empty path. The file is claimed (its
/// application id written) in a first small transaction, so that a start
/// that stops halfway leaves a file that is recognisably ours.
fn create_new(path: &Path) -> Result<Store, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let classify = |e| StoreError::classify(e, path);
    let mut conn = Connection::open_with_flags(path, flags).map_err(classify)?;
    // A passphrase given for a new file makes it encrypted from its first page.
    super::key::apply(&conn, path)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(classify)?;
    // Another program may have written the file since we looked.
    let (app_id, tables): (i32, i64) = tx
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id()),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .map_err(classify)?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(StoreError::ForeignDatabase {
            path: path.to_path_buf(),
        });
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(classify)?;
    tx.commit().map_err(classify)?;
    let store = finish_open(conn, path)?;
    record_integrity_check(&store.conn);
    Ok(store)
}

/// An existing database of ours, already checked read-only.
fn open_ours(path: &Path, version: u32) -> Result<Store, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let classify = |e| StoreError::classify(e, path);
    let conn = Connection::open_with_flags(path, flags).map_err(classify)?;
    super::key::apply(&conn, path)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    align_sidecar_permissions(path);
    if version > 0 && version < SCHEMA_VERSION {
        // Upgrading changes the file for good: keep it as it was first.
        crate::store::backup::write_copy(
            &conn,
            path,
            crate::store::backup::BackupReason::BeforeMigration,
        )
        .map_err(|e| StoreError::BackupBeforeMigration {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        let _ = crate::store::backup::rotate(path);
    }
    finish_open(conn, path)
}

fn finish_open(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .map_err(classify)?;
    if !mode.eq_ignore_ascii_case("wal") {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(classify)?;
    }
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(classify)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify)?;
    // 32 MB of page cache: searching and paging 100,000 contacts then reads
    // from memory instead of asking the kernel for every page again.
    conn.pragma_update(None, "cache_size", -32_000)
        .map_err(classify)?;
    // Statement journals (one per insert that fires a trigger) stay in
    // memory instead of a temporary file written page by page.
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(classify)?;
    crate::store::order_keys::register(&conn).map_err(classify)?;
    migrate(&mut conn, path)?;
    crate::store::order_keys::bring_up_to_date(&conn).map_err(classify)?;
    crate::store::backup::claim_database_id(&conn);
    Ok(Store {
        conn,
        path: Some(path.to_path_buf()),
        read_only: false,
        _held: None,
    })
}

/// A `-wal` or `-shm` left read-only (SQLite gives them the database's mode,
/// so a database that was once read-only leaves them so) would make every
/// write fail after the database itself is writable again.
fn align_sidecar_permissions(path: &Path) {
    let Ok(main) = std::fs::metadata(path) else {
        return;
    };
    if main.permissions().readonly() {
        return;
    }
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(path, suffix);
        if std::fs::metadata(&side).is_ok_and(|m| m.permissions().readonly()) {
            // Best effort: if this fails, the write that needs it says so.
            let _ = std::fs::set_permissions(&side, main.permissions());
        }
    }
}
