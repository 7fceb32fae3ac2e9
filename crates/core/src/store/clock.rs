//! Row identity and time. Every row gets a UUID v7 (sortable by creation) and
//! UTC timestamps in one fixed text form, so rows from two organizers' files
//! can be merged and compared as strings.

use rusqlite::Connection;

use crate::store::StoreError;

pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// An id made from `seed` alone, for a row two organizers' files must
/// agree on without talking: the same tag typed on two laptops is one tag,
/// the same contact given the same tag one link. Shaped as a UUID (version
/// 8) beside the v7 ids of every other row.
pub(crate) fn derived_id(seed: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(seed.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
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
