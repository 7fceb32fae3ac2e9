//! Deleting sign-ons to the trash, restoring them, and emptying it.

use super::*;

/// Moves endorsements to the trash, logged; they can be restored.
pub fn delete(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut moved = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_some() {
            continue;
        }
        conn.execute(
            "UPDATE endorsements SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
            (id, &at),
        )?;
        log(conn, id, "deleted", None, None, json!({}), &at)?;
        moved += 1;
    }
    Ok(moved)
}

/// Brings endorsements back from the trash, unless the same contact has
/// endorsed the statement again since.
pub fn restore(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut back = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_none() {
            continue;
        }
        let restored = conn.execute(
            "UPDATE endorsements SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            (id, &at),
        );
        match restored {
            Err(err) if is_unique_violation(&err) => {
                return Err(EndorsementError::AlreadyEndorsed { name: found.name });
            }
            other => other?,
        };
        log(conn, id, "restored", None, None, json!({}), &at)?;
        back += 1;
    }
    Ok(back)
}

/// Deletes endorsements in the trash for good, with their log.
pub fn purge(conn: &Connection, ids: &[String]) -> Result<u32> {
    let mut gone = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_none() {
            return Err(EndorsementError::NotInTrash { id: id.clone() });
        }
        gone += conn.execute("DELETE FROM endorsements WHERE id = ?1", [id])? as u32;
    }
    Ok(gone)
}

/// Purges every endorsement of the statement that is in the trash.
pub fn empty_trash(conn: &Connection, statement_id: &str) -> Result<u32> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    Ok(conn.execute(
        "DELETE FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NOT NULL",
        [statement_id],
    )? as u32)
}

// Where we stand ------------------------------------------------------------
