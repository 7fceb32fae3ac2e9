//! Noticing that another program (the command line, a second window, a
//! newer version of Undersigned) changed the file, and which part of the
//! data it changed, so the window can show it without a click, and stop
//! writing if the schema moved past it.
//!
//! Which part changed is read from the rows themselves, per table (how many,
//! the highest rowid, the latest `updated_at` and a sum over the
//! `updated_at` times), so every writer is seen, whatever program it is,
//! and writes cost nothing extra: the rows are only looked at after a
//! commit by someone else.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::opening::file_uri;
use super::{BUSY_TIMEOUT, Connection, SCHEMA_VERSION, StoreError, current_version};

/// A part of the data that the window shows in its own places, so a change
/// says which of them to read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Statements: their titles, details, status and text.
    Statements,
    /// The saved versions of statements' texts.
    Revisions,
    /// Sign-ons and their log.
    Signatories,
    /// Invitations, their log and the message templates.
    Invitations,
    /// The log of exports.
    Exports,
    /// Organizations, people, tags, merges and the pairs that are not duplicates.
    Contacts,
    /// The organization's settings and signing keys.
    Settings,
    /// The backup files beside the database (not rows: files in a folder).
    Backups,
}

/// Which table belongs to which area. A table the schema gains must be
/// added here (a test says so); until then its changes go unreported.
const TABLES: &[(&str, Area)] = &[
    ("statements", Area::Statements),
    ("statement_revisions", Area::Revisions),
    ("endorsements", Area::Signatories),
    ("endorsement_events", Area::Signatories),
    ("invitations", Area::Invitations),
    ("invitation_events", Area::Invitations),
    ("message_templates", Area::Invitations),
    ("exports", Area::Exports),
    ("organizations", Area::Contacts),
    ("people", Area::Contacts),
    ("tags", Area::Contacts),
    ("organization_tags", Area::Contacts),
    ("person_tags", Area::Contacts),
    ("contact_merges", Area::Contacts),
    ("not_duplicates", Area::Contacts),
    ("settings", Area::Settings),
    ("signing_keys", Area::Settings),
];

/// Tables that belong to no area: bookkeeping of the file itself, and
/// sharing's (what a sync applies shows as changes to the tables it
/// writes; the sharing panel reads its own state as it shows). The contact
/// search index, `contact_search*`, follows the contacts.
#[cfg(test)]
const UNWATCHED: &[&str] = &[
    "schema_migrations",
    "local_state",
    "share_outbox",
    "share_stamps",
    "share_gone",
    "share_devices",
    "share_conflicts",
    "share_set_aside",
];

/// What changed in the file since the last look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DatabaseChange {
    /// Rows in these areas changed: what shows them should be read again.
    Changed { areas: Vec<Area> },
    /// A newer version of Undersigned upgraded the file while it was open:
    /// this version must stop writing to it.
    #[serde(rename_all = "camelCase")]
    NewerSchema { found: u32, supported: u32 },
}

/// What a table looked like: its count, highest rowid, latest `updated_at`
/// and the sum of the `updated_at` minutes, seconds and milliseconds. An
/// insert moves the first two, a delete the count, an update the time
/// (and the sum, even when the clock went back or two writes shared a
/// millisecond at the latest time).
#[derive(Debug, Clone, PartialEq)]
struct TableMark(i64, Option<i64>, Option<String>, f64);

/// What a backup file looked like: its name, size and time.
type FileMark = (std::ffi::OsString, u64, Option<std::time::SystemTime>);

