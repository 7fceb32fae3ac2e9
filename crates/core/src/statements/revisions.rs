//! Revisions: the numbered versions of a statement's text, so organizers
//! know exactly which wording each organization endorsed. A revision is
//! saved on request ("Save version"), after a pause in editing, when a
//! version is restored, and when a statement opens for sign-on; saving an
//! unchanged text makes no new one. Rows are immutable; numbers are derived
//! from the order they were written, never stored (two organizers' files
//! can then be merged without two "version 3"s).

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use similar::{ChangeTag, TextDiff};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::statements::{self, Statement, StatementError, StatementPatch};
use crate::store::clock::{new_id, now};
use crate::text::{self, Field};

type Result<T> = std::result::Result<T, StatementError>;

/// The canonical form the hash is taken over; stored with each revision so
/// that a later form never makes old hashes look wrong.
pub const HASH_VERSION: u32 = 1;

/// Why a revision was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RevisionKind {
    /// "Save version" (Ctrl+S), perhaps with a label.
    Explicit,
    /// Editing paused for a while.
    Pause,
    /// An earlier version was brought back.
    Restore,
    /// The text the statement was started from (an imported file).
    Import,
    /// The text as it was opened for sign-on or published.
    Status,
}

impl RevisionKind {
    fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Explicit => "explicit",
            RevisionKind::Pause => "pause",
            RevisionKind::Restore => "restore",
            RevisionKind::Import => "import",
            RevisionKind::Status => "status",
        }
    }

    fn parse(raw: &str) -> RevisionKind {
        match raw {
            "pause" => RevisionKind::Pause,
            "restore" => RevisionKind::Restore,
            "import" => RevisionKind::Import,
            "status" => RevisionKind::Status,
            _ => RevisionKind::Explicit,
        }
    }
}

/// One version of a statement's text and printed details.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub id: String,
    pub statement_id: String,
    /// 1 for the first revision of the statement, counted in order of writing.
    pub number: u32,
    pub label: String,
    pub kind: RevisionKind,
    pub title: String,
    pub subtitle: String,
    pub statement_date: Option<String>,
    pub place: String,
    pub language: String,
    pub body: String,
    /// SHA-256 (hex) of the canonical text, see [`canonical_text`].
    pub content_hash: String,
    pub hash_version: u32,
    pub created_at: String,
}

/// A revision as the history panel lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevisionSummary {
    pub id: String,
    pub number: u32,
    pub label: String,
    pub kind: RevisionKind,
    pub created_at: String,
    pub content_hash: String,
    /// Words added plus words removed since the revision before it.
    pub words_changed: u32,
}

/// Whether `save` wrote a new revision or found the text unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedRevision {
    pub revision: Revision,
    /// False when the text was the same as the last revision's: nothing new was written.
    pub created: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DiffChange {
    Same,
    Added,
    Removed,
}

/// A run of words that are the same in both, or only in one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DiffPart {
    pub change: DiffChange,
    pub text: String,
}

/// The word-level difference between two texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TextDiffReport {
    pub parts: Vec<DiffPart>,
    pub words_added: u32,
    pub words_removed: u32,
}

/// The fields a revision records and the hash covers.
struct Content<'a> {
    title: &'a str,
    subtitle: &'a str,
    statement_date: Option<&'a str>,
    place: &'a str,
    language: &'a str,
    body: &'a str,
}

impl<'a> From<&'a Statement> for Content<'a> {
    fn from(s: &'a Statement) -> Self {
        Content {
            title: &s.title,
            subtitle: &s.subtitle,
            statement_date: s.statement_date.as_deref(),
            place: &s.place,
            language: &s.language,
            body: &s.body,
        }
    }
}

impl<'a> From<&'a Revision> for Content<'a> {
    fn from(r: &'a Revision) -> Self {
        Content {
            title: &r.title,
            subtitle: &r.subtitle,
            statement_date: r.statement_date.as_deref(),
            place: &r.place,
            language: &r.language,
            body: &r.body,
        }
    }
}

