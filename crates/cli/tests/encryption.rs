#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Encryption at rest from the command line: `db encrypt`, `db decrypt`,
//! `db change-passphrase`, the passphrase from the environment, a wrong or
//! missing one refused by name; and each conversion killed with SIGKILL at
//! random moments leaves a file that opens as it was or as it was to be.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

const PASS: &str = "correct horse battery staple";
const OTHER: &str = "another long passphrase";

fn cli(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"));
    cmd.arg("--db")
        .arg(db)
        .env_remove("UNDERSIGNED_DB")
        .env_remove("UNDERSIGNED_DB_PASSPHRASE")
        .env_remove("UNDERSIGNED_DB_NEW_PASSPHRASE")
        .stdin(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The database, its log and its backups.
fn files_of(db: &Path) -> Vec<PathBuf> {
    let mut files = vec![db.to_path_buf()];
    for sidecar in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{sidecar}", db.display()));
        if p.exists() {
            files.push(p);
        }
    }
    let name = db.file_name().unwrap();
    let backups = db.parent().unwrap().join("backups").join(name);
    if let Ok(entries) = std::fs::read_dir(backups) {
        files.extend(entries.map(|e| e.unwrap().path()));
    }
    files
}

fn readable(file: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(file).unwrap();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn encrypting_hides_every_signer_and_only_the_passphrase_opens_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coalition.sqlite3");
    let signer = "Zebedee Wanjiru Collective";
    assert!(
        run(cli(&db).args(["statements", "create", "--title", "Safe passage now"]))
            .status
            .success()
    );
    let id =
        String::from_utf8(run(cli(&db).args(["statements", "list", "--json"])).stdout).unwrap();
    let id: serde_json::Value = serde_json::from_str(&id).unwrap();
    let id = id[0]["id"].as_str().unwrap().to_string();
    let mut paste = cli(&db);
    paste
        .args(["endorsements", "paste", &id, "--confirm"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null());
    let mut child = paste.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{signer} – Nairobi, Kenya\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert!(run(cli(&db).args(["backup", "create"])).status.success());
    assert!(
        files_of(&db).iter().any(|f| readable(f, signer)),
        "the check can fail"
    );

    // No new passphrase, no terminal: refused, nothing changed.
    let refused = run(cli(&db).args(["db", "encrypt"]));
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused).contains("UNDERSIGNED_DB_NEW_PASSPHRASE"),
        "{}",
        text(&refused)
    );

    let done = run(cli(&db)
        .args(["db", "encrypt"])
        .env("UNDERSIGNED_DB_NEW_PASSPHRASE", PASS));
    assert!(done.status.success(), "{}", text(&done));
    assert!(
        text(&done).contains("and 1 of its backups"),
        "{}",
        text(&done)
    );
    // A write with the passphrase: the log is written encrypted too.
    let added = run(cli(&db)
        .args([
            "statements",
            "create",
            "--title",
            "Second statement of Quillon",
        ])
        .env("UNDERSIGNED_DB_PASSPHRASE", PASS));
    assert!(added.status.success(), "{}", text(&added));
    for file in files_of(&db) {
        for name in [signer, "Safe passage", "Quillon", "Nairobi"] {
            assert!(
                !readable(&file, name),
                "{name} readable in {}",
                file.display()
            );
        }
    }

    // Without the passphrase: said to be encrypted. A wrong one: exit 1, by name.
    let missing = run(cli(&db).args(["statements", "list"]));
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing).contains("is encrypted"),
        "{}",
        text(&missing)
    );
    let wrong = run(cli(&db)
        .args(["statements", "list"])
        .env("UNDERSIGNED_DB_PASSPHRASE", "not the passphrase at all"));
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong).contains(&format!("wrong passphrase for {}", db.display())),
        "{}",
        text(&wrong)
    );
    let listed = run(cli(&db)
        .args(["endorsements", "list", &id])
        .env("UNDERSIGNED_DB_PASSPHRASE", PASS));
    assert!(text(&listed).contains(signer), "{}", text(&listed));

    // Another passphrase; then plain again, backups too.
    let changed = run(cli(&db)
        .args(["db", "change-passphrase"])
        .env("UNDERSIGNED_DB_PASSPHRASE", PASS)
        .env("UNDERSIGNED_DB_NEW_PASSPHRASE", OTHER));
    assert!(changed.status.success(), "{}", text(&changed));
    let old = run(cli(&db)
        .args(["statements", "list"])
        .env("UNDERSIGNED_DB_PASSPHRASE", PASS));
    assert_eq!(old.status.code(), Some(1));
    let plain = run(cli(&db)
        .args(["--json", "db", "decrypt"])
        .env("UNDERSIGNED_DB_PASSPHRASE", OTHER));
    assert!(plain.status.success(), "{}", text(&plain));
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_eq!(plain["encrypted"], false);
    assert_eq!(plain["backups"], 1);
    let listed = run(cli(&db).args(["endorsements", "list", &id]));
    assert!(text(&listed).contains(signer), "{}", text(&listed));
    assert!(readable(&db, signer));
}

