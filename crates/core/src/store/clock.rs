//! Row identity and time. Every row gets a UUID v7 (sortable by creation) and
//! UTC timestamps in one fixed text form, so rows from two organizers' files
//! can be merged and compared as strings.

use rusqlite::Connection;

use crate::store::StoreError;

pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The current UTC time as SQLite sees it, with milliseconds:
/// `2026-11-28T04:02:02.123Z`. Taken from SQLite so that every timestamp in a
/// file comes from one clock and one format.
pub(crate) fn now(conn: &Connection) -> Result<String, StoreError> {
    Ok(
        conn.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", [], |row| {
            row.get(0)
        })?,
    )
}
