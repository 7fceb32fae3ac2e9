//! The Undersigned domain: everything an organizer can do, as plain functions
//! over a SQLite store. No window, no IPC: the desktop shell and the command
//! line are thin layers over this crate, calling its [`actions`], each of
//! which owns its transaction and its defaults.
//!
//! ```
//! use undersigned_core::{Store, actions};
//! use undersigned_core::statements::{self, NewStatement};
//!
//! let mut store = Store::open_in_memory()?;
//! let new = NewStatement { title: "Stop the deportations".into(), ..Default::default() };
//! let made = actions::statements::create(&mut store, &new)?;
//! assert_eq!(statements::list(store.conn())?[0].id, made.id);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod actions;
pub mod affiliation;
pub mod backup;
pub mod columns;
pub mod contact_files;
pub mod contact_import;
pub mod contacts;
pub mod countries;
pub mod dates;
pub mod drafting;
pub mod duplicates;
pub mod endorsements;
pub mod error;
pub mod export;
pub mod files;
pub mod intake;
pub mod invitations;
pub mod location;
pub mod revisions;
pub mod signing;
pub mod spreadsheets;
pub mod statement_files;
pub mod statements;
pub mod store;
pub mod tabular;
pub mod text;
pub mod words;

mod clock;

pub use store::{IntegrityCheck, OpenOptions, Readers, Store, StoreError, WithPath};
