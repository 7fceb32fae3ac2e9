//! The Undersigned domain: everything an organizer can do, as plain functions
//! over a SQLite store. No window, no IPC: the desktop shell and the command
//! line are thin layers over this crate.

pub mod location;
pub mod statements;
pub mod store;

mod clock;

pub use store::{Store, StoreError};
