use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use undersigned_core::StoreError;
use undersigned_core::store::{self, DatabaseChange};

use crate::error::ApiError;
use crate::state::Database;

/// What the Settings page shows about this installation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// The database file in use.
    pub database_path: String,
    pub schema_version: u32,
    /// The file's permissions allow no writing: the UI says so and offers
    /// no changes.
    pub read_only: bool,
    /// Why the day's automatic backup failed, if it did.
    pub backup_problem: Option<String>,
    /// The file is encrypted at rest (it was opened with its passphrase).
    pub encrypted: bool,
}

/// Also the UI's first call: it fails with `unavailable` when the database
/// could not be opened, and the UI shows why.
#[tauri::command]
pub async fn app_info(db: State<'_, Database>) -> Result<AppInfo, ApiError> {
    let shown_path = db
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let read_only = db.is_read_only();
    let backup_problem = db.backup_problem();
    let encrypted = db.is_encrypted();
    db.read(move |conn| {
        Ok::<_, StoreError>(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database_path: shown_path,
            schema_version: store::schema_version(conn)?,
            read_only,
            backup_problem,
            encrypted,
        })
    })
    .await
}

/// Opens the encrypted database the window started on. The passphrase
/// goes no further than this call: it is held in the core's memory for the
/// file's connections and backups, never stored, logged or sent back.
#[tauri::command]
pub async fn app_unlock(db: State<'_, Database>, passphrase: String) -> Result<(), ApiError> {
    db.unlock(passphrase).await
}

/// Encrypts the open database and its backups with `passphrase`
/// (Settings → Encrypt this database), then opens it again with it.
#[tauri::command]
pub async fn app_encrypt(
    db: State<'_, Database>,
    passphrase: String,
) -> Result<undersigned_core::store::encryption::Converted, ApiError> {
    db.encrypt(passphrase).await
}

/// The languages the organizer's system prefers, most preferred first, as
/// BCP 47-like tags ("es-MX", "ar"): the window speaks the first it knows
/// unless one was chosen in Settings. The web view's own `navigator.languages`
/// does not follow the desktop's settings on Linux, so the shell reads them.
#[tauri::command]
pub async fn app_languages() -> Result<WindowLanguages, ApiError> {
    let chosen = undersigned_core::location::window_language_file()
        .and_then(|file| std::fs::read_to_string(file).ok())
        .map(|text| text.trim().to_string())
        .filter(|tag| is_tag(tag));
    Ok(WindowLanguages {
        chosen,
        system: system_languages(),
    })
}

/// What the language file may hold: a short tag of letters, digits and hyphens.
fn is_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 16 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// The window's language as chosen in Settings, and the system's.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct WindowLanguages {
    /// The tag chosen in Settings, if one was.
    pub chosen: Option<String>,
    /// The system's preferred languages, most preferred first.
    pub system: Vec<String>,
}

/// Keeps the window's language for this user on this computer (`None`:
/// follow the system again). Written whole before the window draws itself
/// again, so the choice is there when it does.
#[tauri::command]
pub async fn app_choose_language(language: Option<String>) -> Result<(), ApiError> {
    let file = undersigned_core::location::window_language_file()
        .ok_or_else(|| ApiError::unavailable("this system has no folder for settings"))?;
    let written = match language.filter(|tag| !tag.is_empty()) {
        Some(tag) if is_tag(&tag) => file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&file, format!("{tag}\n"))),
        Some(tag) => {
            return Err(ApiError::new(
                undersigned_core::error::ErrorCode::Invalid,
                format!("{tag:?} is not a language tag"),
            ));
        }
        None => match std::fs::remove_file(&file) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        },
    };
    written.map_err(|e| {
        ApiError::unavailable(format!(
            "the language could not be kept in {}: {e}",
            file.display()
        ))
    })
}

