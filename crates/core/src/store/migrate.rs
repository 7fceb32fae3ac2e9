//! Schema migrations and the checks that go with them.
//!
//! A step is SQL embedded at compile time, optionally followed by a Rust
//! function (`Migration::then`) run in the same transaction, for what SQL
//! cannot compute: name and sort keys, search entries (see `backfill`).
//! Every pending step runs in one transaction, with foreign keys checked
//! before it commits. Each applied step is recorded with the SHA-256 of its
//! SQL, and a file whose recorded step differs from this build's is refused
//! (`MigrationChanged`). A released step is never edited, its Rust half
//! included: a new backfill, or a rule that changed, is a new step.
//!
//! Why our own runner rather than a crate: opening must check the file's
//! `application_id` read-only before anything writes, and copy it aside
//! before an upgrade (`opening`), both around the migration, not in it;
//! the crates leave those to us either way. What decides is the rest.
//! `rusqlite_migration` keeps the version in `user_version` alone, so it
//! has nothing to hold a checksum and cannot notice an edited step; its
//! hooks and foreign-key check we have already. `refinery` keeps checksums
//! in a table of its own, but its Rust migrations only return SQL text, so
//! a backfill written with core's functions cannot be a step; and it
//! cannot turn foreign keys off around a step that rebuilds a table. Both
//! would mean a second version table beside the `schema_migrations` that
//! files already out there hold. So: our runner, with checksums.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::{APPLICATION_ID, MIGRATIONS, Migration, StoreError};

pub(super) fn quick_check(conn: &Connection) -> Result<(), StoreError> {
    let mut stmt = conn.prepare("PRAGMA quick_check(5)")?;
    let findings = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    if findings.len() == 1 && findings[0] == "ok" {
        return Ok(());
    }
    Err(StoreError::Corrupt {
        path: conn.path().map(PathBuf::from).unwrap_or_default(),
        detail: findings.join("; "),
    })
}

pub(super) fn current_version(conn: &Connection) -> Result<u32, StoreError> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
        [],
        |row| row.get(0),
    )?;
    if !has_table {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_migrations",
        [],
        |row| row.get(0),
    )?)
}

pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    apply(conn, path, MIGRATIONS)
}

/// Brings the schema up to the last of `migrations`. Rebuilding a table
/// (new table, copy, drop, rename) needs foreign keys off, which SQLite
/// allows only outside a transaction; so they go off before it and back on
/// after it, and `PRAGMA foreign_key_check` stands in for them before the
/// commit: a migration that would leave a dangling link is rolled back whole.
pub(crate) fn apply(
    conn: &mut Connection,
    path: &Path,
    migrations: &[Migration],
) -> Result<(), StoreError> {
    let newest = migrations.last().map_or(0, |m| m.version);
    let too_new = |found| StoreError::TooNew {
        path: path.to_path_buf(),
        found,
        supported: newest,
    };
    let seen = current_version(conn).map_err(|e| reclassify(e, path))?;
    if seen > newest {
        return Err(too_new(seen));
    }
    if seen == newest {
        return check_recorded(conn, path, migrations);
    }
    conn.pragma_update(None, "foreign_keys", "OFF")
        .map_err(|e| StoreError::classify(e, path))?;
    let result = apply_in_tx(conn, path, migrations, newest);
    let restored = conn.pragma_update(None, "foreign_keys", "ON");
    result?;
    restored.map_err(|e| StoreError::classify(e, path))?;
    Ok(())
}

