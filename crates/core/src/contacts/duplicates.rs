//! Possible duplicates among contacts, and merging them.
//!
//! Pairs are found by evidence, strongest first: the same normalized name
//! (`crate::text::names::name_key`), an acronym that is the other's initials, the same
//! e-mail, the same website or e-mail domain (not for mail providers), and
//! names alike by Jaro–Winkler similarity within the same first word. A
//! merge moves every endorsement, invitation, person and tag of the merged
//! records onto the kept one, puts the merged records in the trash, and
//! writes down what it did in `contact_merges` so that it can be undone.

mod dismiss;
mod find;
mod merge;
mod undo;

pub use dismiss::*;
pub use find::*;
pub use merge::*;
pub use undo::*;

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::{
    self, ContactError, ContactKind, ContactRow, Organization, OrganizationInput, Person,
    PersonInput, Result, fold, initials, name_key,
};
use crate::store::Store;
use crate::store::backup;
use crate::store::clock::{new_id, now};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// The names are the same once case, accents, punctuation, leading
    /// articles and legal forms are set aside.
    SameName,
    /// One's acronym is the other's initials ("MFMW").
    Acronym {
        acronym: String,
    },
    SameEmail {
        email: String,
    },
    /// The same website or e-mail domain.
    SameDomain {
        domain: String,
    },
    /// Names alike; `score` from 0 to 1.
    SimilarName {
        score: f64,
    },
}

impl Evidence {
    fn weight(&self) -> f64 {
        match self {
            Evidence::SameName => 1.0,
            Evidence::SameEmail { .. } => 0.95,
            Evidence::Acronym { .. } => 0.8,
            Evidence::SameDomain { .. } => 0.6,
            Evidence::SimilarName { score } => *score * 0.7,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DuplicatePair {
    pub a: ContactRow,
    pub b: ContactRow,
    /// From 0 to 1: the strongest evidence, raised a little by each further one.
    pub score: f64,
    pub evidence: Vec<Evidence>,
}
