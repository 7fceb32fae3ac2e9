//! Contacts: the organizations and people a coalition works with. Records,
//! tags, the trash, name order, and search as you type.
//!
//! Search goes through two FTS5 tables that core keeps in step with every
//! write (`reindex`): `contact_search` matches word prefixes in any case and
//! without diacritics ("asociacion" finds "Asociación", "sao pa" finds
//! "São Paulo"), `contact_search_inside` matches three or more characters
//! anywhere in a name, for scripts written without spaces between words.
//! Only live contacts are in them: moving a contact to the trash (or merging
//! it away) takes it out, restoring puts it back. A search by words alone
//! then needs nothing but the index to find, rank and count its matches.

pub mod duplicates;
pub mod exchange;
pub mod import;

use rusqlite::{Connection, OptionalExtension, Row, params_from_iter, types::Value};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::clock::{new_id, now};
use crate::countries::{self, CountryError};
use crate::store::{StoreError, WithPath};
use crate::text::{self, Field, TextError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Organization,
    Person,
}

impl ContactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization",
            ContactKind::Person => "person",
        }
    }

    /// The table its records are kept in.
    pub(crate) fn table(self) -> &'static str {
        match self {
            ContactKind::Organization => "organizations",
            ContactKind::Person => "people",
        }
    }

    /// The table of its tag links.
    pub(crate) fn tag_table(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization_tags",
            ContactKind::Person => "person_tags",
        }
    }

    /// The column other tables point at its records with.
    pub(crate) fn key_column(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization_id",
            ContactKind::Person => "person_id",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    /// Acronym or short name ("MFMW").
    pub short_name: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
    /// Set when this record was merged into another one.
    pub merged_into: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: String,
    pub full_name: String,
    pub organization_id: Option<String>,
    /// The organization's name, for showing.
    pub organization_name: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    /// May be contacted.
    pub consent_contact: bool,
    /// May be listed by name in a published statement.
    pub consent_publish: bool,
    /// When either consent was last recorded.
    pub consent_recorded_at: Option<String>,
    pub merged_into: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// An organization as the organizer types it. `country` is what they typed
/// (a name in English, Spanish, French or the local language, or a code).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct OrganizationInput {
    pub name: String,
    pub short_name: String,
    pub country: String,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonInput {
    pub full_name: String,
    #[ts(optional)]
    pub organization_id: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub notes: String,
    pub tags: Vec<String>,
    pub consent_contact: bool,
    pub consent_publish: bool,
}

/// One line of a contact list: an organization or a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactRow {
    pub id: String,
    pub kind: ContactKind,
    pub name: String,
    pub short_name: String,
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub email: String,
    /// A person's organization.
    pub organization_name: Option<String>,
    pub tags: Vec<String>,
    pub deleted_at: Option<String>,
}

/// What a list shows: words typed in the search box, filters, and the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ContactQuery {
    pub text: String,
    #[ts(optional)]
    pub kind: Option<ContactKind>,
    #[ts(optional)]
    pub tag: Option<String>,
    /// ISO 3166-1 alpha-2, or a country name.
    #[ts(optional)]
    pub country: Option<String>,
    #[ts(optional)]
    pub sector: Option<String>,
    pub offset: u32,
    pub limit: u32,
    /// The trash instead of the live contacts.
    pub trash: bool,
}

impl Default for ContactQuery {
    fn default() -> Self {
        ContactQuery {
            text: String::new(),
            kind: None,
            tag: None,
            country: None,
            sector: None,
            offset: 0,
            limit: 100,
            trash: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactPage {
    /// How many contacts match, over all pages.
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<ContactRow>,
}

/// The tags, countries and sectors in use, for the filter menus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactFacets {
    pub tags: Vec<String>,
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    pub organizations: u32,
    pub people: u32,
}

/// The most rows one page may hold.
pub const MAX_PAGE: u32 = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum ContactError {
    #[error("a contact needs a name; type one and try again")]
    EmptyName,

    #[error(
        "{name:?} has no letter or digit, so it would print as an empty line; type the contact's name"
    )]
    NoLetters { name: String },

