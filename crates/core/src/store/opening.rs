//! Opening a file: deciding read-only whether it is ours, then creating,
//! claiming or opening it for writing.

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

/// A file a store of this process holds open, counted by device and inode.
#[derive(Debug)]
pub(crate) struct Held((u64, u64));

fn held() -> &'static std::sync::Mutex<std::collections::HashMap<(u64, u64), usize>> {
    static HELD: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<(u64, u64), usize>>,
    > = std::sync::OnceLock::new();
    HELD.get_or_init(Default::default)
}

impl Held {
    fn id_of(path: &Path) -> Option<(u64, u64)> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            None
        }
    }

    fn is_held(id: (u64, u64)) -> bool {
        held()
            .lock()
            .is_ok_and(|map| map.get(&id).is_some_and(|n| *n > 0))
    }

    fn take(path: &Path) -> Option<Held> {
        let id = Held::id_of(path)?;
        *held().lock().ok()?.entry(id).or_insert(0) += 1;
        Some(Held(id))
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Ok(mut map) = held().lock()
            && let Some(n) = map.get_mut(&self.0)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                map.remove(&self.0);
            }
        }
    }
}

impl Store {
    fn holding(mut self, path: &Path) -> Store {
        self._held = Held::take(path);
        self
    }
}

/// A second connection to a file this process already holds open as a
/// store: through SQLite alone, set up as the first one was (its schema is
/// current already). Read-only when the file is.
fn open_again(path: &Path) -> Result<Store, StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let read_only = is_read_only_file(path);
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags).map_err(classify)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    if !read_only {
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(classify)?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify)?;
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(classify)?;
    Ok(Store {
        conn,
        path: Some(path.to_path_buf()),
        read_only,
        _held: None,
    })
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

/// The size and time of a file, to notice that it changed while it was read
/// without locks.
fn fingerprint(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// Decides whether `path` is ours without writing anything: the header is
/// read from the file, and SQLite looks inside through a read-only
/// connection that neither creates nor changes a `-wal` or `-shm`.
fn inspect(path: &Path, check: IntegrityCheck) -> Result<Found, StoreError> {
    let cannot_open = |reason: String| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason,
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => return Err(cannot_open(e.to_string())),
    };
    if meta.is_dir() {
        return Err(cannot_open("it is a folder, not a file".into()));
    }
    let before = disk_state(path);
    match look(path, meta.len(), check) {
        // Another process created, folded or removed the log while we
        // looked: what failed may have been the moment, not the file.
        Err(
            StoreError::CannotOpen { .. }
            | StoreError::NotADatabase { .. }
            | StoreError::Corrupt { .. }
            | StoreError::Sqlite(_),
        ) if disk_state(path) != before => Err(StoreError::Locked {
            path: Some(path.to_path_buf()),
        }),
        other => other,
    }
}

/// The size and time of the file and its two sidecars.
fn disk_state(path: &Path) -> [Option<(u64, std::time::SystemTime)>; 3] {
    [
        fingerprint(path),
        fingerprint(&sidecar(path, "-wal")),
        fingerprint(&sidecar(path, "-shm")),
    ]
}

