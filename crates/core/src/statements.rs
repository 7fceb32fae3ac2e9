//! Statements: the joint texts organizations sign on to. This module covers
//! their life as records — create, read, list, rename, delete to the trash
//! and restore. Text editing, revisions and status changes build on it.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::{new_id, now};
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
    fn as_str(self) -> &'static str {
        match self {
            StatementStatus::Draft => "draft",
            StatementStatus::Open => "open",
            StatementStatus::Closed => "closed",
            StatementStatus::Published => "published",
        }
    }

    fn parse(raw: &str) -> Option<StatementStatus> {
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
    pub subtitle: String,
    /// The date printed on the statement, `YYYY-MM-DD`.
    pub statement_date: Option<String>,
    pub place: String,
    /// BCP 47 language tag of this text.
    pub language: String,
    /// The statement this one is a translation of.
    pub translation_of: Option<String>,
    pub status: StatementStatus,
    pub deadline: Option<String>,
    pub signatory_goal: Option<u32>,
    /// The current text, Markdown.
    pub body: String,
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

/// Changes to a statement's record; fields left `None` stay as they are.
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
    pub place: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StatementError {
    #[error("a statement needs a title; type one and try again")]
    EmptyTitle,

    /// A text field broke the rules of `text`: a control character, a
    /// length over the limit, a malformed language tag.
    #[error(transparent)]
    Text(#[from] TextError),

    #[error("no statement with id {id}; it may have been deleted or purged")]
    NotFound { id: String },

    #[error("the statement is in the trash; restore it first to change it")]
    InTrash { id: String },

    #[error("the statement is not in the trash; move it there first, then empty it from there")]
    NotInTrash { id: String },

    #[error(transparent)]
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
     status, deadline, signatory_goal, body, created_at, updated_at, deleted_at";

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
    })
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

/// Changes a live statement's record (title, subtitle, place).
pub fn update(conn: &Connection, id: &str, patch: &StatementPatch) -> Result<Statement> {
    let title = patch.title.as_deref().map(clean_title).transpose()?;
    let subtitle = clean_optional(Field::Subtitle, patch.subtitle.as_deref())?;
    let place = clean_optional(Field::Place, patch.place.as_deref())?;
    let at = now(conn)?;
    // The state check is part of the write, so a delete from another
    // window or process between a look and the write cannot slip through.
    // A patch that changes nothing leaves the update time alone.
    let changed = conn.execute(
        "UPDATE statements
            SET title = coalesce(?2, title), subtitle = coalesce(?3, subtitle),
                place = coalesce(?4, place), updated_at = ?5
          WHERE id = ?1 AND deleted_at IS NULL
            AND (title IS NOT coalesce(?2, title) OR subtitle IS NOT coalesce(?3, subtitle)
                 OR place IS NOT coalesce(?4, place))",
        (id, &title, &subtitle, &place, &at),
    )?;
    let current = get(conn, id)?;
    if changed == 0 && current.deleted_at.is_some() {
        return Err(StatementError::InTrash { id: id.to_string() });
    }
    Ok(current)
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
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_collapsed() -> Result<()> {
        assert_eq!(
            clean_title("  Stop \n the\tdeportations ")?,
            "Stop the deportations"
        );
        Ok(())
    }

    #[test]
    fn blank_titles_are_refused() {
        assert!(matches!(
            clean_title(" \n\t "),
            Err(StatementError::EmptyTitle)
        ));
    }

    #[test]
    fn title_length_counts_characters_not_bytes() {
        let max = text::LIMITS.title as usize;
        let arabic = "ب".repeat(max);
        assert!(
            clean_title(&arabic).is_ok(),
            "{max} two-byte characters fit"
        );
        let too_long = "ب".repeat(max + 1);
        assert!(matches!(
            clean_title(&too_long),
            Err(StatementError::Text(TextError::TooLong { chars, .. })) if chars == max + 1
        ));
    }

    #[test]
    fn a_title_of_only_direction_marks_is_blank() {
        assert!(matches!(
            clean_title("\u{202E} \u{2066}"),
            Err(StatementError::EmptyTitle)
        ));
    }

    #[test]
    fn status_round_trips_through_text() {
        for status in [
            StatementStatus::Draft,
            StatementStatus::Open,
            StatementStatus::Closed,
            StatementStatus::Published,
        ] {
            assert_eq!(StatementStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(StatementStatus::parse("archived"), None);
    }
}
