//! Encryption at rest on real files: nothing of a signer's readable in the
//! database, its log or its backups once encrypted; the right passphrase
//! opens it, a wrong one or none is refused by name; decrypting and
//! changing the passphrase take the backups along.

use std::path::Path;

use undersigned_core::Store;
use undersigned_core::StoreError;
use undersigned_core::actions;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::statements::NewStatement;
use undersigned_core::store::backup::{self, BackupReason};
use undersigned_core::store::encryption;
use undersigned_core::store::key::{self, Passphrase};

use crate::temp_db;

const SIGNER: &str = "Zebedee Wanjiru Collective";
const LATER: &str = "Quillon Migrant Support Desk";

fn seeded(path: &Path) -> String {
    let mut store = Store::open(path).unwrap();
    let id = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Joint statement on safe passage".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    actions::contacts::create_organization(
        &mut store,
        &OrganizationInput {
            name: SIGNER.into(),
            ..Default::default()
        },
    )
    .unwrap();
    backup::create(&store, BackupReason::Manual).unwrap();
    id
}

/// Exports the statement as HTML; says whether the log records an encrypted source.
fn logged_as_encrypted(store: &mut Store, statement: &str, dir: &Path) -> bool {
    let out = dir.join(format!(
        "export-{}.html",
        undersigned_core::store::key::is_encrypted(store.path().unwrap())
    ));
    actions::export::save(
        store,
        statement,
        undersigned_core::export::ExportFormat::Html,
        &undersigned_core::export::ExportOptions::default(),
        &out,
        actions::export::Signing::Unsigned,
    )
    .unwrap()
    .source_encrypted
}

/// Every file of the database: itself, its log and index, its backups.
fn files_of(path: &Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![path.to_path_buf()];
    for sidecar in ["-wal", "-shm"] {
        let p = std::path::PathBuf::from(format!("{}{sidecar}", path.display()));
        if p.exists() {
            files.push(p);
        }
    }
    files.extend(
        backup::list(path)
            .unwrap()
            .into_iter()
            .map(|b| std::path::PathBuf::from(b.path)),
    );
    files
}

fn readable_in(file: &Path, text: &str) -> bool {
    let bytes = std::fs::read(file).unwrap();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn names(store: &Store) -> Vec<String> {
    contacts::list(store.conn(), &contacts::ContactQuery::default())
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.name)
        .collect()
}

#[test]
fn an_encrypted_database_reveals_no_signer_in_any_of_its_files() {
    let (dir, path) = temp_db();
    let statement = seeded(&path);
    // The one backup made before anything else was added.
    let first = backup::list(&path).unwrap().remove(0).file_name;
    assert!(!logged_as_encrypted(
        &mut Store::open(&path).unwrap(),
        &statement,
        dir.path()
    ));
    assert!(
        files_of(&path).iter().any(|f| readable_in(f, SIGNER)),
        "the plain file names the signer (the check can fail)"
    );
    let passphrase = Passphrase::new("correct horse battery staple");
    let done = encryption::encrypt(&path, &passphrase).unwrap();
    assert!(done.encrypted);
    assert_eq!(done.backups, 1);

    // Writes after: the log is encrypted too, and so is a new backup.
    {
        let mut store = Store::open(&path).unwrap();
        actions::contacts::create_organization(
            &mut store,
            &OrganizationInput {
                name: LATER.into(),
                ..Default::default()
            },
        )
        .unwrap();
        backup::create(&store, BackupReason::Manual).unwrap();
        let files = files_of(&path);
        assert!(
            files.iter().any(|f| f.to_string_lossy().ends_with("-wal")),
            "{files:?}"
        );
        assert_eq!(backup::list(&path).unwrap().len(), 2);
        for file in &files {
            for name in [SIGNER, LATER, "safe passage"] {
                assert!(
                    !readable_in(file, name),
                    "{name} readable in {}",
                    file.display()
                );
            }
        }
        assert!(names(&store).contains(&SIGNER.to_string()));
        // The export itself is public by design; its log says the source was encrypted.
        assert!(logged_as_encrypted(&mut store, &statement, dir.path()));
    }

    // Another process: no passphrase, a wrong one, the right one.
    key::forget(&path);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::Encrypted { .. })
    ));
    key::unlock(&path, Passphrase::new("wrong horse battery staple"));
    let wrong = Store::open(&path).err().unwrap();
    assert!(
        matches!(wrong, StoreError::WrongPassphrase { .. }),
        "{wrong:?}"
    );
    assert!(
        wrong.to_string().starts_with("wrong passphrase for "),
        "{wrong}"
    );
    key::unlock(&path, passphrase.clone());
    let store = Store::open(&path).unwrap();
    assert_eq!(names(&store).len(), 2);
    drop(store);

    // A backup of the encrypted file restores, with the same passphrase.
    backup::restore_named(&path, &first).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(names(&store), [SIGNER]);
}

