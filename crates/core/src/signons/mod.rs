//! Endorsements: who signed a statement, as what, how it reached the
//! organizer, where it stands in review, and exactly how it will be printed.
//!
//! Every change is an event in the endorsement's log (append-only in the
//! schema): status changes carry the old and new status, corrections the old
//! and new value of each field. Only confirmed endorsements are signatories;
//! visibility decides whether they are listed by name, by organization only,
//! or only counted.

pub mod intake;
pub mod invitations;

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use ts_rs::TS;

use crate::store::clock::{new_id, now};
use crate::contacts::{self, ContactError, OrganizationInput, PersonInput};
use crate::countries::{self, CountryError};
use crate::statements::revisions::{self, RevisionKind};
use crate::statements::{self, StatementError};
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

#[derive(Debug, thiserror::Error)]
pub enum EndorsementError {
    #[error("a signatory needs a name; type one and try again")]
    EmptyName,

    #[error(transparent)]
    Text(#[from] TextError),

    #[error(
        "{name:?} has no letter or digit, so it would print as an empty line; type the signatory's name"
    )]
    NoLetters { name: String },

    #[error("the country: {0}")]
    Country(#[from] CountryError),

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

    #[error("the statement: {0}")]
    Statement(#[from] StatementError),

    #[error(transparent)]
    Contact(#[from] ContactError),

    #[error(transparent)]
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

pub fn get(conn: &Connection, id: &str) -> Result<Endorsement> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM {FROM} WHERE e.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| EndorsementError::NotFound { id: id.to_string() })
}

fn live(conn: &Connection, id: &str) -> Result<Endorsement> {
    let found = get(conn, id)?;
    if found.deleted_at.is_some() {
        return Err(EndorsementError::InTrash { id: id.to_string() });
    }
    Ok(found)
}

// Cleaning ------------------------------------------------------------------

fn clean_date(raw: &str) -> Result<Option<String>> {
    statements::clean_date(raw).map_err(|_| EndorsementError::BadDate {
        value: raw.trim().chars().take(40).collect(),
    })
}

/// The printed country and its code from what was typed: a known country is
/// printed by its English name; an empty text is no country.
pub(crate) fn clean_country(raw: &str) -> Result<(String, Option<String>)> {
    if raw.trim().is_empty() {
        return Ok((String::new(), None));
    }
    let country = countries::resolve(raw)?;
    Ok((country.en.to_string(), Some(country.code.to_string())))
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

pub(crate) fn clean_printed(
    name: &str,
    affiliation: &str,
    city: &str,
    country: &str,
) -> Result<Printed> {
    let (country, country_code) = clean_country(country)?;
    clean_printed_as(name, affiliation, city, &country, country_code)
}

/// As [`clean_printed`], with the country already read: printed as given,
/// with its code when it is known.
pub(crate) fn clean_printed_as(
    name: &str,
    affiliation: &str,
    city: &str,
    country: &str,
    country_code: Option<String>,
) -> Result<Printed> {
    let name = text::clean_line(Field::Name, name)?;
    if name.is_empty() {
        return Err(EndorsementError::EmptyName);
    }
    // "!!!", "…" or only invisible characters print as an empty line.
    if !text::has_letter_or_digit(&name) {
        return Err(EndorsementError::NoLetters { name });
    }
    let affiliation = text::clean_line(Field::Role, affiliation)?;
    Ok(Printed {
        organization: organization_of(&affiliation, &name),
        name,
        affiliation,
        city: text::clean_line(Field::City, city)?,
        country: text::clean_line(Field::City, country)?,
        country_code,
    })
}

/// What a signatory's line prints as its name and affiliation, or `None`
/// when they are counted and not listed. A person listed by organization
/// only prints as that organization, with nothing of theirs beside it; one
/// with no organization to list them by is counted instead.
pub fn listed_as(
    kind: EndorsementKind,
    visibility: Visibility,
    name: &str,
    affiliation: &str,
    organization: &str,
) -> Option<(String, String)> {
    match (visibility, kind) {
        (Visibility::CountedOnly, _) => None,
        (Visibility::Public, _) => Some((name.to_string(), affiliation.to_string())),
        (Visibility::OrganizationOnly, EndorsementKind::Organization) => {
            Some((name.to_string(), String::new()))
        }
        (Visibility::OrganizationOnly, EndorsementKind::Individual) => {
            (!organization.trim().is_empty()).then(|| (organization.to_string(), String::new()))
        }
    }
}

/// The revision a new endorsement endorses: the statement's current text,
/// saved as a revision if it is not one yet.
pub(crate) fn current_revision(conn: &Connection, statement_id: &str) -> Result<String> {
    let saved = revisions::save(conn, statement_id, "", RevisionKind::Status)?;
    Ok(saved.revision.id)
}

fn live_statement(conn: &Connection, statement_id: &str) -> Result<()> {
    let statement = statements::get(conn, statement_id)?;
    if statement.deleted_at.is_some() {
        return Err(StatementError::InTrash {
            id: statement_id.to_string(),
        }
        .into());
    }
    Ok(())
}

// Writing -------------------------------------------------------------------

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

/// Writes one endorsement and its `created` event (and, if it lands
/// confirmed, its `confirmed` event and the invitation it answers).
pub(crate) fn insert(
    conn: &Connection,
    statement_id: &str,
    revision_id: &str,
    ready: &Ready,
    at: &str,
    detail: Value,
) -> Result<String> {
    if ready.visibility == Visibility::OrganizationOnly
        && (ready.kind != EndorsementKind::Individual || ready.printed.organization.is_empty())
    {
        return Err(EndorsementError::NeedsAffiliation);
    }
    let id = new_id();
    let written = conn
        .prepare_cached(
            "INSERT INTO endorsements (id, statement_id, kind, organization_id, person_id, printed_name,
                 printed_affiliation, printed_city, printed_country, country_code, visibility, status,
                 channel, received_on, revision_id, notes, sort_key, created_at, updated_at,
                 printed_organization)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending', ?12, ?13, ?14, ?15, ?16, ?17, ?17, ?18)",
        )?
        .execute(params![
            id,
            statement_id,
            ready.kind.as_str(),
            ready.organization_id,
            ready.person_id,
            ready.printed.name,
            ready.printed.affiliation,
            ready.printed.city,
            ready.printed.country,
            ready.printed.country_code,
            ready.visibility.as_str(),
            ready.channel.as_str(),
            ready.received_on,
            revision_id,
            ready.notes,
            crate::text::names::sort_key(&ready.printed.name),
            at,
            ready.printed.organization,
        ]);
    if let Err(err) = written {
        if is_unique_violation(&err) {
            return Err(EndorsementError::AlreadyEndorsed {
                name: ready.printed.name.clone(),
            });
        }
        return Err(err.into());
    }
    log(
        conn,
        &id,
        "created",
        None,
        Some(EndorsementStatus::Pending),
        detail,
        at,
    )?;
    if ready.status != EndorsementStatus::Pending {
        change_status(conn, &id, EndorsementStatus::Pending, ready.status, at)?;
    }
    Ok(id)
}

fn is_unique_violation(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, _)
        if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

fn log(
    conn: &Connection,
    id: &str,
    event: &str,
    from: Option<EndorsementStatus>,
    to: Option<EndorsementStatus>,
    detail: Value,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO endorsement_events (id, endorsement_id, event, from_status, to_status, detail,
                                         created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        new_id(),
        id,
        event,
        from.map(EndorsementStatus::as_str),
        to.map(EndorsementStatus::as_str),
        detail.to_string(),
        at
    ])?;
    Ok(())
}

