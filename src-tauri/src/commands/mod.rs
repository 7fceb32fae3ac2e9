//! Tauri commands, one module per feature; each is a few lines over a core call.

#[macro_use]
pub mod declare;

pub mod app;
pub mod backup;
pub mod contacts;
pub mod drafting;
pub mod endorsements;
pub mod export;
pub mod sharing;
pub mod statements;
pub mod table;
pub mod types;

pub use declare::{CommandSpec, camel};
