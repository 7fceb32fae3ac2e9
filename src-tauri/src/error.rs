//! Errors as the UI receives them: `{ "code": "...", "message": "..." }`.
//! The UI branches on `code` and shows `message`; a code exists only where
//! the UI does something different with it.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;
use undersigned_core::StoreError;
use undersigned_core::contacts::ContactError;
use undersigned_core::contacts::import::ImportError;
pub use undersigned_core::error::ErrorCode;
use undersigned_core::error::{Coded, ErrorReport};
use undersigned_core::statements::StatementError;
use undersigned_core::store::backup::BackupError;
use undersigned_core::tabular::ReadError;

/// The wire shape of [`ErrorReport`], as the UI's `lib/api` reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// In English; what the window shows when it has no words for `key`.
    pub message: String,
    /// Which failure exactly ("statement.not_found"), for the window to word in its language.
    pub key: Option<String>,
    /// The failure's details, by name, as text.
    pub params: BTreeMap<String, String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            key: None,
            params: BTreeMap::new(),
        }
    }

    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Unavailable, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Internal, message)
    }
}

/// Kinds come from core, so the window and the command line agree.
fn report<E: Coded + serde::Serialize>(err: &E) -> ApiError {
    let ErrorReport {
        code,
        message,
        key,
        params,
    } = ErrorReport::from(err);
    ApiError {
        code,
        message,
        key,
        params,
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        report(&err)
    }
}

impl From<undersigned_core::share::ShareError> for ApiError {
    fn from(err: undersigned_core::share::ShareError) -> Self {
        report(&err)
    }
}

impl From<BackupError> for ApiError {
    fn from(err: BackupError) -> Self {
        report(&err)
    }
}

impl From<ContactError> for ApiError {
    fn from(err: ContactError) -> Self {
        report(&err)
    }
}

impl From<undersigned_core::signons::EndorsementError> for ApiError {
    fn from(err: undersigned_core::signons::EndorsementError) -> Self {
        report(&err)
    }
}

impl From<undersigned_core::export::ExportError> for ApiError {
    fn from(err: undersigned_core::export::ExportError) -> Self {
        report(&err)
    }
}

impl From<undersigned_core::export::signing::SigningError> for ApiError {
    fn from(err: undersigned_core::export::signing::SigningError) -> Self {
        report(&err)
    }
}

impl From<ImportError> for ApiError {
    fn from(err: ImportError) -> Self {
        report(&err)
    }
}

impl From<ReadError> for ApiError {
    fn from(err: ReadError) -> Self {
        report(&err)
    }
}

impl From<undersigned_core::actions::ReviewError> for ApiError {
    fn from(err: undersigned_core::actions::ReviewError) -> Self {
        report(&err)
    }
}

impl From<StatementError> for ApiError {
    fn from(err: StatementError) -> Self {
        report(&err)
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
                "message": "a statement needs a title; type one and try again",
                "key": "statement.empty_title",
                "params": {}
            })
        );
        let err: ApiError = StatementError::NotFound { id: "x".into() }.into();
        let json = serde_json::to_value(&err).unwrap_or_default();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["key"], "statement.not_found");
        assert_eq!(json["params"]["id"], "x");
        let err = ApiError::unavailable("locked");
        assert_eq!(
            serde_json::to_value(&err).unwrap_or_default()["code"],
            "unavailable"
        );
    }

    /// A busy or read-only file is the organizer's to fix, not a bug: the UI
    /// shows it as "unavailable", with the file named in the message.
    #[test]
    fn busy_and_read_only_files_are_named_with_their_codes() {
        let path = std::path::Path::new("/data/coalition.sqlite3");
        for (err, code) in [
            (StoreError::Locked { path: None }, ErrorCode::Busy),
            (StoreError::ReadOnly { path: None }, ErrorCode::Unavailable),
        ] {
            let err = StatementError::Store(err).with_path(path);
            let api: ApiError = err.into();
            assert_eq!(api.code, code, "{api:?}");
            assert!(api.message.contains("/data/coalition.sqlite3"), "{api:?}");
        }
        let text: ApiError = StatementError::Text(undersigned_core::text::TextError::BadLanguage {
            tag: "English".into(),
        })
        .into();
        assert_eq!(text.code, ErrorCode::Invalid);
    }
}