/// Records a new endorsement of a statement.
/// A sign-on added through a translation belongs to its original.
pub fn add(conn: &Connection, statement_id: &str, new: &NewEndorsement) -> Result<Endorsement> {
    live_statement(conn, statement_id)?;
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    live_statement(conn, statement_id)?;
    let at = now(conn)?;
    let ready = prepare(conn, new, &at)?;
    let revision = current_revision(conn, statement_id)?;
    let id = insert(conn, statement_id, &revision, &ready, &at, json!({}))?;
    get(conn, &id)
}

/// Checks a new endorsement and finds or creates its contact.
fn prepare(conn: &Connection, new: &NewEndorsement, at: &str) -> Result<Ready> {
    let received_on = clean_date(&new.received_on)?;
    let notes = text::clean_block(Field::Notes, &new.notes)?;
    let channel = new.channel.unwrap_or(SignOnChannel::Other);
    let status = new.status.unwrap_or(EndorsementStatus::Pending);
    if !matches!(
        status,
        EndorsementStatus::Pending | EndorsementStatus::Confirmed
    ) {
        return Err(EndorsementError::Transition {
            from: EndorsementStatus::Pending,
            to: status,
        });
    }
    if let Some(contact_id) = new.contact_id.as_deref().filter(|c| !c.is_empty()) {
        return from_contact(conn, contact_id, new, received_on, notes, channel, status);
    }
    let kind = new.kind.unwrap_or(EndorsementKind::Organization);
    let printed = clean_printed(&new.name, &new.affiliation, &new.city, &new.country)?;
    // A name typed in full that is exactly one stored contact's is that contact.
    if let Some(contact_id) = same_name(conn, kind, &printed)? {
        return from_contact(conn, &contact_id, new, received_on, notes, channel, status);
    }
    let (organization_id, person_id, visibility) = match kind {
        EndorsementKind::Organization => {
            let org = contacts::create_organization(
                conn,
                &OrganizationInput {
                    name: printed.name.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    city: printed.city.clone(),
                    ..Default::default()
                },
            )?;
            (
                Some(org.id),
                None,
                new.visibility.unwrap_or(Visibility::Public),
            )
        }
        EndorsementKind::Individual => {
            let visibility = new
                .visibility
                .unwrap_or_else(|| unnamed_by_default(&printed.organization));
            let person = contacts::create_person(
                conn,
                &PersonInput {
                    full_name: printed.name.clone(),
                    role: printed.affiliation.clone(),
                    country: printed.country_code.clone().unwrap_or_default(),
                    // Naming them was asked for explicitly.
                    consent_publish: visibility == Visibility::Public,
                    ..Default::default()
                },
            )?;
            (None, Some(person.id), visibility)
        }
    };
    let _ = at;
    Ok(Ready {
        kind,
        organization_id,
        person_id,
        printed,
        visibility,
        status,
        channel,
        received_on,
        notes,
    })
}

