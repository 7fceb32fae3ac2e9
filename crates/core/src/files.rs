//! Writing files the user asked for, whole or not at all, with the
//! permissions the user's umask gives new files (secret keys excepted).

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place once complete: a reader never sees half a file, and a
/// failure leaves any earlier file as it was. The file gets the mode new
/// files get (the umask decides; 0644 under the usual 022), also when it
/// replaces one.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    Staged::write(path, bytes, Access::Shared)?.publish()
}

/// Like [`write_whole`], readable and writable by the owner alone (0600):
/// for secret keys.
pub fn write_secret(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    Staged::write(path, bytes, Access::OwnerOnly)?.publish()
}

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// As the umask says, like any file a program makes.
    Shared,
    /// The owner alone (0600), whatever the umask.
    OwnerOnly,
}

/// A file written in full under a temporary name beside its target, not yet
/// in place: [`Staged::publish`] renames it to the target; dropped without
/// publishing, it is removed, so a failure between writing and publishing
/// leaves nothing behind.
#[derive(Debug)]
pub struct Staged {
    temp: PathBuf,
    target: PathBuf,
    published: bool,
}

impl Staged {
    /// Writes `bytes` under a temporary name in `target`'s folder.
    pub fn write(target: &Path, bytes: &[u8], access: Access) -> std::io::Result<Staged> {
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !folder.is_dir() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("the folder {} does not exist", folder.display()),
            ));
        }
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = folder.join(format!(
            ".{name}.{}-{}.partial",
            std::process::id(),
            uuid::Uuid::now_v7()
        ));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if access == Access::OwnerOnly {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temp).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("cannot write in {}: {}", folder.display(), e.kind()),
            )
        })?;
        let staged = Staged {
            temp,
            target: target.to_path_buf(),
            published: false,
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        Ok(staged)
    }

    /// Where the file goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Renames the file into place, replacing what was there.
    pub fn publish(mut self) -> std::io::Result<()> {
        std::fs::rename(&self.temp, &self.target)?;
        self.published = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Standard base64 (RFC 4648) with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A file name made safe from any name: letters, digits, `-` and `_`, at
/// most 60 characters, never empty, never a reserved device name.
pub fn safe_file_stem(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // Long titles are cut between words, never inside one.
    const MOST: usize = 80;
    let whole = out.trim_end_matches('-');
    let mut out: String = whole.chars().take(MOST).collect();
    if out.len() < whole.len() {
        let cut = whole[out.len()..].starts_with('-');
        if !cut && let Some(at) = out.rfind('-').filter(|&at| at >= MOST / 2) {
            out.truncate(at);
        }
    }
    out = out.trim_end_matches('-').to_string();
    const RESERVED: &[&str] = &[
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2",
    ];
    if out.is_empty() || RESERVED.contains(&out.to_lowercase().as_str()) {
        out = format!("message-{out}").trim_end_matches('-').to_string();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn a_whole_write_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_whole(&path, b"one").unwrap();
        write_whole(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let err = write_whole(&dir.path().join("no/such/a.txt"), b"x").unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert!(
            !err.to_string().contains("such/."),
            "no temporary name in the message: {err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn files_follow_the_umask_and_secrets_stay_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // What the umask gives any new file here, whatever it is.
        let probe = dir.path().join("probe");
        std::fs::File::create(&probe).unwrap();
        let usual = mode(&probe);

        let shared = dir.path().join("statement.pdf");
        std::fs::write(&shared, b"old").unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_whole(&shared, b"new").unwrap();
        assert_eq!(mode(&shared), usual, "a replaced file gets the usual mode");
        let fresh = dir.path().join("key.pub");
        write_whole(&fresh, b"public").unwrap();
        assert_eq!(mode(&fresh), usual);
        assert_ne!(usual, 0o600, "the test needs a umask that shares files");

        let secret = dir.path().join("key.key");
        write_secret(&secret, b"secret").unwrap();
        assert_eq!(mode(&secret), 0o600);
    }

    #[test]
    fn a_staged_file_left_unpublished_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.txt");
        let staged = Staged::write(&target, b"x", Access::Shared).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        drop(staged);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        assert!(!target.exists());
    }
}