/// On Linux and other Unix desktops: `LANGUAGE` (a list), then the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, as gettext reads them; the
/// C locale names no language.
#[cfg(target_os = "linux")]
pub fn system_languages() -> Vec<String> {
    languages_from_env(|name| std::env::var(name).ok())
}

#[cfg(not(target_os = "linux"))]
pub fn system_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

pub fn languages_from_env(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let tag = |locale: &str| -> Option<String> {
        // "es_MX.UTF-8@euro" → "es-MX"
        let bare = locale.split(['.', '@']).next()?.trim();
        (!bare.is_empty() && bare != "C" && bare != "POSIX").then(|| bare.replace('_', "-"))
    };
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()));
    // gettext ignores LANGUAGE when the locale is C.
    let mut found: Vec<String> = match &locale {
        Some(l) if tag(l).is_none() => Vec::new(),
        _ => var("LANGUAGE")
            .unwrap_or_default()
            .split(':')
            .filter_map(tag)
            .collect(),
    };
    if let Some(main) = locale.as_deref().and_then(tag)
        && !found.contains(&main)
    {
        found.push(main);
    }
    found
}

/// The window calls this once, when its first screen shows the statements:
/// the day's backup starts now, after the start rather than during it.
/// With `UNDERSIGNED_REPORT_READY` set, it prints a line on standard output
/// so `make bench` can time the start from outside the process.
#[tauri::command]
pub async fn app_ready(db: State<'_, Database>) -> Result<(), ApiError> {
    db.back_up_daily_after(std::time::Duration::ZERO);
    static REPORTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if std::env::var_os("UNDERSIGNED_REPORT_READY").is_some()
        && !REPORTED.swap(true, std::sync::atomic::Ordering::SeqCst)
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "undersigned: first screen");
        let _ = out.flush();
    }
    Ok(())
}

/// Quits the app (Ctrl+Q). Going through the event loop, rather than ending
/// the process, lets the database be tidied on the way out.
#[tauri::command]
pub async fn app_quit<R: Runtime>(app: AppHandle<R>) -> Result<(), ApiError> {
    app.exit(0);
    Ok(())
}

/// Tells the window, through `on_change`, whenever another program (the
/// command line, a second window, a newer Undersigned) changes the file, and
/// which areas, so the views that show them refresh without a click. The
/// window's own writes are not echoed. A new call replaces the previous watch.
#[tauri::command]
pub async fn app_watch(
    db: State<'_, Database>,
    on_change: Channel<DatabaseChange>,
) -> Result<(), ApiError> {
    db.watch(move |change| on_change.send(change).is_ok())
}

#[cfg(test)]
mod tests {
    use super::languages_from_env;

    fn read(vars: &[(&str, &str)]) -> Vec<String> {
        languages_from_env(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_system_languages_are_read_as_gettext_reads_them() {
        assert_eq!(read(&[("LANG", "es_MX.UTF-8")]), ["es-MX"]);
        assert_eq!(
            read(&[("LANGUAGE", "fil:en_GB"), ("LANG", "en_GB.UTF-8")]),
            ["fil", "en-GB"]
        );
        // LC_ALL over LC_MESSAGES over LANG.
        assert_eq!(
            read(&[
                ("LC_ALL", "ar_EG.UTF-8"),
                ("LC_MESSAGES", "fr_FR"),
                ("LANG", "de_DE")
            ]),
            ["ar-EG"]
        );
        assert_eq!(
            read(&[("LC_MESSAGES", "pt_BR@euro"), ("LANG", "de_DE")]),
            ["pt-BR"]
        );
        // The C locale names none, and turns LANGUAGE off.
        assert!(read(&[("LANGUAGE", "es"), ("LANG", "C.UTF-8")]).is_empty());
        assert!(read(&[("LANG", "POSIX")]).is_empty());
        assert_eq!(read(&[("LANGUAGE", "id")]), ["id"]);
        assert!(read(&[]).is_empty());
    }
}
