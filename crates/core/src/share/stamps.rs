//! The stamp of the last write of each column of each shared row
//! (`share_stamps`), read and written a row at a time and kept for a run.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value as Json};

/// Column stamps read and written a row at a time, kept for the run.
pub(crate) struct Stamps {
    rows: HashMap<(String, String), Option<Map<String, Json>>>,
    dirty: BTreeSet<(String, String)>,
}

impl Stamps {
    pub(crate) fn new() -> Stamps {
        Stamps {
            rows: HashMap::new(),
            dirty: BTreeSet::new(),
        }
    }

    fn row(
        &mut self,
        conn: &Connection,
        table: &str,
        id: &str,
    ) -> rusqlite::Result<&mut Option<Map<String, Json>>> {
        let key = (table.to_string(), id.to_string());
        let entry = match self.rows.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let text: Option<String> = conn
                    .prepare_cached(
                        "SELECT stamps FROM share_stamps WHERE tbl = ?1 AND row_id = ?2",
                    )?
                    .query_row([table, id], |r| r.get(0))
                    .optional()?;
                e.insert(text.and_then(|t| match serde_json::from_str(&t) {
                    Ok(Json::Object(m)) => Some(m),
                    _ => None,
                }))
            }
        };
        Ok(entry)
    }

    pub(crate) fn get(
        &mut self,
        conn: &Connection,
        table: &str,
        id: &str,
        col: &str,
    ) -> rusqlite::Result<Option<String>> {
        Ok(self
            .row(conn, table, id)?
            .as_ref()
            .and_then(|m| m.get(col))
            .and_then(|v| v.as_str().map(str::to_string)))
    }

    pub(crate) fn set<'a>(
        &mut self,
        conn: &Connection,
        table: &str,
        id: &str,
        cols: impl IntoIterator<Item = &'a String>,
        stamp: &str,
    ) -> rusqlite::Result<()> {
        let row = self.row(conn, table, id)?;
        let map = row.get_or_insert_with(Map::new);
        for col in cols {
            map.insert(col.clone(), Json::String(stamp.to_string()));
        }
        self.dirty.insert((table.to_string(), id.to_string()));
        Ok(())
    }

    pub(crate) fn forget(
        &mut self,
        conn: &Connection,
        table: &str,
        id: &str,
    ) -> rusqlite::Result<()> {
        *self.row(conn, table, id)? = None;
        self.dirty.insert((table.to_string(), id.to_string()));
        Ok(())
    }

    pub(crate) fn write(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        for key in std::mem::take(&mut self.dirty) {
            match self.rows.get(&key).and_then(|m| m.as_ref()) {
                Some(map) => {
                    conn.prepare_cached(
                        "INSERT INTO share_stamps (tbl, row_id, stamps) VALUES (?1, ?2, ?3)
                         ON CONFLICT (tbl, row_id) DO UPDATE SET stamps = excluded.stamps",
                    )?
                    .execute(rusqlite::params![
                        key.0,
                        key.1,
                        Json::Object(map.clone()).to_string()
                    ])?;
                }
                None => {
                    conn.prepare_cached("DELETE FROM share_stamps WHERE tbl = ?1 AND row_id = ?2")?
                        .execute([&key.0, &key.1])?;
                }
            }
        }
        Ok(())
    }
}
