use super::*;
use crate::tabular::Format;

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
fn the_form_shape_maps_by_its_headers_and_values() {
    let t = table(
        &[
            "Timestamp",
            "Email Address",
            "Name of your organization",
            "Country",
            "Are you endorsing as an organization or an individual?",
            "Name of contact person",
            "Position / Affiliation",
        ],
        &[
            &[
                "2026/11/20 10:15:00 AM GMT",
                "info@kalayaan.org",
                "Kalayaan",
                "United Kingdom",
                "Organization",
                "Marissa Begonia",
                "Coordinator",
            ],
            &[
                "2026/11/20 11:00:00 AM GMT",
                "ana@example.org",
                "",
                "Chile",
                "Individual",
                "Ana Pérez",
                "Associate Professor, University of X",
            ],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![
            F::Received,
            F::Email,
            F::Organization,
            F::Country,
            F::Kind,
            F::Person,
            F::Affiliation
        ]
    );
    let reasons = guess(&t, SIGN_ON_FIELDS);
    assert!(
        reasons[3].reason.contains("2 of 2 values are countries"),
        "{reasons:?}"
    );
}

#[test]
fn a_district_is_not_a_signer() {
    let t = table(
        &["Group name", "District name", "District code"],
        &[
            &["Friends of the Park", "Camden", "E09000007"],
            &["Tenants United", "Hackney", "E09000012"],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Organization, F::Ignore, F::Ignore]
    );
}

#[test]
fn values_say_what_a_column_holds_when_its_header_does_not() {
    let t = table(
        &["Signed by", "Where", "Contact", "As"],
        &[
            &["Red de Mujeres", "Peru", "red@example.org", "Organización"],
            &[
                "Migrant Forum in Asia",
                "Philippines",
                "mfa@example.org",
                "Organization",
            ],
            &["Ana Pérez", "Chile", "ana@example.org", "Individual"],
        ],
    );
    let got = guess_fields(&t, SIGN_ON_FIELDS);
    assert_eq!(got[1], F::Country);
    assert_eq!(got[2], F::Email);
    assert_eq!(got[3], F::Kind);
}

#[test]
fn first_and_last_names_both_go_to_the_person() {
    let t = table(
        &["First name", "Last name", "Organisation", "Pays"],
        &[&["Ana", "Pérez", "Red de Mujeres", "Pérou"]],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Person, F::Person, F::Organization, F::Country]
    );
}

#[test]
fn a_consent_column_is_found() {
    let t = table(
        &["Name", "May we publish your name?", "Country"],
        &[&["Ana Pérez", "Yes", "Chile"], &["Juan Soto", "No", "Peru"]],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Person, F::Visibility, F::Country]
    );
}

#[test]
fn old_field_names_still_parse() {
    assert_eq!(
        ColumnField::parse("organization_name"),
        Some(F::Organization)
    );
    assert_eq!(ColumnField::parse("consent_publish"), Some(F::Visibility));
    assert_eq!(ColumnField::parse("Person"), Some(F::Person));
    assert_eq!(ColumnField::parse("nonsense"), None);
}