/// One field in canonical form (hash version 1): Unicode NFC, every line
/// ending as LF, spaces and tabs at the end of each line removed, and line
/// breaks at the very end removed. Typographic characters (curly quotes,
/// dashes, no-break spaces) are kept as they are: they are part of the text.
pub fn canonical_field(raw: &str) -> String {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let nfc: String = unified.nfc().collect();
    let lines: Vec<&str> = nfc
        .split('\n')
        .map(|line| line.trim_end_matches([' ', '\t']))
        .collect();
    lines.join("\n").trim_end_matches('\n').to_string()
}

/// The canonical text of version 1: a JSON array of a marker, the version,
/// then title, subtitle, date (empty when none), place, language and body,
/// each in canonical form. JSON keeps the fields apart unambiguously.
fn canonical_text(content: &Content<'_>) -> String {
    let fields = [
        content.title,
        content.subtitle,
        content.statement_date.unwrap_or(""),
        content.place,
        content.language,
        content.body,
    ];
    let mut parts = vec![
        serde_json::Value::from("undersigned-revision"),
        serde_json::Value::from(HASH_VERSION),
    ];
    parts.extend(
        fields
            .iter()
            .map(|f| serde_json::Value::from(canonical_field(f))),
    );
    serde_json::Value::Array(parts).to_string()
}

/// SHA-256 (lower-case hex) of the canonical text.
fn hash(content: &Content<'_>) -> String {
    let digest = Sha256::digest(canonical_text(content).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash a statement's current text would get as a revision.
pub fn hash_of(statement: &Statement) -> String {
    hash(&Content::from(statement))
}

const COLUMNS: &str = "id, statement_id, label, kind, title, subtitle, statement_date, place,
     language, body, content_hash, hash_version, created_at";

/// Reads a row; `number` is worked out by the caller from the order.
fn from_row(row: &Row<'_>, number: u32) -> rusqlite::Result<Revision> {
    let kind: String = row.get(3)?;
    Ok(Revision {
        id: row.get(0)?,
        statement_id: row.get(1)?,
        number,
        label: row.get(2)?,
        kind: RevisionKind::parse(&kind),
        title: row.get(4)?,
        subtitle: row.get(5)?,
        statement_date: row.get(6)?,
        place: row.get(7)?,
        language: row.get(8)?,
        body: row.get(9)?,
        content_hash: row.get(10)?,
        hash_version: row.get(11)?,
        created_at: row.get(12)?,
    })
}

/// Every revision of a statement, oldest first, numbered from 1.
fn all(conn: &Connection, statement_id: &str) -> Result<Vec<Revision>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM statement_revisions WHERE statement_id = ?1
          ORDER BY created_at, id"
    ))?;
    let mut rows = stmt.query([statement_id])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let number = u32::try_from(found.len() + 1).unwrap_or(u32::MAX);
        found.push(from_row(row, number)?);
    }
    Ok(found)
}

/// The newest revision, if there is one.
pub fn latest(conn: &Connection, statement_id: &str) -> Result<Option<Revision>> {
    let count: u32 = conn.query_row(
        "SELECT count(*) FROM statement_revisions WHERE statement_id = ?1",
        [statement_id],
        |r| r.get(0),
    )?;
    if count == 0 {
        return Ok(None);
    }
    Ok(conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM statement_revisions WHERE statement_id = ?1
                  ORDER BY created_at DESC, id DESC LIMIT 1"
            ),
            [statement_id],
            |row| from_row(row, count),
        )
        .optional()?)
}

/// Saves the statement's current text as a new revision, unless it is the
/// same as the newest revision's (then that one is returned, `created: false`).
pub fn save(
    conn: &Connection,
    statement_id: &str,
    label: &str,
    kind: RevisionKind,
) -> Result<SavedRevision> {
    let label = text::clean_line(Field::Label, label)?;
    let statement = statements::get(conn, statement_id)?;
    if statement.deleted_at.is_some() {
        return Err(StatementError::InTrash {
            id: statement_id.to_string(),
        });
    }
    let content_hash = hash_of(&statement);
    if let Some(newest) = latest(conn, statement_id)?
        && newest.content_hash == content_hash
    {
        return Ok(SavedRevision {
            revision: newest,
            created: false,
        });
    }
    let id = new_id();
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO statement_revisions
             (id, statement_id, label, kind, title, subtitle, statement_date, place, language,
              body, content_hash, hash_version, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        rusqlite::params![
            id,
            statement_id,
            label,
            kind.as_str(),
            statement.title,
            statement.subtitle,
            statement.statement_date,
            statement.place,
            statement.language,
            statement.body,
            content_hash,
            HASH_VERSION,
            at,
        ],
    )?;
    let revision = latest(conn, statement_id)?.ok_or(StatementError::NotFound {
        id: statement_id.to_string(),
    })?;
    Ok(SavedRevision {
        revision,
        created: true,
    })
}

