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
    db.read(move |conn| {
        Ok::<_, StoreError>(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database_path: shown_path,
            schema_version: store::schema_version(conn)?,
            read_only,
            backup_problem,
        })
    })
    .await
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
