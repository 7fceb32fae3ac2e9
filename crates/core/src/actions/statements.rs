//! Statements as records: made, renamed, given details, trashed, restored
//! and purged.

use crate::Store;
use crate::statements::revisions::{self, RevisionKind, SavedRevision};
use crate::statements::{self, NewStatement, Statement, StatementError, StatementPatch};

type Result<T> = std::result::Result<T, StatementError>;

pub fn create(store: &mut Store, new: &NewStatement) -> Result<Statement> {
    store.with_tx(|tx| statements::create(tx, new))
}

pub fn update(store: &mut Store, id: &str, patch: &StatementPatch) -> Result<Statement> {
    store.with_tx(|tx| statements::update(tx, id, patch))
}

/// Replaces the body and keeps it as a named revision, together: a body
/// edited from a file is never left without its version.
pub fn replace_body(store: &mut Store, id: &str, body: &str, label: &str) -> Result<SavedRevision> {
    store.with_tx(|tx| {
        let patch = StatementPatch {
            body: Some(body.to_string()),
            ..Default::default()
        };
        statements::update(tx, id, &patch)?;
        revisions::save(tx, id, label, RevisionKind::Explicit)
    })
}

pub fn delete(store: &mut Store, id: &str) -> Result<Statement> {
    store.with_tx(|tx| statements::delete(tx, id))
}

pub fn restore(store: &mut Store, id: &str) -> Result<Statement> {
    store.with_tx(|tx| statements::restore(tx, id))
}

pub fn purge(store: &mut Store, id: &str) -> Result<()> {
    store.with_tx(|tx| statements::purge(tx, id))
}