/// The one live contact of this kind with the same name key (and, for an
/// organization, a country that does not differ), if there is exactly one.
fn same_name(
    conn: &Connection,
    kind: EndorsementKind,
    printed: &Printed,
) -> Result<Option<String>> {
    let key = crate::text::names::name_key(&printed.name);
    let sql = match kind {
        EndorsementKind::Organization => {
            "SELECT id FROM organizations WHERE name_key = ?1 AND deleted_at IS NULL
               AND (country IS NULL OR ?2 IS NULL OR country = ?2) LIMIT 2"
        }
        EndorsementKind::Individual => {
            "SELECT id FROM people WHERE name_key = ?1 AND deleted_at IS NULL AND ?2 IS ?2 LIMIT 2"
        }
    };
    let found = conn
        .prepare_cached(sql)?
        .query_map(params![key, printed.country_code], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

/// A person who has not agreed to be named is listed by their organization
/// when there is one, otherwise only counted.
pub(crate) fn unnamed_by_default(organization: &str) -> Visibility {
    if organization.trim().is_empty() {
        Visibility::CountedOnly
    } else {
        Visibility::OrganizationOnly
    }
}

fn from_contact(
    conn: &Connection,
    contact_id: &str,
    new: &NewEndorsement,
    received_on: Option<String>,
    notes: String,
    channel: SignOnChannel,
    status: EndorsementStatus,
) -> Result<Ready> {
    let or = |typed: &str, stored: &str| {
        if typed.trim().is_empty() {
            stored.to_string()
        } else {
            typed.to_string()
        }
    };
    match contacts::kind_of(conn, contact_id)? {
        contacts::ContactKind::Organization => {
            if new.kind == Some(EndorsementKind::Individual) {
                return Err(EndorsementError::KindMismatch {
                    kind: "organization",
                    wanted: EndorsementKind::Individual,
                });
            }
            let org = contacts::organization(conn, contact_id)?;
            if org.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "organization",
                    id: org.id,
                }
                .into());
            }
            let printed = clean_printed(
                &or(&new.name, &org.name),
                "",
                &or(&new.city, &org.city),
                &or(&new.country, org.country.as_deref().unwrap_or("")),
            )?;
            Ok(Ready {
                kind: EndorsementKind::Organization,
                organization_id: Some(org.id),
                person_id: None,
                printed,
                visibility: new.visibility.unwrap_or(Visibility::Public),
                status,
                channel,
                received_on,
                notes,
            })
        }
        contacts::ContactKind::Person => {
            if new.kind == Some(EndorsementKind::Organization) {
                return Err(EndorsementError::KindMismatch {
                    kind: "person",
                    wanted: EndorsementKind::Organization,
                });
            }
            let person = contacts::person(conn, contact_id)?;
            if person.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "person",
                    id: person.id,
                }
                .into());
            }
            let affiliation = or(
                &new.affiliation,
                person.organization_name.as_deref().unwrap_or(&person.role),
            );
            let mut printed = clean_printed(
                &or(&new.name, &person.full_name),
                &affiliation,
                &new.city,
                &or(&new.country, person.country.as_deref().unwrap_or("")),
            )?;
            // The organization they belong to is the one to list them by,
            // unless the affiliation typed names another.
            if new.affiliation.trim().is_empty()
                && let Some(org) = &person.organization_name
            {
                printed.organization = org.clone();
            }
            let visibility = new.visibility.unwrap_or_else(|| {
                if person.consent_publish {
                    Visibility::Public
                } else {
                    unnamed_by_default(&printed.organization)
                }
            });
            Ok(Ready {
                kind: EndorsementKind::Individual,
                organization_id: person.organization_id,
                person_id: Some(person.id),
                printed,
                visibility,
                status,
                channel,
                received_on,
                notes,
            })
        }
    }
}

