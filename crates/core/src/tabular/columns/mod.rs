//! What each column of a spreadsheet holds: one guesser for contact imports
//! and sign-on imports.
//!
//! Each column is scored for every field from the words of its header (in
//! English, Spanish, French and Portuguese) and from its values (mostly
//! countries, e-mail addresses, "Organization"/"Individual" answers, dates,
//! yes/no answers…). Fields are then given out best score first, so that
//! "Name of your organization" goes to the organization even though it also
//! says "name", and "Name of contact person" to the person. Every guess
//! carries its reason, for the review to show.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::tabular::{Row, Table};
use crate::text::names::fold;

macro_rules! fields {
    ($($variant:ident => $text:literal),+ $(,)?) => {
        /// What a spreadsheet column holds.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum ColumnField { $($variant),+ }

        impl ColumnField {
            pub const ALL: &'static [ColumnField] = &[$(ColumnField::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(ColumnField::$variant => $text),+ }
            }
        }
    };
}

fields! {
    Ignore => "ignore",
    Kind => "kind",
    Organization => "organization",
    Acronym => "acronym",
    Person => "person",
    Role => "role",
    Affiliation => "affiliation",
    Email => "email",
    Phone => "phone",
    City => "city",
    Country => "country",
    Sector => "sector",
    Website => "website",
    Received => "received",
    Notes => "notes",
    Tags => "tags",
    ConsentContact => "consent_contact",
    Visibility => "visibility",
}

impl ColumnField {
    /// The field a `--map COLUMN=FIELD` names; older names are accepted too
    /// (`organization_name`, `person_name`, `consent_publish`).
    pub fn parse(raw: &str) -> Option<ColumnField> {
        let raw = raw.trim().to_lowercase().replace(['-', ' '], "_");
        let raw = match raw.as_str() {
            "organization_name" | "organisation" | "org" => "organization",
            "person_name" | "name" => "person",
            "consent_publish" | "consent" => "visibility",
            "date" | "timestamp" => "received",
            "position" => "role",
            other => other,
        };
        ColumnField::ALL.iter().copied().find(|f| f.as_str() == raw)
    }

    /// Fields that may take more than one column: a first and a last name,
    /// several comment questions.
    fn repeats(self) -> bool {
        matches!(self, ColumnField::Person | ColumnField::Notes)
    }
}

impl std::fmt::Display for ColumnField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The fields a sign-on import reads.
pub const SIGN_ON_FIELDS: &[ColumnField] = &[
    ColumnField::Ignore,
    ColumnField::Kind,
    ColumnField::Organization,
    ColumnField::Acronym,
    ColumnField::Person,
    ColumnField::Role,
    ColumnField::Affiliation,
    ColumnField::Email,
    ColumnField::City,
    ColumnField::Country,
    ColumnField::Received,
    ColumnField::Notes,
    ColumnField::Visibility,
];

/// The fields a contact import reads.
pub const CONTACT_FIELDS: &[ColumnField] = &[
    ColumnField::Ignore,
    ColumnField::Organization,
    ColumnField::Acronym,
    ColumnField::Person,
    ColumnField::Role,
    ColumnField::Email,
    ColumnField::Phone,
    ColumnField::Country,
    ColumnField::City,
    ColumnField::Sector,
    ColumnField::Website,
    ColumnField::Notes,
    ColumnField::Tags,
    ColumnField::ConsentContact,
    ColumnField::Visibility,
];

/// A column's field and why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnGuess {
    pub field: ColumnField,
    /// "the header says “country”; 15 of 16 values are countries".
    pub reason: String,
}

use ColumnField as F;

mod header_words;
mod values;

use header_words::HEADER_WORDS;
use values::Values;
pub use values::{answer_is_individual, date_of, yes_no};

/// Words that, before "name", say whose name a column holds when it is not
/// a signer's: "District name", "Project name".
const NOT_SIGNERS: &[&str] = &[
    "district",
    "region",
    "state",
    "province",
    "county",
    "ward",
    "municipality",
    "city",
    "town",
    "constituency",
    "parish",
    "electorate",
    "riding",
    "mp",
    "party",
    "village",
    "project",
    "event",
    "file",
    "campaign",
    "country",
    "school",
    "distrito",
    "provincia",
    "departamento",
    "municipio",
    "estado",
    "ciudad",
    "pais",
    "proyecto",
    "evento",
    "region",
    "commune",
    "departement",
    "ville",
    "projet",
    "user",
    "username",
];

