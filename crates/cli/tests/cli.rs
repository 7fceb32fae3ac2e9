#![allow(clippy::unwrap_used, clippy::expect_used)]

//! The command line as a script sees it: real binary, real file, exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .output()
        .expect("run undersigned-cli")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn create_then_list_as_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");

    let made = cli(&db, &["statements", "create", "--title", "Test"]);
    assert_eq!(made.status.code(), Some(0), "stderr: {}", stderr(&made));
    assert!(stdout(&made).contains("Created: Test"), "{}", stdout(&made));

    let listed = cli(&db, &["statements", "list", "--json"]);
    assert_eq!(listed.status.code(), Some(0), "stderr: {}", stderr(&listed));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&listed)).expect("valid JSON");
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["title"], "Test");
    assert_eq!(rows[0]["status"], "draft");
    assert!(rows[0]["createdAt"].is_string());
}

#[test]
fn show_delete_restore_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    let made = cli(
        &db,
        &["--json", "statements", "create", "--title", "Open letter"],
    );
    let made: serde_json::Value = serde_json::from_slice(&made.stdout).expect("json");
    let id = made["id"].as_str().expect("id");

    let shown = cli(&db, &["statements", "show", id]);
    assert!(
        stdout(&shown).contains("title:     Open letter"),
        "{}",
        stdout(&shown)
    );

    assert_eq!(
        cli(&db, &["statements", "delete", id]).status.code(),
        Some(0)
    );
    assert!(stdout(&cli(&db, &["statements", "list"])).starts_with("No statements yet"));
    assert!(stdout(&cli(&db, &["statements", "list", "--trash"])).contains("Open letter"));

    assert_eq!(
        cli(&db, &["statements", "restore", id]).status.code(),
        Some(0)
    );
    let listed = stdout(&cli(&db, &["statements", "list"]));
    assert!(
        listed.lines().next().is_some_and(|h| h.starts_with("ID")),
        "{listed}"
    );
    assert!(listed.contains("Open letter"), "{listed}");
}

#[test]
fn random_bytes_as_db_is_a_one_line_error_and_exit_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("junk.bin");
    let junk: Vec<u8> = (0..9000u32)
        .map(|i| (i.wrapping_mul(40_503) >> 7) as u8)
        .collect();
    std::fs::write(&db, &junk).expect("write");

    let out = cli(&db, &["statements", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains("is not an Undersigned database"), "{err}");
    assert!(stdout(&out).is_empty());
    assert_eq!(std::fs::read(&db).expect("read"), junk, "file untouched");
}

#[test]
fn user_errors_exit_1_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");

    let missing = cli(&db, &["statements", "show", "no-such-id"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no statement with id no-such-id"));

    let blank = cli(&db, &["statements", "create", "--title", "  "]);
    assert_eq!(blank.status.code(), Some(1));
    assert!(stderr(&blank).contains("needs a title"));

    let usage = cli(&db, &["statements", "frobnicate"]);
    assert_eq!(usage.status.code(), Some(2));
    let usage = cli(&db, &["statements", "create"]);
    assert_eq!(
        usage.status.code(),
        Some(2),
        "missing --title is a usage error"
    );
}

#[test]
fn environment_variable_chooses_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("from-env.sqlite3");
    let out = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .args(["statements", "create", "--title", "Via env"])
        .env("UNDERSIGNED_DB", &db)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(db.exists());
}