/// Moves an endorsement through review, logging the change. Confirming it
/// marks the invitation it answers as signed.
pub fn set_status(conn: &Connection, id: &str, to: EndorsementStatus) -> Result<Endorsement> {
    let found = live(conn, id)?;
    let at = now(conn)?;
    change_status(conn, id, found.status, to, &at)?;
    get(conn, id)
}

fn change_status(
    conn: &Connection,
    id: &str,
    from: EndorsementStatus,
    to: EndorsementStatus,
    at: &str,
) -> Result<()> {
    if !from.can_become(to) {
        return Err(EndorsementError::Transition { from, to });
    }
    let changed = conn
        .prepare_cached(
            "UPDATE endorsements SET status = ?3, updated_at = ?4
              WHERE id = ?1 AND status = ?2 AND deleted_at IS NULL",
        )?
        .execute(params![id, from.as_str(), to.as_str(), at])?;
    if changed == 0 {
        // Changed by someone else since it was read.
        let now_status = get(conn, id)?.status;
        return Err(EndorsementError::Transition {
            from: now_status,
            to,
        });
    }
    log(conn, id, to.event(), Some(from), Some(to), json!({}), at)?;
    if to == EndorsementStatus::Confirmed {
        crate::signons::invitations::answered_by(conn, id, at)?;
    }
    Ok(())
}

