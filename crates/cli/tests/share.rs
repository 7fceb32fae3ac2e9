#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Sharing from the command line: two organizers' files and one folder,
//! the commands' words and exit codes, and a sync killed with SIGKILL at
//! random moments while it applies a large file: the database opens as
//! before or as after, sound, and the next sync finishes it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

fn cli(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"));
    cmd.arg("--db")
        .arg(db)
        .env_remove("UNDERSIGNED_DB")
        .env_remove("UNDERSIGNED_DB_PASSPHRASE")
        .stdin(Stdio::null());
    cmd
}

fn run(db: &Path, args: &[&str]) -> Output {
    cli(db).args(args).output().expect("run")
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{args:?}: {text}");
    text
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&ok(db, &all)).unwrap()
}

fn count(db: &Path, table: &str) -> i64 {
    let conn = Connection::open(db).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn contacts_csv(path: &Path, rows: usize) {
    let mut text = String::from("Organization,Country,City\n");
    for i in 0..rows {
        text.push_str(&format!("Coalition member {i},Kenya,Town {}\n", i % 50));
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn two_organizers_share_through_one_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let folder = dir.path().join("Sync/coalition");
    let invitation = dir.path().join("invitation.json");
    let (f, inv) = (folder.to_str().unwrap(), invitation.to_str().unwrap());

    // Not shared yet: status says so, sync says what to do.
    ok(
        &a,
        &[
            "statements",
            "create",
            "--title",
            "Open letter on climate finance",
        ],
    );
    assert_eq!(json(&a, &["share", "status"])["shared"], false);
    // A mistyped database path is an error, not a new empty database.
    let typo = dir.path().join("typo.sqlite3");
    assert_eq!(run(&typo, &["share", "sync"]).status.code(), Some(1));
    assert!(!typo.exists(), "share sync made a database");
    let refused = run(&a, &["share", "sync"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("share create"));

    let started = json(
        &a,
        &[
            "share",
            "create",
            "--folder",
            f,
            "--invitation-out",
            inv,
            "--name",
            "Amina",
        ],
    );
    assert_eq!(started["name"], "Amina");
    assert!(started["rows"].as_u64().unwrap() >= 1);
    // The invitation names the share and holds the key; the folder holds no title.
    let invitation_text = std::fs::read_to_string(&invitation).unwrap();
    assert!(invitation_text.contains("undersigned_share_invitation"));

    // Joining with the wrong folder is refused by name, and changes nothing.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let wrong = run(
        &b,
        &[
            "share",
            "join",
            "--folder",
            elsewhere.to_str().unwrap(),
            "--invitation",
            inv,
        ],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("is not the folder of this share"));
    // A file that is not an invitation, likewise.
    let not_invitation = dir.path().join("notes.txt");
    std::fs::write(&not_invitation, "hello").unwrap();
    let bad = run(
        &b,
        &[
            "share",
            "join",
            "--folder",
            f,
            "--invitation",
            not_invitation.to_str().unwrap(),
        ],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not an Undersigned invitation"));

    let joined = json(
        &b,
        &[
            "share",
            "join",
            "--folder",
            f,
            "--invitation",
            inv,
            "--name",
            "Bayani",
        ],
    );
    assert_eq!(joined["sync"]["appliedFiles"], 1);
    let listed = json(&b, &["statements", "list"]);
    assert_eq!(listed[0]["title"], "Open letter on climate finance");

    // B's contacts reach A at A's next sync; the status counts devices.
    let csv = dir.path().join("contacts.csv");
    contacts_csv(&csv, 25);
    ok(&b, &["contacts", "import", csv.to_str().unwrap()]);
    let pending = json(&b, &["share", "status"]);
    assert!(pending["status"]["pendingChanges"].as_u64().unwrap() >= 25);
    let synced = json(&b, &["share", "sync"]);
    assert!(synced["written"].as_u64().unwrap() >= 25);
    let took = json(&a, &["share", "sync"]);
    assert!(took["appliedChanges"].as_u64().unwrap() >= 25);
    assert_eq!(count(&a, "organizations"), 25);
    let status = json(&a, &["share", "status"]);
    assert_eq!(status["status"]["devices"].as_array().unwrap().len(), 2);
    assert_eq!(status["status"]["pendingFiles"], 0);
    let text = ok(&a, &["share", "status"]);
    assert!(
        text.contains("Amina (this computer)") && text.contains("Bayani"),
        "{text}"
    );
    for file in walk(&folder) {
        let bytes = std::fs::read(&file).unwrap();
        for needle in ["climate", "Coalition member"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{file:?} shows {needle}"
            );
        }
    }
    assert_eq!(
        ok(&a, &["share", "conflicts"]).trim(),
        "No conflicts to review."
    );

    ok(&a, &["share", "leave"]);
    assert_eq!(json(&a, &["share", "status"])["shared"], false);
    assert_eq!(count(&a, "organizations"), 25, "leaving keeps the data");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            found.extend(walk(&e.path()));
        } else {
            found.push(e.path());
        }
    }
    found
}

