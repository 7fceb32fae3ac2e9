//! One writer and many readers on one file: reads never wait for writes.

use std::fs;

use rusqlite::Connection;
use undersigned_core::actions;
use undersigned_core::statements::{self, NewStatement, StatementError};
use undersigned_core::{IntegrityCheck, OpenOptions, Store, StoreError};

use crate::temp_db;

fn new(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn readers_answer_while_another_connection_holds_the_write_lock() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Committed")).expect("create");
    let readers = store.readers().expect("a file store has readers");

    let writer = Connection::open(&path).expect("another writer");
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE statements SET title = 'Uncommitted';")
        .expect("hold the write lock mid-transaction");

    let titles: Vec<String> = readers
        .read(statements::list)
        .expect("read while locked")
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(
        titles,
        ["Committed"],
        "the last committed state, not the write in progress"
    );
    writer.execute_batch("ROLLBACK").expect("release");
}

#[test]
fn a_reader_cannot_write() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).expect("open");
    let readers = store.readers().expect("readers");
    let err = readers
        .read(|conn| statements::create(conn, &new("Through a reader")))
        .expect_err("read-only");
    assert!(
        matches!(err, StatementError::Store(StoreError::ReadOnly { .. })),
        "{err:?}"
    );
    assert!(statements::list(store.conn()).expect("list").is_empty());
}

#[test]
fn memory_and_read_only_stores_have_no_separate_readers() {
    assert!(Store::open_in_memory().expect("memory").readers().is_none());
}

#[test]
fn a_passed_check_is_recorded_and_an_old_one_does_not_excuse_damage() {
    let (_dir, path) = temp_db();
    {
        let mut store = Store::open(&path).expect("open");
        let recorded: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM local_state WHERE key = 'integrity_checked_at'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(recorded, 1, "the check at creation is recorded");
        for i in 0..400 {
            actions::statements::create(&mut store, &new(&format!("Statement {i} with words")))
                .expect("create");
        }
        store
            .conn()
            .execute(
                "UPDATE local_state SET value = '2000-01-01T00:00:00.000Z'
                 WHERE key = 'integrity_checked_at'",
                [],
            )
            .expect("age the record");
        store.checkpoint().expect("fold");
    }
    let mut bytes = fs::read(&path).expect("read");
    // Damage the statements' pages, not page 1 or the small tables near it.
    let page = 4096;
    let pages = bytes.len() / page;
    for b in &mut bytes[(pages - 6) * page..(pages - 2) * page] {
        *b = 0x5A;
    }
    fs::write(&path, &bytes).expect("damage");

    let err = Store::open_with(
        &path,
        OpenOptions {
            create: false,
            check: IntegrityCheck::IfNotRecent,
        },
    )
    .expect_err("an old check does not excuse a damaged file");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
}

#[test]
fn the_watcher_notices_other_programs_and_a_newer_schema() {
    use undersigned_core::store::{Area, DatabaseChange, SCHEMA_VERSION};
    let changed = |areas: &[Area]| {
        Some(DatabaseChange::Changed {
            areas: areas.to_vec(),
        })
    };
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    let mut watcher = store.watcher().expect("watcher").expect("a file has one");
    assert_eq!(
        watcher.poll(None).expect("poll"),
        None,
        "nothing happened yet"
    );

    // The command line, in another process, adds a statement.
    let mut other = Store::open(&path).expect("another program");
    actions::statements::create(&mut other, &new("From the command line")).expect("create");
    assert_eq!(
        watcher.poll(Some(store.conn())).expect("poll"),
        changed(&[Area::Statements])
    );
    assert_eq!(
        watcher.poll(Some(store.conn())).expect("poll"),
        None,
        "reported once"
    );

    // This program's own writes are its own: the window already shows them.
    actions::statements::create(&mut store, &new("From the window")).expect("create");
    assert_eq!(watcher.poll(Some(store.conn())).expect("poll"), None);

    // Another program's contact. The window's own statement, not looked at
    // when only the window wrote, goes along with it: read again once, never lost.
    undersigned_core::actions::contacts::create_organization(
        &mut other,
        &undersigned_core::contacts::OrganizationInput {
            name: "Red de Migrantes".into(),
            ..Default::default()
        },
    )
    .expect("organization");
    assert_eq!(
        watcher.poll(Some(store.conn())).expect("poll"),
        changed(&[Area::Statements, Area::Contacts])
    );
    // Plain SQL, as any program may write: the watcher reads the rows, not
    // Undersigned's own actions.
    other
        .conn()
        .execute(
            "UPDATE statements SET title = 'Renamed', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 second')",
            [],
        )
        .expect("rename");
    assert_eq!(
        watcher.poll(None).expect("poll"),
        changed(&[Area::Statements])
    );

    // A backup made by another program is a file, not a row.
    let folder = undersigned_core::store::backup::folder_for(&path);
    fs::create_dir_all(&folder).expect("folder");
    fs::write(folder.join("copy.db"), b"x").expect("backup file");
    assert_eq!(
        watcher.poll(Some(store.conn())).expect("poll"),
        changed(&[Area::Backups])
    );

    other
        .conn()
        .execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, 'future', 'x')",
            [SCHEMA_VERSION + 1],
        )
        .expect("a newer version upgrades the file");
    assert_eq!(
        watcher.poll(None).expect("poll"),
        Some(DatabaseChange::NewerSchema {
            found: SCHEMA_VERSION + 1,
            supported: SCHEMA_VERSION
        })
    );
}