fn look(path: &Path, len: u64, check: IntegrityCheck) -> Result<Found, StoreError> {
    let cannot_open = |reason: String| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason,
    };
    let wal = sidecar(path, "-wal");
    let wal_len = std::fs::metadata(&wal).map(|m| m.len()).ok();
    let shm_exists = sidecar(path, "-shm").exists();
    if len == 0 && wal_len.unwrap_or(0) == 0 {
        return Ok(Found::Blank);
    }
    let header = read_header(path).map_err(|e| cannot_open(e.to_string()))?;
    if len > 0 && !header.starts_with(SQLITE_MAGIC) {
        return Err(StoreError::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    let journal = sidecar(path, "-journal");
    if std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
        return look_past_journal(path, &journal, check);
    }
    let wal_mode = header.get(18) == Some(&2);

    // Pick the way to read that leaves every file as it is.
    let mut _copy = None;
    let mut unlocked = false;
    let uri = match (wal_len, shm_exists) {
        // A log of only its header holds no changes, whatever its index
        // says (one left by a killed process makes a read-only reader retry
        // for seconds, then fail): everything is in the main file.
        (Some(len), _) if len <= WAL_HEADER_LEN => {
            unlocked = true;
            file_uri(path, "immutable=1")
        }
        // A log with content and its index: read both, without writing the index.
        (Some(_), true) => file_uri(path, "mode=ro&readonly_shm=1"),
        // A log with content but no index (SQLite would create one): look at a copy.
        (Some(len), false) if len > 0 => {
            let (dir, copy) = copy_with(path, &wal, "-wal")?;
            let uri = file_uri(&copy, "mode=ro");
            _copy = Some(dir);
            uri
        }
        // Everything is in the main file.
        _ if wal_mode => {
            unlocked = true;
            file_uri(path, "immutable=1")
        }
        _ => file_uri(path, "mode=ro"),
    };
    let before = (fingerprint(path), fingerprint(&wal));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let classify = |e| StoreError::classify(e, path);
    let opened = Connection::open_with_flags(&uri, flags)
        .and_then(|checker| checker.busy_timeout(BUSY_TIMEOUT).map(|()| checker))
        .map_err(classify)
        .and_then(|checker| {
            let looked = look_inside(&checker, path, check);
            looked.map(|found| (checker, found))
        });
    let (checker, looked) = match opened {
        Ok((checker, found)) => (checker, found),
        // An index left half-written by a process that was killed cannot be
        // read without rebuilding it, which a look must not do: SQLite
        // answers "locking protocol" or "cannot recover". The log itself is
        // sound, so look at a copy of the file and its log instead; opening
        // for writing rebuilds the index.
        Err(StoreError::Sqlite(_) | StoreError::ReadOnly { .. })
            if shm_exists && wal_len.is_some() && _copy.is_none() =>
        {
            let (_dir, copy) = copy_with(path, &wal, "-wal")?;
            let checker =
                Connection::open_with_flags(file_uri(&copy, "mode=ro"), flags).map_err(classify)?;
            let (version, checked) = look_inside(&checker, path, check)?;
            return Ok(Found::Ours {
                version,
                checked,
                checker: None,
            });
        }
        Err(_) if unlocked && (fingerprint(path), fingerprint(&wal)) != before => {
            return Err(StoreError::Locked {
                path: Some(path.to_path_buf()),
            });
        }
        Err(err) => return Err(err),
    };
    // Read without locks: if another process changed the file meanwhile,
    // what we saw may be half old, half new. Look again.
    if unlocked && (fingerprint(path), fingerprint(&wal)) != before {
        return Err(StoreError::Locked {
            path: Some(path.to_path_buf()),
        });
    }
    let (version, checked) = looked;
    Ok(Found::Ours {
        version,
        checked,
        // A connection to the copy would read a snapshot, not the file.
        checker: if _copy.is_some() { None } else { Some(checker) },
    })
}

/// A `-journal` beside the file: a transaction was cut short (the process
/// was killed while it wrote) and its undo log is still there. A read-only
/// look cannot roll it back, so the look is taken at a copy where it can;
/// opening the file itself for writing then rolls it back for good.
fn look_past_journal(
    path: &Path,
    journal: &Path,
    check: IntegrityCheck,
) -> Result<Found, StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let (_dir, copy) = copy_with(path, journal, "-journal")?;
    {
        let undo = Connection::open_with_flags(
            &copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(classify)?;
        undo.query_row("PRAGMA schema_version", [], |row| row.get::<_, i64>(0))
            .map_err(classify)?;
    }
    if std::fs::metadata(&copy).map(|m| m.len()).unwrap_or(0) == 0 {
        // The cut-short transaction was the one that claimed a new file.
        return Ok(Found::Blank);
    }
    let checker = Connection::open_with_flags(
        file_uri(&copy, "mode=ro"),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(classify)?;
    let (version, checked) = look_inside(&checker, path, check)?;
    Ok(Found::Ours {
        version,
        checked,
        checker: None,
    })
}

/// A copy of `path` and one of its sidecars (`-wal`, `-journal`) in a
/// folder of its own, to look at without touching the originals.
fn copy_with(
    path: &Path,
    side: &Path,
    suffix: &str,
) -> Result<(tempfile::TempDir, PathBuf), StoreError> {
    let cannot_open = |e: std::io::Error| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let dir = tempfile::tempdir().map_err(cannot_open)?;
    let copy = dir.path().join("check.sqlite3");
    std::fs::copy(path, &copy).map_err(cannot_open)?;
    std::fs::copy(side, sidecar(&copy, suffix)).map_err(cannot_open)?;
    Ok((dir, copy))
}

/// The size of a `-wal` file's header: a log no longer than this holds no changes.
const WAL_HEADER_LEN: u64 = 32;

const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

fn read_header(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)?
        .take(100)
        .read_to_end(&mut header)?;
    Ok(header)
}

/// Through a read-only connection: is it ours, is it sound, which schema.
fn look_inside(
    conn: &Connection,
    path: &Path,
    check: IntegrityCheck,
) -> Result<(u32, bool), StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(classify)?;
    if app_id != APPLICATION_ID {
        return Err(StoreError::ForeignDatabase {
            path: path.to_path_buf(),
        });
    }
    let checked = check == IntegrityCheck::Always || !checked_lately(conn);
    if checked {
        quick_check(conn).map_err(|e| reclassify(e, path))?;
    }
    let version = current_version(conn).map_err(|e| reclassify(e, path))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok((version, checked))
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
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    align_sidecar_permissions(path);
    if version > 0 && version < SCHEMA_VERSION {
        // Upgrading changes the file for good: keep it as it was first.
        crate::store::backup::write_copy(&conn, path, crate::store::backup::BackupReason::BeforeMigration)
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
    migrate(&mut conn, path)?;
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
