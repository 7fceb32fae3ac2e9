//! Taking in sign-ons in bulk: a pasted list, or a spreadsheet such as a
//! form service's response export.
//!
//! Every row is matched against the stored organizations and people (same
//! e-mail, same name, the acronym; similar names are offered as candidates
//! with their evidence, never linked by themselves), its country resolved,
//! and checked against earlier rows and the statement's endorsements. The
//! plan is shown; nothing is written until it is applied, in one
//! transaction.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup;
use crate::clock::now;
use crate::contacts::{self, ContactError, OrganizationInput, PersonInput, fold, name_key};
use crate::endorsements::{
    self, EndorsementError, EndorsementKind, EndorsementStatus, Ready, Result, SignOnChannel,
    Visibility, text_enum,
};
use crate::store::Store;
use crate::tabular::Table;

/// One signatory as read from a line or a row, before matching.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct IntakeRow {
    /// The line or the spreadsheet row it came from.
    pub row: u32,
    pub kind: Option<EndorsementKind>,
    pub name: String,
    pub acronym: String,
    /// An individual's organization or role.
    pub affiliation: String,
    pub city: String,
    pub country: String,
    pub email: String,
    /// `YYYY-MM-DD`, when the row says.
    pub received_on: String,
    pub notes: String,
}

// Pasted lists ------------------------------------------------------------------

/// Separators between a name and where it is from: spaced dashes and tabs.
const DASHES: &[&str] = &[" – ", " — ", " - ", " ― ", "\t"];

fn strip_bullet(line: &str) -> &str {
    let line = line.trim();
    let line = line
        .trim_start_matches(['•', '·', '*', '-', '–', '—', '▪', '◦'])
        .trim_start();
    // "12. ", "12) "
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 5 {
        let rest = &line[digits..];
        if let Some(after) = rest.strip_prefix(['.', ')']) {
            return after.trim_start();
        }
    }
    line
}

/// `Name (ACR)` → ("Name", "ACR").
fn split_acronym(name: &str) -> (String, String) {
    let name = name.trim();
    if let Some(open) = name.rfind('(')
        && name.ends_with(')')
        && open > 0
    {
        let inner = name[open + 1..name.len() - 1].trim();
        let looks_short = !inner.is_empty() && inner.chars().count() <= 12 && !inner.contains(' ');
        if looks_short {
            return (name[..open].trim().to_string(), inner.to_string());
        }
    }
    (name.to_string(), String::new())
}

/// Reads a pasted list, one signatory per line, in the shapes people send:
/// `Name, Country`; `Name (ACR) – City, Country`; `Name — Country`; a name
/// alone. Bullets and numbering are dropped; blank lines skipped.
pub fn parse_paste(text: &str, kind: EndorsementKind) -> Vec<IntakeRow> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = strip_bullet(raw);
        if line.is_empty() {
            continue;
        }
        let (name_part, place) = match DASHES
            .iter()
            .filter_map(|d| line.find(d).map(|at| (at, d.len())))
            .min_by_key(|(at, _)| *at)
        {
            Some((at, len)) => (&line[..at], Some(line[at + len..].trim())),
            None => match line.rfind(',') {
                // "Name, Country" only when the last part is a country.
                Some(at) if contacts_country(&line[at + 1..]) => {
                    (&line[..at], Some(line[at + 1..].trim()))
                }
                _ => (line, None),
            },
        };
        let (mut city, mut country) = (String::new(), String::new());
        if let Some(place) = place {
            match place.rfind(',') {
                Some(at) => {
                    city = place[..at].trim().to_string();
                    country = place[at + 1..].trim().to_string();
                }
                None if contacts_country(place) => country = place.to_string(),
                None => city = place.to_string(),
            }
        }
        let (name, acronym) = split_acronym(name_part.trim().trim_end_matches(','));
        rows.push(IntakeRow {
            row: (i + 1) as u32,
            kind: Some(kind),
            name,
            acronym,
            city,
            country,
            ..Default::default()
        });
    }
    rows
}

fn contacts_country(raw: &str) -> bool {
    crate::countries::resolve(raw).is_ok()
}

