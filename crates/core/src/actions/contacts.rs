//! Contacts: records, the trash, duplicates and merges, and importing a
//! file through a dry run that is applied as it was shown.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::Store;
use crate::contacts::duplicates::{self, MergeFields, MergeRecord};
use crate::contacts::import::{
    self, DecidedImport, ImportError, ImportField, ImportOutcome, ImportPlan,
};
use crate::contacts::{self, ContactError, Organization, OrganizationInput, Person, PersonInput};
use crate::store::backup;
use crate::store::snapshot;
use crate::tabular::{self, Table};

use super::reviews::{Generation, ReviewError, Reviews};

type Result<T> = std::result::Result<T, ContactError>;

pub fn create_organization(store: &mut Store, input: &OrganizationInput) -> Result<Organization> {
    store.with_tx(|tx| contacts::create_organization(tx, input))
}

pub fn update_organization(
    store: &mut Store,
    id: &str,
    input: &OrganizationInput,
) -> Result<Organization> {
    store.with_tx(|tx| contacts::update_organization(tx, id, input))
}

pub fn create_person(store: &mut Store, input: &PersonInput) -> Result<Person> {
    store.with_tx(|tx| contacts::create_person(tx, input))
}

pub fn update_person(store: &mut Store, id: &str, input: &PersonInput) -> Result<Person> {
    store.with_tx(|tx| contacts::update_person(tx, id, input))
}

pub fn delete(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| contacts::delete(tx, ids))
}

pub fn restore(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| contacts::restore(tx, ids))
}

pub fn purge(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| contacts::purge(tx, ids))
}

pub fn empty_trash(store: &mut Store) -> Result<u32> {
    store.with_tx(|tx| contacts::empty_trash(tx))
}

/// The organizer says two contacts are not one; `undo` takes it back.
pub fn set_not_duplicate(store: &mut Store, first: &str, second: &str, undo: bool) -> Result<()> {
    store.with_tx(|tx| {
        if undo {
            duplicates::undismiss(tx, first, second)
        } else {
            duplicates::dismiss(tx, first, second)
        }
    })
}

/// Merges `others` into `keep`, after a backup of the file: without a
/// backup nothing is merged.
pub fn merge(
    store: &mut Store,
    keep: &str,
    others: &[String],
    fields: Option<&MergeFields>,
) -> Result<MergeRecord> {
    duplicates::merge_backed_up(store, keep, others, fields)
}

pub fn undo_merge(store: &mut Store, merge_id: &str) -> Result<MergeRecord> {
    store.with_tx(|tx| duplicates::undo_merge(tx, merge_id))
}

// Import ----------------------------------------------------------------------

/// A file read for import, and the dry run last made of it.
#[derive(Clone)]
pub(crate) struct ImportSession {
    table: Arc<Table>,
    planned: Option<(Vec<ImportField>, Arc<DecidedImport>, Generation)>,
}

/// Reads a file's bytes for import and keeps the table under a token, for
/// the mapping step.
pub fn read_import(
    reviews: &Reviews,
    file_name: &str,
    bytes: &[u8],
) -> std::result::Result<(String, Arc<Table>), ReviewError> {
    let table = Arc::new(tabular::read_bytes(file_name, bytes)?);
    Ok((reviews.imports.open(table_session(&table)), table))
}

/// Keeps a table the caller read itself (the command line reads paths).
pub fn keep_import(reviews: &Reviews, table: Table) -> String {
    reviews.imports.open(table_session(&Arc::new(table)))
}

fn table_session(table: &Arc<Table>) -> ImportSession {
    ImportSession {
        table: Arc::clone(table),
        planned: None,
    }
}

/// The dry run through `mapping`: what each row would become. Kept, with
/// the state of the database it read, for [`apply_import`].
pub fn plan_import(
    store: &Store,
    reviews: &Reviews,
    token: &str,
    mapping: &[ImportField],
) -> std::result::Result<ImportPlan, ReviewError> {
    let mut session = reviews.imports.get(token)?;
    // Taken before the dry run's reads begin (see `signons::review`).
    let at = Generation::of(store.conn())?;
    let decided = snapshot(store.conn(), |conn| {
        import::plan_decided(conn, &session.table, mapping)
    })?;
    let plan = decided.plan.clone();
    session.planned = Some((mapping.to_vec(), Arc::new(decided), at));
    reviews.imports.set(token, session)?;
    Ok(plan)
}

/// Adds what the dry run through `mapping` said it would, deciding nothing
/// again. Refused with [`ReviewError::Stale`] when the dry run was made
/// through another mapping, or anything was written since: nothing is added
/// and the dry run must be made again. A file of
/// [`backup::LARGE_IMPORT_ROWS`] rows or more backs the database up first.
pub fn apply_import(
    store: &mut Store,
    reviews: &Reviews,
    token: &str,
    mapping: &[ImportField],
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> std::result::Result<ImportOutcome, ReviewError> {
    let session = reviews.imports.get(token)?;
    let Some((planned_mapping, decided, at)) = session.planned.clone() else {
        return Err(ReviewError::Stale);
    };
    if planned_mapping != mapping {
        return Err(ReviewError::Stale);
    }
    let cancel = reviews.imports.start(token)?;
    if session.table.rows.len() >= backup::LARGE_IMPORT_ROWS {
        backup::before_change(store).map_err(|source| {
            ImportError::from(ContactError::NoBackup {
                what: "import",
                source,
            })
        })?;
    }
    let outcome = store.with_tx(|tx| {
        // Under the write lock now: nothing else can commit until this does.
        if Generation::of(tx)? != at {
            return Err(ReviewError::Stale);
        }
        let mut watched = |done, total| progress(done, total) && !cancel.load(Ordering::SeqCst);
        Ok(import::apply_decided(tx, &decided, &mut watched)?)
    });
    match &outcome {
        Ok(_) => reviews.imports.close(token),
        Err(ReviewError::Stale) => {}
        // Cancelled or failed: nothing was written, and the dry run may be
        // applied again as it is.
        Err(_) => {
            let at = at.after_rollback(store.conn());
            let session = ImportSession {
                planned: Some((planned_mapping, decided, at)),
                ..session
            };
            let _ = reviews.imports.set(token, session);
        }
    }
    outcome
}
