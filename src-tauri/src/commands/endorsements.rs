//! Endorsements and outreach: the signatory list and its review, intake of
//! pasted lists and form exports (rows wait here under a token while the
//! organizer reads the review), invitations and their messages.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use ts_rs::TS;
use undersigned_core::signons::intake::{self, IntakeOptions, IntakePlan, IntakeResult, IntakeRow};
use undersigned_core::signons::invitations::{
    self, Audience, Created, Invitation, InvitationStatus, LanguageVersion, Message, Purpose,
    Sender, Template,
};
use undersigned_core::signons::{
    self, Endorsement, EndorsementEvent, EndorsementKind, EndorsementPage, EndorsementPatch,
    EndorsementQuery, EndorsementStatus, NewEndorsement, Outdated, Summary,
};
use undersigned_core::tabular::columns::{ColumnField, ColumnGuess};
use undersigned_core::tabular::{self, Row, Table};

use crate::commands::contacts::ImportProgress;
use crate::error::ApiError;
use crate::state::Database;

#[tauri::command]
pub async fn endorsements_list(
    db: State<'_, Database>,
    statement_id: String,
    query: EndorsementQuery,
) -> Result<EndorsementPage, ApiError> {
    db.read(move |conn| signons::list(conn, &statement_id, &query))
        .await
}

#[tauri::command]
pub async fn endorsements_get(
    db: State<'_, Database>,
    id: String,
) -> Result<Endorsement, ApiError> {
    db.read(move |conn| signons::get(conn, &id)).await
}

#[tauri::command]
pub async fn endorsements_add(
    db: State<'_, Database>,
    statement_id: String,
    endorsement: NewEndorsement,
) -> Result<Endorsement, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::add(tx, &statement_id, &endorsement)))
        .await
}

#[tauri::command]
pub async fn endorsements_set_status(
    db: State<'_, Database>,
    ids: Vec<String>,
    status: EndorsementStatus,
) -> Result<Vec<Endorsement>, ApiError> {
    db.write(move |store| {
        store.with_tx(|tx| {
            ids.iter()
                .map(|id| signons::set_status(tx, id, status))
                .collect::<Result<Vec<_>, _>>()
        })
    })
    .await
}

#[tauri::command]
pub async fn endorsements_correct(
    db: State<'_, Database>,
    id: String,
    patch: EndorsementPatch,
) -> Result<Endorsement, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::correct(tx, &id, &patch)))
        .await
}

/// Confirms every pending sign-on; answers their ids, for Undo.
#[tauri::command]
pub async fn endorsements_confirm_pending(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Vec<String>, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::confirm_pending(tx, &statement_id)))
        .await
}

/// Takes back confirmations just made.
#[tauri::command]
pub async fn endorsements_undo_confirm(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::undo_confirm(tx, &ids)))
        .await
}

/// After a correction: the linked contact takes the name the sign-on
/// prints.
#[tauri::command]
pub async fn endorsements_name_contact(
    db: State<'_, Database>,
    id: String,
) -> Result<String, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::name_contact_as_printed(tx, &id)))
        .await
}

#[tauri::command]
pub async fn endorsements_events(
    db: State<'_, Database>,
    id: String,
) -> Result<Vec<EndorsementEvent>, ApiError> {
    db.read(move |conn| signons::events(conn, &id)).await
}

#[tauri::command]
pub async fn endorsements_delete(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::delete(tx, &ids)))
        .await
}

#[tauri::command]
pub async fn endorsements_restore(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::restore(tx, &ids)))
        .await
}

#[tauri::command]
pub async fn endorsements_empty_trash(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::empty_trash(tx, &statement_id)))
        .await
}

#[tauri::command]
pub async fn endorsements_summary(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Summary, ApiError> {
    db.read(move |conn| signons::summary(conn, &statement_id))
        .await
}

#[tauri::command]
pub async fn endorsements_outdated(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Vec<Outdated>, ApiError> {
    db.read(move |conn| signons::outdated(conn, &statement_id))
        .await
}

#[tauri::command]
pub async fn endorsements_reconfirm(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| store.with_tx(|tx| signons::reconfirm(tx, &ids)))
        .await
}

// Intake ----------------------------------------------------------------------

/// Lists and files taken in, waiting for review, by token.
#[derive(Default)]
pub struct PendingIntakes {
    entries: Mutex<HashMap<String, PendingIntake>>,
}

struct PendingIntake {
    /// A spreadsheet, until its mapping gives the rows.
    table: Option<Arc<Table>>,
    rows: Arc<Vec<IntakeRow>>,
    cancel: Arc<AtomicBool>,
}

/// A spreadsheet just read: its columns, what each was guessed to hold
/// and why, the first rows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeFile {
    pub token: String,
    pub file_name: String,
    pub headers: Vec<String>,
    pub columns: Vec<ColumnGuess>,
    /// The fields a column may be given.
    pub fields: Vec<ColumnField>,
    pub sample: Vec<Row>,
    pub rows: u32,
    /// What may not read as the file shows it (formula cells without a
    /// saved value), to show before anything is imported.
    pub warnings: Vec<String>,
}

