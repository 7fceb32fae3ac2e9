//! Read-only connections beside the one writer. In WAL mode a reader sees
//! the last committed state and never waits for a writer, so the window's
//! lists stay quick while an import, a merge or another program writes.

use std::path::PathBuf;
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

use super::opening::file_uri;
use super::{BUSY_TIMEOUT, StoreError, WithPath};

/// How many idle connections are kept for reuse.
const KEEP_IDLE: usize = 4;

/// A small pool of read-only connections to one database file. The lock
/// guards only the list of idle connections, never a read in progress.
#[derive(Debug)]
pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl Readers {
    pub(super) fn new(path: PathBuf) -> Readers {
        Readers {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `work` on a read-only connection. A write attempted through it
    /// fails with [`StoreError::ReadOnly`].
    pub fn read<T, E>(&self, work: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let conn = match self.take() {
            Some(conn) => conn,
            None => self
                .connect()
                .map_err(|e| E::from(e.with_path(&self.path)))?,
        };
        let result = snapshot(&conn, work);
        self.give_back(conn);
        result
    }

    fn take(&self) -> Option<Connection> {
        self.idle.lock().ok()?.pop()
    }

    fn give_back(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < KEEP_IDLE
        {
            idle.push(conn);
        }
    }

    fn connect(&self) -> Result<Connection, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(file_uri(&self.path, "mode=ro"), flags)?;
        crate::store::key::apply(&conn, &self.path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "cache_size", -16_000)?;
        Ok(conn)
    }
}

/// Runs `work` in one read transaction on `conn`, so that every query it
/// makes sees the same committed state: a count and the rows it counts
/// agree even while another connection commits. Inside a transaction
/// already, `work` simply runs in it.
pub fn snapshot<T, E>(
    conn: &Connection,
    work: impl FnOnce(&Connection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<StoreError>,
{
    if !conn.is_autocommit() {
        return work(conn);
    }
    conn.execute_batch("BEGIN DEFERRED")
        .map_err(|e| E::from(StoreError::from(e)))?;
    let result = work(conn);
    // A read transaction has nothing to keep: ending it either way only
    // lets the next read see newer commits. ROLLBACK also ends one that a
    // failed statement left open.
    let ended = conn.execute_batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" });
    match (result, ended) {
        (Ok(value), Ok(())) => Ok(value),
        (Ok(_), Err(e)) => Err(E::from(StoreError::from(e))),
        (Err(err), _) => Err(err),
    }
}
