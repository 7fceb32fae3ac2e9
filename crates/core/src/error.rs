//! What kind of failure an error is, for the programs that show it: the
//! window branches on it, the command line prints it with `--json`. A kind
//! exists only where a consumer does something different with it.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::contacts::ContactError;
use crate::contacts::import::ImportError;
use crate::signons::EndorsementError;
use crate::statements::StatementError;
use crate::store::StoreError;
use crate::store::backup::BackupError;
use crate::tabular::ReadError;
use crate::text::TextError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input was refused; the message says which field and why. The UI keeps the form open.
    Invalid,
    /// The row is gone (deleted elsewhere, purged). The UI refreshes its list.
    NotFound,
    /// The change would undo something others rely on (a statement with
    /// endorsements moved back to draft): the UI asks, then sends it again
    /// confirmed.
    NeedsConfirmation,
    /// Another program is writing and held the lock past the wait: trying
    /// again shortly usually works. The UI retries and says so.
    Busy,
    /// The database cannot be used as it is (not ours, damaged, read-only,
    /// newer); the UI shows a notice with the message.
    Unavailable,
    /// A review was planned before the data it read changed: nothing was
    /// written. The UI plans it again and shows the new review.
    Stale,
    /// Anything else: a bug or a failing disk. The UI shows the message.
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::NeedsConfirmation => "needs_confirmation",
            ErrorCode::Busy => "busy",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Stale => "stale",
            ErrorCode::Internal => "internal",
        }
    }
}

/// An error that knows its kind.
pub trait Coded: std::fmt::Display {
    fn code(&self) -> ErrorCode;
}

impl Coded for StoreError {
    fn code(&self) -> ErrorCode {
        match self {
            StoreError::Locked { .. } => ErrorCode::Busy,
            StoreError::AlreadyEncrypted { .. }
            | StoreError::NotEncrypted { .. }
            | StoreError::WeakPassphrase { .. } => ErrorCode::Invalid,
            StoreError::NotADatabase { .. }
            | StoreError::Encrypted { .. }
            | StoreError::WrongPassphrase { .. }
            | StoreError::InUse { .. }
            | StoreError::ConversionFailed { .. }
            | StoreError::ForeignDatabase { .. }
            | StoreError::Corrupt { .. }
            | StoreError::ReadOnly { .. }
            | StoreError::ReadOnlyOutdated { .. }
            | StoreError::NoDatabase { .. }
            | StoreError::CannotOpen { .. }
            | StoreError::BackupBeforeMigration { .. }
            | StoreError::MigrationChanged { .. }
            | StoreError::DiskFull { .. }
            | StoreError::TooNew { .. } => ErrorCode::Unavailable,
            StoreError::Migration { .. }
            | StoreError::MigrationBrokeLinks { .. }
            | StoreError::Sqlite(_) => ErrorCode::Internal,
        }
    }
}

impl Coded for TextError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }
}

impl Coded for StatementError {
    fn code(&self) -> ErrorCode {
        match self {
            StatementError::EmptyTitle
            | StatementError::Text(_)
            | StatementError::InTrash { .. }
            | StatementError::NotInTrash { .. }
            | StatementError::BadDate { .. }
            | StatementError::BadStatus { .. }
            | StatementError::NotATranslation { .. }
            | StatementError::Import { .. } => ErrorCode::Invalid,
            StatementError::NeedsConfirmation { .. } => ErrorCode::NeedsConfirmation,
            StatementError::NotFound { .. } | StatementError::NoRevision { .. } => {
                ErrorCode::NotFound
            }
            StatementError::Store(store) => store.code(),
        }
    }
}

impl Coded for BackupError {
    fn code(&self) -> ErrorCode {
        match self {
            BackupError::Store(store) => store.code(),
            BackupError::NotRestorable { .. } | BackupError::OtherDatabase { .. } => {
                ErrorCode::Invalid
            }
            BackupError::NoSuchBackup { .. } => ErrorCode::NotFound,
            BackupError::NoFile | BackupError::Write { .. } | BackupError::Unsound { .. } => {
                ErrorCode::Unavailable
            }
        }
    }
}

impl Coded for ContactError {
    fn code(&self) -> ErrorCode {
        match self {
            ContactError::EmptyName
            | ContactError::NoLetters { .. }
            | ContactError::Text(_)
            | ContactError::Country(_)
            | ContactError::InTrash { .. }
            | ContactError::NotInTrash { .. }
            | ContactError::Merge { .. } => ErrorCode::Invalid,
            ContactError::NotFound { .. } => ErrorCode::NotFound,
            ContactError::Write { .. } | ContactError::NoBackup { .. } => ErrorCode::Unavailable,
            ContactError::Store(store) => store.code(),
        }
    }
}

impl Coded for EndorsementError {
    fn code(&self) -> ErrorCode {
        match self {
            EndorsementError::NotFound { .. } => ErrorCode::NotFound,
            EndorsementError::Statement(err) => err.code(),
            EndorsementError::Contact(err) => err.code(),
            EndorsementError::Store(err) => err.code(),
            EndorsementError::EmptyName
            | EndorsementError::NoLetters { .. }
            | EndorsementError::Text(_)
            | EndorsementError::Country(_)
            | EndorsementError::BadDate { .. }
            | EndorsementError::InTrash { .. }
            | EndorsementError::NotInTrash { .. }
            | EndorsementError::Transition { .. }
            | EndorsementError::AlreadyEndorsed { .. }
            | EndorsementError::NeedsAffiliation
            | EndorsementError::KindMismatch { .. }
            | EndorsementError::Invitation { .. }
            | EndorsementError::Intake { .. }
            | EndorsementError::Cancelled => ErrorCode::Invalid,
        }
    }
}

