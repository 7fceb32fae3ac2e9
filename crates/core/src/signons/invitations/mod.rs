//! Outreach: who was invited to sign a statement, who was reminded, who
//! answered; the messages that go out, from a template with merge fields.
//!
//! An invitation's stored status is `invited`, `signed`, `declined` or
//! `no_answer`; a reminder is an event, and an invitation with one shows as
//! `reminded` until it is answered. Confirming an endorsement marks the
//! contact's invitation signed.
//!
//! A message goes out in the language version the organizer picks, or by
//! default in a language of the contact's country when the statement has a
//! version in it ([`versions`]); its Markdown is written out for mail as
//! plain text and HTML ([`mail`]); the deadline reads in the message's
//! language; the organizer's name and organization ([`Sender`]) close it.

mod answers;
mod audience;
mod eml_files;
mod read;
mod templates;

pub use answers::*;
pub use audience::*;
pub use eml_files::*;
pub use read::*;
pub use templates::*;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use crate::countries;
use crate::files::safe_file_stem;
use crate::signons::{EndorsementError, Result, text_enum};
use crate::statements;
use crate::store::clock::{new_id, now};
use crate::text::{self, Field};

mod defaults;
pub mod mail;
mod sender;
mod versions;

pub use mail::eml;
pub use sender::{Sender, sender, set_sender};
pub use versions::{LanguageVersion, languages_of_country, versions};

text_enum!(
    /// Where an invitation stands.
    InvitationStatus {
        Invited => "invited",
        Reminded => "reminded",
        Signed => "signed",
        Declined => "declined",
        NoAnswer => "no_answer",
    }
);

text_enum!(
    /// What a message is for.
    Purpose { Invitation => "invitation", Reminder => "reminder" }
);

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub statement_id: String,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    /// The organization's or the person's name.
    pub name: String,
    pub email: String,
    pub country: Option<String>,
    pub status: InvitationStatus,
    pub invited_on: Option<String>,
    /// The last reminder's date.
    pub reminded_on: Option<String>,
    pub answered_on: Option<String>,
    pub endorsement_id: Option<String>,
}

/// Whom to invite: contacts with any of the tags, in any of the countries,
/// in any of the sectors (each list left empty does not narrow), or everyone
/// who signed another statement, or contacts picked one by one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Audience {
    pub tags: Vec<String>,
    /// As typed: names or codes.
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    /// Everyone with a confirmed endorsement of this statement.
    pub signed_statement: Option<String>,
    pub contact_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub added: u32,
    /// Already invited to this statement.
    pub already: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationCounts {
    pub invited: u32,
    pub reminded: u32,
    pub signed: u32,
    pub declined: u32,
    pub no_answer: u32,
}

#[cfg(test)]
mod tests;