    #[error(transparent)]
    Text(#[from] TextError),

    #[error("the country: {0}")]
    Country(#[from] CountryError),

    #[error("no {kind} with id {id}; it may have been deleted or purged")]
    NotFound { kind: &'static str, id: String },

    #[error("the {kind} is in the trash; restore it first to change it")]
    InTrash { kind: &'static str, id: String },

    #[error("the {kind} is not in the trash; move it there first, then empty it from there")]
    NotInTrash { kind: &'static str, id: String },

    #[error("{reason}")]
    Merge { reason: String },

    #[error("no backup could be made before the {what}, so nothing changed: {source}")]
    NoBackup {
        what: &'static str,
        source: crate::store::backup::BackupError,
    },

    #[error(
        "the contacts could not be written out: {reason}; check the disk has room and the folder can be written to"
    )]
    Write { reason: String },

    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ContactError {
    fn from(err: rusqlite::Error) -> Self {
        ContactError::Store(StoreError::from(err))
    }
}

impl WithPath for ContactError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            ContactError::Store(err) => ContactError::Store(err.with_path(path)),
            other => other,
        }
    }
}

pub(crate) type Result<T> = std::result::Result<T, ContactError>;

// Names -------------------------------------------------------------------

use crate::text::names::{fold, initials, name_key, sort_key};

// Cleaning ----------------------------------------------------------------

fn line(field: Field, raw: &str) -> Result<String> {
    Ok(text::clean_line(field, raw)?)
}

fn resolve_country(raw: &str) -> Result<Option<String>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(countries::resolve(raw)?.code.to_string()))
}

fn clean_tags(raw: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let tag = line(Field::Tag, tag)?;
        if !tag.is_empty() && !out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// An organization's fields, cleaned and checked, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CleanOrganization {
    pub name: String,
    pub short_name: String,
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
}

