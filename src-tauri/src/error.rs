//! Errors as the UI receives them: `{ "code": "...", "message": "..." }`.
//! The UI branches on `code` and shows `message`; a code exists only where
//! the UI does something different with it.

use serde::Serialize;
use ts_rs::TS;
use undersigned_core::StoreError;
use undersigned_core::statements::StatementError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input was refused; the message says which field and why. The UI keeps the form open.
    Invalid,
    /// The row is gone (deleted elsewhere, purged). The UI refreshes its list.
    NotFound,
    /// The database could not be opened or is locked; the UI shows a full-page notice.
    Unavailable,
    /// Anything else: a bug or a failing disk. The UI shows the message.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Unavailable, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Internal, message)
    }
}

/// The one mapping from storage failures to codes, wherever they surface.
fn store_code(err: &StoreError) -> ErrorCode {
    match err {
        StoreError::NotADatabase { .. }
        | StoreError::ForeignDatabase { .. }
        | StoreError::Corrupt { .. }
        | StoreError::Locked { .. }
        | StoreError::ReadOnly { .. }
        | StoreError::ReadOnlyOutdated { .. }
        | StoreError::NoDatabase { .. }
        | StoreError::CannotOpen { .. }
        | StoreError::TooNew { .. } => ErrorCode::Unavailable,
        StoreError::Migration { .. }
        | StoreError::MigrationBrokeLinks { .. }
        | StoreError::Sqlite(_) => ErrorCode::Internal,
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        ApiError::new(store_code(&err), err.to_string())
    }
}

impl From<StatementError> for ApiError {
    fn from(err: StatementError) -> Self {
        let code = match &err {
            StatementError::EmptyTitle
            | StatementError::Text(_)
            | StatementError::InTrash { .. } => ErrorCode::Invalid,
            StatementError::NotFound { .. } => ErrorCode::NotFound,
            StatementError::Store(store) => store_code(store),
        };
        ApiError::new(code, err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use undersigned_core::WithPath;

    /// The UI's `lib/api` reads exactly these two fields; this pins the wire shape.
    #[test]
    fn command_failure_matches_the_ui_wire_contract() {
        let err: ApiError = StatementError::EmptyTitle.into();
        let json = serde_json::to_value(&err).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "invalid",
                "message": "a statement needs a title; type one and try again"
            })
        );
        let err: ApiError = StatementError::NotFound { id: "x".into() }.into();
        assert_eq!(
            serde_json::to_value(&err).unwrap_or_default()["code"],
            "not_found"
        );
        let err = ApiError::unavailable("locked");
        assert_eq!(
            serde_json::to_value(&err).unwrap_or_default()["code"],
            "unavailable"
        );
    }

    /// A busy or read-only file is the organizer's to fix, not a bug: the UI
    /// shows it as "unavailable", with the file named in the message.
    #[test]
    fn busy_and_read_only_files_are_unavailable_and_named() {
        let path = std::path::Path::new("/data/coalition.sqlite3");
        for err in [
            StoreError::Locked { path: None },
            StoreError::ReadOnly { path: None },
        ] {
            let err = StatementError::Store(err).with_path(path);
            let api: ApiError = err.into();
            assert_eq!(api.code, ErrorCode::Unavailable, "{api:?}");
            assert!(api.message.contains("/data/coalition.sqlite3"), "{api:?}");
        }
        let text: ApiError = StatementError::Text(undersigned_core::text::TextError::BadLanguage {
            tag: "English".into(),
        })
        .into();
        assert_eq!(text.code, ErrorCode::Invalid);
    }
}
