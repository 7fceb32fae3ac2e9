//! Backups made while the file is in use, checked, rotated and restored
//! through SQLite, so a restore can never meet a stale log.

use std::fs;
use std::path::Path;

use rusqlite::Connection;
use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::statements::{self, NewStatement};
use undersigned_core::store::backup::{self, BackupError, BackupReason};

use crate::temp_db;

fn new(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

fn titles(store: &Store) -> Vec<String> {
    let mut t: Vec<String> = statements::list(store.conn())
        .expect("list")
        .into_iter()
        .map(|s| s.title)
        .collect();
    t.sort();
    t
}

fn titles_in(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).expect("open copy");
    let mut stmt = conn
        .prepare("SELECT title FROM statements WHERE deleted_at IS NULL ORDER BY title")
        .expect("prepare");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

#[test]
fn a_backup_is_a_sound_single_file_of_what_was_committed() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Committed")).expect("create");
    let other = Connection::open(&path).expect("another program");
    other
        .execute_batch("BEGIN IMMEDIATE; UPDATE statements SET title = 'Half-written';")
        .expect("a write in progress");

    let made = backup::create(&store, BackupReason::Manual).expect("backup");
    other.execute_batch("ROLLBACK").expect("release");

    assert_eq!(made.reason, BackupReason::Manual);
    assert!(made.size_bytes > 0);
    let file = Path::new(&made.path);
    assert_eq!(
        file.parent(),
        Some(
            path.parent()
                .expect("dir")
                .join("backups/undersigned.sqlite3")
                .as_path()
        )
    );
    assert_eq!(titles_in(file), ["Committed"]);
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(
            !Path::new(&format!("{}{suffix}", made.path)).exists(),
            "one file, no {suffix}"
        );
    }
    let listed = backup::list(&path).expect("list");
    assert_eq!(listed, vec![made]);
}

#[test]
fn restoring_brings_back_the_backup_and_keeps_what_was_there() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    let kept = actions::statements::create(&mut store, &new("Kept in the backup")).expect("create");
    let made = backup::create(&store, BackupReason::Manual).expect("backup");

    actions::statements::delete(&mut store, &kept.id).expect("delete");
    actions::statements::purge(&mut store, &kept.id).expect("purge");
    undersigned_core::actions::statements::create(&mut store, &new("Written after the backup"))
        .expect("create");
    // The app still has the file open while the command line restores.
    let app = store;

    let report = backup::restore(&path, Path::new(&made.path)).expect("restore");
    assert_eq!(report.restored_from, made.path);
    assert_eq!(report.previous_kept_as.reason, BackupReason::BeforeRestore);
    assert_eq!(
        titles_in(Path::new(&report.previous_kept_as.path)),
        ["Written after the backup"],
        "what was replaced is kept"
    );

    assert_eq!(
        titles(&app),
        ["Kept in the backup"],
        "the open app sees the restored data"
    );
    drop(app);
    let reopened = Store::open(&path).expect("reopen");
    assert_eq!(titles(&reopened), ["Kept in the backup"]);
    let integrity: String = reopened
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
    assert!(
        Path::new(&made.path).exists(),
        "the backup itself is untouched"
    );
}

#[test]
fn what_is_not_a_sound_backup_is_refused_and_nothing_changes() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Stays")).expect("create");
    drop(store);
    let before = fs::read(&path).expect("read");

    let junk = dir.path().join("junk.sqlite3");
    fs::write(&junk, vec![7u8; 9000]).expect("junk");
    let theirs = dir.path().join("theirs.sqlite3");
    Connection::open(&theirs)
        .expect("plain")
        .execute_batch("CREATE TABLE recipes (name TEXT)")
        .expect("foreign");
    for bad in [
        junk.as_path(),
        theirs.as_path(),
        dir.path().join("missing.sqlite3").as_path(),
    ] {
        let err = backup::restore(&path, bad).expect_err("refused");
        assert!(matches!(err, BackupError::NotRestorable { .. }), "{err:?}");
        assert!(err.to_string().contains("Nothing was changed"), "{err}");
    }
    assert_eq!(
        fs::read(&path).expect("read"),
        before,
        "the database is as it was"
    );
    assert!(
        backup::list(&path).expect("list").is_empty(),
        "no backup was needed"
    );
}

