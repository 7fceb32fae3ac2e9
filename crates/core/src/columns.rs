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

use crate::contacts::fold;
use crate::tabular::{Row, Table};
use crate::words;

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

/// Header words for each field, folded. Words joined by spaces must appear
/// together in that order; `+` joins groups that must all appear anywhere.
/// The number is how sure the words make the guess.
const HEADER_WORDS: &[(&str, ColumnField, f32)] = &[
    ("organization+individual", F::Kind, 0.95),
    ("organisation+individual", F::Kind, 0.95),
    ("organizacion+individual", F::Kind, 0.95),
    ("organisation+individuel", F::Kind, 0.95),
    ("organizacao+individual", F::Kind, 0.95),
    ("organization+person", F::Kind, 0.9),
    ("signing as", F::Kind, 0.9),
    ("sign as", F::Kind, 0.9),
    ("endorsing as", F::Kind, 0.9),
    ("endorse as", F::Kind, 0.9),
    ("firma como", F::Kind, 0.9),
    ("firmar como", F::Kind, 0.9),
    ("firmas como", F::Kind, 0.9),
    ("signez en tant", F::Kind, 0.9),
    ("signer en tant", F::Kind, 0.9),
    ("assina como", F::Kind, 0.9),
    ("type of signatory", F::Kind, 0.9),
    ("signatory type", F::Kind, 0.9),
    ("tipo de firmante", F::Kind, 0.9),
    ("endorser type", F::Kind, 0.9),
    ("kind", F::Kind, 0.5),
    ("type", F::Kind, 0.4),
    ("tipo", F::Kind, 0.4),
    ("timestamp", F::Received, 0.9),
    ("marca temporal", F::Received, 0.9),
    ("horodateur", F::Received, 0.9),
    ("carimbo de data", F::Received, 0.9),
    ("submitted", F::Received, 0.7),
    ("received", F::Received, 0.7),
    ("date", F::Received, 0.6),
    ("fecha", F::Received, 0.6),
    ("data", F::Received, 0.5),
    ("email", F::Email, 0.9),
    ("e mail", F::Email, 0.9),
    ("correo", F::Email, 0.9),
    ("courriel", F::Email, 0.9),
    ("mail", F::Email, 0.7),
    ("acronym", F::Acronym, 0.9),
    ("acronimo", F::Acronym, 0.9),
    ("siglas", F::Acronym, 0.9),
    ("sigla", F::Acronym, 0.9),
    ("sigle", F::Acronym, 0.9),
    ("short name", F::Acronym, 0.9),
    ("abbreviation", F::Acronym, 0.9),
    ("abreviatura", F::Acronym, 0.9),
    ("organization+name", F::Organization, 0.9),
    ("organisation+name", F::Organization, 0.9),
    ("organizacion+nombre", F::Organization, 0.9),
    ("organisation+nom", F::Organization, 0.9),
    ("organizacao+nome", F::Organization, 0.9),
    ("organization", F::Organization, 0.8),
    ("organisation", F::Organization, 0.8),
    ("organizacion", F::Organization, 0.8),
    ("organizacao", F::Organization, 0.8),
    ("institution", F::Organization, 0.7),
    ("institucion", F::Organization, 0.7),
    ("instituicao", F::Organization, 0.7),
    ("group", F::Organization, 0.7),
    ("grupo", F::Organization, 0.7),
    ("groupe", F::Organization, 0.7),
    ("entidad", F::Organization, 0.7),
    ("entidade", F::Organization, 0.7),
    ("association", F::Organization, 0.7),
    ("asociacion", F::Organization, 0.7),
    ("company", F::Organization, 0.7),
    ("empresa", F::Organization, 0.7),
    ("employer", F::Organization, 0.6),
    ("university", F::Organization, 0.6),
    ("universidad", F::Organization, 0.6),
    ("universite", F::Organization, 0.6),
    ("universidade", F::Organization, 0.6),
    ("university", F::Affiliation, 0.55),
    ("universidad", F::Affiliation, 0.55),
    ("department", F::Role, 0.5),
    ("departamento", F::Role, 0.5),
    ("departement", F::Role, 0.5),
    ("faculty", F::Role, 0.45),
    ("facultad", F::Role, 0.45),
    ("org", F::Organization, 0.7),
    ("ngo", F::Organization, 0.7),
    ("affiliation", F::Organization, 0.6),
    ("affiliation", F::Affiliation, 0.75),
    ("afiliacion", F::Affiliation, 0.75),
    ("afiliacao", F::Affiliation, 0.75),
    ("institution", F::Affiliation, 0.6),
    ("institucion", F::Affiliation, 0.6),
    ("contact person", F::Person, 0.9),
    ("contact name", F::Person, 0.9),
    ("persona de contacto", F::Person, 0.9),
    ("persona contacto", F::Person, 0.9),
    ("personne contact", F::Person, 0.9),
    ("personne de contact", F::Person, 0.9),
    ("pessoa de contato", F::Person, 0.9),
    ("full name", F::Person, 0.85),
    ("your name", F::Person, 0.85),
    ("nombre completo", F::Person, 0.85),
    ("nom complet", F::Person, 0.85),
    ("nome completo", F::Person, 0.85),
    ("first name", F::Person, 0.8),
    ("given name", F::Person, 0.8),
    ("last name", F::Person, 0.8),
    ("family name", F::Person, 0.8),
    ("surname", F::Person, 0.8),
    ("apellido", F::Person, 0.8),
    ("apellidos", F::Person, 0.8),
    ("prenom", F::Person, 0.8),
    ("nom de famille", F::Person, 0.8),
    ("sobrenome", F::Person, 0.8),
    ("person", F::Person, 0.6),
    ("persona", F::Person, 0.6),
    ("personne", F::Person, 0.6),
    ("pessoa", F::Person, 0.6),
    ("signatory", F::Person, 0.45),
    ("signed by", F::Person, 0.45),
    ("signer", F::Person, 0.45),
    ("endorser", F::Person, 0.45),
    ("name", F::Person, 0.45),
    ("nombre", F::Person, 0.45),
    ("nom", F::Person, 0.45),
    ("nome", F::Person, 0.45),
    ("name", F::Organization, 0.45),
    ("nombre", F::Organization, 0.45),
    ("nom", F::Organization, 0.45),
    ("nome", F::Organization, 0.45),
    ("signatory", F::Organization, 0.45),
    ("signed by", F::Organization, 0.45),
    ("signer", F::Organization, 0.45),
    ("endorser", F::Organization, 0.45),
    ("position", F::Role, 0.7),
    ("role", F::Role, 0.7),
    ("title", F::Role, 0.6),
    ("job", F::Role, 0.6),
    ("cargo", F::Role, 0.7),
    ("puesto", F::Role, 0.7),
    ("fonction", F::Role, 0.7),
    ("poste", F::Role, 0.7),
    ("funcao", F::Role, 0.7),
    ("phone", F::Phone, 0.9),
    ("telephone", F::Phone, 0.9),
    ("telefono", F::Phone, 0.9),
    ("telefone", F::Phone, 0.9),
    ("tel", F::Phone, 0.8),
    ("mobile", F::Phone, 0.8),
    ("movil", F::Phone, 0.8),
    ("celular", F::Phone, 0.8),
    ("whatsapp", F::Phone, 0.7),
    ("country", F::Country, 0.9),
    ("pais", F::Country, 0.9),
    ("pays", F::Country, 0.9),
    ("nation", F::Country, 0.7),
    ("nationality", F::Country, 0.6),
    ("city", F::City, 0.85),
    ("town", F::City, 0.8),
    ("ciudad", F::City, 0.85),
    ("ville", F::City, 0.85),
    ("cidade", F::City, 0.85),
    ("localidad", F::City, 0.8),
    ("sector", F::Sector, 0.85),
    ("secteur", F::Sector, 0.85),
    ("setor", F::Sector, 0.85),
    ("field", F::Sector, 0.5),
    ("website", F::Website, 0.9),
    ("web", F::Website, 0.8),
    ("url", F::Website, 0.8),
    ("site", F::Website, 0.7),
    ("sitio", F::Website, 0.7),
    ("pagina", F::Website, 0.6),
    ("notes", F::Notes, 0.8),
    ("note", F::Notes, 0.8),
    ("notas", F::Notes, 0.8),
    ("comment", F::Notes, 0.8),
    ("comments", F::Notes, 0.8),
    ("comentarios", F::Notes, 0.8),
    ("comentario", F::Notes, 0.8),
    ("commentaires", F::Notes, 0.8),
    ("remarques", F::Notes, 0.8),
    ("observaciones", F::Notes, 0.8),
    ("message", F::Notes, 0.6),
    ("mensaje", F::Notes, 0.6),
    ("tags", F::Tags, 0.85),
    ("tag", F::Tags, 0.85),
    ("etiquetas", F::Tags, 0.85),
    ("etiquettes", F::Tags, 0.85),
    ("categories", F::Tags, 0.7),
    ("categorias", F::Tags, 0.7),
    ("consent+contact", F::ConsentContact, 0.9),
    ("may be contacted", F::ConsentContact, 0.9),
    ("may we contact", F::ConsentContact, 0.9),
    ("consent+publish", F::Visibility, 0.95),
    ("may be listed", F::Visibility, 0.95),
    ("may we list", F::Visibility, 0.95),
    ("may we publish", F::Visibility, 0.95),
    ("publish+name", F::Visibility, 0.9),
    ("list+name", F::Visibility, 0.85),
    ("publicly", F::Visibility, 0.8),
    ("publicar", F::Visibility, 0.85),
    ("publier", F::Visibility, 0.85),
    ("publique", F::Visibility, 0.7),
    ("anonymous", F::Visibility, 0.85),
    ("anonymously", F::Visibility, 0.85),
    ("anonimo", F::Visibility, 0.85),
    ("anonima", F::Visibility, 0.85),
    ("anonyme", F::Visibility, 0.85),
    ("visibility", F::Visibility, 0.9),
    ("consent", F::Visibility, 0.6),
    ("consentimiento", F::Visibility, 0.6),
];

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

