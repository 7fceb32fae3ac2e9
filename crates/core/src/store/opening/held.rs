//! Files this process holds open as a store, so a second store on the same
//! file shares it instead of taking another lock.

use super::*;

/// A file a store of this process holds open, counted by device and inode.
#[derive(Debug)]
pub(crate) struct Held((u64, u64));

pub(super) fn held() -> &'static std::sync::Mutex<std::collections::HashMap<(u64, u64), usize>> {
    static HELD: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<(u64, u64), usize>>,
    > = std::sync::OnceLock::new();
    HELD.get_or_init(Default::default)
}

impl Held {
    pub(super) fn id_of(path: &Path) -> Option<(u64, u64)> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            None
        }
    }

    pub(super) fn is_held(id: (u64, u64)) -> bool {
        held()
            .lock()
            .is_ok_and(|map| map.get(&id).is_some_and(|n| *n > 0))
    }

    pub(super) fn take(path: &Path) -> Option<Held> {
        let id = Held::id_of(path)?;
        *held().lock().ok()?.entry(id).or_insert(0) += 1;
        Some(Held(id))
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Ok(mut map) = held().lock()
            && let Some(n) = map.get_mut(&self.0)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                map.remove(&self.0);
            }
        }
    }
}

impl Store {
    pub(super) fn holding(mut self, path: &Path) -> Store {
        self._held = Held::take(path);
        self
    }
}

/// A second connection to a file this process already holds open as a
/// store: through SQLite alone, set up as the first one was (its schema is
/// current already). Read-only when the file is.
pub(super) fn open_again(path: &Path) -> Result<Store, StoreError> {
    let classify = |e| StoreError::classify(e, path);
    let read_only = is_read_only_file(path);
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags).map_err(classify)?;
    crate::store::key::apply(&conn, path)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
    if !read_only {
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(classify)?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify)?;
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(classify)?;
    crate::store::order_keys::register(&conn).map_err(classify)?;
    Ok(Store {
        conn,
        path: Some(path.to_path_buf()),
        read_only,
        _held: None,
    })
}
