//! The contacts' search index: the words each contact is found by, kept in
//! two full-text tables beside the contacts (`contact_search` matches word
//! prefixes, `contact_search_inside` any part of a name). The schema owns
//! these tables, so writing them is the store's: contacts call it on every
//! write, and migrations call it to rebuild entries older files lack.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::countries;

/// Which table a contact lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Indexed {
    Organization,
    Person,
}

impl Indexed {
    pub(crate) fn table(self) -> &'static str {
        match self {
            Indexed::Organization => "organizations",
            Indexed::Person => "people",
        }
    }

    /// The column naming this kind of contact in link and key tables.
    pub(crate) fn key_column(self) -> &'static str {
        match self {
            Indexed::Organization => "organization_id",
            Indexed::Person => "person_id",
        }
    }
}

/// Scripts written without spaces between words: a word typed in them is
/// searched for anywhere inside names (`contacts::search`), so only names
/// holding one get entries in `contact_search_inside`.
pub(crate) fn written_without_spaces(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK
        | 0xAC00..=0xD7AF    // Hangul
        | 0xF900..=0xFAFF)
}

/// Whether a name needs entries in `contact_search_inside`: a search
/// inside names is made only of text holding a character of a script
/// written without spaces, so only a name or acronym holding one can match
/// it. Other names are left out of that table, which is most of its size
/// and of an import's time.
fn searched_inside(name: &str, short: &str) -> bool {
    name.chars()
        .chain(short.chars())
        .any(written_without_spaces)
}

/// One contact's entry in the search index: its key's rowid (or, for a
/// contact just inserted, its id, for the key to be looked up as the entry
/// is written), then name, acronym or role, e-mail and website, city,
/// country words and tags, and whether it goes in the table of names
/// searched inside.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndexEntry(
    Option<i64>,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    String,
    bool,
);

impl IndexEntry {
    /// The entry of a contact inserted with these fields in this
    /// transaction, made without reading it back. `email` is what the
    /// stored row gives (an organization's e-mail and website, joined by a
    /// space); `tags` as `tags_of` reads them.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn inserted(
        what: Indexed,
        id: &str,
        name: &str,
        short: &str,
        email: String,
        city: &str,
        country: Option<&str>,
        tags: String,
    ) -> IndexEntry {
        let (organization_id, person_id) = match what {
            Indexed::Organization => (Some(id.to_string()), None),
            Indexed::Person => (None, Some(id.to_string())),
        };
        IndexEntry(
            None,
            organization_id,
            person_id,
            name.to_string(),
            short.to_string(),
            email,
            city.to_string(),
            country_words(country),
            tags,
            searched_inside(name, short),
        )
    }
}

/// The words a country is found by: its code and its names.
fn country_words(code: Option<&str>) -> String {
    match code.and_then(countries::by_code) {
        Some(c) => format!("{} {} {} {}", c.code, c.en, c.es, c.fr),
        None => String::new(),
    }
}

/// A contact's tags, in name order.
pub(crate) fn tags_of(conn: &Connection, what: Indexed, id: &str) -> rusqlite::Result<Vec<String>> {
    let sql = match what {
        Indexed::Organization => {
            "SELECT t.name FROM organization_tags x JOIN tags t ON t.id = x.tag_id
              WHERE x.organization_id = ?1 ORDER BY t.name"
        }
        Indexed::Person => {
            "SELECT t.name FROM person_tags x JOIN tags t ON t.id = x.tag_id
              WHERE x.person_id = ?1 ORDER BY t.name"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let tags = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(tags)
}

/// The entry one contact's stored fields give.
pub(crate) fn entry(conn: &Connection, what: Indexed, id: &str) -> rusqlite::Result<IndexEntry> {
    let sql = match what {
        Indexed::Organization => {
            "SELECT name, short_name, email || ' ' || website, city, country
               FROM organizations WHERE id = ?1"
        }
        Indexed::Person => "SELECT full_name, role, email, '', country FROM people WHERE id = ?1",
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
            "SELECT rowid FROM contact_search_keys WHERE {} = ?1",
            what.key_column()
        ))?
        .query_row([id], |r| r.get(0))?;
    let tags = tags_of(conn, what, id)?.join(" ");
    let inside = searched_inside(&name, &short);
    Ok(IndexEntry(
        Some(rowid),
        None,
        None,
        name,
        short,
        email,
        city,
        country_words(country.as_deref()),
        tags,
        inside,
    ))
}

/// Writes entries into both search tables, one statement per table.
///
/// FTS5 writes what it holds in memory to disk whenever a statement opens a
/// savepoint in the transaction (any insert that fires a trigger does):
/// written row by row, an import of 100,000 contacts would flush and merge
/// the index 100,000 times. Written in batches after the rows, it flushes
/// once per batch.
pub(crate) fn write(conn: &Connection, entries: &[IndexEntry]) -> rusqlite::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let json = words_json(entries)?;
    write_words_json(conn, &json)?;
    conn.prepare_cached(&format!(
        "INSERT INTO contact_search_inside (rowid, name, short_name)
         SELECT key, entry ->> 3, entry ->> 4 FROM ({KEYED}) WHERE entry ->> 9"
    ))?
    .execute([&json])?;
    Ok(())
}

/// Each entry's key, looked up here for contacts just inserted: one pass
/// of SQL rather than a query per contact.
const KEYED: &str = "SELECT coalesce(value ->> 0,
                         (SELECT rowid FROM contact_search_keys WHERE organization_id = value ->> 1),
                         (SELECT rowid FROM contact_search_keys WHERE person_id = value ->> 2)) AS key,
                        value AS entry
                   FROM json_each(?1)";

fn words_json(entries: &[IndexEntry]) -> rusqlite::Result<String> {
    serde_json::to_string(entries).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

fn write_words_json(conn: &Connection, json: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO contact_search (rowid, name, short_name, email, city, country, tags)
         SELECT key, entry ->> 3, entry ->> 4, entry ->> 5, entry ->> 6, entry ->> 7, entry ->> 8
           FROM ({KEYED})"
    ))?
    .execute([json])?;
    Ok(())
}

/// Writes entries into the word index alone (`contact_search`), for a
/// step that rebuilt only that table.
pub(crate) fn write_words(conn: &Connection, entries: &[IndexEntry]) -> rusqlite::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    write_words_json(conn, &words_json(entries)?)
}

/// Indexes one contact; `fresh` when it was just inserted and so has no
/// entry to remove first (removing costs a pass over the index).
pub(crate) fn index(
    conn: &Connection,
    what: Indexed,
    id: &str,
    fresh: bool,
) -> rusqlite::Result<()> {
    let entry = entry(conn, what, id)?;
    if !fresh && let Some(rowid) = entry.0 {
        remove(conn, rowid)?;
    }
    write(conn, &[entry])
}

/// Takes a contact out of the search index (it went to the trash).
pub(crate) fn unindex(conn: &Connection, what: Indexed, id: &str) -> rusqlite::Result<()> {
    let rowid: Option<i64> = conn
        .prepare_cached(&format!(
            "SELECT rowid FROM contact_search_keys WHERE {} = ?1",
            what.key_column()
        ))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    match rowid {
        Some(rowid) => remove(conn, rowid),
        None => Ok(()),
    }
}

fn remove(conn: &Connection, rowid: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
        .execute([rowid])?;
    conn.prepare_cached("DELETE FROM contact_search_inside WHERE rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}
