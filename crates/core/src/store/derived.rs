//! Columns derived from others by Rust rules, filled in by migrations for
//! rows written before the column existed.

use rusqlite::{Connection, params};

use crate::text::affiliation::organization_of;

/// Fills `printed_organization` for individuals' endorsements written
/// before it was kept: the organization part of the affiliation, else the
/// organization they are linked to; else nothing, and a person listed by
/// organization only is counted rather than listed by their role.
pub(crate) fn fill_printed_organizations(conn: &Connection) -> rusqlite::Result<()> {
    let rows = conn
        .prepare(
            "SELECT e.id, e.printed_affiliation, coalesce(o.name, ''), e.printed_name
               FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
              WHERE e.kind = 'individual'",
        )?
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String, String)>>>()?;
    let mut write =
        conn.prepare("UPDATE endorsements SET printed_organization = ?2 WHERE id = ?1")?;
    for (id, affiliation, linked, name) in rows {
        let mut organization = organization_of(&affiliation, &name);
        if organization.is_empty() {
            organization = linked;
        }
        if !organization.is_empty() {
            write.execute(params![id, organization])?;
        }
    }
    Ok(())
}
