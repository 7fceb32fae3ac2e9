//! Carry: the shared folder and the files in it. Each device writes its
//! changes as numbered files in a folder of its own inside the shared one
//! (`DEVICE/0000000001.ushare`, …), never touching another device's; the
//! folder's sync tool (Syncthing, Nextcloud, a shared drive, a USB stick)
//! carries them. Undersigned opens no connection of its own.
//!
//! Every file is sealed with the coalition key (XChaCha20-Poly1305, a
//! random nonce per file): nothing in the folder can be read without the
//! invitation, and a file changed on its way, renamed to another number or
//! moved to another device's folder does not open (the share, the device
//! and the number are bound into the seal).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::ShareError;

/// The plain file naming the share a folder holds (no secret in it).
pub(crate) const MARKER: &str = "undersigned-share.json";
const MAGIC: &[u8; 8] = b"USHARE1\0";
const EXTENSION: &str = "ushare";
const NONCE_LEN: usize = 24;
pub(crate) const FORMAT: u32 = 1;
/// The largest change file read: 100,000 contacts written at once take
/// about 60 MB.
const MAX_FILE_BYTES: u64 = 512_000_000;

/// The coalition key.
#[derive(Clone)]
pub(crate) struct Key(Zeroizing<[u8; 32]>);

impl Key {
    pub(crate) fn generate() -> Key {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        let mut bytes = Zeroizing::new([0u8; 32]);
        bytes.copy_from_slice(&key);
        Key(bytes)
    }

    pub(crate) fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(*self.0))
    }

    pub(crate) fn from_hex(text: &str) -> Option<Key> {
        let bytes = Zeroizing::new(hex::decode(text.trim()).ok()?);
        let mut key = Zeroizing::new([0u8; 32]);
        if bytes.len() != key.len() {
            return None;
        }
        key.copy_from_slice(&bytes);
        Some(Key(key))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new((&*self.0).into())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// What an organizer hands to another so they can join: the share and its
/// key. Whoever holds it reads everything in the folder.
#[derive(Serialize, Deserialize)]
struct InvitationFile {
    undersigned_share_invitation: u32,
    share: String,
    key: String,
    #[serde(default)]
    from: String,
}

pub(crate) fn write_invitation(
    path: &Path,
    share: &str,
    key: &Key,
    from: &str,
) -> Result<(), ShareError> {
    let file = InvitationFile {
        undersigned_share_invitation: FORMAT,
        share: share.to_string(),
        key: key.to_hex().to_string(),
        from: from.to_string(),
    };
    let text = Zeroizing::new(serde_json::to_string_pretty(&file).unwrap_or_default());
    write_atomically(path, text.as_bytes()).map_err(|e| ShareError::Write {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })
}

pub(crate) fn read_invitation(path: &Path) -> Result<(String, Key), ShareError> {
    let bad = |detail: String| ShareError::BadInvitation {
        path: path.to_path_buf(),
        detail,
    };
    let bytes = read_small(path, 64 * 1024).map_err(|e| bad(e.to_string()))?;
    // An editor may have saved it with a byte-order mark.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let file: InvitationFile =
        serde_json::from_slice(text).map_err(|e| bad(format!("not its format: {e}")))?;
    if file.undersigned_share_invitation != FORMAT {
        return Err(bad(format!(
            "format {} is not one this version reads",
            file.undersigned_share_invitation
        )));
    }
    let key = Key::from_hex(&file.key).ok_or_else(|| bad("its key is not 64 hex digits".into()))?;
    if !is_id(&file.share) {
        return Err(bad("its share id is not one".into()));
    }
    Ok((file.share, key))
}

/// A device or share id: 32 lower-case hex digits.
pub(crate) fn is_id(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The marker names the share, and carries a check of its key (a hash
/// that cannot give the key back), so that joining with a mistyped
/// invitation is refused before anything is written.
#[derive(Serialize, Deserialize)]
struct Marker {
    undersigned_share: String,
    #[serde(default)]
    key_check: String,
}

fn key_check(key: &Key) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(b"undersigned share key check\0");
    hash.update(*key.0);
    hex::encode(&hash.finalize()[..16])
}

/// A regular file's bytes, at most `limit` of them; anything else (a pipe,
/// a device, a folder, something larger) is not read.
pub(crate) fn read_small(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let meta = fs::symlink_metadata(path)?;
    if !meta.file_type().is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    if meta.len() > limit {
        return Err(std::io::Error::other(format!(
            "it holds {} kB, more than such a file ever holds ({} kB)",
            meta.len() / 1000,
            limit / 1000
        )));
    }
    fs::read(path)
}

/// The share the folder holds, if it holds one, and its key check.
pub(crate) fn read_marker(folder: &Path) -> Option<(String, String)> {
    let bytes = read_small(&folder.join(MARKER), 64 * 1024).ok()?;
    let marker: Marker = serde_json::from_slice(&bytes).ok()?;
    Some((marker.undersigned_share, marker.key_check))
}

/// Whether the folder holds this share.
pub(crate) fn holds(folder: &Path, share: &str) -> bool {
    read_marker(folder).is_some_and(|(id, _)| id == share)
}

/// Whether `key` is the one the folder's share was made with (`true` for
/// a marker written before the check existed).
pub(crate) fn key_matches(folder: &Path, key: &Key) -> bool {
    read_marker(folder).is_some_and(|(_, check)| check.is_empty() || check == key_check(key))
}

pub(crate) fn write_marker(folder: &Path, share: &str, key: &Key) -> Result<(), ShareError> {
    let path = folder.join(MARKER);
    let text = serde_json::to_string_pretty(&Marker {
        undersigned_share: share.to_string(),
        key_check: key_check(key),
    })
    .unwrap_or_default();
    write_atomically(&path, text.as_bytes()).map_err(|e| ShareError::Write {
        path,
        detail: e.to_string(),
    })
}

/// One change to one row: its values (`put`, the columns written) or its
/// deletion (`del`), with the stamp of the write.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(crate) struct Change {
    pub t: String,
    pub id: String,
    pub op: Op,
    pub s: String,
    /// The row written whole: made, or made again after a deletion.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub n: bool,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub c: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Op {
    Put,
    Del,
}

/// One file: the changes one device wrote at one sync, in the order they
/// were made, and how many of each other device's files it had applied
/// (`seen`): a file is applied only after those.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Batch {
    pub format: u32,
    pub schema: u32,
    pub device: String,
    pub name: String,
    pub seq: u64,
    pub written_at: String,
    pub seen: BTreeMap<String, u64>,
    pub changes: Vec<Change>,
}

