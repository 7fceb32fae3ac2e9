#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Integration tests of the store against real files; one binary so the
//! suite links once.

mod actions;
mod backups;
mod contacts;
mod drafting;
mod encryption;
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

use undersigned_core::Store;
use undersigned_core::actions::{ReviewError, Reviews, signons};
use undersigned_core::signons::EndorsementError;
use undersigned_core::signons::intake::{IntakeOptions, IntakeResult, IntakeRow};

/// A fresh folder that disappears with the test, and a database path in it.
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("undersigned.sqlite3");
    (dir, path)
}

/// Sign-ons taken in as the window and the command line take them: the
/// rows reviewed, then that review applied.
pub fn take_in(
    store: &mut Store,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult, EndorsementError> {
    let reviews = Reviews::default();
    let review = signons::review_rows(store, &reviews, statement_id, rows.to_vec(), options)
        .map_err(sign_on_error)?;
    signons::apply(
        store,
        &reviews,
        statement_id,
        &review.token,
        options,
        progress,
    )
    .map_err(sign_on_error)
}

fn sign_on_error(err: ReviewError) -> EndorsementError {
    match err {
        ReviewError::SignOns(err) => err,
        other => panic!("not a sign-on error: {other:?}"),
    }
}
