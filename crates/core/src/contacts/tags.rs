//! Contacts' tags.

use super::*;

pub(super) fn tags_of(conn: &Connection, kind: ContactKind, id: &str) -> Result<Vec<String>> {
    Ok(crate::store::search_index::tags_of(conn, kind.into(), id)?)
}

pub(super) fn tag_id(conn: &Connection, name: &str, at: &str) -> Result<String> {
    let found: Option<String> = conn
        .prepare_cached("SELECT id FROM tags WHERE name = ?1 AND deleted_at IS NULL")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO tags (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
    )?
    .execute((&id, name, at))?;
    Ok(id)
}

/// Gives a contact these tags, in addition to the ones it has. Returns the
/// ids of the tags that were added.
pub(crate) fn add_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    tags: &[String],
    at: &str,
) -> Result<Vec<String>> {
    let (table, column) = (kind.tag_table(), kind.key_column());
    let mut added = Vec::new();
    for tag in tags {
        let tag = tag_id(conn, tag, at)?;
        let n = conn
            .prepare_cached(&format!(
                "INSERT OR IGNORE INTO {table} (id, {column}, tag_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)"
            ))?
            .execute((new_id(), id, &tag, at))?;
        if n > 0 {
            added.push(tag);
        }
    }
    Ok(added)
}

pub(super) fn set_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    tags: &[String],
    at: &str,
) -> Result<()> {
    let (table, column) = (kind.tag_table(), kind.key_column());
    conn.execute(&format!("DELETE FROM {table} WHERE {column} = ?1"), [id])?;
    add_tags(conn, kind, id, tags, at)?;
    Ok(())
}
