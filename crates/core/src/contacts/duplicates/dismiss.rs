//! Pairs the organizer said are not duplicates, and taking that back.

use super::*;

pub(super) fn ordered(a: &str, b: &str) -> (String, String) {
    if a < b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

pub(super) fn dismissed_pairs(
    conn: &Connection,
) -> Result<std::collections::HashSet<(String, String)>> {
    Ok(conn
        .prepare("SELECT first_id, second_id FROM not_duplicates WHERE deleted_at IS NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The organizer says two contacts are not one: the finder stops offering
/// the pair. Saying it again changes nothing.
pub fn dismiss(conn: &Connection, a: &str, b: &str) -> Result<()> {
    if a == b {
        return Err(merge_error(
            "a contact is always itself; choose two contacts",
        ));
    }
    for id in [a, b] {
        crate::contacts::kind_of(conn, id)?;
    }
    let (first, second) = ordered(a, b);
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO not_duplicates (id, first_id, second_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (first_id, second_id) DO UPDATE SET deleted_at = NULL, updated_at = ?4",
        rusqlite::params![new_id(), first, second, at],
    )?;
    Ok(())
}

/// Takes back a "not a duplicate": the pair is offered again.
pub fn undismiss(conn: &Connection, a: &str, b: &str) -> Result<()> {
    let (first, second) = ordered(a, b);
    let at = now(conn)?;
    conn.execute(
        "UPDATE not_duplicates SET deleted_at = ?3, updated_at = ?3
          WHERE first_id = ?1 AND second_id = ?2 AND deleted_at IS NULL",
        rusqlite::params![first, second, at],
    )?;
    Ok(())
}
