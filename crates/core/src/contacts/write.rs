//! Creating and updating organizations and people.

use super::*;

pub(crate) fn insert_organization(
    conn: &Connection,
    org: &CleanOrganization,
    at: &str,
) -> Result<String> {
    insert_organization_deferred(conn, org, at, None)
}

/// Inserts an organization; its search entry goes to `pending` when given
/// (to be written with `write_index` later), else straight to the index.
pub(crate) fn insert_organization_deferred(
    conn: &Connection,
    org: &CleanOrganization,
    at: &str,
    pending: Option<&mut Vec<IndexEntry>>,
) -> Result<String> {
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO organizations (id, name, name_key, sort_key, short_name, country, city,
                                    sector, website, email, phone, notes, created_at, updated_at,
                                    order_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, order_key(?2, ''))",
    )?
    .execute(rusqlite::params![
        id,
        org.name,
        name_key(&org.name),
        sort_key(&org.name),
        org.short_name,
        org.country,
        org.city,
        org.sector,
        org.website,
        org.email,
        org.phone,
        org.notes,
        at
    ])?;
    add_tags(conn, ContactKind::Organization, &id, &org.tags, at)?;
    match pending {
        Some(list) => list.push(IndexEntry::inserted(
            ContactKind::Organization.into(),
            &id,
            &org.name,
            &org.short_name,
            format!("{} {}", org.email, org.website),
            &org.city,
            org.country.as_deref(),
            inserted_tags(conn, ContactKind::Organization, &id, &org.tags)?,
        )),
        None => index_contact(conn, ContactKind::Organization, &id, true)?,
    }
    Ok(id)
}

pub(super) fn check_organization_link(conn: &Connection, id: Option<&str>) -> Result<()> {
    if let Some(org) = id {
        let found = organization(conn, org)?;
        if found.deleted_at.is_some() {
            return Err(ContactError::InTrash {
                kind: "organization",
                id: org.to_string(),
            });
        }
    }
    Ok(())
}

pub(crate) fn insert_person(conn: &Connection, p: &CleanPerson, at: &str) -> Result<String> {
    insert_person_deferred(conn, p, at, None)
}

pub(crate) fn insert_person_deferred(
    conn: &Connection,
    p: &CleanPerson,
    at: &str,
    pending: Option<&mut Vec<IndexEntry>>,
) -> Result<String> {
    let id = new_id();
    let consent_at = (p.consent_contact || p.consent_publish).then_some(at);
    conn.prepare_cached(
        "INSERT INTO people (id, full_name, name_key, sort_key, organization_id, role, email,
                             phone, country, notes, consent_contact, consent_publish,
                             consent_recorded_at, created_at, updated_at, order_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14,
                 order_key(?2, ''))",
    )?
    .execute(rusqlite::params![
        id,
        p.full_name,
        name_key(&p.full_name),
        sort_key(&p.full_name),
        p.organization_id,
        p.role,
        p.email,
        p.phone,
        p.country,
        p.notes,
        p.consent_contact,
        p.consent_publish,
        consent_at,
        at
    ])?;
    add_tags(conn, ContactKind::Person, &id, &p.tags, at)?;
    match pending {
        Some(list) => list.push(IndexEntry::inserted(
            ContactKind::Person.into(),
            &id,
            &p.full_name,
            &p.role,
            p.email.clone(),
            "",
            p.country.as_deref(),
            inserted_tags(conn, ContactKind::Person, &id, &p.tags)?,
        )),
        None => index_contact(conn, ContactKind::Person, &id, true)?,
    }
    Ok(id)
}

pub fn create_organization(conn: &Connection, input: &OrganizationInput) -> Result<Organization> {
    let clean = clean_organization(input)?;
    let at = now(conn)?;
    let id = insert_organization(conn, &clean, &at)?;
    organization(conn, &id)
}

pub fn create_person(conn: &Connection, input: &PersonInput) -> Result<Person> {
    let clean = clean_person(input)?;
    check_organization_link(conn, clean.organization_id.as_deref())?;
    let at = now(conn)?;
    let id = insert_person(conn, &clean, &at)?;
    person(conn, &id)
}

/// Replaces an organization's fields and tags with `input`.
pub fn update_organization(
    conn: &Connection,
    id: &str,
    input: &OrganizationInput,
) -> Result<Organization> {
    let current = organization(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(ContactError::InTrash {
            kind: "organization",
            id: id.to_string(),
        });
    }
    let org = clean_organization(input)?;
    let at = now(conn)?;
    conn.execute(
        "UPDATE organizations SET name = ?2, name_key = ?3, sort_key = ?4, short_name = ?5,
                country = ?6, city = ?7, sector = ?8, website = ?9, email = ?10, phone = ?11,
                notes = ?12, updated_at = ?13
          WHERE id = ?1",
        rusqlite::params![
            id,
            org.name,
            name_key(&org.name),
            sort_key(&org.name),
            org.short_name,
            org.country,
            org.city,
            org.sector,
            org.website,
            org.email,
            org.phone,
            org.notes,
            at
        ],
    )?;
    set_tags(conn, ContactKind::Organization, id, &org.tags, &at)?;
    reindex(conn, ContactKind::Organization, id)?;
    organization(conn, id)
}

/// Replaces a person's fields and tags with `input`. A change of either
/// consent records the time it was given or withdrawn.
pub fn update_person(conn: &Connection, id: &str, input: &PersonInput) -> Result<Person> {
    let current = person(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(ContactError::InTrash {
            kind: "person",
            id: id.to_string(),
        });
    }
    let p = clean_person(input)?;
    check_organization_link(conn, p.organization_id.as_deref())?;
    let at = now(conn)?;
    let consent_changed = current.consent_contact != p.consent_contact
        || current.consent_publish != p.consent_publish;
    let consent_at = if consent_changed {
        Some(at.clone())
    } else {
        current.consent_recorded_at.clone()
    };
    conn.execute(
        "UPDATE people SET full_name = ?2, name_key = ?3, sort_key = ?4, organization_id = ?5,
                role = ?6, email = ?7, phone = ?8, country = ?9, notes = ?10,
                consent_contact = ?11, consent_publish = ?12, consent_recorded_at = ?13,
                updated_at = ?14
          WHERE id = ?1",
        rusqlite::params![
            id,
            p.full_name,
            name_key(&p.full_name),
            sort_key(&p.full_name),
            p.organization_id,
            p.role,
            p.email,
            p.phone,
            p.country,
            p.notes,
            p.consent_contact,
            p.consent_publish,
            consent_at,
            at
        ],
    )?;
    set_tags(conn, ContactKind::Person, id, &p.tags, &at)?;
    reindex(conn, ContactKind::Person, id)?;
    person(conn, id)
}