#[test]
fn decrypting_and_changing_the_passphrase_take_the_backups_along() {
    let (_dir, path) = temp_db();
    seeded(&path);
    let first = Passphrase::new("first long passphrase");
    let second = Passphrase::new("second long passphrase");
    encryption::encrypt(&path, &first).unwrap();
    assert!(matches!(
        encryption::encrypt(&path, &second),
        Err(StoreError::AlreadyEncrypted { .. })
    ));
    assert!(matches!(
        encryption::change_passphrase(&path, &Passphrase::new("not the passphrase"), &second),
        Err(StoreError::WrongPassphrase { .. })
    ));
    let changed = encryption::change_passphrase(&path, &first, &second).unwrap();
    assert_eq!(changed.backups, 1);
    key::forget(&path);
    key::unlock(&path, first.clone());
    assert!(
        Store::open(&path).is_err(),
        "the old passphrase opens nothing"
    );
    key::unlock(&path, second.clone());
    drop(Store::open(&path).unwrap());

    let plain = encryption::decrypt(&path, &second).unwrap();
    assert!(!plain.encrypted);
    assert_eq!(plain.backups, 1);
    key::forget(&path);
    let store = Store::open(&path).unwrap();
    assert_eq!(names(&store), [SIGNER]);
    drop(store);
    // Plain again: the file and its backup name the signer.
    for file in files_of(&path) {
        if !file.to_string_lossy().ends_with("-wal") && !file.to_string_lossy().ends_with("-shm") {
            assert!(readable_in(&file, SIGNER), "{}", file.display());
        }
    }
    assert!(matches!(
        encryption::decrypt(&path, &second).map(|c| c.encrypted),
        Ok(false)
    ));
    assert!(matches!(
        encryption::change_passphrase(&path, &second, &first),
        Err(StoreError::NotEncrypted { .. })
    ));
    assert!(matches!(
        encryption::encrypt(&path, &Passphrase::new("short")),
        Err(StoreError::WeakPassphrase { .. })
    ));
}

#[test]
fn a_database_open_elsewhere_is_not_converted_under_it() {
    let (_dir, path) = temp_db();
    seeded(&path);
    // Another program's connection, held open.
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    let refused = encryption::encrypt(&path, &Passphrase::new("a long passphrase")).err();
    assert!(
        matches!(refused, Some(StoreError::InUse { .. })),
        "{refused:?}"
    );
    drop(other);
    key::forget(&path);
    let store = Store::open(&path).unwrap();
    assert_eq!(names(&store), [SIGNER]);
}

#[test]
fn readers_and_the_change_watcher_work_on_an_encrypted_file() {
    let (_dir, path) = temp_db();
    seeded(&path);
    let passphrase = Passphrase::new("watched long passphrase");
    encryption::encrypt(&path, &passphrase).unwrap();
    let ours = Store::open(&path).unwrap();
    let mut watcher = ours.watcher().unwrap().expect("a file is watched");
    let readers = ours.readers().expect("a file has readers");
    // Another program (a second store, as the command line would be) writes.
    let mut other = Store::open(&path).unwrap();
    actions::contacts::create_organization(
        &mut other,
        &OrganizationInput {
            name: LATER.into(),
            ..Default::default()
        },
    )
    .unwrap();
    let change = watcher.poll(Some(ours.conn())).unwrap();
    assert!(
        matches!(&change, Some(undersigned_core::store::DatabaseChange::Changed { areas }) if !areas.is_empty()),
        "{change:?}"
    );
    let seen: i64 = readers
        .read(|conn| {
            conn.query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
                .map_err(StoreError::from)
        })
        .unwrap();
    assert_eq!(seen, 2);
    for file in files_of(&path) {
        assert!(!readable_in(&file, LATER), "{}", file.display());
    }
}
