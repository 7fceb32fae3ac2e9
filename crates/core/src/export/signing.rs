//! Signing exports so anyone can check them with the standard `minisign`
//! tool: the organization's key pair in minisign's formats (the secret key
//! protected by a passphrase), detached `.minisig` signatures with a trusted
//! comment naming the signer, and verification that says plainly whether a
//! file is authentic and who signed it.

use std::io::Cursor;
use std::path::Path;

pub use minisign::SecretKey;
use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKeyBox, SignatureBox};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@signing", rename_all = "snake_case")]
pub enum SigningError {
    #[error("a signing key needs a passphrase of at least 8 characters; choose a longer one")]
    WeakPassphrase,

    #[error("{file}: {reason}")]
    BadKey { file: String, reason: String },

    #[error("the passphrase does not unlock this key; type it again")]
    WrongPassphrase,

    #[error("{file} is not a minisign signature: {reason}")]
    BadSignature { file: String, reason: String },

    #[error(
        "{file} has no signature beside it ({signature} is not in its folder): it was saved without signing, or its signature was not kept with it. Check the copy that has its .minisig, or export it again with signing on"
    )]
    NoSignature { file: String, signature: String },

    #[error("cannot {what} {file}: {reason}")]
    Io {
        what: &'static str,
        file: String,
        reason: String,
    },

    #[error("the key could not be made or used: {0}")]
    #[serde(skip)]
    Key(String),
}

pub type Result<T> = std::result::Result<T, SigningError>;

/// A new key pair, as the two files `minisign -G` would write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKeys {
    /// The contents of `PREFIX.pub`.
    pub public: String,
    /// The contents of `PREFIX.key`, encrypted with the passphrase.
    pub secret: String,
    /// The key id, 16 upper-case hex digits, as minisign prints it.
    pub key_id: String,
}

fn key_id(keynum: &[u8]) -> String {
    keynum.iter().rev().map(|b| format!("{b:02X}")).collect()
}

/// Makes a key pair; the secret key is encrypted with `passphrase`.
pub fn generate(passphrase: &str, label: &str) -> Result<NewKeys> {
    if passphrase.chars().count() < 8 {
        return Err(SigningError::WeakPassphrase);
    }
    let KeyPair { pk, sk } = KeyPair::generate_encrypted_keypair(Some(passphrase.to_string()))
        .map_err(|e| SigningError::Key(e.to_string()))?;
    let comment = if label.trim().is_empty() {
        "Undersigned signing key".to_string()
    } else {
        format!("{} signing key", label.trim().replace(['\r', '\n'], " "))
    };
    let public = pk
        .to_box()
        .map_err(|e| SigningError::Key(e.to_string()))?
        .to_string();
    let secret = sk
        .to_box(Some(&comment))
        .map_err(|e| SigningError::Key(e.to_string()))?
        .to_string();
    Ok(NewKeys {
        public,
        secret,
        key_id: key_id(pk.keynum()),
    })
}

/// Reads a public key from the text of a `.pub` file (or the bare base64 line).
pub fn public_key(text: &str, file: &str) -> Result<PublicKey> {
    let bad = |reason: String| SigningError::BadKey {
        file: file.to_string(),
        reason,
    };
    let text = text.trim();
    if text.lines().count() >= 2 {
        PublicKeyBox::from_string(text)
            .and_then(PublicKeyBox::into_public_key)
            .map_err(|e| bad(format!("not a minisign public key ({e})")))
    } else {
        PublicKey::from_base64(text).map_err(|e| bad(format!("not a minisign public key ({e})")))
    }
}

/// Unlocks a secret key file's text with its passphrase.
pub fn secret_key(text: &str, file: &str, passphrase: &str) -> Result<SecretKey> {
    if public_key(text, file).is_ok() {
        return Err(SigningError::BadKey {
            file: file.to_string(),
            reason: "this is a public key (the .pub file, for others to check signatures); sign with the secret key, the .key file made with it".into(),
        });
    }
    let sk_box = SecretKeyBox::from_string(text.trim()).map_err(|e| SigningError::BadKey {
        file: file.to_string(),
        reason: format!("not a minisign secret key ({e})"),
    })?;
    sk_box
        .into_secret_key(Some(passphrase.to_string()))
        .map_err(|_| SigningError::WrongPassphrase)
}

/// The key id of a secret key, as minisign prints it.
pub fn secret_key_id(sk: &SecretKey) -> String {
    key_id(sk.keynum())
}

