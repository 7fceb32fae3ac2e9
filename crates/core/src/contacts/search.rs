//! Finding contacts: the filtered, sorted list, search as you type, and the
//! facets the filters offer.

use super::*;
use crate::store::search_index;

/// An FTS5 query for what was typed: every word must match the start of a
/// word ("sao pau" finds "São Paulo"). Quotes make every typed character
/// plain text, so no input is FTS5 syntax.
pub(super) fn prefix_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| c.is_whitespace())
        .map(|w| w.replace('"', ""))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

/// For scripts without spaces: the typed text, three characters or more,
/// anywhere inside a name.
pub(super) fn inside_query(typed: &str) -> Option<String> {
    let trimmed = typed.trim().replace('"', "");
    (trimmed.chars().any(search_index::written_without_spaces) && trimmed.chars().count() >= 3)
        .then(|| format!("\"{trimmed}\""))
}

pub(super) struct Filter {
    sql: String,
    args: Vec<Value>,
}

pub(super) fn branch_filter(query: &ContactQuery, kind: ContactKind) -> Result<Option<Filter>> {
    let alias = match kind {
        ContactKind::Organization => "o",
        ContactKind::Person => "p",
    };
    let (tag_table, tag_column) = (kind.tag_table(), kind.key_column());
    if query.kind.is_some_and(|k| k != kind) {
        return Ok(None);
    }
    let mut sql = if query.trash {
        format!("{alias}.deleted_at IS NOT NULL AND {alias}.merged_into IS NULL")
    } else {
        format!("{alias}.deleted_at IS NULL")
    };
    let mut args = Vec::new();
    if let Some(sector) = query.sector.as_deref().filter(|s| !s.trim().is_empty()) {
        if kind == ContactKind::Person {
            return Ok(None);
        }
        sql.push_str(" AND o.sector = ? COLLATE NOCASE");
        args.push(Value::Text(sector.trim().to_string()));
    }
    if let Some(country) = query.country.as_deref().filter(|s| !s.trim().is_empty()) {
        let code = countries::resolve(country)?.code;
        sql.push_str(&format!(" AND {alias}.country = ?"));
        args.push(Value::Text(code.to_string()));
    }
    if let Some(tag) = query.tag.as_deref().filter(|s| !s.trim().is_empty()) {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM {tag_table} x JOIN tags t ON t.id = x.tag_id
                          WHERE x.{tag_column} = {alias}.id AND t.name = ? COLLATE NOCASE)"
        ));
        args.push(Value::Text(tag.trim().to_string()));
    }
    let prefix = prefix_query(&query.text);
    let inside = inside_query(&query.text);
    match (prefix, inside) {
        (Some(p), Some(i)) => {
            sql.push_str(
                " AND k.rowid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?
                                  UNION SELECT rowid FROM contact_search_inside
                                         WHERE contact_search_inside MATCH ?)",
            );
            args.push(Value::Text(p));
            args.push(Value::Text(i));
        }
        (Some(p), None) => {
            sql.push_str(
                " AND k.rowid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)",
            );
            args.push(Value::Text(p));
        }
        (None, Some(i)) => {
            sql.push_str(
                " AND k.rowid IN (SELECT rowid FROM contact_search_inside
                                  WHERE contact_search_inside MATCH ?)",
            );
            args.push(Value::Text(i));
        }
        (None, None) => {}
    }
    Ok(Some(Filter { sql, args }))
}

pub(super) fn union_sql(
    query: &ContactQuery,
    columns_org: &str,
    columns_person: &str,
) -> Result<Filter> {
    let mut parts = Vec::new();
    let mut args = Vec::new();
    // With words typed, the search index names few rows: start from them
    // (CROSS JOIN keeps that order) rather than from every contact.
    let searching = prefix_query(&query.text).is_some() || inside_query(&query.text).is_some();
    // With words typed, the search index names the rows: start from them
    // (CROSS JOIN keeps that order). Without, the search keys are not
    // needed, and each table is read in name order from its index.
    let join = |table: &str, alias: &str, column: &str| {
        if searching {
            format!("contact_search_keys k CROSS JOIN {table} {alias} ON {alias}.id = k.{column}")
        } else {
            format!("{table} {alias}")
        }
    };
    if let Some(f) = branch_filter(query, ContactKind::Organization)? {
        parts.push(format!(
            "SELECT {columns_org} FROM {} WHERE {}",
            join("organizations", "o", "organization_id"),
            f.sql
        ));
        args.extend(f.args);
    }
    if let Some(f) = branch_filter(query, ContactKind::Person)? {
        parts.push(format!(
            "SELECT {columns_person} FROM {} WHERE {}",
            join("people", "p", "person_id"),
            f.sql
        ));
        args.extend(f.args);
    }
    if parts.is_empty() {
        parts.push(format!(
            "SELECT {columns_org} FROM organizations o, contact_search_keys k WHERE 0"
        ));
    }
    Ok(Filter {
        sql: parts.join(" UNION ALL "),
        args,
    })
}

