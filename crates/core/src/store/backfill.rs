//! The Rust half of migration steps: columns and index entries that SQL
//! cannot compute, recomputed by the same functions a fresh insert calls.
//!
//! Each function here is idempotent. It runs today's core on a file at its
//! step's schema, so a later step that renames or drops a column it reads
//! must keep it working (the upgrade tests run a file of every older
//! schema through it). When core's rules change (a new legal form
//! dropped from name keys, a new country spelling), the way to bring files
//! in line is a new migration step that calls the function again: a
//! released step is never edited, its Rust half included.

use rusqlite::{Connection, params};

use super::search_index::{self, Indexed};
use crate::countries;
use crate::text::affiliation::organization_of;
use crate::text::names;

/// Recomputes what older steps left as placeholders: every contact's name
/// and sort keys, every endorsement's sort key and missing country code,
/// and the search entries of every live contact (the index was emptied by
/// the step's SQL).
pub(super) fn derived_keys(conn: &Connection) -> rusqlite::Result<()> {
    contact_keys(conn, "organizations", "name")?;
    contact_keys(conn, "people", "full_name")?;
    endorsement_keys(conn)?;
    search_index(conn)
}

/// Writes `name_key` and `sort_key` of each row of `table` whose stored
/// ones differ from what its name gives today.
fn contact_keys(conn: &Connection, table: &str, name_column: &str) -> rusqlite::Result<()> {
    let rows = conn
        .prepare(&format!(
            "SELECT id, {name_column}, name_key, sort_key FROM {table}"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<Vec<(String, String, String, String)>>>()?;
    let mut write = conn.prepare(&format!(
        "UPDATE {table} SET name_key = ?2, sort_key = ?3 WHERE id = ?1"
    ))?;
    for (id, name, old_name_key, old_sort_key) in rows {
        let (name_key, sort_key) = (names::name_key(&name), names::sort_key(&name));
        if name_key != old_name_key || sort_key != old_sort_key {
            write.execute(params![id, name_key, sort_key])?;
        }
    }
    Ok(())
}

/// Each endorsement's sort key from its printed name, and the code of its
/// printed country where none was kept (rows from the first schema) and
/// the country is known by that name.
fn endorsement_keys(conn: &Connection) -> rusqlite::Result<()> {
    let rows = conn
        .prepare(
            "SELECT id, printed_name, sort_key, printed_country, country_code FROM endorsements",
        )?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String, String, Option<String>)>>>()?;
    let mut write =
        conn.prepare("UPDATE endorsements SET sort_key = ?2, country_code = ?3 WHERE id = ?1")?;
    for (id, name, old_sort_key, country, old_code) in rows {
        let sort_key = names::sort_key(&name);
        let code = old_code.clone().or_else(|| {
            countries::resolve(&country)
                .ok()
                .map(|c| c.code.to_string())
        });
        if sort_key != old_sort_key || code != old_code {
            write.execute(params![id, sort_key, code])?;
        }
    }
    Ok(())
}

/// Indexes every live contact, as writing it does; trashed and merged-away
/// ones stay out, as moving them to the trash leaves them.
fn search_index(conn: &Connection) -> rusqlite::Result<()> {
    for what in [Indexed::Organization, Indexed::Person] {
        let ids = conn
            .prepare(&format!(
                "SELECT id FROM {} WHERE deleted_at IS NULL ORDER BY id",
                what.table()
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        for id in ids {
            search_index::index(conn, what, &id, false)?;
        }
    }
    Ok(())
}

/// Fills the word index, which step 8 rebuilt empty, with the entry of
/// every live contact, in batches (see `search_index::write`).
pub(super) fn word_index(conn: &Connection) -> rusqlite::Result<()> {
    for what in [Indexed::Organization, Indexed::Person] {
        let ids = conn
            .prepare(&format!(
                "SELECT id FROM {} WHERE deleted_at IS NULL ORDER BY id",
                what.table()
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        for batch in ids.chunks(5_000) {
            let entries = batch
                .iter()
                .map(|id| search_index::entry(conn, what, id))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            search_index::write_words(conn, &entries)?;
        }
    }
    Ok(())
}

/// Fills `printed_organization` for individuals' endorsements written
/// before it was kept: the organization part of the affiliation, else the
/// organization they are linked to; else nothing, and a person listed by
/// organization only is counted rather than listed by their role.
pub(super) fn fill_printed_organizations(conn: &Connection) -> rusqlite::Result<()> {
    let rows = conn
        .prepare(
            "SELECT e.id, e.printed_affiliation, coalesce(o.name, ''), e.printed_name
               FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
              WHERE e.kind = 'individual'",
        )?
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String, String)>>>()?;
    let mut write =
        conn.prepare("UPDATE endorsements SET printed_organization = ?2 WHERE id = ?1")?;
    for (id, affiliation, linked, name) in rows {
        let mut organization = organization_of(&affiliation, &name);
        if organization.is_empty() {
            organization = linked;
        }
        if !organization.is_empty() {
            write.execute(params![id, organization])?;
        }
    }
    Ok(())
}
