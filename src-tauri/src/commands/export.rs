//! Export: a preview of the signed statement, saving it where the organizer
//! picks in a save dialog the shell opens (signed with the organization's key
//! on request), the export log, the signing key itself, and checking a file
//! someone sent. The page never sends a path and is told only file names.

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{Runtime, State, WebviewWindow};
use ts_rs::TS;
use undersigned_core::actions::{self, export::Signing};
use undersigned_core::export::signing::{self, StoredKey, Verdict};
use undersigned_core::export::{
    self, ExportError, ExportFormat, ExportOptions, ExportRecord, PagePreview,
};

use crate::dialogs::{Dialogs, SavedFiles, name_of};
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
    /// The statement's language has no country names in the CLDR data the
    /// app carries, so countries print in English.
    pub countries_in_english: bool,
    /// The count line, the group headings and "Issued by" print in
    /// English: there are no words for them in the statement's language.
    pub words_in_english: bool,
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
            countries_in_english: !undersigned_core::countries::has_names_in(&doc.language),
            words_in_english: !export::has_words_in(&doc.language),
        })
    })
    .await
}

/// Signed with the organization's stored key when a passphrase is given.
fn signing(passphrase: Option<&str>) -> Signing<'_> {
    passphrase.map_or(Signing::Unsigned, Signing::StoredKey)
}

/// Asks where to save the export (titled `title`, the page's words), writes
/// it there and signs it when a passphrase is given; `None` when the
/// organizer cancelled.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_save<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    statement_id: String,
    format: ExportFormat,
    options: ExportOptions,
    passphrase: Option<String>,
    title: String,
) -> Result<Option<ExportRecord>, ApiError> {
    let id = statement_id.clone();
    let suggested = db
        .read(move |conn| -> Result<String, ExportError> {
            let statement = undersigned_core::statements::get(conn, &id)?;
            Ok(export::file_name(&statement, format))
        })
        .await?;
    let Some(path) = dialogs.save_file(&window, &title, &suggested).await? else {
        return Ok(None);
    };
    db.write(move |store| {
        let signing = signing(passphrase.as_deref());
        actions::export::save(store, &statement_id, format, &options, &path, signing)
    })
    .await
    .map(Some)
}

/// Progress of an export of every language version: files done of total.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportProgress {
    pub done: u32,
    pub total: u32,
}

/// Asks for a folder and writes every language version of the statement
/// into it; answers the files written, or `None` when the organizer cancelled.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_all_languages<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    statement_id: String,
    format: ExportFormat,
    options: ExportOptions,
    passphrase: Option<String>,
    title: String,
    on_progress: Channel<ExportProgress>,
) -> Result<Option<SavedFiles>, ApiError> {
    let Some(folder) = dialogs.folder(&window, &title).await? else {
        return Ok(None);
    };
    db.write(move |store| {
        let written = actions::export::save_all_languages(
            store,
            &statement_id,
            format,
            &options,
            &folder,
            signing(passphrase.as_deref()),
            |done, total| {
                let _ = on_progress.send(ExportProgress {
                    done: done as u32,
                    total: total as u32,
                });
            },
        )?;
        let paths: Vec<_> = written.into_iter().map(|(path, _)| path).collect();
        Ok::<_, ExportError>(Some(SavedFiles::in_folder(&folder, &paths)))
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
    db.write(move |store| actions::export::create_key(store, &passphrase, &label))
        .await
}

/// Asks where to save the public key as a `.pub` file and writes it there;
/// answers the file's name, or `None` when the organizer cancelled.
#[tauri::command]
pub async fn keys_save_public<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    title: String,
) -> Result<Option<String>, ApiError> {
    // Asked first, so an organizer with no key is told so before choosing a place.
    db.read(actions::export::public_key).await?;
    let Some(path) = dialogs
        .save_file(&window, &title, "organization.pub")
        .await?
    else {
        return Ok(None);
    };
    let name = name_of(&path);
    db.read(move |conn| actions::export::save_public_key(conn, &path))
        .await
        .map(|()| Some(name))
}

/// A file checked against its signature: the file's name and the verdict.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckedFile {
    pub file_name: String,
    pub verdict: Verdict,
}

/// Asks for a file (its signature `FILE.minisig` beside it) and checks it
/// against the organization's own key, or, when `keyTitle` is given,
/// against a public key file asked for next under that title. `None` when
/// the organizer cancelled either dialog.
#[tauri::command]
pub async fn verify_file<R: Runtime>(
    window: WebviewWindow<R>,
    dialogs: State<'_, Dialogs>,
    db: State<'_, Database>,
    title: String,
    key_title: Option<String>,
) -> Result<Option<CheckedFile>, ApiError> {
    let Some(file) = dialogs.open_file(&window, &title, &[]).await? else {
        return Ok(None);
    };
    let public_key = match key_title {
        Some(title) => match dialogs.open_file(&window, &title, &["pub"]).await? {
            Some(path) => Some(path),
            None => return Ok(None),
        },
        None => None,
    };
    let file_name = name_of(&file);
    let verdict = check(&db, file, public_key).await?;
    Ok(Some(CheckedFile { file_name, verdict }))
}

async fn check(
    db: &Database,
    file: std::path::PathBuf,
    public_key: Option<std::path::PathBuf>,
) -> Result<Verdict, ApiError> {
    let Some(public_key) = public_key else {
        return db
            .read(move |conn| {
                signing::verify_file_with_own_key(conn, &file, None).map_err(ExportError::from)
            })
            .await?
            .ok_or_else(|| {
                ApiError::new(
                    crate::error::ErrorCode::Invalid,
                    "this database has no key of the organization's own yet; choose the public key (.pub) the file was signed with",
                )
            });
    };
    tauri::async_runtime::spawn_blocking(move || signing::verify_file(&file, &public_key, None))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(ApiError::from)
}