/// What the values of a column look like: the share of the non-empty ones
/// of each shape, out of at most `SAMPLE` of them.
#[derive(Debug, Default)]
struct Values {
    sampled: usize,
    countries: usize,
    emails: usize,
    kinds: usize,
    dates: usize,
    yes_no: usize,
    urls: usize,
    phones: usize,
    numbers: usize,
    organizations: usize,
    people: usize,
    acronyms: usize,
}

const SAMPLE: usize = 200;

impl Values {
    fn of(rows: &[Row], column: usize) -> Values {
        let mut v = Values::default();
        for cell in rows
            .iter()
            .filter_map(|r| r.cells.get(column))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .take(SAMPLE)
        {
            v.sampled += 1;
            let folded = fold(cell);
            v.countries += usize::from(crate::countries::resolve_near(cell).is_some());
            v.emails += usize::from(is_email(cell));
            v.kinds += usize::from(answer_is_individual(cell).is_some());
            v.dates += usize::from(!date_of(cell).is_empty());
            v.yes_no += usize::from(yes_no(cell).is_some());
            v.urls += usize::from(is_url(cell));
            v.phones += usize::from(is_phone(cell));
            v.numbers += usize::from(cell.chars().all(|c| c.is_ascii_digit() || c == '.'));
            v.organizations += usize::from(looks_like_organization(cell, &folded));
            v.people += usize::from(looks_like_person(cell, &folded));
            v.acronyms += usize::from(looks_like_acronym(cell));
        }
        v
    }

