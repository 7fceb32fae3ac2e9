//! Reading the rows of a spreadsheet, such as a form service's response
//! sheet, through a column mapping.

use crate::signons::{EndorsementError, EndorsementKind, Result, Visibility};
use crate::tabular::columns::{self, ColumnField, SIGN_ON_FIELDS};
use crate::tabular::{Row, Table};
use crate::text::names::fold;
use crate::text::words;

use super::IntakeRow;

/// How a consent column answers: "May we publish your name?" (yes names
/// them) or "Sign anonymously?" (yes hides them); ticks in an otherwise
/// empty column are checkboxes, where an empty cell is a "no".
struct ConsentColumn {
    index: usize,
    inverted: bool,
    checkboxes: bool,
}

impl ConsentColumn {
    fn new(table: &Table, index: usize) -> ConsentColumn {
        let header = fold(&table.headers[index]);
        let inverted = [
            "anonym",
            "anonim",
            "do not",
            "don t",
            "dont",
            "ne pas",
            "no publicar",
            "private",
            "confidential",
            "withhold",
            "hide",
            "not be named",
            "not be listed",
        ]
        .iter()
        .any(|w| header.contains(w));
        let values: Vec<&str> = table
            .rows
            .iter()
            .filter_map(|r| r.cells.get(index))
            .map(|c| c.trim())
            .collect();
        let ticked = values.iter().filter(|v| !v.is_empty()).count();
        let checkboxes = ticked > 0
            && ticked < values.len()
            && values
                .iter()
                .filter(|v| !v.is_empty())
                .all(|v| columns::yes_no(v) == Some(true));
        ConsentColumn {
            index,
            inverted,
            checkboxes,
        }
    }

    fn answer(&self, row: &Row) -> Option<Visibility> {
        let cell = row.cells.get(self.index).map_or("", |c| c.trim());
        let folded = fold(cell);
        if folded.contains("organi")
            && [
                "only",
                "solo",
                "solamente",
                "seulement",
                "uniquement",
                "apenas",
                "somente",
            ]
            .iter()
            .any(|w| folded.contains(w))
        {
            return Some(Visibility::OrganizationOnly);
        }
        if ["anonym", "anonim", "counted", "not listed", "private"]
            .iter()
            .any(|w| folded.contains(w))
        {
            return Some(Visibility::CountedOnly);
        }
        let yes = match columns::yes_no(cell) {
            Some(answer) => answer,
            None if cell.is_empty() && self.checkboxes && !self.inverted => false,
            None if ["public", "publico", "named", "by name"]
                .iter()
                .any(|w| folded.contains(w)) =>
            {
                true
            }
            None => return None,
        };
        Some(if yes != self.inverted {
            Visibility::Public
        } else {
            Visibility::CountedOnly
        })
    }
}