/// Does `folded` (words separated by single spaces) contain `pattern`?
fn header_has(folded: &str, pattern: &str) -> bool {
    let padded = format!(" {folded} ");
    pattern
        .split('+')
        .all(|group| padded.contains(&format!(" {} ", group.trim())))
}

struct Scored {
    column: usize,
    field: ColumnField,
    score: f32,
    reason: String,
}

fn of_n(n: usize, v: &Values, what: &str) -> String {
    format!("{n} of {} values are {what}", v.sampled)
}

/// Scores one column for every allowed field.
fn score_column(column: usize, header: &str, rows: &[Row], allowed: &[ColumnField]) -> Vec<Scored> {
    let folded = fold(header);
    let v = Values::of(rows, column);
    let mut scores: HashMap<ColumnField, (f32, Vec<String>)> = HashMap::new();
    let mut add = |field: ColumnField, score: f32, why: String| {
        let entry = scores.entry(field).or_insert((0.0, Vec::new()));
        entry.0 += score;
        entry.1.push(why);
    };
    let mut best_header: HashMap<ColumnField, (f32, &str)> = HashMap::new();
    for (pattern, field, weight) in HEADER_WORDS {
        if header_has(&folded, pattern) {
            let best = best_header.entry(*field).or_insert((0.0, pattern));
            if *weight > best.0 {
                *best = (*weight, pattern);
            }
        }
    }
    for (field, (weight, pattern)) in &best_header {
        let words = pattern.replace('+', " … ");
        add(*field, *weight, format!("the header says “{words}”"));
    }
    let share = |n| v.share(n);
    if share(v.countries) >= 0.5 {
        add(
            F::Country,
            0.6 * share(v.countries),
            of_n(v.countries, &v, "countries"),
        );
    }
    if share(v.emails) >= 0.5 {
        add(
            F::Email,
            0.6 * share(v.emails),
            of_n(v.emails, &v, "e-mail addresses"),
        );
    }
    if share(v.kinds) >= 0.5 {
        add(
            F::Kind,
            0.6 * share(v.kinds),
            of_n(v.kinds, &v, "“organization” or “individual”"),
        );
    }
    if share(v.dates) >= 0.8 {
        add(
            F::Received,
            0.4 * share(v.dates),
            of_n(v.dates, &v, "dates"),
        );
    }
    if share(v.urls) >= 0.5 {
        add(
            F::Website,
            0.6 * share(v.urls),
            of_n(v.urls, &v, "web addresses"),
        );
    }
    if share(v.phones) >= 0.5 {
        add(
            F::Phone,
            0.5 * share(v.phones),
            of_n(v.phones, &v, "phone numbers"),
        );
    }
    if share(v.yes_no) >= 0.8 {
        for field in [F::Visibility, F::ConsentContact] {
            if best_header.contains_key(&field) {
                add(field, 0.2, of_n(v.yes_no, &v, "yes or no"));
            }
        }
    }
    if share(v.acronyms) >= 0.6 {
        add(F::Acronym, 0.2, of_n(v.acronyms, &v, "acronyms"));
    }
    let names = [F::Organization, F::Person];
    // Names alone can carry a column whose header says nothing we know
    // ("JMÉNO, PŘÍJMENÍ"), when most of them look alike.
    if share(v.organizations) > share(v.people) && share(v.organizations) >= 0.3 {
        let weight = if share(v.organizations) >= 0.7 {
            0.5
        } else {
            0.3
        };
        let why = of_n(v.organizations, &v, "organizations' names");
        add(
            F::Organization,
            weight * share(v.organizations),
            why.clone(),
        );
        // An "affiliation" column holds organizations too, with roles in
        // some of them: the header decides between the two.
        add(F::Affiliation, weight * share(v.organizations), why);
    } else if share(v.people) >= 0.5 {
        let weight = if share(v.people) >= 0.7 { 0.6 } else { 0.3 };
        add(
            F::Person,
            weight * share(v.people),
            of_n(v.people, &v, "people's names"),
        );
    }
    // What a name column cannot be.
    let not_a_name = if v.sampled > 0 && share(v.numbers) >= 0.5 {
        Some("its values are numbers".to_string())
    } else if share(v.emails) >= 0.5 {
        Some("its values are e-mail addresses".to_string())
    } else if share(v.countries) >= 0.6 {
        Some("its values are countries".to_string())
    } else if share(v.dates) >= 0.8 {
        Some("its values are dates".to_string())
    } else {
        let words: Vec<&str> = folded.split(' ').collect();
        // "District name", "Congressional District": a short header about a
        // place or a thing, not about who signs. A long question that
        // mentions a state is about something else.
        let names_someone_else = words.len() <= 4
            && words.iter().any(|w| NOT_SIGNERS.contains(w))
            && !best_header.contains_key(&F::Organization)
            && share(v.organizations) < 0.5
            || (words.len() <= 4
                && ["name", "nombre", "nom", "nome"]
                    .iter()
                    .any(|n| words.contains(n))
                && words.iter().any(|w| NOT_SIGNERS.contains(w))
                && !words
                    .iter()
                    .any(|w| matches!(*w, "organization" | "organisation" | "group")));
        names_someone_else.then(|| {
            format!("the header names a {}, not a signer", {
                words
                    .iter()
                    .find(|w| NOT_SIGNERS.contains(w))
                    .copied()
                    .unwrap_or("thing")
            })
        })
    };
    if let Some(why) = &not_a_name {
        for field in names.iter().chain(&[F::Acronym, F::Role, F::Affiliation]) {
            scores.remove(field);
        }
        scores.insert(F::Ignore, (0.5, vec![why.clone()]));
    }
    scores
        .into_iter()
        .filter(|(field, _)| allowed.contains(field))
        .map(|(field, (score, reasons))| Scored {
            column,
            field,
            score,
            reason: reasons.join("; "),
        })
        .collect()
}

