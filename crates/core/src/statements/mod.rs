//! Statements: the joint texts organizations sign on to. This module covers
//! their life as records — create, read, list, rename, delete to the trash
//! and restore. Text editing, revisions and status changes build on it.

pub mod documents;
pub mod drafting;
pub mod revisions;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::clock::{new_id, now};
use crate::store::{StoreError, WithPath};
use crate::text::{self, Field, TextError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementStatus {
    Draft,
    Open,
    Closed,
    Published,
}

impl StatementStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementStatus::Draft => "draft",
            StatementStatus::Open => "open",
            StatementStatus::Closed => "closed",
            StatementStatus::Published => "published",
        }
    }

    pub fn parse(raw: &str) -> Option<StatementStatus> {
        Some(match raw {
            "draft" => StatementStatus::Draft,
            "open" => StatementStatus::Open,
            "closed" => StatementStatus::Closed,
            "published" => StatementStatus::Published,
            _ => return None,
        })
    }
}

impl std::fmt::Display for StatementStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Statement {
    pub id: String,
    pub title: String,
    /// The line(s) under the title: a rallying line.
    pub subtitle: String,
    /// What it is issued for ("International Migrants Day").
    pub occasion: String,
    /// The issuing organization(s) as printed, one per line.
    pub issued_by: String,
    /// The date printed on the statement, `YYYY-MM-DD`.
    pub statement_date: Option<String>,
    pub place: String,
    /// BCP 47 language tag of this text.
    pub language: String,
    /// The statement this one is a translation of.
    pub translation_of: Option<String>,
    /// For a translation: the original's revision it is up to date with.
    pub translated_from_revision_id: Option<String>,
    pub status: StatementStatus,
    /// Last day to sign on, `YYYY-MM-DD`.
    pub deadline: Option<String>,
    pub signatory_goal: Option<u32>,
    /// The current text, Markdown.
    pub body: String,
    /// The revision put out for sign-on, and the one published.
    pub open_revision_id: Option<String>,
    pub published_revision_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Set while the statement is in the trash.
    pub deleted_at: Option<String>,
}

/// A statement as lists show it: everything but the text, so a list of
/// many long statements stays small.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatementSummary {
    pub id: String,
    pub title: String,
    pub subtitle: String,
    pub language: String,
    pub translation_of: Option<String>,
    pub status: StatementStatus,
    pub deadline: Option<String>,
    pub signatory_goal: Option<u32>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What an organizer gives to start a statement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewStatement {
    pub title: String,
    #[serde(default)]
    #[ts(optional)]
    pub subtitle: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<String>,
}

/// Changes to a statement; fields left out stay as they are. For the
/// date, the deadline and the goal, an empty text (or 0) clears them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatementPatch {
    #[serde(default)]
    #[ts(optional)]
    pub title: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub subtitle: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub occasion: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub issued_by: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub statement_date: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub place: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub deadline: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub signatory_goal: Option<u32>,
    /// The text, Markdown.
    #[serde(default)]
    #[ts(optional)]
    pub body: Option<String>,
}

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@statement", rename_all = "snake_case")]
pub enum StatementError {
    #[error("a statement needs a title; type one and try again")]
    EmptyTitle,

    #[error("no statement with id {id}; it may have been deleted or purged")]
    NotFound { id: String },

    #[error("the statement is in the trash; restore it first to change it")]
    InTrash { id: String },

    #[error("the statement is not in the trash; move it there first, then empty it from there")]
    NotInTrash { id: String },

    #[error("{value:?} is not a date; use the form YYYY-MM-DD, e.g. 2026-12-18")]
    BadDate { value: String },

    #[error("{value:?} is not a status; use draft, open, closed or published")]
    BadStatus { value: String },

    #[error(
        "{count} endorsement(s) were recorded while it was open; moving it back to draft needs confirming"
    )]
    NeedsConfirmation { count: u32 },

    #[error("no revision {number} of this statement; it has {count}")]
    NoRevision { number: u32, count: u32 },

    #[error("this statement is not a translation")]
    NotATranslation { id: String },

    #[error("{reason}")]
    Import { reason: String },

    /// A text field broke the rules of `text`: a control character, a
    /// length over the limit, a malformed language tag.
    #[error(transparent)]
    #[serde(untagged)]
    Text(#[from] TextError),

    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for StatementError {
    fn from(err: rusqlite::Error) -> Self {
        StatementError::Store(StoreError::from(err))
    }
}

impl WithPath for StatementError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            StatementError::Store(err) => StatementError::Store(err.with_path(path)),
            other => other,
        }
    }
}

type Result<T> = std::result::Result<T, StatementError>;

const COLUMNS: &str = "id, title, subtitle, statement_date, place, language, translation_of,
     status, deadline, signatory_goal, body, created_at, updated_at, deleted_at,
     occasion, issued_by, translated_from_revision_id, open_revision_id, published_revision_id";