/// Checks a mapping against a table: one field per column, a name column,
/// and only fields a sign-on import reads.
pub(crate) fn check_mapping(table: &Table, mapping: &[ColumnField]) -> Result<()> {
    if mapping.len() != table.headers.len() {
        return Err(EndorsementError::Intake {
            reason: format!(
                "the mapping has {} columns but the file has {}",
                mapping.len(),
                table.headers.len()
            ),
        });
    }
    if let Some((i, field)) = mapping
        .iter()
        .enumerate()
        .find(|(_, f)| !SIGN_ON_FIELDS.contains(f))
    {
        return Err(EndorsementError::Intake {
            reason: format!(
                "column {} (“{}”) is mapped to “{field}”, which sign-ons do not keep; map it to one of {}",
                i + 1,
                table.headers[i],
                SIGN_ON_FIELDS
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    if !mapping
        .iter()
        .any(|f| matches!(f, ColumnField::Organization | ColumnField::Person))
    {
        return Err(EndorsementError::Intake {
            reason: "no column is mapped to a name; map a column to “organization” or “person”"
                .into(),
        });
    }
    Ok(())
}

fn joined(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// The rows of a spreadsheet as signatories, through a column mapping.
pub fn rows_of_table(table: &Table, mapping: &[ColumnField]) -> Result<Vec<IntakeRow>> {
    check_mapping(table, mapping)?;
    let consent = mapping
        .iter()
        .position(|f| *f == ColumnField::Visibility)
        .map(|i| ConsentColumn::new(table, i));
    // A person column that names a contact ("Name of contact person") is
    // who signed for an organization; any other is a person signing, with
    // the organization column as their affiliation.
    let person_signs_for_organization = mapping
        .iter()
        .enumerate()
        .filter(|(_, f)| **f == ColumnField::Person)
        .any(|(i, _)| {
            let header = fold(&table.headers[i]);
            [
                "contact",
                "contacto",
                "contato",
                "representative",
                "representante",
                "behalf",
            ]
            .iter()
            .any(|w| header.contains(w))
        });
    let mut out = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let all = |field: ColumnField| -> Vec<&str> {
            mapping
                .iter()
                .enumerate()
                .filter(|(_, f)| **f == field)
                .filter_map(|(i, _)| row.cells.get(i))
                .map(|s| s.trim())
                .collect()
        };
        let get = |field: ColumnField| all(field).first().copied().unwrap_or("");
        let org = get(ColumnField::Organization);
        let person = joined(&all(ColumnField::Person), " ");
        let role = get(ColumnField::Role);
        let affiliation = get(ColumnField::Affiliation);
        let answered = columns::answer_is_individual(get(ColumnField::Kind));
        let mut read_note = String::new();
        let kind = match answered {
            Some(true) if person.is_empty() && !org.is_empty() => {
                read_note =
                    "answered “individual” but gave no person's name; read as the organization"
                        .into();
                EndorsementKind::Organization
            }
            Some(false) if org.is_empty() && !person.is_empty() => {
                read_note = "answered “organization” but gave no organization's name; read as an individual".into();
                EndorsementKind::Individual
            }
            Some(true) => EndorsementKind::Individual,
            Some(false) => EndorsementKind::Organization,
            None if person.is_empty() => EndorsementKind::Organization,
            None if !org.is_empty() && person_signs_for_organization => {
                EndorsementKind::Organization
            }
            None => EndorsementKind::Individual,
        };
        let mut notes = Vec::new();
        let (name, printed_affiliation, organization) = match kind {
            EndorsementKind::Organization => {
                // The position the contact person gave, in either column.
                let role = if role.is_empty() { affiliation } else { role };
                let contact = match (person.is_empty(), role.is_empty()) {
                    (true, _) => String::new(),
                    (false, true) => format!("Contact: {person}"),
                    (false, false) => format!("Contact: {person} ({role})"),
                };
                if !contact.is_empty() {
                    notes.push(contact);
                }
                let name = if org.is_empty() { affiliation } else { org };
                (name.to_string(), String::new(), String::new())
            }
            EndorsementKind::Individual => {
                let sent = if affiliation.is_empty() {
                    joined(&[role, org], ", ")
                } else {
                    affiliation.to_string()
                };
                // An organization cell may still hold a role ("Team Lead,
                // HMRC"), a handle or the person's own name: only an
                // organization lists them.
                let folded = fold(org);
                let organization = if words::has_role_word(&folded)
                    || org.contains('@')
                    || fold(&person)
                        .split(' ')
                        .any(|w| w.chars().count() >= 3 && folded.split(' ').any(|o| o == w))
                {
                    match crate::text::affiliation::organization_part_of(org, &person) {
                        crate::text::affiliation::OrganizationPart::Organization(name) => name,
                        _ => String::new(),
                    }
                } else {
                    org.to_string()
                };
                (person.clone(), sent, organization)
            }
        };
        notes.extend(
            all(ColumnField::Notes)
                .iter()
                .filter(|n| !n.is_empty())
                .map(|n| n.to_string()),
        );
        out.push(IntakeRow {
            row: row.number as u32,
            kind: Some(kind),
            name,
            acronym: get(ColumnField::Acronym).to_string(),
            affiliation: printed_affiliation,
            // Without an affiliation cell, the organization column alone
            // says what the person is listed by: never their position.
            organization_known: kind == EndorsementKind::Individual && affiliation.is_empty(),
            organization,
            city: get(ColumnField::City).to_string(),
            country: get(ColumnField::Country).to_string(),
            email: get(ColumnField::Email).to_string(),
            received_on: columns::date_of(get(ColumnField::Received)),
            notes: notes.join("\n"),
            visibility: consent.as_ref().and_then(|c| c.answer(row)),
            heading: false,
            read_note,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tabular::Format;
    use ColumnField as F;

    fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            format: Format::Csv,
            encoding: None,
            delimiter: Some(','),
            warnings: Vec::new(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    number: i + 2,
                    cells: r.iter().map(|c| c.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_form_shape_reads_organizations_and_individuals() {
        let t = table(
            &["Org", "Kind", "Person", "Position / Affiliation"],
            &[
                &["Kalayaan", "Organization", "Marissa Begonia", ""],
                &[
                    "",
                    "Individual",
                    "Ana Pérez",
                    "Associate Professor, University of X",
                ],
                &["Shelter Network", "Individual", "Juan Soto", ""],
            ],
        );
        let rows = rows_of_table(&t, &[F::Organization, F::Kind, F::Person, F::Affiliation])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].name, "Kalayaan");
        assert_eq!(rows[0].notes, "Contact: Marissa Begonia");
        assert_eq!(rows[1].name, "Ana Pérez");
        assert_eq!(rows[1].affiliation, "Associate Professor, University of X");
        assert_eq!(rows[2].affiliation, "Shelter Network");
        assert_eq!(rows[2].organization, "Shelter Network");
    }

    #[test]
    fn without_a_kind_a_contact_column_signs_for_its_organization() {
        let contact = table(
            &["Organization", "Contact person"],
            &[&["Kalayaan", "Marissa Begonia"]],
        );
        let rows = rows_of_table(&contact, &[F::Organization, F::Person])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].kind, Some(EndorsementKind::Organization));
        // "name, role, org": people signing, the organization their affiliation.
        let people = table(
            &["name", "role", "org"],
            &[&["Ana Pérez", "Engineer", "GDS"]],
        );
        let rows = rows_of_table(&people, &[F::Person, F::Role, F::Organization])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].kind, Some(EndorsementKind::Individual));
        assert_eq!(rows[0].affiliation, "Engineer, GDS");
        assert_eq!(rows[0].organization, "GDS");
    }

    #[test]
    fn consent_answers_are_read_and_no_wins() {
        let t = table(
            &["Name", "May we publish your name?"],
            &[
                &["Ana", ""],
                &["Juan", "No"],
                &["Rosa", "Sí"],
                &["Li", "only my organization"],
            ],
        );
        let rows = rows_of_table(&t, &[F::Person, F::Visibility]).unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<Option<Visibility>> = rows.iter().map(|r| r.visibility).collect();
        assert_eq!(
            got,
            vec![
                None,
                Some(Visibility::CountedOnly),
                Some(Visibility::Public),
                Some(Visibility::OrganizationOnly)
            ]
        );
        let anonymous = table(
            &["Name", "Sign anonymously?"],
            &[&["Ana", "yes"], &["Juan", "no"]],
        );
        let rows = rows_of_table(&anonymous, &[F::Person, F::Visibility])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].visibility, Some(Visibility::CountedOnly));
        assert_eq!(rows[1].visibility, Some(Visibility::Public));
        let ticks = table(&["Name", "List my name"], &[&["Ana", "x"], &["Juan", ""]]);
        let rows =
            rows_of_table(&ticks, &[F::Person, F::Visibility]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].visibility, Some(Visibility::Public));
        assert_eq!(rows[1].visibility, Some(Visibility::CountedOnly));
    }

    #[test]
    fn a_field_sign_ons_do_not_keep_is_refused_with_its_column() {
        let t = table(&["Name", "Phone"], &[&["Ana", "123"]]);
        let err = rows_of_table(&t, &[F::Person, F::Phone])
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_deref()
                .is_some_and(|e| e.contains("column 2 (“Phone”)")),
            "{err:?}"
        );
    }
}