fn aad(share: &str, device: &str, seq: u64) -> Vec<u8> {
    let mut aad = MAGIC.to_vec();
    aad.extend_from_slice(format!("{share}/{device}/{seq}").as_bytes());
    aad
}

pub(crate) fn file_path(folder: &Path, device: &str, seq: u64) -> PathBuf {
    folder.join(device).join(format!("{seq:010}.{EXTENSION}"))
}

/// Seals `batch` and writes it whole under its number: to a private file
/// first, flushed to disk, then renamed, so the sync tool never carries
/// half a file.
pub(crate) fn write_batch(
    folder: &Path,
    key: &Key,
    share: &str,
    batch: &Batch,
) -> Result<PathBuf, ShareError> {
    let path = file_path(folder, &batch.device, batch.seq);
    let failed = |e: std::io::Error| ShareError::Write {
        path: path.clone(),
        detail: e.to_string(),
    };
    let plain = Zeroizing::new(serde_json::to_vec(batch).unwrap_or_default());
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let sealed = key
        .cipher()
        .encrypt(
            &nonce,
            Payload {
                msg: &plain,
                aad: &aad(share, &batch.device, batch.seq),
            },
        )
        .map_err(|_| failed(std::io::Error::other("sealing failed")))?;
    let mut bytes = Vec::with_capacity(MAGIC.len() + NONCE_LEN + sealed.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&sealed);
    fs::create_dir_all(folder.join(&batch.device)).map_err(failed)?;
    // This device's folder is its own: what stands at the next number
    // and is not a file of its own (a folder, a link) goes.
    if let Ok(meta) = fs::symlink_metadata(&path)
        && !meta.file_type().is_file()
    {
        let _ = if meta.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
    }
    write_atomically(&path, &bytes).map_err(failed)?;
    Ok(path)
}

pub(crate) fn read_batch(
    folder: &Path,
    key: &Key,
    share: &str,
    device: &str,
    seq: u64,
) -> Result<Batch, ShareError> {
    let path = file_path(folder, device, seq);
    // Only a regular file of a sane size is read: a pipe would wait for
    // ever, a link to a device would never end.
    let bytes = read_small(&path, MAX_FILE_BYTES).map_err(|e| ShareError::Read {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    let unreadable = || ShareError::Unreadable { path: path.clone() };
    if bytes.len() < MAGIC.len() + NONCE_LEN || &bytes[..MAGIC.len()] != MAGIC {
        return Err(unreadable());
    }
    let nonce = XNonce::from_slice(&bytes[MAGIC.len()..MAGIC.len() + NONCE_LEN]);
    let plain = Zeroizing::new(
        key.cipher()
            .decrypt(
                nonce,
                Payload {
                    msg: &bytes[MAGIC.len() + NONCE_LEN..],
                    aad: &aad(share, device, seq),
                },
            )
            .map_err(|_| unreadable())?,
    );
    let batch: Batch = serde_json::from_slice(&plain).map_err(|_| unreadable())?;
    if batch.device != device || batch.seq != seq {
        return Err(unreadable());
    }
    Ok(batch)
}

/// The numbers of the files each device has in the folder, in order.
pub(crate) fn list(folder: &Path) -> Result<BTreeMap<String, Vec<u64>>, ShareError> {
    let mut found = BTreeMap::new();
    let read_err = |e: std::io::Error| ShareError::Read {
        path: folder.to_path_buf(),
        detail: e.to_string(),
    };
    for entry in fs::read_dir(folder).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_id(&name) || !entry.path().is_dir() {
            continue;
        }
        found.insert(name.clone(), numbers(&entry.path()));
    }
    Ok(found)
}

/// The numbers of the files in one device's folder (none when it has none).
pub(crate) fn numbers(dir: &Path) -> Vec<u64> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut seqs: Vec<u64> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let (number, ext) = name.split_once('.')?;
            (ext == EXTENSION && number.len() == 10 && number.bytes().all(|b| b.is_ascii_digit()))
                .then(|| number.parse().ok())
                .flatten()
        })
        .collect();
    seqs.sort_unstable();
    seqs
}

/// Writes a file whole, readable by its owner alone (an invitation holds
/// the key): a private file first, flushed to disk, then renamed.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".undersigned-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A device's name as the others see it: no control or direction
/// characters (it is printed in terminals and beside other text), no more
/// than 60 characters.
pub(crate) fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(
                    u32::from(*c),
                    0x00AD | 0x061C | 0x180E | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2069 | 0xFEFF
                )
        })
        .collect();
    cleaned
        .trim()
        .chars()
        .take(60)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Removes what interrupted writes left in this device's folder (private
/// files never renamed into place) once they are an hour old.
pub(crate) fn tidy(folder: &Path, device: &str) {
    let Ok(entries) = fs::read_dir(folder.join(device)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        if name.starts_with(".undersigned-") && name.ends_with(".tmp") && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}
