//! Taking in sign-ons in bulk: a pasted list, or a spreadsheet such as a
//! form service's response export.
//!
//! Every row is read as sent (see [`paste`] and [`table`]), matched against
//! the stored contacts (see [`matching`]), checked against earlier rows and
//! the statement's endorsements, and given the visibility it will be printed
//! with. The plan is the review: it says, row by row, what will be added and
//! exactly how it will be listed. Nothing is written until it is applied, in
//! one transaction, and applying writes what the plan says.
//!
//! Sign-ons belong to a statement's original: a list taken in through a
//! translation is added to the original it translates.

mod apply;
mod markup;
mod matching;
mod paste;
mod plan;
mod table;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::signons::{EndorsementKind, SignOnChannel, Visibility};
use crate::tabular::Table;
use crate::tabular::columns::{self, ColumnField, ColumnGuess, SIGN_ON_FIELDS};

pub use apply::{apply, apply_plan};
pub use matching::Candidate;
pub use paste::{acronym_in, parse_paste};
pub use plan::{is_anonymous, plan};
pub use table::rows_of_table;

/// One signatory as read from a line or a row, before matching.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct IntakeRow {
    /// The line or the spreadsheet row it came from.
    pub row: u32,
    pub kind: Option<EndorsementKind>,
    /// The name as sent; printed as it is.
    pub name: String,
    pub acronym: String,
    /// An individual's affiliation as sent: their role, their organization,
    /// or both.
    pub affiliation: String,
    /// An individual's organization, when a column gives it apart.
    pub organization: String,
    /// `organization` is all there is to list them by, even when empty
    /// (a position column beside no organization column).
    pub organization_known: bool,
    pub city: String,
    pub country: String,
    pub email: String,
    /// `YYYY-MM-DD`, when the row says.
    pub received_on: String,
    pub notes: String,
    /// What the row itself says about being named (a consent column).
    #[ts(optional)]
    pub visibility: Option<Visibility>,
    /// A line of a pasted list that names no signatory: a heading
    /// ("National organizations:"), a comment, a footnote (`read_note` says
    /// which). Left out unless put back.
    pub heading: bool,
    /// How the row was read, when that needs saying.
    pub read_note: String,
}

/// What each column of a spreadsheet holds, guessed, with the reasons.
pub fn guess_columns(table: &Table) -> Vec<ColumnGuess> {
    columns::guess(table, SIGN_ON_FIELDS)
}

/// The fields alone.
pub fn guess_mapping(table: &Table) -> Vec<ColumnField> {
    columns::guess_fields(table, SIGN_ON_FIELDS)
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum IntakeOutcome {
    /// Matched one stored contact; it will be linked.
    Known {
        candidate: Candidate,
    },
    /// A new contact will be made; similar ones are offered.
    New {
        candidates: Vec<Candidate>,
    },
    /// The statement already has this signatory.
    AlreadyEndorsed {
        endorsement_id: String,
    },
    /// The same signatory as an earlier row, which takes what this one adds.
    Duplicate {
        first_row: u32,
    },
    Invalid {
        reason: String,
    },
    /// A heading of a pasted list, left out unless put back.
    Heading,
}

/// How a row will be listed: its name and affiliation as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Listed {
    pub name: String,
    pub affiliation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedIntake {
    /// The row as read, with what its duplicates added.
    pub input: IntakeRow,
    /// The fields as they will be stored and printed.
    pub name: String,
    pub affiliation: String,
    pub organization: String,
    pub city: String,
    pub country: String,
    pub country_code: Option<String>,
    pub visibility: Visibility,
    /// What the signatory list will print, or nothing: counted only.
    pub listed: Option<Listed>,
    /// What the organizer should know: a country read from a misspelling,
    /// a likely duplicate, why someone is counted and not listed…
    pub notes: Vec<String>,
    pub outcome: IntakeOutcome,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakePlan {
    pub rows: Vec<PlannedIntake>,
    pub known: u32,
    pub new: u32,
    pub already: u32,
    pub duplicates: u32,
    pub invalid: u32,
    pub headings: u32,
    /// Among the rows to add: listed by name, by organization only, counted.
    pub named: u32,
    pub by_organization: u32,
    pub counted_only: u32,
    /// Rows the organizer chose to leave out.
    pub skipped: u32,
    /// Why nothing would be added, when nothing would: the CLI fails with
    /// it and the window shows it.
    #[ts(optional)]
    pub nothing_to_add: Option<String>,
}

impl IntakePlan {
    fn why_nothing(&self) -> Option<String> {
        if self.known + self.new > self.skipped {
            return None;
        }
        if self.rows.is_empty() {
            return Some("the list has no rows to add".into());
        }
        let mut parts = Vec::new();
        let mut part = |n: u32, what: &str| {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        };
        part(self.already, "already signed");
        part(self.duplicates, "repeat earlier rows");
        part(self.invalid, "cannot be read");
        part(self.headings, "are headings");
        part(self.skipped, "you left out");
        let mut reason = format!(
            "none of the {} rows would be added: {}",
            self.rows.len(),
            parts.join(", ")
        );
        let no_name = self.rows.iter().filter(|r| {
            matches!(&r.outcome, IntakeOutcome::Invalid { reason } if reason.contains("needs a name"))
        });
        if no_name.count() as u32 == self.invalid && self.invalid > 0 {
            reason.push_str(
                "; every name is empty: map the column that holds the names to “organization” or “person”",
            );
        } else if let Some(first) = self.rows.iter().find_map(|r| match &r.outcome {
            IntakeOutcome::Invalid { reason } => Some((r.input.row, reason)),
            _ => None,
        }) {
            reason.push_str(&format!(" (row {}: {})", first.0, first.1));
        }
        Some(reason)
    }
}

/// What the organizer decided for a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Choice {
    /// Link to this stored contact; print the name as sent.
    Link { contact_id: String },
    /// Link to this stored contact and print its name instead.
    LinkAsContact { contact_id: String },
    /// Leave this row out.
    Skip,
    /// Not the contact found: make a new one.
    New,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct IntakeOptions {
    /// `confirmed` for a list the organizer already trusts; else pending.
    pub confirm: bool,
    /// How the list arrived; a list taken in is `import` unless said.
    #[ts(optional)]
    pub channel: Option<SignOnChannel>,
    /// How individuals who said nothing about being named are listed:
    /// `organization_only` unless chosen (the person is not named).
    #[ts(optional)]
    pub visibility: Option<Visibility>,
    /// Heading rows put back, by row number.
    pub include: Vec<u32>,
    /// By row number.
    pub choices: HashMap<u32, Choice>,
}

impl IntakeOptions {
    fn unnamed(&self) -> Visibility {
        self.visibility.unwrap_or(Visibility::OrganizationOnly)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IntakeResult {
    pub added: u32,
    pub contacts_created: u32,
    pub skipped: u32,
}
