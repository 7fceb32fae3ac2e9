//! Apply: other devices' changes merged into this copy, column by column.
//!
//! Each column of each row remembers the stamp of its last write
//! (`share_stamps`). A change's column is taken when its stamp is newer,
//! and left when older, so the outcome depends on the set of changes and
//! not on the order they came in: every copy ends the same. Whether two
//! writes were concurrent (neither device had seen the other's) is told by
//! the file's `seen` numbers; a concurrent pair on a statement's title or
//! text is kept in `share_conflicts` for review, whichever won.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::types::Value;
use rusqlite::{Connection, ErrorCode, OptionalExtension, Transaction};
use serde_json::{Map, Value as Json};

use super::capture::{self, APPLYING, Columns};
use super::folder::{Batch, Change, Op};
use super::review::{self, REVIEWED};
pub(crate) use super::stamps::Stamps;
use super::{ShareError, stamp_device, stamp_seq};
use crate::store::clock;
use crate::store::search_index::{self, Indexed};

/// The merge rules for UNIQUE indexes on values two organizers can both
/// create. When two live rows meet on one, the older row (by id: UUID v7
/// ids sort by creation) stays; the newer is set aside: to the trash where
/// the table has one, else removed; either way it is listed for review.
/// A tag set aside passes its links to the one kept.
struct Rule {
    table: &'static str,
    /// Finds the other live row holding the same value: `?1` is the row's
    /// id, the rest its values of `keys` in order.
    keys: &'static [&'static str],
    other: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        table: "tags",
        keys: &["name"],
        other: "SELECT id FROM tags WHERE id <> ?1 AND name = ?2 AND deleted_at IS NULL",
    },
    Rule {
        table: "endorsements",
        keys: &["statement_id", "organization_id"],
        other: "SELECT id FROM endorsements WHERE id <> ?1 AND statement_id = ?2 AND organization_id = ?3
                  AND kind = 'organization' AND deleted_at IS NULL",
    },
    Rule {
        table: "endorsements",
        keys: &["statement_id", "person_id"],
        other: "SELECT id FROM endorsements WHERE id <> ?1 AND statement_id = ?2 AND person_id = ?3
                  AND deleted_at IS NULL",
    },
    Rule {
        table: "invitations",
        keys: &["statement_id", "organization_id"],
        other: "SELECT id FROM invitations WHERE id <> ?1 AND statement_id = ?2 AND organization_id = ?3
                  AND person_id IS NULL AND deleted_at IS NULL",
    },
    Rule {
        table: "invitations",
        keys: &["statement_id", "person_id"],
        other: "SELECT id FROM invitations WHERE id <> ?1 AND statement_id = ?2 AND person_id = ?3
                  AND deleted_at IS NULL",
    },
    Rule {
        table: "message_templates",
        keys: &["statement_id", "purpose"],
        other: "SELECT id FROM message_templates WHERE id <> ?1 AND statement_id = ?2 AND purpose = ?3",
    },
    Rule {
        table: "not_duplicates",
        keys: &["first_id", "second_id"],
        other: "SELECT id FROM not_duplicates WHERE id <> ?1 AND first_id = ?2 AND second_id = ?3",
    },
    Rule {
        table: "organization_tags",
        keys: &["organization_id", "tag_id"],
        other: "SELECT id FROM organization_tags WHERE id <> ?1 AND organization_id = ?2 AND tag_id = ?3",
    },
    Rule {
        table: "person_tags",
        keys: &["person_id", "tag_id"],
        other: "SELECT id FROM person_tags WHERE id <> ?1 AND person_id = ?2 AND tag_id = ?3",
    },
];

/// Tables whose rows are never changed once written: a change to a row
/// they hold already is the same write arriving again.
const APPEND_ONLY: &[&str] = &[
    "statement_revisions",
    "endorsement_events",
    "invitation_events",
];

/// A single-column link to another shared table.
#[derive(Debug, Clone)]
struct Link {
    column: String,
    parent: String,
    set_null: bool,
}

