//! How a signer is printed: cleaned names, affiliations and countries, and
//! who is unnamed unless they chose otherwise.

use super::*;

/// The printed country and its code from what was typed: a known country is
/// printed by its English name; an empty text is no country.
pub(crate) fn clean_country(raw: &str) -> Result<(String, Option<String>)> {
    if raw.trim().is_empty() {
        return Ok((String::new(), None));
    }
    let country = countries::resolve(raw)?;
    Ok((country.en.to_string(), Some(country.code.to_string())))
}

pub(crate) fn clean_printed(
    name: &str,
    affiliation: &str,
    city: &str,
    country: &str,
) -> Result<Printed> {
    let (country, country_code) = clean_country(country)?;
    clean_printed_as(name, affiliation, city, &country, country_code)
}

/// As [`clean_printed`], with the country already read: printed as given,
/// with its code when it is known.
pub(crate) fn clean_printed_as(
    name: &str,
    affiliation: &str,
    city: &str,
    country: &str,
    country_code: Option<String>,
) -> Result<Printed> {
    let name = text::clean_line(Field::Name, name)?;
    if name.is_empty() {
        return Err(EndorsementError::EmptyName);
    }
    // "!!!", "…" or only invisible characters print as an empty line.
    if !text::has_letter_or_digit(&name) {
        return Err(EndorsementError::NoLetters { name });
    }
    let affiliation = text::clean_line(Field::Role, affiliation)?;
    Ok(Printed {
        organization: organization_of(&affiliation, &name),
        name,
        affiliation,
        city: text::clean_line(Field::City, city)?,
        country: text::clean_line(Field::City, country)?,
        country_code,
    })
}

/// What a signatory's line prints as its name and affiliation, or `None`
/// when they are counted and not listed. A person listed by organization
/// only prints as that organization, with nothing of theirs beside it; one
/// with no organization to list them by is counted instead.
pub fn listed_as(
    kind: EndorsementKind,
    visibility: Visibility,
    name: &str,
    affiliation: &str,
    organization: &str,
) -> Option<(String, String)> {
    match (visibility, kind) {
        (Visibility::CountedOnly, _) => None,
        (Visibility::Public, _) => Some((name.to_string(), affiliation.to_string())),
        (Visibility::OrganizationOnly, EndorsementKind::Organization) => {
            Some((name.to_string(), String::new()))
        }
        (Visibility::OrganizationOnly, EndorsementKind::Individual) => {
            (!organization.trim().is_empty()).then(|| (organization.to_string(), String::new()))
        }
    }
}

/// The one live contact of this kind with the same name key (and, for an
/// organization, a country that does not differ), if there is exactly one.
pub(super) fn same_name(
    conn: &Connection,
    kind: EndorsementKind,
    printed: &Printed,
) -> Result<Option<String>> {
    let key = crate::text::names::name_key(&printed.name);
    let sql = match kind {
        EndorsementKind::Organization => {
            "SELECT id FROM organizations WHERE name_key = ?1 AND deleted_at IS NULL
               AND (country IS NULL OR ?2 IS NULL OR country = ?2) LIMIT 2"
        }
        EndorsementKind::Individual => {
            "SELECT id FROM people WHERE name_key = ?1 AND deleted_at IS NULL AND ?2 IS ?2 LIMIT 2"
        }
    };
    let found = conn
        .prepare_cached(sql)?
        .query_map(params![key, printed.country_code], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

/// A person who has not agreed to be named is listed by their organization
/// when there is one, otherwise only counted.
pub(crate) fn unnamed_by_default(organization: &str) -> Visibility {
    if organization.trim().is_empty() {
        Visibility::CountedOnly
    } else {
        Visibility::OrganizationOnly
    }
}
