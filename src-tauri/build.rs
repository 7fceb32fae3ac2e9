// Declaring the app's commands makes Tauri enforce the capability files for
// them too: a command not granted in capabilities/ cannot be called at all.
// The names come from the one command table the bindings are made from.
include!("src/commands/table.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/commands/table.rs");
    let names: &'static [&'static str] = COMMANDS.iter().map(|c| c.name).collect::<Vec<_>>().leak();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {err:#}");
    }
}