fn apply_in_tx(
    conn: &mut Connection,
    path: &Path,
    migrations: &[Migration],
    newest: u32,
) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::classify(e, path))?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version     INTEGER PRIMARY KEY NOT NULL,
             name        TEXT NOT NULL,
             applied_at  TEXT NOT NULL
         )",
    )?;
    record_checksums(&tx, path, migrations)?;
    // Another process may have migrated between our look and our lock.
    let from = current_version(&tx)?;
    if from > newest {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: from,
            supported: newest,
        });
    }
    for migration in migrations.iter().filter(|m| m.version > from) {
        let failed = |source| StoreError::Migration {
            version: migration.version,
            name: migration.name,
            source,
        };
        tx.execute_batch(migration.sql).map_err(failed)?;
        if let Some(then) = migration.then {
            then(&tx).map_err(failed)?;
        }
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at, checksum)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?3)",
            (migration.version, migration.name, checksum(migration.sql)),
        )
        .map_err(failed)?;
        if let Some(broken) = first_broken_link(&tx).map_err(failed)? {
            return Err(StoreError::MigrationBrokeLinks {
                version: migration.version,
                name: migration.name,
                detail: broken,
            });
        }
    }
    // A shared file's capture triggers, made again for the tables a step
    // rebuilt or gave a column (sharing's tables exist from step 11).
    if from < newest && from >= 11 {
        crate::share::after_migration(&tx)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", newest)?;
    tx.commit()?;
    Ok(())
}