const STATEMENTS: usize = 2_000;
const ROUNDS: usize = 8;

/// Titles of the statements, read with `key` (none: plain); `None` when
/// the key does not open the file. Panics when it opens but is damaged.
fn titles(db: &Path, key: Option<&str>) -> Option<Vec<String>> {
    let conn = Connection::open(db).unwrap();
    // A wrong key is an answer here, not news for standard error.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")
        .unwrap();
    if let Some(key) = key {
        conn.pragma_update(None, "key", key).unwrap();
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .ok()?;
    assert_eq!(integrity, "ok", "{} is damaged", db.display());
    let mut stmt = conn
        .prepare("SELECT title FROM statements ORDER BY title")
        .unwrap();
    Some(
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs `args` on copies of `pristine`, killed at random moments within
/// how long an undisturbed run takes; each file after opens as before
/// (`before` key) or as after (`after` key), with the same statements.
fn killed_at_random(
    pristine: &Path,
    args: &[&str],
    before: Option<&str>,
    after: Option<&str>,
) -> (usize, usize, usize) {
    let db_name = "coalition.sqlite3";
    let env = |cmd: &mut Command| {
        cmd.env("UNDERSIGNED_DB_PASSPHRASE", before.unwrap_or(""));
        if let Some(after) = after {
            cmd.env("UNDERSIGNED_DB_NEW_PASSPHRASE", after);
        }
        if before.is_none() {
            cmd.env_remove("UNDERSIGNED_DB_PASSPHRASE");
        }
    };
    let expected = titles(&pristine.join(db_name), before).expect("pristine opens");
    let dir = pristine.parent().unwrap();
    let timing = dir.join("timing");
    copy_dir(pristine, &timing);
    let started = Instant::now();
    let mut cmd = cli(&timing.join(db_name));
    cmd.args(args);
    env(&mut cmd);
    let out = run(&mut cmd);
    assert!(out.status.success(), "{}", text(&out));
    let span = started.elapsed().as_micros().max(1_000) as u64;
    std::fs::remove_dir_all(&timing).unwrap();

    let (mut killed, mut as_before, mut as_after) = (0, 0, 0);
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    for round in 0..ROUNDS {
        let work = dir.join(format!("round-{round}"));
        copy_dir(pristine, &work);
        let target = work.join(db_name);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut cmd = cli(&target);
        cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
        env(&mut cmd);
        let mut child = cmd.spawn().unwrap();
        std::thread::sleep(Duration::from_micros(seed % span));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        if titles(&target, before).as_ref() == Some(&expected) {
            as_before += 1;
        } else {
            assert_eq!(
                titles(&target, after).as_ref(),
                Some(&expected),
                "round {round}: opens neither as before nor as after"
            );
            as_after += 1;
        }
        // Run again, it finishes: file and backups as after.
        let mut cmd = cli(&target);
        cmd.args(args);
        env(&mut cmd);
        let again = run(&mut cmd);
        assert!(again.status.success(), "round {round}: {}", text(&again));
        assert_eq!(
            titles(&target, after).as_ref(),
            Some(&expected),
            "round {round}"
        );
        std::fs::remove_dir_all(&work).unwrap();
    }
    (killed, as_before, as_after)
}

#[test]
fn an_encryption_or_decryption_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain");
    std::fs::create_dir(&plain).unwrap();
    let db = plain.join("coalition.sqlite3");
    assert!(
        run(cli(&db).args(["statements", "create", "--title", "seed"]))
            .status
            .success()
    );
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..STATEMENTS {
        conn.execute(
            "INSERT INTO statements (id, title, body, created_at, updated_at)
             VALUES (?1, ?2, hex(randomblob(600)), '2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z')",
            (format!("s-{i:05}"), format!("statement {i:05}")),
        )
        .unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    drop(conn);
    assert!(run(cli(&db).args(["backup", "create"])).status.success());

    let (killed, before, after) = killed_at_random(&plain, &["db", "encrypt"], None, Some(PASS));
    println!("encrypt: {killed} of {ROUNDS} killed; {before} opened as before, {after} encrypted");

    // An encrypted copy, to decrypt.
    let encrypted = dir.path().join("encrypted");
    copy_dir(&plain, &encrypted);
    let enc_db = encrypted.join("coalition.sqlite3");
    let out = run(cli(&enc_db)
        .args(["db", "encrypt"])
        .env("UNDERSIGNED_DB_NEW_PASSPHRASE", PASS));
    assert!(out.status.success(), "{}", text(&out));
    let (killed_d, before_d, after_d) =
        killed_at_random(&encrypted, &["db", "decrypt"], Some(PASS), None);
    println!("decrypt: {killed_d} of {ROUNDS} killed; {before_d} still encrypted, {after_d} plain");
    assert!(
        killed + killed_d > ROUNDS / 2,
        "most rounds must kill mid-way ({killed} + {killed_d} of {})",
        2 * ROUNDS
    );
}
