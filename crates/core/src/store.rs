//! The SQLite store: opening a file safely, migrating it, and running writes
//! that belong together in one transaction.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

/// Written into the SQLite header of every Undersigned database ("UNDS"), so
/// another program's SQLite file is recognised and left alone.
const APPLICATION_ID: i32 = 0x554E_4453;

struct Migration {
    version: u32,
    name: &'static str,
    sql: &'static str,
}

/// Embedded at compile time; applied in order, all pending ones in one transaction.
const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "initial",
    sql: include_str!("../migrations/0001_initial.sql"),
}];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].version;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path} is not an Undersigned database: it is not a SQLite file. Choose another file, or move this one aside to start a new database there."
    )]
    NotADatabase { path: PathBuf },

    #[error(
        "{path} is a SQLite file of another program, not an Undersigned database. Choose another file name."
    )]
    ForeignDatabase { path: PathBuf },

    #[error(
        "the database {path} is damaged ({detail}). Restore it from a backup copy, or move it aside to start a new one."
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "the database {path} is locked by another program, perhaps another Undersigned window. Close it and try again."
    )]
    Locked { path: PathBuf },

    #[error(
        "cannot open the database {path}: {reason}. Check that the folder exists and that you may write to it."
    )]
    CannotOpen { path: PathBuf, reason: String },

    #[error(
        "the database {path} was written by a newer version of Undersigned (schema {found}, this version knows up to {supported}). Update Undersigned to open it."
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error(
        "updating the database to schema {version} ({name}) failed: {source}. Nothing was changed."
    )]
    Migration {
        version: u32,
        name: &'static str,
        #[source]
        source: rusqlite::Error,
    },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Turns a raw SQLite failure during open into the error that says what is wrong with the file.
    fn classify(err: rusqlite::Error, path: &Path) -> StoreError {
        let path = path.to_path_buf();
        match err.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path,
                detail: err.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path }
            }
            Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
                StoreError::CannotOpen {
                    path,
                    reason: err.to_string(),
                }
            }
            _ => StoreError::Sqlite(err),
        }
    }
}

/// An open, migrated Undersigned database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database file at `path`, sets it up and brings
    /// its schema up to date. A file that is not an Undersigned database is
    /// refused with an error that says so, and left untouched.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| StoreError::classify(e, path))?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A private database in memory, for tests and scratch work.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Store, StoreError> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        let classify = |e| StoreError::classify(e, &shown);

        conn.busy_timeout(Duration::from_secs(5))
            .map_err(classify)?;
        // The first statement that reads the header is what tells a random
        // file from a database, so it comes before anything that writes.
        let (app_id, tables): (i32, i64) = conn
            .query_row(
                "SELECT (SELECT application_id FROM pragma_application_id()),
                        (SELECT count(*) FROM sqlite_schema WHERE type = 'table')",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(classify)?;
        if tables > 0 && app_id != APPLICATION_ID {
            return Err(StoreError::ForeignDatabase { path: shown });
        }
        quick_check(&conn).map_err(|e| reclassify(e, &shown))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(classify)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(classify)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(classify)?;
        migrate(&mut conn, &shown)?;
        Ok(Store { conn, path })
    }

    /// The connection, for reads and single-statement writes.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The file this store lives in; `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        current_version(&self.conn)
    }

    /// Folds the write-ahead log back into the main file, so that after the
    /// app quits the database is a single file that can be copied as a backup.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Runs `work` in one transaction: it commits only if `work` returns `Ok`,
    /// so a multi-row write lands whole or not at all.
    pub fn with_tx<T, E>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let value = work(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }
}

fn quick_check(conn: &Connection) -> Result<(), StoreError> {
    let mut stmt = conn.prepare("PRAGMA quick_check(5)")?;
    let findings = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    if findings.len() == 1 && findings[0] == "ok" {
        return Ok(());
    }
    Err(StoreError::Corrupt {
        path: conn.path().map(PathBuf::from).unwrap_or_default(),
        detail: findings.join("; "),
    })
}

fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
        [],
        |row| row.get(0),
    )?;
    if !has_table {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_migrations",
        [],
        |row| row.get(0),
    )?)
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let too_new = |found| StoreError::TooNew {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA_VERSION,
    };
    let seen = current_version(conn).map_err(|e| reclassify(e, path))?;
    if seen > SCHEMA_VERSION {
        return Err(too_new(seen));
    }
    if seen == SCHEMA_VERSION {
        return Ok(());
    }

    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::classify(e, path))?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version     INTEGER PRIMARY KEY NOT NULL,
             name        TEXT NOT NULL,
             applied_at  TEXT NOT NULL
         )",
    )?;
    // Another process may have migrated between our look and our lock.
    let from = current_version(&tx)?;
    if from > SCHEMA_VERSION {
        return Err(too_new(from));
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version > from) {
        let failed = |source| StoreError::Migration {
            version: migration.version,
            name: migration.name,
            source,
        };
        tx.execute_batch(migration.sql).map_err(failed)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (migration.version, migration.name),
        )
        .map_err(failed)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

fn reclassify(err: StoreError, path: &Path) -> StoreError {
    match err {
        StoreError::Sqlite(e) => StoreError::classify(e, path),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_from_one() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(
                m.version as usize,
                i + 1,
                "migration {} out of order",
                m.name
            );
        }
    }

    #[test]
    fn fresh_store_is_at_latest_schema_with_foreign_keys_on() -> Result<(), StoreError> {
        let store = Store::open_in_memory()?;
        assert_eq!(store.schema_version()?, SCHEMA_VERSION);
        let fk: i64 = store
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        assert_eq!(fk, 1);
        let app_id: i32 = store
            .conn()
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        assert_eq!(app_id, APPLICATION_ID);
        Ok(())
    }

    #[test]
    fn every_table_has_id_and_timestamps() -> Result<(), StoreError> {
        let store = Store::open_in_memory()?;
        let mut stmt = store.conn().prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
        )?;
        let tables = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        for expected in [
            "settings",
            "statements",
            "statement_revisions",
            "organizations",
            "people",
            "tags",
            "organization_tags",
            "person_tags",
            "endorsements",
            "endorsement_events",
            "invitations",
            "exports",
        ] {
            assert!(
                tables.iter().any(|t| t == expected),
                "missing table {expected}"
            );
        }
        for table in &tables {
            let mut cols = store
                .conn()
                .prepare("SELECT name, pk FROM pragma_table_info(?1)")?;
            let cols = cols
                .query_map([table], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            assert!(
                cols.contains(&("id".into(), 1)),
                "{table}: id is not the primary key"
            );
            for ts in ["created_at", "updated_at"] {
                assert!(cols.iter().any(|(c, _)| c == ts), "{table}: no {ts}");
            }
        }
        Ok(())
    }
}
