//! Drafting a statement: its versions, status, translations, duplicates,
//! and Markdown or Word files (read by the window from a file the organizer
//! picked, and handed over as text or bytes: no file access here).

use tauri::State;
use undersigned_core::actions;
use undersigned_core::statements::documents;
use undersigned_core::statements::documents::ImportedStatement;
use undersigned_core::statements::drafting::{self, TranslationStatus};
use undersigned_core::statements::revisions::{
    self, Revision, RevisionKind, RevisionSummary, SavedRevision, TextDiffReport,
};
use undersigned_core::statements::{Statement, StatementStatus};

use crate::error::ApiError;
use crate::file_body::FileBody;
use crate::state::Database;

#[tauri::command]
pub async fn statements_set_status(
    db: State<'_, Database>,
    id: String,
    status: StatementStatus,
    confirmed: bool,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::drafting::set_status(store, &id, status, confirmed))
        .await
}

/// "Save version" (`pause: false`), or the save after a pause in typing.
#[tauri::command]
pub async fn statements_save_revision(
    db: State<'_, Database>,
    id: String,
    label: String,
    pause: bool,
) -> Result<SavedRevision, ApiError> {
    let kind = if pause {
        RevisionKind::Pause
    } else {
        RevisionKind::Explicit
    };
    db.write(move |store| actions::drafting::save_revision(store, &id, &label, kind))
        .await
}

#[tauri::command]
pub async fn statements_revisions(
    db: State<'_, Database>,
    id: String,
) -> Result<Vec<RevisionSummary>, ApiError> {
    db.read(move |conn| revisions::list(conn, &id)).await
}

#[tauri::command]
pub async fn statements_revision(
    db: State<'_, Database>,
    id: String,
    number: u32,
) -> Result<Revision, ApiError> {
    db.read(move |conn| revisions::get(conn, &id, number)).await
}

/// Revision `from` against revision `to`, or against the current text.
#[tauri::command]
pub async fn statements_diff(
    db: State<'_, Database>,
    id: String,
    from: u32,
    to: Option<u32>,
) -> Result<TextDiffReport, ApiError> {
    db.read(move |conn| match to {
        Some(to) => revisions::diff(conn, &id, from, to),
        None => revisions::diff_with_current(conn, &id, from),
    })
    .await
}

#[tauri::command]
pub async fn statements_restore_revision(
    db: State<'_, Database>,
    id: String,
    number: u32,
) -> Result<SavedRevision, ApiError> {
    db.write(move |store| actions::drafting::restore_revision(store, &id, number))
        .await
}

#[tauri::command]
pub async fn statements_translate(
    db: State<'_, Database>,
    id: String,
    language: String,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::drafting::translate(store, &id, &language))
        .await
}

#[tauri::command]
pub async fn statements_translation_status(
    db: State<'_, Database>,
    id: String,
) -> Result<TranslationStatus, ApiError> {
    db.read(move |conn| drafting::translation_status(conn, &id))
        .await
}

#[tauri::command]
pub async fn statements_mark_translation_current(
    db: State<'_, Database>,
    id: String,
) -> Result<TranslationStatus, ApiError> {
    db.write(move |store| actions::drafting::mark_translation_current(store, &id))
        .await
}

#[tauri::command]
pub async fn statements_duplicate(
    db: State<'_, Database>,
    id: String,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::drafting::duplicate(store, &id))
        .await
}

#[tauri::command]
pub async fn statements_import_markdown(
    db: State<'_, Database>,
    text: String,
    file_name: String,
) -> Result<ImportedStatement, ApiError> {
    db.write(move |store| actions::drafting::import_markdown(store, &text, &file_name))
        .await
}

#[tauri::command]
pub async fn statements_import_docx(
    db: State<'_, Database>,
    file: FileBody,
) -> Result<ImportedStatement, ApiError> {
    let FileBody {
        name: file_name,
        bytes,
    } = file;
    db.write(move |store| actions::drafting::import_docx(store, &bytes, &file_name))
        .await
}

#[tauri::command]
pub async fn statements_markdown(db: State<'_, Database>, id: String) -> Result<String, ApiError> {
    db.read(move |conn| {
        undersigned_core::statements::get(conn, &id).map(|s| documents::to_markdown(&s))
    })
    .await
}
