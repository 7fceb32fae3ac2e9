// Declaring the app's commands makes Tauri enforce the capability files for
// them too: a command not granted in capabilities/ cannot be called at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "app_quit",
    "statements_list",
    "statements_list_trash",
    "statements_get",
    "statements_create",
    "statements_update",
    "statements_delete",
    "statements_restore",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {err:#}");
    }
}
