//! Turning a database file encrypted, plain again, or to another
//! passphrase, crash-safe: the converted copy is written beside the file,
//! checked (every table's rows counted against the file's, and its pages
//! checked), then moved over it in one rename. Killed at any moment, the
//! file opens as it was before or as it is after. The file's backups follow
//! it, each converted the same way.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::key::{self, MIN_PASSPHRASE_CHARS, Passphrase};
use super::{Store, StoreError};

/// What a conversion changed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Converted {
    pub path: String,
    /// Whether the file is encrypted now.
    pub encrypted: bool,
    /// How many of its backups were converted with it.
    pub backups: u32,
}

/// Encrypts the plain file at `path` with `new`, and its backups.
/// Run again after an interruption, it finishes what is left (backups).
pub fn encrypt(path: &Path, new: &Passphrase) -> Result<Converted, StoreError> {
    check_new(new)?;
    match state_of(path, Some(new))? {
        State::Plain => convert_file(path, None, Some(new), "encrypted")?,
        State::OpensWith => {}
        State::Encrypted => {
            return Err(StoreError::AlreadyEncrypted {
                path: path.to_path_buf(),
            });
        }
    }
    key::unlock(path, new.clone());
    let backups = convert_backups(path, None, Some(new))?;
    Ok(Converted {
        path: path.display().to_string(),
        encrypted: true,
        backups,
    })
}

/// Decrypts the file at `path`, encrypted with `current`, and its backups.
pub fn decrypt(path: &Path, current: &Passphrase) -> Result<Converted, StoreError> {
    match state_of(path, Some(current))? {
        State::OpensWith => convert_file(path, Some(current), None, "decrypted")?,
        State::Plain => {}
        State::Encrypted => {
            return Err(StoreError::WrongPassphrase {
                path: path.to_path_buf(),
            });
        }
    }
    key::forget(path);
    let backups = convert_backups(path, Some(current), None)?;
    Ok(Converted {
        path: path.display().to_string(),
        encrypted: false,
        backups,
    })
}

/// Encrypts the file at `path` and its backups with `new` instead of `current`.
pub fn change_passphrase(
    path: &Path,
    current: &Passphrase,
    new: &Passphrase,
) -> Result<Converted, StoreError> {
    check_new(new)?;
    match state_of(path, Some(current))? {
        State::OpensWith => convert_file(path, Some(current), Some(new), "re-encrypted")?,
        State::Plain => {
            return Err(StoreError::NotEncrypted {
                path: path.to_path_buf(),
            });
        }
        // Already done before an interruption: the new one opens it.
        State::Encrypted if opens_with(path, Some(new)) => {}
        State::Encrypted => {
            return Err(StoreError::WrongPassphrase {
                path: path.to_path_buf(),
            });
        }
    }
    key::unlock(path, new.clone());
    let backups = convert_backups(path, Some(current), Some(new))?;
    Ok(Converted {
        path: path.display().to_string(),
        encrypted: true,
        backups,
    })
}

fn check_new(new: &Passphrase) -> Result<(), StoreError> {
    if new.expose().trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::WeakPassphrase {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

enum State {
    /// A plain SQLite file.
    Plain,
    /// Encrypted, and the passphrase given opens it.
    OpensWith,
    /// Encrypted, and the passphrase given does not open it.
    Encrypted,
}

fn state_of(path: &Path, with: Option<&Passphrase>) -> Result<State, StoreError> {
    if !path.is_file() {
        return Err(StoreError::NoDatabase {
            path: path.to_path_buf(),
        });
    }
    if opens_with(path, None) {
        Ok(State::Plain)
    } else if opens_with(path, with) {
        Ok(State::OpensWith)
    } else {
        Ok(State::Encrypted)
    }
}

/// Whether `key` (none: plain) opens the file: its first page reads.
fn opens_with(path: &Path, key: Option<&Passphrase>) -> bool {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = Connection::open_with_flags(path, flags) else {
        return false;
    };
    if key::apply_with(&conn, key, path).is_err() {
        return false;
    }
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .is_ok()
}

/// The name of the copy being written beside `path`.
fn converting(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.converting"))
}

/// Every table's name and row count, to compare a copy with its source.
fn counts(conn: &Connection, schema: &str) -> Result<Vec<(String, i64)>, rusqlite::Error> {
    let names: Vec<String> = conn
        .prepare(&format!(
            "SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ))?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for name in names {
        // Virtual tables' shadow tables are counted; the virtual table itself is read through them.
        let sql: Option<String> = conn.query_row(
            &format!("SELECT sql FROM {schema}.sqlite_schema WHERE name = ?1"),
            [&name],
            |r| r.get(0),
        )?;
        if sql.is_some_and(|s| s.to_ascii_uppercase().starts_with("CREATE VIRTUAL")) {
            continue;
        }
        let n: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM {schema}.\"{}\"",
                name.replace('"', "\"\"")
            ),
            [],
            |r| r.get(0),
        )?;
        out.push((name, n));
    }
    Ok(out)
}

/// Writes `conn`'s main database into the empty file `copy`, encrypted
/// with `to` (plain for none), with its version and application id, and
/// checks every table came across whole.
fn export_to(conn: &Connection, copy: &Path, to: Option<&Passphrase>) -> Result<(), String> {
    let sql = |e: rusqlite::Error| e.to_string();
    conn.execute(
        "ATTACH DATABASE ?1 AS converted KEY ?2",
        rusqlite::params![copy.to_string_lossy(), to.map_or("", |k| k.expose())],
    )
    .map_err(sql)?;
    let exported = (|| {
        conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))
            .map_err(sql)?;
        for pragma in ["user_version", "application_id"] {
            let value: i64 = conn
                .query_row(&format!("PRAGMA main.{pragma}"), [], |r| r.get(0))
                .map_err(sql)?;
            conn.execute_batch(&format!("PRAGMA converted.{pragma} = {value}"))
                .map_err(sql)?;
        }
        let theirs = counts(conn, "converted").map_err(sql)?;
        let ours = counts(conn, "main").map_err(sql)?;
        if theirs != ours {
            return Err(format!("{theirs:?} rows copied of {ours:?}"));
        }
        Ok(())
    })();
    let detached = conn.execute_batch("DETACH DATABASE converted").map_err(sql);
    exported.and(detached)
}

