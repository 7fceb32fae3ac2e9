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
pub mod contacts;
pub mod countries;
pub mod error;
pub mod export;
pub mod files;
pub mod location;
pub mod share;
pub mod signons;
pub mod statements;
pub mod store;
pub mod tabular;
pub mod text;

pub use store::{IntegrityCheck, OpenOptions, Readers, Store, StoreError, WithPath};