/// Revision `number` (from 1) of a statement.
pub fn get(conn: &Connection, statement_id: &str, number: u32) -> Result<Revision> {
    statements::get(conn, statement_id)?;
    let revisions = all(conn, statement_id)?;
    let count = u32::try_from(revisions.len()).unwrap_or(u32::MAX);
    revisions
        .into_iter()
        .nth((number as usize).wrapping_sub(1))
        .ok_or(StatementError::NoRevision { number, count })
}

/// The history panel: every revision, newest first, with how many words
/// changed since the one before.
pub fn list(conn: &Connection, statement_id: &str) -> Result<Vec<RevisionSummary>> {
    statements::get(conn, statement_id)?;
    let revisions = all(conn, statement_id)?;
    let mut summaries = Vec::with_capacity(revisions.len());
    let mut previous: Option<String> = None;
    for revision in &revisions {
        let document = document(&Content::from(revision));
        let words_changed = match &previous {
            Some(before) => {
                let report = diff_texts(before, &document);
                report.words_added + report.words_removed
            }
            None => count_words(&document),
        };
        summaries.push(RevisionSummary {
            id: revision.id.clone(),
            number: revision.number,
            label: revision.label.clone(),
            kind: revision.kind,
            created_at: revision.created_at.clone(),
            content_hash: revision.content_hash.clone(),
            words_changed,
        });
        previous = Some(document);
    }
    summaries.reverse();
    Ok(summaries)
}

/// The words of revision `from` against those of revision `to`.
pub fn diff(conn: &Connection, statement_id: &str, from: u32, to: u32) -> Result<TextDiffReport> {
    let old = get(conn, statement_id, from)?;
    let new = get(conn, statement_id, to)?;
    Ok(diff_texts(
        &document(&Content::from(&old)),
        &document(&Content::from(&new)),
    ))
}

/// The words of a revision against the statement's current text.
pub fn diff_with_current(
    conn: &Connection,
    statement_id: &str,
    from: u32,
) -> Result<TextDiffReport> {
    let old = get(conn, statement_id, from)?;
    let current = statements::get(conn, statement_id)?;
    Ok(diff_texts(
        &document(&Content::from(&old)),
        &document(&Content::from(&current)),
    ))
}

/// What a diff compares: the title as a heading, the subtitle, the text.
fn document(content: &Content<'_>) -> String {
    let mut doc = format!("# {}\n", content.title);
    if !content.subtitle.is_empty() {
        doc.push('\n');
        doc.push_str(content.subtitle);
        doc.push('\n');
    }
    if !content.body.is_empty() {
        doc.push('\n');
        doc.push_str(content.body);
    }
    doc
}

fn count_words(text: &str) -> u32 {
    u32::try_from(text.split_whitespace().count()).unwrap_or(u32::MAX)
}

/// A word-level diff: runs of unchanged, added and removed text, with the
/// whitespace between words kept so the parts join back into the texts.
pub fn diff_texts(old: &str, new: &str) -> TextDiffReport {
    let diff = TextDiff::from_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut words_added = 0u32;
    let mut words_removed = 0u32;
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => DiffChange::Same,
            ChangeTag::Insert => DiffChange::Added,
            ChangeTag::Delete => DiffChange::Removed,
        };
        let value = change.value();
        let is_word = !value.trim().is_empty();
        match kind {
            DiffChange::Added if is_word => words_added += 1,
            DiffChange::Removed if is_word => words_removed += 1,
            _ => {}
        }
        match parts.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(value),
            _ => parts.push(DiffPart {
                change: kind,
                text: value.to_string(),
            }),
        }
    }
    TextDiffReport {
        parts,
        words_added,
        words_removed,
    }
}

