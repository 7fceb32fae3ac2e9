// Declaring the app's commands makes Tauri enforce the capability file for
// them too: a command not granted in capabilities/ cannot be called at all.
// The names come from the command table (src/commands/table.rs), one
// command per line; the main window's capability is written from the same
// lines, so a command declared there is registered, declared and granted.

use std::path::Path;

const TABLE: &str = "src/commands/table.rs";
const CAPABILITY: &str = "capabilities/main.json";

fn main() {
    println!("cargo:rerun-if-changed={TABLE}");
    let table = std::fs::read_to_string(TABLE).unwrap_or_else(|e| panic!("read {TABLE}: {e}"));
    let names = command_names(&table);
    assert!(!names.is_empty(), "{TABLE} declares no commands");
    write_capability(&names);
    let names: &'static [&'static str] = names
        .iter()
        .map(|n| &*n.clone().leak())
        .collect::<Vec<_>>()
        .leak();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {err:#}");
    }
}

/// The names in `commands! { module::name(…) -> …; … }`.
fn command_names(table: &str) -> Vec<String> {
    let Some(start) = table.find("commands! {") else {
        return Vec::new();
    };
    table[start..]
        .lines()
        .skip(1)
        .take_while(|line| line.trim() != "}")
        .filter_map(|line| {
            let line = line.trim();
            let (path, _) = line.split_once('(')?;
            let (_, name) = path.split_once("::")?;
            Some(name.to_string())
        })
        .collect()
}

/// The main window may call the app's own commands, and open mailto: links
/// in the mail app; nothing else. Written only when it changed.
fn write_capability(names: &[String]) {
    let mut permissions: Vec<String> = names
        .iter()
        .map(|n| format!("    \"allow-{}\"", n.replace('_', "-")))
        .collect();
    permissions.push(
        "    {\n      \"identifier\": \"opener:allow-open-url\",\n      \"allow\": [\n        {\n          \"url\": \"mailto:*\"\n        }\n      ]\n    }"
            .to_string(),
    );
    let text = format!(
        "{{\n  \"identifier\": \"main-window\",\n  \"description\": \"Written by build.rs from src/commands/table.rs; do not edit. What the main window may call: the app's own commands and opening mailto: links in the mail app; nothing else (no shell, no http, no file system, no dialogs: the shell opens the file dialogs itself, so the page never names a path).\",\n  \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    );
    let path = Path::new(CAPABILITY);
    if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("write {CAPABILITY}: {e}"));
    }
}