#[test]
fn rotation_keeps_seven_days_four_weeks_five_migrations_and_every_manual_one() {
    let (dir, path) = temp_db();
    drop(Store::open(&path).expect("open"));
    let folder = dir.path().join("backups/undersigned.sqlite3");
    fs::create_dir_all(&folder).expect("folder");
    let put = |stamp: &str, reason: &str| {
        fs::write(
            folder.join(format!("undersigned-{stamp}-{reason}.sqlite3")),
            b"x",
        )
        .expect("write");
    };
    // Two daily backups a day for 60 days (the second of a day shows a
    // daily one is per day, not per start), 8 before migrations, 3 manual.
    for day in 0..60 {
        let (m, d) = if day < 30 {
            (10, day + 1)
        } else {
            (11, day - 29)
        };
        put(&format!("2026{m:02}{d:02}T080000Z"), "daily");
        put(&format!("2026{m:02}{d:02}T090000Z"), "daily");
    }
    for i in 0..8 {
        put(&format!("202609{:02}T100000Z", i + 1), "before-migration");
    }
    for i in 0..3 {
        put(&format!("202601{:02}T100000Z", i + 1), "manual");
    }
    fs::write(folder.join("notes.txt"), b"mine").expect("a file of the user's");

    backup::rotate(&path).expect("rotate");
    let left = backup::list(&path).expect("list");
    let daily: Vec<&str> = left
        .iter()
        .filter(|b| b.reason == BackupReason::Daily)
        .map(|b| b.created_at.as_str())
        .collect();
    // The newest of each of the last 7 days (Nov 24–30, which span two
    // weeks: Nov 30 is a Monday), plus the newest of the 2 weeks before.
    assert_eq!(daily.len(), 7 + 2, "{daily:?}");
    assert_eq!(
        &daily[7..],
        ["2026-11-22T09:00:00Z", "2026-11-15T09:00:00Z"]
    );
    assert_eq!(daily[0], "2026-11-30T09:00:00Z");
    assert!(
        daily[..7].iter().all(|d| d.ends_with("09:00:00Z")),
        "{daily:?}"
    );
    let migrations = left
        .iter()
        .filter(|b| b.reason == BackupReason::BeforeMigration);
    assert_eq!(migrations.count(), 5);
    assert_eq!(
        left.iter()
            .filter(|b| b.reason == BackupReason::Manual)
            .count(),
        3
    );
    assert!(
        folder.join("notes.txt").exists(),
        "other files are left alone"
    );
}

#[test]
fn upgrading_an_old_file_backs_it_up_first() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.sqlite3");
    let (_dir, path) = temp_db();
    fs::copy(&fixture, &path).expect("copy fixture");
    drop(Store::open(&path).expect("upgrade"));

    let made = backup::list(&path).expect("list");
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!(made[0].reason, BackupReason::BeforeMigration);
    let copy = Connection::open(&made[0].path).expect("open backup");
    let version: u32 = copy
        .query_row("SELECT max(version) FROM schema_migrations", [], |r| {
            r.get(0)
        })
        .expect("version");
    assert_eq!(version, 1, "the backup is the file as it was");
    assert_eq!(titles_in(Path::new(&made[0].path)).len(), 4);

    drop(Store::open(&path).expect("open again"));
    assert_eq!(
        backup::list(&path).expect("list").len(),
        1,
        "no upgrade, no new backup"
    );
}

#[test]
fn one_daily_backup_a_day() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).expect("open");
    assert!(backup::daily_if_due(&store).expect("first").is_some());
    assert!(backup::daily_if_due(&store).expect("second").is_none());
    assert!(
        backup::create(
            &Store::open_in_memory().expect("memory"),
            BackupReason::Manual
        )
        .is_err()
    );
}