/// Brings back revision `number`: the statement takes its text and printed
/// details again, and that is saved as a new revision. Nothing is overwritten.
pub fn restore(conn: &Connection, statement_id: &str, number: u32) -> Result<SavedRevision> {
    let old = get(conn, statement_id, number)?;
    // Text typed since the last revision is kept as a revision of its own
    // first, so that restoring never loses it.
    save(
        conn,
        statement_id,
        &format!("Before restoring version {number}"),
        RevisionKind::Pause,
    )?;
    let patch = StatementPatch {
        title: Some(old.title.clone()),
        subtitle: Some(old.subtitle.clone()),
        statement_date: Some(old.statement_date.clone().unwrap_or_default()),
        place: Some(old.place.clone()),
        language: Some(old.language.clone()),
        body: Some(old.body.clone()),
        ..Default::default()
    };
    statements::update(conn, statement_id, &patch)?;
    let label = format!("Restored version {number}");
    let saved = save(conn, statement_id, &label, RevisionKind::Restore)?;
    Ok(saved)
}

/// The number of the revision with `id` among its statement's revisions.
pub fn number_of(conn: &Connection, revision_id: &str) -> Result<Option<(String, u32)>> {
    let found: Option<String> = conn
        .query_row(
            "SELECT statement_id FROM statement_revisions WHERE id = ?1",
            [revision_id],
            |row| row.get(0),
        )
        .optional()?;
    let Some(statement_id) = found else {
        return Ok(None);
    };
    let position = all(conn, &statement_id)?
        .iter()
        .find(|r| r.id == revision_id)
        .map(|r| r.number);
    Ok(position.map(|n| (statement_id, n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content<'a>(title: &'a str, body: &'a str) -> Content<'a> {
        Content {
            title,
            subtitle: "",
            statement_date: None,
            place: "",
            language: "en",
            body,
        }
    }

    #[test]
    fn the_same_text_always_gives_the_same_hash() {
        let a = hash(&content("Title", "First line\nSecond line"));
        // Windows line ends, trailing spaces and a final newline do not count.
        let b = hash(&content("Title", "First line  \r\nSecond line\t\n\n"));
        assert_eq!(a, b);
        // Composed and decomposed "é" are the same text.
        let composed = hash(&content("Café", ""));
        let decomposed = hash(&content("Cafe\u{301}", ""));
        assert_eq!(composed, decomposed);
        assert_eq!(a.len(), 64);
        // A pinned value: if the canonical form changes, HASH_VERSION must too.
        assert_eq!(
            hash(&content("Stop the deportations", "We, the undersigned…")),
            "93d3d1d21cb97a4ae82b980299174b06ac636d3b6aa779ba0b274407da3c70e4"
        );
    }

    #[test]
    fn a_change_anywhere_changes_the_hash() {
        let base = hash(&content("Title", "Body"));
        assert_ne!(base, hash(&content("Title.", "Body")));
        assert_ne!(base, hash(&content("Title", "Body.")));
        assert_ne!(
            base,
            hash(&content("Title", "Body\u{a0}")),
            "a no-break space is text"
        );
        let mut dated = content("Title", "Body");
        dated.statement_date = Some("2026-12-18");
        assert_ne!(base, hash(&dated));
        // Moving text between fields is a change, not the same words.
        assert_ne!(hash(&content("Ab", "c")), hash(&content("A", "bc")));
    }

    #[test]
    fn a_word_diff_of_a_known_pair() {
        let report = diff_texts(
            "We call on the government to stop deportations.",
            "We call on all governments to stop deportations now.",
        );
        let shown: String = report
            .parts
            .iter()
            .map(|p| match p.change {
                DiffChange::Same => p.text.clone(),
                DiffChange::Added => format!("[+{}]", p.text),
                DiffChange::Removed => format!("[-{}]", p.text),
            })
            .collect();
        assert_eq!(
            shown,
            "We call on [-the][+all] [-government][+governments] to stop [-deportations.][+deportations now.]"
        );
        assert_eq!((report.words_added, report.words_removed), (4, 3));
    }
}
