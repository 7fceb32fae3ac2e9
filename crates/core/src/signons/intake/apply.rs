//! Applying a reviewed intake in one transaction: each row added as the
//! plan prints it, new contacts for new signatories.

use rusqlite::Connection;

use crate::contacts::{self, ContactError, OrganizationInput, PersonInput};
use crate::signons::{
    self, EndorsementError, EndorsementKind, EndorsementStatus, Printed, Ready, Result,
    SignOnChannel, Visibility,
};
use crate::statements;
use crate::store::clock::now;

use super::matching::without_acronym;
use super::plan::{is_anonymous, plan};
use super::{
    Choice, IntakeOptions, IntakeOutcome, IntakePlan, IntakeResult, IntakeRow, acronym_in,
};

/// Applies a plan: one endorsement per new or known row, new contacts for
/// new signatories, each printed as the plan says. `progress(done, total)`
/// returning false cancels; the caller's transaction then leaves nothing.
pub fn apply(
    conn: &Connection,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let plan = plan(conn, &home, rows, options)?;
    apply_plan(conn, &home, &plan, options, progress)
}

/// Writes a plan as it was reviewed, planning nothing again: the caller
/// makes sure nothing it read changed since. `statement_id` is the one the
/// plan was made for (sign-ons land on its original); `options` give the
/// choices the plan was made with, the status and the channel.
pub fn apply_plan(
    conn: &Connection,
    statement_id: &str,
    plan: &IntakePlan,
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult> {
    let home = statements::sign_on_home(conn, statement_id)?;
    if let Some(reason) = &plan.nothing_to_add {
        return Err(EndorsementError::Intake {
            reason: reason.clone(),
        });
    }
    let at = now(conn)?;
    let revision = signons::current_revision(conn, &home)?;
    let status = if options.confirm {
        EndorsementStatus::Confirmed
    } else {
        EndorsementStatus::Pending
    };
    let channel = options.channel.unwrap_or(SignOnChannel::Import);
    let total = plan.rows.len() as u32;
    let mut result = IntakeResult::default();
    let mut pending_index = Vec::new();
    for (i, planned) in plan.rows.iter().enumerate() {
        if i % 250 == 0 && !progress(i as u32, total) {
            return Err(EndorsementError::Cancelled);
        }
        let input = &planned.input;
        let kind = input.kind.unwrap_or(EndorsementKind::Organization);
        let mut printed = Printed {
            name: planned.name.clone(),
            affiliation: planned.affiliation.clone(),
            organization: planned.organization.clone(),
            city: planned.city.clone(),
            country: planned.country.clone(),
            country_code: planned.country_code.clone(),
        };
        let linked = match (&planned.outcome, options.choices.get(&input.row)) {
            (_, Some(Choice::Skip)) => {
                result.skipped += 1;
                continue;
            }
            (
                IntakeOutcome::New { .. } | IntakeOutcome::Known { .. },
                Some(Choice::Link { contact_id }),
            ) => Some(contact_id.clone()),
            (
                IntakeOutcome::New { .. } | IntakeOutcome::Known { .. },
                Some(Choice::LinkAsContact { contact_id }),
            ) => {
                printed.name = match contacts::kind_of(conn, contact_id)? {
                    contacts::ContactKind::Organization => {
                        contacts::organization(conn, contact_id)?.name
                    }
                    contacts::ContactKind::Person => contacts::person(conn, contact_id)?.full_name,
                };
                Some(contact_id.clone())
            }
            (IntakeOutcome::Known { candidate }, None) => Some(candidate.contact_id.clone()),
            (IntakeOutcome::New { .. } | IntakeOutcome::Known { .. }, Some(Choice::New)) => None,
            (IntakeOutcome::New { .. }, None) => None,
            _ => {
                result.skipped += 1;
                continue;
            }
        };
        let received_on = statements::clean_date(&input.received_on).ok().flatten();
        let notes = crate::text::clean_block(crate::text::Field::Notes, &input.notes)?;
        let (organization_id, person_id) = match (kind, linked) {
            (EndorsementKind::Organization, Some(id)) => (Some(id), None),
            (EndorsementKind::Individual, Some(id)) => {
                (contacts::person(conn, &id)?.organization_id, Some(id))
            }
            // A signer who gave no name is counted; no contact is made.
            (_, None) if is_anonymous(&printed.name) => (None, None),
            (EndorsementKind::Organization, None) => {
                let id = new_organization(conn, &printed, input, &at, &mut pending_index)?;
                result.contacts_created += 1;
                (Some(id), None)
            }
            (EndorsementKind::Individual, None) => {
                let consent = planned.visibility == Visibility::Public
                    && input.visibility == Some(Visibility::Public);
                let id = new_person(conn, &printed, input, consent, &at, &mut pending_index)?;
                result.contacts_created += 1;
                (None, Some(id))
            }
        };
        let ready = Ready {
            kind,
            organization_id,
            person_id,
            printed,
            visibility: planned.visibility,
            status,
            channel,
            received_on,
            notes,
        };
        signons::insert(
            conn,
            &home,
            &revision,
            &ready,
            &at,
            serde_json::json!({ "row": input.row }),
        )?;
        result.added += 1;
    }
    for batch in pending_index.chunks(5_000) {
        contacts::write_index(conn, batch)?;
    }
    progress(total, total);
    Ok(result)
}

/// The organization a new signatory becomes: its name without the acronym
/// in parentheses, which is kept as its acronym.
fn new_organization(
    conn: &Connection,
    printed: &Printed,
    input: &IntakeRow,
    at: &str,
    pending_index: &mut Vec<contacts::IndexEntry>,
) -> Result<String> {
    let acronym = if input.acronym.is_empty() {
        acronym_in(&printed.name)
    } else {
        input.acronym.trim().to_string()
    };
    let name = without_acronym(&printed.name, &acronym);
    let with = |email: &str, short: &str| OrganizationInput {
        name: name.clone(),
        short_name: short.to_string(),
        country: printed.country_code.clone().unwrap_or_default(),
        city: printed.city.clone(),
        email: email.to_string(),
        ..Default::default()
    };
    // A malformed e-mail or acronym does not stop the sign-on.
    let clean =
        contacts::clean_organization(&with(&input.email, &acronym)).or_else(|err| match err {
            ContactError::Text(_) => contacts::clean_organization(&with("", "")),
            other => Err(other),
        })?;
    Ok(contacts::insert_organization_deferred(
        conn,
        &clean,
        at,
        Some(pending_index),
    )?)
}

/// The person a new individual signatory becomes; their consent to be
/// named is recorded only when the row gave it.
fn new_person(
    conn: &Connection,
    printed: &Printed,
    input: &IntakeRow,
    consent_publish: bool,
    at: &str,
    pending_index: &mut Vec<contacts::IndexEntry>,
) -> Result<String> {
    let with = |email: &str| PersonInput {
        full_name: printed.name.clone(),
        role: printed.affiliation.clone(),
        email: email.to_string(),
        country: printed.country_code.clone().unwrap_or_default(),
        consent_publish,
        ..Default::default()
    };
    let clean = contacts::clean_person(&with(&input.email)).or_else(|err| match err {
        ContactError::Text(_) => contacts::clean_person(&with("")),
        other => Err(other),
    })?;
    Ok(contacts::insert_person_deferred(
        conn,
        &clean,
        at,
        Some(pending_index),
    )?)
}
