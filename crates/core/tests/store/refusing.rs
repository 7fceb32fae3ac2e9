//! A file is ours before anything writes to it: whatever is refused stays
//! byte-for-byte as it was, the `-wal` and `-shm` beside it included.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use undersigned_core::actions;
use undersigned_core::statements::{self, NewStatement, StatementError};
use undersigned_core::{Store, StoreError, WithPath};

use crate::temp_db;

fn new(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The bytes of the file and its two sidecars (`None` where one is absent).
fn snapshot(path: &Path) -> [Option<Vec<u8>>; 3] {
    [
        fs::read(path).ok(),
        fs::read(sidecar(path, "-wal")).ok(),
        fs::read(sidecar(path, "-shm")).ok(),
    ]
}

/// Copies a database that a live connection still holds open — as a crash
/// or another running program leaves it — with its `-wal` and `-shm`.
fn copy_live(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        fs::copy(sidecar(from, suffix), sidecar(to, suffix)).expect("copy live file");
    }
}

#[test]
fn another_programs_file_with_a_pending_log_stays_as_it_was() {
    let (dir, live) = temp_db();
    let conn = Connection::open(&live).expect("plain sqlite");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
         CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');",
    )
    .expect("seed");
    let path = dir.path().join("theirs.sqlite3");
    copy_live(&live, &path);
    let before = snapshot(&path);
    assert!(before.iter().all(Option::is_some), "all three files exist");
    assert!(
        before[1].as_ref().is_some_and(|wal| !wal.is_empty()),
        "log has content"
    );

    let err = Store::open(&path).expect_err("foreign");
    assert!(matches!(err, StoreError::ForeignDatabase { .. }), "{err:?}");
    assert!(
        err.to_string().contains("Nothing in it was changed"),
        "{err}"
    );
    assert_eq!(snapshot(&path), before, "file, -wal and -shm untouched");
}

#[test]
fn a_damaged_database_of_ours_with_a_pending_log_stays_as_it_was() {
    let (dir, live) = temp_db();
    let mut store = Store::open(&live).expect("open");
    for i in 0..400 {
        actions::statements::create(&mut store, &new(&format!("Statement {i} with some words")))
            .expect("create");
    }
    store.checkpoint().expect("fold into the main file");
    store
        .conn()
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("no autocheckpoint");
    actions::statements::create(&mut store, &new("Still in the log")).expect("create");
    let path = dir.path().join("damaged.sqlite3");
    copy_live(&live, &path);
    let mut bytes = fs::read(&path).expect("read");
    for b in &mut bytes[2 * 4096..6 * 4096] {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).expect("damage");
    let before = snapshot(&path);

    let err = Store::open(&path).expect_err("damaged");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(snapshot(&path), before, "file, -wal and -shm untouched");
}

#[test]
fn a_sqlite_file_without_tables_is_not_taken_over() {
    let (_dir, path) = temp_db();
    {
        let conn = Connection::open(&path).expect("plain sqlite");
        conn.execute_batch("PRAGMA user_version = 7; PRAGMA page_size = 1024; VACUUM;")
            .expect("an empty database with a header");
    }
    let before = snapshot(&path);
    assert!(before[0].as_ref().is_some_and(|b| !b.is_empty()));
    let err = Store::open(&path).expect_err("not ours");
    assert!(matches!(err, StoreError::ForeignDatabase { .. }), "{err:?}");
    assert_eq!(snapshot(&path), before);
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let (_dir, path) = temp_db();
    fs::write(&path, b"").expect("touch");
    let mut store = Store::open(&path).expect("an empty file is a new database");
    actions::statements::create(&mut store, &new("First")).expect("create");
}

#[test]
fn a_file_claimed_but_left_halfway_is_finished() {
    // What a first start that stopped after claiming the file leaves behind.
    let (_dir, path) = temp_db();
    {
        let conn = Connection::open(&path).expect("sqlite");
        conn.pragma_update(None, "application_id", 0x554E_4453)
            .expect("claim");
    }
    let mut store = Store::open(&path).expect("ours, finished");
    actions::statements::create(&mut store, &new("Works")).expect("create");
}