/// A detached signature of `bytes`, as the text of a `.minisig` file. The
/// trusted comment (signed too) says who signed what and when.
pub fn sign(sk: &SecretKey, bytes: &[u8], trusted_comment: &str) -> Result<String> {
    let comment = trusted_comment.replace(['\r', '\n'], " ");
    let signature = minisign::sign(None, sk, Cursor::new(bytes), Some(&comment), None)
        .map_err(|e| SigningError::Key(e.to_string()))?;
    Ok(signature.to_string())
}

/// What a check of a file against a public key found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub authentic: bool,
    /// Who signed it, what and when (minisign's trusted comment); only
    /// given for an authentic file.
    pub signed_by: Option<String>,
    pub key_id: String,
    /// In plain words.
    pub message: String,
}

/// Checks `bytes` against a signature's text and a public key.
pub fn verify(
    bytes: &[u8],
    signature: &str,
    signature_file: &str,
    pk: &PublicKey,
) -> Result<Verdict> {
    let sig = SignatureBox::from_string(signature).map_err(|e| SigningError::BadSignature {
        file: signature_file.to_string(),
        reason: e.to_string(),
    })?;
    let key = key_id(pk.keynum());
    match minisign::verify(pk, &sig, Cursor::new(bytes), true, false, false) {
        Ok(()) => {
            let signed_by = sig.trusted_comment().ok();
            Ok(Verdict {
                authentic: true,
                message: format!(
                    "Authentic: signed with key {key}{}",
                    signed_by
                        .as_deref()
                        .map(|c| format!(" — {c}"))
                        .unwrap_or_default()
                ),
                signed_by,
                key_id: key,
            })
        }
        Err(e) => Ok(Verdict {
            authentic: false,
            signed_by: None,
            message: format!(
                "NOT authentic: {e}. The file was changed after it was signed, or signed with another key."
            ),
            key_id: key,
        }),
    }
}

/// Checks a file on disk against its signature (`FILE.minisig` unless
/// another is given) and the text of a public key file.
pub fn verify_file(file: &Path, key_file: &Path, signature: Option<&Path>) -> Result<Verdict> {
    let text = std::fs::read_to_string(key_file).map_err(|e| SigningError::Io {
        what: "read",
        file: key_file.display().to_string(),
        reason: e.to_string(),
    })?;
    verify_file_with_key(file, &text, &key_file.display().to_string(), signature)
}

/// Like [`verify_file`], with the public key given as its text (the
/// organization's own, as stored); `key_name` names it in errors.
pub fn verify_file_with_key(
    file: &Path,
    key_text: &str,
    key_name: &str,
    signature: Option<&Path>,
) -> Result<Verdict> {
    let sig_path = match signature {
        Some(p) => p.to_path_buf(),
        None => {
            let mut p = file.as_os_str().to_owned();
            p.push(".minisig");
            std::path::PathBuf::from(p)
        }
    };
    let read_text = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| SigningError::Io {
            what: "read",
            file: p.display().to_string(),
            reason: e.to_string(),
        })
    };
    let pk = public_key(key_text, key_name)?;
    let bytes = read(file)?;
    if signature.is_none() && !sig_path.exists() {
        let name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        return Err(SigningError::NoSignature {
            file: name(file),
            signature: name(&sig_path),
        });
    }
    verify(
        &bytes,
        &read_text(&sig_path)?,
        &sig_path.display().to_string(),
        &pk,
    )
}

/// Checks `file` against the organization's own key, kept in the database;
/// `None` when the database has no key yet (each interface says what to
/// give instead).
pub fn verify_file_with_own_key(
    conn: &rusqlite::Connection,
    file: &Path,
    signature: Option<&Path>,
) -> Result<Option<Verdict>> {
    let Some(own) = stored(conn)? else {
        return Ok(None);
    };
    verify_file_with_key(
        file,
        &own.public_key,
        &format!("the organization's key {}", own.key_id),
        signature,
    )
    .map(Some)
}

