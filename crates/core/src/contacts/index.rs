//! The contacts' search index, as contacts see it: each write brings the
//! contact's entry in step (the index itself is the store's, see
//! `store::search_index`).

use super::*;
pub(crate) use crate::store::search_index::IndexEntry;
use crate::store::search_index::{self, Indexed};

impl From<ContactKind> for Indexed {
    fn from(kind: ContactKind) -> Indexed {
        match kind {
            ContactKind::Organization => Indexed::Organization,
            ContactKind::Person => Indexed::Person,
        }
    }
}

/// Brings the search index in step with one contact's stored fields.
pub(crate) fn reindex(conn: &Connection, kind: ContactKind, id: &str) -> Result<()> {
    Ok(search_index::index(conn, kind.into(), id, false)?)
}

/// One contact's entry, to be written later with others in one batch.
pub(super) fn index_entry(conn: &Connection, kind: ContactKind, id: &str) -> Result<IndexEntry> {
    Ok(search_index::entry(conn, kind.into(), id)?)
}

/// Writes entries gathered during a bulk write in one batch.
pub(crate) fn write_index(conn: &Connection, entries: &[IndexEntry]) -> Result<()> {
    Ok(search_index::write(conn, entries)?)
}

/// Indexes one contact; `fresh` when it was just inserted.
pub(super) fn index_contact(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    fresh: bool,
) -> Result<()> {
    Ok(search_index::index(conn, kind.into(), id, fresh)?)
}

/// Takes a contact out of the search index (it went to the trash).
pub(crate) fn unindex(conn: &Connection, kind: ContactKind, id: &str) -> Result<()> {
    Ok(search_index::unindex(conn, kind.into(), id)?)
}
