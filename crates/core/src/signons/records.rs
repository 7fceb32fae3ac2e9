//! Sign-on records: reading one, and adding one (typed, or from a contact)
//! with its first event.

use super::*;

pub fn get(conn: &Connection, id: &str) -> Result<Endorsement> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM {FROM} WHERE e.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| EndorsementError::NotFound { id: id.to_string() })
}

pub(super) fn live(conn: &Connection, id: &str) -> Result<Endorsement> {
    let found = get(conn, id)?;
    if found.deleted_at.is_some() {
        return Err(EndorsementError::InTrash { id: id.to_string() });
    }
    Ok(found)
}

// Cleaning ------------------------------------------------------------------

pub(super) fn clean_date(raw: &str) -> Result<Option<String>> {
    statements::clean_date(raw).map_err(|_| EndorsementError::BadDate {
        value: raw.trim().chars().take(40).collect(),
    })
}

/// The revision a new endorsement endorses: the statement's current text,
/// saved as a revision if it is not one yet.
pub(crate) fn current_revision(conn: &Connection, statement_id: &str) -> Result<String> {
    let saved = revisions::save(conn, statement_id, "", RevisionKind::Status)?;
    Ok(saved.revision.id)
}

pub(super) fn live_statement(conn: &Connection, statement_id: &str) -> Result<()> {
    let statement = statements::get(conn, statement_id)?;
    if statement.deleted_at.is_some() {
        return Err(StatementError::InTrash {
            id: statement_id.to_string(),
        }
        .into());
    }
    Ok(())
}

// Writing -------------------------------------------------------------------

/// Writes one endorsement and its `created` event (and, if it lands
/// confirmed, its `confirmed` event and the invitation it answers).
pub(crate) fn insert(
    conn: &Connection,
    statement_id: &str,
    revision_id: &str,
    ready: &Ready,
    at: &str,
    detail: Value,
) -> Result<String> {
    if ready.visibility == Visibility::OrganizationOnly
        && (ready.kind != EndorsementKind::Individual || ready.printed.organization.is_empty())
    {
        return Err(EndorsementError::NeedsAffiliation);
    }
    let id = new_id();
    let written = conn
        .prepare_cached(
            "INSERT INTO endorsements (id, statement_id, kind, organization_id, person_id, printed_name,
                 printed_affiliation, printed_city, printed_country, country_code, visibility, status,
                 channel, received_on, revision_id, notes, sort_key, created_at, updated_at,
                 printed_organization, order_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending', ?12, ?13, ?14, ?15, ?16, ?17, ?17, ?18,
                     order_key(?6, (SELECT language FROM statements WHERE id = ?2)))",
        )?
        .execute(params![
            id,
            statement_id,
            ready.kind.as_str(),
            ready.organization_id,
            ready.person_id,
            ready.printed.name,
            ready.printed.affiliation,
            ready.printed.city,
            ready.printed.country,
            ready.printed.country_code,
            ready.visibility.as_str(),
            ready.channel.as_str(),
            ready.received_on,
            revision_id,
            ready.notes,
            crate::text::names::sort_key(&ready.printed.name),
            at,
            ready.printed.organization,
        ]);
    if let Err(err) = written {
        if is_unique_violation(&err) {
            return Err(EndorsementError::AlreadyEndorsed {
                name: ready.printed.name.clone(),
            });
        }
        return Err(err.into());
    }
    log(
        conn,
        &id,
        "created",
        None,
        Some(EndorsementStatus::Pending),
        detail,
        at,
    )?;
    if ready.status != EndorsementStatus::Pending {
        change_status(conn, &id, EndorsementStatus::Pending, ready.status, at)?;
    }
    Ok(id)
}

pub(super) fn is_unique_violation(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, _)
        if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

pub(super) fn log(
    conn: &Connection,
    id: &str,
    event: &str,
    from: Option<EndorsementStatus>,
    to: Option<EndorsementStatus>,
    detail: Value,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO endorsement_events (id, endorsement_id, event, from_status, to_status, detail,
                                         created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        new_id(),
        id,
        event,
        from.map(EndorsementStatus::as_str),
        to.map(EndorsementStatus::as_str),
        detail.to_string(),
        at
    ])?;
    Ok(())
}

/// Records a new endorsement of a statement.
/// A sign-on added through a translation belongs to its original.
pub fn add(conn: &Connection, statement_id: &str, new: &NewEndorsement) -> Result<Endorsement> {
    live_statement(conn, statement_id)?;
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    live_statement(conn, statement_id)?;
    let at = now(conn)?;
    let ready = prepare(conn, new, &at)?;
    let revision = current_revision(conn, statement_id)?;
    let id = insert(conn, statement_id, &revision, &ready, &at, json!({}))?;
    get(conn, &id)
}

