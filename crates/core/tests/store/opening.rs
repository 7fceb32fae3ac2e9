use std::fs;

use rusqlite::Connection;
use undersigned_core::actions;
use undersigned_core::statements::{self, NewStatement};
use undersigned_core::store::SCHEMA_VERSION;
use undersigned_core::{Store, StoreError};

use crate::temp_db;

fn new(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn creates_a_new_file_in_wal_mode() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).expect("open");
    assert!(path.exists());
    let mode: String = store
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("journal mode");
    assert_eq!(mode, "wal");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(store.path(), Some(path.as_path()));
}

#[test]
fn data_survives_closing_and_reopening() {
    let (_dir, path) = temp_db();
    let id = {
        let mut store = Store::open(&path).expect("open");
        actions::statements::create(&mut store, &new("Solidarity across borders"))
            .expect("create")
            .id
    };
    let store = Store::open(&path).expect("reopen");
    let got = statements::get(store.conn(), &id).expect("get");
    assert_eq!(got.title, "Solidarity across borders");
    let applied: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0))
        .expect("count");
    assert_eq!(
        applied,
        i64::from(SCHEMA_VERSION),
        "migrations ran once, not per open"
    );
}

#[test]
fn random_bytes_are_refused_and_left_untouched() {
    let (_dir, path) = temp_db();
    // Not a SQLite header, and long enough to look like a few pages.
    let junk: Vec<u8> = (0..16_384u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&path, &junk).expect("write junk");

    // Whole pages of noise are what an encrypted file is: said as such.
    let err = Store::open(&path).expect_err("junk must not open");
    assert!(matches!(err, StoreError::Encrypted { .. }), "got {err:?}");
    let message = err.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("or is not a database at all"), "{message}");
    assert!(!message.contains('\n'), "one line: {message}");
    assert_eq!(fs::read(&path).expect("read back"), junk, "file unchanged");

    // Noise that is not whole pages is no database.
    let junk = &junk[..10_000];
    fs::write(&path, junk).expect("write junk");
    let err = Store::open(&path).expect_err("junk must not open");
    assert!(
        matches!(err, StoreError::NotADatabase { .. }),
        "got {err:?}"
    );
    assert_eq!(fs::read(&path).expect("read back"), junk, "file unchanged");
}

#[test]
fn another_programs_sqlite_file_is_refused() {
    let (_dir, path) = temp_db();
    {
        let conn = Connection::open(&path).expect("open plain sqlite");
        conn.execute_batch(
            "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');",
        )
        .expect("seed");
    }
    let err = Store::open(&path).expect_err("foreign database");
    assert!(
        matches!(err, StoreError::ForeignDatabase { .. }),
        "got {err:?}"
    );
    let conn = Connection::open(&path).expect("reopen plain");
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(tables, 1, "no Undersigned tables were added");
}

#[test]
fn a_damaged_file_is_reported_as_damaged() {
    let (_dir, path) = temp_db();
    {
        let mut store = Store::open(&path).expect("open");
        for i in 0..400 {
            actions::statements::create(
                &mut store,
                &new(&format!("Statement number {i} with some words")),
            )
            .expect("create");
        }
        store
            .conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .expect("checkpoint");
    }
    let mut bytes = fs::read(&path).expect("read");
    let page = 4096;
    assert!(bytes.len() > 8 * page, "database spans several pages");
    // Wreck pages 3..6 (b-tree pages of the schema and statements) but keep the header.
    for b in &mut bytes[2 * page..6 * page] {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).expect("write damaged");

    let err = Store::open(&path).expect_err("damaged database");
    assert!(matches!(err, StoreError::Corrupt { .. }), "got {err:?}");
    assert!(err.to_string().contains("damaged"), "{err}");
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let (_dir, path) = temp_db();
    {
        let store = Store::open(&path).expect("open");
        store
            .conn()
            .execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, 'future', 'x')",
                [SCHEMA_VERSION + 1],
            )
            .expect("pretend a newer schema");
    }
    let err = Store::open(&path).expect_err("newer schema");
    assert!(
        matches!(err, StoreError::TooNew { found, supported, .. } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION),
        "got {err:?}"
    );
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let (dir, _) = temp_db();
    let path = dir.path().join("no such folder").join("db.sqlite3");
    let err = Store::open(&path).expect_err("missing folder");
    assert!(matches!(err, StoreError::CannotOpen { .. }), "got {err:?}");
    assert!(err.to_string().contains("no such folder"), "{err}");
}

#[test]
fn with_tx_rolls_back_everything_when_work_fails() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    // The transaction helper's own contract, which every action relies on:
    // domain building blocks straight inside `with_tx`.
    let result: Result<(), statements::StatementError> = store.with_tx(|tx| {
        statements::create(tx, &new("First of two"))?;
        statements::create(tx, &new("   "))?; // refused: blank title
        Ok(())
    });
    assert!(matches!(
        result,
        Err(statements::StatementError::EmptyTitle)
    ));
    assert!(
        statements::list(store.conn()).expect("list").is_empty(),
        "nothing half-written"
    );

    store
        .with_tx(|tx| -> Result<(), statements::StatementError> {
            statements::create(tx, &new("One"))?;
            statements::create(tx, &new("Two"))?;
            Ok(())
        })
        .expect("both land");
    assert_eq!(statements::list(store.conn()).expect("list").len(), 2);
}

#[test]
fn checkpoint_leaves_everything_in_the_main_file() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).expect("open");
    actions::statements::create(&mut store, &new("Written before quitting")).expect("create");
    let wal = path.with_file_name("undersigned.sqlite3-wal");
    assert!(
        fs::metadata(&wal).expect("wal exists").len() > 0,
        "the write sits in the WAL"
    );

    store.checkpoint().expect("checkpoint");
    assert_eq!(
        fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "WAL emptied"
    );

    // A copy of the main file alone has the data.
    let copy = path.with_file_name("copy.sqlite3");
    fs::copy(&path, &copy).expect("copy");
    let copied = Store::open(&copy).expect("open copy");
    let titles: Vec<String> = statements::list(copied.conn())
        .expect("list")
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles, ["Written before quitting"]);
}