/// A migration's SQL as applied, by its SHA-256: kept beside it in
/// `schema_migrations`, so a step changed after it was applied is noticed.
pub(crate) fn checksum(sql: &str) -> String {
    Sha256::digest(sql.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn has_checksum_column(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'",
        [],
        |row| row.get(0),
    )
}

/// The first applied step recorded with a checksum other than this build's.
fn changed_step(
    conn: &Connection,
    migrations: &[Migration],
) -> rusqlite::Result<Option<(u32, &'static str)>> {
    for m in migrations {
        let recorded: Option<Option<String>> = conn
            .query_row(
                "SELECT checksum FROM schema_migrations WHERE version = ?1",
                [m.version],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(Some(sum)) = recorded
            && sum != checksum(m.sql)
        {
            return Ok(Some((m.version, m.name)));
        }
    }
    Ok(None)
}

fn changed(path: &Path, (version, name): (u32, &'static str)) -> StoreError {
    StoreError::MigrationChanged {
        path: path.to_path_buf(),
        version,
        name,
    }
}

/// Inside a write transaction: gives `schema_migrations` its checksum
/// column, refuses a step recorded with another checksum, and records this
/// build's for steps applied before checksums were kept.
fn record_checksums(
    tx: &Connection,
    path: &Path,
    migrations: &[Migration],
) -> Result<(), StoreError> {
    if !has_checksum_column(tx)? {
        tx.execute_batch("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT")?;
    }
    if let Some(step) = changed_step(tx, migrations)? {
        return Err(changed(path, step));
    }
    for m in migrations {
        tx.execute(
            "UPDATE schema_migrations SET checksum = ?2 WHERE version = ?1 AND checksum IS NULL",
            (m.version, checksum(m.sql)),
        )?;
    }
    Ok(())
}

/// An up-to-date file: its steps must be this build's; steps applied before
/// checksums were kept get theirs recorded (in a short write of its own).
fn check_recorded(
    conn: &mut Connection,
    path: &Path,
    migrations: &[Migration],
) -> Result<(), StoreError> {
    let complete = has_checksum_column(conn)?
        && conn.query_row(
            "SELECT count(*) = 0 FROM schema_migrations WHERE checksum IS NULL",
            [],
            |row| row.get::<_, bool>(0),
        )?;
    if complete {
        return match changed_step(conn, migrations)? {
            Some(step) => Err(changed(path, step)),
            None => Ok(()),
        };
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::classify(e, path))?;
    record_checksums(&tx, path, migrations)?;
    tx.commit()?;
    Ok(())
}

/// The first row whose foreign key points at nothing, described for a
/// person: "endorsements row 3 → statements".
fn first_broken_link(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = stmt.query([])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let table: String = row.get(0)?;
    let rowid: Option<i64> = row.get(1)?;
    let parent: String = row.get(2)?;
    let at = rowid.map(|r| format!(" row {r}")).unwrap_or_default();
    Ok(Some(format!(
        "{table}{at} points to a missing row of {parent}"
    )))
}

pub(super) fn reclassify(err: StoreError, path: &Path) -> StoreError {
    match err {
        StoreError::Sqlite(e) => StoreError::classify(e, path),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARENTS: Migration = Migration {
        version: 1,
        name: "parents and children",
        sql: "CREATE TABLE parents (id TEXT PRIMARY KEY NOT NULL);
              CREATE TABLE children (id TEXT PRIMARY KEY NOT NULL,
                                     parent_id TEXT NOT NULL REFERENCES parents(id));
              INSERT INTO parents VALUES ('p');
              INSERT INTO children VALUES ('c', 'p');",
        then: None,
    };

    fn fresh() -> (Connection, PathBuf) {
        let mut conn = Connection::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let path = PathBuf::from(":memory:");
        conn.pragma_update(None, "foreign_keys", "ON")
            .unwrap_or_else(|e| panic!("{e}"));
        apply(&mut conn, &path, &[PARENTS]).unwrap_or_else(|e| panic!("{e}"));
        (conn, path)
    }

    fn count(conn: &Connection, table: &str) -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap_or(-1)
    }

    /// The SHA-256 of every released step. A step is never edited once
    /// released (databases out there were set up by it): add a new one.
    const RELEASED: &[(u32, &str)] = &[
        (
            1,
            "63c86ed42b12875d0abd667ece964cc73c3869b959697e4be301979369677b84",
        ),
        (
            2,
            "dcdfcc42ee3355acba0e5b217acd34829ead2bb7ee2147b25f624bf802f815f6",
        ),
        (
            3,
            "5b8c1b8dbc8862f975d973f2d8b5ffc79114d796e1da1e04dbe9939988e64046",
        ),
        (
            4,
            "fcad8b0e7c28703046eb8d955aa189bac166a2ea995079d18ea7be1cfd0ddf35",
        ),
        (
            5,
            "4ef82864832a0eeb353e8cc101aa657b0c64f3cf5774946610c2f86aeaaa668f",
        ),
        (
            6,
            "0bb9f0201fda3fbf81a1bf329bd1469e6228f8abf2e73f80cd2ad0cdd9fa9fb0",
        ),
        (
            7,
            "86d6356abc36fff9fbd5967ec9def37f0643eb3a2bb49daa41306bf068f2027e",
        ),
        (
            8,
            "93877daedac9b775046b43599e625b5caac25b4eb96ace6f4940f23e101df43c",
        ),
        (
            9,
            "99628e4a210b58d99888d04dcf9fcdb9bb47172405116bf6cd05192c142af7a3",
        ),
        (
            10,
            "9af45983f284b0b826964b497f72061909420817c278c7ce3e59f4788c96c7a4",
        ),
    ];

    /// The released steps that end with a Rust function. Its code is not
    /// summed; adding one to a released step, or taking one away, is caught
    /// here (and changing what one does is as wrong as editing the SQL).
    const RELEASED_WITH_RUST: &[u32] = &[5, 7, 8];

    #[test]
    fn released_steps_are_never_edited() {
        for (version, sum) in RELEASED {
            let step = MIGRATIONS
                .iter()
                .find(|m| m.version == *version)
                .unwrap_or_else(|| panic!("step {version} is gone"));
            assert_eq!(
                checksum(step.sql),
                *sum,
                "step {version} ({}) was edited after release: put the change in a new step",
                step.name
            );
            assert_eq!(
                step.then.is_some(),
                RELEASED_WITH_RUST.contains(version),
                "step {version} ({}) gained or lost its Rust half after release: put it in a new step",
                step.name
            );
        }
    }

    fn recorded(conn: &Connection) -> Vec<(u32, Option<String>)> {
        let mut stmt = conn
            .prepare("SELECT version, checksum FROM schema_migrations ORDER BY version")
            .unwrap_or_else(|e| panic!("{e}"));
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<rusqlite::Result<_>>()
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn each_step_is_recorded_with_its_checksum_and_a_changed_one_is_refused() {
        let (mut conn, path) = fresh();
        assert_eq!(recorded(&conn), vec![(1, Some(checksum(PARENTS.sql)))]);
        // Reopened by the same build: fine.
        apply(&mut conn, &path, &[PARENTS]).unwrap_or_else(|e| panic!("{e}"));
        // A build whose step 1 says something else.
        let edited = Migration {
            sql: "CREATE TABLE parents (id TEXT PRIMARY KEY NOT NULL);",
            ..PARENTS
        };
        let err = apply(&mut conn, &path, &[edited]).expect_err("a changed step");
        assert!(
            matches!(err, StoreError::MigrationChanged { version: 1, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("parents and children"), "{err}");
        // And when it has a step 2 to apply, nothing of it is applied.
        let edited = Migration {
            sql: "CREATE TABLE parents (id TEXT PRIMARY KEY NOT NULL);",
            ..PARENTS
        };
        let next = Migration {
            version: 2,
            name: "more",
            sql: "CREATE TABLE more (x);",
            then: None,
        };
        let err = apply(&mut conn, &path, &[edited, next]).expect_err("a changed step");
        assert!(
            matches!(err, StoreError::MigrationChanged { .. }),
            "{err:?}"
        );
        assert_eq!(count(&conn, "sqlite_schema WHERE name = 'more'"), 0);
    }

    #[test]
    fn steps_applied_before_checksums_were_kept_get_theirs() {
        let (mut conn, path) = fresh();
        // As a build before checksums left the table.
        conn.execute_batch("ALTER TABLE schema_migrations DROP COLUMN checksum;")
            .unwrap_or_else(|e| panic!("{e}"));
        apply(&mut conn, &path, &[PARENTS]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(recorded(&conn), vec![(1, Some(checksum(PARENTS.sql)))]);
    }

    #[test]
    fn a_migration_can_rebuild_a_table_that_others_point_to() {
        let (mut conn, path) = fresh();
        let rebuild = Migration {
            version: 2,
            name: "rebuild parents",
            sql: "CREATE TABLE parents_v2 (id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL DEFAULT '');
                  INSERT INTO parents_v2 (id) SELECT id FROM parents;
                  DROP TABLE parents;
                  ALTER TABLE parents_v2 RENAME TO parents;",
            then: None,
        };
        apply(&mut conn, &path, &[PARENTS, rebuild]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(current_version(&conn).ok(), Some(2));
        assert_eq!(
            count(&conn, "children"),
            1,
            "the child row was not cascaded away"
        );
        let fk: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap_or(0);
        assert_eq!(fk, 1, "foreign keys are back on");
    }

    #[test]
    fn a_migration_that_would_leave_a_dangling_link_is_rolled_back_whole() {
        let (mut conn, path) = fresh();
        let breaks = Migration {
            version: 2,
            name: "loses parents",
            sql: "CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL);
                  DELETE FROM parents;",
            then: None,
        };
        let err = apply(&mut conn, &path, &[PARENTS, breaks]).err();
        match err {
            Some(StoreError::MigrationBrokeLinks {
                version, detail, ..
            }) => {
                assert_eq!(version, 2);
                assert!(
                    detail.contains("children") && detail.contains("parents"),
                    "{detail}"
                );
            }
            other => panic!("expected MigrationBrokeLinks, got {other:?}"),
        }
        assert_eq!(current_version(&conn).ok(), Some(1), "still at schema 1");
        assert_eq!(count(&conn, "parents"), 1, "the parent row is back");
        assert_eq!(count(&conn, "notes"), -1, "the new table is gone");
        let fk: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap_or(0);
        assert_eq!(fk, 1, "foreign keys are back on after a failure too");
    }
}