/// Reads a file for signing or checking, naming it in the error.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| SigningError::Io {
        what: "read",
        file: path.display().to_string(),
        reason: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_and_one_changed_byte_does_not() {
        let keys = generate("correct horse battery", "Coalition").unwrap();
        assert_eq!(keys.key_id.len(), 16);
        assert!(keys.public.starts_with("untrusted comment:"));
        let sk = secret_key(&keys.secret, "k.key", "correct horse battery").unwrap();
        assert_eq!(secret_key_id(&sk), keys.key_id);
        let pk = public_key(&keys.public, "k.pub").unwrap();
        let data = b"We, the undersigned".to_vec();
        let sig = sign(&sk, &data, "Coalition \u{2014} Stop the deportations").unwrap();
        let ok = verify(&data, &sig, "s.minisig", &pk).unwrap();
        assert!(ok.authentic, "{}", ok.message);
        assert_eq!(
            ok.signed_by.as_deref(),
            Some("Coalition \u{2014} Stop the deportations")
        );
        let mut changed = data.clone();
        changed[0] ^= 1;
        let bad = verify(&changed, &sig, "s.minisig", &pk).unwrap();
        assert!(!bad.authentic);
        assert!(bad.message.starts_with("NOT authentic"));
        assert!(matches!(
            secret_key(&keys.secret, "k.key", "wrong passphrase"),
            Err(SigningError::WrongPassphrase)
        ));
        assert!(matches!(
            generate("short", ""),
            Err(SigningError::WeakPassphrase)
        ));
    }

    #[test]
    fn a_file_with_no_signature_beside_it_is_said_so_by_name() {
        let keys = generate("correct horse battery", "Coalition").unwrap();
        let dir = std::env::temp_dir().join(format!("undersigned-nosig-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("statement.pdf");
        std::fs::write(&file, b"%PDF-1.7").unwrap();
        let err = verify_file_with_key(&file, &keys.public, "own key", None).unwrap_err();
        let text = err.to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            matches!(&err, SigningError::NoSignature { file, signature }
                if file == "statement.pdf" && signature == "statement.pdf.minisig"),
            "{err:?}"
        );
        assert!(
            !text.contains(&*dir.to_string_lossy()),
            "names the file, not its folder: {text}"
        );
    }
}

// The organization's key, kept in the database ----------------------------------

/// The signing key Settings made, as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StoredKey {
    pub key_id: String,
    /// The text of the `.pub` file to share.
    pub public_key: String,
    /// Who signs: the organization's name, in every signature's trusted comment.
    pub label: String,
}

fn setting(conn: &rusqlite::Connection, key: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
}

fn set_setting(
    conn: &rusqlite::Connection,
    key: &str,
    value: &str,
    at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO settings (id, key, value, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (key) DO UPDATE SET value = ?3, updated_at = ?4",
        (crate::store::clock::new_id(), key, value, at),
    )?;
    Ok(())
}

fn stored_error(e: impl std::fmt::Display) -> SigningError {
    SigningError::Key(e.to_string())
}

/// The organization's signing key, if Settings made one.
pub fn stored(conn: &rusqlite::Connection) -> Result<Option<StoredKey>> {
    let (Some(key_id), Some(public_key)) = (
        setting(conn, "signing.key_id").map_err(stored_error)?,
        setting(conn, "signing.public_key").map_err(stored_error)?,
    ) else {
        return Ok(None);
    };
    Ok(Some(StoredKey {
        key_id,
        public_key,
        label: setting(conn, "signing.label")
            .map_err(stored_error)?
            .unwrap_or_default(),
    }))
}

/// Makes the organization's key and keeps it: the secret part only as
/// minisign's passphrase-encrypted box. One key per database.
pub fn create_stored(
    conn: &rusqlite::Connection,
    passphrase: &str,
    label: &str,
) -> Result<StoredKey> {
    if let Some(existing) = stored(conn)? {
        return Err(SigningError::Key(format!(
            "this database already has a signing key ({}); signatures already published rely on it, so it is kept",
            existing.key_id
        )));
    }
    let label = label.trim().replace(['\r', '\n'], " ");
    let keys = generate(passphrase, &label)?;
    let at = crate::store::clock::now(conn).map_err(stored_error)?;
    set_setting(conn, "signing.key_id", &keys.key_id, &at).map_err(stored_error)?;
    set_setting(conn, "signing.public_key", &keys.public, &at).map_err(stored_error)?;
    set_setting(conn, "signing.secret_key", &keys.secret, &at).map_err(stored_error)?;
    set_setting(conn, "signing.label", &label, &at).map_err(stored_error)?;
    conn.execute(
        "INSERT INTO signing_keys (id, key_id, public_key, label, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (key_id) DO NOTHING",
        (
            crate::store::clock::new_id(),
            &keys.key_id,
            &keys.public,
            &label,
            &at,
        ),
    )
    .map_err(stored_error)?;
    Ok(StoredKey {
        key_id: keys.key_id,
        public_key: keys.public,
        label,
    })
}

/// Unlocks the stored key with its passphrase.
pub fn unlock_stored(
    conn: &rusqlite::Connection,
    passphrase: &str,
) -> Result<(SecretKey, StoredKey)> {
    let info = stored(conn)?.ok_or_else(|| {
        SigningError::Key("no signing key yet; make one in Settings first".to_string())
    })?;
    let secret = setting(conn, "signing.secret_key")
        .map_err(stored_error)?
        .ok_or_else(|| SigningError::Key("the signing key's secret part is missing".to_string()))?;
    Ok((secret_key(&secret, "the stored key", passphrase)?, info))
}
