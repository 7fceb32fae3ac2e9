//! Checking and cleaning what an organizer typed for a contact before it is
//! stored.

use super::*;

pub(super) fn line(field: Field, raw: &str) -> Result<String> {
    Ok(text::clean_line(field, raw)?)
}

pub(super) fn resolve_country(raw: &str) -> Result<Option<String>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(countries::resolve(raw)?.code.to_string()))
}

pub(super) fn clean_tags(raw: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let tag = line(Field::Tag, tag)?;
        if !tag.is_empty() && !out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// An organization's fields, cleaned and checked, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CleanOrganization {
    pub name: String,
    pub short_name: String,
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
}

pub(crate) fn clean_organization(input: &OrganizationInput) -> Result<CleanOrganization> {
    let name = line(Field::Name, &input.name)?;
    if name.is_empty() {
        return Err(ContactError::EmptyName);
    }
    if !text::has_letter_or_digit(&name) {
        return Err(ContactError::NoLetters { name });
    }
    Ok(CleanOrganization {
        name,
        short_name: line(Field::ShortName, &input.short_name)?,
        country: resolve_country(&input.country)?,
        city: line(Field::City, &input.city)?,
        sector: line(Field::Sector, &input.sector)?,
        website: line(Field::Website, &input.website)?,
        email: line(Field::Email, &input.email)?,
        phone: line(Field::Phone, &input.phone)?,
        notes: text::clean_block(Field::Notes, &input.notes)?,
        tags: clean_tags(&input.tags)?,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CleanPerson {
    pub full_name: String,
    pub organization_id: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub country: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    pub consent_contact: bool,
    pub consent_publish: bool,
}

pub(crate) fn clean_person(input: &PersonInput) -> Result<CleanPerson> {
    let full_name = line(Field::Name, &input.full_name)?;
    if full_name.is_empty() {
        return Err(ContactError::EmptyName);
    }
    if !text::has_letter_or_digit(&full_name) {
        return Err(ContactError::NoLetters { name: full_name });
    }
    Ok(CleanPerson {
        full_name,
        organization_id: input
            .organization_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        role: line(Field::Role, &input.role)?,
        email: line(Field::Email, &input.email)?,
        phone: line(Field::Phone, &input.phone)?,
        country: resolve_country(&input.country)?,
        notes: text::clean_block(Field::Notes, &input.notes)?,
        tags: clean_tags(&input.tags)?,
        consent_contact: input.consent_contact,
        consent_publish: input.consent_publish,
    })
}

// Reading -----------------------------------------------------------------
