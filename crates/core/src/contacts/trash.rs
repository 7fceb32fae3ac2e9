//! Deleting contacts to the trash, restoring them, and purging them.

use super::*;

/// Moves contacts to the trash. Their endorsements and links stay; they can
/// be restored. Returns how many moved.
pub fn delete(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut moved = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        let changed = conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                kind.table()
            ),
            (id, &at),
        )?;
        if changed > 0 {
            unindex(conn, kind, id)?;
        }
        moved += changed as u32;
    }
    Ok(moved)
}

/// Brings contacts back from the trash.
pub fn restore(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut back = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        let changed = conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL, merged_into = NULL, updated_at = ?2
                  WHERE id = ?1 AND deleted_at IS NOT NULL",
                kind.table()
            ),
            (id, &at),
        )?;
        if changed > 0 {
            reindex(conn, kind, id)?;
        }
        back += changed as u32;
    }
    Ok(back)
}

/// Removes contacts in the trash for good. Their tags and invitations go
/// with them; endorsements stay, by their printed names, unlinked; people
/// of a purged organization stay, without an organization.
pub fn purge(conn: &Connection, ids: &[String]) -> Result<u32> {
    for id in ids {
        let kind = kind_of(conn, id)?;
        let trashed: bool = conn.query_row(
            &format!(
                "SELECT deleted_at IS NOT NULL FROM {} WHERE id = ?1",
                kind.table()
            ),
            [id],
            |r| r.get(0),
        )?;
        if !trashed {
            return Err(ContactError::NotInTrash {
                kind: kind.as_str(),
                id: id.clone(),
            });
        }
    }
    let mut gone = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        gone += conn.execute(&format!("DELETE FROM {} WHERE id = ?1", kind.table()), [id])? as u32;
    }
    Ok(gone)
}

/// Empties the contacts' trash: every contact in it is purged (records that
/// were merged away stay until their merge is too old to undo: never, for
/// now, so they stay).
pub fn empty_trash(conn: &Connection) -> Result<u32> {
    let ids: Vec<String> = conn
        .prepare(
            "SELECT id FROM organizations WHERE deleted_at IS NOT NULL AND merged_into IS NULL
             UNION ALL SELECT id FROM people WHERE deleted_at IS NOT NULL AND merged_into IS NULL",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    purge(conn, &ids)
}
