#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Pins the window's lock-down: the CSP, the capability file, and the command
//! list it grants. A change that loosens any of these has to change this test.

use std::path::Path;

use serde_json::Value;
use undersigned_app::commands::table::COMMANDS;

fn read_json(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn csp_allows_only_the_app_itself() {
    let conf = read_json("tauri.conf.json");
    let csp = &conf["app"]["security"]["csp"];
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'", "no inline or eval'd scripts");
    assert_eq!(csp["style-src"], "'self'", "no injected styles");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["frame-src"], "'none'");
    assert_eq!(
        csp["connect-src"], "ipc: http://ipc.localhost",
        "the page may talk to the app's IPC and nothing else"
    );
    for (directive, sources) in csp.as_object().expect("csp is a map") {
        let sources = sources.as_str().expect("sources are text");
        for source in sources.split_whitespace() {
            let remote = source.starts_with("https:")
                || (source.starts_with("http:") && source != "http://ipc.localhost")
                || source == "*";
            assert!(!remote, "{directive} allows remote source {source}");
        }
    }
}

#[test]
fn no_remote_frontend_or_dev_server() {
    let conf = read_json("tauri.conf.json");
    assert_eq!(conf["build"]["frontendDist"], "../ui/dist");
    assert!(
        conf["build"].get("devUrl").is_none(),
        "the app never loads a URL"
    );
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

#[test]
fn the_main_window_may_call_the_app_commands_and_nothing_else() {
    let capability = read_json("capabilities/main.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("remote").is_none(),
        "no remote origin gets any capability"
    );

    let permissions = capability["permissions"]
        .as_array()
        .expect("permission list");
    let granted: Vec<&str> = permissions.iter().filter_map(|p| p.as_str()).collect();
    // Beyond the app's own commands: opening mailto: links (and nothing else)
    // in the mail app. No dialog permission: the shell opens the file dialogs
    // itself, so the page can neither pick nor name a path.
    let plugins: Vec<&str> = granted
        .iter()
        .copied()
        .filter(|p| p.contains(':'))
        .collect();
    assert!(
        plugins.is_empty(),
        "no plain plugin permissions (the file dialogs are the shell's): {plugins:?}"
    );
    let scoped: Vec<&serde_json::Value> = permissions.iter().filter(|p| p.is_object()).collect();
    assert_eq!(
        scoped,
        [
            &serde_json::json!({"identifier": "opener:allow-open-url", "allow": [{"url": "mailto:*"}]})
        ],
        "the opener may open mailto: links only"
    );
    let granted: Vec<&str> = granted.into_iter().filter(|p| !p.contains(':')).collect();
    for permission in &granted {
        assert!(
            permission.starts_with("allow-"),
            "{permission} is not one of the app's own commands (no core, shell, http or fs permissions)"
        );
    }

    // build.rs declares exactly the command table to Tauri.
    let mut declared: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.name.replace('_', "-")))
        .collect();
    declared.sort();
    let mut granted: Vec<String> = granted.iter().map(|s| s.to_string()).collect();
    granted.sort();
    assert_eq!(
        granted, declared,
        "every declared command is granted, and only those"
    );
}

/// The page never hands the shell a path: no command takes an argument that
/// could name one. Files the page reads travel as bytes (with a name for
/// messages only); files the shell writes or reads are chosen in dialogs it
/// opens itself.
#[test]
fn no_command_takes_a_path_from_the_window() {
    for command in COMMANDS.iter() {
        for (key, ty) in &command.args {
            let lower = key.to_lowercase();
            let names_a_place = ["path", "folder", "dir", "file", "publickey", "signature"]
                .iter()
                .any(|word| lower.contains(word))
                && key != "fileName";
            assert!(
                !names_a_place,
                "{}: argument {key}: {ty} could carry a path from the page",
                command.name
            );
        }
        // A file name travels only beside the file's own bytes or text, or
        // names a backup from the app's own list.
        if command.args.iter().any(|(key, _)| key == "fileName") {
            let with_content =
                command.takes("bytes", "Uint8Array") || command.takes("text", "string");
            assert!(
                with_content || command.name == "backup_restore",
                "{}: a fileName without the file",
                command.name
            );
        }
    }
}
