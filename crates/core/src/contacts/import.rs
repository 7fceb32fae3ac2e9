//! Importing contacts from a file: columns mapped to fields (guessed from
//! the headers in English, Spanish or French), a dry run that says what each
//! row would become, then the import itself in the caller's transaction.
//!
//! A row names an organization, a person, or both (a person and the
//! organization they belong to). Each is matched against the contacts
//! already stored and against earlier rows of the same file: by e-mail, or
//! by normalized name (`crate::text::names::name_key`) in the same country. A matched
//! row adds nothing, so importing the same file twice adds nothing.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::backup;
use crate::store::clock::now;
use crate::tabular::columns::{self, CONTACT_FIELDS, ColumnGuess};
use crate::contacts::{
    self, CleanOrganization, CleanPerson, ContactError, OrganizationInput, PersonInput, name_key,
};
use crate::store::{Store, WithPath};
use crate::tabular::{Row, Table};

/// What a column holds: the fields shared with sign-on imports.
pub use crate::tabular::columns::ColumnField as ImportField;

/// A field for each column, guessed from its header and values (see
/// [`crate::tabular::columns`]), each with its reason.
pub fn guess_columns(table: &Table) -> Vec<ColumnGuess> {
    columns::guess(table, CONTACT_FIELDS)
}

/// The fields alone.
pub fn guess_mapping(table: &Table) -> Vec<ImportField> {
    columns::guess_fields(table, CONTACT_FIELDS)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowOutcome {
    /// Adds an organization, a person, or both.
    New,
    /// Already stored; adds nothing.
    Matched {
        id: String,
        name: String,
        reason: String,
    },
    /// The same contact as an earlier row of the file.
    Duplicate { first_row: usize },
    /// Cannot be imported as it is; the reason says why and which column.
    Invalid { reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedRow {
    /// The row number the organizer sees in their spreadsheet.
    pub row: usize,
    /// The name shown for the row.
    pub name: String,
    pub outcome: RowOutcome,
}

/// What an import would do, row by row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    pub rows_read: u32,
    pub new_rows: u32,
    pub matched: u32,
    pub duplicates: u32,
    pub invalid: u32,
    pub organizations_to_add: u32,
    pub people_to_add: u32,
    /// Every row that is not new, then the first new ones, up to `REPORT_ROWS`.
    pub report: Vec<PlannedRow>,
}

/// The most rows a plan lists one by one.
pub const REPORT_ROWS: usize = 2_000;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub organizations_added: u32,
    pub people_added: u32,
    pub matched: u32,
    pub skipped: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the import was cancelled; nothing was added")]
    Cancelled,
    #[error("no column is mapped to a name; map a column to “organization” or “person”")]
    NoNameColumn,
    #[error("the mapping has {given} columns but the file has {columns}")]
    MappingLength { given: usize, columns: usize },
    #[error("column {column} (“{header}”) is mapped to “{field}”, which contacts do not keep")]
    NotAContactField {
        column: usize,
        header: String,
        field: ImportField,
    },
    #[error(transparent)]
    Contact(#[from] ContactError),
}

impl From<rusqlite::Error> for ImportError {
    fn from(err: rusqlite::Error) -> Self {
        ImportError::Contact(ContactError::from(err))
    }
}

impl WithPath for ImportError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            ImportError::Contact(err) => ImportError::Contact(err.with_path(path)),
            other => other,
        }
    }
}

impl From<crate::store::StoreError> for ImportError {
    fn from(err: crate::store::StoreError) -> Self {
        ImportError::Contact(ContactError::Store(err))
    }
}

/// One row's organization and person, cleaned.
struct RowRecord {
    organization: Option<CleanOrganization>,
    person: Option<CleanPerson>,
}

fn yes(raw: &str) -> bool {
    columns::yes_no(raw) == Some(true)
}

fn cell<'a>(row: &'a Row, mapping: &[ImportField], field: ImportField) -> &'a str {
    mapping
        .iter()
        .position(|f| *f == field)
        .and_then(|i| row.cells.get(i))
        .map_or("", |s| s.as_str())
}

