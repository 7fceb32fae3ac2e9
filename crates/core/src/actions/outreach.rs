//! Outreach: invitations, their status, the message template and who signs
//! the messages.

use crate::Store;
use crate::signons::EndorsementError;
use crate::signons::invitations::{
    self, Audience, Created, Invitation, InvitationStatus, Sender, Template,
};

type Result<T> = std::result::Result<T, EndorsementError>;

pub fn invite(store: &mut Store, statement_id: &str, audience: &Audience) -> Result<Created> {
    store.with_tx(|tx| invitations::create(tx, statement_id, audience))
}

/// All or none: one invitation that cannot move leaves the others as they were.
pub fn set_status(
    store: &mut Store,
    ids: &[String],
    status: InvitationStatus,
) -> Result<Vec<Invitation>> {
    store.with_tx(|tx| {
        ids.iter()
            .map(|id| invitations::set_status(tx, id, status))
            .collect()
    })
}

pub fn set_template(
    store: &mut Store,
    statement_id: &str,
    template: &Template,
) -> Result<Template> {
    store.with_tx(|tx| invitations::set_template(tx, statement_id, template))
}

pub fn set_sender(store: &mut Store, sender: &Sender) -> Result<Sender> {
    store.with_tx(|tx| invitations::set_sender(tx, sender))
}
