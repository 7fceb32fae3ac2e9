//! Invitations answered: their status, and the sign-on that answered them.

use super::*;

pub(super) fn log(
    conn: &Connection,
    id: &str,
    event: &str,
    detail: serde_json::Value,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO invitation_events (id, invitation_id, event, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![new_id(), id, event, detail.to_string(), at])?;
    Ok(())
}

pub(super) fn mark_signed(conn: &Connection, id: &str, endorsement: &str, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE invitations SET status = 'signed', endorsement_id = ?2, answered_on = ?3, updated_at = ?4
          WHERE id = ?1",
        params![id, endorsement, &at[..10], at],
    )?;
    log(
        conn,
        id,
        "answered",
        json!({ "status": "signed", "endorsement": endorsement }),
        at,
    )
}

/// An endorsement was confirmed: the invitation of its contact to its
/// statement, if there is one still open, is signed.
pub(crate) fn answered_by(conn: &Connection, endorsement_id: &str, at: &str) -> Result<()> {
    let invitation: Option<String> = conn
        .query_row(
            "SELECT i.id FROM invitations i JOIN endorsements e ON e.statement_id = i.statement_id
              WHERE e.id = ?1 AND i.deleted_at IS NULL AND i.status <> 'signed'
                AND (i.person_id = e.person_id
                     OR (i.person_id IS NULL AND e.kind = 'organization' AND i.organization_id = e.organization_id))",
            [endorsement_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = invitation {
        mark_signed(conn, &id, endorsement_id, at)?;
    }
    Ok(())
}

/// A confirmation was taken back: the invitation it had marked signed is
/// open again.
pub(crate) fn unanswered_by(conn: &Connection, endorsement_id: &str, at: &str) -> Result<()> {
    let invitation: Option<String> = conn
        .query_row(
            "SELECT id FROM invitations WHERE endorsement_id = ?1 AND status = 'signed'
                AND deleted_at IS NULL",
            [endorsement_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = invitation {
        conn.execute(
            "UPDATE invitations SET status = 'invited', endorsement_id = NULL, answered_on = NULL,
                    updated_at = ?2
              WHERE id = ?1",
            params![id, at],
        )?;
        log(
            conn,
            &id,
            "noted",
            json!({ "status": "invited", "undone": "signed", "endorsement": endorsement_id }),
            at,
        )?;
    }
    Ok(())
}

/// Records a reminder, an answer, or no answer, or (`Invited`) takes back a
/// "declined" or "no answer" recorded by mistake. A signed invitation stays
/// signed: that follows from its endorsement.
pub fn set_status(conn: &Connection, id: &str, to: InvitationStatus) -> Result<Invitation> {
    let found = get(conn, id)?;
    let at = now(conn)?;
    match to {
        InvitationStatus::Reminded => {
            if matches!(
                found.status,
                InvitationStatus::Signed | InvitationStatus::Declined
            ) {
                return Err(EndorsementError::Invitation {
                    reason: format!(
                        "{} has already answered; there is nothing to remind",
                        found.name
                    ),
                });
            }
            conn.execute(
                "UPDATE invitations SET status = 'invited', answered_on = NULL, updated_at = ?2 WHERE id = ?1",
                (id, &at),
            )?;
            log(conn, id, "reminded", json!({ "on": &at[..10] }), &at)?;
        }
        // Taking back an answer recorded by mistake (Undo): the invitation
        // is open again, reminded or not as it was.
        InvitationStatus::Invited
            if matches!(
                found.status,
                InvitationStatus::Declined | InvitationStatus::NoAnswer
            ) =>
        {
            conn.execute(
                "UPDATE invitations SET status = 'invited', answered_on = NULL, updated_at = ?2 WHERE id = ?1",
                (id, &at),
            )?;
            log(
                conn,
                id,
                "noted",
                json!({ "reopened_from": found.status.as_str() }),
                &at,
            )?;
        }
        InvitationStatus::Invited => {
            return Err(EndorsementError::Invitation {
                reason: if found.status == InvitationStatus::Signed {
                    format!(
                        "{} has signed; withdraw their endorsement instead of changing the invitation",
                        found.name
                    )
                } else {
                    "the invitation is open already; record a reminder instead".into()
                },
            });
        }
        InvitationStatus::Signed | InvitationStatus::Declined | InvitationStatus::NoAnswer => {
            if found.status == InvitationStatus::Signed && to != InvitationStatus::Signed {
                return Err(EndorsementError::Invitation {
                    reason: format!(
                        "{} has signed; withdraw their endorsement instead of changing the invitation",
                        found.name
                    ),
                });
            }
            conn.execute(
                "UPDATE invitations SET status = ?2, answered_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, to.as_str(), &at[..10], at],
            )?;
            log(conn, id, "answered", json!({ "status": to.as_str() }), &at)?;
        }
    }
    get(conn, id)
}

pub fn counts(conn: &Connection, statement_id: &str) -> Result<InvitationCounts> {
    let mut counts = InvitationCounts::default();
    for i in list(conn, statement_id, None)? {
        match i.status {
            InvitationStatus::Invited => counts.invited += 1,
            InvitationStatus::Reminded => counts.reminded += 1,
            InvitationStatus::Signed => counts.signed += 1,
            InvitationStatus::Declined => counts.declined += 1,
            InvitationStatus::NoAnswer => counts.no_answer += 1,
        }
    }
    Ok(counts)
}

// Messages --------------------------------------------------------------------