/// Confirms every pending sign-on of a statement (of its original, for a
/// translation). Answers the ones confirmed, so that the organizer can undo
/// exactly those.
pub fn confirm_pending(conn: &Connection, statement_id: &str) -> Result<Vec<String>> {
    let home = statements::sign_on_home(conn, statement_id)?;
    live_statement(conn, &home)?;
    let ids = conn
        .prepare(
            "SELECT id FROM endorsements
              WHERE statement_id = ?1 AND status = 'pending' AND deleted_at IS NULL",
        )?
        .query_map([&home], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let at = now(conn)?;
    for id in &ids {
        change_status(
            conn,
            id,
            EndorsementStatus::Pending,
            EndorsementStatus::Confirmed,
            &at,
        )?;
    }
    Ok(ids)
}

/// Takes back confirmations just made: each of these sign-ons whose last
/// event is its confirmation goes back to pending (logged as a correction
/// of its status), and an invitation that confirmation marked signed is
/// open again. A sign-on changed since is left as it is. Answers how many
/// went back.
pub fn undo_confirm(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut undone = 0;
    for id in ids {
        let e = live(conn, id)?;
        let last: Option<String> = conn
            .query_row(
                "SELECT event FROM endorsement_events WHERE endorsement_id = ?1
                  ORDER BY created_at DESC, rowid DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        if e.status != EndorsementStatus::Confirmed || last.as_deref() != Some("confirmed") {
            continue;
        }
        conn.execute(
            "UPDATE endorsements SET status = 'pending', updated_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        log(
            conn,
            id,
            "corrected",
            Some(EndorsementStatus::Confirmed),
            Some(EndorsementStatus::Pending),
            json!({ "status": { "from": "confirmed", "to": "pending" }, "undone": "confirmed" }),
            &at,
        )?;
        crate::signons::invitations::unanswered_by(conn, id, &at)?;
        undone += 1;
    }
    Ok(undone)
}

/// Corrects printed fields, visibility, channel, date or note. Each changed
/// field is logged with its old and new value; a patch that changes nothing
/// logs nothing.
pub fn correct(conn: &Connection, id: &str, patch: &EndorsementPatch) -> Result<Endorsement> {
    let old = live(conn, id)?;
    // A country not given stays as it is, even one kept as written.
    let (country, country_code) = match &patch.country {
        Some(c) => clean_country(c)?,
        None => (old.country.clone(), old.country_code.clone()),
    };
    let mut printed = clean_printed_as(
        patch.name.as_deref().unwrap_or(&old.name),
        patch.affiliation.as_deref().unwrap_or(&old.affiliation),
        patch.city.as_deref().unwrap_or(&old.city),
        &country,
        country_code,
    )?;
    if patch.affiliation.is_none() {
        printed.organization = old.organization.clone();
    }
    let visibility = patch.visibility.unwrap_or(old.visibility);
    if visibility == Visibility::OrganizationOnly
        && (old.kind != EndorsementKind::Individual || printed.organization.is_empty())
    {
        return Err(EndorsementError::NeedsAffiliation);
    }
    let channel = patch.channel.unwrap_or(old.channel);
    let received_on = match &patch.received_on {
        Some(raw) => clean_date(raw)?,
        None => old.received_on.clone(),
    };
    let notes = match &patch.notes {
        Some(raw) => text::clean_block(Field::Notes, raw)?,
        None => old.notes.clone(),
    };
    let mut detail = BTreeMap::new();
    let mut note = |field: &str, from: Value, to: Value| {
        if from != to {
            detail.insert(field.to_string(), json!({ "from": from, "to": to }));
        }
    };
    note("name", json!(old.name), json!(printed.name));
    note(
        "affiliation",
        json!(old.affiliation),
        json!(printed.affiliation),
    );
    note(
        "organization",
        json!(old.organization),
        json!(printed.organization),
    );
    note("city", json!(old.city), json!(printed.city));
    note("country", json!(old.country), json!(printed.country));
    note("visibility", json!(old.visibility), json!(visibility));
    note("channel", json!(old.channel), json!(channel));
    note("receivedOn", json!(old.received_on), json!(received_on));
    note("notes", json!(old.notes), json!(notes));
    if detail.is_empty() {
        return Ok(old);
    }
    let at = now(conn)?;
    conn.execute(
        "UPDATE endorsements SET printed_name = ?2, printed_affiliation = ?3, printed_city = ?4,
                printed_country = ?5, country_code = ?6, visibility = ?7, channel = ?8,
                received_on = ?9, notes = ?10, sort_key = ?11, updated_at = ?12,
                printed_organization = ?13
          WHERE id = ?1",
        params![
            id,
            printed.name,
            printed.affiliation,
            printed.city,
            printed.country,
            printed.country_code,
            visibility.as_str(),
            channel.as_str(),
            received_on,
            notes,
            crate::text::names::sort_key(&printed.name),
            at,
            printed.organization,
        ],
    )?;
    log(
        conn,
        id,
        "corrected",
        None,
        None,
        Value::Object(detail.into_iter().collect()),
        &at,
    )?;
    get(conn, id)
}

/// Gives the contact a sign-on is linked to the name the sign-on prints
/// (after its spelling was corrected): an organization's name without the
/// acronym in parentheses, which becomes its acronym when it has none.
/// Nothing else of the contact changes. Answers the contact's new name.
pub fn name_contact_as_printed(conn: &Connection, id: &str) -> Result<String> {
    let e = live(conn, id)?;
    match (e.kind, &e.person_id, &e.organization_id) {
        (EndorsementKind::Individual, Some(person_id), _) => {
            let p = contacts::person(conn, person_id)?;
            let input = PersonInput {
                full_name: e.name.clone(),
                organization_id: p.organization_id,
                role: p.role,
                email: p.email,
                phone: p.phone,
                country: p.country.unwrap_or_default(),
                notes: p.notes,
                tags: p.tags,
                consent_contact: p.consent_contact,
                consent_publish: p.consent_publish,
            };
            Ok(contacts::update_person(conn, person_id, &input)?.full_name)
        }
        (EndorsementKind::Organization, _, Some(org_id)) => {
            let o = contacts::organization(conn, org_id)?;
            let acronym = crate::signons::intake::acronym_in(&e.name);
            let name = match e.name.rfind(&format!("({acronym})")) {
                Some(at) if !acronym.is_empty() && at > 0 => e.name[..at].trim().to_string(),
                _ => e.name.clone(),
            };
            let input = OrganizationInput {
                name,
                short_name: if o.short_name.is_empty() {
                    acronym
                } else {
                    o.short_name
                },
                country: o.country.unwrap_or_default(),
                city: o.city,
                sector: o.sector,
                website: o.website,
                email: o.email,
                phone: o.phone,
                notes: o.notes,
                tags: o.tags,
            };
            Ok(contacts::update_organization(conn, org_id, &input)?.name)
        }
        _ => Err(EndorsementError::Intake {
            reason: "this sign-on is not linked to a contact; there is no contact to correct"
                .into(),
        }),
    }
}

/// An endorsement's log, oldest first.
pub fn events(conn: &Connection, id: &str) -> Result<Vec<EndorsementEvent>> {
    get(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, event, from_status, to_status, detail, created_at
           FROM endorsement_events WHERE endorsement_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt.query_map([id], |r| {
        let status = |i: usize| -> rusqlite::Result<Option<EndorsementStatus>> {
            Ok(r.get::<_, Option<String>>(i)?
                .and_then(|s| EndorsementStatus::parse(&s)))
        };
        Ok(EndorsementEvent {
            id: r.get(0)?,
            event: r.get(1)?,
            from_status: status(2)?,
            to_status: status(3)?,
            detail: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or(Value::Null),
            created_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

// Listing -------------------------------------------------------------------

/// Which endorsements of a statement a list shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EndorsementQuery {
    pub status: Option<EndorsementStatus>,
    pub kind: Option<EndorsementKind>,
    /// Words the printed name, affiliation, city or country contains.
    pub text: String,
    /// The trash instead of the live endorsements.
    pub trash: bool,
    pub offset: u32,
    /// 0: all.
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndorsementPage {
    pub items: Vec<Endorsement>,
    /// How many match in all.
    pub total: u32,
}

/// A statement's endorsements in name order, a page at a time; a
/// translation's are its original's.
pub fn list(
    conn: &Connection,
    statement_id: &str,
    query: &EndorsementQuery,
) -> Result<EndorsementPage> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let mut filter = String::from("e.statement_id = ?1");
    filter.push_str(if query.trash {
        " AND e.deleted_at IS NOT NULL"
    } else {
        " AND e.deleted_at IS NULL"
    });
    let mut args: Vec<rusqlite::types::Value> = vec![statement_id.to_string().into()];
    if let Some(status) = query.status {
        args.push(status.as_str().to_string().into());
        filter.push_str(&format!(" AND e.status = ?{}", args.len()));
    }
    if let Some(kind) = query.kind {
        args.push(kind.as_str().to_string().into());
        filter.push_str(&format!(" AND e.kind = ?{}", args.len()));
    }
    // A word matches the folded name ("sao" finds "São"), or the affiliation,
    // city or country as printed.
    for word in query.text.split_whitespace() {
        let escaped = |w: &str| {
            w.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        };
        args.push(format!("%{}%", escaped(&crate::text::names::fold(word))).into());
        args.push(format!("%{}%", escaped(word)).into());
        filter.push_str(&format!(
            " AND (e.sort_key LIKE ?{a} ESCAPE '\\' OR e.printed_affiliation LIKE ?{b} ESCAPE '\\'
                   OR e.printed_city LIKE ?{b} ESCAPE '\\' OR e.printed_country LIKE ?{b} ESCAPE '\\')",
            a = args.len() - 1,
            b = args.len()
        ));
    }
    let total: u32 = conn.query_row(
        &format!("SELECT count(*) FROM endorsements e WHERE {filter}"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let limit = if query.limit == 0 {
        -1
    } else {
        i64::from(query.limit)
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE {filter}
          ORDER BY e.sort_key, e.id LIMIT {limit} OFFSET {}",
        query.offset
    );
    let mut stmt = conn.prepare(&sql)?;
    let items = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(EndorsementPage { items, total })
}

// Trash ---------------------------------------------------------------------

/// Moves endorsements to the trash, logged; they can be restored.
pub fn delete(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut moved = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_some() {
            continue;
        }
        conn.execute(
            "UPDATE endorsements SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
            (id, &at),
        )?;
        log(conn, id, "deleted", None, None, json!({}), &at)?;
        moved += 1;
    }
    Ok(moved)
}

/// Brings endorsements back from the trash, unless the same contact has
/// endorsed the statement again since.
pub fn restore(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut back = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_none() {
            continue;
        }
        let restored = conn.execute(
            "UPDATE endorsements SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            (id, &at),
        );
        match restored {
            Err(err) if is_unique_violation(&err) => {
                return Err(EndorsementError::AlreadyEndorsed { name: found.name });
            }
            other => other?,
        };
        log(conn, id, "restored", None, None, json!({}), &at)?;
        back += 1;
    }
    Ok(back)
}

/// Deletes endorsements in the trash for good, with their log.
pub fn purge(conn: &Connection, ids: &[String]) -> Result<u32> {
    let mut gone = 0;
    for id in ids {
        let found = get(conn, id)?;
        if found.deleted_at.is_none() {
            return Err(EndorsementError::NotInTrash { id: id.clone() });
        }
        gone += conn.execute("DELETE FROM endorsements WHERE id = ?1", [id])? as u32;
    }
    Ok(gone)
}

/// Purges every endorsement of the statement that is in the trash.
pub fn empty_trash(conn: &Connection, statement_id: &str) -> Result<u32> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    Ok(conn.execute(
        "DELETE FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NOT NULL",
        [statement_id],
    )? as u32)
}

// Where we stand ------------------------------------------------------------

/// One bar of a chart: a label and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    pub key: String,
    pub label: String,
    pub count: u32,
}

/// A statement's dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Confirmed endorsements by organizations.
    pub organizations: u32,
    /// Confirmed endorsements by individuals.
    pub individuals: u32,
    /// Countries among the confirmed.
    pub countries: u32,
    pub pending: u32,
    pub confirmed: u32,
    pub rejected: u32,
    pub withdrawn: u32,
    pub goal: Option<u32>,
    pub deadline: Option<String>,
    /// Confirmed endorsements of an earlier text than the current one.
    pub outdated: u32,
    pub by_country: Vec<Tally>,
    pub by_sector: Vec<Tally>,
    pub invitations: crate::signons::invitations::InvitationCounts,
}

/// Where a statement stands; a translation stands where its original does.
pub fn summary(conn: &Connection, statement_id: &str) -> Result<Summary> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let statement = statements::get(conn, statement_id)?;
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT status, count(*) FROM endorsements
          WHERE statement_id = ?1 AND deleted_at IS NULL GROUP BY status",
    )?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (status, n): (String, u32) = row?;
        counts.insert(status, n);
    }
    let count = |s: EndorsementStatus| counts.get(s.as_str()).copied().unwrap_or(0);
    let confirmed_where = "statement_id = ?1 AND deleted_at IS NULL AND status = 'confirmed'";
    let (organizations, individuals, countries): (u32, u32, u32) = conn.query_row(
        &format!(
            "SELECT count(*) FILTER (WHERE kind = 'organization'),
                    count(*) FILTER (WHERE kind = 'individual'),
                    count(DISTINCT country_code)
               FROM endorsements WHERE {confirmed_where}"
        ),
        [statement_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut by_country = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT coalesce(country_code, ''), count(*) FROM endorsements WHERE {confirmed_where}
          GROUP BY 1 ORDER BY 2 DESC, 1"
    ))?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (code, count): (String, u32) = row?;
        let label = countries::by_code(&code).map_or(String::new(), |c| c.en.to_string());
        by_country.push(Tally {
            key: code,
            label,
            count,
        });
    }
    // Ties in the order a reader looks for them: by name.
    by_country.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    let mut by_sector = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT coalesce(nullif(trim(o.sector), ''), ''), count(*)
           FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
          WHERE e.{} GROUP BY 1 ORDER BY 2 DESC, 1",
        confirmed_where.replace(" AND ", " AND e.")
    ))?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (sector, count): (String, u32) = row?;
        by_sector.push(Tally {
            key: sector.clone(),
            label: sector,
            count,
        });
    }
    Ok(Summary {
        organizations,
        individuals,
        countries,
        pending: count(EndorsementStatus::Pending),
        confirmed: count(EndorsementStatus::Confirmed),
        rejected: count(EndorsementStatus::Rejected),
        withdrawn: count(EndorsementStatus::Withdrawn),
        goal: statement.signatory_goal,
        deadline: statement.deadline,
        outdated: outdated(conn, statement_id)?.len() as u32,
        by_country,
        by_sector,
        invitations: crate::signons::invitations::counts(conn, statement_id)?,
    })
}