fn status_at(row: &Row<'_>, index: usize) -> rusqlite::Result<StatementStatus> {
    let raw: String = row.get(index)?;
    StatementStatus::parse(&raw).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown statement status {raw:?}").into(),
        )
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Statement> {
    let status = status_at(row, 7)?;
    Ok(Statement {
        id: row.get(0)?,
        title: row.get(1)?,
        subtitle: row.get(2)?,
        statement_date: row.get(3)?,
        place: row.get(4)?,
        language: row.get(5)?,
        translation_of: row.get(6)?,
        status,
        deadline: row.get(8)?,
        signatory_goal: row.get(9)?,
        body: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
        occasion: row.get(14)?,
        issued_by: row.get(15)?,
        translated_from_revision_id: row.get(16)?,
        open_revision_id: row.get(17)?,
        published_revision_id: row.get(18)?,
    })
}

/// The statement whose sign-ons a statement shares: the original it was
/// translated from (a translation of a translation leads back to the
/// first), or the statement itself. Organizations sign a statement, not
/// one wording of it.
pub fn sign_on_home(conn: &Connection, statement_id: &str) -> Result<String> {
    let mut id = statement_id.to_string();
    let mut parent: Option<String> = conn
        .query_row(
            "SELECT translation_of FROM statements WHERE id = ?1",
            [statement_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| StatementError::NotFound {
            id: statement_id.to_string(),
        })?;
    // A chain longer than any real one means a loop in damaged data.
    for _ in 0..64 {
        let Some(next) = parent else { break };
        parent = conn
            .query_row(
                "SELECT translation_of FROM statements WHERE id = ?1",
                [&next],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        id = next;
    }
    Ok(id)
}

/// The statement and every translation of it, and of those (whichever of
/// them is given): the original first, then by language.
pub fn language_versions(conn: &Connection, statement_id: &str) -> Result<Vec<Statement>> {
    let original_id = sign_on_home(conn, statement_id)?;
    let mut ids: Vec<String> = conn
        .prepare(
            "WITH RECURSIVE family(id) AS (
                 SELECT id FROM statements WHERE translation_of = ?1
                 UNION SELECT s.id FROM statements s JOIN family f ON s.translation_of = f.id
             )
             SELECT s.id FROM statements s JOIN family USING (id)
              WHERE s.deleted_at IS NULL AND s.id <> ?1
              ORDER BY s.language, s.created_at, s.id",
        )?
        .query_map([&original_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.insert(0, original_id);
    ids.iter().map(|id| get(conn, id)).collect()
}

fn clean_title(raw: &str) -> Result<String> {
    let title = text::clean_line(Field::Title, raw)?;
    if title.is_empty() {
        return Err(StatementError::EmptyTitle);
    }
    Ok(title)
}

fn clean_language(raw: Option<&str>) -> Result<String> {
    match raw.map(str::trim) {
        Some(tag) if !tag.is_empty() => Ok(text::clean_language(tag)?),
        _ => Ok("en".to_string()),
    }
}

pub(crate) fn clean_language_tag(raw: &str) -> Result<String> {
    clean_language(Some(raw))
}

/// An optional one-line field: `None` when the caller left it out.
fn clean_optional(field: Field, raw: Option<&str>) -> Result<Option<String>> {
    Ok(raw.map(|r| text::clean_line(field, r)).transpose()?)
}

/// Starts a new statement as a draft.
pub fn create(conn: &Connection, new: &NewStatement) -> Result<Statement> {
    let title = clean_title(&new.title)?;
    let subtitle = clean_optional(Field::Subtitle, new.subtitle.as_deref())?.unwrap_or_default();
    let language = clean_language(new.language.as_deref())?;
    let id = new_id();
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO statements (id, title, subtitle, language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        (&id, &title, &subtitle, &language, &at),
    )?;
    get(conn, &id)
}

/// One statement, whether live or in the trash.
pub fn get(conn: &Connection, id: &str) -> Result<Statement> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM statements WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| StatementError::NotFound { id: id.to_string() })
}

/// Live statements, most recently changed first.
pub fn list(conn: &Connection) -> Result<Vec<StatementSummary>> {
    select_many(
        conn,
        "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC",
    )
}

/// Statements in the trash, most recently deleted first.
pub fn list_trash(conn: &Connection) -> Result<Vec<StatementSummary>> {
    select_many(
        conn,
        "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC",
    )
}

fn select_many(conn: &Connection, tail: &str) -> Result<Vec<StatementSummary>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, title, subtitle, language, translation_of, status, deadline,
                signatory_goal, created_at, updated_at, deleted_at
           FROM statements {tail}"
    ))?;
    let rows = stmt.query_map([], |row| {
        Ok(StatementSummary {
            id: row.get(0)?,
            title: row.get(1)?,
            subtitle: row.get(2)?,
            language: row.get(3)?,
            translation_of: row.get(4)?,
            status: status_at(row, 5)?,
            deadline: row.get(6)?,
            signatory_goal: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
            deleted_at: row.get(10)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A `YYYY-MM-DD` date, or `None` for an empty text (which clears it).
pub(crate) fn clean_date(raw: &str) -> Result<Option<String>> {
    crate::text::dates::clean_iso_date(raw).map_err(|value| StatementError::BadDate { value })
}

/// Changes a live statement: any of its details and its text. The state
/// check is part of the write, so a delete from another window or process
/// between a look and the write cannot slip through; a patch that changes
/// nothing leaves the update time alone.
pub fn update(conn: &Connection, id: &str, patch: &StatementPatch) -> Result<Statement> {
    let title = patch.title.as_deref().map(clean_title).transpose()?;
    let subtitle = clean_optional(Field::Subtitle, patch.subtitle.as_deref())?;
    let occasion = clean_optional(Field::Occasion, patch.occasion.as_deref())?;
    let issued_by = patch
        .issued_by
        .as_deref()
        .map(|raw| text::clean_lines(Field::IssuedBy, raw))
        .transpose()?;
    let place = clean_optional(Field::Place, patch.place.as_deref())?;
    let language = patch
        .language
        .as_deref()
        .map(|raw| clean_language(Some(raw)))
        .transpose()?;
    let body = patch
        .body
        .as_deref()
        .map(|raw| text::clean_block(Field::Body, raw))
        .transpose()?;
    let date = patch
        .statement_date
        .as_deref()
        .map(clean_date)
        .transpose()?;
    let deadline = patch.deadline.as_deref().map(clean_date).transpose()?;
    let goal = patch.signatory_goal.map(|g| (g > 0).then_some(g));

    let current = get(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(StatementError::InTrash { id: id.to_string() });
    }
    let next = Statement {
        title: title.unwrap_or_else(|| current.title.clone()),
        subtitle: subtitle.unwrap_or_else(|| current.subtitle.clone()),
        occasion: occasion.unwrap_or_else(|| current.occasion.clone()),
        issued_by: issued_by.unwrap_or_else(|| current.issued_by.clone()),
        place: place.unwrap_or_else(|| current.place.clone()),
        language: language.unwrap_or_else(|| current.language.clone()),
        body: body.unwrap_or_else(|| current.body.clone()),
        statement_date: date.unwrap_or_else(|| current.statement_date.clone()),
        deadline: deadline.unwrap_or_else(|| current.deadline.clone()),
        signatory_goal: goal.unwrap_or(current.signatory_goal),
        ..current.clone()
    };
    if next == current {
        return Ok(current);
    }
    let at = now(conn)?;
    let changed = conn.execute(
        "UPDATE statements
            SET title = ?2, subtitle = ?3, occasion = ?4, issued_by = ?5, place = ?6,
                language = ?7, body = ?8, statement_date = ?9, deadline = ?10,
                signatory_goal = ?11, updated_at = ?12
          WHERE id = ?1 AND deleted_at IS NULL AND updated_at = ?13",
        rusqlite::params![
            id,
            next.title,
            next.subtitle,
            next.occasion,
            next.issued_by,
            next.place,
            next.language,
            next.body,
            next.statement_date,
            next.deadline,
            next.signatory_goal,
            at,
            current.updated_at,
        ],
    )?;
    if changed == 0 {
        // Changed or deleted by another window or program since we read
        // it: say which, rather than write over what they did.
        let now_there = get(conn, id)?;
        if now_there.deleted_at.is_some() {
            return Err(StatementError::InTrash { id: id.to_string() });
        }
        return update(conn, id, patch);
    }
    get(conn, id)
}

/// Moves a statement to the trash. It keeps everything and can be restored.
pub fn delete(conn: &Connection, id: &str) -> Result<Statement> {
    let at = now(conn)?;
    let changed = conn.execute(
        "UPDATE statements SET deleted_at = ?2, updated_at = ?2
          WHERE id = ?1 AND deleted_at IS NULL",
        (id, &at),
    )?;
    let current = get(conn, id)?;
    if changed == 0 {
        return Err(StatementError::InTrash { id: id.to_string() });
    }
    Ok(current)
}

/// Brings a statement back from the trash. Restoring a live one changes nothing.
pub fn restore(conn: &Connection, id: &str) -> Result<Statement> {
    let at = now(conn)?;
    conn.execute(
        "UPDATE statements SET deleted_at = NULL, updated_at = ?2
          WHERE id = ?1 AND deleted_at IS NOT NULL",
        (id, &at),
    )?;
    get(conn, id)
}

/// Removes a statement in the trash for good, with everything that belongs
/// to it (revisions, endorsements and their log, invitations, exports).
/// A live statement must be moved to the trash first.
pub fn purge(conn: &Connection, id: &str) -> Result<()> {
    let current = get(conn, id)?;
    if current.deleted_at.is_none() {
        return Err(StatementError::NotInTrash { id: id.to_string() });
    }
    conn.execute(
        "DELETE FROM statements WHERE id = ?1 AND deleted_at IS NOT NULL",
        [id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
