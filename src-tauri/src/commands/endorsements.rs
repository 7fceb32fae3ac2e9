//! Endorsements and outreach: the signatory list and its review, intake of
//! pasted lists and form exports (core keeps each review under a token
//! while the organizer reads it), invitations and their messages.

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{Runtime, State, WebviewWindow};
use ts_rs::TS;
use undersigned_core::actions::{self, Reviews};
use undersigned_core::signons::intake::{self, IntakeOptions, IntakePlan, IntakeResult};
use undersigned_core::signons::invitations::{
    self, Audience, Created, Invitation, InvitationStatus, LanguageVersion, Message, Purpose,
    Sender, Template,
};
use undersigned_core::signons::{
    self, Endorsement, EndorsementEvent, EndorsementKind, EndorsementPage, EndorsementPatch,
    EndorsementQuery, EndorsementStatus, NewEndorsement, Outdated, Summary,
};
use undersigned_core::tabular::Row;
use undersigned_core::tabular::columns::{ColumnField, ColumnGuess};

use crate::commands::contacts::ImportProgress;
use crate::dialogs::{Dialogs, SavedFiles};
use crate::error::ApiError;
use crate::file_body::FileBody;
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
    db.write(move |store| actions::signons::add(store, &statement_id, &endorsement))
        .await
}

#[tauri::command]
pub async fn endorsements_set_status(
    db: State<'_, Database>,
    ids: Vec<String>,
    status: EndorsementStatus,
) -> Result<Vec<Endorsement>, ApiError> {
    db.write(move |store| actions::signons::set_status(store, &ids, status))
        .await
}

#[tauri::command]
pub async fn endorsements_correct(
    db: State<'_, Database>,
    id: String,
    patch: EndorsementPatch,
) -> Result<Endorsement, ApiError> {
    db.write(move |store| actions::signons::correct(store, &id, &patch, false))
        .await
}

/// Confirms every pending sign-on; answers their ids, for Undo.
#[tauri::command]
pub async fn endorsements_confirm_pending(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Vec<String>, ApiError> {
    db.write(move |store| actions::signons::confirm_pending(store, &statement_id))
        .await
}

/// Takes back confirmations just made.
#[tauri::command]
pub async fn endorsements_undo_confirm(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| actions::signons::undo_confirm(store, &ids))
        .await
}

/// After a correction: the linked contact takes the name the sign-on
/// prints.
#[tauri::command]
pub async fn endorsements_name_contact(
    db: State<'_, Database>,
    id: String,
) -> Result<String, ApiError> {
    db.write(move |store| actions::signons::name_contact_as_printed(store, &id))
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
    db.write(move |store| actions::signons::delete(store, &ids))
        .await
}

#[tauri::command]
pub async fn endorsements_restore(
    db: State<'_, Database>,
    ids: Vec<String>,
) -> Result<u32, ApiError> {
    db.write(move |store| actions::signons::restore(store, &ids))
        .await
}

#[tauri::command]
pub async fn endorsements_empty_trash(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<u32, ApiError> {
    db.write(move |store| actions::signons::empty_trash(store, &statement_id))
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
    db.write(move |store| actions::signons::reconfirm(store, &ids))
        .await
}

// Intake ----------------------------------------------------------------------

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

#[tauri::command]
pub async fn intake_paste(
    db: State<'_, Database>,
    reviews: State<'_, Reviews>,
    statement_id: String,
    text: String,
    kind: EndorsementKind,
    options: IntakeOptions,
) -> Result<IntakeReview, ApiError> {
    let reviews = Reviews::clone(&reviews);
    let review = db
        .write(move |store| {
            actions::signons::review_paste(store, &reviews, &statement_id, &text, kind, &options)
        })
        .await?;
    Ok(IntakeReview {
        token: review.token,
        plan: review.plan,
    })
}

#[tauri::command]
pub async fn intake_read(
    reviews: State<'_, Reviews>,
    file: FileBody,
) -> Result<IntakeFile, ApiError> {
    let FileBody {
        name: file_name,
        bytes,
    } = file;
    let reviews = Reviews::clone(&reviews);
    let name = file_name.clone();
    let (token, table) = tauri::async_runtime::spawn_blocking(move || {
        actions::signons::read_file(&reviews, &name, &bytes)
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    Ok(IntakeFile {
        token,
        file_name,
        headers: table.headers.clone(),
        columns: intake::guess_columns(&table),
        fields: undersigned_core::tabular::columns::SIGN_ON_FIELDS.to_vec(),
        sample: table.rows.iter().take(5).cloned().collect(),
        rows: table.rows.len() as u32,
        warnings: table.warnings.clone(),
    })
}

/// The review of a list or file already read, again: through a column
/// mapping (a file), and with the organizer's options (the visibility of
/// people who said nothing, headings put back).
#[tauri::command]
pub async fn intake_plan(
    db: State<'_, Database>,
    reviews: State<'_, Reviews>,
    statement_id: String,
    token: String,
    mapping: Option<Vec<ColumnField>>,
    options: IntakeOptions,
) -> Result<IntakeReview, ApiError> {
    let reviews = Reviews::clone(&reviews);
    let kept = token.clone();
    let plan = db
        .write(move |store| {
            actions::signons::review(
                store,
                &reviews,
                &statement_id,
                &kept,
                mapping.as_deref(),
                &options,
            )
        })
        .await?;
    Ok(IntakeReview { token, plan })
}

#[tauri::command]
pub async fn intake_apply(
    db: State<'_, Database>,
    reviews: State<'_, Reviews>,
    statement_id: String,
    token: String,
    options: IntakeOptions,
    on_progress: Channel<ImportProgress>,
) -> Result<IntakeResult, ApiError> {
    let reviews = Reviews::clone(&reviews);
    db.write(move |store| {
        actions::signons::apply(
            store,
            &reviews,
            &statement_id,
            &token,
            &options,
            &mut |done, total| {
                let _ = on_progress.send(ImportProgress { done, total });
                true
            },
        )
    })
    .await
}

#[tauri::command]
pub async fn intake_cancel(reviews: State<'_, Reviews>, token: String) -> Result<(), ApiError> {
    Ok(reviews.cancel(&token)?)
}

// Invitations -----------------------------------------------------------------

#[tauri::command]
pub async fn invitations_create(
    db: State<'_, Database>,
    statement_id: String,
    audience: Audience,
) -> Result<Created, ApiError> {
    db.write(move |store| actions::outreach::invite(store, &statement_id, &audience))
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
    db.write(move |store| actions::outreach::set_status(store, &ids, status))
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
    db.write(move |store| actions::outreach::set_template(store, &statement_id, &template))
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

/// Asks for a folder and writes one `.eml` per invitation into it; answers
/// the files written, or `None` when the organizer cancelled.
#[tauri::command]
pub async fn invitations_save_eml<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    ids: Vec<String>,
    purpose: Purpose,
    language: Option<String>,
    title: String,
) -> Result<Option<SavedFiles>, ApiError> {
    let Some(folder) = dialogs.folder(&window, &title).await? else {
        return Ok(None);
    };
    let into = folder.clone();
    db.read(move |conn| {
        invitations::write_eml_files(conn, &ids, purpose, "", language.as_deref(), &into)
    })
    .await
    .map(|files| Some(SavedFiles::in_folder(&folder, &files)))
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
    db.write(move |store| actions::outreach::set_sender(store, &sender))
        .await
}