/// Checks a new endorsement and finds or creates its contact.
pub(super) fn prepare(conn: &Connection, new: &NewEndorsement, at: &str) -> Result<Ready> {
    let received_on = clean_date(&new.received_on)?;
    let notes = text::clean_block(Field::Notes, &new.notes)?;
    let channel = new.channel.unwrap_or(SignOnChannel::Other);
    let status = new.status.unwrap_or(EndorsementStatus::Pending);
    if !matches!(
        status,
        EndorsementStatus::Pending | EndorsementStatus::Confirmed
    ) {
        return Err(EndorsementError::Transition {
            from: EndorsementStatus::Pending,
            to: status,
        });
    }
    if let Some(contact_id) = new.contact_id.as_deref().filter(|c| !c.is_empty()) {
        return from_contact(conn, contact_id, new, received_on, notes, channel, status);
    }
    let kind = new.kind.unwrap_or(EndorsementKind::Organization);
    let printed = clean_printed(&new.name, &new.affiliation, &new.city, &new.country)?;
    // A name typed in full that is exactly one stored contact's is that contact.
    if let Some(contact_id) = same_name(conn, kind, &printed)? {
        return from_contact(conn, &contact_id, new, received_on, notes, channel, status);
    }
    let (organization_id, person_id, visibility) = match kind {
        EndorsementKind::Organization => {
            let org = contacts::create_organization(
                conn,
                &OrganizationInput {
                    name: printed.name.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    city: printed.city.clone(),
                    ..Default::default()
                },
            )?;
            (
                Some(org.id),
                None,
                new.visibility.unwrap_or(Visibility::Public),
            )
        }
        EndorsementKind::Individual => {
            let visibility = new
                .visibility
                .unwrap_or_else(|| unnamed_by_default(&printed.organization));
            let person = contacts::create_person(
                conn,
                &PersonInput {
                    full_name: printed.name.clone(),
                    role: printed.affiliation.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    // Naming them was asked for explicitly.
                    consent_publish: visibility == Visibility::Public,
                    ..Default::default()
                },
            )?;
            (None, Some(person.id), visibility)
        }
    };
    let _ = at;
    Ok(Ready {
        kind,
        organization_id,
        person_id,
        printed,
        visibility,
        status,
        channel,
        received_on,
        notes,
    })
}

pub(super) fn from_contact(
    conn: &Connection,
    contact_id: &str,
    new: &NewEndorsement,
    received_on: Option<String>,
    notes: String,
    channel: SignOnChannel,
    status: EndorsementStatus,
) -> Result<Ready> {
    let or = |typed: &str, stored: &str| {
        if typed.trim().is_empty() {
            stored.to_string()
        } else {
            typed.to_string()
        }
    };
    match contacts::kind_of(conn, contact_id)? {
        contacts::ContactKind::Organization => {
            if new.kind == Some(EndorsementKind::Individual) {
                return Err(EndorsementError::KindMismatch {
                    kind: "organization",
                    wanted: EndorsementKind::Individual,
                });
            }
            let org = contacts::organization(conn, contact_id)?;
            if org.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "organization",
                    id: org.id,
                }
                .into());
            }
            let printed = clean_printed(
                &or(&new.name, &org.name),
                "",
                &or(&new.city, &org.city),
                &or(&new.country, org.country.as_deref().unwrap_or("")),
            )?;
            Ok(Ready {
                kind: EndorsementKind::Organization,
                organization_id: Some(org.id),
                person_id: None,
                printed,
                visibility: new.visibility.unwrap_or(Visibility::Public),
                status,
                channel,
                received_on,
                notes,
            })
        }
        contacts::ContactKind::Person => {
            if new.kind == Some(EndorsementKind::Organization) {
                return Err(EndorsementError::KindMismatch {
                    kind: "person",
                    wanted: EndorsementKind::Organization,
                });
            }
            let person = contacts::person(conn, contact_id)?;
            if person.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "person",
                    id: person.id,
                }
                .into());
            }
            let affiliation = or(
                &new.affiliation,
                person.organization_name.as_deref().unwrap_or(&person.role),
            );
            let mut printed = clean_printed(
                &or(&new.name, &person.full_name),
                &affiliation,
                &new.city,
                &or(&new.country, person.country.as_deref().unwrap_or("")),
            )?;
            // The organization they belong to is the one to list them by,
            // unless the affiliation typed names another.
            if new.affiliation.trim().is_empty()
                && let Some(org) = &person.organization_name
            {
                printed.organization = org.clone();
            }
            let visibility = new.visibility.unwrap_or_else(|| {
                if person.consent_publish {
                    Visibility::Public
                } else {
                    unnamed_by_default(&printed.organization)
                }
            });
            Ok(Ready {
                kind: EndorsementKind::Individual,
                organization_id: person.organization_id,
                person_id: Some(person.id),
                printed,
                visibility,
                status,
                channel,
                received_on,
                notes,
            })
        }
    }
}