/// Below this, a column is left out rather than guessed.
const SURE_ENOUGH: f32 = 0.45;

/// A field for each column, best-scored pairs first; each field once
/// except a person's name (first and last) and notes.
pub fn guess(table: &Table, allowed: &[ColumnField]) -> Vec<ColumnGuess> {
    let mut scored: Vec<Scored> = table
        .headers
        .iter()
        .enumerate()
        .flat_map(|(i, h)| score_column(i, h, &table.rows, allowed))
        .collect();
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.column.cmp(&b.column))
            .then(a.field.as_str().cmp(b.field.as_str()))
    });
    let mut out: Vec<Option<ColumnGuess>> = vec![None; table.headers.len()];
    let mut given: HashMap<ColumnField, usize> = HashMap::new();
    for s in &scored {
        if out[s.column].is_some() || s.score < SURE_ENOUGH {
            continue;
        }
        if s.field == F::Ignore {
            out[s.column] = Some(ColumnGuess {
                field: F::Ignore,
                reason: s.reason.clone(),
            });
            continue;
        }
        let times = given.get(&s.field).copied().unwrap_or(0);
        let may_repeat = s.field.repeats()
            && (s.field == F::Notes || is_name_part(&fold(&table.headers[s.column])));
        if times > 0 && !may_repeat {
            continue;
        }
        given.insert(s.field, times + 1);
        out[s.column] = Some(ColumnGuess {
            field: s.field,
            reason: s.reason.clone(),
        });
    }
    let mut guesses: Vec<ColumnGuess> = out
        .into_iter()
        .map(|g| {
            g.unwrap_or_else(|| ColumnGuess {
                field: F::Ignore,
                reason: "nothing in its header or values says what it holds".into(),
            })
        })
        .collect();
    // A bare "Name" with no organization column: in a coalition's lists it
    // is more often the organization, unless its values are people's names.
    if allowed.contains(&F::Organization)
        && !guesses.iter().any(|g| g.field == F::Organization)
        && let Some(i) = guesses.iter().position(|g| g.field == F::Person)
        && matches!(
            fold(&table.headers[i]).as_str(),
            "name" | "nombre" | "nom" | "nome" | "signatory" | "signatories" | "names"
        )
    {
        let v = Values::of(&table.rows, i);
        if v.share(v.people) < 0.5 || v.share(v.organizations) >= v.share(v.people) {
            guesses[i] = ColumnGuess {
                field: F::Organization,
                reason: "the header says “name” and there is no organization column".into(),
            };
        }
    }
    // A first-name column needs its last-name column to be a person.
    guesses
}

/// A header of a part of a person's name: "First name", "Apellidos".
fn is_name_part(folded: &str) -> bool {
    [
        "first name",
        "given name",
        "last name",
        "family name",
        "surname",
        "apellido",
        "apellidos",
        "prenom",
        "nom de famille",
        "sobrenome",
        "name",
        "nombre",
        "nom",
        "nome",
    ]
    .iter()
    .any(|p| header_has(folded, p))
}

/// The fields alone, for callers that do not show reasons.
pub fn guess_fields(table: &Table, allowed: &[ColumnField]) -> Vec<ColumnField> {
    guess(table, allowed).into_iter().map(|g| g.field).collect()
}

#[cfg(test)]
mod tests;
