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

/// The tags of a contact just inserted with `given`, as its search entry
/// lists them: none to read back when none were given.
pub(super) fn inserted_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    given: &[String],
) -> Result<String> {
    if given.is_empty() {
        return Ok(String::new());
    }
    Ok(search_index::tags_of(conn, kind.into(), id)?.join(" "))
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