    fn share(&self, n: usize) -> f32 {
        if self.sampled == 0 {
            0.0
        } else {
            n as f32 / self.sampled as f32
        }
    }
}

fn is_email(cell: &str) -> bool {
    let Some((local, domain)) = cell.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !cell.contains(char::is_whitespace)
}

fn is_url(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    !cell.contains(char::is_whitespace)
        && !cell.contains('@')
        && (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www."))
}

fn is_phone(cell: &str) -> bool {
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && (cell.starts_with('+') || cell.contains([' ', '-', '(']) || digits >= 9)
}

fn looks_like_acronym(cell: &str) -> bool {
    let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&letters) && !cell.contains(' ') && cell.chars().all(|c| !c.is_lowercase())
}

fn looks_like_organization(cell: &str, folded: &str) -> bool {
    words::has_organization_word(folded)
        || (cell.contains('(') && cell.ends_with(')'))
        || cell
            .split_whitespace()
            .any(|w| w.chars().count() >= 2 && looks_like_acronym(w))
}

/// Two to four words, each starting with a capital, no digits, no words of
/// organizations: "Maria Santos", "Jean-Paul Ngoy".
fn looks_like_person(cell: &str, folded: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !cell.chars().any(|c| c.is_ascii_digit() || c == '@')
        && !words::has_organization_word(folded)
        && !words.iter().any(|w| looks_like_acronym(w))
}