pub(crate) fn clean_organization(input: &OrganizationInput) -> Result<CleanOrganization> {
    let name = line(Field::Name, &input.name)?;
    if name.is_empty() {
        return Err(ContactError::EmptyName);
    }
    if !text::has_letter_or_digit(&name) {
        return Err(ContactError::NoLetters { name });
    }
    Ok(CleanOrganization {
        name,
        short_name: line(Field::ShortName, &input.short_name)?,
        country: resolve_country(&input.country)?,
        city: line(Field::City, &input.city)?,
        sector: line(Field::Sector, &input.sector)?,
        website: line(Field::Website, &input.website)?,
        email: line(Field::Email, &input.email)?,
        phone: line(Field::Phone, &input.phone)?,
        notes: text::clean_block(Field::Notes, &input.notes)?,
        tags: clean_tags(&input.tags)?,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CleanPerson {
    pub full_name: String,
    pub organization_id: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub country: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    pub consent_contact: bool,
    pub consent_publish: bool,
}

pub(crate) fn clean_person(input: &PersonInput) -> Result<CleanPerson> {
    let full_name = line(Field::Name, &input.full_name)?;
    if full_name.is_empty() {
        return Err(ContactError::EmptyName);
    }
    if !text::has_letter_or_digit(&full_name) {
        return Err(ContactError::NoLetters { name: full_name });
    }
    Ok(CleanPerson {
        full_name,
        organization_id: input
            .organization_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        role: line(Field::Role, &input.role)?,
        email: line(Field::Email, &input.email)?,
        phone: line(Field::Phone, &input.phone)?,
        country: resolve_country(&input.country)?,
        notes: text::clean_block(Field::Notes, &input.notes)?,
        tags: clean_tags(&input.tags)?,
        consent_contact: input.consent_contact,
        consent_publish: input.consent_publish,
    })
}

// Reading -----------------------------------------------------------------

const ORG_COLUMNS: &str = "id, name, short_name, country, city, sector, website, email, phone,
     notes, merged_into, created_at, updated_at, deleted_at";

fn organization_from_row(row: &Row<'_>) -> rusqlite::Result<Organization> {
    Ok(Organization {
        id: row.get(0)?,
        name: row.get(1)?,
        short_name: row.get(2)?,
        country: row.get(3)?,
        city: row.get(4)?,
        sector: row.get(5)?,
        website: row.get(6)?,
        email: row.get(7)?,
        phone: row.get(8)?,
        notes: row.get(9)?,
        tags: Vec::new(),
        merged_into: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

const PERSON_COLUMNS: &str = "p.id, p.full_name, p.organization_id, o.name, p.role, p.email,
     p.phone, p.country, p.notes, p.consent_contact, p.consent_publish, p.consent_recorded_at,
     p.merged_into, p.created_at, p.updated_at, p.deleted_at";

fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        full_name: row.get(1)?,
        organization_id: row.get(2)?,
        organization_name: row.get(3)?,
        role: row.get(4)?,
        email: row.get(5)?,
        phone: row.get(6)?,
        country: row.get(7)?,
        notes: row.get(8)?,
        tags: Vec::new(),
        consent_contact: row.get(9)?,
        consent_publish: row.get(10)?,
        consent_recorded_at: row.get(11)?,
        merged_into: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        deleted_at: row.get(15)?,
    })
}

fn tags_of(conn: &Connection, kind: ContactKind, id: &str) -> Result<Vec<String>> {
    let sql = match kind {
        ContactKind::Organization => {
            "SELECT t.name FROM organization_tags x JOIN tags t ON t.id = x.tag_id
              WHERE x.organization_id = ?1 ORDER BY t.name"
        }
        ContactKind::Person => {
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

/// One organization, live or in the trash.
pub fn organization(conn: &Connection, id: &str) -> Result<Organization> {
    let mut org = conn
        .query_row(
            &format!("SELECT {ORG_COLUMNS} FROM organizations WHERE id = ?1"),
            [id],
            organization_from_row,
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "organization",
            id: id.to_string(),
        })?;
    org.tags = tags_of(conn, ContactKind::Organization, id)?;
    Ok(org)
}

/// One person, live or in the trash.
pub fn person(conn: &Connection, id: &str) -> Result<Person> {
    let mut found = conn
        .query_row(
            &format!(
                "SELECT {PERSON_COLUMNS} FROM people p
                   LEFT JOIN organizations o ON o.id = p.organization_id
                  WHERE p.id = ?1"
            ),
            [id],
            person_from_row,
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "person",
            id: id.to_string(),
        })?;
    found.tags = tags_of(conn, ContactKind::Person, id)?;
    Ok(found)
}

/// Whether `id` is an organization or a person.
pub fn kind_of(conn: &Connection, id: &str) -> Result<ContactKind> {
    let kind: Option<String> = conn
        .query_row(
            "SELECT 'organization' FROM organizations WHERE id = ?1
             UNION ALL SELECT 'person' FROM people WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match kind.as_deref() {
        Some("organization") => Ok(ContactKind::Organization),
        Some(_) => Ok(ContactKind::Person),
        None => Err(ContactError::NotFound {
            kind: "contact",
            id: id.to_string(),
        }),
    }
}

/// The live people of an organization, by name.
pub fn people_of(conn: &Connection, organization_id: &str) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PERSON_COLUMNS} FROM people p
           LEFT JOIN organizations o ON o.id = p.organization_id
          WHERE p.organization_id = ?1 AND p.deleted_at IS NULL
          ORDER BY p.sort_key, p.full_name"
    ))?;
    let mut people = stmt
        .query_map([organization_id], person_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for p in &mut people {
        p.tags = tags_of(conn, ContactKind::Person, &p.id)?;
    }
    Ok(people)
}

// Search and lists --------------------------------------------------------

/// Scripts written without spaces between words: a word typed in them is
/// searched for anywhere inside names.
fn written_without_spaces(c: char) -> bool {
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

/// An FTS5 query for what was typed: every word must match the start of a
/// word ("sao pau" finds "São Paulo"). Quotes make every typed character
/// plain text, so no input is FTS5 syntax.
fn prefix_query(typed: &str) -> Option<String> {
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
fn inside_query(typed: &str) -> Option<String> {
    let trimmed = typed.trim().replace('"', "");
    (trimmed.chars().any(written_without_spaces) && trimmed.chars().count() >= 3)
        .then(|| format!("\"{trimmed}\""))
}

struct Filter {
    sql: String,
    args: Vec<Value>,
}

fn branch_filter(query: &ContactQuery, kind: ContactKind) -> Result<Option<Filter>> {
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

fn union_sql(query: &ContactQuery, columns_org: &str, columns_person: &str) -> Result<Filter> {
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

/// A page of contacts, organizations and people together, in name order.
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
    let count = || -> Result<u32> {
        let counted = union_sql(query, "1", "1")?;
        Ok(conn
            .prepare_cached(&format!("SELECT count(*) FROM ({})", counted.sql))?
            .query_row(params_from_iter(counted.args.iter()), |r| r.get(0))?)
    };
    let rows_sql = union_sql(
        query,
        "'organization' AS kind, o.id, o.name, o.short_name, o.country, o.city, o.sector,
         o.email, NULL AS organization_id, o.deleted_at, o.sort_key AS sort_key",
        "'person', p.id, p.full_name, '', p.country, '', '', p.email, p.organization_id,
         p.deleted_at, p.sort_key",
    )?;
    let mut args = rows_sql.args;
    args.push(Value::Integer(i64::from(limit)));
    args.push(Value::Integer(i64::from(query.offset)));
    let searching = prefix_query(&query.text).is_some() || inside_query(&query.text).is_some();
    let sql = if searching {
        // The matches are gathered and sorted anyway: they are counted in
        // the same pass rather than found a second time.
        format!(
            "SELECT kind, id, name, short_name, country, city, sector, email, organization_id,
                    deleted_at, count(*) OVER () AS total
               FROM ({}) ORDER BY sort_key, id LIMIT ? OFFSET ?",
            rows_sql.sql
        )
    } else {
        // A compound SELECT ordered by its own columns: SQLite merges the
        // two tables' index orders instead of sorting every row.
        format!("{} ORDER BY 11, 2 LIMIT ? OFFSET ?", rows_sql.sql)
    };
    let mut counted_here: Option<u32> = None;
    let mut stmt = conn.prepare_cached(&sql)?;
    let raw = stmt
        .query_map(params_from_iter(args.iter()), |r| {
            let kind: String = r.get(0)?;
            if searching {
                counted_here = Some(r.get(10)?);
            }
            Ok((
                ContactRow {
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
                    organization_name: None,
                    tags: Vec::new(),
                    deleted_at: r.get(9)?,
                },
                r.get::<_, Option<String>>(8)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows = Vec::with_capacity(raw.len());
    for (mut row, organization_id) in raw {
        if let Some(org_id) = organization_id {
            row.organization_name = conn
                .prepare_cached("SELECT name FROM organizations WHERE id = ?1")?
                .query_row([org_id], |r| r.get(0))
                .optional()?;
        }
        row.tags = tags_of(conn, row.kind, &row.id)?;
        rows.push(row);
    }
    let total = match counted_here {
        Some(n) => n,
        None => count()?,
    };
    Ok(ContactPage {
        total,
        offset: query.offset,
        rows,
    })
}

/// A search by words alone, from the index only: the best matches first
/// (FTS5's bm25 rank, then name order), and the count of all of them.
fn ranked(conn: &Connection, matching: &str, offset: u32, limit: u32) -> Result<ContactPage> {
    let total: u32 = conn
        .prepare_cached("SELECT count(*) FROM contact_search WHERE contact_search MATCH ?1")?
        .query_row([matching], |r| r.get(0))?;
    let keys: Vec<(Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT k.organization_id, k.person_id
               FROM (SELECT rowid, rank FROM contact_search WHERE contact_search MATCH ?1
                      ORDER BY rank LIMIT ?2 OFFSET ?3) m
               JOIN contact_search_keys k ON k.rowid = m.rowid
              ORDER BY m.rank",
        )?
        .query_map(rusqlite::params![matching, limit, offset], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut rows = Vec::with_capacity(keys.len());
    for key in keys {
        let row = match key {
            (Some(id), _) => {
                let o = organization(conn, &id)?;
                ContactRow {
                    id: o.id,
                    kind: ContactKind::Organization,
                    name: o.name,
                    short_name: o.short_name,
                    country: o.country,
                    city: o.city,
                    sector: o.sector,
                    email: o.email,
                    organization_name: None,
                    tags: o.tags,
                    deleted_at: o.deleted_at,
                }
            }
            (None, Some(id)) => {
                let p = person(conn, &id)?;
                ContactRow {
                    id: p.id,
                    kind: ContactKind::Person,
                    name: p.full_name,
                    short_name: String::new(),
                    country: p.country,
                    city: String::new(),
                    sector: String::new(),
                    email: p.email,
                    organization_name: p.organization_name,
                    tags: p.tags,
                    deleted_at: p.deleted_at,
                }
            }
            (None, None) => continue,
        };
        rows.push(row);
    }
    Ok(ContactPage {
        total,
        offset,
        rows,
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

/// The words a country is found by: its code and its names.
fn country_words(code: Option<&str>) -> String {
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

fn index_entry(conn: &Connection, kind: ContactKind, id: &str) -> Result<IndexEntry> {
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
fn index_contact(conn: &Connection, kind: ContactKind, id: &str, fresh: bool) -> Result<()> {
    let entry = index_entry(conn, kind, id)?;
    if !fresh {
        conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
            .execute([entry.0])?;
        conn.prepare_cached("DELETE FROM contact_search_inside WHERE rowid = ?1")?
            .execute([entry.0])?;
    }
    write_index(conn, &[entry])
}

fn tag_id(conn: &Connection, name: &str, at: &str) -> Result<String> {
    let found: Option<String> = conn
        .prepare_cached("SELECT id FROM tags WHERE name = ?1 AND deleted_at IS NULL")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO tags (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
    )?
    .execute((&id, name, at))?;
    Ok(id)
}

/// Gives a contact these tags, in addition to the ones it has. Returns the
/// ids of the tags that were added.
pub(crate) fn add_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    tags: &[String],
    at: &str,
) -> Result<Vec<String>> {
    let (table, column) = (kind.tag_table(), kind.key_column());
    let mut added = Vec::new();
    for tag in tags {
        let tag = tag_id(conn, tag, at)?;
        let n = conn
            .prepare_cached(&format!(
                "INSERT OR IGNORE INTO {table} (id, {column}, tag_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)"
            ))?
            .execute((new_id(), id, &tag, at))?;
        if n > 0 {
            added.push(tag);
        }
    }
    Ok(added)
}

fn set_tags(
    conn: &Connection,
    kind: ContactKind,
    id: &str,
    tags: &[String],
    at: &str,
) -> Result<()> {
    let (table, column) = (kind.tag_table(), kind.key_column());
    conn.execute(&format!("DELETE FROM {table} WHERE {column} = ?1"), [id])?;
    add_tags(conn, kind, id, tags, at)?;
    Ok(())
}

pub(crate) fn insert_organization(
    conn: &Connection,
    org: &CleanOrganization,
    at: &str,
) -> Result<String> {
    insert_organization_deferred(conn, org, at, None)
}

/// Inserts an organization; its search entry goes to `pending` when given
/// (to be written with `write_index` later), else straight to the index.
pub(crate) fn insert_organization_deferred(
    conn: &Connection,
    org: &CleanOrganization,
    at: &str,
    pending: Option<&mut Vec<IndexEntry>>,
) -> Result<String> {
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO organizations (id, name, name_key, sort_key, short_name, country, city,
                                    sector, website, email, phone, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
    )?
    .execute(rusqlite::params![
        id,
        org.name,
        name_key(&org.name),
        sort_key(&org.name),
        org.short_name,
        org.country,
        org.city,
        org.sector,
        org.website,
        org.email,
        org.phone,
        org.notes,
        at
    ])?;
    add_tags(conn, ContactKind::Organization, &id, &org.tags, at)?;
    match pending {
        Some(list) => list.push(index_entry(conn, ContactKind::Organization, &id)?),
        None => index_contact(conn, ContactKind::Organization, &id, true)?,
    }
    Ok(id)
}

fn check_organization_link(conn: &Connection, id: Option<&str>) -> Result<()> {
    if let Some(org) = id {
        let found = organization(conn, org)?;
        if found.deleted_at.is_some() {
            return Err(ContactError::InTrash {
                kind: "organization",
                id: org.to_string(),
            });
        }
    }
    Ok(())
}

pub(crate) fn insert_person(conn: &Connection, p: &CleanPerson, at: &str) -> Result<String> {
    insert_person_deferred(conn, p, at, None)
}

pub(crate) fn insert_person_deferred(
    conn: &Connection,
    p: &CleanPerson,
    at: &str,
    pending: Option<&mut Vec<IndexEntry>>,
) -> Result<String> {
    let id = new_id();
    let consent_at = (p.consent_contact || p.consent_publish).then_some(at);
    conn.prepare_cached(
        "INSERT INTO people (id, full_name, name_key, sort_key, organization_id, role, email,
                             phone, country, notes, consent_contact, consent_publish,
                             consent_recorded_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
    )?
    .execute(rusqlite::params![
        id,
        p.full_name,
        name_key(&p.full_name),
        sort_key(&p.full_name),
        p.organization_id,
        p.role,
        p.email,
        p.phone,
        p.country,
        p.notes,
        p.consent_contact,
        p.consent_publish,
        consent_at,
        at
    ])?;
    add_tags(conn, ContactKind::Person, &id, &p.tags, at)?;
    match pending {
        Some(list) => list.push(index_entry(conn, ContactKind::Person, &id)?),
        None => index_contact(conn, ContactKind::Person, &id, true)?,
    }
    Ok(id)
}

pub fn create_organization(conn: &Connection, input: &OrganizationInput) -> Result<Organization> {
    let clean = clean_organization(input)?;
    let at = now(conn)?;
    let id = insert_organization(conn, &clean, &at)?;
    organization(conn, &id)
}

pub fn create_person(conn: &Connection, input: &PersonInput) -> Result<Person> {
    let clean = clean_person(input)?;
    check_organization_link(conn, clean.organization_id.as_deref())?;
    let at = now(conn)?;
    let id = insert_person(conn, &clean, &at)?;
    person(conn, &id)
}

/// Replaces an organization's fields and tags with `input`.
pub fn update_organization(
    conn: &Connection,
    id: &str,
    input: &OrganizationInput,
) -> Result<Organization> {
    let current = organization(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(ContactError::InTrash {
            kind: "organization",
            id: id.to_string(),
        });
    }
    let org = clean_organization(input)?;
    let at = now(conn)?;
    conn.execute(
        "UPDATE organizations SET name = ?2, name_key = ?3, sort_key = ?4, short_name = ?5,
                country = ?6, city = ?7, sector = ?8, website = ?9, email = ?10, phone = ?11,
                notes = ?12, updated_at = ?13
          WHERE id = ?1",
        rusqlite::params![
            id,
            org.name,
            name_key(&org.name),
            sort_key(&org.name),
            org.short_name,
            org.country,
            org.city,
            org.sector,
            org.website,
            org.email,
            org.phone,
            org.notes,
            at
        ],
    )?;
    set_tags(conn, ContactKind::Organization, id, &org.tags, &at)?;
    reindex(conn, ContactKind::Organization, id)?;
    organization(conn, id)
}

/// Replaces a person's fields and tags with `input`. A change of either
/// consent records the time it was given or withdrawn.
pub fn update_person(conn: &Connection, id: &str, input: &PersonInput) -> Result<Person> {
    let current = person(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(ContactError::InTrash {
            kind: "person",
            id: id.to_string(),
        });
    }
    let p = clean_person(input)?;
    check_organization_link(conn, p.organization_id.as_deref())?;
    let at = now(conn)?;
    let consent_changed = current.consent_contact != p.consent_contact
        || current.consent_publish != p.consent_publish;
    let consent_at = if consent_changed {
        Some(at.clone())
    } else {
        current.consent_recorded_at.clone()
    };
    conn.execute(
        "UPDATE people SET full_name = ?2, name_key = ?3, sort_key = ?4, organization_id = ?5,
                role = ?6, email = ?7, phone = ?8, country = ?9, notes = ?10,
                consent_contact = ?11, consent_publish = ?12, consent_recorded_at = ?13,
                updated_at = ?14
          WHERE id = ?1",
        rusqlite::params![
            id,
            p.full_name,
            name_key(&p.full_name),
            sort_key(&p.full_name),
            p.organization_id,
            p.role,
            p.email,
            p.phone,
            p.country,
            p.notes,
            p.consent_contact,
            p.consent_publish,
            consent_at,
            at
        ],
    )?;
    set_tags(conn, ContactKind::Person, id, &p.tags, &at)?;
    reindex(conn, ContactKind::Person, id)?;
    person(conn, id)
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

/// Moves contacts to the trash. Their endorsements and links stay; they can
/// be restored. Returns how many moved.
pub fn delete(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut moved = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        let changed = conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                kind.table()
            ),
            (id, &at),
        )?;
        if changed > 0 {
            unindex(conn, kind, id)?;
        }
        moved += changed as u32;
    }
    Ok(moved)
}

/// Brings contacts back from the trash.
pub fn restore(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut back = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        let changed = conn.execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL, merged_into = NULL, updated_at = ?2
                  WHERE id = ?1 AND deleted_at IS NOT NULL",
                kind.table()
            ),
            (id, &at),
        )?;
        if changed > 0 {
            reindex(conn, kind, id)?;
        }
        back += changed as u32;
    }
    Ok(back)
}

/// Removes contacts in the trash for good. Their tags and invitations go
/// with them; endorsements stay, by their printed names, unlinked; people
/// of a purged organization stay, without an organization.
pub fn purge(conn: &Connection, ids: &[String]) -> Result<u32> {
    for id in ids {
        let kind = kind_of(conn, id)?;
        let trashed: bool = conn.query_row(
            &format!(
                "SELECT deleted_at IS NOT NULL FROM {} WHERE id = ?1",
                kind.table()
            ),
            [id],
            |r| r.get(0),
        )?;
        if !trashed {
            return Err(ContactError::NotInTrash {
                kind: kind.as_str(),
                id: id.clone(),
            });
        }
    }
    let mut gone = 0;
    for id in ids {
        let kind = kind_of(conn, id)?;
        gone += conn.execute(&format!("DELETE FROM {} WHERE id = ?1", kind.table()), [id])? as u32;
    }
    Ok(gone)
}

/// Empties the contacts' trash: every contact in it is purged (records that
/// were merged away stay until their merge is too old to undo: never, for
/// now, so they stay).
pub fn empty_trash(conn: &Connection) -> Result<u32> {
    let ids: Vec<String> = conn
        .prepare(
            "SELECT id FROM organizations WHERE deleted_at IS NOT NULL AND merged_into IS NULL
             UNION ALL SELECT id FROM people WHERE deleted_at IS NOT NULL AND merged_into IS NULL",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    purge(conn, &ids)
}

#[cfg(test)]
mod tests;