/// The review of a list or file: the token to apply it with, and the plan.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeReview {
    pub token: String,
    pub plan: IntakePlan,
}

fn intake_gone() -> ApiError {
    ApiError::new(
        undersigned_core::error::ErrorCode::NotFound,
        "the list read for this intake is no longer open; paste it or choose the file again",
    )
}

fn lock(
    pending: &PendingIntakes,
) -> Result<std::sync::MutexGuard<'_, HashMap<String, PendingIntake>>, ApiError> {
    pending
        .entries
        .lock()
        .map_err(|_| ApiError::internal("intake state poisoned"))
}

/// Keeps one list or file at a time: the window shows one review.
fn keep(pending: &PendingIntakes, entry: PendingIntake) -> Result<String, ApiError> {
    let token = uuid::Uuid::now_v7().to_string();
    let mut entries = lock(pending)?;
    entries.clear();
    entries.insert(token.clone(), entry);
    Ok(token)
}

#[tauri::command]
pub async fn intake_paste(
    db: State<'_, Database>,
    pending: State<'_, PendingIntakes>,
    statement_id: String,
    text: String,
    kind: EndorsementKind,
    options: IntakeOptions,
) -> Result<IntakeReview, ApiError> {
    let rows = Arc::new(intake::parse_paste(&text, kind));
    let token = keep(
        &pending,
        PendingIntake {
            table: None,
            rows: Arc::clone(&rows),
            cancel: Arc::new(AtomicBool::new(false)),
        },
    )?;
    let plan = db
        .read(move |conn| intake::plan(conn, &statement_id, &rows, &options))
        .await?;
    Ok(IntakeReview { token, plan })
}

#[tauri::command]
pub async fn intake_read(
    pending: State<'_, PendingIntakes>,
    bytes: Vec<u8>,
    file_name: String,
) -> Result<IntakeFile, ApiError> {
    let name = file_name.clone();
    let table = tauri::async_runtime::spawn_blocking(move || tabular::read_bytes(&name, &bytes))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(ApiError::from)?;
    let preview = IntakeFile {
        token: String::new(),
        file_name,
        headers: table.headers.clone(),
        columns: intake::guess_columns(&table),
        fields: undersigned_core::tabular::columns::SIGN_ON_FIELDS.to_vec(),
        sample: table.rows.iter().take(5).cloned().collect(),
        rows: table.rows.len() as u32,
        warnings: table.warnings.clone(),
    };
    let token = keep(
        &pending,
        PendingIntake {
            table: Some(Arc::new(table)),
            rows: Arc::new(Vec::new()),
            cancel: Arc::new(AtomicBool::new(false)),
        },
    )?;
    Ok(IntakeFile { token, ..preview })
}

/// The review of a list or file already read, again: through a column
/// mapping (a file), and with the organizer's options (the visibility of
/// people who said nothing, headings put back).
#[tauri::command]
pub async fn intake_plan(
    db: State<'_, Database>,
    pending: State<'_, PendingIntakes>,
    statement_id: String,
    token: String,
    mapping: Option<Vec<ColumnField>>,
    options: IntakeOptions,
) -> Result<IntakeReview, ApiError> {
    let (table, stored) = {
        let entries = lock(&pending)?;
        let entry = entries.get(&token).ok_or_else(intake_gone)?;
        (entry.table.clone(), Arc::clone(&entry.rows))
    };
    let rows = match (table, mapping) {
        (Some(table), Some(mapping)) => {
            let rows = Arc::new(intake::rows_of_table(&table, &mapping).map_err(ApiError::from)?);
            let mut entries = lock(&pending)?;
            let entry = entries.get_mut(&token).ok_or_else(intake_gone)?;
            entry.rows = Arc::clone(&rows);
            rows
        }
        _ => stored,
    };
    let plan = db
        .read(move |conn| intake::plan(conn, &statement_id, &rows, &options))
        .await?;
    Ok(IntakeReview { token, plan })
}

