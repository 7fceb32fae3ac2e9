//! Serves the app's real command table to the UI's tests (Vitest), so they
//! exercise core's rules rather than a TypeScript copy of them.
//!
//! One JSON request a line on standard input, one JSON answer a line on
//! standard output, in order. A command:
//!
//! ```text
//! {"id":1,"cmd":"statements_list","args":{}}
//! {"id":2,"cmd":"intake_read","hex":"6e616d65…","fileName":"list.csv"}
//! ```
//!
//! answers `{"id":1,"ok":…}` or `{"id":1,"error":{"code":…,"message":…}}`.
//! `hex` hands the command a file as the window does: the raw bytes as the
//! body, the name in the `File-Name` header. A control message sets up the
//! world around the app instead:
//!
//! - `{"id":3,"control":"reset","readOnly":false}` starts over with a fresh
//!   database file (read-only when asked), and no dialog answers;
//! - `{"id":4,"control":"reopen","readOnly":true}` closes the app and opens
//!   the same file again, read-only when asked;
//! - `{"id":5,"control":"dialogs","answers":["stop.pdf",{"folder":"out"},null]}`
//!   sets what the next file dialogs answer: a file in the host's own folder,
//!   a folder there (made), or null (cancelled);
//! - `{"id":6,"control":"write_file","name":"list.csv","hex":"…"}` puts a
//!   file there for an open dialog to pick;
//! - `{"id":7,"control":"read_file","name":"stop.pdf"}` answers with what a
//!   save wrote (`{"hex":"…"}`).
//!
//! Channel arguments (progress, `app_watch`) reach the command, but the mock
//! runtime delivers no channel messages; the tests drive those by hand.
//! The host ends when its standard input closes.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};
use undersigned_app::dialogs::Dialogs;
use undersigned_app::run_app_with_dialogs;
use undersigned_app::state::Database;

/// The app over one database file, in a folder of its own that also holds
/// the files the dialogs point to.
struct Host {
    webview: WebviewWindow<MockRuntime>,
    app: App<MockRuntime>,
    dir: tempfile::TempDir,
}

impl Host {
    /// The app over the database in `dir`, made there when missing; `read_only`
    /// takes the file's write permission away first.
    fn start(dir: tempfile::TempDir, read_only: bool) -> Result<Host, String> {
        let file = dir.path().join("undersigned.sqlite3");
        if read_only {
            if !file.exists() {
                drop(Database::open_at(Some(file.clone())));
            }
            let mut permissions = std::fs::metadata(&file)
                .map_err(|e| e.to_string())?
                .permissions();
            permissions.set_readonly(true);
            std::fs::set_permissions(&file, permissions).map_err(|e| e.to_string())?;
        }
        std::fs::create_dir_all(dir.path().join("files")).map_err(|e| e.to_string())?;
        std::fs::write(answers_file(dir.path()), "[]").map_err(|e| e.to_string())?;
        let dialogs = Dialogs::scripted(answers_file(dir.path()));
        let app = run_app_with_dialogs(mock_builder(), Database::open_at(Some(file)), dialogs)
            .build(mock_context(noop_assets()))
            .map_err(|e| format!("the app did not build: {e}"))?;
        let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .map_err(|e| format!("no window: {e}"))?;
        Ok(Host { webview, app, dir })
    }

    /// Closes the app as it closes on quit, keeping its folder.
    fn stop(self) -> tempfile::TempDir {
        self.app.state::<Database>().close_cleanly();
        drop(self.webview);
        drop(self.app);
        self.dir
    }

    fn invoke(&self, cmd: &str, body: InvokeBody, file_name: Option<&str>) -> Result<Value, Value> {
        let mut headers = tauri::http::HeaderMap::new();
        if let Some(name) = file_name {
            let encoded = percent_encode(name)
                .parse()
                .map_err(|e| refusal(format!("file name header: {e}")))?;
            headers.insert("file-name", encoded);
        }
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost"
                .parse()
                .map_err(|e| refusal(format!("{e}")))?,
            body,
            headers,
            invoke_key: INVOKE_KEY.to_string(),
        };
        let answer = get_ipc_response(&self.webview, request)?;
        answer
            .deserialize::<Value>()
            .map_err(|e| refusal(format!("the answer is not JSON: {e}")))
    }

    /// A file in the host's folder of files, by a relative name that stays inside it.
    fn file(&self, name: &str) -> Result<PathBuf, Value> {
        let inside = !name.is_empty()
            && Path::new(name)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside {
            return Err(refusal(format!(
                "{name:?} is not a name inside the host's folder"
            )));
        }
        Ok(self.dir.path().join("files").join(name))
    }
}

fn answers_file(dir: &Path) -> PathBuf {
    dir.join("dialog-answers.json")
}