/// Matching stops after this many contacts: a search that finds more says
/// "1,000+" and offers the first thousand, in order. Counting and ranking
/// every match of a two-letter word among 100,000 contacts costs more than
/// a keystroke may; no one reads past a thousand matches to find one.
pub const MATCH_CAP: u32 = 1_000;

/// A page of contacts, organizations and people together, in name order
/// (a search by words alone: best matches first).
pub fn list(conn: &Connection, query: &ContactQuery) -> Result<ContactPage> {
    let limit = query.limit.clamp(1, MAX_PAGE);
    let words_only = query.kind.is_none()
        && query.tag.as_deref().is_none_or(|t| t.trim().is_empty())
        && query.country.as_deref().is_none_or(|c| c.trim().is_empty())
        && query.sector.as_deref().is_none_or(|s| s.trim().is_empty())
        && !query.trash
        && inside_query(&query.text).is_none();
    if words_only && let Some(matching) = prefix_query(&query.text) {
        return ranked(conn, &matching, query.offset, limit);
    }
    let searching = prefix_query(&query.text).is_some() || inside_query(&query.text).is_some();
    let keys = union_sql(
        query,
        "'organization' AS kind, o.id AS id, o.order_key AS order_key",
        "'person', p.id, p.order_key",
    )?;
    let (total, more, page) = if searching {
        // The first MATCH_CAP + 1 matches are gathered, counted and sorted;
        // the page is cut from them.
        let capped = format!(
            "SELECT kind, id, order_key FROM ({}) LIMIT {}",
            keys.sql,
            MATCH_CAP + 1
        );
        let mut found: Vec<(String, String, Vec<u8>)> = conn
            .prepare_cached(&capped)?
            .query_map(params_from_iter(keys.args.iter()), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let more = found.len() > MATCH_CAP as usize;
        found.truncate(MATCH_CAP as usize);
        found.sort_by(|a, b| (&a.2, &a.1).cmp(&(&b.2, &b.1)));
        let total = found.len() as u32;
        let page = found
            .into_iter()
            .skip(query.offset as usize)
            .take(limit as usize)
            .map(|(kind, id, _)| (kind, id))
            .collect::<Vec<_>>();
        (total, more, page)
    } else {
        let total: u32 = conn
            .prepare_cached(&format!("SELECT count(*) FROM ({})", keys.sql))?
            .query_row(params_from_iter(keys.args.iter()), |r| r.get(0))?;
        // A compound SELECT ordered by its own columns: SQLite merges the
        // two tables' index orders instead of sorting every row.
        let mut args = keys.args;
        args.push(Value::Integer(i64::from(limit)));
        args.push(Value::Integer(i64::from(query.offset)));
        let page = conn
            .prepare_cached(&format!("{} ORDER BY 3, 2 LIMIT ? OFFSET ?", keys.sql))?
            .query_map(params_from_iter(args.iter()), |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
        (total, false, page)
    };
    Ok(ContactPage {
        total,
        more,
        offset: query.offset,
        rows: rows_of(conn, &page)?,
    })
}

/// The list rows of these contacts (kind and id), in the order given: one
/// query for the page, tags and a person's organization included.
fn rows_of(conn: &Connection, keys: &[(String, String)]) -> Result<Vec<ContactRow>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let json = serde_json::to_string(keys)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let mut stmt = conn.prepare_cached(
        "SELECT j.value ->> 0, coalesce(o.id, p.id), coalesce(o.name, p.full_name),
                coalesce(o.short_name, ''), coalesce(o.country, p.country), coalesce(o.city, ''),
                coalesce(o.sector, ''), coalesce(o.email, p.email), po.name,
                coalesce(o.deleted_at, p.deleted_at),
                CASE WHEN o.id IS NOT NULL
                     THEN (SELECT json_group_array(t.name ORDER BY t.name)
                             FROM organization_tags x JOIN tags t ON t.id = x.tag_id
                            WHERE x.organization_id = o.id)
                     ELSE (SELECT json_group_array(t.name ORDER BY t.name)
                             FROM person_tags x JOIN tags t ON t.id = x.tag_id
                            WHERE x.person_id = p.id)
                END
           FROM json_each(?1) j
           LEFT JOIN organizations o
                  ON j.value ->> 0 = 'organization' AND o.id = j.value ->> 1
           LEFT JOIN people p ON j.value ->> 0 = 'person' AND p.id = j.value ->> 1
           LEFT JOIN organizations po ON po.id = p.organization_id
          WHERE coalesce(o.id, p.id) IS NOT NULL
          ORDER BY j.key",
    )?;
    let rows = stmt
        .query_map([&json], |r| {
            let kind: String = r.get(0)?;
            let tags: String = r.get(10)?;
            Ok(ContactRow {
                id: r.get(1)?,
                kind: if kind == "person" {
                    ContactKind::Person
                } else {
                    ContactKind::Organization
                },
                name: r.get(2)?,
                short_name: r.get(3)?,
                country: r.get(4)?,
                city: r.get(5)?,
                sector: r.get(6)?,
                email: r.get(7)?,
                organization_name: r.get(8)?,
                tags: serde_json::from_str(&tags).unwrap_or_default(),
                deleted_at: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A search by words alone, from the index only: the best matches first
/// (FTS5's bm25 rank, then name order) among the first `MATCH_CAP`, and
/// how many those are. The index is asked once; the capped set is
/// counted, ordered and cut into the page here.
pub(super) fn ranked(
    conn: &Connection,
    matching: &str,
    offset: u32,
    limit: u32,
) -> Result<ContactPage> {
    let mut found: Vec<(f64, Vec<u8>, String, String)> = conn
        .prepare_cached(
            "SELECT m.rank, coalesce(o.order_key, p.order_key),
                    CASE WHEN k.organization_id IS NOT NULL THEN 'organization' ELSE 'person' END,
                    coalesce(k.organization_id, k.person_id)
               FROM (SELECT rowid, rank FROM contact_search WHERE contact_search MATCH ?1
                      LIMIT ?2) m
               JOIN contact_search_keys k ON k.rowid = m.rowid
               LEFT JOIN organizations o ON o.id = k.organization_id
               LEFT JOIN people p ON p.id = k.person_id",
        )?
        .query_map(rusqlite::params![matching, MATCH_CAP + 1], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let more = found.len() > MATCH_CAP as usize;
    found.truncate(MATCH_CAP as usize);
    found.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then_with(|| (&a.1, &a.3).cmp(&(&b.1, &b.3)))
    });
    let total = found.len() as u32;
    let keys: Vec<(String, String)> = found
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(_, _, kind, id)| (kind, id))
        .collect();
    Ok(ContactPage {
        total,
        more,
        offset,
        rows: rows_of(conn, &keys)?,
    })
}

/// Search as you type: the first `limit` live contacts matching `typed`.
pub fn search(conn: &Connection, typed: &str, limit: u32) -> Result<Vec<ContactRow>> {
    let query = ContactQuery {
        text: typed.to_string(),
        limit,
        ..ContactQuery::default()
    };
    Ok(list(conn, &query)?.rows)
}

/// Tags, countries and sectors in use among live contacts.
pub fn facets(conn: &Connection) -> Result<ContactFacets> {
    let strings = |sql: &str| -> Result<Vec<String>> {
        let mut stmt = conn.prepare(sql)?;
        let v = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(v)
    };
    let tags = strings(
        "SELECT DISTINCT t.name FROM tags t WHERE t.deleted_at IS NULL AND (
            EXISTS (SELECT 1 FROM organization_tags x JOIN organizations o ON o.id = x.organization_id
                     WHERE x.tag_id = t.id AND o.deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM person_tags x JOIN people p ON p.id = x.person_id
                     WHERE x.tag_id = t.id AND p.deleted_at IS NULL))
         ORDER BY t.name COLLATE NOCASE",
    )?;
    let countries = strings(
        "SELECT country FROM organizations WHERE deleted_at IS NULL AND country IS NOT NULL
         UNION SELECT country FROM people WHERE deleted_at IS NULL AND country IS NOT NULL
         ORDER BY 1",
    )?;
    let sectors = strings(
        "SELECT DISTINCT sector FROM organizations WHERE deleted_at IS NULL AND sector <> ''
         ORDER BY sector COLLATE NOCASE",
    )?;
    let organizations: u32 = conn.query_row(
        "SELECT count(*) FROM organizations WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    let people: u32 = conn.query_row(
        "SELECT count(*) FROM people WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(ContactFacets {
        tags,
        countries,
        sectors,
        organizations,
        people,
    })
}

// Writing -----------------------------------------------------------------
