//! Contacts: the organizations and people a coalition works with. Records,
//! tags, the trash, name order, and search as you type.
//!
//! Search goes through two FTS5 tables that core keeps in step with every
//! write (`reindex`): `contact_search` matches word prefixes in any case and
//! without diacritics ("asociacion" finds "Asociación", "sao pa" finds
//! "São Paulo"), `contact_search_inside` matches three or more characters
//! anywhere in a name, for scripts written without spaces between words.
//! Only live contacts are in them: moving a contact to the trash (or merging
//! it away) takes it out, restoring puts it back. A search by words alone
//! then needs nothing but the index to find, rank and count its matches.

mod clean;
pub mod duplicates;
pub mod exchange;
pub mod import;
mod index;
mod read;
mod search;
mod tags;
mod trash;
mod write;

pub(crate) use clean::*;
pub(crate) use index::*;
pub use read::*;
pub use search::*;
pub(crate) use tags::*;
pub use trash::*;
pub use write::*;

use rusqlite::{Connection, OptionalExtension, Row, params_from_iter, types::Value};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::countries::{self, CountryError};
use crate::store::clock::{new_id, now};
use crate::store::{StoreError, WithPath};
use crate::text::{self, Field, TextError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Organization,
    Person,
}

impl ContactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization",
            ContactKind::Person => "person",
        }
    }

    /// The table its records are kept in.
    pub(crate) fn table(self) -> &'static str {
        match self {
            ContactKind::Organization => "organizations",
            ContactKind::Person => "people",
        }
    }

    /// The table of its tag links.
    pub(crate) fn tag_table(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization_tags",
            ContactKind::Person => "person_tags",
        }
    }

    /// The column other tables point at its records with.
    pub(crate) fn key_column(self) -> &'static str {
        match self {
            ContactKind::Organization => "organization_id",
            ContactKind::Person => "person_id",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    /// Acronym or short name ("MFMW").
    pub short_name: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
    /// Set when this record was merged into another one.
    pub merged_into: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: String,
    pub full_name: String,
    pub organization_id: Option<String>,
    /// The organization's name, for showing.
    pub organization_name: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub notes: String,
    pub tags: Vec<String>,
    /// May be contacted.
    pub consent_contact: bool,
    /// May be listed by name in a published statement.
    pub consent_publish: bool,
    /// When either consent was last recorded.
    pub consent_recorded_at: Option<String>,
    pub merged_into: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// An organization as the organizer types it. `country` is what they typed
/// (a name in English, Spanish, French or the local language, or a code).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct OrganizationInput {
    pub name: String,
    pub short_name: String,
    pub country: String,
    pub city: String,
    pub sector: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonInput {
    pub full_name: String,
    #[ts(optional)]
    pub organization_id: Option<String>,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub notes: String,
    pub tags: Vec<String>,
    pub consent_contact: bool,
    pub consent_publish: bool,
}

/// One line of a contact list: an organization or a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactRow {
    pub id: String,
    pub kind: ContactKind,
    pub name: String,
    pub short_name: String,
    pub country: Option<String>,
    pub city: String,
    pub sector: String,
    pub email: String,
    /// A person's organization.
    pub organization_name: Option<String>,
    pub tags: Vec<String>,
    pub deleted_at: Option<String>,
}

/// What a list shows: words typed in the search box, filters, and the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ContactQuery {
    pub text: String,
    #[ts(optional)]
    pub kind: Option<ContactKind>,
    #[ts(optional)]
    pub tag: Option<String>,
    /// ISO 3166-1 alpha-2, or a country name.
    #[ts(optional)]
    pub country: Option<String>,
    #[ts(optional)]
    pub sector: Option<String>,
    pub offset: u32,
    pub limit: u32,
    /// The trash instead of the live contacts.
    pub trash: bool,
}

impl Default for ContactQuery {
    fn default() -> Self {
        ContactQuery {
            text: String::new(),
            kind: None,
            tag: None,
            country: None,
            sector: None,
            offset: 0,
            limit: 100,
            trash: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactPage {
    /// How many contacts match, over all pages; a search stops counting
    /// at `MATCH_CAP`.
    pub total: u32,
    /// More contacts match than `total`: the search stopped at `MATCH_CAP`.
    pub more: bool,
    pub offset: u32,
    pub rows: Vec<ContactRow>,
}

/// The tags, countries and sectors in use, for the filter menus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactFacets {
    pub tags: Vec<String>,
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    pub organizations: u32,
    pub people: u32,
}

/// The most rows one page may hold.
pub const MAX_PAGE: u32 = 1_000;

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@contact", rename_all = "snake_case")]
pub enum ContactError {
    #[error("a contact needs a name; type one and try again")]
    EmptyName,

    #[error(
        "{name:?} has no letter or digit, so it would print as an empty line; type the contact's name"
    )]
    NoLetters { name: String },

    #[error("no {kind} with id {id}; it may have been deleted or purged")]
    NotFound { kind: &'static str, id: String },

    #[error("the {kind} is in the trash; restore it first to change it")]
    InTrash { kind: &'static str, id: String },

    #[error("the {kind} is not in the trash; move it there first, then empty it from there")]
    NotInTrash { kind: &'static str, id: String },

    #[error("{reason}")]
    Merge { reason: String },

    #[error("no backup could be made before the {what}, so nothing changed: {source}")]
    NoBackup {
        what: &'static str,
        #[serde(serialize_with = "crate::error::as_text")]
        source: crate::store::backup::BackupError,
    },

    #[error(
        "the contacts could not be written out: {reason}; check the disk has room and the folder can be written to"
    )]
    Write { reason: String },

    #[error(transparent)]
    #[serde(untagged)]
    Text(#[from] TextError),

    #[error("the country: {0}")]
    #[serde(untagged)]
    Country(#[from] CountryError),

    #[error(transparent)]
    #[serde(untagged)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ContactError {
    fn from(err: rusqlite::Error) -> Self {
        ContactError::Store(StoreError::from(err))
    }
}

impl WithPath for ContactError {
    fn with_path(self, path: &std::path::Path) -> Self {
        match self {
            ContactError::Store(err) => ContactError::Store(err.with_path(path)),
            other => other,
        }
    }
}

pub(crate) type Result<T> = std::result::Result<T, ContactError>;

// Names -------------------------------------------------------------------

use crate::text::names::{fold, initials, name_key, sort_key};

// Cleaning ----------------------------------------------------------------

#[cfg(test)]
mod tests;