// Spreadsheets ------------------------------------------------------------------

text_enum!(
    /// What a spreadsheet column holds.
    IntakeField {
        Ignore => "ignore",
        Kind => "kind",
        Organization => "organization",
        Acronym => "acronym",
        Person => "person",
        Role => "role",
        Email => "email",
        City => "city",
        Country => "country",
        Received => "received",
        Notes => "notes",
    }
);

/// Header words, folded; the first entry whose words all appear wins.
const HEADER_WORDS: &[(&[&str], IntakeField)] = &[
    (&["organization", "or", "individual"], IntakeField::Kind),
    (&["organisation", "or", "individual"], IntakeField::Kind),
    (&["signing", "as"], IntakeField::Kind),
    (&["sign", "as"], IntakeField::Kind),
    (&["firma", "como"], IntakeField::Kind),
    (&["signez", "en", "tant"], IntakeField::Kind),
    (&["timestamp"], IntakeField::Received),
    (&["marca", "temporal"], IntakeField::Received),
    (&["horodateur"], IntakeField::Received),
    (&["date"], IntakeField::Received),
    (&["fecha"], IntakeField::Received),
    (&["contact", "person"], IntakeField::Person),
    (&["persona", "contacto"], IntakeField::Person),
    (&["personne", "contact"], IntakeField::Person),
    (&["full", "name"], IntakeField::Person),
    (&["your", "name"], IntakeField::Person),
    (&["email"], IntakeField::Email),
    (&["e", "mail"], IntakeField::Email),
    (&["correo"], IntakeField::Email),
    (&["courriel"], IntakeField::Email),
    (&["acronym"], IntakeField::Acronym),
    (&["acronimo"], IntakeField::Acronym),
    (&["siglas"], IntakeField::Acronym),
    (&["sigla"], IntakeField::Acronym),
    (&["sigle"], IntakeField::Acronym),
    (&["short", "name"], IntakeField::Acronym),
    (&["organization"], IntakeField::Organization),
    (&["organisation"], IntakeField::Organization),
    (&["organizacion"], IntakeField::Organization),
    (&["group"], IntakeField::Organization),
    (&["position"], IntakeField::Role),
    (&["role"], IntakeField::Role),
    (&["title"], IntakeField::Role),
    (&["cargo"], IntakeField::Role),
    (&["fonction"], IntakeField::Role),
    (&["city"], IntakeField::City),
    (&["ciudad"], IntakeField::City),
    (&["ville"], IntakeField::City),
    (&["country"], IntakeField::Country),
    (&["pais"], IntakeField::Country),
    (&["pays"], IntakeField::Country),
    (&["comment"], IntakeField::Notes),
    (&["comments"], IntakeField::Notes),
    (&["notes"], IntakeField::Notes),
    (&["name"], IntakeField::Person),
    (&["nombre"], IntakeField::Person),
    (&["nom"], IntakeField::Person),
];

/// A field for each column, guessed from the headers; each field once.
pub fn guess_mapping(headers: &[String]) -> Vec<IntakeField> {
    let mut taken = HashSet::new();
    headers
        .iter()
        .map(|h| {
            let folded = fold(h);
            let words: HashSet<&str> = folded.split(' ').collect();
            HEADER_WORDS
                .iter()
                .find(|(needed, field)| {
                    !taken.contains(field) && needed.iter().all(|w| words.contains(w))
                })
                .map_or(IntakeField::Ignore, |(_, field)| {
                    taken.insert(*field);
                    *field
                })
        })
        .collect()
}

/// The date in a timestamp as form services write it: `2026-11-20 10:15`,
/// `2026/11/20 10:15:00 AM GMT`, or the US `11/20/2026 10:15:00`.
pub fn date_of(raw: &str) -> String {
    let first = raw.trim().split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = first.split(['-', '/', '.']).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y), num(m), num(d)),
        [m, d, y] if y.len() == 4 => (num(y), num(m), num(d)),
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

