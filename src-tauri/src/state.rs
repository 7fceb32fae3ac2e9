//! The one open database, shared by all commands.
//!
//! A single connection behind a `std::sync::Mutex`: commands take the lock
//! only inside `spawn_blocking`, so it is never held across an `.await` and
//! never taken on the window's thread.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use undersigned_core::location;
use undersigned_core::{Store, StoreError, WithPath};

use crate::error::ApiError;

pub struct Database {
    /// Where the app looked for its database, shown in Settings.
    path: Option<PathBuf>,
    /// The store, or why it could not be opened: the window still starts and
    /// tells the organizer what went wrong instead of vanishing.
    store: Result<Arc<Mutex<Store>>, String>,
}

impl Database {
    /// Resolves the path (`--db`, then `UNDERSIGNED_DB`, then the OS data
    /// directory) and opens it. The default folder is created on first start.
    pub fn open_at(explicit: Option<PathBuf>) -> Database {
        let path = match location::prepare_db_path(explicit) {
            Ok(path) => path,
            Err(err) => {
                return Database {
                    path: None,
                    store: Err(err.to_string()),
                };
            }
        };
        let store = Store::open(&path)
            .map(|store| Arc::new(Mutex::new(store)))
            .map_err(|err| err.to_string());
        Database {
            path: Some(path),
            store,
        }
    }

    /// Wraps an already open store (tests, tools).
    pub fn from_store(store: Store) -> Database {
        Database {
            path: store.path().map(PathBuf::from),
            store: Ok(Arc::new(Mutex::new(store))),
        }
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Whether the file could only be opened for reading (its permissions).
    pub fn is_read_only(&self) -> bool {
        self.store
            .as_ref()
            .ok()
            .and_then(|s| s.lock().ok().map(|s| s.is_read_only()))
            .unwrap_or(false)
    }

    /// Called as the app exits: leaves the database as one self-contained
    /// file. A checkpoint held back by another program's reading or writing
    /// is tried again a few times, then reported; nothing is lost either way,
    /// the log is folded in on the next start.
    pub fn close_cleanly(&self) {
        let Ok(store) = &self.store else { return };
        let Ok(store) = store.lock() else { return };
        let mut result = store.checkpoint();
        for _ in 0..5 {
            if !matches!(result, Err(StoreError::Locked { .. })) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
            result = store.checkpoint();
        }
        if let Err(err) = result {
            eprintln!("undersigned: could not tidy the database on exit (nothing is lost): {err}");
        }
    }

    /// Runs blocking database work on a worker thread and maps its error for the UI.
    pub async fn run<T, E>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + WithPath + Send + 'static,
    {
        let store = match &self.store {
            Ok(store) => Arc::clone(store),
            Err(message) => return Err(ApiError::unavailable(message.clone())),
        };
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = store
                .lock()
                .map_err(|_| ApiError::internal("the database connection was left in a bad state by an earlier failure; restart Undersigned"))?;
            let path = guard.path().map(PathBuf::from);
            work(&mut guard).map_err(|err| match &path {
                Some(path) => err.with_path(path).into(),
                None => err.into(),
            })
        })
        .await
        .map_err(|err| ApiError::internal(format!("database work stopped unexpectedly: {err}")))?
    }
}
