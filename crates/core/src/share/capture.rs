//! Capture: every write to a shared table is recorded in `share_outbox` by
//! triggers, in the transaction of the write, whichever connection or
//! program made it. The triggers exist only while the file is shared, and
//! stay quiet while sync applies other organizers' changes (the
//! `share.applying` mark, set and removed inside that transaction).
//!
//! Why triggers rather than SQLite's session extension: a trigger records
//! a write in its own transaction with nothing to forget (a session must be
//! attached to every connection that writes and read out before each
//! commit), and the session's record of a delete carries the whole deleted
//! row, which for a purge is exactly the signer's data that must not travel.
//! Deletes here record the row's id alone.

use rusqlite::Connection;

/// The tables whose rows are shared, parents before their children (the
/// order a purge's deletes are applied in). Everything else is this
/// copy's own: settings, signing keys, the export and backup logs, the
/// search index, sharing's bookkeeping.
pub(crate) const SHARED: &[&str] = &[
    "statements",
    "organizations",
    "tags",
    "people",
    "statement_revisions",
    "contact_merges",
    "message_templates",
    "not_duplicates",
    "endorsements",
    "organization_tags",
    "person_tags",
    "invitations",
    "endorsement_events",
    "invitation_events",
];

/// Tables of this copy alone, named so that a new table has to be placed
/// on one side or the other (a test holds every table to one list).
#[cfg(test)]
pub(crate) const LOCAL: &[&str] = &[
    "schema_migrations",
    "settings",
    "local_state",
    "signing_keys",
    "exports",
    "contact_search_keys",
    "share_outbox",
    "share_stamps",
    "share_gone",
    "share_devices",
    "share_conflicts",
    "share_set_aside",
];

/// Where a parent comes in `SHARED` (deletes run parents first).
pub(crate) fn rank(table: &str) -> usize {
    SHARED
        .iter()
        .position(|t| *t == table)
        .unwrap_or(SHARED.len())
}

pub(crate) const APPLYING: &str = "share.applying";

/// One shared table's columns and which of them hold bytes (written as hex).
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    pub names: Vec<String>,
    pub blobs: Vec<bool>,
    pub not_null: Vec<bool>,
}

pub(crate) fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Columns> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, upper(type) = 'BLOB', \"notnull\" FROM pragma_table_info(?1)",
    )?;
    let mut cols = Columns {
        names: Vec::new(),
        blobs: Vec::new(),
        not_null: Vec::new(),
    };
    let rows = stmt.query_map([table], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, bool>(1)?,
            r.get::<_, bool>(2)?,
        ))
    })?;
    for row in rows {
        let (name, blob, not_null) = row?;
        cols.names.push(name);
        cols.blobs.push(blob);
        cols.not_null.push(not_null);
    }
    Ok(cols)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `json_object('a', ROW.a, 'k', hex(ROW.k), …)` for one table's row.
pub(crate) fn row_json(cols: &Columns, row: &str) -> String {
    let parts: Vec<String> = cols
        .names
        .iter()
        .zip(&cols.blobs)
        .map(|(name, blob)| {
            let value = format!("{row}.{}", quoted(name));
            let value = if *blob {
                format!("hex({value})")
            } else {
                value
            };
            format!("'{}', {value}", name.replace('\'', "''"))
        })
        .collect();
    format!("json_object({})", parts.join(", "))
}

/// Now, in milliseconds since 1970, as SQL (a write's time in the outbox).
pub(crate) const NOW_MS: &str = "CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)";
const QUIET: &str = "NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'share.applying')";

fn trigger_sql(table: &str, cols: &Columns) -> String {
    let t = table.replace('\'', "''");
    let q = quoted(table);
    let changed_any: Vec<String> = cols
        .names
        .iter()
        .map(|c| format!("OLD.{0} IS NOT NEW.{0}", quoted(c)))
        .collect();
    let changed_list: Vec<String> = cols
        .names
        .iter()
        .map(|c| {
            format!(
                "CASE WHEN OLD.{0} IS NOT NEW.{0} THEN '{1}' END",
                quoted(c),
                c.replace('\'', "''")
            )
        })
        .collect();
    format!(
        "CREATE TRIGGER IF NOT EXISTS share_put_{table} AFTER INSERT ON {q}
         BEGIN
             DELETE FROM share_gone WHERE tbl = '{t}' AND row_id = NEW.id;
             INSERT INTO share_outbox (tbl, row_id, op, cols, changed, at_ms)
             SELECT '{t}', NEW.id, 'put', {new}, NULL, {NOW_MS} WHERE {QUIET};
         END;
         CREATE TRIGGER IF NOT EXISTS share_change_{table} AFTER UPDATE ON {q}
         WHEN {QUIET} AND ({any})
         BEGIN
             INSERT INTO share_outbox (tbl, row_id, op, cols, changed, at_ms)
             VALUES ('{t}', NEW.id, 'put', {new}, json_array({list}), {NOW_MS});
         END;
         CREATE TRIGGER IF NOT EXISTS share_delete_{table} AFTER DELETE ON {q}
         BEGIN
             INSERT OR IGNORE INTO share_gone (tbl, row_id) VALUES ('{t}', OLD.id);
             INSERT INTO share_outbox (tbl, row_id, op, cols, changed, at_ms)
             SELECT '{t}', OLD.id, 'del', NULL, NULL, {NOW_MS} WHERE {QUIET};
         END;",
        new = row_json(cols, "NEW"),
        any = changed_any.join(" OR "),
        list = changed_list.join(", "),
    )
}

/// Creates the capture triggers (again, after a migration rebuilt a table).
/// A migration that adds a column drops nothing, so triggers of a table
/// whose columns changed are made again from its columns.
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    remove(conn)?;
    for table in SHARED {
        let cols = columns(conn, table)?;
        conn.execute_batch(&trigger_sql(table, &cols))?;
    }
    Ok(())
}

pub(crate) fn remove(conn: &Connection) -> rusqlite::Result<()> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger'
               AND (name LIKE 'share\\_put\\_%' ESCAPE '\\'
                 OR name LIKE 'share\\_change\\_%' ESCAPE '\\'
                 OR name LIKE 'share\\_delete\\_%' ESCAPE '\\')",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for name in names {
        conn.execute_batch(&format!("DROP TRIGGER {}", quoted(&name)))?;
    }
    Ok(())
}

/// Whether every shared table has its three triggers.
#[cfg(test)]
pub(crate) fn installed(conn: &Connection) -> rusqlite::Result<bool> {
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'
           AND (name LIKE 'share\\_put\\_%' ESCAPE '\\'
             OR name LIKE 'share\\_change\\_%' ESCAPE '\\'
             OR name LIKE 'share\\_delete\\_%' ESCAPE '\\')",
        [],
        |r| r.get(0),
    )?;
    Ok(count as usize == SHARED.len() * 3)
}

/// Records every row already in the file as written now: what a share
/// starts from, and what a joining organizer brings.
pub(crate) fn snapshot(conn: &Connection) -> rusqlite::Result<usize> {
    let mut total = 0;
    for table in SHARED {
        let cols = columns(conn, table)?;
        total += conn.execute(
            &format!(
                "INSERT INTO share_outbox (tbl, row_id, op, cols, changed, at_ms)
                 SELECT '{t}', r.id, 'put', {json}, NULL, {NOW_MS} FROM {q} AS r ORDER BY r.id",
                t = table.replace('\'', "''"),
                json = row_json(&cols, "r"),
                q = quoted(table),
            ),
            [],
        )?;
    }
    Ok(total)
}
