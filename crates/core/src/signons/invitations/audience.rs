//! Whom an invitation goes to: the audience picked, and the invitations made
//! for it.

use super::*;

/// The contacts an audience names, as (organization id, person id).
pub(super) fn audience_contacts(
    conn: &Connection,
    audience: &Audience,
) -> Result<Vec<(Option<String>, Option<String>)>> {
    let mut out = Vec::new();
    for id in &audience.contact_ids {
        match crate::contacts::kind_of(conn, id)? {
            crate::contacts::ContactKind::Organization => out.push((Some(id.clone()), None)),
            crate::contacts::ContactKind::Person => out.push((None, Some(id.clone()))),
        }
    }
    if let Some(other) = &audience.signed_statement {
        statements::get(conn, other)?;
        let mut stmt = conn.prepare(
            "SELECT CASE WHEN person_id IS NULL THEN organization_id END, person_id
               FROM endorsements
              WHERE statement_id = ?1 AND status = 'confirmed' AND deleted_at IS NULL
                AND (organization_id IS NOT NULL OR person_id IS NOT NULL)",
        )?;
        for row in stmt.query_map([other], |r| Ok((r.get(0)?, r.get(1)?)))? {
            out.push(row?);
        }
    }
    let narrows =
        !audience.tags.is_empty() || !audience.countries.is_empty() || !audience.sectors.is_empty();
    if narrows {
        let mut filter = vec!["o.deleted_at IS NULL".to_string()];
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut marks = |values: Vec<String>| {
            let marks: Vec<String> = values
                .into_iter()
                .map(|v| {
                    args.push(v.into());
                    format!("?{}", args.len())
                })
                .collect();
            marks.join(", ")
        };
        if !audience.countries.is_empty() {
            let mut codes = Vec::new();
            for raw in &audience.countries {
                codes.push(countries::resolve(raw)?.code.to_string());
            }
            filter.push(format!("o.country IN ({})", marks(codes)));
        }
        if !audience.sectors.is_empty() {
            let sectors = audience
                .sectors
                .iter()
                .map(|s| s.trim().to_lowercase())
                .collect();
            filter.push(format!("lower(trim(o.sector)) IN ({})", marks(sectors)));
        }
        if !audience.tags.is_empty() {
            let tags = audience
                .tags
                .iter()
                .map(|t| t.trim().to_lowercase())
                .collect();
            filter.push(format!(
                "o.id IN (SELECT ot.organization_id FROM organization_tags ot JOIN tags t ON t.id = ot.tag_id
                           WHERE t.deleted_at IS NULL AND lower(t.name) IN ({}))",
                marks(tags)
            ));
        }
        let sql = format!(
            "SELECT o.id FROM organizations o WHERE {}",
            filter.join(" AND ")
        );
        let mut stmt = conn.prepare(&sql)?;
        for row in stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))? {
            out.push((Some(row?), None));
        }
    }
    Ok(out)
}

/// Invites an audience to sign a statement. A contact already invited is
/// counted, not invited twice.
pub fn create(conn: &Connection, statement_id: &str, audience: &Audience) -> Result<Created> {
    let statement = statements::get(conn, statement_id)?;
    if statement.deleted_at.is_some() {
        return Err(statements::StatementError::InTrash {
            id: statement_id.to_string(),
        }
        .into());
    }
    let at = now(conn)?;
    let today = &at[..10];
    let mut created = Created::default();
    let mut seen = std::collections::HashSet::new();
    for (org, person) in audience_contacts(conn, audience)? {
        if !seen.insert((org.clone(), person.clone())) {
            continue;
        }
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM invitations
              WHERE statement_id = ?1 AND deleted_at IS NULL
                AND ((?3 IS NULL AND person_id IS NULL AND organization_id = ?2) OR person_id = ?3)",
            params![statement_id, org, person],
            |r| r.get(0),
        )?;
        if exists {
            created.already += 1;
            continue;
        }
        let id = new_id();
        conn.execute(
            "INSERT INTO invitations (id, statement_id, organization_id, person_id, status, invited_on,
                                      created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'invited', ?5, ?6, ?6)",
            params![id, statement_id, org, person, today, at],
        )?;
        log(conn, &id, "invited", json!({ "on": today }), &at)?;
        // Someone who has already signed is signed.
        let endorsement: Option<String> = conn
            .query_row(
                "SELECT id FROM endorsements
                  WHERE statement_id = ?1 AND status = 'confirmed' AND deleted_at IS NULL
                    AND (person_id = ?3 OR (?3 IS NULL AND kind = 'organization' AND organization_id = ?2))",
                params![statement_id, org, person],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(endorsement) = endorsement {
            mark_signed(conn, &id, &endorsement, &at)?;
        }
        created.added += 1;
    }
    Ok(created)
}
