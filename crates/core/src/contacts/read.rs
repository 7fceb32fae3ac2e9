//! Reading stored organizations and people.

use super::*;

pub(super) const ORG_COLUMNS: &str =
    "id, name, short_name, country, city, sector, website, email, phone,
     notes, merged_into, created_at, updated_at, deleted_at";

pub(super) fn organization_from_row(row: &Row<'_>) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: row.get(0)?,
        name: row.get(1)?,
        short_name: row.get(2)?,
        country: row.get(3)?,
        city: row.get(4)?,
        sector: row.get(5)?,
        website: row.get(6)?,
        email: row.get(7)?,
        phone: row.get(8)?,
        notes: row.get(9)?,
        tags: Vec::new(),
        merged_into: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

pub(super) const PERSON_COLUMNS: &str =
    "p.id, p.full_name, p.organization_id, o.name, p.role, p.email,
     p.phone, p.country, p.notes, p.consent_contact, p.consent_publish, p.consent_recorded_at,
     p.merged_into, p.created_at, p.updated_at, p.deleted_at";

pub(super) fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        full_name: row.get(1)?,
        organization_id: row.get(2)?,
        organization_name: row.get(3)?,
        role: row.get(4)?,
        email: row.get(5)?,
        phone: row.get(6)?,
        country: row.get(7)?,
        notes: row.get(8)?,
        tags: Vec::new(),
        consent_contact: row.get(9)?,
        consent_publish: row.get(10)?,
        consent_recorded_at: row.get(11)?,
        merged_into: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        deleted_at: row.get(15)?,
    })
}

/// One organization, live or in the trash.
pub fn organization(conn: &Connection, id: &str) -> Result<Organization> {
    let mut org = conn
        .query_row(
            &format!("SELECT {ORG_COLUMNS} FROM organizations WHERE id = ?1"),
            [id],
            organization_from_row,
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "organization",
            id: id.to_string(),
        })?;
    org.tags = tags_of(conn, ContactKind::Organization, id)?;
    Ok(org)
}

/// One person, live or in the trash.
pub fn person(conn: &Connection, id: &str) -> Result<Person> {
    let mut found = conn
        .query_row(
            &format!(
                "SELECT {PERSON_COLUMNS} FROM people p
                   LEFT JOIN organizations o ON o.id = p.organization_id
                  WHERE p.id = ?1"
            ),
            [id],
            person_from_row,
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "person",
            id: id.to_string(),
        })?;
    found.tags = tags_of(conn, ContactKind::Person, id)?;
    Ok(found)
}

/// Whether `id` is an organization or a person.
pub fn kind_of(conn: &Connection, id: &str) -> Result<ContactKind> {
    let kind: Option<String> = conn
        .query_row(
            "SELECT 'organization' FROM organizations WHERE id = ?1
             UNION ALL SELECT 'person' FROM people WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match kind.as_deref() {
        Some("organization") => Ok(ContactKind::Organization),
        Some(_) => Ok(ContactKind::Person),
        None => Err(ContactError::NotFound {
            kind: "contact",
            id: id.to_string(),
        }),
    }
}

/// The live people of an organization, by name.
pub fn people_of(conn: &Connection, organization_id: &str) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PERSON_COLUMNS} FROM people p
           LEFT JOIN organizations o ON o.id = p.organization_id
          WHERE p.organization_id = ?1 AND p.deleted_at IS NULL
          ORDER BY p.order_key, p.full_name"
    ))?;
    let mut people = stmt
        .query_map([organization_id], person_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for p in &mut people {
        p.tags = tags_of(conn, ContactKind::Person, &p.id)?;
    }
    Ok(people)
}

// Search and lists --------------------------------------------------------