// Signatories, as exports print them -----------------------------------------

/// One line of a published signatory list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatory {
    pub endorsement_id: String,
    pub kind: EndorsementKind,
    /// The name printed: the organization's for an `organization_only` person.
    pub name: String,
    pub affiliation: String,
    pub city: String,
    pub country: String,
    pub country_code: Option<String>,
    pub sector: String,
}

/// The signatories of a statement as every export hands them out: only
/// confirmed endorsements; `organization_only` people printed as their
/// organization; `counted_only` ones in the counts and nowhere else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatories {
    pub listed: Vec<Signatory>,
    pub organizations: u32,
    pub individuals: u32,
    pub countries: u32,
}

pub fn signatories(conn: &Connection, statement_id: &str) -> Result<Signatories> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let mut stmt = conn.prepare(
        "SELECT e.id, e.kind, e.printed_name, e.printed_affiliation, e.printed_city,
                e.printed_country, e.country_code, e.visibility, coalesce(o.sector, ''),
                e.printed_organization, e.sort_key
           FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
          WHERE e.statement_id = ?1 AND e.deleted_at IS NULL AND e.status = 'confirmed'",
    )?;
    let (mut organizations, mut individuals) = (0, 0);
    let mut countries = std::collections::HashSet::new();
    let rows = stmt.query_map([statement_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            stored(r, 1, EndorsementKind::parse)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
            stored(r, 7, Visibility::parse)?,
            r.get::<_, String>(8)?,
            r.get::<_, String>(9)?,
            r.get::<_, String>(10)?,
        ))
    })?;
    let mut keyed = Vec::new();
    for row in rows {
        let (
            id,
            kind,
            name,
            affiliation,
            city,
            country,
            code,
            visibility,
            sector,
            organization,
            key,
        ) = row?;
        match kind {
            EndorsementKind::Organization => organizations += 1,
            EndorsementKind::Individual => individuals += 1,
        }
        if let Some(code) = &code {
            countries.insert(code.clone());
        }
        let Some((printed, printed_affiliation)) =
            listed_as(kind, visibility, &name, &affiliation, &organization)
        else {
            continue;
        };
        let key = if printed == name {
            key
        } else {
            crate::text::names::sort_key(&printed)
        };
        keyed.push((
            key,
            Signatory {
                endorsement_id: id,
                kind,
                name: printed,
                affiliation: printed_affiliation,
                city,
                country,
                country_code: code,
                sector,
            },
        ));
    }
    // In name order, by the name printed (a person listed by organization
    // sorts by the organization). Sorting here rather than in SQL lets the
    // query read only the confirmed rows through the (statement, status)
    // index instead of walking the whole list in name order.
    keyed.sort_by(|a, b| (&a.0, &a.1.endorsement_id).cmp(&(&b.0, &b.1.endorsement_id)));
    let listed: Vec<Signatory> = keyed.into_iter().map(|(_, s)| s).collect();
    Ok(Signatories {
        listed,
        organizations,
        individuals,
        countries: countries.len() as u32,
    })
}