fn record(row: &Row, mapping: &[ImportField], headers: &[String]) -> Result<RowRecord, String> {
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

/// Where a row's organization or person comes from.
#[derive(Debug, Clone, PartialEq)]
enum Source {
    Stored {
        id: String,
        name: String,
        reason: String,
    },
    /// New, first seen on this row.
    NewAt(usize),
}

/// The contacts already stored and those the file adds, by the keys rows
/// are matched on.
#[derive(Default)]
struct Known {
    /// By e-mail: the name key of the organization that has it, and where it is.
    org_by_email: HashMap<String, (String, Source)>,
    org_by_name: HashMap<String, Vec<(Option<String>, Source)>>,
    person_by_email: HashMap<String, Source>,
    /// (name key, organization) → person.
    person_by_name: HashMap<(String, String), Source>,
}

fn org_ref(source: &Source) -> String {
    match source {
        Source::Stored { id, .. } => id.clone(),
        Source::NewAt(row) => format!("row:{row}"),
    }
}

impl Known {
    fn load(conn: &Connection) -> Result<Known, ImportError> {
        let mut known = Known::default();
        let mut stmt = conn.prepare(
            "SELECT id, name, name_key, country, lower(trim(email)) FROM organizations WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, country, email) = row?;
            if !email.is_empty() {
                known.org_by_email.entry(email).or_insert((
                    key.clone(),
                    Source::Stored {
                        id: id.clone(),
                        name: name.clone(),
                        reason: "same e-mail".into(),
                    },
                ));
            }
            known.org_by_name.entry(key).or_default().push((
                country,
                Source::Stored {
                    id,
                    name,
                    reason: "same name".into(),
                },
            ));
        }
        let mut stmt = conn.prepare(
            "SELECT id, full_name, name_key, coalesce(organization_id, ''), lower(trim(email))
               FROM people WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, org, email) = row?;
            if !email.is_empty() {
                known
                    .person_by_email
                    .entry(email)
                    .or_insert(Source::Stored {
                        id: id.clone(),
                        name: name.clone(),
                        reason: "same e-mail".into(),
                    });
            }
            known
                .person_by_name
                .entry((key, org))
                .or_insert(Source::Stored {
                    id,
                    name,
                    reason: "same name and organization".into(),
                });
        }
        Ok(known)
    }

    fn find_org(&self, org: &CleanOrganization) -> Option<Source> {
        // One address under two different names is two organizations (a
        // coalition run from one mailbox, a shared Gmail): both are kept, and
        // the duplicates finder shows them side by side. The same address
        // under the same name is one, whatever the country says.
        let key = name_key(&org.name);
        let email = org.email.trim().to_lowercase();
        if !email.is_empty()
            && let Some((owner, s)) = self.org_by_email.get(&email)
            && *owner == key
        {
            return Some(s.clone());
        }
        self.org_by_name.get(&key).and_then(|list| {
            list.iter()
                .find(|(country, _)| {
                    country.is_none() || org.country.is_none() || *country == org.country
                })
                .map(|(country, s)| match s {
                    Source::Stored { id, name, .. }
                        if country.is_some() && *country == org.country =>
                    {
                        Source::Stored {
                            id: id.clone(),
                            name: name.clone(),
                            reason: "same name and country".into(),
                        }
                    }
                    other => other.clone(),
                })
        })
    }

    fn add_org(&mut self, org: &CleanOrganization, source: Source) {
        let email = org.email.trim().to_lowercase();
        if !email.is_empty() {
            self.org_by_email
                .entry(email)
                .or_insert((name_key(&org.name), source.clone()));
        }
        self.org_by_name
            .entry(name_key(&org.name))
            .or_default()
            .push((org.country.clone(), source));
    }

    fn find_person(&self, p: &CleanPerson, org: Option<&Source>) -> Option<Source> {
        let email = p.email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(s) = self.person_by_email.get(&email)
        {
            return Some(s.clone());
        }
        let org = org.map(org_ref).unwrap_or_default();
        self.person_by_name
            .get(&(name_key(&p.full_name), org))
            .cloned()
    }

    fn add_person(&mut self, p: &CleanPerson, org: Option<&Source>, source: Source) {
        let email = p.email.trim().to_lowercase();
        if !email.is_empty() {
            self.person_by_email.entry(email).or_insert(source.clone());
        }
        let org = org.map(org_ref).unwrap_or_default();
        self.person_by_name
            .entry((name_key(&p.full_name), org))
            .or_insert(source);
    }
}

