//! Endorsements: who signed a statement, as what, how it reached the
//! organizer, where it stands in review, and exactly how it will be printed.
//!
//! Every change is an event in the endorsement's log (append-only in the
//! schema): status changes carry the old and new status, corrections the old
//! and new value of each field. Only confirmed endorsements are signatories;
//! visibility decides whether they are listed by name, by organization only,
//! or only counted.

mod corrections;
pub mod intake;
pub mod invitations;
mod list;
mod printed;
mod records;
mod signatories;
mod status;
mod summary;
mod trash;

pub use corrections::*;
pub use list::*;
pub use printed::*;
pub use records::*;
pub use signatories::*;
pub use status::*;
pub use summary::*;
pub use trash::*;

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use ts_rs::TS;

use crate::contacts::{self, ContactError, OrganizationInput, PersonInput};
use crate::countries::{self, CountryError};
use crate::statements::revisions::{self, RevisionKind};
use crate::statements::{self, StatementError};
use crate::store::clock::{new_id, now};
use crate::store::{StoreError, WithPath};
use crate::text::affiliation::organization_of;
use crate::text::{self, Field, TextError};

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value for its stored or typed name (`in_person`, `in-person`).
            pub fn parse(raw: &str) -> Option<$name> {
                let raw = raw.trim().to_lowercase().replace(['-', ' '], "_");
                $name::ALL.iter().copied().find(|v| v.as_str() == raw)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;

text_enum!(
    /// An endorsement is made by an organization or by one person.
    EndorsementKind { Organization => "organization", Individual => "individual" }
);

text_enum!(
    /// Where an endorsement stands in review.
    EndorsementStatus {
        Pending => "pending",
        Confirmed => "confirmed",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
);

text_enum!(
    /// How a signatory appears in published lists.
    Visibility {
        Public => "public",
        OrganizationOnly => "organization_only",
        CountedOnly => "counted_only",
    }
);

text_enum!(
    /// How an endorsement reached the organizer.
    SignOnChannel {
        Email => "email",
        Form => "form",
        Phone => "phone",
        InPerson => "in_person",
        Paper => "paper",
        Import => "import",
        Other => "other",
    }
);

impl EndorsementStatus {
    /// The review moves: pending → confirmed or rejected; confirmed →
    /// withdrawn. Nothing else.
    pub fn can_become(self, to: EndorsementStatus) -> bool {
        use EndorsementStatus::*;
        matches!(
            (self, to),
            (Pending, Confirmed) | (Pending, Rejected) | (Confirmed, Withdrawn)
        )
    }

    fn event(self) -> &'static str {
        match self {
            EndorsementStatus::Pending => "created",
            EndorsementStatus::Confirmed => "confirmed",
            EndorsementStatus::Rejected => "rejected",
            EndorsementStatus::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Endorsement {
    pub id: String,
    pub statement_id: String,
    pub kind: EndorsementKind,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    /// The name exactly as it will be printed.
    pub name: String,
    /// An individual's organization or role, as printed.
    pub affiliation: String,
    /// The organization an individual is listed by when they are listed by
    /// organization only: the organization part of their affiliation, never
    /// their role. Empty: such a person is counted, not listed.
    pub organization: String,
    pub city: String,
    /// The country as printed ("Côte d’Ivoire").
    pub country: String,
    /// ISO 3166-1 alpha-2, for grouping and counting.
    pub country_code: Option<String>,
    pub visibility: Visibility,
    pub status: EndorsementStatus,
    pub channel: SignOnChannel,
    /// `YYYY-MM-DD`.
    pub received_on: Option<String>,
    pub revision_id: Option<String>,
    /// The number of the revision endorsed (1 for the first).
    pub revision_number: Option<u32>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A new endorsement as the organizer enters it. With `contact_id` it is
/// made from a stored contact (whose fields fill any left empty); without,
/// the contact is created from the printed fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NewEndorsement {
    pub kind: Option<EndorsementKind>,
    pub contact_id: Option<String>,
    pub name: String,
    pub affiliation: String,
    pub city: String,
    /// As typed: a name in a supported language, or a code.
    pub country: String,
    /// Left out: public, except for a person without consent to be named.
    pub visibility: Option<Visibility>,
    pub status: Option<EndorsementStatus>,
    pub channel: Option<SignOnChannel>,
    pub received_on: String,
    pub notes: String,
}

/// A correction: each field given replaces the stored one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EndorsementPatch {
    pub name: Option<String>,
    pub affiliation: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub visibility: Option<Visibility>,
    pub channel: Option<SignOnChannel>,
    pub received_on: Option<String>,
    pub notes: Option<String>,
}

/// One entry of an endorsement's log.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndorsementEvent {
    pub id: String,
    pub event: String,
    pub from_status: Option<EndorsementStatus>,
    pub to_status: Option<EndorsementStatus>,
    /// Field by field: `{"name": {"from": "…", "to": "…"}}`.
    #[ts(type = "Record<string, unknown>")]
    pub detail: Value,
    pub created_at: String,
}

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@sign_on", rename_all = "snake_case")]
pub enum EndorsementError {
    #[error("a signatory needs a name; type one and try again")]
    EmptyName,

    #[error(
        "{name:?} has no letter or digit, so it would print as an empty line; type the signatory's name"
    )]
    NoLetters { name: String },

    #[error("{value:?} is not a date; use the form YYYY-MM-DD, e.g. 2026-12-18")]
    BadDate { value: String },

    #[error("no endorsement with id {id}; it may have been deleted or purged")]
    NotFound { id: String },

    #[error("the endorsement is in the trash; restore it first to change it")]
    InTrash { id: String },

    #[error("the endorsement is not in the trash; move it there first, then empty it from there")]
    NotInTrash { id: String },

    #[error(
        "a {from} endorsement cannot become {to}; a pending one is confirmed or rejected, and a confirmed one can be withdrawn"
    )]
    Transition {
        from: EndorsementStatus,
        to: EndorsementStatus,
    },

    #[error("{name} has already endorsed this statement")]
    AlreadyEndorsed { name: String },

    #[error(
        "“organization only” names the organization instead of the person, so it needs an affiliation; type one or choose another visibility"
    )]
    NeedsAffiliation,

    #[error("a {kind} contact cannot make an endorsement as {wanted}; choose the other kind")]
    KindMismatch {
        kind: &'static str,
        wanted: EndorsementKind,
    },

    #[error("{reason}")]
    Invitation { reason: String },

    #[error("{reason}")]
    Intake { reason: String },

    #[error("the import was cancelled; nothing was added")]
    Cancelled,

    #[error(transparent)]
    #[serde(untagged)]
    Text(#[from] TextError),

    #[error("the country: {0}")]
    #[serde(untagged)]
    Country(#[from] CountryError),

    #[error("the statement: {0}")]
    #[serde(untagged)]
    Statement(#[from] StatementError),

    #[error(transparent)]
    #[serde(untagged)]
    Contact(#[from] ContactError),

    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for EndorsementError {
    fn from(err: rusqlite::Error) -> Self {
        EndorsementError::Store(StoreError::from(err))
    }
}

impl WithPath for EndorsementError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            EndorsementError::Store(err) => EndorsementError::Store(err.with_path(path)),
            other => other,
        }
    }
}

pub(crate) type Result<T> = std::result::Result<T, EndorsementError>;

const COLUMNS: &str =
    "e.id, e.statement_id, e.kind, e.organization_id, e.person_id, e.printed_name,
     e.printed_affiliation, e.printed_city, e.printed_country, e.country_code, e.visibility,
     e.status, e.channel, e.received_on, e.revision_id, r.number, e.notes, e.created_at,
     e.updated_at, e.deleted_at, e.printed_organization";

/// The endorsements joined with the number of the revision they endorsed.
const FROM: &str = "endorsements e
     LEFT JOIN (SELECT id, row_number() OVER (PARTITION BY statement_id ORDER BY created_at, id) AS number
                  FROM statement_revisions) r ON r.id = e.revision_id";

fn stored<T>(row: &Row<'_>, index: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let raw: String = row.get(index)?;
    parse(&raw).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown value {raw:?}").into(),
        )
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Endorsement> {
    Ok(Endorsement {
        id: row.get(0)?,
        statement_id: row.get(1)?,
        kind: stored(row, 2, EndorsementKind::parse)?,
        organization_id: row.get(3)?,
        person_id: row.get(4)?,
        name: row.get(5)?,
        affiliation: row.get(6)?,
        organization: row.get(20)?,
        city: row.get(7)?,
        country: row.get(8)?,
        country_code: row.get(9)?,
        visibility: stored(row, 10, Visibility::parse)?,
        status: stored(row, 11, EndorsementStatus::parse)?,
        channel: stored(row, 12, SignOnChannel::parse)?,
        received_on: row.get(13)?,
        revision_id: row.get(14)?,
        revision_number: row.get(15)?,
        notes: row.get(16)?,
        created_at: row.get(17)?,
        updated_at: row.get(18)?,
        deleted_at: row.get(19)?,
    })
}

/// The printed fields of one signatory, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Printed {
    pub name: String,
    pub affiliation: String,
    /// See [`Endorsement::organization`].
    pub organization: String,
    pub city: String,
    pub country: String,
    pub country_code: Option<String>,
}

/// One endorsement ready to be written: checked fields and its links.
#[derive(Debug, Clone)]
pub(crate) struct Ready {
    pub kind: EndorsementKind,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    pub printed: Printed,
    pub visibility: Visibility,
    pub status: EndorsementStatus,
    pub channel: SignOnChannel,
    pub received_on: Option<String>,
    pub notes: String,
}