fn kind_from_answer(raw: &str) -> Option<EndorsementKind> {
    let folded = fold(raw);
    if folded.contains("individ") || folded.contains("person") || folded.contains("myself") {
        Some(EndorsementKind::Individual)
    } else if folded.contains("organi") || folded.contains("group") || folded.contains("colectiv") {
        Some(EndorsementKind::Organization)
    } else {
        None
    }
}

/// The rows of a spreadsheet as signatories, through a column mapping.
pub fn rows_of_table(table: &Table, mapping: &[IntakeField]) -> Result<Vec<IntakeRow>> {
    if mapping.len() != table.headers.len() {
        return Err(EndorsementError::Intake {
            reason: format!(
                "the mapping has {} columns but the file has {}",
                mapping.len(),
                table.headers.len()
            ),
        });
    }
    if !mapping
        .iter()
        .any(|f| matches!(f, IntakeField::Organization | IntakeField::Person))
    {
        return Err(EndorsementError::Intake {
            reason: "no column is mapped to a name; map a column to “organization” or “person”"
                .into(),
        });
    }
    let mut out = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let get = |field: IntakeField| {
            mapping
                .iter()
                .position(|f| *f == field)
                .and_then(|i| row.cells.get(i))
                .map_or("", |s| s.trim())
        };
        let org = get(IntakeField::Organization);
        let person = get(IntakeField::Person);
        let role = get(IntakeField::Role);
        let kind = kind_from_answer(get(IntakeField::Kind)).unwrap_or(if org.is_empty() {
            EndorsementKind::Individual
        } else {
            EndorsementKind::Organization
        });
        let (name, affiliation, mut notes) = match kind {
            EndorsementKind::Organization => {
                let contact = match (person.is_empty(), role.is_empty()) {
                    (true, _) => String::new(),
                    (false, true) => format!("Contact: {person}"),
                    (false, false) => format!("Contact: {person} ({role})"),
                };
                (org.to_string(), String::new(), contact)
            }
            EndorsementKind::Individual => {
                let affiliation = match (role.is_empty(), org.is_empty()) {
                    (false, false) => format!("{role}, {org}"),
                    (false, true) => role.to_string(),
                    (true, _) => org.to_string(),
                };
                let name = if person.is_empty() { org } else { person };
                (name.to_string(), affiliation, String::new())
            }
        };
        let comment = get(IntakeField::Notes);
        if !comment.is_empty() {
            if !notes.is_empty() {
                notes.push('\n');
            }
            notes.push_str(comment);
        }
        out.push(IntakeRow {
            row: row.number as u32,
            kind: Some(kind),
            name,
            acronym: get(IntakeField::Acronym).to_string(),
            affiliation,
            city: get(IntakeField::City).to_string(),
            country: get(IntakeField::Country).to_string(),
            email: get(IntakeField::Email).to_string(),
            received_on: date_of(get(IntakeField::Received)),
            notes,
        });
    }
    Ok(out)
}

// Matching ----------------------------------------------------------------------

