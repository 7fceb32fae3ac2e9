//! The application layer: every action an organizer takes, as one function
//! that opens and commits its own transaction and holds the action's
//! defaults. The window's commands and the command line call these and only
//! translate arguments and errors, so the same action stores the same data
//! from either. The domain modules' functions that take a `&Connection` are
//! the building blocks these put together inside one transaction.
//!
//! Reads that take more than one query (a count and its rows) go through
//! [`crate::store::snapshot`], so they agree with each other.

pub mod contacts;
pub mod drafting;
pub mod export;
pub mod outreach;
mod reviews;
pub mod signons;
pub mod statements;

pub use reviews::{ReviewError, Reviews};

use crate::Store;
use crate::store::StoreError;

/// Runs a command that only reads in one read transaction, so that all it
/// shows comes from one state of the database (the command line's lists
/// and reports). The outer error is the transaction's own; a write
/// attempted inside fails.
pub fn read_only<T>(
    store: &mut Store,
    work: impl FnOnce(&mut Store) -> T,
) -> Result<T, StoreError> {
    if !store.conn().is_autocommit() {
        return Ok(work(store));
    }
    store.conn().execute_batch("BEGIN DEFERRED")?;
    let value = work(store);
    // Nothing to keep: ending the read only lets later reads see newer commits.
    store.conn().execute_batch("COMMIT")?;
    Ok(value)
}
