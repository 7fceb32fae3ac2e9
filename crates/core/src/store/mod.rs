//! The SQLite store: opening a file safely, migrating it, and running writes
//! that belong together in one transaction.

mod backfill;
pub mod backup;
pub(crate) mod clock;
pub mod encryption;
mod error;
pub mod key;
mod migrate;
mod opening;
pub(crate) mod order_keys;
pub(crate) use opening::sidecar;
mod readers;
pub(crate) mod search_index;
mod watch;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Transaction, TransactionBehavior};

pub use error::{StoreError, WithPath};
use migrate::{current_version, migrate};
use opening::open_patiently;
pub use readers::{Readers, snapshot};
/// The connection type every core function takes; re-exported so the
/// shell needs no SQLite crate of its own.
pub use rusqlite::Connection;
pub use watch::{Area, ChangeWatcher, DatabaseChange};

/// Written into the SQLite header of every Undersigned database ("UNDS"), so
/// another program's SQLite file is recognised and left alone.
const APPLICATION_ID: i32 = 0x554E_4453;

pub(crate) struct Migration {
    version: u32,
    name: &'static str,
    sql: &'static str,
    /// Fills what SQL alone cannot (text read by core's rules), in the
    /// same transaction, after `sql`.
    then: Option<fn(&Connection) -> rusqlite::Result<()>>,
}

/// Embedded at compile time; applied in order, all pending ones in one
/// transaction, with foreign keys checked before it commits.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../../migrations/0001_initial.sql"),
        then: None,
    },
    Migration {
        version: 2,
        name: "ready for features",
        sql: include_str!("../../migrations/0002_ready_for_features.sql"),
        then: None,
    },
    Migration {
        version: 3,
        name: "contacts",
        sql: include_str!("../../migrations/0003_contacts.sql"),
        then: None,
    },
    Migration {
        version: 4,
        name: "endorsements",
        sql: include_str!("../../migrations/0004_endorsements.sql"),
        then: None,
    },
    Migration {
        version: 5,
        name: "listed by organization",
        sql: include_str!("../../migrations/0005_listed_by_organization.sql"),
        then: Some(backfill::fill_printed_organizations),
    },
    Migration {
        version: 6,
        name: "not duplicates",
        sql: include_str!("../../migrations/0006_not_duplicates.sql"),
        then: None,
    },
    Migration {
        version: 7,
        name: "derived keys",
        sql: include_str!("../../migrations/0007_derived_keys.sql"),
        then: Some(backfill::derived_keys),
    },
    Migration {
        version: 8,
        name: "words by first letter",
        sql: include_str!("../../migrations/0008_words_by_first_letter.sql"),
        then: Some(backfill::word_index),
    },
    Migration {
        version: 9,
        name: "order keys",
        sql: include_str!("../../migrations/0009_order_keys.sql"),
        then: None,
    },
    Migration {
        version: 10,
        name: "export source encrypted",
        sql: include_str!("../../migrations/0010_export_source_encrypted.sql"),
        then: None,
    },
    Migration {
        version: 11,
        name: "sharing",
        sql: include_str!("../../migrations/0011_sharing.sql"),
        then: None,
    },
];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// How long a connection waits for another one's write lock before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long opening keeps retrying while other processes are creating or
/// migrating the same file at the same moment.
const OPEN_PATIENCE: Duration = Duration::from_secs(15);

/// The schema version recorded in the file behind `conn` (0 for none).
pub fn schema_version(conn: &Connection) -> Result<u32, StoreError> {
    current_version(conn)
}

/// How thoroughly opening looks at a file's pages before using it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntegrityCheck {
    /// `PRAGMA quick_check` every time.
    Always,
    /// Only when no check passed in the last day: the window's start and
    /// the command line, which scripts may call many times in a row on a
    /// large file.
    IfNotRecent,
}

/// What [`Store::open_with`] may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOptions {
    /// Make a new database when there is no file (or an empty one).
    pub create: bool,
    pub check: IntegrityCheck,
}

/// An open, migrated Undersigned database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    /// While this store is open, another open of the same file in this
    /// process goes through SQLite alone (see [`opening::Held`]).
    _held: Option<opening::Held>,
}

impl Store {
    /// Opens the database file at `path`, or creates it when there is none,
    /// sets it up and brings its schema up to date. A file that is not an
    /// Undersigned database is refused with an error that says so, and it,
    /// its `-wal` and its `-shm` are left byte-for-byte as they were.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::open_with(
            path,
            OpenOptions {
                create: true,
                check: IntegrityCheck::Always,
            },
        )
    }

    /// Like [`Store::open`], but a missing or empty file is an error
    /// ([`StoreError::NoDatabase`]) instead of a new database: for commands
    /// that only read, so a mistyped path does not quietly make an empty one.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        Self::open_with(
            path,
            OpenOptions {
                create: false,
                check: IntegrityCheck::Always,
            },
        )
    }

    /// Opens with explicit [`OpenOptions`].
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<Store, StoreError> {
        open_patiently(path, options)
    }

    /// A private database in memory, for tests and scratch work.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        let shown = PathBuf::from(":memory:");
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        order_keys::register(&conn)?;
        migrate(&mut conn, &shown)?;
        order_keys::bring_up_to_date(&conn)?;
        Ok(Store {
            conn,
            path: None,
            read_only: false,
            _held: None,
        })
    }

    /// The connection, for reads and single-statement writes.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The file this store lives in; `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the file's permissions do not allow writing: the store
    /// was opened for reading only and every write fails with
    /// [`StoreError::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// A pool of read-only connections to the same file, for reads that
    /// must not wait behind this store's writes. `None` for an in-memory
    /// store (nothing else can see it) and for a read-only file (whose
    /// readers must not create a `-wal` or `-shm` beside it).
    pub fn readers(&self) -> Option<Readers> {
        match &self.path {
            Some(path) if !self.read_only => Some(Readers::new(path.clone())),
            _ => None,
        }
    }

    /// A watcher that notices commits by other connections and programs
    /// (this store being the writer whose own commits are not reported).
    /// `None` where nothing else can write (in memory, a read-only file).
    pub fn watcher(&self) -> Result<Option<ChangeWatcher>, StoreError> {
        match &self.path {
            Some(path) if !self.read_only => ChangeWatcher::open(path, Some(&self.conn))
                .map(Some)
                .map_err(|e| e.with_path(path)),
            _ => Ok(None),
        }
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        current_version(&self.conn)
    }

    /// Folds the write-ahead log back into the main file, so that after the
    /// app quits the database is a single file that can be copied as a backup.
    /// A checkpoint that another connection's reading or writing held back is
    /// reported as [`StoreError::Locked`], not taken as done.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Ok(());
        }
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy != 0 {
            return Err(StoreError::Locked {
                path: self.path.clone(),
            });
        }
        Ok(())
    }

    /// Rolls back a transaction that work which panicked left open, so the
    /// connection can be used again; what that work wrote is undone.
    pub fn roll_back_abandoned(&self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
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
        let path = self.path.clone();
        let named = |e: rusqlite::Error| {
            let err = StoreError::from(e);
            match &path {
                Some(p) => err.with_path(p),
                None => err,
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(named)?;
        let value = work(&tx)?;
        tx.commit().map_err(named)?;
        Ok(value)
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
               AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'
               -- The search index and its keys are local and derived: never
               -- merged between files, rebuilt from the contacts at will.
               AND name NOT LIKE 'contact_search%' AND name <> 'local_state'
               -- Sharing's bookkeeping is this copy's own (see `share`).
               AND name NOT LIKE 'share_%'",
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
            "invitation_events",
            "exports",
            "signing_keys",
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
