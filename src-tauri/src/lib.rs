//! The Undersigned desktop shell. It opens the database, registers the
//! commands and hands everything else to `undersigned-core`.

pub mod commands;
pub mod dialogs;
pub mod error;
pub mod file_body;
pub mod state;

#[cfg(test)]
mod bindings;

use std::path::PathBuf;

use tauri::{Builder, Manager, RunEvent, Runtime};

use crate::state::Database;

/// Starts the desktop app. Exits with a message when there is no display or
/// the command line is wrong, rather than letting the toolkit panic.
pub fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explicit_db = match parse_db_arg(&args) {
        Ok(db) => db,
        Err(message) => {
            eprintln!("undersigned: {message}");
            std::process::exit(2);
        }
    };
    if let Err(message) = check_display() {
        eprintln!("undersigned: {message}");
        std::process::exit(1);
    }
    let database = Database::open_at(explicit_db);
    // The day's backup waits for the first screen (see `app_ready`).
    database.back_up_daily_after(std::time::Duration::from_secs(30));
    let context = tauri::generate_context!();
    let builder = Builder::default().plugin(one_window_per_database(
        database.path().map(PathBuf::as_path),
    ));
    let app = match run_app(builder, database).build(context) {
        Ok(app) => app,
        Err(err) => {
            eprintln!("undersigned: the window could not start: {err}");
            std::process::exit(1);
        }
    };
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            handle.state::<Database>().close_cleanly();
        }
    });
}

/// A second start on the same database file brings the first window to the
/// front and exits, so one app writes to a file at a time. Another file
/// opens its own window. Without a D-Bus session (a bare virtual display)
/// the app starts as it would without this.
fn one_window_per_database<R: Runtime>(
    db: Option<&std::path::Path>,
) -> tauri::plugin::TauriPlugin<R> {
    use sha2::Digest;
    let key = match db {
        Some(path) => {
            let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            let digest = sha2::Sha256::digest(path.to_string_lossy().as_bytes());
            digest
                .iter()
                .take(8)
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        }
        None => "memory".to_string(),
    };
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(format!("org.undersigned.desktop.db{key}"))
        .callback(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        })
        .build()
}

/// Everything about the app except the runtime, so tests can pass
/// `tauri::test::mock_builder()` and exercise the real command table. The
/// file dialogs are the organizer's, unless the app was started with test
/// answers (`dialogs::TEST_ANSWERS_VAR`).
pub fn run_app<R: Runtime>(builder: Builder<R>, database: Database) -> Builder<R> {
    run_app_with_dialogs(builder, database, dialogs::Dialogs::from_env())
}

/// [`run_app`], with the dialogs answered as `dialogs` says (tests).
pub fn run_app_with_dialogs<R: Runtime>(
    builder: Builder<R>,
    database: Database,
    dialogs: dialogs::Dialogs,
) -> Builder<R> {
    builder
        .manage(database)
        .manage(dialogs)
        .manage(undersigned_core::actions::Reviews::default())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(commands::table::handler())
}

/// `--db PATH` or `--db=PATH`; other arguments are left for the toolkit.
fn parse_db_arg(args: &[String]) -> Result<Option<PathBuf>, String> {
    let mut found = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--db" {
            match iter.next() {
                Some(path) if !path.is_empty() => found = Some(PathBuf::from(path)),
                _ => return Err("--db needs a file path, e.g. --db ~/coalition.sqlite3".into()),
            }
        } else if let Some(path) = arg.strip_prefix("--db=") {
            if path.is_empty() {
                return Err("--db needs a file path, e.g. --db=~/coalition.sqlite3".into());
            }
            found = Some(PathBuf::from(path));
        }
    }
    Ok(found)
}

#[cfg(target_os = "linux")]
fn check_display() -> Result<(), String> {
    let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("DISPLAY") || set("WAYLAND_DISPLAY") {
        Ok(())
    } else {
        Err("no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set). \
             Start Undersigned from a desktop session, or under a virtual display: xvfb-run make run"
            .into())
    }
}

#[cfg(not(target_os = "linux"))]
fn check_display() -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn db_argument_in_both_spellings() {
        assert_eq!(
            parse_db_arg(&args(&["--db", "/a.sqlite3"])),
            Ok(Some("/a.sqlite3".into()))
        );
        assert_eq!(
            parse_db_arg(&args(&["--db=/b.sqlite3"])),
            Ok(Some("/b.sqlite3".into()))
        );
        assert_eq!(parse_db_arg(&args(&[])), Ok(None));
        assert!(parse_db_arg(&args(&["--db"])).is_err());
        assert!(parse_db_arg(&args(&["--db="])).is_err());
    }
}
