//! Sign-ons: one typed in, the review queue, corrections, the trash, and
//! intake of pasted lists and spreadsheets through a review that is applied
//! as it was shown.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::Store;
use crate::contacts::ContactError;
use crate::signons::intake::{self, IntakeOptions, IntakePlan, IntakeResult, IntakeRow};
use crate::signons::{
    self, Endorsement, EndorsementError, EndorsementKind, EndorsementPatch, EndorsementStatus,
    NewEndorsement, SignOnChannel,
};
use crate::store::backup;
use crate::store::snapshot;
use crate::tabular::columns::ColumnField;
use crate::tabular::{self, Table};

use super::reviews::{Generation, ReviewError, Reviews};

type Result<T> = std::result::Result<T, EndorsementError>;

/// How a sign-on typed in by the organizer arrived, unless they say: by
/// e-mail, the way replies to an invitation come back.
pub const TYPED_CHANNEL: SignOnChannel = SignOnChannel::Email;

/// How sign-ons taken in bulk arrived, unless the organizer says: `import`,
/// for a pasted list and a spreadsheet alike. A form service's export
/// cannot be told from any other spreadsheet with certainty (hand-kept
/// lists have date columns too), so no guess is made; `form` is for the
/// organizer to choose.
pub const INTAKE_CHANNEL: SignOnChannel = SignOnChannel::Import;

/// Adds one sign-on typed in by the organizer, received by
/// [`TYPED_CHANNEL`] unless `new.channel` says otherwise.
pub fn add(store: &mut Store, statement_id: &str, new: &NewEndorsement) -> Result<Endorsement> {
    let new = NewEndorsement {
        channel: Some(new.channel.unwrap_or(TYPED_CHANNEL)),
        ..new.clone()
    };
    store.with_tx(|tx| signons::add(tx, statement_id, &new))
}

/// All or none: one sign-on that cannot move leaves the others as they were.
pub fn set_status(
    store: &mut Store,
    ids: &[String],
    status: EndorsementStatus,
) -> Result<Vec<Endorsement>> {
    store.with_tx(|tx| {
        ids.iter()
            .map(|id| signons::set_status(tx, id, status))
            .collect()
    })
}

/// Corrects what a sign-on prints; with `rename_contact`, the linked
/// contact takes the corrected name in the same step.
pub fn correct(
    store: &mut Store,
    id: &str,
    patch: &EndorsementPatch,
    rename_contact: bool,
) -> Result<Endorsement> {
    store.with_tx(|tx| {
        let done = signons::correct(tx, id, patch)?;
        if rename_contact {
            signons::name_contact_as_printed(tx, id)?;
        }
        Ok(done)
    })
}

/// The linked contact takes the name the sign-on prints; answers the name.
pub fn name_contact_as_printed(store: &mut Store, id: &str) -> Result<String> {
    store.with_tx(|tx| signons::name_contact_as_printed(tx, id))
}

/// Confirms every pending sign-on; answers their ids, for Undo.
pub fn confirm_pending(store: &mut Store, statement_id: &str) -> Result<Vec<String>> {
    store.with_tx(|tx| signons::confirm_pending(tx, statement_id))
}

pub fn undo_confirm(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| signons::undo_confirm(tx, ids))
}

pub fn reconfirm(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| signons::reconfirm(tx, ids))
}

pub fn delete(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| signons::delete(tx, ids))
}

pub fn restore(store: &mut Store, ids: &[String]) -> Result<u32> {
    store.with_tx(|tx| signons::restore(tx, ids))
}

pub fn empty_trash(store: &mut Store, statement_id: &str) -> Result<u32> {
    store.with_tx(|tx| signons::empty_trash(tx, statement_id))
}

// Intake ----------------------------------------------------------------------

/// A list or file taken in, and the review last made of it.
#[derive(Clone, Default)]
pub(crate) struct IntakeSession {
    /// A spreadsheet, until a mapping gives its rows.
    table: Option<Arc<Table>>,
    rows: Arc<Vec<IntakeRow>>,
    planned: Option<Planned>,
}

#[derive(Clone)]
struct Planned {
    statement_id: String,
    options: IntakeOptions,
    plan: Arc<IntakePlan>,
    at: Generation,
}

/// A review to show: the token to apply it with, and the plan.
#[derive(Debug, Clone)]
pub struct IntakeReview {
    pub token: String,
    pub plan: IntakePlan,
}

/// Reads a pasted list and reviews it against `statement_id`.
pub fn review_paste(
    store: &Store,
    reviews: &Reviews,
    statement_id: &str,
    text: &str,
    kind: EndorsementKind,
    options: &IntakeOptions,
) -> std::result::Result<IntakeReview, ReviewError> {
    review_rows(
        store,
        reviews,
        statement_id,
        intake::parse_paste(text, kind),
        options,
    )
}

