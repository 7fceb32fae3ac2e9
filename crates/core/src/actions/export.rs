//! Exporting the signed statement to a file, and the organization's
//! signing key.
//!
//! A file and its record in the export log go together: the file is
//! rendered and written whole under a temporary name first, then its record
//! commits, then the file is renamed into place; should the rename fail,
//! the record is taken back and any file already placed removed (see
//! [`crate::export::write`]). Of the two orders this leaves the smaller
//! gap: the bytes are safely on disk before anything is recorded, and the
//! only step after the commit is a rename, which is undone with its record.
//! Writing the file after the commit alone could leave a record of a file
//! that a full disk never let exist.

use std::path::{Path, PathBuf};

use crate::Store;
use crate::export::signing::{self, SigningError, StoredKey};
use crate::export::{self, ExportError, ExportFormat, ExportOptions, ExportRecord, Signer};
use crate::store::Connection;

type Result<T> = std::result::Result<T, ExportError>;

/// How an export is signed.
pub enum Signing<'a> {
    Unsigned,
    /// With a key the caller unlocked (the command line reads key files).
    With(Signer<'a>),
    /// With the organization's key kept in the database, unlocked with
    /// this passphrase.
    StoredKey(&'a str),
}

impl Signing<'_> {
    /// Runs `work` with the signer this asks for, unlocking a stored key.
    fn run<T>(
        &self,
        store: &mut Store,
        work: impl FnOnce(&mut Store, Option<&Signer<'_>>) -> Result<T>,
    ) -> Result<T> {
        match self {
            Signing::Unsigned => work(store, None),
            Signing::With(signer) => work(store, Some(signer)),
            Signing::StoredKey(passphrase) => {
                let (key, info) = signing::unlock_stored(store.conn(), passphrase)?;
                let signer = Signer {
                    key: &key,
                    signer: &info.label,
                };
                work(store, Some(&signer))
            }
        }
    }
}

/// Writes the export to `path`, signed as asked, and logs it.
pub fn save(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
    signing: Signing<'_>,
) -> Result<ExportRecord> {
    signing.run(store, |store, signer| {
        export::write(store, statement_id, format, options, path, signer)
    })
}

/// Writes every language version into `folder`, all or none; answers the
/// files written with their records.
pub fn save_all_languages(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    folder: &Path,
    signing: Signing<'_>,
    progress: impl FnMut(usize, usize),
) -> Result<Vec<(PathBuf, ExportRecord)>> {
    signing.run(store, |store, signer| {
        export::write_all_languages(
            store,
            statement_id,
            format,
            options,
            folder,
            signer,
            progress,
        )
    })
}

/// Makes the organization's signing key and keeps it, locked with the
/// passphrase, in the database.
pub fn create_key(store: &mut Store, passphrase: &str, label: &str) -> Result<StoredKey> {
    store.with_tx(|tx| Ok(signing::create_stored(tx, passphrase, label)?))
}

/// Writes the organization's public key to `path` (a `.pub` file).
pub fn save_public_key(conn: &Connection, path: &Path) -> Result<()> {
    let key = public_key(conn)?;
    crate::files::write_whole(path, key.as_bytes()).map_err(|e| ExportError::Write {
        file: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// The text of the organization's public key (`.pub`), or why there is none
/// to share yet.
pub fn public_key(conn: &Connection) -> Result<String> {
    Ok(signing::stored(conn)?
        .ok_or_else(|| SigningError::Key("no signing key yet; make one first".into()))?
        .public_key)
}
