//! The open and save dialogs, opened by the shell. The window never names a
//! path: a command that writes or reads a file of the organizer's choosing
//! asks here, and tells the page only what it did (the file's name, the
//! folder's name), or nothing when the organizer cancelled. A script in the
//! page can therefore write nowhere the organizer did not point to.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use tauri::{Runtime, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};
use ts_rs::TS;

use crate::error::ApiError;

/// Test-only answers for the dialogs, for the end-to-end tests (WebDriver
/// cannot drive the toolkit's native dialogs). When this variable names a
/// file at launch, no dialog is shown: each dialog takes the first answer
/// from that file, a JSON array of paths or `null` (cancelled), and writes
/// the rest back, so a test may add answers while the app runs. The page
/// cannot set it: it is read once, from the environment the app started in.
pub const TEST_ANSWERS_VAR: &str = "UNDERSIGNED_TEST_DIALOGS";

/// How the dialogs are answered: by the organizer, or from a file of answers.
pub struct Dialogs {
    scripted: Option<Scripted>,
}

struct Scripted {
    answers: PathBuf,
    /// Two dialogs at once take two different answers.
    taking: Mutex<()>,
}

/// What a save wrote, for the page to say: names only, never a path.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFiles {
    /// The name of the folder the files went into (its last part).
    pub folder: String,
    /// The names of the files written, in order.
    pub files: Vec<String>,
}

impl SavedFiles {
    /// The names of `paths`, all written into `folder`.
    pub fn in_folder(folder: &Path, paths: &[PathBuf]) -> SavedFiles {
        SavedFiles {
            folder: name_of(folder),
            files: paths.iter().map(|p| name_of(p)).collect(),
        }
    }
}

/// The last part of a path, as the organizer knows the file or folder.
pub fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Which dialog to show.
enum Kind {
    Save,
    OpenFile,
    Folder,
}

impl Dialogs {
    /// The organizer answers every dialog.
    pub fn native() -> Dialogs {
        Dialogs { scripted: None }
    }

    /// Every dialog is answered from `answers` (see [`TEST_ANSWERS_VAR`]).
    pub fn scripted(answers: PathBuf) -> Dialogs {
        Dialogs {
            scripted: Some(Scripted {
                answers,
                taking: Mutex::new(()),
            }),
        }
    }

    /// Native dialogs, unless the app was started with [`TEST_ANSWERS_VAR`].
    pub fn from_env() -> Dialogs {
        match std::env::var_os(TEST_ANSWERS_VAR) {
            Some(file) if !file.is_empty() => Dialogs::scripted(PathBuf::from(file)),
            _ => Dialogs::native(),
        }
    }

    /// Asks where to save a file, suggesting `suggested` (whose extension
    /// is the only one offered); `None` when the organizer cancelled.
    pub async fn save_file<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        title: &str,
        suggested: &str,
    ) -> Result<Option<PathBuf>, ApiError> {
        let mut dialog = builder(window, title).set_file_name(suggested);
        if let Some(ext) = Path::new(suggested).extension().and_then(|e| e.to_str()) {
            dialog = dialog.add_filter(ext, &[ext]);
        }
        self.ask(dialog, Kind::Save, title).await
    }

    /// Asks for a file to read, of one of `extensions` when any are given.
    pub async fn open_file<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        title: &str,
        extensions: &[&str],
    ) -> Result<Option<PathBuf>, ApiError> {
        let mut dialog = builder(window, title);
        if !extensions.is_empty() {
            dialog = dialog.add_filter(extensions.join(", "), extensions);
        }
        self.ask(dialog, Kind::OpenFile, title).await
    }

    /// Asks for a folder to write into.
    pub async fn folder<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        title: &str,
    ) -> Result<Option<PathBuf>, ApiError> {
        let dialog = builder(window, title).set_can_create_directories(true);
        self.ask(dialog, Kind::Folder, title).await
    }

    async fn ask<R: Runtime>(
        &self,
        dialog: FileDialogBuilder<R>,
        kind: Kind,
        title: &str,
    ) -> Result<Option<PathBuf>, ApiError> {
        match &self.scripted {
            Some(scripted) => scripted.take(title),
            None => native(dialog, kind).await,
        }
    }
}

fn builder<R: Runtime>(window: &WebviewWindow<R>, title: &str) -> FileDialogBuilder<R> {
    window.dialog().file().set_title(title).set_parent(window)
}

/// Shows the dialog without blocking any thread: the plugin opens it on the
/// main thread (GTK wants that) and calls back from another one; this task
/// waits for the call back.
async fn native<R: Runtime>(
    dialog: FileDialogBuilder<R>,
    kind: Kind,
) -> Result<Option<PathBuf>, ApiError> {
    let (sender, mut answer) = tauri::async_runtime::channel::<Option<FilePath>>(1);
    let reply = move |picked: Option<FilePath>| {
        let _ = sender.try_send(picked);
    };
    match kind {
        Kind::Save => dialog.save_file(reply),
        Kind::OpenFile => dialog.pick_file(reply),
        Kind::Folder => dialog.pick_folder(reply),
    }
    // No answer at all (the window closed under the dialog) is a cancel.
    let Some(Some(picked)) = answer.recv().await else {
        return Ok(None);
    };
    picked
        .into_path()
        .map(Some)
        .map_err(|e| ApiError::internal(format!("the dialog gave no usable path: {e}")))
}

impl Scripted {
    fn take(&self, title: &str) -> Result<Option<PathBuf>, ApiError> {
        let _taking = self.taking.lock().unwrap_or_else(|p| p.into_inner());
        let fail = |why: String| {
            ApiError::internal(format!(
                "{TEST_ANSWERS_VAR} ({}): {why}",
                self.answers.display()
            ))
        };
        let text = std::fs::read_to_string(&self.answers).map_err(|e| fail(e.to_string()))?;
        let mut queue: Vec<Option<PathBuf>> =
            serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
        if queue.is_empty() {
            return Err(fail(format!("no answer left for the dialog “{title}”")));
        }
        let answer = queue.remove(0);
        let rest = serde_json::to_string(&queue).map_err(|e| fail(e.to_string()))?;
        std::fs::write(&self.answers, rest).map_err(|e| fail(e.to_string()))?;
        Ok(answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripted_answers_are_taken_in_order_and_run_out_with_a_message() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("answers.json");
        std::fs::write(&file, r#"["/tmp/a.pdf", null]"#).expect("write");
        let scripted = Scripted {
            answers: file.clone(),
            taking: Mutex::new(()),
        };
        assert_eq!(
            scripted.take("Save").expect("first"),
            Some(PathBuf::from("/tmp/a.pdf"))
        );
        assert_eq!(scripted.take("Save").expect("second"), None);
        let err = scripted.take("Choose a folder").expect_err("none left");
        assert!(err.message.contains("Choose a folder"), "{}", err.message);
    }

    #[test]
    fn saved_files_name_no_path() {
        let saved = SavedFiles::in_folder(
            Path::new("/home/ana/Statements"),
            &[PathBuf::from("/home/ana/Statements/stop-fr.pdf")],
        );
        assert_eq!(saved.folder, "Statements");
        assert_eq!(saved.files, ["stop-fr.pdf"]);
    }
}