impl Coded for crate::export::signing::SigningError {
    fn code(&self) -> ErrorCode {
        use crate::export::signing::SigningError as E;
        match self {
            E::Io { .. } | E::Key(_) => ErrorCode::Unavailable,
            E::WeakPassphrase
            | E::BadKey { .. }
            | E::WrongPassphrase
            | E::BadSignature { .. }
            | E::NoSignature { .. } => ErrorCode::Invalid,
        }
    }
}

impl Coded for crate::export::ExportError {
    fn code(&self) -> ErrorCode {
        use crate::export::ExportError as E;
        match self {
            E::Endorsements(err) => err.code(),
            E::Signing(err) => err.code(),
            E::Write { .. } => ErrorCode::Unavailable,
            E::MissingGlyph { .. } => ErrorCode::Invalid,
            E::Typeset(_) => ErrorCode::Internal,
            E::Store(err) => err.code(),
        }
    }
}

impl Coded for ImportError {
    fn code(&self) -> ErrorCode {
        match self {
            ImportError::Cancelled
            | ImportError::NoNameColumn
            | ImportError::MappingLength { .. }
            | ImportError::NotAContactField { .. } => ErrorCode::Invalid,
            ImportError::Contact(err) => err.code(),
        }
    }
}

impl Coded for crate::share::ShareError {
    fn code(&self) -> ErrorCode {
        use crate::share::ShareError as E;
        match self {
            E::NotShared
            | E::AlreadyShared { .. }
            | E::FolderTaken { .. }
            | E::WrongFolder { .. }
            | E::BadInvitation { .. } => ErrorCode::Invalid,
            E::NoConflict { .. } => ErrorCode::NotFound,
            E::Write { .. }
            | E::Read { .. }
            | E::Unreadable { .. }
            | E::Apply { .. }
            | E::FolderMissing { .. } => ErrorCode::Unavailable,
            E::Store(err) => err.code(),
        }
    }
}

impl Coded for ReadError {
    fn code(&self) -> ErrorCode {
        ErrorCode::Invalid
    }
}

/// `{"code": "...", "message": "...", "key": "...", "params": {...}}`: how a
/// failure crosses to the window and to scripts reading the command line's
/// `--json` output. `message` is English; `key` names the failure exactly
/// ("statement.not_found", "read.unclosed_quote") and `params` its details
/// as text, so the window words it in its own language. A failure with no
/// key (a bug, a failing disk) is shown by its message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
pub struct ErrorReport {
    pub code: ErrorCode,
    pub message: String,
    pub key: Option<String>,
    pub params: BTreeMap<String, String>,
}

impl<E: Coded + Serialize> From<&E> for ErrorReport {
    fn from(err: &E) -> Self {
        let (key, params) = key_and_params(err);
        ErrorReport {
            code: err.code(),
            message: err.to_string(),
            key,
            params,
        }
    }
}

/// Each error type is tagged `@domain` with its variant's name; a failure
/// wrapping another's takes the inner one's tag and fields.
fn key_and_params<E: Serialize>(err: &E) -> (Option<String>, BTreeMap<String, String>) {
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(err) else {
        return (None, BTreeMap::new());
    };
    let mut key = None;
    let mut params = BTreeMap::new();
    for (name, value) in fields {
        match (name.strip_prefix('@'), value) {
            (Some(domain), serde_json::Value::String(variant)) => {
                key = Some(format!("{domain}.{variant}"));
            }
            (_, serde_json::Value::String(text)) => {
                params.insert(name, text);
            }
            (_, serde_json::Value::Null) => {
                params.insert(name, String::new());
            }
            (_, other) => {
                params.insert(name, other.to_string());
            }
        }
    }
    (key, params)
}

/// A nested error among the fields, as its message.
pub(crate) fn as_text<T: std::fmt::Display, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Field;

    #[test]
    fn a_failure_is_named_by_its_kind_and_details_even_when_wrapped() {
        let report = ErrorReport::from(&EndorsementError::Statement(StatementError::NoRevision {
            number: 4,
            count: 3,
        }));
        assert_eq!(report.key.as_deref(), Some("statement.no_revision"));
        assert_eq!(report.params["number"], "4");
        assert_eq!(report.params["count"], "3");
        assert_eq!(
            report.message,
            "the statement: no revision 4 of this statement; it has 3"
        );

        let report = ErrorReport::from(&ContactError::Text(TextError::TooLong {
            field: Field::ShortName,
            chars: 90,
            max: 80,
        }));
        assert_eq!(report.key.as_deref(), Some("text.too_long"));
        assert_eq!(report.params["field"], "short_name");

        let report = ErrorReport::from(&ReadError::UnclosedQuote {
            file: "list.csv".into(),
            row: 12,
            column: 3,
        });
        assert_eq!(report.key.as_deref(), Some("read.unclosed_quote"));
        assert_eq!(
            (
                report.params["file"].as_str(),
                report.params["row"].as_str(),
                report.params["column"].as_str()
            ),
            ("list.csv", "12", "3")
        );
        let report = ErrorReport::from(&StoreError::Locked { path: None });
        assert_eq!(report.key.as_deref(), Some("store.locked"));
        assert_eq!(report.params["path"], "");
    }

    #[test]
    fn a_failure_with_no_words_of_its_own_keeps_only_its_message() {
        let report = ErrorReport::from(&StoreError::Sqlite(rusqlite::Error::InvalidQuery));
        assert_eq!(report.key, None);
        assert!(report.params.is_empty());
        assert!(report.message.starts_with("database error"));
    }
}
