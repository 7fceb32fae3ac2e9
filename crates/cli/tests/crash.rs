#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Crash safety: `backup restore` killed with SIGKILL at random moments
//! leaves the database either wholly as it was or wholly restored, and
//! always sound. The run prints how many processes it killed and how many
//! files it checked.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

const STATEMENTS: usize = 4_000;
const ROUNDS: usize = 24;

fn cli(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"));
    cmd.arg("--db").arg(db).env_remove("UNDERSIGNED_DB");
    cmd
}

/// Titles of live statements, sorted; panics unless the file is sound.
fn state_of(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).expect("open");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(integrity, "ok", "{} is damaged", db.display());
    let mut stmt = conn
        .prepare("SELECT title FROM statements WHERE deleted_at IS NULL ORDER BY title")
        .expect("prepare");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn fill(db: &Path, prefix: &str) {
    let conn = Connection::open(db).expect("open");
    conn.execute_batch("BEGIN").expect("begin");
    for i in 0..STATEMENTS {
        conn.execute(
            "INSERT INTO statements (id, title, body, created_at, updated_at)
             VALUES (?1, ?2, hex(randomblob(600)), '2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z')",
            (format!("{prefix}-{i:05}"), format!("{prefix} statement {i:05}")),
        )
        .expect("insert");
    }
    conn.execute_batch("COMMIT").expect("commit");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pristine = dir.path().join("pristine");
    std::fs::create_dir(&pristine).expect("mkdir");
    let db = pristine.join("coalition.sqlite3");

    // State A, backed up; then state B, which the restore replaces.
    assert!(cli(&db).args(["statements", "list"]).output().is_ok());
    assert!(
        cli(&db)
            .args(["statements", "create", "--title", "seed"])
            .status()
            .expect("run")
            .success()
    );
    fill(&db, "A");
    let made = cli(&db)
        .args(["--json", "backup", "create"])
        .output()
        .expect("backup");
    let made: serde_json::Value = serde_json::from_slice(&made.stdout).expect("json");
    let backup_name = PathBuf::from(made["path"].as_str().expect("path"))
        .file_name()
        .expect("name")
        .to_owned();
    let conn = Connection::open(&db).expect("open");
    conn.execute("DELETE FROM statements WHERE id LIKE 'A-%'", [])
        .expect("clear A");
    drop(conn);
    fill(&db, "B");
    let state_a = {
        let copy = dir.path().join("a.sqlite3");
        std::fs::copy(
            pristine
                .join("backups/coalition.sqlite3")
                .join(&backup_name),
            &copy,
        )
        .expect("copy");
        state_of(&copy)
    };
    let state_b = state_of(&db);
    assert_ne!(state_a, state_b);

    // How long an undisturbed restore takes, to aim the kills inside it.
    let timing = dir.path().join("timing");
    copy_dir(&pristine, &timing);
    let started = Instant::now();
    let ok = cli(&timing.join("coalition.sqlite3"))
        .args(["backup", "restore"])
        .arg(timing.join("backups/coalition.sqlite3").join(&backup_name))
        .output()
        .expect("restore");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let span = started.elapsed().as_micros().max(1_000) as u64;
    assert_eq!(state_of(&timing.join("coalition.sqlite3")), state_a);

    let mut killed = 0;
    let mut checked = 0;
    let (mut old, mut new) = (0, 0);
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    for round in 0..ROUNDS {
        let work = dir.path().join(format!("round-{round}"));
        copy_dir(&pristine, &work);
        let target = work.join("coalition.sqlite3");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = Duration::from_micros(seed % span);
        let mut child = cli(&target)
            .args(["backup", "restore"])
            .arg(work.join("backups/coalition.sqlite3").join(&backup_name))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        if child.try_wait().expect("poll").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        child.wait().expect("reap");

        let after = state_of(&target);
        checked += 1;
        if after == state_a {
            new += 1;
        } else {
            assert_eq!(
                after, state_b,
                "round {round}: neither the old nor the restored database"
            );
            old += 1;
        }
        // Whatever was cut short, the next command works on the file.
        let listed = cli(&target)
            .args(["statements", "list", "--json"])
            .output()
            .expect("list");
        assert!(
            listed.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&listed.stderr)
        );
        std::fs::remove_dir_all(&work).expect("clean");
    }
    println!(
        "crash test: {killed} restores killed with SIGKILL, {checked} databases checked ({old} as before, {new} restored), each sound"
    );
    assert!(
        killed > ROUNDS / 3,
        "most rounds must kill mid-way, not after ({killed} of {ROUNDS})"
    );
}

const IMPORT_ROWS: usize = 100_000;
const IMPORT_ROUNDS: usize = 8;

/// How many organizations the file holds; panics unless the file is sound.
/// A file killed before its tables were made holds none.
fn organizations_in(db: &Path) -> i64 {
    let conn = Connection::open(db).expect("open");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(integrity, "ok", "{} is damaged", db.display());
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("foreign_key_check");
    assert_eq!(broken, 0, "{} has dangling links", db.display());
    conn.query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap_or(0)
}

