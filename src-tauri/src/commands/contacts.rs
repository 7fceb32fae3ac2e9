//! Contacts: lists and search, records, the trash, duplicates and merges,
//! and importing a file the organizer picked. The window reads the file and
//! hands its bytes over; the table read from them waits here, under a
//! token, while the organizer maps columns and reads the dry-run report.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use ts_rs::TS;
use undersigned_core::contacts::duplicates::{self, DuplicatePair, MergeFields, MergeRecord};
use undersigned_core::contacts::import::{self, ImportField, ImportOutcome, ImportPlan};
use undersigned_core::contacts::{
    self, ContactFacets, ContactKind, ContactPage, ContactQuery, ContactRow, Organization,
    OrganizationInput, Person, PersonInput,
};
use undersigned_core::countries::{self, Country};
use undersigned_core::tabular::columns::ColumnGuess;
use undersigned_core::tabular::{self, Format, Row, Table};

use crate::error::ApiError;
use crate::state::Database;

#[tauri::command]
pub async fn contacts_list(
    db: State<'_, Database>,
    query: ContactQuery,
) -> Result<ContactPage, ApiError> {
    db.read(move |conn| contacts::list(conn, &query)).await
}

#[tauri::command]
pub async fn contacts_facets(db: State<'_, Database>) -> Result<ContactFacets, ApiError> {
    db.read(contacts::facets).await
}

/// Every country, for the country picker: code and names.
#[tauri::command]
pub async fn contacts_countries() -> Result<Vec<Country>, ApiError> {
    Ok(countries::all().to_vec())
}

#[tauri::command]
pub async fn contacts_organization(
    db: State<'_, Database>,
    id: String,
) -> Result<Organization, ApiError> {
    db.read(move |conn| contacts::organization(conn, &id)).await
}

#[tauri::command]
pub async fn contacts_person(db: State<'_, Database>, id: String) -> Result<Person, ApiError> {
    db.read(move |conn| contacts::person(conn, &id)).await
}

#[tauri::command]
pub async fn contacts_people_of(
    db: State<'_, Database>,
    id: String,
) -> Result<Vec<Person>, ApiError> {
    db.read(move |conn| contacts::people_of(conn, &id)).await
}

#[tauri::command]
pub async fn contacts_create_organization(
    db: State<'_, Database>,
    input: OrganizationInput,
) -> Result<Organization, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::create_organization(tx, &input)))
        .await
}

#[tauri::command]
pub async fn contacts_update_organization(
    db: State<'_, Database>,
    id: String,
    input: OrganizationInput,
) -> Result<Organization, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::update_organization(tx, &id, &input)))
        .await
}

#[tauri::command]
pub async fn contacts_create_person(
    db: State<'_, Database>,
    input: PersonInput,
) -> Result<Person, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::create_person(tx, &input)))
        .await
}

#[tauri::command]
pub async fn contacts_update_person(
    db: State<'_, Database>,
    id: String,
    input: PersonInput,
) -> Result<Person, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::update_person(tx, &id, &input)))
        .await
}

#[tauri::command]
pub async fn contacts_delete(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::delete(tx, &ids)))
        .await
}

#[tauri::command]
pub async fn contacts_restore(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::restore(tx, &ids)))
        .await
}

#[tauri::command]
pub async fn contacts_purge(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::purge(tx, &ids)))
        .await
}

#[tauri::command]
pub async fn contacts_empty_trash(db: State<'_, Database>) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| contacts::empty_trash(tx)))
        .await
}

#[tauri::command]
pub async fn contacts_duplicates(
    db: State<'_, Database>,
    limit: u32,
) -> Result<Vec<DuplicatePair>, ApiError> {
    db.read(move |conn| duplicates::find(conn, limit as usize))
        .await
}

/// The organizer says two contacts are not one (`undo` takes it back).
#[tauri::command]
pub async fn contacts_not_duplicate(
    db: State<'_, Database>,
    first: String,
    second: String,
    undo: bool,
) -> Result<(), ApiError> {
    db.write(move |store| {
        store.with_tx(|tx| {
            if undo {
                duplicates::undismiss(tx, &first, &second)
            } else {
                duplicates::dismiss(tx, &first, &second)
            }
        })
    })
    .await
}

/// Stored contacts a name typed for a new one may already be.
#[tauri::command]
pub async fn contacts_similar(
    db: State<'_, Database>,
    kind: ContactKind,
    name: String,
) -> Result<Vec<ContactRow>, ApiError> {
    db.read(move |conn| duplicates::similar_to(conn, kind, &name))
        .await
}