// Which text was endorsed -----------------------------------------------------

/// A confirmed endorsement of an earlier text than the statement's current one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Outdated {
    pub endorsement: Endorsement,
    /// The number of the revision they endorsed.
    pub revision_number: u32,
}

/// Confirmed endorsements whose revision's text differs from the current
/// text, oldest revision first.
pub fn outdated(conn: &Connection, statement_id: &str) -> Result<Vec<Outdated>> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let statement = statements::get(conn, statement_id)?;
    let current = revisions::hash_of(&statement);
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM {FROM} JOIN statement_revisions sr ON sr.id = e.revision_id
          WHERE e.statement_id = ?1 AND e.deleted_at IS NULL AND e.status = 'confirmed'
            AND sr.content_hash <> ?2
          ORDER BY r.number, e.sort_key"
    ))?;
    let rows = stmt.query_map(params![statement_id, current], from_row)?;
    let mut out = Vec::new();
    for row in rows {
        let endorsement = row?;
        let revision_number = endorsement.revision_number.unwrap_or(0);
        out.push(Outdated {
            endorsement,
            revision_number,
        });
    }
    Ok(out)
}

/// Marks endorsements as having re-confirmed the current text: it is saved
/// as a revision if need be, and each move is logged with both numbers.
pub fn reconfirm(conn: &Connection, ids: &[String]) -> Result<u32> {
    let at = now(conn)?;
    let mut done = 0;
    for id in ids {
        let found = live(conn, id)?;
        let revision = current_revision(conn, &found.statement_id)?;
        if found.revision_id.as_deref() == Some(revision.as_str()) {
            continue;
        }
        let to = revisions::number_of(conn, &revision)?.map(|(_, n)| n);
        conn.execute(
            "UPDATE endorsements SET revision_id = ?2, updated_at = ?3 WHERE id = ?1",
            (id, &revision, &at),
        )?;
        log(
            conn,
            id,
            "reconfirmed",
            None,
            None,
            json!({ "revision": { "from": found.revision_number, "to": to } }),
            &at,
        )?;
        done += 1;
    }
    Ok(done)
}