#[test]
fn reading_never_creates_a_database() {
    let (dir, path) = temp_db();
    let err = Store::open_existing(&path).expect_err("no file");
    assert!(matches!(err, StoreError::NoDatabase { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("no database at {}", path.display())),
        "{message}"
    );
    assert_eq!(
        fs::read_dir(dir.path()).expect("list").count(),
        0,
        "nothing created"
    );

    fs::write(&path, b"").expect("touch");
    let err = Store::open_existing(&path).expect_err("empty file");
    assert!(matches!(err, StoreError::NoDatabase { .. }), "{err:?}");
    assert_eq!(fs::metadata(&path).expect("meta").len(), 0, "still empty");
    assert!(!sidecar(&path, "-wal").exists() && !sidecar(&path, "-shm").exists());

    drop(Store::open(&path).expect("create"));
    Store::open_existing(&path).expect("an existing database opens");
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_opens_for_reading_and_leaves_no_read_only_log_behind() {
    let (_dir, path) = temp_db();
    let id = {
        let mut store = Store::open(&path).expect("open");
        actions::statements::create(&mut store, &new("Kept safe"))
            .expect("create")
            .id
    };
    assert!(!sidecar(&path, "-wal").exists(), "closed cleanly");
    set_mode(&path, 0o444);

    {
        let mut store = Store::open(&path).expect("read-only open");
        assert!(store.is_read_only());
        assert_eq!(
            statements::get(store.conn(), &id).expect("read").title,
            "Kept safe"
        );
        let err = actions::statements::create(&mut store, &new("Refused"))
            .expect_err("cannot write")
            .with_path(&path);
        assert!(
            matches!(err, StatementError::Store(StoreError::ReadOnly { .. })),
            "{err:?}"
        );
        let message = err.to_string();
        assert!(message.contains("is read-only"), "{message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("chmod u+w"), "{message}");
    }
    assert!(
        !sidecar(&path, "-wal").exists() && !sidecar(&path, "-shm").exists(),
        "reading a read-only file leaves no -wal or -shm behind"
    );

    set_mode(&path, 0o644);
    let mut store = Store::open(&path).expect("writable again");
    assert!(!store.is_read_only());
    actions::statements::create(&mut store, &new("Saved")).expect("writes work again");
}

#[cfg(unix)]
#[test]
fn read_only_logs_left_from_earlier_are_made_writable() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, live) = temp_db();
    let mut store = Store::open(&live).expect("open");
    store
        .conn()
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("keep the log");
    actions::statements::create(&mut store, &new("In the log")).expect("create");
    let path = dir.path().join("copy.sqlite3");
    copy_live(&live, &path);
    set_mode(&sidecar(&path, "-wal"), 0o444);
    set_mode(&sidecar(&path, "-shm"), 0o444);

    let mut reopened = Store::open(&path).expect("open");
    for suffix in ["-wal", "-shm"] {
        let mode = fs::metadata(sidecar(&path, suffix))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o200, 0o200, "{suffix} is writable again ({mode:o})");
    }
    actions::statements::create(&mut reopened, &new("More")).expect("write");
    assert_eq!(statements::list(reopened.conn()).expect("list").len(), 2);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_with_a_pending_log_is_read_whole_and_left_as_it_was() {
    let (dir, live) = temp_db();
    let mut store = Store::open(&live).expect("open");
    store
        .conn()
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("keep the log");
    actions::statements::create(&mut store, &new("Only in the log")).expect("create");
    let path = dir.path().join("copy.sqlite3");
    copy_live(&live, &path);
    set_mode(&path, 0o444);
    let before = snapshot(&path);

    let reader = Store::open(&path).expect("open read-only");
    assert!(reader.is_read_only());
    let titles: Vec<String> = statements::list(reader.conn())
        .expect("list")
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles, ["Only in the log"]);
    drop(reader);
    assert_eq!(snapshot(&path), before);
}

#[test]
fn a_lock_held_past_the_timeout_is_a_plain_busy_error() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    let other = Connection::open(&path).expect("second connection");
    other
        .execute_batch("BEGIN IMMEDIATE")
        .expect("hold the write lock");
    store
        .conn()
        .busy_timeout(Duration::from_millis(50))
        .expect("short wait for the test");

    let err = actions::statements::create(&mut store, &new("Blocked"))
        .expect_err("locked")
        .with_path(&path);
    assert!(
        matches!(err, StatementError::Store(StoreError::Locked { .. })),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("another program"), "{message}");
    assert!(
        !message.contains("database is locked"),
        "no raw SQLite text: {message}"
    );

    other.execute_batch("ROLLBACK").expect("release");
    actions::statements::create(&mut store, &new("Now it works")).expect("create");
}

