use super::*;

fn headers(h: &[&str]) -> Table {
    Table {
        format: crate::tabular::Format::Csv,
        encoding: None,
        delimiter: Some(','),
        warnings: Vec::new(),
        headers: h.iter().map(|s| s.to_string()).collect(),
        rows: Vec::new(),
    }
}

#[test]
fn headers_in_three_languages_are_guessed() {
    use ImportField as F;
    assert_eq!(
        guess_mapping(&headers(&[
            "Organización",
            "Siglas",
            "País",
            "Correo electrónico",
            "Teléfono"
        ])),
        vec![F::Organization, F::Acronym, F::Country, F::Email, F::Phone]
    );
    assert_eq!(
        guess_mapping(&headers(&[
            "Nom de l'organisation",
            "Personne de contact",
            "Ville",
            "Pays",
            "Courriel"
        ])),
        vec![F::Organization, F::Person, F::City, F::Country, F::Email]
    );
    assert_eq!(
        guess_mapping(&headers(&[
            "Timestamp",
            "Email Address",
            "Organization",
            "Country",
            "Contact person",
            "Position"
        ])),
        vec![
            F::Ignore,
            F::Email,
            F::Organization,
            F::Country,
            F::Person,
            F::Role
        ]
    );
    // "Name" alone is the organization.
    assert_eq!(
        guess_mapping(&headers(&["Name", "Country"])),
        vec![F::Organization, F::Country]
    );
}

#[test]
fn fields_parse_from_their_names() {
    assert_eq!(
        ImportField::parse("Organization"),
        Some(ImportField::Organization)
    );
    assert_eq!(
        ImportField::parse("consent-publish"),
        Some(ImportField::Visibility)
    );
    assert_eq!(ImportField::parse("shoe size"), None);
}
