//! Settings → Sharing: start a share or join one (the shell asks for the
//! folder and the invitation file itself), see where it stands, sync now,
//! review conflicts, stop sharing. Syncs run on a connection of their own,
//! so the window's pages see what they bring as any change made elsewhere.

use serde::Serialize;
use tauri::{Runtime, State, WebviewWindow};
use ts_rs::TS;
use undersigned_core::share::{self, Conflict, Keep, ShareStatus, Started, SyncReport};

use crate::dialogs::Dialogs;
use crate::error::ApiError;
use crate::state::Database;

/// What the window shows of sharing: where it stands (`None`: not
/// shared), and why the last sync in the background failed, if it did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SharingInfo {
    pub status: Option<ShareStatus>,
    pub problem: Option<ApiError>,
    /// The name this computer goes by unless another is typed: its host name.
    pub default_name: String,
}

#[tauri::command]
pub async fn share_status(db: State<'_, Database>) -> Result<SharingInfo, ApiError> {
    let problem = db.sync_problem();
    let status = db.read(share::status).await?;
    Ok(SharingInfo {
        status,
        problem,
        default_name: share::default_device_name(),
    })
}

/// Starts a share: the organizer picks the shared folder, then where the
/// invitation goes. `None` when either dialog was cancelled.
#[tauri::command]
pub async fn share_create<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    name: String,
    where_title: String,
    invitation_title: String,
) -> Result<Option<Started>, ApiError> {
    let Some(folder) = dialogs.folder(&window, &where_title).await? else {
        return Ok(None);
    };
    let Some(invitation) = dialogs
        .save_file(&window, &invitation_title, "undersigned-invitation.json")
        .await?
    else {
        return Ok(None);
    };
    let name = Some(name.trim().to_string()).filter(|n| !n.is_empty());
    db.sync_elsewhere(move |store| share::create(store, &folder, &invitation, name.as_deref()))
        .await
        .map(Some)
}

/// Joins a share: the organizer picks the invitation, then this
/// computer's copy of the shared folder.
#[tauri::command]
pub async fn share_join<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    name: String,
    invitation_title: String,
    where_title: String,
) -> Result<Option<Started>, ApiError> {
    let Some(invitation) = dialogs
        .open_file(&window, &invitation_title, &["json"])
        .await?
    else {
        return Ok(None);
    };
    let Some(folder) = dialogs.folder(&window, &where_title).await? else {
        return Ok(None);
    };
    let name = Some(name.trim().to_string()).filter(|n| !n.is_empty());
    db.sync_elsewhere(move |store| share::join(store, &folder, &invitation, name.as_deref()))
        .await
        .map(Some)
}

#[tauri::command]
pub async fn share_sync(db: State<'_, Database>) -> Result<SyncReport, ApiError> {
    db.sync_elsewhere(share::sync).await
}

#[tauri::command]
pub async fn share_conflicts(db: State<'_, Database>) -> Result<Vec<Conflict>, ApiError> {
    db.read(share::conflicts).await
}

#[tauri::command]
pub async fn share_resolve(
    db: State<'_, Database>,
    id: String,
    keep: Keep,
) -> Result<(), ApiError> {
    db.sync_elsewhere(move |store| share::resolve(store, &id, keep))
        .await
}

#[tauri::command]
pub async fn share_leave(db: State<'_, Database>) -> Result<(), ApiError> {
    db.sync_elsewhere(share::leave).await
}
