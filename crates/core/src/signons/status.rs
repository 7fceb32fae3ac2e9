//! A sign-on's status: confirming, undoing a confirmation, and asking
//! again those who signed an earlier version of the text.

use super::*;

/// Moves an endorsement through review, logging the change. Confirming it
/// marks the invitation it answers as signed.
pub fn set_status(conn: &Connection, id: &str, to: EndorsementStatus) -> Result<Endorsement> {
    let found = live(conn, id)?;
    let at = now(conn)?;
    change_status(conn, id, found.status, to, &at)?;
    get(conn, id)
}

pub(super) fn change_status(
    conn: &Connection,
    id: &str,
    from: EndorsementStatus,
    to: EndorsementStatus,
    at: &str,
) -> Result<()> {
    if !from.can_become(to) {
        return Err(EndorsementError::Transition { from, to });
    }
    let changed = conn
        .prepare_cached(
            "UPDATE endorsements SET status = ?3, updated_at = ?4
              WHERE id = ?1 AND status = ?2 AND deleted_at IS NULL",
        )?
        .execute(params![id, from.as_str(), to.as_str(), at])?;
    if changed == 0 {
        // Changed by someone else since it was read.
        let now_status = get(conn, id)?.status;
        return Err(EndorsementError::Transition {
            from: now_status,
            to,
        });
    }
    log(conn, id, to.event(), Some(from), Some(to), json!({}), at)?;
    if to == EndorsementStatus::Confirmed {
        crate::signons::invitations::answered_by(conn, id, at)?;
    }
    Ok(())
}

/// Confirms every pending sign-on of a statement (of its original, for a
/// translation). Answers the ones confirmed, so that the organizer can undo
/// exactly those.
pub fn confirm_pending(conn: &Connection, statement_id: &str) -> Result<Vec<String>> {
    let home = statements::sign_on_home(conn, statement_id)?;
    live_statement(conn, &home)?;
    let ids = conn
        .prepare(
            "SELECT id FROM endorsements
              WHERE statement_id = ?1 AND status = 'pending' AND deleted_at IS NULL",
        )?
        .query_map([&home], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let at = now(conn)?;
    for id in &ids {
        change_status(
            conn,
            id,
            EndorsementStatus::Pending,
            EndorsementStatus::Confirmed,
            &at,
        )?;
    }
    Ok(ids)
}

/// Takes back confirmations just made: each of these sign-ons whose last
/// event is its confirmation goes back to pending (logged as a correction
/// of its status), and an invitation that confirmation marked signed is
/// open again. A sign-on changed since is left as it is. Answers how many
/// went back.
pub fn undo_confirm(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut undone = 0;
    for id in ids {
        let e = live(conn, id)?;
        let last: Option<String> = conn
            .query_row(
                "SELECT event FROM endorsement_events WHERE endorsement_id = ?1
                  ORDER BY created_at DESC, rowid DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        if e.status != EndorsementStatus::Confirmed || last.as_deref() != Some("confirmed") {
            continue;
        }
        conn.execute(
            "UPDATE endorsements SET status = 'pending', updated_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        log(
            conn,
            id,
            "corrected",
            Some(EndorsementStatus::Confirmed),
            Some(EndorsementStatus::Pending),
            json!({ "status": { "from": "confirmed", "to": "pending" }, "undone": "confirmed" }),
            &at,
        )?;
        crate::signons::invitations::unanswered_by(conn, id, &at)?;
        undone += 1;
    }
    Ok(undone)
}

/// A confirmed endorsement of an earlier text than the statement's current one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Outdated {
    pub endorsement: Endorsement,
    /// The number of the revision they endorsed.
    pub revision_number: u32,
}

/// Confirmed endorsements whose revision's text differs from the current
/// text, oldest revision first.
pub fn outdated(conn: &Connection, statement_id: &str) -> Result<Vec<Outdated>> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let statement = statements::get(conn, statement_id)?;
    let current = revisions::hash_of(&statement);
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM {FROM} JOIN statement_revisions sr ON sr.id = e.revision_id
          WHERE e.statement_id = ?1 AND e.deleted_at IS NULL AND e.status = 'confirmed'
            AND sr.content_hash <> ?2
          ORDER BY r.number, e.order_key"
    ))?;
    let rows = stmt.query_map(params![statement_id, current], from_row)?;
    let mut out = Vec::new();
    for row in rows {
        let endorsement = row?;
        let revision_number = endorsement.revision_number.unwrap_or(0);
        out.push(Outdated {
            endorsement,
            revision_number,
        });
    }
    Ok(out)
}

/// Marks endorsements as having re-confirmed the current text: it is saved
/// as a revision if need be, and each move is logged with both numbers.
pub fn reconfirm(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut done = 0;
    for id in ids {
        let found = live(conn, id)?;
        let revision = current_revision(conn, &found.statement_id)?;
        if found.revision_id.as_deref() == Some(revision.as_str()) {
            continue;
        }
        let to = revisions::number_of(conn, &revision)?.map(|(_, n)| n);
        conn.execute(
            "UPDATE endorsements SET revision_id = ?2, updated_at = ?3 WHERE id = ?1",
            (id, &revision, &at),
        )?;
        log(
            conn,
            id,
            "reconfirmed",
            None,
            None,
            json!({ "revision": { "from": found.revision_number, "to": to } }),
            &at,
        )?;
        done += 1;
    }
    Ok(done)
}
