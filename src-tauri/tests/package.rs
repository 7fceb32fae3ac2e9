#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The Linux package's command line: the window's program started under the
//! name `undersigned-cli` is the command line (the package's
//! `/usr/bin/undersigned-cli` is a script that starts it so), and the
//! package installs the script, the manual pages and the completions from
//! `crates/cli/package/` where Debian looks for them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn conf() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn run(program: &Path, args: &[&str]) -> Output {
    Command::new(program).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_program_started_as_undersigned_cli_is_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let cli = dir.path().join("undersigned-cli");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_undersigned"), &cli).unwrap();
    let db = dir.path().join("coalition.sqlite3");
    let db = db.to_str().unwrap();

    let made = run(
        &cli,
        &[
            "--db",
            db,
            "statements",
            "create",
            "--title",
            "Joint statement on water",
        ],
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    let listed = run(&cli, &["--db", db, "--json", "statements", "list"]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    assert!(
        text(&listed.stdout).contains("Joint statement on water"),
        "{}",
        text(&listed.stdout)
    );

    // A mistyped command is the command line's usage error, not a window.
    let wrong = run(&cli, &["--db", db, "statments", "list"]);
    assert_eq!(wrong.status.code(), Some(2), "{}", text(&wrong.stderr));
    assert!(
        text(&wrong.stderr).contains("undersigned-cli"),
        "{}",
        text(&wrong.stderr)
    );
}

#[test]
fn the_packaged_script_starts_the_window_program_as_the_command_line() {
    let conf = conf();
    let files = conf["bundle"]["linux"]["deb"]["files"].as_object().unwrap();
    let script_source = files["/usr/bin/undersigned-cli"].as_str().unwrap();
    let script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(script_source)).unwrap();
    let installed = format!("/usr/bin/{}", conf["mainBinaryName"].as_str().unwrap());
    assert!(script.starts_with("#!/bin/bash\n"), "{script}");
    assert!(
        script.contains(&format!("exec -a undersigned-cli {installed} \"$@\"")),
        "{script}"
    );

    // The same script, pointed at the program as built here.
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("undersigned-cli");
    std::fs::write(
        &here,
        script.replace(&installed, env!("CARGO_BIN_EXE_undersigned")),
    )
    .unwrap();
    let version = Command::new("bash")
        .arg(&here)
        .arg("--version")
        .output()
        .unwrap();
    assert!(version.status.success(), "{}", text(&version.stderr));
    assert_eq!(
        text(&version.stdout).trim(),
        format!("undersigned-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn every_packaged_file_of_the_command_line_is_installed() {
    let conf = conf();
    let files = conf["bundle"]["linux"]["deb"]["files"].as_object().unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let package = manifest.join("../crates/cli/package");
    let sources: Vec<PathBuf> = files
        .values()
        .map(|source| manifest.join(source.as_str().unwrap()))
        .collect();
    for source in &sources {
        assert!(
            source.exists(),
            "{} is mapped but missing",
            source.display()
        );
    }
    let covered = |path: &Path| {
        sources.iter().any(|source| {
            let (a, b) = (source.canonicalize().unwrap(), path.canonicalize().unwrap());
            a == b || b.starts_with(&a)
        })
    };
    let mut seen = 0;
    for entry in walk(&package) {
        assert!(
            covered(&entry),
            "{} is not installed by the package",
            entry.display()
        );
        seen += 1;
    }
    assert!(
        seen > 10,
        "the manual pages and completions are there ({seen} files)"
    );
    assert_eq!(
        files["/usr/share/man/man1"].as_str(),
        Some("../crates/cli/package/man/")
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
