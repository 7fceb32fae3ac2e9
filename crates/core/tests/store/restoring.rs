//! The README's instructions for restoring a copy by hand, followed step by
//! step after a crash, give back exactly the copy; the shortcut they warn
//! against does not.

use std::fs;
use std::path::{Path, PathBuf};

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::statements::{self, NewStatement};

use crate::temp_db;

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn titles(store: &Store) -> Vec<String> {
    let mut titles: Vec<String> = statements::list(store.conn())
        .expect("list")
        .into_iter()
        .map(|s| s.title)
        .collect();
    titles.sort();
    titles
}

fn integrity(store: &Store) -> String {
    store
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check")
}

/// A data folder as a crash leaves it: the backup was taken after a clean
/// quit, later changes sit in the `-wal` beside the main file.
struct Crashed {
    _dir: tempfile::TempDir,
    data: PathBuf,
    backup: PathBuf,
}

fn crash_after_a_backup() -> Crashed {
    let (dir, live) = temp_db();
    {
        let mut store = Store::open(&live).expect("open");
        for i in 0..50 {
            actions::statements::create(
                &mut store,
                &NewStatement {
                    title: format!("Before the backup {i:02}"),
                    ..Default::default()
                },
            )
            .expect("create");
        }
    }
    // Backing up, as the README says: quit, then copy the one file.
    assert!(
        !sidecar(&live, "-wal").exists(),
        "a clean quit leaves one file"
    );
    let backup = dir.path().join("backup.sqlite3");
    fs::copy(&live, &backup).expect("back up");

    let mut store = Store::open(&live).expect("reopen");
    store
        .conn()
        .pragma_update(None, "wal_autocheckpoint", 0)
        .expect("keep changes in the log");
    for i in 0..50 {
        actions::statements::create(
            &mut store,
            &NewStatement {
                title: format!("After the backup {i:02}"),
                ..Default::default()
            },
        )
        .expect("create");
    }
    let trash = statements::list(store.conn()).expect("list");
    for s in trash
        .iter()
        .filter(|s| s.title.starts_with("Before"))
        .take(20)
    {
        actions::statements::delete(&mut store, &s.id).expect("delete");
    }
    // The crash: the files as they are while the app still runs.
    let crashed = dir.path().join("data");
    fs::create_dir(&crashed).expect("data folder");
    let data = crashed.join("undersigned.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        fs::copy(sidecar(&live, suffix), sidecar(&data, suffix)).expect("copy");
    }
    assert!(fs::metadata(sidecar(&data, "-wal")).expect("wal").len() > 0);
    Crashed {
        _dir: dir,
        data,
        backup,
    }
}

fn expected_after_restore(backup: &Path) -> Vec<String> {
    let store = Store::open_existing(backup).expect("open backup");
    titles(&store)
}

#[test]
fn restoring_as_the_readme_says_gives_back_exactly_the_copy() {
    let crashed = crash_after_a_backup();
    let data = &crashed.data;
    let expected = expected_after_restore(&crashed.backup);
    assert_eq!(expected.len(), 50);

    // 2. Move the current file and its -wal and -shm into another folder.
    let aside = data.with_file_name("aside");
    fs::create_dir(&aside).expect("aside folder");
    for suffix in ["", "-wal", "-shm"] {
        let from = sidecar(data, suffix);
        if from.exists() {
            let name = from.file_name().expect("name");
            fs::rename(&from, aside.join(name)).expect("move aside");
        }
    }
    // 3. Copy the backup in under the database's name.
    fs::copy(&crashed.backup, data).expect("copy back");

    // 4. Start again.
    let store = Store::open(data).expect("restored database opens");
    assert_eq!(integrity(&store), "ok");
    assert_eq!(titles(&store), expected, "exactly the backup, nothing more");
}

/// The shortcut: copying the backup over the main file alone. The old log
/// is replayed onto the copy; this is why the README says to move it aside.
#[test]
fn copying_the_backup_over_the_file_alone_does_not_restore_it() {
    let crashed = crash_after_a_backup();
    let expected = expected_after_restore(&crashed.backup);
    fs::copy(&crashed.backup, &crashed.data).expect("copy over the main file only");

    match Store::open(&crashed.data) {
        Err(err) => assert!(err.to_string().contains("damaged"), "{err}"),
        Ok(store) => {
            let got = titles(&store);
            assert!(
                got != expected || integrity(&store) != "ok",
                "the stale log went unnoticed; the README's warning would be needless"
            );
        }
    }
}

#[test]
fn a_copy_whose_latest_changes_are_still_in_its_log_is_restored_with_them() {
    let (dir, live) = temp_db();
    let new = |title: &str| NewStatement {
        title: title.into(),
        ..Default::default()
    };
    // The copy to restore: taken with its log while the database was open.
    let copy = dir.path().join("copy.sqlite3");
    {
        let mut store = Store::open(&live).expect("open");
        actions::statements::create(&mut store, &new("In the file")).expect("create");
        store.checkpoint().expect("fold in");
        store
            .conn()
            .pragma_update(None, "wal_autocheckpoint", 0)
            .expect("no autocheckpoint");
        actions::statements::create(&mut store, &new("Only in the log")).expect("create");
        for suffix in ["", "-wal", "-shm"] {
            fs::copy(sidecar(&live, suffix), sidecar(&copy, suffix)).expect("copy");
        }
        actions::statements::create(&mut store, &new("After the copy")).expect("create");
    }
    undersigned_core::store::backup::restore(&live, &copy).expect("restore");
    let restored = Store::open(&live).expect("open");
    assert_eq!(
        titles(&restored),
        vec!["In the file".to_string(), "Only in the log".to_string()],
        "the copy as it was, its log included"
    );
}
