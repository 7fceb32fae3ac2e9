//! The review list: edits of a statement's title or text made on two
//! computers without either seeing the other's, and rows two organizers
//! both created where one is allowed. Merging records them (`record`);
//! a later edit made after seeing them settles them (`settle`), and so
//! does the organizer choosing a side (`resolve`), written as an edit so
//! that every computer follows.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value as Json;
use ts_rs::TS;

use super::apply::to_sql;
use super::capture;
use super::{ShareError, Store};
use crate::store::clock;

/// Columns whose concurrent edits go to the review list.
pub(crate) const REVIEWED: &[(&str, &str)] = &[
    ("statements", "title"),
    ("statements", "subtitle"),
    ("statements", "body"),
];

/// The two sides of what met: the values (or, for a duplicate, the rows'
/// ids) and the devices that wrote them.
pub(crate) struct Sides<'a> {
    pub kept: &'a Json,
    pub other: &'a Json,
    pub kept_by: &'a str,
    pub other_by: &'a str,
}

/// Lists a meeting for review; the same meeting is listed once, whichever
/// file brought it.
pub(crate) fn record(
    tx: &Connection,
    kind: &str,
    table: &str,
    id: &str,
    col: &str,
    sides: &Sides<'_>,
    now: &str,
) -> rusqlite::Result<()> {
    let (kept, other) = (sides.kept.to_string(), sides.other.to_string());
    let exists: bool = tx
        .prepare_cached(
            "SELECT count(*) > 0 FROM share_conflicts WHERE kind = ?1 AND tbl = ?2 AND row_id = ?3
               AND col = ?4 AND kept IS ?5 AND other IS ?6",
        )?
        .query_row(rusqlite::params![kind, table, id, col, kept, other], |r| {
            r.get(0)
        })?;
    if exists {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO share_conflicts (id, kind, tbl, row_id, col, kept, other, kept_by, other_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(rusqlite::params![
        clock::new_id(),
        kind,
        table,
        id,
        col,
        kept,
        other,
        sides.kept_by,
        sides.other_by,
        now
    ])?;
    Ok(())
}

/// A write made after seeing a reviewed column's value (here, or on a
/// computer that had seen both sides) settles the review of its conflict:
/// someone chose what it holds now.
pub(crate) fn settle<'a>(
    tx: &Connection,
    table: &str,
    id: &str,
    cols: impl IntoIterator<Item = &'a String>,
) -> Result<(), ShareError> {
    for col in cols {
        if REVIEWED.contains(&(table, col.as_str())) {
            tx.prepare_cached(
                "UPDATE share_conflicts SET resolved_at = ?4
                  WHERE resolved_at IS NULL AND kind = 'concurrent' AND tbl = ?1 AND row_id = ?2 AND col = ?3",
            )?
            .execute([table, id, col.as_str(), &clock::now(tx)?])?;
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Two organizers changed the same field without seeing each other's change.
    Concurrent,
    /// Two organizers created what may exist once; the newer was set aside.
    Duplicate,
}

/// One conflict to review.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub id: String,
    pub kind: ConflictKind,
    pub table: String,
    pub row_id: String,
    pub column: String,
    /// What the row holds now (concurrent), or the id of the row kept.
    pub kept: String,
    /// What was not kept (concurrent), or the id of the row set aside.
    pub other: String,
    /// Names of the devices that wrote each.
    pub kept_by: String,
    pub other_by: String,
    /// Whether this computer wrote each.
    pub kept_here: bool,
    pub other_here: bool,
    /// What the row is, for people: a statement's title, a tag's name.
    pub about: String,
    pub found_at: String,
}

fn text_of(json: &str) -> String {
    match serde_json::from_str::<Json>(json) {
        Ok(Json::String(s)) => s,
        Ok(Json::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

/// The conflicts not yet resolved, oldest first.
pub fn conflicts(conn: &Connection) -> Result<Vec<Conflict>, ShareError> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.kind, c.tbl, c.row_id, c.col, c.kept, c.other,
                coalesce(k.name, c.kept_by), coalesce(o.name, c.other_by), c.created_at,
                coalesce((SELECT title FROM statements WHERE id = c.row_id),
                         (SELECT name FROM tags WHERE id = c.row_id),
                         (SELECT printed_name FROM endorsements WHERE id = c.row_id), ''),
                c.kept_by = coalesce((SELECT value FROM local_state WHERE key = 'share.device'), ''),
                c.other_by = coalesce((SELECT value FROM local_state WHERE key = 'share.device'), ''),
                CASE c.col WHEN 'title' THEN (SELECT json_quote(title) FROM statements WHERE id = c.row_id)
                           WHEN 'subtitle' THEN (SELECT json_quote(subtitle) FROM statements WHERE id = c.row_id)
                           WHEN 'body' THEN (SELECT json_quote(body) FROM statements WHERE id = c.row_id)
                END
           FROM share_conflicts c
           LEFT JOIN share_devices k ON k.device = c.kept_by
           LEFT JOIN share_devices o ON o.device = c.other_by
          WHERE c.resolved_at IS NULL
          ORDER BY c.created_at, c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Conflict {
            id: r.get(0)?,
            kind: if r.get::<_, String>(1)? == "duplicate" {
                ConflictKind::Duplicate
            } else {
                ConflictKind::Concurrent
            },
            table: r.get(2)?,
            row_id: r.get(3)?,
            column: r.get(4)?,
            // What the row holds now, whoever wrote it last.
            kept: text_of(
                &r.get::<_, Option<String>>(13)?
                    .or(r.get::<_, Option<String>>(5)?)
                    .unwrap_or_default(),
            ),
            other: text_of(&r.get::<_, Option<String>>(6)?.unwrap_or_default()),
            kept_by: r.get(7)?,
            other_by: r.get(8)?,
            found_at: r.get(9)?,
            about: r.get(10)?,
            kept_here: r.get(11)?,
            other_here: r.get(12)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// What the row holds now.
    Kept,
    /// The other value: written again now, as this organizer's edit, so it
    /// reaches every copy.
    Other,
}

/// Settles a conflict. Keeping the other value of a concurrent edit writes
/// it as a new edit; a duplicate is only acknowledged.
pub fn resolve(store: &mut Store, id: &str, keep: Keep) -> Result<(), ShareError> {
    store.with_tx(|tx| -> Result<(), ShareError> {
        let found: Option<(String, String, String, String, Option<String>)> = tx
            .query_row(
                "SELECT kind, tbl, row_id, col, other FROM share_conflicts WHERE id = ?1 AND resolved_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((kind, table, row_id, col, other)) = found else {
            return Err(ShareError::NoConflict { id: id.to_string() });
        };
        if kind == "concurrent" && REVIEWED.contains(&(table.as_str(), col.as_str())) {
            if keep == Keep::Other {
                let value = serde_json::from_str::<Json>(&other.unwrap_or_default()).unwrap_or(Json::Null);
                tx.execute(
                    &format!(
                        "UPDATE \"{table}\" SET \"{col}\" = ?2, updated_at = ?3 WHERE id = ?1"
                    ),
                    rusqlite::params![row_id, to_sql(&value, false), clock::now(tx)?],
                )?;
            } else {
                // Keeping what is there is a choice too: written again as
                // this organizer's edit, it settles the review everywhere.
                tx.execute(
                    &format!(
                        "INSERT INTO share_outbox (tbl, row_id, op, cols, changed, at_ms)
                         SELECT ?1, id, 'put', json_object(?2, \"{col}\"), json_array(?2), {now_ms}
                           FROM \"{table}\" WHERE id = ?3",
                        now_ms = capture::NOW_MS
                    ),
                    rusqlite::params![table, col, row_id],
                )?;
            }
        }
        tx.execute(
            "UPDATE share_conflicts SET resolved_at = ?2 WHERE id = ?1",
            [id, &clock::now(tx)?],
        )?;
        Ok(())
    })
}