#[derive(Debug, Clone)]
struct Table {
    cols: Columns,
    links: Vec<Link>,
    trash: bool,
}

/// One sync's application of files: what it learnt of the tables, and the
/// contacts whose search entries it must bring in step at the end.
pub(crate) struct Run {
    tables: HashMap<String, Table>,
    stamps: Stamps,
    /// Contacts written (`true`: inserted by this run, no entry yet).
    contacts: BTreeMap<(Indexed, String), bool>,
    tags: BTreeSet<String>,
    now: String,
    /// Applying this device's own files back (after an interrupted sync or
    /// a restore): edits made here since, still in the outbox, are newer
    /// than anything in them and are kept.
    own_pass: bool,
}

fn is_shared(table: &str) -> bool {
    capture::SHARED.contains(&table)
}

impl Run {
    pub(crate) fn new(tx: &Transaction<'_>) -> Result<Run, ShareError> {
        let mut tables = HashMap::new();
        for table in capture::SHARED {
            let cols = capture::columns(tx, table)?;
            let links = tx
                .prepare(
                    "SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list(?1)
                      WHERE id IN (SELECT id FROM pragma_foreign_key_list(?1) GROUP BY id HAVING count(*) = 1)",
                )?
                .query_map([table], |r| {
                    Ok(Link {
                        column: r.get(0)?,
                        parent: r.get(1)?,
                        set_null: r.get::<_, String>(2)? == "SET NULL",
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .filter(|l| is_shared(&l.parent))
                .collect();
            let trash = cols.names.iter().any(|c| c == "deleted_at");
            tables.insert(table.to_string(), Table { cols, links, trash });
        }
        tx.execute(
            "INSERT OR REPLACE INTO local_state (key, value) VALUES (?1, '1')",
            [APPLYING],
        )?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        Ok(Run {
            tables,
            stamps: Stamps::new(),
            contacts: BTreeMap::new(),
            tags: BTreeSet::new(),
            now: clock::now(tx)?,
            own_pass: false,
        })
    }

    pub(crate) fn set_own_pass(&mut self, on: bool) {
        self.own_pass = on;
    }

    /// The columns of a row that edits made here and not yet written to
    /// the folder changed (all of them: the row made or deleted here).
    fn pending(
        tx: &Connection,
        table: &str,
        id: &str,
    ) -> rusqlite::Result<Option<BTreeSet<String>>> {
        let rows: Vec<(String, Option<String>)> = tx
            .prepare_cached("SELECT op, changed FROM share_outbox WHERE tbl = ?1 AND row_id = ?2")?
            .query_map([table, id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut cols = BTreeSet::new();
        for (op, changed) in rows {
            match (
                op.as_str(),
                changed.and_then(|c| serde_json::from_str::<Vec<Option<String>>>(&c).ok()),
            ) {
                ("put", Some(names)) => cols.extend(names.into_iter().flatten()),
                _ => {
                    cols.insert("*".to_string());
                }
            }
        }
        Ok(Some(cols))
    }

    /// Forgets what the run read of column stamps: after a file was rolled
    /// back, or something else wrote them.
    pub(crate) fn forget_unsaved(&mut self) {
        self.stamps = Stamps::new();
    }

    /// Applies one file; returns how many of its changes were applied.
    pub(crate) fn batch(&mut self, tx: &Transaction<'_>, batch: &Batch) -> Result<u64, ShareError> {
        let mut count = 0;
        let mut i = 0;
        while i < batch.changes.len() {
            if batch.changes[i].op == Op::Del {
                // A purge's deletes, parents first: deleting a parent takes
                // its children (and their append-only logs) with it.
                let mut end = i;
                while end < batch.changes.len() && batch.changes[end].op == Op::Del {
                    end += 1;
                }
                let mut run: Vec<&Change> = batch.changes[i..end].iter().collect();
                run.sort_by_key(|c| capture::rank(&c.t));
                for change in run {
                    self.delete(tx, &change.t, &change.id, &change.s)?;
                    count += 1;
                }
                i = end;
                continue;
            }
            if self.put(tx, batch, &batch.changes[i])? {
                count += 1;
            }
            i += 1;
        }
        self.stamps.write(tx)?;
        Ok(count)
    }

    fn gone(tx: &Connection, table: &str, id: &str) -> rusqlite::Result<bool> {
        Ok(gone_stamp(tx, table, id)?.is_some())
    }

    fn note_contact(
        &mut self,
        tx: &Connection,
        table: &str,
        row: &Map<String, Json>,
        fresh: bool,
    ) -> rusqlite::Result<()> {
        let id = row
            .get("id")
            .and_then(Json::as_str)
            .unwrap_or_default()
            .to_string();
        match table {
            "organizations" => {
                let e = self
                    .contacts
                    .entry((Indexed::Organization, id))
                    .or_insert(fresh);
                *e &= fresh;
            }
            "people" => {
                let e = self.contacts.entry((Indexed::Person, id)).or_insert(fresh);
                *e &= fresh;
            }
            "organization_tags" | "person_tags" => {
                let (what, col) = if table == "organization_tags" {
                    (Indexed::Organization, "organization_id")
                } else {
                    (Indexed::Person, "person_id")
                };
                if let Some(contact) = row.get(col).and_then(Json::as_str) {
                    self.contacts
                        .entry((what, contact.to_string()))
                        .or_insert(false);
                }
            }
            "tags" => {
                self.tags.insert(id.clone());
                for (what, link) in [
                    (
                        Indexed::Organization,
                        "SELECT organization_id FROM organization_tags WHERE tag_id = ?1",
                    ),
                    (
                        Indexed::Person,
                        "SELECT person_id FROM person_tags WHERE tag_id = ?1",
                    ),
                ] {
                    let ids: Vec<String> = tx
                        .prepare_cached(link)?
                        .query_map([&id], |r| r.get(0))?
                        .collect::<Result<_, _>>()?;
                    for contact in ids {
                        self.contacts.entry((what, contact)).or_insert(false);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn read_row(
        tx: &Connection,
        table: &str,
        cols: &Columns,
        id: &str,
    ) -> rusqlite::Result<Option<Map<String, Json>>> {
        let text: Option<String> = tx
            .prepare_cached(&format!(
                "SELECT {} FROM \"{table}\" AS r WHERE r.id = ?1",
                capture::row_json(cols, "r")
            ))?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(text.and_then(|t| match serde_json::from_str(&t) {
            Ok(Json::Object(m)) => Some(m),
            _ => None,
        }))
    }

    /// Deletes a row for good, unless it was made again after `stamp`.
    fn delete(
        &mut self,
        tx: &Transaction<'_>,
        table: &str,
        id: &str,
        stamp: &str,
    ) -> Result<(), ShareError> {
        let Some(info) = self.tables.get(table).cloned() else {
            return Ok(());
        };
        if self
            .stamps
            .get(tx, table, id, "")?
            .is_some_and(|made| made.as_str() > stamp)
        {
            return Ok(());
        }
        if self.own_pass && Self::pending(tx, table, id)?.is_some_and(|p| p.contains("*")) {
            return Ok(());
        }
        if let Some(row) = Self::read_row(tx, table, &info.cols, id)? {
            self.note_contact(tx, table, &row, false)?;
            tx.prepare_cached(&format!("DELETE FROM \"{table}\" WHERE id = ?1"))?
                .execute([id])?;
        }
        mark_gone(tx, table, id, stamp)?;
        self.stamps.forget(tx, table, id)?;
        Ok(())
    }

    /// Merges one row's change; `false` when nothing of it was newer.
    fn put(
        &mut self,
        tx: &Transaction<'_>,
        batch: &Batch,
        change: &Change,
    ) -> Result<bool, ShareError> {
        let Some(info) = self.tables.get(&change.t).cloned() else {
            return Ok(false);
        };
        if let Some(gone) = gone_stamp(tx, &change.t, &change.id)? {
            // Deleted for good; only a row made whole again after the
            // deletion comes back.
            if !(change.n && change.s > gone) {
                return Ok(false);
            }
            tx.prepare_cached("DELETE FROM share_gone WHERE tbl = ?1 AND row_id = ?2")?
                .execute([&change.t, &change.id])?;
            self.stamps.forget(tx, &change.t, &change.id)?;
        }
        let existing = Self::read_row(tx, &change.t, &info.cols, &change.id)?;
        if existing.is_some() && APPEND_ONLY.contains(&change.t.as_str()) {
            return Ok(false);
        }
        let pending = if self.own_pass {
            Self::pending(tx, &change.t, &change.id)?
        } else {
            None
        };
        if pending.as_ref().is_some_and(|p| p.contains("*")) {
            return Ok(false);
        }
        let mut taken = Map::new();
        for (col, value) in &change.c {
            if !info.cols.names.iter().any(|n| n == col) || col == "id" {
                continue;
            }
            if pending.as_ref().is_some_and(|p| p.contains(col)) {
                continue;
            }
            let local = self.stamps.get(tx, &change.t, &change.id, col)?;
            let here = existing.as_ref().and_then(|r| r.get(col));
            let newer = local.as_deref().is_none_or(|l| change.s.as_str() > l);
            if let Some(local) = &local
                && local != &change.s
                && REVIEWED.contains(&(change.t.as_str(), col.as_str()))
                && here.is_some_and(|h| h != value)
                && concurrent(local, batch)
            {
                let (kept, other, kept_by, other_by) = if newer {
                    (
                        value.clone(),
                        here.cloned().unwrap_or(Json::Null),
                        change.s.clone(),
                        local.clone(),
                    )
                } else {
                    (
                        here.cloned().unwrap_or(Json::Null),
                        value.clone(),
                        local.clone(),
                        change.s.clone(),
                    )
                };
                self.conflict(
                    tx,
                    "concurrent",
                    &change.t,
                    &change.id,
                    col,
                    &kept,
                    &other,
                    &kept_by,
                    &other_by,
                )?;
            }
            if newer {
                // A later edit made after seeing the current value settles
                // the review of that field: someone chose.
                if let Some(local) = &local
                    && !concurrent(local, batch)
                    && REVIEWED.contains(&(change.t.as_str(), col.as_str()))
                {
                    review::settle(tx, &change.t, &change.id, [col])?;
                }
                taken.insert(col.clone(), value.clone());
            }
        }
        if taken.is_empty() {
            return Ok(false);
        }
        let stamped: Vec<String> = taken.keys().cloned().collect();
        // A link to a row deleted for good: cleared where the schema
        // clears it, else this row goes the way its parent went.
        for link in &info.links {
            let Some(Json::String(parent)) = taken.get(&link.column) else {
                continue;
            };
            if Self::gone(tx, &link.parent, parent)? {
                if link.set_null {
                    taken.insert(link.column.clone(), Json::Null);
                } else {
                    self.delete(tx, &change.t, &change.id, &change.s)?;
                    return Ok(true);
                }
            }
        }
        let mut row = existing.clone().unwrap_or_default();
        for (k, v) in &taken {
            row.insert(k.clone(), v.clone());
        }
        row.insert("id".into(), Json::String(change.id.clone()));
        self.write(
            tx,
            &change.t,
            &info,
            &change.id,
            &change.s,
            existing.is_some(),
            &taken,
            &mut row,
        )?;
        if change.n {
            self.stamps
                .set(tx, &change.t, &change.id, [&String::new()], &change.s)?;
        }
        self.stamps
            .set(tx, &change.t, &change.id, &stamped, &change.s)?;
        self.note_contact(tx, &change.t, &row, existing.is_none())?;
        Ok(true)
    }

    /// Writes `taken` into the row (inserting it when new), settling a
    /// UNIQUE rule it meets.
    #[allow(clippy::too_many_arguments)]
    fn write(
        &mut self,
        tx: &Transaction<'_>,
        table: &str,
        info: &Table,
        id: &str,
        stamp: &str,
        exists: bool,
        taken: &Map<String, Json>,
        row: &mut Map<String, Json>,
    ) -> Result<(), ShareError> {
        let mut taken = taken.clone();
        for _ in 0..4 {
            let result = if exists {
                update(tx, table, &info.cols, id, &taken)
            } else {
                insert(tx, table, &info.cols, row)
            };
            match result {
                Ok(()) => return Ok(()),
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == ErrorCode::ConstraintViolation
                        && (e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                            || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY) =>
                {
                    let Some(other) = self.collision(tx, table, id, row)? else {
                        return Err(ShareError::from(rusqlite::Error::SqliteFailure(e, None)));
                    };
                    // The newer of the two is set aside: by when each was
                    // made, then by id (as every copy sees them).
                    let made = |r: &Map<String, Json>| {
                        r.get("created_at")
                            .and_then(Json::as_str)
                            .unwrap_or_default()
                            .to_string()
                    };
                    let other_made: String = tx
                        .prepare_cached(&format!(
                            "SELECT created_at FROM \"{table}\" WHERE id = ?1"
                        ))?
                        .query_row([&other], |r| r.get(0))?;
                    if (other_made.as_str(), other.as_str()) > (made(row).as_str(), id) {
                        self.set_aside(tx, table, info, &other, id, stamp)?;
                    } else {
                        self.conflict(
                            tx,
                            "duplicate",
                            table,
                            id,
                            "",
                            &Json::String(other.clone()),
                            &Json::String(id.to_string()),
                            "",
                            "",
                        )?;
                        self.merged(tx, table, id, &other)?;
                        if info.trash {
                            let when = row.get("updated_at").cloned().unwrap_or(Json::Null);
                            row.insert("deleted_at".into(), when.clone());
                            taken.insert("deleted_at".into(), when);
                        } else {
                            if exists {
                                tx.prepare_cached(&format!(
                                    "DELETE FROM \"{table}\" WHERE id = ?1"
                                ))?
                                .execute([id])?;
                            }
                            mark_gone(tx, table, id, stamp)?;
                            return Ok(());
                        }
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(ShareError::from(rusqlite::Error::InvalidQuery))
    }

    fn collision(
        &self,
        tx: &Connection,
        table: &str,
        id: &str,
        row: &Map<String, Json>,
    ) -> rusqlite::Result<Option<String>> {
        for rule in RULES.iter().filter(|r| r.table == table) {
            let mut params: Vec<Value> = vec![Value::Text(id.to_string())];
            for key in rule.keys {
                params.push(to_sql(row.get(*key).unwrap_or(&Json::Null), false));
            }
            let found: Option<String> = tx
                .prepare_cached(rule.other)?
                .query_row(rusqlite::params_from_iter(params), |r| r.get(0))
                .optional()?;
            if found.is_some() {
                return Ok(found);
            }
        }
        Ok(None)
    }

    fn set_aside(
        &mut self,
        tx: &Transaction<'_>,
        table: &str,
        info: &Table,
        loser: &str,
        winner: &str,
        stamp: &str,
    ) -> Result<(), ShareError> {
        self.conflict(
            tx,
            "duplicate",
            table,
            loser,
            "",
            &Json::String(winner.to_string()),
            &Json::String(loser.to_string()),
            "",
            "",
        )?;
        self.merged(tx, table, loser, winner)?;
        if info.trash {
            tx.prepare_cached(&format!(
                "UPDATE \"{table}\" SET deleted_at = coalesce(deleted_at, updated_at) WHERE id = ?1"
            ))?
            .execute([loser])?;
            if let Some(row) = Self::read_row(tx, table, &info.cols, loser)? {
                self.note_contact(tx, table, &row, false)?;
            }
        } else {
            self.delete(tx, table, loser, stamp)?;
        }
        Ok(())
    }

    fn merged(
        &mut self,
        tx: &Connection,
        table: &str,
        loser: &str,
        winner: &str,
    ) -> rusqlite::Result<()> {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO share_set_aside (tbl, loser_id, winner_id) VALUES (?1, ?2, ?3)",
        )?
        .execute([table, loser, winner])?;
        if table == "tags" {
            self.tags.insert(loser.to_string());
        }
        Ok(())
    }

    /// A row set aside to the trash for another comes back when that one
    /// is gone or in the trash itself: what stays is the same whether the
    /// two ever met in this copy or not.
    fn bring_back(&mut self, tx: &Connection) -> Result<(), ShareError> {
        let pairs: Vec<(String, String, String)> = tx
            .prepare_cached("SELECT tbl, loser_id, winner_id FROM share_set_aside")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        for (table, loser, winner) in pairs {
            let Some(info) = self.tables.get(&table).cloned() else {
                continue;
            };
            if !info.trash || table == "tags" {
                continue;
            }
            let winner_live: bool = tx
                .prepare_cached(&format!(
                    "SELECT count(*) > 0 FROM \"{table}\" WHERE id = ?1 AND deleted_at IS NULL"
                ))?
                .query_row([&winner], |r| r.get(0))?;
            if winner_live {
                continue;
            }
            tx.prepare_cached(&format!(
                "UPDATE \"{table}\" SET deleted_at = NULL WHERE id = ?1 AND deleted_at = updated_at"
            ))?
            .execute([&loser])?;
            tx.prepare_cached("DELETE FROM share_set_aside WHERE tbl = ?1 AND loser_id = ?2")?
                .execute([&table, &loser])?;
            if let Some(row) = Self::read_row(tx, &table, &info.cols, &loser)? {
                self.note_contact(tx, &table, &row, false)?;
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn conflict(
        &self,
        tx: &Connection,
        kind: &str,
        table: &str,
        id: &str,
        col: &str,
        kept: &Json,
        other: &Json,
        kept_by: &str,
        other_by: &str,
    ) -> rusqlite::Result<()> {
        let sides = review::Sides {
            kept,
            other,
            kept_by: stamp_device(kept_by),
            other_by: stamp_device(other_by),
        };
        review::record(tx, kind, table, id, col, &sides, &self.now)
    }

    /// Ends the run: tags set aside pass their links on, search entries
    /// follow the contacts written, and the applying mark goes.
    pub(crate) fn finish(mut self, tx: &Transaction<'_>) -> Result<(), ShareError> {
        self.stamps.write(tx)?;
        self.bring_back(tx)?;
        self.follow_merged_tags(tx)?;
        let mut fresh = Vec::new();
        for ((what, id), is_fresh) in std::mem::take(&mut self.contacts) {
            let live: Option<bool> = tx
                .prepare_cached(&format!(
                    "SELECT deleted_at IS NULL FROM {} WHERE id = ?1",
                    what.table()
                ))?
                .query_row([&id], |r| r.get(0))
                .optional()?;
            match live {
                Some(true) if is_fresh => fresh.push(search_index::entry(tx, what, &id)?),
                Some(true) => search_index::index(tx, what, &id, false)?,
                Some(false) => search_index::unindex(tx, what, &id)?,
                None => {}
            }
        }
        search_index::write(tx, &fresh)?;
        tx.execute("DELETE FROM local_state WHERE key = ?1", [APPLYING])?;
        Ok(())
    }

    /// Every link of a tag set aside is made again on the tag kept, with
    /// an id derived from the link's, so every copy makes the same row.
    fn follow_merged_tags(&mut self, tx: &Connection) -> Result<(), ShareError> {
        let pairs: Vec<(String, String)> = tx
            .prepare_cached("SELECT loser_id, winner_id FROM share_set_aside WHERE tbl = 'tags'")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let winners: BTreeMap<String, String> = pairs.iter().cloned().collect();
        for (loser, mut winner) in pairs {
            let mut hops = 0;
            while let Some(next) = winners.get(&winner) {
                winner = next.clone();
                hops += 1;
                if hops > winners.len() {
                    break;
                }
            }
            for (table, col, what) in [
                (
                    "organization_tags",
                    "organization_id",
                    Indexed::Organization,
                ),
                ("person_tags", "person_id", Indexed::Person),
            ] {
                let links: Vec<(String, String, String, String)> = tx
                    .prepare_cached(&format!(
                        "SELECT id, {col}, created_at, updated_at FROM {table} WHERE tag_id = ?1"
                    ))?
                    .query_map([&loser], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                    })?
                    .collect::<Result<_, _>>()?;
                for (id, contact, created, updated) in links {
                    let followed = clock::derived_id(&format!("tag link follows {id}"));
                    if Self::gone(tx, table, &followed)? {
                        continue;
                    }
                    let added = tx
                        .prepare_cached(&format!(
                            "INSERT OR IGNORE INTO {table} (id, {col}, tag_id, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5)"
                        ))?
                        .execute([&followed, &contact, &winner, &created, &updated])?;
                    if added > 0 {
                        self.contacts.entry((what, contact)).or_insert(false);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Whether the write stamped `local` and the file's were made without
/// either device having seen the other's.
fn concurrent(local: &str, batch: &Batch) -> bool {
    let device = stamp_device(local);
    device != batch.device && batch.seen.get(device).copied().unwrap_or(0) < stamp_seq(local)
}

fn gone_stamp(tx: &Connection, table: &str, id: &str) -> rusqlite::Result<Option<String>> {
    tx.prepare_cached("SELECT stamp FROM share_gone WHERE tbl = ?1 AND row_id = ?2")?
        .query_row([table, id], |r| r.get(0))
        .optional()
}

/// Records a row deleted for good by the write stamped `stamp`.
pub(crate) fn mark_gone(
    tx: &Connection,
    table: &str,
    id: &str,
    stamp: &str,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO share_gone (tbl, row_id, stamp) VALUES (?1, ?2, ?3)
         ON CONFLICT (tbl, row_id) DO UPDATE SET stamp = max(stamp, excluded.stamp)",
    )?
    .execute([table, id, stamp])?;
    Ok(())
}

pub(crate) fn to_sql(value: &Json, blob: bool) -> Value {
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => n
            .as_i64()
            .map(Value::Integer)
            .or_else(|| n.as_f64().map(Value::Real))
            .unwrap_or(Value::Null),
        Json::String(s) if blob => Value::Blob(hex::decode(s).unwrap_or_default()),
        Json::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

fn is_blob(cols: &Columns, name: &str) -> bool {
    cols.names
        .iter()
        .position(|n| n == name)
        .is_some_and(|i| cols.blobs[i])
}

fn update(
    tx: &Connection,
    table: &str,
    cols: &Columns,
    id: &str,
    taken: &Map<String, Json>,
) -> rusqlite::Result<()> {
    let sets: Vec<String> = taken
        .keys()
        .enumerate()
        .map(|(i, k)| format!("\"{k}\" = ?{}", i + 2))
        .collect();
    let mut params = vec![Value::Text(id.to_string())];
    params.extend(taken.iter().map(|(k, v)| to_sql(v, is_blob(cols, k))));
    tx.prepare_cached(&format!(
        "UPDATE \"{table}\" SET {} WHERE id = ?1",
        sets.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(params))?;
    Ok(())
}

fn insert(
    tx: &Connection,
    table: &str,
    cols: &Columns,
    row: &Map<String, Json>,
) -> rusqlite::Result<()> {
    let names: Vec<&String> = row.keys().filter(|k| cols.names.contains(k)).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let params = names
        .iter()
        .map(|k| to_sql(&row[k.as_str()], is_blob(cols, k)));
    tx.prepare_cached(&format!(
        "INSERT INTO \"{table}\" ({}) VALUES ({})",
        quoted.join(", "),
        marks.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(params))?;
    Ok(())
}
