//! Contacts: lists and search, records, the trash, duplicates and merges,
//! and importing a file the organizer picked. The window reads the file and
//! hands its bytes over; core keeps the table read from them under a token
//! while the organizer maps columns and reads the dry-run report.

use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use ts_rs::TS;
use undersigned_core::actions::{self, Reviews};
use undersigned_core::contacts::duplicates::{self, DuplicatePair, MergeFields, MergeRecord};
use undersigned_core::contacts::import::{self, ImportField, ImportOutcome, ImportPlan};
use undersigned_core::contacts::{
    self, ContactFacets, ContactKind, ContactPage, ContactQuery, ContactRow, Organization,
    OrganizationInput, Person, PersonInput,
};
use undersigned_core::countries::{self, Country};
use undersigned_core::tabular::columns::ColumnGuess;
use undersigned_core::tabular::{Format, Row};

use crate::error::ApiError;
use crate::file_body::FileBody;
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
    db.write(move |store| actions::contacts::create_organization(store, &input))
        .await
}

#[tauri::command]
pub async fn contacts_update_organization(
    db: State<'_, Database>,
    id: String,
    input: OrganizationInput,
) -> Result<Organization, ApiError> {
    db.write(move |store| actions::contacts::update_organization(store, &id, &input))
        .await
}

#[tauri::command]
pub async fn contacts_create_person(
    db: State<'_, Database>,
    input: PersonInput,
) -> Result<Person, ApiError> {
    db.write(move |store| actions::contacts::create_person(store, &input))
        .await
}

#[tauri::command]
pub async fn contacts_update_person(
    db: State<'_, Database>,
    id: String,
    input: PersonInput,
) -> Result<Person, ApiError> {
    db.write(move |store| actions::contacts::update_person(store, &id, &input))
        .await
}

#[tauri::command]
pub async fn contacts_delete(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| actions::contacts::delete(store, &ids))
        .await
}

#[tauri::command]
pub async fn contacts_restore(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| actions::contacts::restore(store, &ids))
        .await
}

#[tauri::command]
pub async fn contacts_purge(db: State<'_, Database>, ids: Vec<String>) -> Result<u32, ApiError> {
    db.write(move |store| actions::contacts::purge(store, &ids))
        .await
}

#[tauri::command]
pub async fn contacts_empty_trash(db: State<'_, Database>) -> Result<u32, ApiError> {
    db.write(actions::contacts::empty_trash).await
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
    db.write(move |store| actions::contacts::set_not_duplicate(store, &first, &second, undo))
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
    db.write(move |store| actions::contacts::merge(store, &keep, &others, fields.as_ref()))
        .await
}

#[tauri::command]
pub async fn contacts_undo_merge(
    db: State<'_, Database>,
    merge_id: String,
) -> Result<MergeRecord, ApiError> {
    db.write(move |store| actions::contacts::undo_merge(store, &merge_id))
        .await
}

// Import ------------------------------------------------------------------

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

#[tauri::command]
pub async fn contacts_import_read(
    reviews: State<'_, Reviews>,
    file: FileBody,
) -> Result<ImportPreview, ApiError> {
    let FileBody {
        name: file_name,
        bytes,
    } = file;
    let reviews = Reviews::clone(&reviews);
    let name = file_name.clone();
    let (token, table) = tauri::async_runtime::spawn_blocking(move || {
        actions::contacts::read_import(&reviews, &name, &bytes)
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    Ok(ImportPreview {
        token,
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
    })
}

#[tauri::command]
pub async fn contacts_import_plan(
    db: State<'_, Database>,
    reviews: State<'_, Reviews>,
    token: String,
    mapping: Vec<ImportField>,
) -> Result<ImportPlan, ApiError> {
    let reviews = Reviews::clone(&reviews);
    db.write(move |store| actions::contacts::plan_import(store, &reviews, &token, &mapping))
        .await
}

#[tauri::command]
pub async fn contacts_import_apply(
    db: State<'_, Database>,
    reviews: State<'_, Reviews>,
    token: String,
    mapping: Vec<ImportField>,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportOutcome, ApiError> {
    let reviews = Reviews::clone(&reviews);
    db.write(move |store| {
        actions::contacts::apply_import(store, &reviews, &token, &mapping, &mut |done, total| {
            let _ = on_progress.send(ImportProgress { done, total });
            true
        })
    })
    .await
}

#[tauri::command]
pub async fn contacts_import_cancel(
    reviews: State<'_, Reviews>,
    token: String,
) -> Result<(), ApiError> {
    Ok(reviews.cancel(&token)?)
}
