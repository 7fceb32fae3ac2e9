//! Encryption at rest: the passphrase a database file is encrypted with,
//! given once, when the file is opened, and kept only in this process's
//! memory (wiped when forgotten) for the connections, backups and checks
//! that open the same file after. SQLCipher encrypts every page, the log
//! (`-wal`) included; nothing of a signer's is readable without it.
//!
//! A passphrase is registered by path ([`unlock`]) before the file is
//! opened, by whatever asked for it (the command line's environment or
//! terminal, the window's passphrase screen); every connection this crate
//! opens to that path is keyed with it ([`apply`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use rusqlite::Connection;
use zeroize::Zeroizing;

use super::StoreError;

/// A passphrase, wiped from memory when the last copy is dropped, with the
/// key it derives for a file's salt once that has been worked out.
#[derive(Clone)]
pub struct Passphrase(std::sync::Arc<Inner>);

struct Inner {
    text: Zeroizing<String>,
    /// The salt of the file last opened, and the key derived for it (hex).
    derived: Mutex<Option<([u8; 16], Zeroizing<String>)>>,
}

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Passphrase {
        Passphrase(std::sync::Arc::new(Inner {
            text: Zeroizing::new(text.into()),
            derived: Mutex::new(None),
        }))
    }

    pub(crate) fn expose(&self) -> &str {
        self.0.text.as_str()
    }

    /// The key SQLCipher derives from this passphrase for a file with
    /// `salt` (its defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, 32 bytes),
    /// worked out once: every later connection is keyed with it directly,
    /// where each would otherwise spend the 256,000 rounds again.
    fn raw_key(&self, salt: [u8; 16]) -> Zeroizing<String> {
        let mut slot = match self.0.derived.lock() {
            Ok(slot) => slot,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some((known, hex)) = slot.as_ref()
            && *known == salt
        {
            return hex.clone();
        }
        let mut key = Zeroizing::new([0u8; 32]);
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(self.expose().as_bytes(), &salt, 256_000, &mut *key);
        let hex = Zeroizing::new(key.iter().map(|b| format!("{b:02x}")).collect::<String>());
        *slot = Some((salt, hex.clone()));
        hex
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

fn keys() -> &'static Mutex<HashMap<PathBuf, Passphrase>> {
    static KEYS: OnceLock<Mutex<HashMap<PathBuf, Passphrase>>> = OnceLock::new();
    KEYS.get_or_init(Default::default)
}

/// One name per file, however it was reached: `./a.sqlite3`, a symlink.
fn normal(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(dir), Some(name)) => dir
            .canonicalize()
            .map(|d| d.join(name))
            .unwrap_or(absolute.clone()),
        _ => absolute,
    }
}

/// Opens the file at `path` with `passphrase` from now on, in this process.
pub fn unlock(path: &Path, passphrase: Passphrase) {
    if let Ok(mut keys) = keys().lock() {
        keys.insert(normal(path), passphrase);
    }
}

/// Opens the file at `path` as plain text from now on (after decrypting it).
pub fn forget(path: &Path) {
    if let Ok(mut keys) = keys().lock() {
        keys.remove(&normal(path));
    }
}

/// The passphrase registered for `path`, if any.
pub(crate) fn key_for(path: &Path) -> Option<Passphrase> {
    keys().lock().ok()?.get(&normal(path)).cloned()
}

/// Whether `path` is opened with a passphrase in this process.
pub fn is_encrypted(path: &Path) -> bool {
    key_for(path).is_some()
}

/// Keys a connection just opened to `path` with its passphrase, if it has
/// one, and checks the passphrase opens it: a wrong one reads as a file
/// that is not a database, and is said as what it is.
pub(crate) fn apply(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    apply_with(conn, key_for(path).as_ref(), path)
}

pub(crate) fn apply_with(
    conn: &Connection,
    key: Option<&Passphrase>,
    path: &Path,
) -> Result<(), StoreError> {
    // SQLCipher writes every failed decryption to standard error: the
    // error returned says it once, in words.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
    let Some(key) = key else {
        return Ok(());
    };
    match salt_of(path) {
        // The key itself, derived once for this file's salt (hex digits only).
        Some(salt) => conn.execute_batch(&format!(
            "PRAGMA key = \"x'{}'\"",
            key.raw_key(salt).as_str()
        )),
        // A new file: SQLCipher makes its salt and derives the key.
        None => conn.pragma_update(None, "key", key.expose()),
    }
    .map_err(|e| StoreError::classify(e, path))?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(StoreError::WrongPassphrase {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(StoreError::classify(e, path)),
    }
}

/// An encrypted file's salt: its first 16 bytes (none for a new or plain file).
fn salt_of(path: &Path) -> Option<[u8; 16]> {
    use std::io::Read;
    let mut salt = [0u8; 16];
    std::fs::File::open(path).ok()?.read_exact(&mut salt).ok()?;
    (!salt.starts_with(b"SQLite format 3")).then_some(salt)
}

/// Whether a file that is not plain SQLite looks like an encrypted one:
/// whole pages of what reads as noise. (A text file, an image, a document
/// renamed does not.)
pub(crate) fn looks_encrypted(header: &[u8], len: u64) -> bool {
    if len < 1024 || !len.is_multiple_of(512) || header.len() < 16 {
        return false;
    }
    // SQLCipher's first 16 bytes are a random salt: many distinct bytes,
    // where formats start with a readable signature.
    let mut seen = [false; 256];
    for &b in &header[..16] {
        seen[b as usize] = true;
    }
    seen.iter().filter(|s| **s).count() >= 10
}
