//! Noticing that another program (the command line, a second window, a
//! newer version of Undersigned) changed the file, so the window can show
//! it without a click, and stop writing if the schema moved past it.

use serde::Serialize;
use ts_rs::TS;

use super::opening::file_uri;
use super::{BUSY_TIMEOUT, Connection, SCHEMA_VERSION, StoreError, current_version};

/// What changed in the file since the last look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DatabaseChange {
    /// Rows changed: lists should be read again.
    Changed,
    /// A newer version of Undersigned upgraded the file while it was open:
    /// this version must stop writing to it.
    #[serde(rename_all = "camelCase")]
    NewerSchema { found: u32, supported: u32 },
}

/// Looks at `PRAGMA data_version` on a connection of its own: the number
/// moves whenever any other connection commits.
#[derive(Debug)]
pub struct ChangeWatcher {
    conn: Connection,
    seen: i64,
}

impl ChangeWatcher {
    /// Watches the database file at `path`, which must already be open
    /// (and so checked and migrated) elsewhere.
    pub fn open(path: &std::path::Path) -> Result<ChangeWatcher, StoreError> {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
            | rusqlite::OpenFlags::SQLITE_OPEN_URI
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(file_uri(path, "mode=ro"), flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let seen = data_version(&conn)?;
        Ok(ChangeWatcher { conn, seen })
    }

    /// `None` when nothing was committed since the last call.
    pub fn poll(&mut self) -> Result<Option<DatabaseChange>, StoreError> {
        let now = data_version(&self.conn)?;
        if now == self.seen {
            return Ok(None);
        }
        self.seen = now;
        let found = current_version(&self.conn)?;
        if found > SCHEMA_VERSION {
            return Ok(Some(DatabaseChange::NewerSchema {
                found,
                supported: SCHEMA_VERSION,
            }));
        }
        Ok(Some(DatabaseChange::Changed))
    }
}

fn data_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA data_version", [], |row| row.get(0))?)
}