#[test]
fn paths_with_spaces_and_uri_characters_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("Coalition #2 ?50% & more");
    fs::create_dir(&folder).expect("folder");
    let path = folder.join("data base.sqlite3");
    {
        let mut store = Store::open(&path).expect("create");
        actions::statements::create(&mut store, &new("Odd path")).expect("create");
    }
    let store = Store::open_existing(&path).expect("reopen");
    assert_eq!(statements::list(store.conn()).expect("list").len(), 1);
}

#[test]
fn a_full_disk_is_said_plainly_and_reading_goes_on() {
    use undersigned_core::error::{Coded, ErrorCode};
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Already saved")).expect("create");
    // SQLite's own limit on the file's size stands in for a full disk: the
    // next page it needs is refused exactly as a disk with no room refuses it.
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    store
        .conn()
        .execute_batch(&format!("PRAGMA max_page_count = {pages}"))
        .expect("limit");
    // One transaction of many statements, more than the disk holds, so
    // that none of it is kept: the building block inside `with_tx`.
    let err = store
        .with_tx(|tx| {
            for i in 0..100_000 {
                statements::create(tx, &new(&format!("Too many for the disk {i}")))?;
            }
            Ok::<(), StatementError>(())
        })
        .expect_err("no room")
        // As the window and the command line name the file.
        .with_path(&path);
    assert_eq!(err.code(), ErrorCode::Unavailable, "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains(&format!("the disk holding {} is full", path.display()))
            && message.contains("nothing was saved"),
        "{message}"
    );
    let titles: Vec<String> = statements::list(store.conn())
        .expect("reading still works")
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles, ["Already saved"]);
}

/// A database of ours in rollback-journal mode, copied while a transaction
/// that had already spilled pages into the file was open: what a process
/// killed in mid-write leaves, the undo log (`-journal`) beside the file.
fn cut_short_with_an_undo_log(dir: &Path) -> PathBuf {
    let live = dir.join("live.sqlite3");
    drop(Store::open(&live).expect("create"));
    {
        let mut store = Store::open(&live).expect("open");
        actions::statements::create(&mut store, &new("Kept")).expect("create");
    }
    let conn = Connection::open(&live).expect("plain sqlite");
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2;
         BEGIN IMMEDIATE;
         CREATE TABLE scratch (x TEXT);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
         INSERT INTO scratch SELECT printf('%0500d', i) FROM n;
         UPDATE statements SET title = 'Never committed';",
    )
    .expect("a long write, still open");
    let path = dir.join("cut-short.sqlite3");
    fs::copy(&live, &path).expect("copy file");
    fs::copy(sidecar(&live, "-journal"), sidecar(&path, "-journal")).expect("copy journal");
    conn.execute_batch("ROLLBACK").expect("rollback");
    path
}

#[test]
fn a_write_cut_short_is_rolled_back_by_the_next_command_that_only_reads() {
    let (dir, _) = temp_db();
    let path = cut_short_with_an_undo_log(dir.path());
    assert!(
        fs::metadata(sidecar(&path, "-journal")).is_ok_and(|m| m.len() > 0),
        "an undo log is left"
    );
    let store = Store::open_existing(&path).expect("a command that reads still opens it");
    let titles: Vec<String> = statements::list(store.conn())
        .expect("list")
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(
        titles,
        vec!["Kept".to_string()],
        "what was committed, and only that"
    );
    let scratch: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'",
            [],
            |r| r.get(0),
        )
        .expect("schema");
    assert_eq!(scratch, 0, "the uncommitted table is gone");
}

#[test]
fn an_index_left_by_a_killed_first_start_does_not_stop_a_read() {
    // The three files a first start killed just after it switched the new
    // file to its log left: the claimed file, a log of only its header and
    // an index that a read-only look cannot use ("locking protocol").
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/killed-first-start");
    let (dir, _) = temp_db();
    let path = dir.path().join("c.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        fs::copy(
            sidecar(&fixture.join("c.sqlite3"), suffix),
            sidecar(&path, suffix),
        )
        .expect("copy fixture");
    }
    let reader = Store::open_existing(&path).expect("a command that reads opens it");
    assert!(statements::list(reader.conn()).expect("list").is_empty());
    drop(reader);
    let mut writer = Store::open(&path).expect("and one that writes");
    actions::statements::create(&mut writer, &new("After the crash")).expect("create");
}
