//! Reading stored invitations.

use super::*;

pub(super) const COLUMNS: &str = "i.id, i.statement_id, i.organization_id, i.person_id,
     coalesce(p.full_name, o.name, ''), coalesce(nullif(p.email, ''), o.email, ''),
     coalesce(p.country, o.country), i.status, i.invited_on,
     (SELECT substr(max(created_at), 1, 10) FROM invitation_events ev
       WHERE ev.invitation_id = i.id AND ev.event = 'reminded'),
     i.answered_on, i.endorsement_id";

pub(super) const FROM: &str = "invitations i LEFT JOIN organizations o ON o.id = i.organization_id
     LEFT JOIN people p ON p.id = i.person_id";

pub(super) fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Invitation> {
    let stored: String = r.get(7)?;
    let reminded_on: Option<String> = r.get(9)?;
    let status = match stored.as_str() {
        "invited" if reminded_on.is_some() => InvitationStatus::Reminded,
        other => InvitationStatus::parse(other).unwrap_or(InvitationStatus::Invited),
    };
    Ok(Invitation {
        id: r.get(0)?,
        statement_id: r.get(1)?,
        organization_id: r.get(2)?,
        person_id: r.get(3)?,
        name: r.get(4)?,
        email: r.get(5)?,
        country: r.get(6)?,
        status,
        invited_on: r.get(8)?,
        reminded_on,
        answered_on: r.get(10)?,
        endorsement_id: r.get(11)?,
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Invitation> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM {FROM} WHERE i.id = ?1 AND i.deleted_at IS NULL"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| EndorsementError::NotFound { id: id.to_string() })
}

/// A statement's invitations in name order, optionally of one status.
pub fn list(
    conn: &Connection,
    statement_id: &str,
    status: Option<InvitationStatus>,
) -> Result<Vec<Invitation>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE i.statement_id = ?1 AND i.deleted_at IS NULL
          ORDER BY coalesce(p.order_key, o.order_key), i.id"
    ))?;
    let all = stmt
        .query_map([statement_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(all
        .into_iter()
        .filter(|i| status.is_none_or(|s| i.status == s))
        .collect())
}

/// Invitations still unanswered whose last message (the invitation or the
/// last reminder) went out at least `days` days before `today`.
pub fn needing_reminder(
    conn: &Connection,
    statement_id: &str,
    days: u32,
    today: Option<&str>,
) -> Result<Vec<Invitation>> {
    let today = match today {
        Some(day) => day.to_string(),
        None => now(conn)?[..10].to_string(),
    };
    let cutoff: String = conn.query_row(
        "SELECT date(?1, '-' || ?2 || ' days')",
        params![today, days],
        |r| r.get(0),
    )?;
    Ok(list(conn, statement_id, None)?
        .into_iter()
        .filter(|i| {
            matches!(
                i.status,
                InvitationStatus::Invited | InvitationStatus::Reminded
            )
        })
        .filter(|i| {
            let last = i.reminded_on.as_deref().or(i.invited_on.as_deref());
            last.is_some_and(|d| d <= cutoff.as_str())
        })
        .collect())
}
