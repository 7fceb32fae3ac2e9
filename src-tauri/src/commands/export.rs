//! Export: a preview of the signed statement, saving it where the organizer
//! picked (signed with the organization's key on request), the export log,
//! the signing key itself, and checking a file someone sent.

use std::path::PathBuf;

use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use ts_rs::TS;
use undersigned_core::export::signing::{self, SigningError, StoredKey, Verdict};
use undersigned_core::export::{
    self, ExportError, ExportFormat, ExportOptions, ExportRecord, PagePreview, Signer,
};

use crate::error::ApiError;
use crate::state::Database;

/// What the preview shows: the first pages exactly as the PDF prints them,
/// how many there are, and a file name made safe from the title.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportPreview {
    pub pages: Vec<String>,
    pub page_count: u32,
    pub count_line: String,
    pub signatory_count: u32,
    pub file_stem: String,
    /// Other language versions of this statement, for "all languages".
    pub languages: Vec<String>,
}

/// Typesets the statement with the chosen options; `pages` is how many of
/// the first pages to draw.
#[tauri::command]
pub async fn export_preview(
    db: State<'_, Database>,
    statement_id: String,
    options: ExportOptions,
    pages: u32,
) -> Result<ExportPreview, ApiError> {
    db.read(move |conn| -> Result<ExportPreview, ExportError> {
        let doc = export::document(conn, &statement_id, options.group_by)?;
        let statement = undersigned_core::statements::get(conn, &statement_id)?;
        let name = export::file_name(&statement, ExportFormat::Html);
        let PagePreview { pages, page_count } =
            export::page_preview(&doc, &options, pages.clamp(1, 50) as usize)?;
        let languages = export::language_versions(conn, &statement_id)?
            .into_iter()
            .map(|s| s.language)
            .collect();
        Ok(ExportPreview {
            pages,
            page_count,
            count_line: doc.count_line,
            signatory_count: doc.signatory_count,
            file_stem: name.trim_end_matches(".html").to_string(),
            languages,
        })
    })
    .await
}

/// The organization's stored key, unlocked, when a passphrase is given.
fn unlock(
    store: &undersigned_core::Store,
    passphrase: Option<&str>,
) -> Result<Option<(signing::SecretKey, StoredKey)>, SigningError> {
    passphrase
        .map(|p| signing::unlock_stored(store.conn(), p))
        .transpose()
}

/// Writes the export to the path the save dialog gave; signs it when a
/// passphrase is given.
#[tauri::command]
pub async fn export_save(
    db: State<'_, Database>,
    statement_id: String,
    format: ExportFormat,
    options: ExportOptions,
    path: String,
    passphrase: Option<String>,
) -> Result<ExportRecord, ApiError> {
    db.write(move |store| {
        let key = unlock(store, passphrase.as_deref())?;
        let signer = key.as_ref().map(|(key, info)| Signer {
            key,
            signer: &info.label,
        });
        export::write(
            store,
            &statement_id,
            format,
            &options,
            &PathBuf::from(&path),
            signer.as_ref(),
        )
    })
    .await
}

/// Progress of an export of every language version: files done of total.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportProgress {
    pub done: u32,
    pub total: u32,
}

/// Writes every language version of the statement into the folder the
/// organizer picked; returns the files written.
#[tauri::command]
pub async fn export_all_languages(
    db: State<'_, Database>,
    statement_id: String,
    format: ExportFormat,
    options: ExportOptions,
    folder: String,
    passphrase: Option<String>,
    on_progress: Channel<ExportProgress>,
) -> Result<Vec<String>, ApiError> {
    db.write(move |store| {
        let key = unlock(store, passphrase.as_deref())?;
        let signer = key.as_ref().map(|(key, info)| Signer {
            key,
            signer: &info.label,
        });
        let written = export::write_all_languages(
            store,
            &statement_id,
            format,
            &options,
            &PathBuf::from(&folder),
            signer.as_ref(),
            |done, total| {
                let _ = on_progress.send(ExportProgress {
                    done: done as u32,
                    total: total as u32,
                });
            },
        )?;
        Ok::<_, ExportError>(
            written
                .into_iter()
                .map(|(path, _)| path.display().to_string())
                .collect(),
        )
    })
    .await
}

#[tauri::command]
pub async fn exports_list(
    db: State<'_, Database>,
    statement_id: String,
) -> Result<Vec<ExportRecord>, ApiError> {
    db.read(move |conn| export::list(conn, &statement_id)).await
}

#[tauri::command]
pub async fn keys_current(db: State<'_, Database>) -> Result<Option<StoredKey>, ApiError> {
    db.read(|conn| signing::stored(conn).map_err(ExportError::from))
        .await
}

#[tauri::command]
pub async fn keys_create(
    db: State<'_, Database>,
    passphrase: String,
    label: String,
) -> Result<StoredKey, ApiError> {
    db.write(move |store| {
        store.with_tx(|tx| {
            signing::create_stored(tx, &passphrase, &label).map_err(ExportError::from)
        })
    })
    .await
}

/// Saves the public key as a `.pub` file where the organizer picked.
#[tauri::command]
pub async fn keys_save_public(db: State<'_, Database>, path: String) -> Result<(), ApiError> {
    db.read(move |conn| -> Result<(), ExportError> {
        let key = signing::stored(conn)?
            .ok_or_else(|| SigningError::Key("no signing key yet; make one first".into()))?;
        undersigned_core::files::write_whole(&PathBuf::from(&path), key.public_key.as_bytes())
            .map_err(|e| ExportError::Write {
                file: path.clone(),
                reason: e.to_string(),
            })
    })
    .await
}

/// Checks a file against its signature (`FILE.minisig` unless given) and a
/// public key file, or the organization's own key when none is given.
#[tauri::command]
pub async fn verify_file(
    db: State<'_, Database>,
    file: String,
    public_key: Option<String>,
    signature: Option<String>,
) -> Result<Verdict, ApiError> {
    let Some(public_key) = public_key else {
        return db
            .read(move |conn| {
                signing::verify_file_with_own_key(
                    conn,
                    std::path::Path::new(&file),
                    signature.as_deref().map(std::path::Path::new),
                )
                .map_err(ExportError::from)
            })
            .await?
            .ok_or_else(|| {
                ApiError::new(
                    crate::error::ErrorCode::Invalid,
                    "this database has no key of the organization's own yet; choose the public key (.pub) the file was signed with",
                )
            });
    };
    tauri::async_runtime::spawn_blocking(move || {
        signing::verify_file(
            std::path::Path::new(&file),
            std::path::Path::new(&public_key),
            signature.as_deref().map(std::path::Path::new),
        )
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
    .map_err(ApiError::from)
}