/// What one row becomes, and what it would add.
struct Decision {
    outcome: RowOutcome,
    name: String,
    /// Add this organization (and give its row as its source).
    add_org: Option<CleanOrganization>,
    /// The organization the row's person belongs to.
    org_source: Option<Source>,
    add_person: Option<CleanPerson>,
}

fn decide(known: &mut Known, row: &Row, mapping: &[ImportField], headers: &[String]) -> Decision {
    let name_of = |r: &RowRecord| match (&r.person, &r.organization) {
        (Some(p), Some(o)) => format!("{} ({})", p.full_name, o.name),
        (Some(p), None) => p.full_name.clone(),
        (None, Some(o)) => o.name.clone(),
        (None, None) => String::new(),
    };
    let rec = match record(row, mapping, headers) {
        Ok(r) => r,
        Err(reason) => {
            let shown = [ImportField::Organization, ImportField::Person]
                .iter()
                .map(|f| cell(row, mapping, *f))
                .find(|s| !s.trim().is_empty())
                .unwrap_or("")
                .to_string();
            return Decision {
                outcome: RowOutcome::Invalid { reason },
                name: shown,
                add_org: None,
                org_source: None,
                add_person: None,
            };
        }
    };
    let name = name_of(&rec);
    let mut any_new = false;
    let mut matched: Option<(String, String, String)> = None;
    let mut duplicate_of: Option<usize> = None;
    let mut note = |s: &Source| match s {
        Source::Stored { id, name, reason } => {
            matched.get_or_insert((id.clone(), name.clone(), reason.clone()));
        }
        Source::NewAt(r) => {
            duplicate_of.get_or_insert(*r);
        }
    };
    let mut add_org = None;
    let org_source = match &rec.organization {
        Some(org) => match known.find_org(org) {
            Some(found) => {
                note(&found);
                Some(found)
            }
            None => {
                let source = Source::NewAt(row.number);
                known.add_org(org, source.clone());
                add_org = Some(org.clone());
                any_new = true;
                Some(source)
            }
        },
        None => None,
    };
    let mut add_person = None;
    if let Some(p) = &rec.person {
        match known.find_person(p, org_source.as_ref()) {
            Some(found) => note(&found),
            None => {
                known.add_person(p, org_source.as_ref(), Source::NewAt(row.number));
                add_person = Some(p.clone());
                any_new = true;
            }
        }
    }
    let outcome = if any_new {
        RowOutcome::New
    } else if let Some(first_row) = duplicate_of {
        RowOutcome::Duplicate { first_row }
    } else if let Some((id, name, reason)) = matched {
        RowOutcome::Matched { id, name, reason }
    } else {
        RowOutcome::New
    };
    Decision {
        outcome,
        name,
        add_org,
        org_source,
        add_person,
    }
}

fn check_mapping(table: &Table, mapping: &[ImportField]) -> Result<(), ImportError> {
    if mapping.len() != table.headers.len() {
        return Err(ImportError::MappingLength {
            given: mapping.len(),
            columns: table.headers.len(),
        });
    }
    if let Some((i, field)) = mapping
        .iter()
        .enumerate()
        .find(|(_, f)| !CONTACT_FIELDS.contains(f))
    {
        return Err(ImportError::NotAContactField {
            column: i + 1,
            header: table.headers[i].clone(),
            field: *field,
        });
    }
    if !mapping.contains(&ImportField::Organization) && !mapping.contains(&ImportField::Person) {
        return Err(ImportError::NoNameColumn);
    }
    Ok(())
}

