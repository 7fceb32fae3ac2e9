//! Which language version of a statement a contact is sent: the one the
//! organizer picked, or the one in a language of the contact's country
//! when a translation in it exists, or else the original.
//!
//! Contacts record a country, not a language; the languages a country's
//! organizations are most likely to read stand in for it, in the order
//! tried (Canada: English, then French).

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::signons::{EndorsementError, Result};
use crate::statements::{self, Statement};

/// One language version the organizer can send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageVersion {
    pub statement_id: String,
    /// BCP 47 tag.
    pub language: String,
    pub title: String,
}

/// Countries by the languages their organizations most likely read, most
/// likely first. Countries not listed get the original.
const COUNTRY_LANGUAGES: &[(&str, &[&str])] = &[
    ("AD", &["ca", "es"]),
    ("AE", &["ar", "en"]),
    ("AO", &["pt"]),
    ("AR", &["es"]),
    ("AT", &["de"]),
    ("AU", &["en"]),
    ("BE", &["nl", "fr", "de"]),
    ("BF", &["fr"]),
    ("BH", &["ar"]),
    ("BI", &["fr", "rn"]),
    ("BJ", &["fr"]),
    ("BO", &["es"]),
    ("BR", &["pt"]),
    ("BY", &["be", "ru"]),
    ("BZ", &["en", "es"]),
    ("CA", &["en", "fr"]),
    ("CD", &["fr"]),
    ("CF", &["fr"]),
    ("CG", &["fr"]),
    ("CH", &["de", "fr", "it"]),
    ("CI", &["fr"]),
    ("CL", &["es"]),
    ("CM", &["fr", "en"]),
    ("CO", &["es"]),
    ("CR", &["es"]),
    ("CU", &["es"]),
    ("CV", &["pt"]),
    ("DE", &["de"]),
    ("DJ", &["fr", "ar"]),
    ("DO", &["es"]),
    ("DZ", &["ar", "fr"]),
    ("EC", &["es"]),
    ("EG", &["ar"]),
    ("ES", &["es", "ca", "eu", "gl"]),
    ("FR", &["fr"]),
    ("GA", &["fr"]),
    ("GB", &["en"]),
    ("GF", &["fr"]),
    ("GH", &["en"]),
    ("GN", &["fr"]),
    ("GP", &["fr"]),
    ("GQ", &["es", "fr", "pt"]),
    ("GT", &["es"]),
    ("GW", &["pt"]),
    ("HN", &["es"]),
    ("HT", &["fr", "ht"]),
    ("IE", &["en", "ga"]),
    ("IQ", &["ar", "ku"]),
    ("IT", &["it"]),
    ("JM", &["en"]),
    ("JO", &["ar"]),
    ("KE", &["en", "sw"]),
    ("KM", &["fr", "ar"]),
    ("KW", &["ar"]),
    ("LB", &["ar", "fr"]),
    ("LI", &["de"]),
    ("LU", &["fr", "de", "lb"]),
    ("LY", &["ar"]),
    ("MA", &["ar", "fr"]),
    ("MC", &["fr"]),
    ("MG", &["mg", "fr"]),
    ("ML", &["fr"]),
    ("MQ", &["fr"]),
    ("MR", &["ar", "fr"]),
    ("MX", &["es"]),
    ("MZ", &["pt"]),
    ("NC", &["fr"]),
    ("NE", &["fr"]),
    ("NG", &["en"]),
    ("NI", &["es"]),
    ("NL", &["nl"]),
    ("NZ", &["en"]),
    ("OM", &["ar"]),
    ("PA", &["es"]),
    ("PE", &["es"]),
    ("PF", &["fr"]),
    ("PH", &["en", "fil"]),
    ("PR", &["es", "en"]),
    ("PS", &["ar"]),
    ("PT", &["pt"]),
    ("PY", &["es", "gn"]),
    ("QA", &["ar"]),
    ("RE", &["fr"]),
    ("RU", &["ru"]),
    ("RW", &["rw", "en", "fr"]),
    ("SA", &["ar"]),
    ("SD", &["ar", "en"]),
    ("SG", &["en"]),
    ("SN", &["fr"]),
    ("SR", &["nl"]),
    ("ST", &["pt"]),
    ("SV", &["es"]),
    ("SY", &["ar"]),
    ("TD", &["fr", "ar"]),
    ("TG", &["fr"]),
    ("TL", &["pt", "tet"]),
    ("TN", &["ar", "fr"]),
    ("TZ", &["sw", "en"]),
    ("UG", &["en", "sw"]),
    ("US", &["en", "es"]),
    ("UY", &["es"]),
    ("VE", &["es"]),
    ("YE", &["ar"]),
    ("ZA", &["en"]),
    ("ZM", &["en"]),
    ("ZW", &["en"]),
];

use crate::text::primary_language as primary;

/// The languages a contact in `country` most likely reads, most likely first.
pub fn languages_of_country(country: &str) -> &'static [&'static str] {
    let country = country.trim().to_ascii_uppercase();
    COUNTRY_LANGUAGES
        .binary_search_by(|(code, _)| code.cmp(&country.as_str()))
        .map(|i| COUNTRY_LANGUAGES[i].1)
        .unwrap_or(&[])
}

/// The statement's language versions, the original first.
pub fn versions(conn: &Connection, statement_id: &str) -> Result<Vec<LanguageVersion>> {
    Ok(statements::language_versions(conn, statement_id)?
        .into_iter()
        .map(|s| LanguageVersion {
            statement_id: s.id,
            language: s.language,
            title: s.title,
        })
        .collect())
}

/// The version to send: in `language` when the organizer picked one (the
/// exact tag first, then the same primary language), else in a language of
/// the contact's country, else the original.
pub(crate) fn pick(
    conn: &Connection,
    statement_id: &str,
    country: Option<&str>,
    language: Option<&str>,
) -> Result<Statement> {
    let mut all = statements::language_versions(conn, statement_id)?;
    let found = match language.map(str::trim).filter(|l| !l.is_empty()) {
        Some(wanted) => {
            let index = all
                .iter()
                .position(|s| s.language.eq_ignore_ascii_case(wanted))
                .or_else(|| {
                    all.iter()
                        .position(|s| primary(&s.language) == primary(wanted))
                });
            let Some(index) = index else {
                return Err(EndorsementError::Invitation {
                    reason: format!(
                        "the statement has no version in “{wanted}”; its languages are {}",
                        all.iter()
                            .map(|s| s.language.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            };
            index
        }
        None => country
            .map(languages_of_country)
            .unwrap_or_default()
            .iter()
            .find_map(|l| all.iter().position(|s| primary(&s.language) == *l))
            .unwrap_or(0),
    };
    Ok(all.swap_remove(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_table_is_sorted_so_lookups_find_every_row() {
        assert!(COUNTRY_LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, languages) in COUNTRY_LANGUAGES {
            assert_eq!(languages_of_country(code), *languages);
            assert!(crate::countries::by_code(code).is_some(), "{code}");
        }
        assert_eq!(languages_of_country("mx"), &["es"]);
        assert!(languages_of_country("XX").is_empty());
    }
}