/// An answer to "are you signing as an organization or an individual?":
/// `Some(true)` for an individual.
pub fn answer_is_individual(raw: &str) -> Option<bool> {
    let folded = fold(raw);
    if folded.is_empty() {
        return None;
    }
    if folded.contains("individ")
        || folded.contains("person")
        || folded.contains("myself")
        || folded.contains("my own")
        || folded.contains("a titulo personal")
        || folded.contains("en mi nombre")
        || folded.contains("a titre personnel")
    {
        Some(true)
    } else if folded.contains("organi")
        || folded.contains("group")
        || folded.contains("colectiv")
        || folded.contains("collectif")
        || folded.contains("coletiv")
        || folded.contains("network")
        || folded.contains("institution")
        || folded.contains("entidad")
    {
        Some(false)
    } else {
        None
    }
}

/// A yes or no as forms and spreadsheets write them.
pub fn yes_no(raw: &str) -> Option<bool> {
    let trimmed = raw.trim();
    if matches!(trimmed, "✓" | "✔" | "☑" | "✅") {
        return Some(true);
    }
    let folded = fold(trimmed);
    let first = folded.split(' ').next().unwrap_or("");
    match folded.as_str() {
        "yes" | "y" | "true" | "1" | "x" | "si" | "oui" | "o" | "ok" | "sim" | "s" | "agree"
        | "i agree" | "yes i agree" | "de acuerdo" | "d accord" | "concordo" | "checked" => {
            Some(true)
        }
        "no" | "n" | "false" | "0" | "non" | "nao" | "disagree" | "i disagree" => Some(false),
        _ => match first {
            "yes" | "si" | "oui" | "sim" => Some(true),
            "no" | "non" | "nao" => Some(false),
            _ => None,
        },
    }
}

/// The date in a timestamp as form services write it: `2026-11-20 10:15`,
/// `2026/11/20 10:15:00 AM GMT`, the US `11/20/2026 10:15:00`, or the
/// European `20/11/2026`.
pub fn date_of(raw: &str) -> String {
    let first = raw.trim().split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = first.split(['-', '/', '.']).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y), num(m), num(d)),
        [m, d, y] if y.len() == 4 => match (num(m), num(d)) {
            (Some(m), Some(d)) if m > 12 && d <= 12 => (num(y), Some(d), Some(m)),
            (m, d) => (num(y), m, d),
        },
        _ => return String::new(),
    };
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            let date = format!("{y:04}-{m:02}-{d:02}");
            if crate::statements::clean_date(&date).is_ok() {
                date
            } else {
                String::new()
            }
        }
        _ => String::new(),
    }
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
        let names_someone_else = ["name", "nombre", "nom", "nome"]
            .iter()
            .any(|n| words.contains(n))
            && words.iter().any(|w| NOT_SIGNERS.contains(w));
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
mod tests {
    use super::*;
    use crate::tabular::Format;

    fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            format: Format::Csv,
            encoding: None,
            delimiter: Some(','),
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
    fn answers_read_in_four_languages() {
        assert_eq!(answer_is_individual("Organización"), Some(false));
        assert_eq!(answer_is_individual("Individuel"), Some(true));
        assert_eq!(answer_is_individual("As an individual"), Some(true));
        assert_eq!(answer_is_individual("Organisation"), Some(false));
        assert_eq!(yes_no("Sí"), Some(true));
        assert_eq!(yes_no("non"), Some(false));
        assert_eq!(yes_no("x"), Some(true));
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn timestamps_give_their_dates() {
        assert_eq!(date_of("2026/11/20 10:15:00 AM GMT"), "2026-11-20");
        assert_eq!(date_of("11/20/2026 10:15:00"), "2026-11-20");
        assert_eq!(date_of("20/11/2026"), "2026-11-20");
        assert_eq!(date_of("2026-11-20T10:15:00Z"), "2026-11-20");
        assert_eq!(date_of("2026-02-30"), "");
        assert_eq!(date_of("yesterday"), "");
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
}
