//! Looking at a file before opening it: its header, its log or journal,
//! and whether a crash left it needing a look inside.

use super::*;

/// The size and time of a file, to notice that it changed while it was read
/// without locks.
pub(super) fn fingerprint(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// Decides whether `path` is ours without writing anything: the header is
/// read from the file, and SQLite looks inside through a read-only
/// connection that neither creates nor changes a `-wal` or `-shm`.
pub(super) fn inspect(path: &Path, check: IntegrityCheck) -> Result<Found, StoreError> {
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

/// The size and time of the file and its sidecars: the log and its index,
/// and the rollback journal a new file has while it is being claimed.
pub(super) fn disk_state(path: &Path) -> [Option<(u64, std::time::SystemTime)>; 4] {
    [
        fingerprint(path),
        fingerprint(&sidecar(path, "-wal")),
        fingerprint(&sidecar(path, "-shm")),
        fingerprint(&sidecar(path, "-journal")),
    ]
}

pub(super) fn look(path: &Path, len: u64, check: IntegrityCheck) -> Result<Found, StoreError> {
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
    let plain = len == 0 || header.starts_with(SQLITE_MAGIC);
    let key = crate::store::key::key_for(path);
    if plain && key.is_some() && len > 0 {
        // A passphrase given for a file that is not encrypted: it opens as it is.
        crate::store::key::forget(path);
        return look(path, len, check);
    }
    if !plain && key.is_none() {
        return Err(if crate::store::key::looks_encrypted(&header, len) {
            StoreError::Encrypted {
                path: path.to_path_buf(),
            }
        } else {
            StoreError::NotADatabase {
                path: path.to_path_buf(),
            }
        });
    }
    let key = key.as_ref();
    let journal = sidecar(path, "-journal");
    if std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
        return look_past_journal(path, &journal, check, key);
    }
    // An encrypted header cannot be read; this app keeps its files in WAL mode.
    let wal_mode = header.get(18) == Some(&2) || (!plain && key.is_some());

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
        .map_err(classify)
        .and_then(|checker| {
            crate::store::key::apply_with(&checker, key, path)?;
            Ok(checker)
        })
        .and_then(|checker| {
            checker
                .busy_timeout(BUSY_TIMEOUT)
                .map(|()| checker)
                .map_err(classify)
        })
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
            crate::store::key::apply_with(&checker, key, path)?;
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
pub(super) fn look_past_journal(
    path: &Path,
    journal: &Path,
    check: IntegrityCheck,
    key: Option<&crate::store::key::Passphrase>,
) -> Result<Found, StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let (_dir, copy) = copy_with(path, journal, "-journal")?;
    {
        let undo = Connection::open_with_flags(
            &copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(classify)?;
        crate::store::key::apply_with(&undo, key, path)?;
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
    crate::store::key::apply_with(&checker, key, path)?;
    let (version, checked) = look_inside(&checker, path, check)?;
    Ok(Found::Ours {
        version,
        checked,
        checker: None,
    })
}

/// A copy of `path` and one of its sidecars (`-wal`, `-journal`) in a
/// folder of its own, to look at without touching the originals.
pub(super) fn copy_with(
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
    match std::fs::copy(side, sidecar(&copy, suffix)) {
        Ok(_) => Ok((dir, copy)),
        // The process writing the file finished its transaction meanwhile
        // (a journal goes at commit, a log when the last connection
        // closes): the moment passed, so look again.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::Locked {
            path: Some(path.to_path_buf()),
        }),
        Err(e) => Err(cannot_open(e)),
    }
}

/// The size of a `-wal` file's header: a log no longer than this holds no changes.
pub(super) const WAL_HEADER_LEN: u64 = 32;

pub(super) const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

pub(super) fn read_header(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)?
        .take(100)
        .read_to_end(&mut header)?;
    Ok(header)
}

/// Through a read-only connection: is it ours, is it sound, which schema.
pub(super) fn look_inside(
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
