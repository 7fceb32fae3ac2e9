#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The window hears about another program's writes, with what they touched,
//! and not about its own.

use std::sync::mpsc;
use std::time::Duration;

use undersigned_app::state::Database;
use undersigned_core::Store;
use undersigned_core::statements::{self, NewStatement};
use undersigned_core::store::{Area, DatabaseChange};

fn titled(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn another_programs_writes_arrive_tagged_and_the_windows_own_do_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("app.sqlite3");
    let database = Database::from_store(Store::open(&path).expect("open"));
    let (tx, rx) = mpsc::channel();
    database
        .watch(move |change| tx.send(change).is_ok())
        .expect("watch");

    // The window's own write, through its writer.
    tauri::async_runtime::block_on(
        database.write(|store| statements::create(store.conn(), &titled("From the window"))),
    )
    .expect("own write");
    assert!(
        rx.recv_timeout(Duration::from_millis(2000)).is_err(),
        "the window's own write is not echoed back"
    );

    // The command line, in another process, adds a statement.
    let other = Store::open(&path).expect("another program");
    statements::create(other.conn(), &titled("From the command line")).expect("create");
    let change = rx
        .recv_timeout(Duration::from_secs(5))
        .expect("another program's write arrives");
    assert_eq!(
        change,
        DatabaseChange::Changed {
            areas: vec![Area::Statements]
        }
    );
}