/// A stored contact a row may be.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub contact_id: String,
    pub name: String,
    pub country: Option<String>,
    /// Why: "same e-mail", "same name", "acronym MFMW", "similar name (0.94)".
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum IntakeOutcome {
    /// Matched one stored contact; it will be linked.
    Known {
        candidate: Candidate,
    },
    /// A new contact will be made; similar ones are offered.
    New {
        candidates: Vec<Candidate>,
    },
    /// The statement already has this signatory.
    AlreadyEndorsed {
        endorsement_id: String,
    },
    /// The same signatory as an earlier row.
    Duplicate {
        first_row: u32,
    },
    Invalid {
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedIntake {
    pub input: IntakeRow,
    /// The country as it will be printed.
    pub country: String,
    pub outcome: IntakeOutcome,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakePlan {
    pub rows: Vec<PlannedIntake>,
    pub known: u32,
    pub new: u32,
    pub already: u32,
    pub duplicates: u32,
    pub invalid: u32,
}

struct StoredOrg {
    id: String,
    name: String,
    key: String,
    country: Option<String>,
}

/// The stored contacts, by the keys rows are matched on.
#[derive(Default)]
struct Directory {
    orgs: Vec<StoredOrg>,
    org_by_email: HashMap<String, usize>,
    org_by_key: HashMap<String, Vec<usize>>,
    org_by_acronym: HashMap<String, Vec<usize>>,
    /// The first three letters of the name key → organizations, for
    /// similar names ("Kalayan" finds "Kalayaan").
    org_by_prefix: HashMap<String, Vec<usize>>,
    person_by_email: HashMap<String, (String, String)>,
    person_by_key: HashMap<String, Vec<(String, String)>>,
    /// Contacts that endorsed the statement, and unlinked names that did.
    endorsed_contact: HashMap<String, String>,
    endorsed_name: HashMap<(String, String), String>,
}

impl Directory {
    fn load(conn: &Connection, statement_id: &str) -> Result<Directory> {
        let mut d = Directory::default();
        let mut stmt = conn.prepare(
            "SELECT id, name, name_key, country, lower(trim(email)), short_name
               FROM organizations WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, country, email, short) = row?;
            let at = d.orgs.len();
            if !email.is_empty() {
                d.org_by_email.entry(email).or_insert(at);
            }
            let short = fold(&short).replace(' ', "");
            if is_acronym(&short) {
                d.org_by_acronym.entry(short).or_default().push(at);
            }
            if !key.is_empty() {
                d.org_by_prefix.entry(prefix(&key)).or_default().push(at);
            }
            d.org_by_key.entry(key.clone()).or_default().push(at);
            d.orgs.push(StoredOrg {
                id,
                name,
                key,
                country,
            });
        }
        let mut stmt = conn.prepare(
            "SELECT id, full_name, name_key, lower(trim(email)) FROM people WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, email) = row?;
            if !email.is_empty() {
                d.person_by_email
                    .entry(email)
                    .or_insert((id.clone(), name.clone()));
            }
            d.person_by_key.entry(key).or_default().push((id, name));
        }
        let mut stmt = conn.prepare(
            "SELECT id, kind, coalesce(person_id, CASE WHEN kind = 'organization' THEN organization_id END),
                    printed_name
               FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([statement_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (id, kind, contact, name) = row?;
            if let Some(contact) = contact {
                d.endorsed_contact.insert(contact, id.clone());
            }
            d.endorsed_name.insert((kind, name_key(&name)), id);
        }
        Ok(d)
    }

    fn candidate(&self, at: usize, evidence: String) -> Candidate {
        let org = &self.orgs[at];
        Candidate {
            contact_id: org.id.clone(),
            name: org.name.clone(),
            country: org.country.clone(),
            evidence,
        }
    }

    /// The stored organization a row is, if one is certain; else the
    /// similar ones.
    fn match_org(
        &self,
        name: &str,
        acronym: &str,
        email: &str,
        country: Option<&str>,
    ) -> std::result::Result<Candidate, Vec<Candidate>> {
        let same_country = |at: &usize| {
            country.is_none()
                || self.orgs[*at].country.is_none()
                || self.orgs[*at].country.as_deref() == country
        };
        let email = email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(at) = self.org_by_email.get(&email)
        {
            return Ok(self.candidate(*at, "same e-mail".into()));
        }
        let key = name_key(name);
        if let Some(list) = self.org_by_key.get(&key) {
            let fitting: Vec<&usize> = list.iter().filter(|at| same_country(at)).collect();
            if fitting.len() == 1 {
                return Ok(self.candidate(*fitting[0], "same name".into()));
            }
        }
        // The acronym given, or the name itself written as an acronym.
        for short in [acronym, name] {
            let short = fold(short).replace(' ', "");
            if !is_acronym(&short) {
                continue;
            }
            if let Some(list) = self.org_by_acronym.get(&short) {
                let fitting: Vec<&usize> = list.iter().filter(|at| same_country(at)).collect();
                if fitting.len() == 1 {
                    return Ok(
                        self.candidate(*fitting[0], format!("acronym {}", short.to_uppercase()))
                    );
                }
            }
        }
        let mut similar = Vec::new();
        if let Some(list) = self.org_by_prefix.get(&prefix(&key)) {
            for at in list.iter().filter(|at| same_country(at)) {
                let score = strsim::jaro_winkler(&key, &self.orgs[*at].key);
                if score >= 0.88 {
                    similar.push((score, *at));
                }
            }
        }
        similar.sort_by(|a, b| b.0.total_cmp(&a.0));
        Err(similar
            .into_iter()
            .take(3)
            .map(|(score, at)| self.candidate(at, format!("similar name ({score:.2})")))
            .collect())
    }

    fn match_person(&self, name: &str, email: &str) -> Option<Candidate> {
        let email = email.trim().to_lowercase();
        if !email.is_empty()
            && let Some((id, name)) = self.person_by_email.get(&email)
        {
            return Some(Candidate {
                contact_id: id.clone(),
                name: name.clone(),
                country: None,
                evidence: "same e-mail".into(),
            });
        }
        match self.person_by_key.get(&name_key(name)).map(Vec::as_slice) {
            Some([(id, name)]) => Some(Candidate {
                contact_id: id.clone(),
                name: name.clone(),
                country: None,
                evidence: "same name".into(),
            }),
            _ => None,
        }
    }
}

/// Two to twelve letters and digits with at least two letters: "MFMW",
/// "G20"; never "11" (what "=1+1" folds to) or a single letter.
fn is_acronym(folded: &str) -> bool {
    let len = folded.chars().count();
    (2..=12).contains(&len) && folded.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn prefix(key: &str) -> String {
    key.chars().take(3).collect()
}

/// Matches every row and reports what applying would do; writes nothing.
pub fn plan(conn: &Connection, statement_id: &str, rows: &[IntakeRow]) -> Result<IntakePlan> {
    crate::statements::get(conn, statement_id)?;
    let directory = Directory::load(conn, statement_id)?;
    let mut plan = IntakePlan::default();
    // Key of a signatory within the file → its first row.
    let mut seen: HashMap<String, u32> = HashMap::new();
    for input in rows {
        let kind = input.kind.unwrap_or(EndorsementKind::Organization);
        let planned = |country: String, outcome| PlannedIntake {
            input: input.clone(),
            country,
            outcome,
        };
        let printed = match endorsements::clean_printed(
            &input.name,
            &input.affiliation,
            &input.city,
            &input.country,
        ) {
            Ok(p) => p,
            Err(err) => {
                plan.invalid += 1;
                plan.rows.push(planned(
                    String::new(),
                    IntakeOutcome::Invalid {
                        reason: err.to_string(),
                    },
                ));
                continue;
            }
        };
        let matched = match kind {
            EndorsementKind::Organization => directory.match_org(
                &printed.name,
                &input.acronym,
                &input.email,
                printed.country_code.as_deref(),
            ),
            EndorsementKind::Individual => directory
                .match_person(&printed.name, &input.email)
                .ok_or_else(Vec::new),
        };
        let identity = match &matched {
            Ok(c) => format!("contact:{}", c.contact_id),
            Err(_) => match kind {
                EndorsementKind::Organization => format!(
                    "org:{}:{}",
                    name_key(&printed.name),
                    printed.country_code.as_deref().unwrap_or("")
                ),
                EndorsementKind::Individual => format!("person:{}", name_key(&printed.name)),
            },
        };
        let email_key = input.email.trim().to_lowercase();
        let first = seen.get(&identity).copied().or_else(|| {
            (!email_key.is_empty())
                .then(|| seen.get(&format!("email:{email_key}")).copied())
                .flatten()
        });
        if let Some(first_row) = first {
            plan.duplicates += 1;
            plan.rows.push(planned(
                printed.country,
                IntakeOutcome::Duplicate { first_row },
            ));
            continue;
        }
        seen.insert(identity, input.row);
        if !email_key.is_empty() {
            seen.insert(format!("email:{email_key}"), input.row);
        }
        let already = match &matched {
            Ok(c) => directory.endorsed_contact.get(&c.contact_id),
            Err(_) => None,
        }
        .or_else(|| {
            directory
                .endorsed_name
                .get(&(kind.as_str().to_string(), name_key(&printed.name)))
        });
        if let Some(endorsement_id) = already {
            plan.already += 1;
            plan.rows.push(planned(
                printed.country,
                IntakeOutcome::AlreadyEndorsed {
                    endorsement_id: endorsement_id.clone(),
                },
            ));
            continue;
        }
        let outcome = match matched {
            Ok(candidate) => {
                plan.known += 1;
                IntakeOutcome::Known { candidate }
            }
            Err(candidates) => {
                plan.new += 1;
                IntakeOutcome::New { candidates }
            }
        };
        plan.rows.push(planned(printed.country, outcome));
    }
    Ok(plan)
}

/// What the organizer decided for a row whose organization was not certain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Choice {
    /// Link to this stored contact.
    Link { contact_id: String },
    /// Leave this row out.
    Skip,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct IntakeOptions {
    /// `confirmed` for a list the organizer already trusts; else pending.
    pub confirm: bool,
    pub channel: Option<SignOnChannel>,
    /// By row number.
    pub choices: HashMap<u32, Choice>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeResult {
    pub added: u32,
    pub contacts_created: u32,
    pub skipped: u32,
}

/// Applies a plan: one endorsement per new or known row, new contacts for
/// new signatories. `progress(done, total)` returning false cancels; the
/// caller's transaction then leaves nothing behind.
pub fn apply(
    conn: &Connection,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult> {
    let plan = plan(conn, statement_id, rows)?;
    let at = now(conn)?;
    let revision = endorsements::current_revision(conn, statement_id)?;
    let status = if options.confirm {
        EndorsementStatus::Confirmed
    } else {
        EndorsementStatus::Pending
    };
    let channel = options.channel.unwrap_or(SignOnChannel::Import);
    let total = plan.rows.len() as u32;
    let mut result = IntakeResult::default();
    let mut pending_index = Vec::new();
    for (i, planned) in plan.rows.iter().enumerate() {
        if i % 250 == 0 && !progress(i as u32, total) {
            return Err(EndorsementError::Cancelled);
        }
        let input = &planned.input;
        let kind = input.kind.unwrap_or(EndorsementKind::Organization);
        let linked = match (&planned.outcome, options.choices.get(&input.row)) {
            (_, Some(Choice::Skip)) => {
                result.skipped += 1;
                continue;
            }
            (
                IntakeOutcome::New { .. } | IntakeOutcome::Known { .. },
                Some(Choice::Link { contact_id }),
            ) => Some(contact_id.clone()),
            (IntakeOutcome::Known { candidate }, None) => Some(candidate.contact_id.clone()),
            (IntakeOutcome::New { .. }, None) => None,
            _ => {
                result.skipped += 1;
                continue;
            }
        };
        let printed = endorsements::clean_printed(
            &input.name,
            &input.affiliation,
            &input.city,
            &input.country,
        )?;
        let received_on = crate::statements::clean_date(&input.received_on)
            .ok()
            .flatten();
        let notes = crate::text::clean_block(crate::text::Field::Notes, &input.notes)?;
        let (organization_id, person_id, visibility) = match (kind, linked) {
            (EndorsementKind::Organization, Some(id)) => (Some(id), None, Visibility::Public),
            (EndorsementKind::Individual, Some(id)) => {
                let person = contacts::person(conn, &id)?;
                let visibility = if person.consent_publish {
                    Visibility::Public
                } else {
                    endorsements::unnamed_by_default(&printed.affiliation)
                };
                (person.organization_id, Some(id), visibility)
            }
            (EndorsementKind::Organization, None) => {
                let clean = contacts::clean_organization(&OrganizationInput {
                    name: printed.name.clone(),
                    short_name: input.acronym.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    city: printed.city.clone(),
                    email: input.email.clone(),
                    ..Default::default()
                })
                .or_else(|err| match err {
                    // A malformed e-mail does not stop the sign-on.
                    ContactError::Text(_) => contacts::clean_organization(&OrganizationInput {
                        name: printed.name.clone(),
                        country: printed.country_code.clone().unwrap_or_default(),
                        city: printed.city.clone(),
                        ..Default::default()
                    }),
                    other => Err(other),
                })?;
                let id = contacts::insert_organization_deferred(
                    conn,
                    &clean,
                    &at,
                    Some(&mut pending_index),
                )?;
                result.contacts_created += 1;
                (Some(id), None, Visibility::Public)
            }
            (EndorsementKind::Individual, None) => {
                let clean = contacts::clean_person(&PersonInput {
                    full_name: printed.name.clone(),
                    role: printed.affiliation.clone(),
                    email: input.email.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    ..Default::default()
                })
                .or_else(|err| match err {
                    ContactError::Text(_) => contacts::clean_person(&PersonInput {
                        full_name: printed.name.clone(),
                        role: printed.affiliation.clone(),
                        country: printed.country_code.clone().unwrap_or_default(),
                        ..Default::default()
                    }),
                    other => Err(other),
                })?;
                let id =
                    contacts::insert_person_deferred(conn, &clean, &at, Some(&mut pending_index))?;
                result.contacts_created += 1;
                let visibility = endorsements::unnamed_by_default(&printed.affiliation);
                (None, Some(id), visibility)
            }
        };
        let ready = Ready {
            kind,
            organization_id,
            person_id,
            printed,
            visibility,
            status,
            channel,
            received_on,
            notes,
        };
        endorsements::insert(
            conn,
            statement_id,
            &revision,
            &ready,
            &at,
            serde_json::json!({ "row": input.row }),
        )?;
        result.added += 1;
    }
    for batch in pending_index.chunks(5_000) {
        contacts::write_index(conn, batch)?;
    }
    progress(total, total);
    Ok(result)
}

/// An intake as the window and the CLI make it: a backup first when there
/// are [`backup::LARGE_IMPORT_ROWS`] rows or more, then [`apply`] in one
/// transaction.
pub fn import(
    store: &mut Store,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult> {
    if rows.len() >= backup::LARGE_IMPORT_ROWS {
        backup::before_change(store).map_err(|source| {
            EndorsementError::Contact(ContactError::NoBackup {
                what: "import",
                source,
            })
        })?;
    }
    store.with_tx(|tx| apply(tx, statement_id, rows, options, progress))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pasted_shape_reads() {
        let rows = parse_paste(
            "Red de Mujeres, Peru\n\
             \n\
             • Migrant Forum in Asia (MFA) – Manila, Philippines\n\
             3. Coalición Nacional — México\n\
             Solidarité Sans Frontières\n\
             Jane Doe - Quito, Ecuador\n\
             Asociación Ñandú, Asunción",
            EndorsementKind::Organization,
        );
        let got: Vec<(u32, &str, &str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.row,
                    r.name.as_str(),
                    r.acronym.as_str(),
                    r.city.as_str(),
                    r.country.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "Red de Mujeres", "", "", "Peru"),
                (3, "Migrant Forum in Asia", "MFA", "Manila", "Philippines"),
                (4, "Coalición Nacional", "", "", "México"),
                (5, "Solidarité Sans Frontières", "", "", ""),
                (6, "Jane Doe", "", "Quito", "Ecuador"),
                // "Asunción" is not a country: the comma stays in the name.
                (7, "Asociación Ñandú, Asunción", "", "", ""),
            ]
        );
    }

    #[test]
    fn form_headers_are_guessed() {
        let headers: Vec<String> = [
            "Timestamp",
            "Email Address",
            "Organization",
            "Country",
            "Are you signing as an organization or individual?",
            "Contact person",
            "Position",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        use IntakeField as F;
        assert_eq!(
            guess_mapping(&headers),
            vec![
                F::Received,
                F::Email,
                F::Organization,
                F::Country,
                F::Kind,
                F::Person,
                F::Role
            ]
        );
    }

    #[test]
    fn timestamps_give_their_dates() {
        assert_eq!(date_of("2026/11/20 10:15:00 AM GMT"), "2026-11-20");
        assert_eq!(date_of("11/20/2026 10:15:00"), "2026-11-20");
        assert_eq!(date_of("2026-11-20T10:15:00Z"), "2026-11-20");
        assert_eq!(date_of("2026-02-30"), "");
        assert_eq!(date_of("yesterday"), "");
    }
}
