#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Integration tests of the store against real files; one binary so the
//! suite links once.

mod backups;
mod contacts;
mod drafting;
mod endorsements;
mod exports;
mod intake;
mod messages;
mod opening;
mod printed_text;
mod refusing;
mod restoring;
mod schema;
mod sharing;
mod spreadsheets;
mod statements;
mod upgrades;

use std::path::PathBuf;

/// A fresh folder that disappears with the test, and a database path in it.
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("undersigned.sqlite3");
    (dir, path)
}
