//! Schema migrations and the checks that go with them.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

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
        return Ok(());
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
            "INSERT INTO schema_migrations (version, name, applied_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (migration.version, migration.name),
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
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", newest)?;
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
