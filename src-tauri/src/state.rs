//! The open database, shared by all commands: one writer connection behind a
//! `std::sync::Mutex`, and a pool of read-only connections, so that a long
//! write (an import, or another program holding the lock) never stalls the
//! window's reads. Locks are taken only inside `spawn_blocking`, so none is
//! held across an `.await` or taken on the window's thread.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use undersigned_core::location;
use undersigned_core::share;
use undersigned_core::store::Connection;
use undersigned_core::store::encryption;
use undersigned_core::store::key::{self, Passphrase};
use undersigned_core::store::{ChangeWatcher, DatabaseChange};
use undersigned_core::{Readers, Store, StoreError, WithPath};

use crate::error::ApiError;

#[derive(Clone)]
struct Shared {
    writer: Arc<Mutex<Store>>,
    /// `None` where the store has no separate readers (in memory, read-only file).
    readers: Option<Arc<Readers>>,
    path: Option<PathBuf>,
    read_only: bool,
    /// Set once a newer version of Undersigned upgraded the file while it
    /// was open here: from then on this version refuses to write to it.
    newer_schema: Arc<AtomicBool>,
    /// Each call to `watch` starts a new watch and ends the one before
    /// (the window reloaded).
    watch_generation: Arc<AtomicU64>,
    backup_problem: Arc<Mutex<Option<String>>>,
    /// The day's backup has been started in this run.
    daily_backup_started: Arc<AtomicBool>,
    /// One sync at a time: the background's and the organizer's.
    syncing: Arc<Mutex<()>>,
    /// Why the last sync in the background failed, if it did.
    sync_problem: Arc<Mutex<Option<ApiError>>>,
    /// Set when this store is replaced (encrypted): its background sync ends.
    sync_stop: Arc<AtomicBool>,
}

/// How often the background sync looks at the outbox and the folder.
const SYNC_LOOK_EVERY: Duration = Duration::from_secs(3);
/// How long files that wait for earlier ones wait before another try.
const SYNC_RETRY_WAITING: Duration = Duration::from_secs(60);

/// How often the file is looked at for changes by other programs.
const WATCH_EVERY: Duration = Duration::from_millis(700);

