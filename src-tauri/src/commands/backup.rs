//! Backups from the Settings page: make one now, list them, restore one.
//! Only backups in the database's own backups folder can be restored from
//! here, picked by name, so the window needs no access to the file system.

use tauri::State;
use undersigned_core::WithPath;
use undersigned_core::store::backup::{self, BackupInfo, BackupReason, RestoreReport};

use crate::error::ApiError;
use crate::state::Database;

#[tauri::command]
pub async fn backup_list(db: State<'_, Database>) -> Result<Vec<BackupInfo>, ApiError> {
    let path = db.file()?;
    tauri::async_runtime::spawn_blocking(move || {
        backup::list(&path).map_err(|e| ApiError::from(e.with_path(&path)))
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
}

#[tauri::command]
pub async fn backup_create(db: State<'_, Database>) -> Result<BackupInfo, ApiError> {
    db.write(|store| backup::create(store, BackupReason::Manual))
        .await
}

/// Restores the backup called `file_name` from the backups folder. What it
/// replaces is kept as a backup first.
#[tauri::command]
pub async fn backup_restore(
    db: State<'_, Database>,
    file_name: String,
) -> Result<RestoreReport, ApiError> {
    let path = db.file()?;
    tauri::async_runtime::spawn_blocking(move || {
        backup::restore_named(&path, &file_name).map_err(|e| ApiError::from(e.with_path(&path)))
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
}
