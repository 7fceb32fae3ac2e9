//! What can go wrong while sharing, in words that say what to do.

use std::path::PathBuf;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@share", rename_all = "snake_case")]
pub enum ShareError {
    #[error(
        "this database is not shared; create a share (share create) or join one with an invitation (share join)"
    )]
    NotShared,

    #[error(
        "this database is shared already (folder {folder}); leave that share first (share leave) to start or join another"
    )]
    AlreadyShared { folder: PathBuf },

    #[error(
        "{folder} holds another share already; choose an empty folder to create a share, or join that one with its invitation"
    )]
    FolderTaken { folder: PathBuf },

    #[error(
        "{folder} is not the folder of this share (no share, or another one, is in it); choose the folder the invitation was made for"
    )]
    WrongFolder { folder: PathBuf },

    #[error(
        "{path} is not an Undersigned invitation ({detail}); ask for the invitation file again"
    )]
    BadInvitation { path: PathBuf, detail: String },

    #[error(
        "cannot write {path}: {detail}; check that the folder exists and can be written, then sync again"
    )]
    Write { path: PathBuf, detail: String },

    #[error("cannot read {path}: {detail}; check that the folder is there, then sync again")]
    Read { path: PathBuf, detail: String },

    #[error(
        "{path} cannot be opened with this share's key: it was damaged or changed on its way, or does not belong to this share. It was not applied, nor the files after it from the same computer; everything else was taken in. A file damaged on its way comes again whole with the sync tool; one that is not from this share can be removed from the folder."
    )]
    Unreadable { path: PathBuf },

    #[error(
        "{path} could not be applied ({detail}); it was left out, with the files after it from the same computer, and everything else was taken in. Ask whoever wrote it to update Undersigned and sync again."
    )]
    Apply { path: PathBuf, detail: String },

    #[error(
        "the shared folder {folder} is not there; nothing was changed. If it was moved or its sync tool stopped, bring it back, then sync again."
    )]
    FolderMissing { folder: PathBuf },

    #[error("no conflict {id} is open; list them with share conflicts")]
    NoConflict { id: String },

    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ShareError {
    fn from(err: rusqlite::Error) -> Self {
        ShareError::Store(StoreError::from(err))
    }
}

impl crate::store::WithPath for ShareError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            ShareError::Store(err) => ShareError::Store(err.with_path(path)),
            other => other,
        }
    }
}