/// Looks at `PRAGMA data_version` on a connection of its own (the number
/// moves whenever any other connection commits) and, when it moves, at the
/// tables, to say which areas changed.
#[derive(Debug)]
pub struct ChangeWatcher {
    conn: Connection,
    seen: i64,
    /// `data_version` on this program's own writer at the last look: it
    /// moves only for commits by other connections.
    writer_seen: Option<i64>,
    tables: Vec<(&'static str, Area)>,
    marks: BTreeMap<&'static str, TableMark>,
    backups: Option<PathBuf>,
    backup_files: Vec<FileMark>,
}

impl ChangeWatcher {
    /// Watches the database file at `path`, which must already be open
    /// (and so checked and migrated) elsewhere, and its backups folder.
    /// `writer` is the connection this program writes through, when it is
    /// free at this moment (see [`ChangeWatcher::poll`]).
    pub fn open(path: &Path, writer: Option<&Connection>) -> Result<ChangeWatcher, StoreError> {
        // Read first, so another program's commit from here on moves it.
        let writer_seen = writer.map(data_version).transpose()?;
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
            | rusqlite::OpenFlags::SQLITE_OPEN_URI
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(file_uri(path, "mode=ro"), flags)?;
        crate::store::key::apply(&conn, path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let seen = data_version(&conn)?;
        let tables = watched_tables(&conn)?;
        let marks = read_marks(&conn, &tables)?;
        let backups = crate::store::backup::folder_for(path);
        let backup_files = folder_marks(&backups);
        Ok(ChangeWatcher {
            conn,
            seen,
            writer_seen,
            tables,
            marks,
            backups: Some(backups),
            backup_files,
        })
    }

    /// What changed since the last call; `None` when nothing did.
    ///
    /// `writer` is the connection this program itself writes through, when
    /// it is free at this moment: commits made only on it are this
    /// program's own, which it already shows, and are not reported. Without
    /// it every commit counts as another program's. Areas changed by this
    /// program between two commits of another are reported with them.
    pub fn poll(
        &mut self,
        writer: Option<&Connection>,
    ) -> Result<Option<DatabaseChange>, StoreError> {
        let mut areas = Vec::new();
        if let Some(folder) = &self.backups {
            let files = folder_marks(folder);
            if files != self.backup_files {
                self.backup_files = files;
                areas.push(Area::Backups);
            }
        }
        let now = data_version(&self.conn)?;
        if now != self.seen {
            let found = current_version(&self.conn)?;
            if found > SCHEMA_VERSION {
                self.seen = now;
                return Ok(Some(DatabaseChange::NewerSchema {
                    found,
                    supported: SCHEMA_VERSION,
                }));
            }
            let others = match writer {
                Some(writer) => {
                    let theirs = data_version(writer)?;
                    let moved = self.writer_seen != Some(theirs);
                    self.writer_seen = Some(theirs);
                    moved
                }
                None => true,
            };
            self.seen = now;
            if others {
                let marks = read_marks(&self.conn, &self.tables)?;
                for (table, area) in &self.tables {
                    if marks.get(table) != self.marks.get(table) && !areas.contains(area) {
                        areas.push(*area);
                    }
                }
                self.marks = marks;
            }
        }
        if areas.is_empty() {
            return Ok(None);
        }
        areas.sort();
        Ok(Some(DatabaseChange::Changed { areas }))
    }
}

fn data_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA data_version", [], |row| row.get(0))?)
}

/// The tables of [`TABLES`] this file has (an older or newer schema may lack one).
fn watched_tables(conn: &Connection) -> Result<Vec<(&'static str, Area)>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1")?;
    let mut tables = Vec::new();
    for &(table, area) in TABLES {
        if stmt.query_row([table], |row| row.get::<_, bool>(0))? {
            tables.push((table, area));
        }
    }
    Ok(tables)
}

/// All tables' marks, read by one statement so they agree with each other.
fn read_marks(
    conn: &Connection,
    tables: &[(&'static str, Area)],
) -> Result<BTreeMap<&'static str, TableMark>, StoreError> {
    if tables.is_empty() {
        return Ok(BTreeMap::new());
    }
    // The names come from TABLES above, never from input.
    let sql = tables
        .iter()
        .enumerate()
        .map(|(i, (table, _))| {
            format!(
                "SELECT {i}, count(*), max(rowid), max(updated_at),
                        total(substr(updated_at, 15, 2) * 60000 + substr(updated_at, 18, 6) * 1000)
                   FROM \"{table}\""
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([])?;
    let mut marks = BTreeMap::new();
    while let Some(row) = rows.next()? {
        let i: i64 = row.get(0)?;
        let mark = TableMark(row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?);
        if let Some((table, _)) = usize::try_from(i).ok().and_then(|i| tables.get(i)) {
            marks.insert(*table, mark);
        }
    }
    Ok(marks)
}

/// The files in `folder`, in name order; none when there is no such folder.
fn folder_marks(folder: &Path) -> Vec<FileMark> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<FileMark> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            Some((entry.file_name(), meta.len(), meta.modified().ok()))
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn every_table_belongs_to_an_area_or_is_bookkeeping() -> Result<(), StoreError> {
        let store = Store::open_in_memory()?;
        let mut stmt = store.conn().prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search%'",
        )?;
        let tables = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        for table in &tables {
            assert!(
                TABLES.iter().any(|(t, _)| t == table) || UNWATCHED.contains(&table.as_str()),
                "table {table} belongs to no area: add it to TABLES in store/watch.rs"
            );
        }
        for (table, _) in TABLES {
            assert!(
                tables.iter().any(|t| t == table),
                "TABLES names {table}, which the schema does not have"
            );
        }
        Ok(())
    }

    #[test]
    fn an_update_at_an_earlier_time_and_a_purge_still_move_the_mark() -> Result<(), StoreError> {
        let store = Store::open_in_memory()?;
        let conn = store.conn();
        conn.execute_batch(
            "CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, updated_at TEXT NOT NULL);
             INSERT INTO sample (updated_at) VALUES
                ('2026-12-02T10:00:00.000Z'), ('2026-12-02T11:00:00.000Z');",
        )?;
        let sample = [("sample", Area::Statements)];
        let read = |conn: &Connection| read_marks(conn, &sample).map(|mut m| m.remove("sample"));
        let before = read(conn)?;
        // A clock set back: the first row's new time is still before the latest.
        conn.execute(
            "UPDATE sample SET updated_at = '2026-12-02T10:30:12.345Z' WHERE id = 1",
            [],
        )?;
        let after = read(conn)?;
        let (Some(before), Some(after)) = (before, after) else {
            panic!("the sample table has a mark");
        };
        assert_eq!(before.2, after.2, "the latest time did not move");
        assert_ne!(before, after);

        // A purge: a row gone for good, whatever its time.
        conn.execute("DELETE FROM sample WHERE id = 1", [])?;
        let purged = read(conn)?;
        assert!(purged.is_some_and(|purged| purged != after));
        Ok(())
    }
}
