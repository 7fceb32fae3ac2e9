//! Reviews waiting to be applied: a file or list read, the plan the
//! organizer is looking at, and the state of the database it was planned
//! against, under an opaque token. Applying writes that plan as it is,
//! after checking that nothing it read has changed since; it never plans
//! again. The window keeps one [`Reviews`] for as long as it runs; the
//! command line makes one per command.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

use crate::contacts::import::ImportError;
use crate::error::{Coded, ErrorCode};
use crate::signons::EndorsementError;
use crate::store::{StoreError, WithPath};
use crate::tabular::ReadError;

use super::contacts::ImportSession;
use super::signons::IntakeSession;

/// Why a review could not be made or applied.
#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@review", rename_all = "snake_case")]
pub enum ReviewError {
    #[error(
        "the file or list read for this review is no longer open; paste it or choose the file again"
    )]
    Gone,
    /// Contacts or sign-ons changed after the review was made (in this
    /// window, another window or another program), or the review was asked
    /// to apply with other choices than it was made with. Nothing was
    /// written; plan it again and look at it before adding.
    #[error(
        "the contacts or sign-ons changed after this review was made, so nothing was added; the review has to be made again: look at it and add it again"
    )]
    Stale,
    #[error(transparent)]
    #[serde(untagged)]
    SignOns(#[from] EndorsementError),
    #[error(transparent)]
    #[serde(untagged)]
    Contacts(#[from] ImportError),
    #[error(transparent)]
    #[serde(untagged)]
    Read(#[from] ReadError),
    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl Coded for ReviewError {
    fn code(&self) -> ErrorCode {
        match self {
            ReviewError::Gone => ErrorCode::NotFound,
            ReviewError::Stale => ErrorCode::Stale,
            ReviewError::SignOns(err) => err.code(),
            ReviewError::Contacts(err) => err.code(),
            ReviewError::Read(err) => err.code(),
            ReviewError::Store(err) => err.code(),
        }
    }
}

impl WithPath for ReviewError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            ReviewError::SignOns(err) => ReviewError::SignOns(err.with_path(path)),
            ReviewError::Contacts(err) => ReviewError::Contacts(err.with_path(path)),
            ReviewError::Store(err) => ReviewError::Store(err.with_path(path)),
            other => other,
        }
    }
}

/// The state of the database as one connection sees it: SQLite's count of
/// commits by every other connection and program (`PRAGMA data_version`),
/// and the rows this connection itself changed. Either moves when anything
/// is written. A rolled-back write moves it too: a review refused then is
/// planned again, which is harmless, while a change it missed would not be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Generation {
    others: i64,
    own: u64,
}

impl Generation {
    pub(crate) fn of(conn: &Connection) -> Result<Generation, StoreError> {
        let others = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok(Generation {
            others,
            own: conn.total_changes(),
        })
    }
}

impl Generation {
    /// The same state after this connection's rolled-back transaction (a
    /// cancelled or failed apply): what it changed is gone, so only its
    /// count of changed rows moves on. Commits by others still count.
    pub(crate) fn after_rollback(self, conn: &Connection) -> Generation {
        Generation {
            others: self.others,
            own: conn.total_changes(),
        }
    }
}

/// Reviews in progress, by token: sign-on intakes and contact imports.
/// Cheap to clone; clones share the same reviews.
#[derive(Clone, Default)]
pub struct Reviews {
    pub(crate) intakes: Sessions<IntakeSession>,
    pub(crate) imports: Sessions<ImportSession>,
}

impl Reviews {
    /// Stops an apply in progress at its next step: nothing is written.
    pub fn cancel(&self, token: &str) -> Result<(), ReviewError> {
        let flag = match self.intakes.cancel_flag(token) {
            Ok(flag) => flag,
            Err(_) => self.imports.cancel_flag(token)?,
        };
        flag.store(true, Ordering::SeqCst);
        Ok(())
    }
}

/// One kind of review in progress.
pub(crate) struct Sessions<S> {
    entries: Arc<Mutex<HashMap<String, Session<S>>>>,
}

impl<S> Clone for Sessions<S> {
    fn clone(&self) -> Self {
        Sessions {
            entries: Arc::clone(&self.entries),
        }
    }
}

impl<S> Default for Sessions<S> {
    fn default() -> Self {
        Sessions {
            entries: Arc::default(),
        }
    }
}

struct Session<S> {
    state: S,
    cancel: Arc<AtomicBool>,
}

impl<S: Clone> Sessions<S> {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Session<S>>> {
        // A panic while the map was held left it whole: each change is one insert or remove.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps one review of this kind at a time (the window shows one) and
    /// answers its new token.
    pub(crate) fn open(&self, state: S) -> String {
        let token = crate::store::clock::new_id();
        let mut entries = self.lock();
        entries.clear();
        entries.insert(
            token.clone(),
            Session {
                state,
                cancel: Arc::new(AtomicBool::new(false)),
            },
        );
        token
    }

    /// The review's state as it is now (its parts are shared, not copied).
    pub(crate) fn get(&self, token: &str) -> Result<S, ReviewError> {
        self.lock()
            .get(token)
            .map(|s| s.state.clone())
            .ok_or(ReviewError::Gone)
    }

    pub(crate) fn set(&self, token: &str, state: S) -> Result<(), ReviewError> {
        let mut entries = self.lock();
        let session = entries.get_mut(token).ok_or(ReviewError::Gone)?;
        session.state = state;
        Ok(())
    }

    pub(crate) fn close(&self, token: &str) {
        self.lock().remove(token);
    }

    /// The flag an apply watches, cleared for a new apply.
    pub(crate) fn start(&self, token: &str) -> Result<Arc<AtomicBool>, ReviewError> {
        let flag = self.cancel_flag(token)?;
        flag.store(false, Ordering::SeqCst);
        Ok(flag)
    }

    fn cancel_flag(&self, token: &str) -> Result<Arc<AtomicBool>, ReviewError> {
        self.lock()
            .get(token)
            .map(|s| Arc::clone(&s.cancel))
            .ok_or(ReviewError::Gone)
    }
}