pub struct Database {
    /// Where the app looked for its database, shown in Settings.
    path: Option<PathBuf>,
    /// The store, or why it could not be opened: the window still starts and
    /// tells the organizer what went wrong instead of vanishing (or asks for
    /// the passphrase of an encrypted file, and opens it then).
    store: std::sync::RwLock<Result<Shared, ApiError>>,
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
                    store: std::sync::RwLock::new(Err(ApiError::unavailable(err.to_string()))),
                };
            }
        };
        let options = opening(true);
        let store = Store::open_with(&path, options)
            .map(Shared::new)
            .map_err(ApiError::from);
        Database {
            path: Some(path),
            store: std::sync::RwLock::new(store),
        }
    }

    /// Wraps an already open store (tests, tools).
    pub fn from_store(store: Store) -> Database {
        Database {
            path: store.path().map(PathBuf::from),
            store: std::sync::RwLock::new(Ok(Shared::new(store))),
        }
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Whether the file could only be opened for reading (its permissions).
    pub fn is_read_only(&self) -> bool {
        self.shared().is_ok_and(|s| s.read_only)
    }

    /// Called as the app exits: leaves the database as one self-contained
    /// file. A checkpoint held back by another program's reading or writing
    /// is tried again a few times, then reported; nothing is lost either way,
    /// the log is folded in on the next start.
    pub fn close_cleanly(&self) {
        let Ok(shared) = self.shared() else { return };
        let store = lock_writer(&shared.writer);
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

    /// Runs blocking writes on a worker thread, on the one writer
    /// connection, and maps their error for the UI.
    pub async fn write<T, E>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + WithPath + Send + 'static,
    {
        let shared = self.shared()?;
        if shared.newer_schema.load(Ordering::SeqCst) {
            return Err(ApiError::unavailable(format!(
                "the database{} was upgraded by a newer version of Undersigned while it was open here, so this version no longer writes to it. Nothing was saved; quit and update Undersigned.",
                shared
                    .path
                    .as_ref()
                    .map(|p| format!(" {}", p.display()))
                    .unwrap_or_default()
            )));
        }
        let writer = Arc::clone(&shared.writer);
        let path = shared.path.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = lock_writer(&writer);
            Ok(named(work(&mut guard), path.as_deref()))
        })
        .await
        .map_err(stopped)?
        .and_then(|result| result)
    }

    /// Runs blocking reads on a worker thread, on a read-only connection
    /// that does not wait for the writer, in one read transaction: every
    /// query of `work` sees the same committed state.
    pub async fn read<T, E>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + WithPath + From<StoreError> + Send + 'static,
    {
        let shared = self.shared()?;
        let readers = shared.readers.clone();
        let writer = Arc::clone(&shared.writer);
        let path = shared.path.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let result = match readers {
                Some(readers) => readers.read(work),
                None => {
                    let guard = lock_writer(&writer);
                    undersigned_core::store::snapshot(guard.conn(), work)
                }
            };
            Ok(named(result, path.as_deref()))
        })
        .await
        .map_err(stopped)?
        .and_then(|result| result)
    }

    /// Starts looking for changes made by other programs, and hands each
    /// (with the areas it touched) to `deliver` until it returns false or a
    /// newer watch starts. Commits the window made itself are not handed on. A file that
    /// nothing else can write (in memory, read-only) is not watched.
    pub fn watch(
        &self,
        mut deliver: impl FnMut(DatabaseChange) -> bool + Send + 'static,
    ) -> Result<(), ApiError> {
        let shared = self.shared()?;
        let Some(path) = shared.path.clone().filter(|_| !shared.read_only) else {
            return Ok(());
        };
        // Without the writer now (busy with a long write), the first
        // commit seen counts as another program's.
        let opened = match shared.writer.try_lock() {
            Ok(store) => ChangeWatcher::open(&path, Some(store.conn())),
            Err(_) => ChangeWatcher::open(&path, None),
        };
        let mut watcher = opened.map_err(|e| ApiError::from(e.with_path(&path)))?;
        let generation = shared.watch_generation.fetch_add(1, Ordering::SeqCst) + 1;
        let current = Arc::clone(&shared.watch_generation);
        let newer = Arc::clone(&shared.newer_schema);
        let writer = Arc::clone(&shared.writer);
        std::thread::Builder::new()
            .name("database-watch".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(WATCH_EVERY);
                    if current.load(Ordering::SeqCst) != generation {
                        break;
                    }
                    // The window's own writes, made on the writer, are not
                    // echoed back to it. While the writer is busy (a long
                    // import) every commit counts as another program's.
                    let polled = match writer.try_lock() {
                        Ok(store) => watcher.poll(Some(store.conn())),
                        Err(std::sync::TryLockError::Poisoned(_)) => {
                            watcher.poll(Some(lock_writer(&writer).conn()))
                        }
                        Err(std::sync::TryLockError::WouldBlock) => watcher.poll(None),
                    };
                    // A failed look (the file busy at that moment) is tried again next time.
                    let Ok(Some(change)) = polled else {
                        continue;
                    };
                    if matches!(change, DatabaseChange::NewerSchema { .. }) {
                        newer.store(true, Ordering::SeqCst);
                    }
                    if !deliver(change) {
                        break;
                    }
                }
            })
            .map_err(|e| ApiError::internal(format!("cannot watch the database: {e}")))?;
        Ok(())
    }

    /// The database file, for work that opens it on its own (backups).
    pub fn file(&self) -> Result<PathBuf, ApiError> {
        let shared = self.shared()?;
        shared.path.clone().ok_or_else(|| {
            ApiError::unavailable("this database lives in memory only and has no file to back up")
        })
    }

    /// Makes the day's first backup in the background, once per run: when
    /// the window's first screen is up (`app_ready`), so copying and
    /// checking the file does not compete with the start on a small
    /// machine, or after `delay` if no first screen is ever reported.
    /// What went wrong, if anything, Settings shows.
    pub fn back_up_daily_after(&self, delay: Duration) {
        let Ok(shared) = self.shared() else { return };
        let (Some(path), false) = (shared.path.clone(), shared.read_only) else {
            return;
        };
        let problem = Arc::clone(&shared.backup_problem);
        let started = Arc::clone(&shared.daily_backup_started);
        let _ = std::thread::Builder::new()
            .name("daily-backup".into())
            .spawn(move || {
                std::thread::sleep(delay);
                if started.swap(true, Ordering::SeqCst) {
                    return;
                }
                let options = opening(false);
                let outcome = Store::open_with(&path, options)
                    .map_err(|e| e.to_string())
                    .and_then(|store| {
                        undersigned_core::store::backup::daily_if_due(&store)
                            .map_err(|e| e.to_string())
                    });
                if let (Err(message), Ok(mut slot)) = (outcome, problem.lock()) {
                    *slot = Some(message);
                }
            });
    }

    /// Why the day's automatic backup failed, if it did.
    pub fn backup_problem(&self) -> Option<String> {
        let shared = self.shared().ok()?;
        shared.backup_problem.lock().ok()?.clone()
    }

    fn shared(&self) -> Result<Shared, ApiError> {
        match self.store.read() {
            Ok(store) => store.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn set(&self, store: Result<Shared, ApiError>) {
        match self.store.write() {
            Ok(mut slot) => *slot = store,
            Err(poisoned) => *poisoned.into_inner() = store,
        }
    }

    /// Opens the encrypted file the window started on with `passphrase`.
    /// A wrong one is refused and forgotten; the file stays closed.
    pub async fn unlock(&self, passphrase: String) -> Result<(), ApiError> {
        let Some(path) = self.path.clone() else {
            return Err(self
                .shared()
                .err()
                .unwrap_or_else(|| ApiError::internal("no database")));
        };
        if self.shared().is_ok() {
            return Ok(());
        }
        let opened = tauri::async_runtime::spawn_blocking(move || {
            key::unlock(&path, Passphrase::new(passphrase));
            let options = opening(false);
            let opened = Store::open_with(&path, options);
            if opened.is_err() {
                key::forget(&path);
            }
            opened
        })
        .await
        .map_err(stopped)?;
        match opened {
            Ok(store) => {
                self.set(Ok(Shared::new(store)));
                Ok(())
            }
            Err(err) => Err(ApiError::from(err)),
        }
    }

    /// Encrypts the open file (and its backups) with `passphrase`, and
    /// opens it again with it. Every connection of the window's is closed
    /// first (SQLite refuses to convert a file anyone has open); meanwhile
    /// the window's calls are refused as unavailable. If the conversion
    /// fails, the file is opened again as it was.
    pub async fn encrypt(&self, passphrase: String) -> Result<encryption::Converted, ApiError> {
        let shared = self.shared()?;
        let Some(path) = shared.path.clone().filter(|_| !shared.read_only) else {
            return Err(ApiError::unavailable(
                "this database cannot be encrypted here: it is in memory or read-only",
            ));
        };
        // The watch and the background sync stop at their next look;
        // readers close as their last calls end.
        shared.watch_generation.fetch_add(1, Ordering::SeqCst);
        shared.sync_stop.store(true, Ordering::SeqCst);
        self.set(Err(ApiError::unavailable(
            "the database is being encrypted; wait a moment",
        )));
        drop(shared);
        let reopen_path = path.clone();
        let outcome = tauri::async_runtime::spawn_blocking(move || {
            let passphrase = Passphrase::new(passphrase);
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            let converted = loop {
                match encryption::encrypt(&path, &passphrase) {
                    Err(StoreError::InUse { .. }) if std::time::Instant::now() < deadline => {
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    other => break other,
                }
            };
            let options = opening(false);
            (converted, Store::open_with(&reopen_path, options))
        })
        .await
        .map_err(stopped)?;
        let (converted, reopened) = outcome;
        self.set(reopened.map(Shared::new).map_err(ApiError::from));
        converted.map_err(ApiError::from)
    }

    /// Runs sharing work on a connection of its own, one at a time: what
    /// it writes reaches the window's pages through the watch, as a change
    /// made by another program does.
    pub async fn sync_elsewhere<T, E>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + WithPath + Send + 'static,
    {
        let shared = self.shared()?;
        let Some(path) = shared.path.clone().filter(|_| !shared.read_only) else {
            return Err(ApiError::unavailable(
                "this database cannot be shared from here: it is in memory or read-only",
            ));
        };
        let syncing = Arc::clone(&shared.syncing);
        let problem = Arc::clone(&shared.sync_problem);
        tauri::async_runtime::spawn_blocking(move || {
            let _one = syncing.lock().unwrap_or_else(|p| p.into_inner());
            let mut store = Store::open_with(&path, opening(false)).map_err(ApiError::from)?;
            let result = named(work(&mut store), Some(&path));
            if result.is_ok()
                && let Ok(mut slot) = problem.lock()
            {
                *slot = None;
            }
            Ok(result)
        })
        .await
        .map_err(stopped)?
        .and_then(|result| result)
    }

    /// Why the last sync in the background failed, if it did.
    pub fn sync_problem(&self) -> Option<ApiError> {
        let shared = self.shared().ok()?;
        shared.sync_problem.lock().ok()?.clone()
    }

    /// Whether the open file is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.path.as_deref().is_some_and(key::is_encrypted)
    }

    /// The writer, for tests that hold it to show reads do not need it.
    #[doc(hidden)]
    pub fn writer_for_tests(&self) -> Option<Arc<Mutex<Store>>> {
        self.shared().ok().map(|s| Arc::clone(&s.writer))
    }
}

/// How the window opens its file: every page read when no check passed in
/// the last day (the day's first start, as for the command line): on a file
/// of 100,000 sign-ons the check is a third of the start, and a file opened
/// many times a day is not read whole each time. `create` only at start.
fn opening(create: bool) -> undersigned_core::OpenOptions {
    undersigned_core::OpenOptions {
        create,
        check: undersigned_core::IntegrityCheck::IfNotRecent,
    }
}

impl Shared {
    fn new(store: Store) -> Shared {
        let shared = Shared {
            readers: store.readers().map(Arc::new),
            path: store.path().map(PathBuf::from),
            read_only: store.is_read_only(),
            newer_schema: Arc::new(AtomicBool::new(false)),
            watch_generation: Arc::new(AtomicU64::new(0)),
            backup_problem: Arc::new(Mutex::new(None)),
            daily_backup_started: Arc::new(AtomicBool::new(false)),
            syncing: Arc::new(Mutex::new(())),
            sync_problem: Arc::new(Mutex::new(None)),
            sync_stop: Arc::new(AtomicBool::new(false)),
            writer: Arc::new(Mutex::new(store)),
        };
        shared.sync_in_background();
        shared
    }

    /// A shared file syncs by itself: at start, a few seconds after the
    /// organizer's writes settle, and when files come into the folder. Each
    /// look opens the file on a connection of its own and closes it after.
    fn sync_in_background(&self) {
        let (Some(path), false) = (self.path.clone(), self.read_only) else {
            return;
        };
        let (stop, syncing, problem) = (
            Arc::clone(&self.sync_stop),
            Arc::clone(&self.syncing),
            Arc::clone(&self.sync_problem),
        );
        let _ = std::thread::Builder::new()
            .name("share-sync".into())
            .spawn(move || {
                let mut schedule = share::Schedule::new(SYNC_RETRY_WAITING);
                loop {
                    std::thread::sleep(SYNC_LOOK_EVERY);
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(_one) = syncing.try_lock() else {
                        continue;
                    };
                    let Ok(mut store) = Store::open_with(&path, opening(false)) else {
                        continue;
                    };
                    let status = share::status(store.conn()).ok().flatten();
                    if !schedule.due(status.as_ref()) {
                        continue;
                    }
                    let outcome = share::sync(&mut store).err().map(ApiError::from);
                    if let Ok(mut slot) = problem.lock() {
                        *slot = outcome;
                    }
                }
            });
    }
}

/// The error, naming the database file where SQLite did not.
fn named<T, E>(result: Result<T, E>, path: Option<&std::path::Path>) -> Result<T, ApiError>
where
    E: Into<ApiError> + WithPath,
{
    result.map_err(|err| match path {
        Some(path) => err.with_path(path).into(),
        None => err.into(),
    })
}

/// The writer, recovered if work on it panicked: the panic was reported to
/// that work's caller (as "database work stopped unexpectedly"); what it left
/// half-done is rolled back here, and the lock is usable again, so one bug
/// does not make every later write fail until a restart.
fn lock_writer(writer: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    match writer.lock() {
        Ok(guard) => guard,
        Err(poisoned) => {
            let guard = poisoned.into_inner();
            guard.roll_back_abandoned();
            writer.clear_poison();
            guard
        }
    }
}

fn stopped(err: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("database work stopped unexpectedly: {err}"))
}