#[test]
fn databases_in_one_folder_keep_their_own_backups() {
    let dir = tempfile::tempdir().expect("dir");
    let a_path = dir.path().join("alliance.sqlite3");
    let b_path = dir.path().join("alliance-network.sqlite3");
    let mut a = Store::open(&a_path).expect("open a");
    let mut b = Store::open(&b_path).expect("open b");
    actions::statements::create(&mut a, &new("Only in A")).expect("create");
    actions::statements::create(&mut b, &new("Only in B")).expect("create");

    let a_manual = backup::create(&a, BackupReason::Manual).expect("backup a");
    let a_change = backup::before_change(&a)
        .expect("backup a")
        .expect("a file");
    for _ in 0..6 {
        backup::before_change(&b).expect("backup b");
    }
    let b_manual = backup::create(&b, BackupReason::Manual).expect("backup b");

    let a_listed = backup::list(&a_path).expect("list a");
    let mut listed: Vec<&str> = a_listed.iter().map(|x| x.path.as_str()).collect();
    listed.sort_unstable();
    let mut own = vec![a_manual.path.as_str(), a_change.path.as_str()];
    own.sort_unstable();
    assert_eq!(listed, own, "A lists its own two backups and nothing else");
    assert_eq!(a_listed.len(), 2, "{a_listed:?}");
    let b_listed = backup::list(&b_path).expect("list b");
    assert_eq!(
        b_listed.len(),
        6,
        "5 before changes and 1 manual: {b_listed:?}"
    );
    assert!(
        b_listed
            .iter()
            .all(|x| x.path != a_manual.path && x.path != a_change.path),
        "B never lists A's backups"
    );
    assert!(
        Path::new(&a_change.path).exists() && Path::new(&a_manual.path).exists(),
        "B's rotation left A's backups alone"
    );
    assert_ne!(
        Path::new(&a_manual.path).parent(),
        Path::new(&b_manual.path).parent(),
        "each database has a folder of its own"
    );

    drop(a);
    drop(b);
    let err = backup::restore(&a_path, Path::new(&b_manual.path)).expect_err("refused");
    assert!(matches!(err, BackupError::OtherDatabase { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("another database") && message.contains("Nothing was changed"),
        "{message}"
    );
    let a = Store::open(&a_path).expect("reopen a");
    assert_eq!(titles(&a), ["Only in A"], "A is as it was");
    let err = backup::restore_named(&a_path, &b_manual.file_name).expect_err("not A's");
    assert!(matches!(err, BackupError::NoSuchBackup { .. }), "{err:?}");
}

#[test]
fn the_copy_kept_before_a_restore_outlives_later_changes() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Before")).expect("create");
    let made = backup::create(&store, BackupReason::Manual).expect("backup");
    actions::statements::create(&mut store, &new("Only here")).expect("create");
    drop(store);

    let report = backup::restore(&path, Path::new(&made.path)).expect("restore");
    let kept = report.previous_kept_as.path.clone();
    let store = Store::open(&path).expect("open");
    for _ in 0..7 {
        backup::before_change(&store).expect("before a change");
    }
    assert!(
        Path::new(&kept).exists(),
        "the only copy of what the restore replaced is still there"
    );
    assert_eq!(
        titles_in(Path::new(&kept)),
        ["Before", "Only here"],
        "and it holds what was replaced"
    );
    let changes = backup::list(&path)
        .expect("list")
        .into_iter()
        .filter(|b| b.reason == BackupReason::BeforeChange)
        .count();
    assert_eq!(changes, 5, "the backups before changes still rotate");
}

#[test]
fn restoring_into_a_missing_database_creates_nothing() {
    let (dir, path) = temp_db();
    let store = Store::open(&path).expect("open");
    let made = backup::create(&store, BackupReason::Manual).expect("backup");
    drop(store);
    let typo = dir.path().join("undersinged.sqlite3");
    let err = backup::restore(&typo, Path::new(&made.path)).expect_err("no database there");
    assert!(err.to_string().contains("no database at"), "{err}");
    assert!(!typo.exists(), "no database was made at the mistyped path");
}

#[test]
fn a_backup_from_a_newer_version_is_refused_in_one_plain_sentence() {
    let (dir, path) = temp_db();
    drop(Store::open(&path).expect("open"));
    let newer = dir.path().join("newer.sqlite3");
    drop(Store::open(&newer).expect("open"));
    Connection::open(&newer)
        .expect("plain")
        .execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01')",
            [],
        )
        .expect("from the future");
    let message = backup::restore(&path, &newer)
        .expect_err("refused")
        .to_string();
    assert!(message.contains("newer version"), "{message}");
    assert!(!message.contains("the database the file"), "{message}");
    assert!(!message.contains(".."), "{message}");
}
