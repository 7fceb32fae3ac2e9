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
    assert_eq!(
        cli(&db, &["statements", "create", "--title", "One"])
            .status
            .code(),
        Some(0)
    );

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

#[test]
fn reading_a_mistyped_path_is_an_error_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("coalitoin.sqlite3");
    for args in [
        &["statements", "list"][..],
        &["statements", "show", "x"][..],
    ] {
        let out = cli(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("no database at {}", db.display())),
            "{err}"
        );
        assert!(
            err.contains("statements create"),
            "says how to start one: {err}"
        );
        assert!(stdout(&out).is_empty());
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        0,
        "no file was created"
    );
}

#[test]
fn twelve_processes_starting_on_a_new_file_at_once_all_succeed() {
    // The race is short: several rounds make a lost one show reliably.
    for round in 0..6 {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("new.sqlite3");
        let children: Vec<_> = (0..12)
            .map(|i| {
                Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
                    .arg("--db")
                    .arg(&db)
                    .args(["statements", "create", "--title", &format!("Racer {i}")])
                    .env_remove("UNDERSIGNED_DB")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert_eq!(
                out.status.code(),
                Some(0),
                "round {round}: {}",
                stderr(&out)
            );
        }
        let listed = cli(&db, &["--json", "statements", "list"]);
        let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
        assert_eq!(rows.as_array().map(Vec::len), Some(12), "round {round}");
    }
}

#[test]
fn control_characters_are_refused_and_never_printed_raw() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    let refused = cli(&db, &["statements", "create", "--title", "Alert\x1b[2J"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.contains("control character (U+001B)"), "{err}");
    assert!(!err.contains('\x1b'), "the message itself is clean");

    // A row written by another tool, or before these rules existed.
    assert_eq!(
        cli(&db, &["statements", "create", "--title", "Clean"])
            .status
            .code(),
        Some(0)
    );
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute(
        "UPDATE statements SET title = 'Evil\u{1b}]0;pwned\u{7}\u{9b}2J\u{202E}gnp.exe'",
        [],
    )
    .expect("plant a hostile title");
    drop(conn);

    let listed = cli(&db, &["statements", "list"]);
    let text = stdout(&listed);
    assert!(
        text.contains("Evil\\u{001b}]0;pwned\\u{0007}\\u{009b}2J\\u{202e}gnp.exe"),
        "{text}"
    );
    let json = cli(&db, &["--json", "statements", "list"]);
    let raw = stdout(&json);
    assert!(
        !raw.chars()
            .any(|c| c == '\u{1b}' || c == '\u{9b}' || c == '\u{202E}' || c == '\u{7}'),
        "{raw:?}"
    );
    let rows: serde_json::Value = serde_json::from_str(&raw).expect("still valid JSON");
    assert_eq!(
        rows[0]["title"], "Evil\u{1b}]0;pwned\u{7}\u{9b}2J\u{202E}gnp.exe",
        "a parser reads the exact stored text"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_database_can_be_listed_but_not_changed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    assert_eq!(
        cli(&db, &["statements", "create", "--title", "Kept"])
            .status
            .code(),
        Some(0)
    );
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).expect("chmod");

    let listed = cli(&db, &["statements", "list"]);
    assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
    assert!(stdout(&listed).contains("Kept"));
    let refused = cli(&db, &["statements", "create", "--title", "New"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(
        err.contains(&format!("the database {} is read-only", db.display())),
        "{err}"
    );
    assert!(
        !err.contains("attempt to write"),
        "no raw SQLite text: {err}"
    );
}

#[test]
fn failures_in_json_mode_are_code_message_and_key_on_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    let missing = cli(&db, &["--json", "statements", "list"]);
    assert_eq!(missing.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&missing.stdout).expect("JSON on stdout");
    assert_eq!(report["code"], "unavailable");
    assert!(
        report["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("no database at"))
    );

    assert_eq!(
        cli(&db, &["statements", "create", "--title", "One"])
            .status
            .code(),
        Some(0)
    );
    let cases = [
        (&["--json", "statements", "show", "nope"][..], "not_found"),
        (
            &["--json", "statements", "create", "--title", " "][..],
            "invalid",
        ),
        (
            &[
                "--json",
                "statements",
                "create",
                "--title",
                "T",
                "--language",
                "Deutsch",
            ][..],
            "invalid",
        ),
    ];
    for (args, code) in cases {
        let out = cli(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(report["code"], code, "{args:?}: {report}");
        // Code and message for people and scripts, and the failure's name
        // and details (null and empty for a usage error clap refused).
        let mut fields: Vec<&str> = report
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        fields.sort_unstable();
        assert_eq!(
            fields,
            ["code", "key", "message", "params"],
            "{args:?}: {report}"
        );
        assert!(report["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn a_purged_statement_comes_back_from_a_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("coalition.sqlite3");
    let made = cli(
        &db,
        &["--json", "statements", "create", "--title", "Worth keeping"],
    );
    let made: serde_json::Value = serde_json::from_slice(&made.stdout).expect("json");
    let id = made["id"].as_str().expect("id").to_string();

    let backed = cli(&db, &["--json", "backup", "create"]);
    assert_eq!(backed.status.code(), Some(0), "{}", stderr(&backed));
    let backed: serde_json::Value = serde_json::from_slice(&backed.stdout).expect("json");
    let file = backed["path"].as_str().expect("path").to_string();
    assert!(
        file.contains("/backups/coalition.sqlite3/coalition-"),
        "in the folder of this database's backups: {file}"
    );

    assert_eq!(
        cli(&db, &["statements", "purge", &id]).status.code(),
        Some(1),
        "only from the trash"
    );
    assert_eq!(
        cli(&db, &["statements", "delete", &id]).status.code(),
        Some(0)
    );
    let purged = cli(&db, &["statements", "purge", &id]);
    assert_eq!(purged.status.code(), Some(0), "{}", stderr(&purged));
    assert!(
        stdout(&cli(&db, &["statements", "list", "--trash"])).starts_with("The trash is empty")
    );

    let restored = cli(&db, &["backup", "restore", &file]);
    assert_eq!(restored.status.code(), Some(0), "{}", stderr(&restored));
    let said = stdout(&restored);
    assert!(said.contains("What it replaced is kept as"), "{said}");
    assert!(said.contains("before-restore"), "{said}");

    let shown = cli(&db, &["statements", "show", &id]);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    assert!(stdout(&shown).contains("Worth keeping"));

    let listed = cli(&db, &["--json", "backup", "list"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let reasons: Vec<&str> = listed
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|b| b["reason"].as_str())
        .collect();
    assert!(
        reasons.contains(&"manual") && reasons.contains(&"before_restore"),
        "{reasons:?}"
    );
}

#[test]
fn restoring_something_that_is_not_a_backup_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("coalition.sqlite3");
    assert_eq!(
        cli(&db, &["statements", "create", "--title", "Stays"])
            .status
            .code(),
        Some(0)
    );
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(
        &junk,
        (0..20_000u32).map(|i| (i * 7) as u8).collect::<Vec<_>>(),
    )
    .expect("junk");
    let out = cli(&db, &["backup", "restore", junk.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("cannot be restored") && err.contains("Nothing was changed"),
        "{err}"
    );
    assert!(stdout(&cli(&db, &["statements", "list"])).contains("Stays"));
    assert!(stdout(&cli(&db, &["backup", "list"])).starts_with("No backups yet"));
}

const SAMPLE_MD: &str = "# Stop the deportations\n\n**A joint statement of migrant organizations**\n\n*18 December 2026 – International Migrants Day*\n\nWe, the undersigned, call on the governments of the region to end “returns” that put lives at risk — now.\n\nنحن الموقعون أدناه نطالب بوقف الترحيل.\n\n我们，以下签名的组织，呼吁停止驱逐。\n";

#[test]
fn markdown_goes_in_and_comes_out_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    let file = dir.path().join("statement.md");
    std::fs::write(&file, SAMPLE_MD).expect("write");
    let made = cli(
        &db,
        &["statements", "import-md", file.to_str().expect("path")],
    );
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let id = stdout(&made).trim().to_string();
    assert_eq!(id.len(), 36, "the new id alone: {id}");
    let shown = cli(&db, &["statements", "show", &id, "--format", "md"]);
    assert_eq!(
        stdout(&shown).trim_end_matches('\n'),
        SAMPLE_MD.trim_end_matches('\n')
    );
}

#[test]
fn revisions_diff_status_translation_and_duplicate_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    let first = dir.path().join("v1.md");
    std::fs::write(&first, "# Call\n\nWe call on the government to act.\n").expect("write");
    let id = stdout(&cli(
        &db,
        &["statements", "import-md", first.to_str().expect("path")],
    ))
    .trim()
    .to_string();
    let second = dir.path().join("v2.md");
    std::fs::write(&second, "We call on all governments to act.\n").expect("write");
    let edited = cli(
        &db,
        &[
            "statements",
            "edit",
            &id,
            "--body-file",
            second.to_str().expect("path"),
        ],
    );
    assert_eq!(
        stdout(&edited),
        "Saved as revision 2\n",
        "{}",
        stderr(&edited)
    );

    let listed = stdout(&cli(&db, &["statements", "revisions", &id]));
    assert!(listed.contains("Edited from v2.md"), "{listed}");
    let diff = stdout(&cli(&db, &["statements", "diff", &id, "1", "2"]));
    assert!(diff.contains("[-the-]{+all+}"), "{diff}");
    let old = stdout(&cli(
        &db,
        &[
            "statements",
            "show",
            &id,
            "--revision",
            "1",
            "--format",
            "md",
        ],
    ));
    assert!(old.contains("the government"), "{old}");

    for (args, says) in [
        (
            vec!["statements", "set-status", &id, "archived"],
            "is not a status",
        ),
        (
            vec!["statements", "show", &id, "--revision", "9"],
            "no revision 9",
        ),
        (vec!["statements", "diff", &id, "1", "7"], "no revision 7"),
        (
            vec!["statements", "translate", &id, "--language", "Klingon"],
            "not a language tag",
        ),
        (
            vec!["statements", "duplicate", "nope"],
            "no statement with id nope",
        ),
    ] {
        let out = cli(&db, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }

    let open = cli(&db, &["statements", "set-status", &id, "open"]);
    assert!(
        stdout(&open).contains("status:    open"),
        "{}",
        stderr(&open)
    );
    let translated = cli(
        &db,
        &["--json", "statements", "translate", &id, "--language", "fr"],
    );
    let translated: serde_json::Value = serde_json::from_slice(&translated.stdout).expect("json");
    assert_eq!(translated["translationOf"], id.as_str());
    assert_eq!(translated["language"], "fr");
    let copy = cli(&db, &["--json", "statements", "duplicate", &id]);
    let copy: serde_json::Value = serde_json::from_slice(&copy.stdout).expect("json");
    assert_eq!(copy["title"], "Call (copy)");
    assert_eq!(copy["status"], "draft");
}

/// Unmounts the small disk a test mounted, whatever the test's outcome.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn on_a_full_disk_writes_say_so_and_reading_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).expect("mount point");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(&disk)
        .stderr(std::process::Stdio::null())
        .status();
    if !matches!(mounted, Ok(status) if status.success()) {
        eprintln!(
            "skipped: a small disk to fill needs `mount -t tmpfs` (root); core's test of SQLite's full-disk error still runs"
        );
        return;
    }
    let _unmount = Mounted(disk.clone());
    let db = disk.join("coalition.sqlite3");
    let made = cli(&db, &["statements", "create", "--title", "Saved before"]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));

    // Fill what is left of the disk.
    let mut filler = std::fs::File::create(disk.join("filler")).expect("filler");
    let chunk = vec![0u8; 64 * 1024];
    while std::io::Write::write_all(&mut filler, &chunk).is_ok() {}
    drop(filler);

    let out = cli(
        &db,
        &["--json", "statements", "create", "--title", "No room"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let failure: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(failure["code"], "unavailable", "{failure}");
    let message = failure["message"].as_str().expect("message");
    assert!(
        message.starts_with(&format!(
            "the disk holding {} is full; nothing was saved",
            db.display()
        )),
        "{message}"
    );

    for _ in 0..2 {
        let listed = cli(&db, &["--json", "statements", "list"]);
        assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
        let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
        let titles: Vec<&str> = listed
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|s| s["title"].as_str())
            .collect();
        assert_eq!(
            titles,
            ["Saved before"],
            "reading goes on while the disk is full"
        );
    }
}

#[test]
fn usage_errors_under_json_are_code_and_message_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.sqlite3");
    for args in [
        vec!["--json", "statements", "frobnicate"],
        vec!["statements", "create", "--json"],
    ] {
        let out = cli(&db, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let failure: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", stdout(&out)));
        assert_eq!(failure["code"], "invalid", "{failure}");
        assert!(
            failure["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{failure}"
        );
    }
    let help = cli(&db, &["--json", "--help"]);
    assert_eq!(help.status.code(), Some(0), "help is no failure");
    assert!(stdout(&help).contains("Usage"));
    assert!(!db.exists());
}

#[test]
fn a_restore_into_a_mistyped_database_path_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("coalition.sqlite3");
    cli(&db, &["statements", "create", "--title", "Kept"]);
    let made = cli(&db, &["--json", "backup", "create"]);
    let made: serde_json::Value = serde_json::from_slice(&made.stdout).expect("json");
    let backup = made["path"].as_str().expect("path");
    let typo = dir.path().join("coalitoin.sqlite3");
    let out = cli(&typo, &["backup", "restore", backup]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("no database at {}", typo.display())),
        "{}",
        stderr(&out)
    );
    assert!(!typo.exists(), "no database was made there");
    let elsewhere = dir.path().join("no-such-folder/coalition.sqlite3");
    let out = cli(&elsewhere, &["backup", "restore", backup]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!dir.path().join("no-such-folder").exists());
}

#[test]
fn a_second_store_on_a_file_this_process_holds_does_not_drop_its_locks() {
    use undersigned_core::statements::{self, NewStatement};
    use undersigned_core::{IntegrityCheck, OpenOptions, Store};
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("coalition.sqlite3");
    let new = |title: &str| NewStatement {
        title: title.into(),
        ..Default::default()
    };
    // The window's store, and the daily backup's second one on the same file.
    let window = Store::open(&db).expect("open");
    statements::create(window.conn(), &new("Before the backup")).expect("create");
    let backup = Store::open_with(
        &db,
        OpenOptions {
            create: false,
            check: IntegrityCheck::IfNotRecent,
        },
    )
    .expect("second store");
    drop(backup);
    // Another program opens and closes the file: it must see the window
    // holding it, and leave its log alone.
    let first = cli(&db, &["statements", "list"]);
    assert!(
        stdout(&first).contains("Before the backup"),
        "{}",
        stderr(&first)
    );
    statements::create(window.conn(), &new("After the backup")).expect("create");
    let second = cli(&db, &["statements", "list"]);
    assert!(
        stdout(&second).contains("After the backup"),
        "what the window wrote after another program closed the file is there: {}",
        stdout(&second)
    );
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let inode = std::fs::metadata(&db).expect("meta").ino();
        let locks = std::fs::read_to_string("/proc/locks").expect("locks");
        let ours = format!(" {} ", std::process::id());
        assert!(
            locks
                .lines()
                .any(|l| l.contains(&ours) && l.contains(&format!(":{inode} "))),
            "this process still holds its lock on the database file"
        );
    }
    drop(window);
}
