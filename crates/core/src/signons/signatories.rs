//! The signatories as a published list prints them: confirmed, named as
//! they chose, in order.

use super::*;

/// One line of a published signatory list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatory {
    pub endorsement_id: String,
    pub kind: EndorsementKind,
    /// The name printed: the organization's for an `organization_only` person.
    pub name: String,
    pub affiliation: String,
    pub city: String,
    pub country: String,
    pub country_code: Option<String>,
    pub sector: String,
}

/// The signatories of a statement as every export hands them out: only
/// confirmed endorsements; `organization_only` people printed as their
/// organization; `counted_only` ones in the counts and nowhere else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatories {
    pub listed: Vec<Signatory>,
    pub organizations: u32,
    pub individuals: u32,
    pub countries: u32,
}

pub fn signatories(conn: &Connection, statement_id: &str) -> Result<Signatories> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    // A person listed by organization sorts by the organization's name, in
    // the order the stored keys follow.
    let language: String = conn.query_row(
        "SELECT language FROM statements WHERE id = ?1",
        [statement_id],
        |r| r.get(0),
    )?;
    let order = crate::text::collation::Order::of(&language);
    let mut stmt = conn.prepare(
        "SELECT e.id, e.kind, e.printed_name, e.printed_affiliation, e.printed_city,
                e.printed_country, e.country_code, e.visibility, coalesce(o.sector, ''),
                e.printed_organization, e.order_key
           FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
          WHERE e.statement_id = ?1 AND e.deleted_at IS NULL AND e.status = 'confirmed'",
    )?;
    let (mut organizations, mut individuals) = (0, 0);
    let mut countries = std::collections::HashSet::new();
    let rows = stmt.query_map([statement_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            stored(r, 1, EndorsementKind::parse)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
            stored(r, 7, Visibility::parse)?,
            r.get::<_, String>(8)?,
            r.get::<_, String>(9)?,
            r.get::<_, Vec<u8>>(10)?,
        ))
    })?;
    let mut keyed = Vec::new();
    for row in rows {
        let (
            id,
            kind,
            name,
            affiliation,
            city,
            country,
            code,
            visibility,
            sector,
            organization,
            key,
        ) = row?;
        match kind {
            EndorsementKind::Organization => organizations += 1,
            EndorsementKind::Individual => individuals += 1,
        }
        if let Some(code) = &code {
            countries.insert(code.clone());
        }
        let Some((printed, printed_affiliation)) =
            listed_as(kind, visibility, &name, &affiliation, &organization)
        else {
            continue;
        };
        let key = if printed == name {
            key
        } else {
            order.key(&printed)
        };
        keyed.push((
            key,
            Signatory {
                endorsement_id: id,
                kind,
                name: printed,
                affiliation: printed_affiliation,
                city,
                country,
                country_code: code,
                sector,
            },
        ));
    }
    // In name order, by the name printed (a person listed by organization
    // sorts by the organization). Sorting here rather than in SQL lets the
    // query read only the confirmed rows through the (statement, status)
    // index instead of walking the whole list in name order.
    keyed.sort_by(|a, b| (&a.0, &a.1.endorsement_id).cmp(&(&b.0, &b.1.endorsement_id)));
    let listed: Vec<Signatory> = keyed.into_iter().map(|(_, s)| s).collect();
    Ok(Signatories {
        listed,
        organizations,
        individuals,
        countries: countries.len() as u32,
    })
}

// Which text was endorsed -----------------------------------------------------
