//! Schema migrations and the checks that go with them.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, StoreError};

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
    let too_new = |found| StoreError::TooNew {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA_VERSION,
    };
    let seen = current_version(conn).map_err(|e| reclassify(e, path))?;
    if seen > SCHEMA_VERSION {
        return Err(too_new(seen));
    }
    if seen == SCHEMA_VERSION {
        return Ok(());
    }

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
    if from > SCHEMA_VERSION {
        return Err(too_new(from));
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version > from) {
        let failed = |source| StoreError::Migration {
            version: migration.version,
            name: migration.name,
            source,
        };
        tx.execute_batch(migration.sql).map_err(failed)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (migration.version, migration.name),
        )
        .map_err(failed)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

pub(super) fn reclassify(err: StoreError, path: &Path) -> StoreError {
    match err {
        StoreError::Sqlite(e) => StoreError::classify(e, path),
        other => other,
    }
}
