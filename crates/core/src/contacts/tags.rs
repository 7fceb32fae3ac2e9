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
    // One name, one id on every organizer's laptop (names compare as the
    // index does, without ASCII case), so a shared dataset never holds two.
    let id = crate::store::clock::derived_id(&format!("tag {}", name.to_ascii_lowercase()));
    conn.prepare_cached(
        "INSERT INTO tags (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, deleted_at = NULL,
             updated_at = excluded.updated_at",
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
            .execute((link_id(id, &tag), id, &tag, at))?;
        if n > 0 {
            added.push(tag);
        }
    }
    Ok(added)
}

/// A contact's link to a tag has one id wherever it is made.
fn link_id(contact: &str, tag: &str) -> String {
    crate::store::clock::derived_id(&format!("tag link {contact} {tag}"))
}

/// Leaves the links the contact keeps as they are, removes the others and
/// adds the new: a link unchanged is not written again.
pub(super) fn set_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    tags: &[String],
    at: &str,
) -> Result<()> {
    let (table, column) = (kind.tag_table(), kind.key_column());
    let mut keep = Vec::new();
    for tag in tags {
        if let Some(found) = conn
            .prepare_cached("SELECT id FROM tags WHERE name = ?1 AND deleted_at IS NULL")?
            .query_row([tag], |r| r.get::<_, String>(0))
            .optional()?
        {
            keep.push(found);
        }
    }
    let linked: Vec<(String, String)> = conn
        .prepare_cached(&format!(
            "SELECT id, tag_id FROM {table} WHERE {column} = ?1"
        ))?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (link, tag) in linked {
        if !keep.contains(&tag) {
            conn.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
                .execute([link])?;
        }
    }
    add_tags(conn, kind, id, tags, at)?;
    Ok(())
}