fn copy(from: &Path, to: &Path) {
    for sidecar in ["", "-wal", "-shm"] {
        let src = format!("{}{sidecar}", from.display());
        if Path::new(&src).exists() {
            std::fs::copy(&src, format!("{}{sidecar}", to.display())).unwrap();
        }
    }
}

const ROUNDS: usize = 8;
const ROWS: usize = 3_000;

#[test]
fn a_sync_killed_while_it_applies_leaves_the_file_as_before_and_the_next_one_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let folder = dir.path().join("shared");
    let invitation = dir.path().join("invitation.json");
    let (f, inv) = (folder.to_str().unwrap(), invitation.to_str().unwrap());
    ok(
        &a,
        &[
            "share",
            "create",
            "--folder",
            f,
            "--invitation-out",
            inv,
            "--name",
            "A",
        ],
    );
    ok(
        &b,
        &[
            "share",
            "join",
            "--folder",
            f,
            "--invitation",
            inv,
            "--name",
            "B",
        ],
    );
    let csv = dir.path().join("contacts.csv");
    contacts_csv(&csv, ROWS);
    ok(&a, &["contacts", "import", csv.to_str().unwrap()]);
    ok(&a, &["share", "sync"]);
    // B as it was before the large file: each round starts from a copy.
    let pristine = dir.path().join("b-pristine.sqlite3");
    copy(&b, &pristine);

    let timing = dir.path().join("timing.sqlite3");
    copy(&pristine, &timing);
    let started = Instant::now();
    ok(&timing, &["share", "sync"]);
    let span = started.elapsed().as_micros().max(1_000) as u64;
    assert_eq!(count(&timing, "organizations"), ROWS as i64);

    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let (mut killed, mut before, mut after) = (0, 0, 0);
    for round in 0..ROUNDS {
        let target = dir.path().join(format!("round-{round}.sqlite3"));
        copy(&pristine, &target);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = cli(&target)
            .args(["share", "sync"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(seed % span));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        let conn = Connection::open(&target).unwrap();
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "round {round}");
        drop(conn);
        match count(&target, "organizations") {
            0 => before += 1,
            n if n == ROWS as i64 => after += 1,
            n => panic!("round {round}: {n} of {ROWS} organizations: half applied"),
        }
        let again = json(&target, &["share", "sync"]);
        assert_eq!(
            count(&target, "organizations"),
            ROWS as i64,
            "round {round}: {again}"
        );
        let status = json(&target, &["share", "status"]);
        assert_eq!(status["status"]["pendingFiles"], 0, "round {round}");
        let found = json(&target, &["contacts", "search", "coalition member 2999"]);
        assert_eq!(
            found[0]["name"], "Coalition member 2999",
            "round {round}: the search index follows"
        );
    }
    println!("sync: {killed} of {ROUNDS} killed; {before} as before, {after} applied whole");
    assert!(
        killed > 0,
        "no round was killed mid-way; the span was {span} µs"
    );
}
