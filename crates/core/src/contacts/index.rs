//! The contacts' search index: the words each contact is found by.

use super::*;

/// The words a country is found by: its code and its names.
pub(super) fn country_words(code: Option<&str>) -> String {
    match code.and_then(countries::by_code) {
        Some(c) => format!("{} {} {} {}", c.code, c.en, c.es, c.fr),
        None => String::new(),
    }
}

/// Brings the search index in step with one contact's stored fields.
pub(crate) fn reindex(conn: &Connection, kind: ContactKind, id: &str) -> Result<()> {
    index_contact(conn, kind, id, false)
}

/// One contact's entry in the search index: its key's rowid, then name,
/// acronym or role, e-mail and website, city, country words and tags.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndexEntry(i64, String, String, String, String, String, String);

pub(super) fn index_entry(conn: &Connection, kind: ContactKind, id: &str) -> Result<IndexEntry> {
    let key_column = kind.key_column();
    let sql = match kind {
        ContactKind::Organization => {
            "SELECT name, short_name, email || ' ' || website, city, country
               FROM organizations WHERE id = ?1"
        }
        ContactKind::Person => {
            "SELECT full_name, role, email, '', country FROM people WHERE id = ?1"
        }
    };
    let (name, short, email, city, country) = conn.prepare_cached(sql)?.query_row([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let rowid: i64 = conn
        .prepare_cached(&format!(
            "SELECT rowid FROM contact_search_keys WHERE {key_column} = ?1"
        ))?
        .query_row([id], |r| r.get(0))?;
    let tags = tags_of(conn, kind, id)?.join(" ");
    Ok(IndexEntry(
        rowid,
        name,
        short,
        email,
        city,
        country_words(country.as_deref()),
        tags,
    ))
}

/// Writes entries into both search tables, one statement per table.
///
/// FTS5 writes what it holds in memory to disk whenever a statement opens a
/// savepoint in the transaction (any insert that fires a trigger does):
/// written row by row, an import of 100,000 contacts would flush and merge
/// the index 100,000 times. Written in batches after the rows, it flushes
/// once per batch.
pub(crate) fn write_index(conn: &Connection, entries: &[IndexEntry]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let json = serde_json::to_string(entries).map_err(|e| ContactError::Write {
        reason: e.to_string(),
    })?;
    conn.prepare_cached(
        "INSERT INTO contact_search (rowid, name, short_name, email, city, country, tags)
         SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
           FROM json_each(?1)",
    )?
    .execute([&json])?;
    conn.prepare_cached(
        "INSERT INTO contact_search_inside (rowid, name, short_name)
         SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?1)",
    )?
    .execute([&json])?;
    Ok(())
}

/// Indexes one contact; `fresh` when it was just inserted and so has no
/// entry to remove first (removing costs a pass over the index).
pub(super) fn index_contact(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    fresh: bool,
) -> Result<()> {
    let entry = index_entry(conn, kind, id)?;
    if !fresh {
        conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
            .execute([entry.0])?;
        conn.prepare_cached("DELETE FROM contact_search_inside WHERE rowid = ?1")?
            .execute([entry.0])?;
    }
    write_index(conn, &[entry])
}

/// Takes a contact out of the search index (it went to the trash).
pub(crate) fn unindex(conn: &Connection, kind: ContactKind, id: &str) -> Result<()> {
    let column = kind.key_column();
    let rowid: Option<i64> = conn
        .prepare_cached(&format!(
            "SELECT rowid FROM contact_search_keys WHERE {column} = ?1"
        ))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(rowid) = rowid {
        conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
            .execute([rowid])?;
        conn.prepare_cached("DELETE FROM contact_search_inside WHERE rowid = ?1")?
            .execute([rowid])?;
    }
    Ok(())
}