/// The database file itself: opened as a store (checked, brought up to
/// date), its log folded in, copied converted, the copy checked, moved over.
fn convert_file(
    path: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
    step: &'static str,
) -> Result<(), StoreError> {
    match from {
        Some(k) => key::unlock(path, k.clone()),
        None => key::forget(path),
    }
    let copy = converting(path);
    let _ = std::fs::remove_file(&copy);
    let failed = |detail: String| StoreError::ConversionFailed {
        path: path.to_path_buf(),
        step,
        detail,
    };
    {
        let store = Store::open_existing(path)?;
        let conn = store.conn();
        // Out of WAL mode folds the log into the file, and is refused while
        // another program has the file open.
        let mode: String = conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
            .map_err(|e| match StoreError::classify(e, path) {
                StoreError::Locked { .. } => StoreError::InUse {
                    path: path.to_path_buf(),
                },
                other => other,
            })?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(StoreError::InUse {
                path: path.to_path_buf(),
            });
        }
        let written = super::backup::create_private_file(&copy)
            .map_err(|e| e.to_string())
            .and_then(|()| export_to(conn, &copy, to));
        if let Err(detail) = written {
            let _ = std::fs::remove_file(&copy);
            let _ = conn.pragma_update(None, "journal_mode", "WAL");
            return Err(failed(detail));
        }
    }
    // The copy alone, opened with its new key: sound, every page.
    let checked = (|| -> Result<(), String> {
        let conn = Connection::open(&copy).map_err(|e| e.to_string())?;
        key::apply_with(&conn, to, &copy).map_err(|e| e.to_string())?;
        let verdict: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        if verdict != "ok" {
            return Err(verdict);
        }
        std::fs::File::open(&copy)
            .and_then(|f| f.sync_all())
            .map_err(|e| e.to_string())
    })();
    if let Err(detail) = checked {
        let _ = std::fs::remove_file(&copy);
        return Err(failed(detail));
    }
    std::fs::rename(&copy, path).map_err(|e| {
        let _ = std::fs::remove_file(&copy);
        failed(e.to_string())
    })?;
    if let Some(dir) = path.parent().and_then(|d| std::fs::File::open(d).ok()) {
        let _ = dir.sync_all();
    }
    match to {
        Some(k) => key::unlock(path, k.clone()),
        None => key::forget(path),
    }
    Ok(())
}

/// Each backup of the file still as it was (`from`) converted to `to`;
/// backups already converted are left as they are. Returns how many changed.
fn convert_backups(
    db_path: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
) -> Result<u32, StoreError> {
    let backups = super::backup::list(db_path).map_err(|e| StoreError::CannotOpen {
        path: db_path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut converted = 0;
    for backup in backups {
        let path = PathBuf::from(&backup.path);
        if opens_with(&path, to) || !opens_with(&path, from) {
            // Converted already, or not a copy of this file as it was: left alone.
            continue;
        }
        let copy = converting(&path);
        let _ = std::fs::remove_file(&copy);
        let done = (|| -> Result<(), String> {
            super::backup::create_private_file(&copy).map_err(|e| e.to_string())?;
            let conn = Connection::open(&path).map_err(|e| e.to_string())?;
            key::apply_with(&conn, from, &path).map_err(|e| e.to_string())?;
            export_to(&conn, &copy, to)?;
            drop(conn);
            if !opens_with(&copy, to) {
                return Err("the converted copy does not match it".into());
            }
            std::fs::File::open(&copy)
                .and_then(|f| f.sync_all())
                .map_err(|e| e.to_string())?;
            std::fs::rename(&copy, &path).map_err(|e| e.to_string())
        })();
        if let Err(detail) = done {
            let _ = std::fs::remove_file(&copy);
            return Err(StoreError::ConversionFailed {
                path,
                step: "backup",
                detail,
            });
        }
        converted += 1;
    }
    Ok(converted)
}
