//! A statement's course from draft to publication, its language versions,
//! and starting one from another: status changes, translations that know
//! when their original moved on, and duplicates used as templates.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::statements::revisions::{self, RevisionKind, TextDiffReport};
use crate::statements::{self, Statement, StatementError, StatementStatus};
use crate::store::clock::{new_id, now};

type Result<T> = std::result::Result<T, StatementError>;

/// Moves a statement to `status`. Opening it for sign-on and publishing it
/// save the text as a revision and remember which one; going back to draft
/// once endorsements were recorded needs `confirmed`, since those
/// organizations signed a text that may now change.
pub fn set_status(
    conn: &Connection,
    id: &str,
    status: StatementStatus,
    confirmed: bool,
) -> Result<Statement> {
    let current = statements::get(conn, id)?;
    if current.deleted_at.is_some() {
        return Err(StatementError::InTrash { id: id.to_string() });
    }
    if current.status == status {
        return Ok(current);
    }
    if status == StatementStatus::Draft && !confirmed {
        let count: u32 = conn.query_row(
            "SELECT count(*) FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        if count > 0 {
            return Err(StatementError::NeedsConfirmation { count });
        }
    }
    let at = now(conn)?;
    let revision = match status {
        StatementStatus::Open | StatementStatus::Published => {
            let label = format!(
                "Text when {}",
                if status == StatementStatus::Open {
                    "opened for sign-on"
                } else {
                    "published"
                }
            );
            Some(
                revisions::save(conn, id, &label, RevisionKind::Status)?
                    .revision
                    .id,
            )
        }
        _ => None,
    };
    let column = match status {
        StatementStatus::Open => "open_revision_id",
        StatementStatus::Published => "published_revision_id",
        _ => "",
    };
    let changed = if column.is_empty() {
        conn.execute(
            "UPDATE statements SET status = ?2, updated_at = ?3
              WHERE id = ?1 AND deleted_at IS NULL AND status = ?4",
            (id, status.as_str(), &at, current.status.as_str()),
        )?
    } else {
        conn.execute(
            &format!(
                "UPDATE statements SET status = ?2, {column} = ?5, updated_at = ?3
                  WHERE id = ?1 AND deleted_at IS NULL AND status = ?4"
            ),
            (id, status.as_str(), &at, current.status.as_str(), &revision),
        )?
    };
    if changed == 0 {
        // Another window or program changed it meanwhile: look again.
        return set_status(conn, id, status, confirmed);
    }
    statements::get(conn, id)
}

/// Starts a translation: a new statement in `language`, linked to the
/// original, with its details and (still untranslated) text, remembering
/// which revision of the original it starts from.
pub fn translate(conn: &Connection, original_id: &str, language: &str) -> Result<Statement> {
    let language = statements::clean_language_tag(language)?;
    let original = statements::get(conn, original_id)?;
    if original.deleted_at.is_some() {
        return Err(StatementError::InTrash {
            id: original_id.to_string(),
        });
    }
    let from = revisions::save(conn, original_id, "", RevisionKind::Explicit)?.revision;
    let copy = copy_of(
        conn,
        &original,
        &original.title,
        &language,
        Some(original_id),
        Some(&from.id),
    )?;
    revisions::save(
        conn,
        &copy.id,
        "Started as a translation",
        RevisionKind::Import,
    )?;
    statements::get(conn, &copy.id)
}

/// Duplicates a statement as a template for the next one: text and details,
/// as a new draft, without endorsements, invitations or history.
pub fn duplicate(conn: &Connection, id: &str) -> Result<Statement> {
    let original = statements::get(conn, id)?;
    let title = format!("{} (copy)", original.title);
    let title: String = title
        .chars()
        .take(crate::text::LIMITS.title as usize)
        .collect();
    let copy = copy_of(conn, &original, &title, &original.language, None, None)?;
    revisions::save(conn, &copy.id, "Duplicated", RevisionKind::Import)?;
    statements::get(conn, &copy.id)
}

fn copy_of(
    conn: &Connection,
    original: &Statement,
    title: &str,
    language: &str,
    translation_of: Option<&str>,
    from_revision: Option<&str>,
) -> Result<Statement> {
    let id = new_id();
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO statements
             (id, title, subtitle, occasion, issued_by, statement_date, place, language,
              translation_of, translated_from_revision_id, deadline, signatory_goal, body,
              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        rusqlite::params![
            id,
            title,
            original.subtitle,
            original.occasion,
            original.issued_by,
            original.statement_date,
            original.place,
            language,
            translation_of,
            from_revision,
            original.deadline,
            original.signatory_goal,
            original.body,
            at,
        ],
    )?;
    statements::get(conn, &id)
}

/// Where a translation stands against its original.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationStatus {
    pub original_id: String,
    pub original_title: String,
    pub original_language: String,
    /// The original's revision the translation is up to date with.
    pub up_to_date_with: Option<u32>,
    /// The original's newest revision (its current text counts as one when unsaved).
    pub original_latest: Option<u32>,
    /// True when the original's text changed since: the translation needs a look.
    pub original_changed: bool,
    /// What changed in the original since, word by word.
    pub changes: Option<TextDiffReport>,
}

/// For a translation: whether its original moved on since it was made or
/// last marked up to date, and what changed.
pub fn translation_status(conn: &Connection, id: &str) -> Result<TranslationStatus> {
    let translation = statements::get(conn, id)?;
    let original_id = translation
        .translation_of
        .clone()
        .ok_or_else(|| StatementError::NotATranslation { id: id.to_string() })?;
    let original = statements::get(conn, &original_id)?;
    let up_to_date_with = match &translation.translated_from_revision_id {
        Some(rev) => revisions::number_of(conn, rev)?.map(|(_, n)| n),
        None => None,
    };
    let newest = revisions::latest(conn, &original_id)?;
    let original_latest = newest.as_ref().map(|r| r.number);
    let current_hash = revisions::hash_of(&original);
    let from = match up_to_date_with {
        Some(n) => Some(revisions::get(conn, &original_id, n)?),
        None => None,
    };
    let original_changed = match &from {
        Some(rev) => rev.content_hash != current_hash,
        None => true,
    };
    let changes = match (original_changed, up_to_date_with) {
        (true, Some(n)) => Some(revisions::diff_with_current(conn, &original_id, n)?),
        _ => None,
    };
    Ok(TranslationStatus {
        original_id,
        original_title: original.title,
        original_language: original.language,
        up_to_date_with,
        original_latest,
        original_changed,
        changes,
    })
}

/// Marks a translation as up to date with its original's current text
/// (saving that text as a revision of the original if it is new).
pub fn mark_translation_current(conn: &Connection, id: &str) -> Result<TranslationStatus> {
    let translation = statements::get(conn, id)?;
    let original_id = translation
        .translation_of
        .clone()
        .ok_or_else(|| StatementError::NotATranslation { id: id.to_string() })?;
    let revision = revisions::save(conn, &original_id, "", RevisionKind::Explicit)?.revision;
    let at = now(conn)?;
    conn.execute(
        "UPDATE statements SET translated_from_revision_id = ?2, updated_at = ?3
          WHERE id = ?1 AND deleted_at IS NULL",
        (id, &revision.id, &at),
    )?;
    translation_status(conn, id)
}