/// A failure of the host itself, shaped as the commands' errors are.
fn refusal(message: String) -> Value {
    json!({ "code": "internal", "message": format!("test host: {message}") })
}

fn answer(slot: &mut Option<Host>, request: &Value) -> Result<Value, Value> {
    if let Some(control) = request["control"].as_str() {
        return control_message(slot, control, request);
    }
    let host = slot
        .as_ref()
        .ok_or_else(|| refusal("no app is running".into()))?;
    let cmd = request["cmd"]
        .as_str()
        .ok_or_else(|| refusal("a request names a cmd or a control".into()))?;
    match request["hex"].as_str() {
        Some(hex) => {
            let name = request["fileName"].as_str().unwrap_or_default();
            host.invoke(cmd, InvokeBody::Raw(from_hex(hex)?), Some(name))
        }
        None => {
            let args = match &request["args"] {
                Value::Null => json!({}),
                args => args.clone(),
            };
            host.invoke(cmd, InvokeBody::Json(args), None)
        }
    }
}

fn control_message(
    slot: &mut Option<Host>,
    control: &str,
    request: &Value,
) -> Result<Value, Value> {
    if control == "reset" || control == "reopen" {
        return restart(slot, control, request);
    }
    let host = slot
        .as_ref()
        .ok_or_else(|| refusal("no app is running".into()))?;
    match control {
        "dialogs" => {
            let mut answers = Vec::new();
            for answer in request["answers"].as_array().into_iter().flatten() {
                answers.push(match answer {
                    Value::String(name) => Some(host.file(name)?),
                    Value::Object(folder) => {
                        let name = folder.get("folder").and_then(Value::as_str);
                        let path = host.file(name.unwrap_or_default())?;
                        std::fs::create_dir_all(&path).map_err(|e| refusal(e.to_string()))?;
                        Some(path)
                    }
                    _ => None,
                });
            }
            std::fs::write(answers_file(host.dir.path()), json!(answers).to_string())
                .map_err(|e| refusal(e.to_string()))?;
            Ok(Value::Null)
        }
        "write_file" => {
            let path = host.file(request["name"].as_str().unwrap_or_default())?;
            let bytes = from_hex(request["hex"].as_str().unwrap_or_default())?;
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|e| refusal(e.to_string()))?;
            }
            std::fs::write(path, bytes).map_err(|e| refusal(e.to_string()))?;
            Ok(Value::Null)
        }
        "read_file" => {
            let path = host.file(request["name"].as_str().unwrap_or_default())?;
            let bytes =
                std::fs::read(&path).map_err(|e| refusal(format!("{}: {e}", path.display())))?;
            Ok(json!({ "hex": to_hex(&bytes) }))
        }
        other => Err(refusal(format!("no control message {other:?}"))),
    }
}

/// Starts over on a fresh database, or reopens the same file (read-only when asked).
fn restart(slot: &mut Option<Host>, control: &str, request: &Value) -> Result<Value, Value> {
    let read_only = request["readOnly"].as_bool().unwrap_or(false);
    let old = slot
        .take()
        .ok_or_else(|| refusal("no app is running".into()))?;
    let kept = old.stop();
    let dir = if control == "reset" {
        drop(kept);
        new_folder().map_err(refusal)?
    } else {
        kept
    };
    *slot = Some(Host::start(dir, read_only).map_err(refusal)?);
    Ok(Value::Null)
}

fn new_folder() -> Result<tempfile::TempDir, String> {
    tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))
}

fn from_hex(hex: &str) -> Result<Vec<u8>, Value> {
    let digits = hex.as_bytes();
    if !digits.len().is_multiple_of(2) {
        return Err(refusal("hex of odd length".into()));
    }
    digits
        .chunks(2)
        .map(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
                .ok_or_else(|| refusal("not hex".into()))
        })
        .collect()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// As the window encodes the name (`encodeURIComponent`).
fn percent_encode(name: &str) -> String {
    let mut out = String::new();
    for &b in name.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn main() {
    let mut slot = match new_folder().and_then(|dir| Host::start(dir, false)) {
        Ok(host) => Some(host),
        Err(message) => {
            eprintln!("test host: {message}");
            std::process::exit(1);
        }
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Value>(&line) {
            Ok(request) => {
                let id = request["id"].clone();
                match answer(&mut slot, &request) {
                    Ok(ok) => json!({ "id": id, "ok": ok }),
                    Err(error) => json!({ "id": id, "error": error }),
                }
            }
            Err(e) => json!({ "id": null, "error": refusal(format!("not JSON: {e}")) }),
        };
        if writeln!(out, "{reply}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    if let Some(host) = slot {
        drop(host.stop());
    }
}