/// Rows already read (the command line reads its own files), reviewed.
pub fn review_rows(
    store: &Store,
    reviews: &Reviews,
    statement_id: &str,
    rows: Vec<IntakeRow>,
    options: &IntakeOptions,
) -> std::result::Result<IntakeReview, ReviewError> {
    let token = reviews.intakes.open(IntakeSession {
        rows: Arc::new(rows),
        ..Default::default()
    });
    let plan = review(store, reviews, statement_id, &token, None, options)?;
    Ok(IntakeReview { token, plan })
}

/// Reads a spreadsheet's bytes and keeps the table until a mapping gives
/// its rows; answers the token and the table, for the mapping step.
pub fn read_file(
    reviews: &Reviews,
    file_name: &str,
    bytes: &[u8],
) -> std::result::Result<(String, Arc<Table>), ReviewError> {
    let table = Arc::new(tabular::read_bytes(file_name, bytes)?);
    let token = reviews.intakes.open(IntakeSession {
        table: Some(Arc::clone(&table)),
        ..Default::default()
    });
    Ok((token, table))
}

/// Reviews a list or file already read, again: through a column mapping
/// (a file) and with the organizer's options. The plan is kept with the
/// state of the database it read, for [`apply`].
pub fn review(
    store: &Store,
    reviews: &Reviews,
    statement_id: &str,
    token: &str,
    mapping: Option<&[ColumnField]>,
    options: &IntakeOptions,
) -> std::result::Result<IntakePlan, ReviewError> {
    let mut session = reviews.intakes.get(token)?;
    if let (Some(table), Some(mapping)) = (&session.table, mapping) {
        session.rows = Arc::new(intake::rows_of_table(table, mapping)?);
    }
    // Taken before the plan's reads begin: a write in between makes the
    // review refused and planned again, never applied over a change.
    let at = Generation::of(store.conn())?;
    let plan = snapshot(store.conn(), |conn| {
        intake::plan(conn, statement_id, &session.rows, options)
    })?;
    session.planned = Some(Planned {
        statement_id: statement_id.to_string(),
        options: options.clone(),
        plan: Arc::new(plan.clone()),
        at,
    });
    reviews.intakes.set(token, session)?;
    Ok(plan)
}

/// Adds the reviewed rows exactly as the review showed them, each as
/// [`INTAKE_CHANNEL`] unless `options.channel` says. `options` must make
/// the same choices the review was made with; `confirm` and `channel` are
/// taken from them here. Refused with [`ReviewError::Stale`] when anything
/// was written since the review was made: nothing is added, and the review
/// must be made again. A list of [`backup::LARGE_IMPORT_ROWS`] rows or
/// more backs the file up first. `progress(done, total)` returning false
/// cancels, and so does [`Reviews::cancel`].
pub fn apply(
    store: &mut Store,
    reviews: &Reviews,
    statement_id: &str,
    token: &str,
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> std::result::Result<IntakeResult, ReviewError> {
    let session = reviews.intakes.get(token)?;
    let planned = session.planned.clone().ok_or(ReviewError::Stale)?;
    let same_choices = planned.statement_id == statement_id
        && planned.options.visibility == options.visibility
        && planned.options.include == options.include
        && planned.options.choices == options.choices;
    if !same_choices {
        return Err(ReviewError::Stale);
    }
    // Refused before any backup is made for it.
    if let Some(reason) = &planned.plan.nothing_to_add {
        let reason = reason.clone();
        return Err(EndorsementError::Intake { reason }.into());
    }
    let cancel = reviews.intakes.start(token)?;
    if session.rows.len() >= backup::LARGE_IMPORT_ROWS {
        backup::before_change(store).map_err(|source| {
            EndorsementError::Contact(ContactError::NoBackup {
                what: "import",
                source,
            })
        })?;
    }
    let options = IntakeOptions {
        confirm: options.confirm,
        channel: Some(options.channel.unwrap_or(INTAKE_CHANNEL)),
        ..planned.options.clone()
    };
    let result = store.with_tx(|tx| {
        // Under the write lock now: nothing else can commit until this does.
        if Generation::of(tx)? != planned.at {
            return Err(ReviewError::Stale);
        }
        let mut watched = |done, total| progress(done, total) && !cancel.load(Ordering::SeqCst);
        Ok(intake::apply_plan(
            tx,
            statement_id,
            &planned.plan,
            &options,
            &mut watched,
        )?)
    });
    match &result {
        Ok(_) => reviews.intakes.close(token),
        // Cancelled or failed: nothing was written, and the review may be
        // applied again as it is.
        Err(ReviewError::Stale) => {}
        Err(_) => {
            let at = planned.at.after_rollback(store.conn());
            let planned = Planned { at, ..planned };
            let session = IntakeSession {
                planned: Some(planned),
                ..session
            };
            let _ = reviews.intakes.set(token, session);
        }
    }
    result
}
