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