/// The dry run: what each row would become. Writes nothing.
pub fn plan(
    conn: &Connection,
    table: &Table,
    mapping: &[ImportField],
) -> Result<ImportPlan, ImportError> {
    check_mapping(table, mapping)?;
    let mut known = Known::load(conn)?;
    let mut plan = ImportPlan {
        rows_read: table.rows.len() as u32,
        new_rows: 0,
        matched: 0,
        duplicates: 0,
        invalid: 0,
        organizations_to_add: 0,
        people_to_add: 0,
        report: Vec::new(),
    };
    let mut new_rows = Vec::new();
    for row in &table.rows {
        let d = decide(&mut known, row, mapping, &table.headers);
        plan.organizations_to_add += u32::from(d.add_org.is_some());
        plan.people_to_add += u32::from(d.add_person.is_some());
        match &d.outcome {
            RowOutcome::New => plan.new_rows += 1,
            RowOutcome::Matched { .. } => plan.matched += 1,
            RowOutcome::Duplicate { .. } => plan.duplicates += 1,
            RowOutcome::Invalid { .. } => plan.invalid += 1,
        }
        let planned = PlannedRow {
            row: row.number,
            name: d.name,
            outcome: d.outcome,
        };
        if planned.outcome == RowOutcome::New {
            if new_rows.len() < REPORT_ROWS {
                new_rows.push(planned);
            }
        } else if plan.report.len() < REPORT_ROWS {
            plan.report.push(planned);
        }
    }
    let room = REPORT_ROWS.saturating_sub(plan.report.len());
    plan.report.extend(new_rows.into_iter().take(room));
    plan.report.sort_by_key(|r| r.row);
    Ok(plan)
}

/// An import as the window and the CLI make it: when the file has
/// [`backup::LARGE_IMPORT_ROWS`] rows or more, a backup of the database file
/// first; then [`apply`] in one transaction.
pub fn import(
    store: &mut Store,
    table: &Table,
    mapping: &[ImportField],
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<ImportOutcome, ImportError> {
    check_mapping(table, mapping)?;
    if table.rows.len() >= backup::LARGE_IMPORT_ROWS {
        backup::before_change(store).map_err(|source| ContactError::NoBackup {
            what: "import",
            source,
        })?;
    }
    store.with_tx(|tx| apply(tx, table, mapping, progress))
}

/// Imports the rows: adds what the dry run called new, skips the rest.
/// `progress(done, total)` is called every few hundred rows; returning
/// `false` cancels, and the error rolls the caller's transaction back.
pub fn apply(
    conn: &Connection,
    table: &Table,
    mapping: &[ImportField],
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<ImportOutcome, ImportError> {
    check_mapping(table, mapping)?;
    let mut known = Known::load(conn)?;
    let at = now(conn)?;
    let total = table.rows.len() as u32;
    let mut outcome = ImportOutcome::default();
    // Organizations added by this import, by the row that added them.
    let mut added_orgs: HashMap<usize, String> = HashMap::new();
    // Search entries are written after the rows, in batches (see
    // `contacts::write_index`).
    let mut pending = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        if i % 250 == 0 && !progress(i as u32, total) {
            return Err(ImportError::Cancelled);
        }
        let d = decide(&mut known, row, mapping, &table.headers);
        match d.outcome {
            RowOutcome::Invalid { .. } | RowOutcome::Duplicate { .. } => outcome.skipped += 1,
            RowOutcome::Matched { .. } => outcome.matched += 1,
            RowOutcome::New => {}
        }
        if let Some(org) = &d.add_org {
            let id = contacts::insert_organization_deferred(conn, org, &at, Some(&mut pending))?;
            added_orgs.insert(row.number, id);
            outcome.organizations_added += 1;
        }
        if let Some(mut person) = d.add_person {
            person.organization_id = match &d.org_source {
                Some(Source::Stored { id, .. }) => Some(id.clone()),
                Some(Source::NewAt(r)) => added_orgs.get(r).cloned(),
                None => None,
            };
            contacts::insert_person_deferred(conn, &person, &at, Some(&mut pending))?;
            outcome.people_added += 1;
        }
    }
    for batch in pending.chunks(5_000) {
        if !progress(total, total) {
            return Err(ImportError::Cancelled);
        }
        contacts::write_index(conn, batch)?;
    }
    progress(total, total);
    Ok(outcome)
}

#[cfg(test)]
mod tests;
