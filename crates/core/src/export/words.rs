//! The words an export prints around the text, in the statement's language.

use super::*;

pub(super) const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

/// Words of the count line and headings, in the statement's language
/// (English, Spanish or French; others read English for now).
pub(super) struct Words {
    pub(super) signed_by: &'static str,
    pub(super) issued_by: &'static str,
    pub(super) and: &'static str,
    pub(super) from: &'static str,
    pub(super) organization: (&'static str, &'static str),
    pub(super) individual: (&'static str, &'static str),
    pub(super) country: (&'static str, &'static str),
    pub(super) organizations: &'static str,
    pub(super) individuals: &'static str,
    pub(super) other: &'static str,
}

pub(super) fn words(language: &str) -> Words {
    match primary(language).as_str() {
        "es" => Words {
            signed_by: "Firmado por",
            issued_by: "Emitida por",
            and: "y",
            from: "de",
            organization: ("organización", "organizaciones"),
            individual: ("persona", "personas"),
            country: ("país", "países"),
            organizations: "Organizaciones",
            individuals: "Personas",
            other: "Otros",
        },
        "fr" => Words {
            signed_by: "Signé par",
            issued_by: "Publiée par",
            and: "et",
            from: "de",
            organization: ("organisation", "organisations"),
            individual: ("personne", "personnes"),
            country: ("pays", "pays"),
            organizations: "Organisations",
            individuals: "Personnes",
            other: "Autres",
        },
        "pt" => Words {
            signed_by: "Assinado por",
            issued_by: "Emitida por",
            and: "e",
            from: "de",
            organization: ("organização", "organizações"),
            individual: ("pessoa", "pessoas"),
            country: ("país", "países"),
            organizations: "Organizações",
            individuals: "Pessoas",
            other: "Outros",
        },
        "it" => Words {
            signed_by: "Firmato da",
            issued_by: "Pubblicata da",
            and: "e",
            from: "di",
            organization: ("organizzazione", "organizzazioni"),
            individual: ("persona", "persone"),
            country: ("paese", "paesi"),
            organizations: "Organizzazioni",
            individuals: "Persone",
            other: "Altri",
        },
        "de" => Words {
            signed_by: "Unterzeichnet von",
            issued_by: "Herausgegeben von",
            and: "und",
            from: "aus",
            organization: ("Organisation", "Organisationen"),
            individual: ("Einzelperson", "Einzelpersonen"),
            country: ("Land", "Ländern"),
            organizations: "Organisationen",
            individuals: "Einzelpersonen",
            other: "Sonstige",
        },
        _ => Words {
            signed_by: "Signed by",
            issued_by: "Issued by",
            and: "and",
            from: "from",
            organization: ("organization", "organizations"),
            individual: ("individual", "individuals"),
            country: ("country", "countries"),
            organizations: "Organizations",
            individuals: "Individuals",
            other: "Other",
        },
    }
}

/// "Issued by A, B and C" from the organizations named one per line.
pub(super) fn issued_by_line(issued_by: &str, w: &Words) -> String {
    let names: Vec<&str> = issued_by
        .lines()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("{} {one}", w.issued_by),
        [rest @ .., last] => format!("{} {} {} {last}", w.issued_by, rest.join(", "), w.and),
    }
}

pub(super) fn counted(n: u32, forms: (&str, &str)) -> String {
    format!("{n} {}", if n == 1 { forms.0 } else { forms.1 })
}