#[test]
fn an_import_killed_at_any_moment_is_wholly_there_or_wholly_absent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("contacts.csv");
    let mut rows = String::from("Organization,Country,City,Email\n");
    for i in 0..IMPORT_ROWS {
        rows.push_str(&format!(
            "Organización número {i},Kenya,Nairobi,org{i}@example.org\n"
        ));
    }
    std::fs::write(&csv, rows).expect("write csv");

    // How long an undisturbed import takes, to aim the kills inside it.
    let timing = dir.path().join("timing.sqlite3");
    let started = Instant::now();
    let ok = cli(&timing)
        .args(["contacts", "import"])
        .arg(&csv)
        .output()
        .expect("import");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let span = started.elapsed().as_micros().max(1_000) as u64;
    assert_eq!(organizations_in(&timing), IMPORT_ROWS as i64);

    let (mut killed, mut absent, mut present) = (0, 0, 0);
    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    for round in 0..IMPORT_ROUNDS {
        let work = dir.path().join(format!("import-{round}"));
        std::fs::create_dir(&work).expect("mkdir");
        let db = work.join("coalition.sqlite3");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = Duration::from_micros(seed % span);
        let mut child = cli(&db)
            .args(["contacts", "import"])
            .arg(&csv)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        if child.try_wait().expect("poll").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        child.wait().expect("reap");
        if db.exists() {
            match organizations_in(&db) {
                0 => absent += 1,
                n if n == IMPORT_ROWS as i64 => present += 1,
                n => panic!("round {round}: {n} of {IMPORT_ROWS} rows: a half import"),
            }
        } else {
            absent += 1;
        }
        // Whatever was cut short, the next command works on the file. A
        // file in which nothing was ever committed is no database yet: a
        // command that only reads says so, one that writes starts it.
        let listed = cli(&db)
            .args(["--json", "contacts", "search", "kenya", "--limit", "1"])
            .output()
            .expect("search");
        let answer = String::from_utf8_lossy(&listed.stdout);
        assert!(
            listed.status.success() || !db.exists() || answer.contains("no database at"),
            "round {round}: {:?} {answer} {}",
            listed.status,
            String::from_utf8_lossy(&listed.stderr)
        );
        let written = cli(&db)
            .args(["statements", "create", "--title", "After the crash"])
            .output()
            .expect("create");
        assert!(
            written.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&written.stderr)
        );
        std::fs::remove_dir_all(&work).expect("clean");
    }
    println!(
        "crash test: {killed} imports of {IMPORT_ROWS} rows killed with SIGKILL; {absent} left nothing, {present} were whole; each file sound"
    );
    assert!(
        killed > IMPORT_ROUNDS / 3,
        "most rounds must kill mid-way, not after ({killed} of {IMPORT_ROUNDS})"
    );
}

const MERGED: usize = 3_000;
const MERGE_ROUNDS: usize = 8;

/// How many organizations were merged into `keep`; panics unless the file is sound.
fn merged_into(db: &Path, keep: &str) -> i64 {
    organizations_in(db);
    let conn = Connection::open(db).expect("open");
    conn.query_row(
        "SELECT count(*) FROM organizations WHERE merged_into = ?1",
        [keep],
        |r| r.get(0),
    )
    .expect("count merged")
}

#[test]
fn a_merge_killed_at_any_moment_is_wholly_done_or_not_at_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("contacts.csv");
    let mut rows = String::from("Organization,Country,Tags\n");
    for i in 0..=MERGED {
        rows.push_str(&format!("Red de Mujeres {i},Peru,tag{}\n", i % 50));
    }
    std::fs::write(&csv, rows).expect("write csv");
    let base = dir.path().join("base.sqlite3");
    let made = cli(&base)
        .args(["contacts", "import"])
        .arg(&csv)
        .output()
        .expect("import");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let listed = cli(&base)
        .args(["--json", "contacts", "list"])
        .output()
        .expect("list");
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let ids: Vec<String> = listed
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(ids.len(), MERGED + 1);
    let (keep, others) = ids.split_first().expect("ids");

    let fresh = |name: &str| {
        let work = dir.path().join(name);
        std::fs::create_dir(&work).expect("mkdir");
        let db = work.join("coalition.sqlite3");
        std::fs::copy(&base, &db).expect("copy");
        (work, db)
    };
    let merge = |db: &Path| {
        let mut command = cli(db);
        command.args(["contacts", "merge", keep]).args(others);
        command
    };

    // How long an undisturbed merge takes, to aim the kills inside it.
    let (timing_dir, timing) = fresh("timing");
    let started = Instant::now();
    let ok = merge(&timing).output().expect("merge");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let span = started.elapsed().as_micros().max(1_000) as u64;
    assert_eq!(merged_into(&timing, keep), MERGED as i64);
    std::fs::remove_dir_all(&timing_dir).expect("clean");

    let (mut killed, mut none, mut whole) = (0, 0, 0);
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    for round in 0..MERGE_ROUNDS {
        let (work, db) = fresh(&format!("merge-{round}"));
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = Duration::from_micros(seed % span);
        let mut child = merge(&db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        if child.try_wait().expect("poll").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        child.wait().expect("reap");
        match merged_into(&db, keep) {
            0 => none += 1,
            n if n == MERGED as i64 => whole += 1,
            n => panic!("round {round}: {n} of {MERGED} merged: a half merge"),
        }
        std::fs::remove_dir_all(&work).expect("clean");
    }
    println!(
        "crash test: {killed} merges of {MERGED} records killed with SIGKILL; {none} left nothing merged, {whole} were whole; each file sound"
    );
    assert!(
        killed > MERGE_ROUNDS / 3,
        "most rounds must kill mid-way, not after ({killed} of {MERGE_ROUNDS})"
    );
}