#[tauri::command]
pub async fn contacts_merge(
    db: State<'_, Database>,
    keep: String,
    others: Vec<String>,
    fields: Option<MergeFields>,
) -> Result<MergeRecord, ApiError> {
    db.write(move |store| duplicates::merge_backed_up(store, &keep, &others, fields.as_ref()))
        .await
}

#[tauri::command]
pub async fn contacts_undo_merge(
    db: State<'_, Database>,
    merge_id: String,
) -> Result<MergeRecord, ApiError> {
    db.write(move |store| store.with_tx(|tx| duplicates::undo_merge(tx, &merge_id)))
        .await
}

// Import ------------------------------------------------------------------

/// Files read for import, waiting for their mapping, by token.
#[derive(Default)]
pub struct PendingImports {
    tables: Mutex<HashMap<String, Pending>>,
}

struct Pending {
    table: Arc<Table>,
    cancel: Arc<AtomicBool>,
}

/// What the mapping step shows about a file just read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub token: String,
    pub file_name: String,
    pub format: Format,
    pub encoding: Option<String>,
    pub delimiter: Option<String>,
    pub headers: Vec<String>,
    /// The guessed field of each column, and why.
    pub columns: Vec<ColumnGuess>,
    /// The fields a column may be given.
    pub fields: Vec<ImportField>,
    /// The first rows, as read.
    pub sample: Vec<Row>,
    pub rows: u32,
    /// What may not read as the file shows it (formula cells without a
    /// saved value), to show before anything is imported.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

fn gone() -> ApiError {
    ApiError::new(
        undersigned_core::error::ErrorCode::NotFound,
        "the file read for this import is no longer open; choose it again",
    )
}

#[tauri::command]
pub async fn contacts_import_read(
    pending: State<'_, PendingImports>,
    bytes: Vec<u8>,
    file_name: String,
) -> Result<ImportPreview, ApiError> {
    let name = file_name.clone();
    let table = tauri::async_runtime::spawn_blocking(move || tabular::read_bytes(&name, &bytes))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(ApiError::from)?;
    let token = uuid::Uuid::now_v7().to_string();
    let preview = ImportPreview {
        token: token.clone(),
        file_name,
        format: table.format,
        encoding: table.encoding.clone(),
        delimiter: table.delimiter.map(|d| match d {
            '\t' => "tab".to_string(),
            other => other.to_string(),
        }),
        headers: table.headers.clone(),
        columns: import::guess_columns(&table),
        fields: undersigned_core::tabular::columns::CONTACT_FIELDS.to_vec(),
        sample: table.rows.iter().take(5).cloned().collect(),
        rows: table.rows.len() as u32,
        warnings: table.warnings.clone(),
    };
    let mut tables = pending
        .tables
        .lock()
        .map_err(|_| ApiError::internal("import state poisoned"))?;
    // One file at a time is all the window shows.
    tables.clear();
    tables.insert(
        token,
        Pending {
            table: Arc::new(table),
            cancel: Arc::new(AtomicBool::new(false)),
        },
    );
    Ok(preview)
}

fn pending_table(
    pending: &PendingImports,
    token: &str,
) -> Result<(Arc<Table>, Arc<AtomicBool>), ApiError> {
    let tables = pending
        .tables
        .lock()
        .map_err(|_| ApiError::internal("import state poisoned"))?;
    let found = tables.get(token).ok_or_else(gone)?;
    Ok((Arc::clone(&found.table), Arc::clone(&found.cancel)))
}

#[tauri::command]
pub async fn contacts_import_plan(
    db: State<'_, Database>,
    pending: State<'_, PendingImports>,
    token: String,
    mapping: Vec<ImportField>,
) -> Result<ImportPlan, ApiError> {
    let (table, _) = pending_table(&pending, &token)?;
    db.read(move |conn| import::plan(conn, &table, &mapping))
        .await
}

#[tauri::command]
pub async fn contacts_import_apply(
    db: State<'_, Database>,
    pending: State<'_, PendingImports>,
    token: String,
    mapping: Vec<ImportField>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportOutcome, ApiError> {
    let (table, cancel) = pending_table(&pending, &token)?;
    cancel.store(false, Ordering::SeqCst);
    let outcome = db
        .write(move |store| {
            import::import(store, &table, &mapping, &mut |done, total| {
                let _ = on_progress.send(ImportProgress { done, total });
                !cancel.load(Ordering::SeqCst)
            })
        })
        .await?;
    if let Ok(mut tables) = pending.tables.lock() {
        tables.remove(&token);
    }
    Ok(outcome)
}

#[tauri::command]
pub async fn contacts_import_cancel(
    pending: State<'_, PendingImports>,
    token: String,
) -> Result<(), ApiError> {
    let (_, cancel) = pending_table(&pending, &token)?;
    cancel.store(true, Ordering::SeqCst);
    Ok(())
}
