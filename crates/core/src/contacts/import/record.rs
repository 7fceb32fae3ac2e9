//! One row of an import file read through the column mapping.

use super::*;

/// One row's organization and person, cleaned.
pub(super) struct RowRecord {
    pub(super) organization: Option<CleanOrganization>,
    pub(super) person: Option<CleanPerson>,
}

pub(super) fn yes(raw: &str) -> bool {
    columns::yes_no(raw) == Some(true)
}

pub(super) fn cell<'a>(row: &'a Row, mapping: &[ImportField], field: ImportField) -> &'a str {
    mapping
        .iter()
        .position(|f| *f == field)
        .and_then(|i| row.cells.get(i))
        .map_or("", |s| s.as_str())
}

pub(super) fn record(
    row: &Row,
    mapping: &[ImportField],
    headers: &[String],
) -> Result<RowRecord, String> {
    let get = |f| cell(row, mapping, f);
    let column_of = |f: ImportField| {
        mapping
            .iter()
            .position(|m| *m == f)
            .map(|i| {
                format!(
                    "column {} (“{}”)",
                    i + 1,
                    headers.get(i).map_or("", |h| h.as_str())
                )
            })
            .unwrap_or_default()
    };
    let tags: Vec<String> = get(ImportField::Tags)
        .split([',', ';'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let org_name = get(ImportField::Organization).trim();
    let person_name = get(ImportField::Person).trim();
    if org_name.is_empty() && person_name.is_empty() {
        return Err("no name: the organization and person columns are both empty".into());
    }
    let explain = |field: ImportField, err: ContactError| format!("{}: {err}", column_of(field));
    let country = get(ImportField::Country);
    if !country.trim().is_empty() {
        crate::countries::resolve(country)
            .map_err(|e| format!("{}: {e}", column_of(ImportField::Country)))?;
    }
    let organization = if org_name.is_empty() {
        None
    } else {
        let input = OrganizationInput {
            name: org_name.to_string(),
            short_name: get(ImportField::Acronym).to_string(),
            country: country.to_string(),
            city: get(ImportField::City).to_string(),
            sector: get(ImportField::Sector).to_string(),
            website: get(ImportField::Website).to_string(),
            // With a person on the row, the e-mail and phone are theirs.
            email: if person_name.is_empty() {
                get(ImportField::Email).to_string()
            } else {
                String::new()
            },
            phone: if person_name.is_empty() {
                get(ImportField::Phone).to_string()
            } else {
                String::new()
            },
            notes: if person_name.is_empty() {
                get(ImportField::Notes).to_string()
            } else {
                String::new()
            },
            tags: if person_name.is_empty() {
                tags.clone()
            } else {
                Vec::new()
            },
        };
        Some(
            contacts::clean_organization(&input)
                .map_err(|e| explain(ImportField::Organization, e))?,
        )
    };
    let person = if person_name.is_empty() {
        None
    } else {
        let input = PersonInput {
            full_name: person_name.to_string(),
            organization_id: None,
            role: get(ImportField::Role).to_string(),
            email: get(ImportField::Email).to_string(),
            phone: get(ImportField::Phone).to_string(),
            country: country.to_string(),
            notes: get(ImportField::Notes).to_string(),
            tags,
            consent_contact: yes(get(ImportField::ConsentContact)),
            consent_publish: yes(get(ImportField::Visibility)),
        };
        Some(contacts::clean_person(&input).map_err(|e| explain(ImportField::Person, e))?)
    };
    Ok(RowRecord {
        organization,
        person,
    })
}
