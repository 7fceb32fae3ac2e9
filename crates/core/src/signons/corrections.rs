//! Correcting a sign-on after it came in: the printed line, its visibility
//! and its link to a contact, each change logged as an event.

use super::*;

/// Corrects printed fields, visibility, channel, date or note. Each changed
/// field is logged with its old and new value; a patch that changes nothing
/// logs nothing.
pub fn correct(conn: &Connection, id: &str, patch: &EndorsementPatch) -> Result<Endorsement> {
    let old = live(conn, id)?;
    // A country not given stays as it is, even one kept as written.
    let (country, country_code) = match &patch.country {
        Some(c) => clean_country(c)?,
        None => (old.country.clone(), old.country_code.clone()),
    };
    let mut printed = clean_printed_as(
        patch.name.as_deref().unwrap_or(&old.name),
        patch.affiliation.as_deref().unwrap_or(&old.affiliation),
        patch.city.as_deref().unwrap_or(&old.city),
        &country,
        country_code,
    )?;
    if patch.affiliation.is_none() {
        printed.organization = old.organization.clone();
    }
    let visibility = patch.visibility.unwrap_or(old.visibility);
    if visibility == Visibility::OrganizationOnly
        && (old.kind != EndorsementKind::Individual || printed.organization.is_empty())
    {
        return Err(EndorsementError::NeedsAffiliation);
    }
    let channel = patch.channel.unwrap_or(old.channel);
    let received_on = match &patch.received_on {
        Some(raw) => clean_date(raw)?,
        None => old.received_on.clone(),
    };
    let notes = match &patch.notes {
        Some(raw) => text::clean_block(Field::Notes, raw)?,
        None => old.notes.clone(),
    };
    let mut detail = BTreeMap::new();
    let mut note = |field: &str, from: Value, to: Value| {
        if from != to {
            detail.insert(field.to_string(), json!({ "from": from, "to": to }));
        }
    };
    note("name", json!(old.name), json!(printed.name));
    note(
        "affiliation",
        json!(old.affiliation),
        json!(printed.affiliation),
    );
    note(
        "organization",
        json!(old.organization),
        json!(printed.organization),
    );
    note("city", json!(old.city), json!(printed.city));
    note("country", json!(old.country), json!(printed.country));
    note("visibility", json!(old.visibility), json!(visibility));
    note("channel", json!(old.channel), json!(channel));
    note("receivedOn", json!(old.received_on), json!(received_on));
    note("notes", json!(old.notes), json!(notes));
    if detail.is_empty() {
        return Ok(old);
    }
    let at = now(conn)?;
    conn.execute(
        "UPDATE endorsements SET printed_name = ?2, printed_affiliation = ?3, printed_city = ?4,
                printed_country = ?5, country_code = ?6, visibility = ?7, channel = ?8,
                received_on = ?9, notes = ?10, sort_key = ?11, updated_at = ?12,
                printed_organization = ?13
          WHERE id = ?1",
        params![
            id,
            printed.name,
            printed.affiliation,
            printed.city,
            printed.country,
            printed.country_code,
            visibility.as_str(),
            channel.as_str(),
            received_on,
            notes,
            crate::text::names::sort_key(&printed.name),
            at,
            printed.organization,
        ],
    )?;
    log(
        conn,
        id,
        "corrected",
        None,
        None,
        Value::Object(detail.into_iter().collect()),
        &at,
    )?;
    get(conn, id)
}

/// Gives the contact a sign-on is linked to the name the sign-on prints
/// (after its spelling was corrected): an organization's name without the
/// acronym in parentheses, which becomes its acronym when it has none.
/// Nothing else of the contact changes. Answers the contact's new name.
pub fn name_contact_as_printed(conn: &Connection, id: &str) -> Result<String> {
    let e = live(conn, id)?;
    match (e.kind, &e.person_id, &e.organization_id) {
        (EndorsementKind::Individual, Some(person_id), _) => {
            let p = contacts::person(conn, person_id)?;
            let input = PersonInput {
                full_name: e.name.clone(),
                organization_id: p.organization_id,
                role: p.role,
                email: p.email,
                phone: p.phone,
                country: p.country.unwrap_or_default(),
                notes: p.notes,
                tags: p.tags,
                consent_contact: p.consent_contact,
                consent_publish: p.consent_publish,
            };
            Ok(contacts::update_person(conn, person_id, &input)?.full_name)
        }
        (EndorsementKind::Organization, _, Some(org_id)) => {
            let o = contacts::organization(conn, org_id)?;
            let acronym = crate::signons::intake::acronym_in(&e.name);
            let name = match e.name.rfind(&format!("({acronym})")) {
                Some(at) if !acronym.is_empty() && at > 0 => e.name[..at].trim().to_string(),
                _ => e.name.clone(),
            };
            let input = OrganizationInput {
                name,
                short_name: if o.short_name.is_empty() {
                    acronym
                } else {
                    o.short_name
                },
                country: o.country.unwrap_or_default(),
                city: o.city,
                sector: o.sector,
                website: o.website,
                email: o.email,
                phone: o.phone,
                notes: o.notes,
                tags: o.tags,
            };
            Ok(contacts::update_organization(conn, org_id, &input)?.name)
        }
        _ => Err(EndorsementError::Intake {
            reason: "this sign-on is not linked to a contact; there is no contact to correct"
                .into(),
        }),
    }
}

/// An endorsement's log, oldest first.
pub fn events(conn: &Connection, id: &str) -> Result<Vec<EndorsementEvent>> {
    get(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, event, from_status, to_status, detail, created_at
           FROM endorsement_events WHERE endorsement_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt.query_map([id], |r| {
        let status = |i: usize| -> rusqlite::Result<Option<EndorsementStatus>> {
            Ok(r.get::<_, Option<String>>(i)?
                .and_then(|s| EndorsementStatus::parse(&s)))
        };
        Ok(EndorsementEvent {
            id: r.get(0)?,
            event: r.get(1)?,
            from_status: status(2)?,
            to_status: status(3)?,
            detail: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or(Value::Null),
            created_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

// Listing -------------------------------------------------------------------