#[tauri::command]
pub async fn intake_apply(
    db: State<'_, Database>,
    pending: State<'_, PendingIntakes>,
    statement_id: String,
    token: String,
    options: IntakeOptions,
    on_progress: Channel<ImportProgress>,
) -> Result<IntakeResult, ApiError> {
    let (rows, cancel) = {
        let entries = lock(&pending)?;
        let entry = entries.get(&token).ok_or_else(intake_gone)?;
        (Arc::clone(&entry.rows), Arc::clone(&entry.cancel))
    };
    cancel.store(false, Ordering::SeqCst);
    let result = db
        .write(move |store| {
            intake::import(store, &statement_id, &rows, &options, &mut |done, total| {
                let _ = on_progress.send(ImportProgress { done, total });
                !cancel.load(Ordering::SeqCst)
            })
        })
        .await?;
    lock(&pending)?.remove(&token);
    Ok(result)
}

#[tauri::command]
pub async fn intake_cancel(
    pending: State<'_, PendingIntakes>,
    token: String,
) -> Result<(), ApiError> {
    let entries = lock(&pending)?;
    let entry = entries.get(&token).ok_or_else(intake_gone)?;
    entry.cancel.store(true, Ordering::SeqCst);
    Ok(())
}

// Invitations -----------------------------------------------------------------

#[tauri::command]
pub async fn invitations_create(
    db: State<'_, Database>,
    statement_id: String,
    audience: Audience,
) -> Result<Created, ApiError> {
    db.write(move |store| store.with_tx(|tx| invitations::create(tx, &statement_id, &audience)))
        .await
}

/// A statement's invitations; with `reminderAfterDays`, only those waiting
/// that long for an answer.
#[tauri::command]
pub async fn invitations_list(
    db: State<'_, Database>,
    statement_id: String,
    status: Option<InvitationStatus>,
    reminder_after_days: Option<u32>,
) -> Result<Vec<Invitation>, ApiError> {
    db.read(move |conn| match reminder_after_days {
        Some(days) => invitations::needing_reminder(conn, &statement_id, days, None),
        None => invitations::list(conn, &statement_id, status),
    })
    .await
}

#[tauri::command]
pub async fn invitations_set_status(
    db: State<'_, Database>,
    ids: Vec<String>,
    status: InvitationStatus,
) -> Result<Vec<Invitation>, ApiError> {
    db.write(move |store| {
        store.with_tx(|tx| {
            ids.iter()
                .map(|id| invitations::set_status(tx, id, status))
                .collect::<Result<Vec<_>, _>>()
        })
    })
    .await
}

#[tauri::command]
pub async fn invitations_template(
    db: State<'_, Database>,
    statement_id: String,
    purpose: Purpose,
) -> Result<Template, ApiError> {
    db.read(move |conn| invitations::template(conn, &statement_id, purpose))
        .await
}

#[tauri::command]
pub async fn invitations_set_template(
    db: State<'_, Database>,
    statement_id: String,
    template: Template,
) -> Result<Template, ApiError> {
    db.write(move |store| {
        store.with_tx(|tx| invitations::set_template(tx, &statement_id, &template))
    })
    .await
}

/// One invitation's message; `language` sends that version, none the
/// version for the contact's country.
#[tauri::command]
pub async fn invitations_message(
    db: State<'_, Database>,
    id: String,
    purpose: Purpose,
    language: Option<String>,
) -> Result<Message, ApiError> {
    db.read(move |conn| invitations::message(conn, &id, purpose, language.as_deref()))
        .await
}

/// Writes one `.eml` per invitation into the folder the organizer picked.
#[tauri::command]
pub async fn invitations_save_eml(
    db: State<'_, Database>,
    ids: Vec<String>,
    purpose: Purpose,
    language: Option<String>,
    folder: String,
) -> Result<Vec<String>, ApiError> {
    let folder = PathBuf::from(folder);
    db.read(move |conn| {
        invitations::write_eml_files(conn, &ids, purpose, "", language.as_deref(), &folder)
    })
    .await
    .map(|files| files.into_iter().map(|p| p.display().to_string()).collect())
}

/// The language versions a message can go out in, the original first.
#[tauri::command]
pub async fn invitations_versions(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Vec<LanguageVersion>, ApiError> {
    db.read(move |conn| invitations::versions(conn, &statement_id))
        .await
}

/// Who signs the messages, as Settings keeps it.
#[tauri::command]
pub async fn invitations_sender(db: State<'_, Database>) -> Result<Sender, ApiError> {
    db.read(invitations::sender).await
}

#[tauri::command]
pub async fn invitations_set_sender(
    db: State<'_, Database>,
    sender: Sender,
) -> Result<Sender, ApiError> {
    db.write(move |store| store.with_tx(|tx| invitations::set_sender(tx, &sender)))
        .await
}
