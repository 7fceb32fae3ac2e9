//! Importing contacts from a file: columns mapped to fields (guessed from
//! the headers in English, Spanish or French), a dry run that says what each
//! row would become, then the import itself in the caller's transaction.
//!
//! A row names an organization, a person, or both (a person and the
//! organization they belong to). Each is matched against the contacts
//! already stored and against earlier rows of the same file: by e-mail, or
//! by normalized name (`crate::text::names::name_key`) in the same country. A matched
//! row adds nothing, so importing the same file twice adds nothing.

mod decide;
mod record;

use decide::*;
use record::*;

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::{
    self, CleanOrganization, CleanPerson, ContactError, OrganizationInput, PersonInput, name_key,
};

use crate::store::WithPath;
use crate::store::clock::now;
use crate::tabular::columns::{self, CONTACT_FIELDS, ColumnGuess};
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

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@import", rename_all = "snake_case")]
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
    #[serde(untagged)]
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
    Ok(plan_decided(conn, table, mapping)?.plan)
}

/// A dry run that keeps what it decided for every row, so that applying it
/// writes exactly what the organizer reviewed, without deciding again.
pub struct DecidedImport {
    pub plan: ImportPlan,
    /// Each row's number and what it adds, in file order.
    decisions: Vec<(usize, Decision)>,
}

/// [`plan`], keeping every row's decision for [`apply_decided`].
pub fn plan_decided(
    conn: &Connection,
    table: &Table,
    mapping: &[ImportField],
) -> Result<DecidedImport, ImportError> {
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
    let mut decisions = Vec::with_capacity(table.rows.len());
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
            name: d.name.clone(),
            outcome: d.outcome.clone(),
        };
        if planned.outcome == RowOutcome::New {
            if new_rows.len() < REPORT_ROWS {
                new_rows.push(planned);
            }
        } else if plan.report.len() < REPORT_ROWS {
            plan.report.push(planned);
        }
        decisions.push((row.number, d));
    }
    let room = REPORT_ROWS.saturating_sub(plan.report.len());
    plan.report.extend(new_rows.into_iter().take(room));
    plan.report.sort_by_key(|r| r.row);
    Ok(DecidedImport { plan, decisions })
}

/// Writes what a dry run decided, row by row, deciding nothing again: the
/// caller makes sure nothing changed since it was planned. `progress(done,
/// total)` is called every few hundred rows; returning `false` cancels, and
/// the error rolls the caller's transaction back.
pub fn apply_decided(
    conn: &Connection,
    decided: &DecidedImport,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<ImportOutcome, ImportError> {
    let at = now(conn)?;
    let total = decided.decisions.len() as u32;
    let mut outcome = ImportOutcome::default();
    // Organizations added by this import, by the row that added them.
    let mut added_orgs: HashMap<usize, String> = HashMap::new();
    // Search entries are written after the rows, in batches (see
    // `contacts::write_index`).
    let mut pending = Vec::new();
    for (i, (number, d)) in decided.decisions.iter().enumerate() {
        if i % 250 == 0 && !progress(i as u32, total) {
            return Err(ImportError::Cancelled);
        }
        match d.outcome {
            RowOutcome::Invalid { .. } | RowOutcome::Duplicate { .. } => outcome.skipped += 1,
            RowOutcome::Matched { .. } => outcome.matched += 1,
            RowOutcome::New => {}
        }
        if let Some(org) = &d.add_org {
            let id = contacts::insert_organization_deferred(conn, org, &at, Some(&mut pending))?;
            added_orgs.insert(*number, id);
            outcome.organizations_added += 1;
        }
        if let Some(person) = &d.add_person {
            let mut person = person.clone();
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
