//! Drafting: status, versions, translations, duplicates, and statements
//! made from Markdown or Word files.

use crate::Store;
use crate::statements::documents::{self, ImportedStatement};
use crate::statements::drafting::{self, TranslationStatus};
use crate::statements::revisions::{self, RevisionKind, SavedRevision};
use crate::statements::{Statement, StatementError, StatementStatus};

type Result<T> = std::result::Result<T, StatementError>;

/// `confirmed`: the organizer was asked and agreed to move a statement
/// with endorsements back to draft.
pub fn set_status(
    store: &mut Store,
    id: &str,
    status: StatementStatus,
    confirmed: bool,
) -> Result<Statement> {
    store.with_tx(|tx| drafting::set_status(tx, id, status, confirmed))
}

pub fn save_revision(
    store: &mut Store,
    id: &str,
    label: &str,
    kind: RevisionKind,
) -> Result<SavedRevision> {
    store.with_tx(|tx| revisions::save(tx, id, label, kind))
}

pub fn restore_revision(store: &mut Store, id: &str, number: u32) -> Result<SavedRevision> {
    store.with_tx(|tx| revisions::restore(tx, id, number))
}

pub fn translate(store: &mut Store, id: &str, language: &str) -> Result<Statement> {
    store.with_tx(|tx| drafting::translate(tx, id, language))
}

pub fn mark_translation_current(store: &mut Store, id: &str) -> Result<TranslationStatus> {
    store.with_tx(|tx| drafting::mark_translation_current(tx, id))
}

pub fn duplicate(store: &mut Store, id: &str) -> Result<Statement> {
    store.with_tx(|tx| drafting::duplicate(tx, id))
}

/// `origin` names the file in the statement's first revision.
pub fn import_markdown(store: &mut Store, text: &str, origin: &str) -> Result<ImportedStatement> {
    store.with_tx(|tx| documents::import_markdown(tx, text, origin))
}

pub fn import_docx(store: &mut Store, bytes: &[u8], origin: &str) -> Result<ImportedStatement> {
    store.with_tx(|tx| documents::import_docx(tx, bytes, origin))
}
