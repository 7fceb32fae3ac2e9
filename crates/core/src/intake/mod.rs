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

mod markup;
mod matching;
mod paste;
mod similar;
mod table;

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup;
use crate::clock::now;
use crate::columns::{self, ColumnField, ColumnGuess, SIGN_ON_FIELDS};
use crate::contacts::{self, ContactError, OrganizationInput, PersonInput, fold};
use crate::countries;
use crate::endorsements::{
    self, EndorsementError, EndorsementKind, EndorsementStatus, Printed, Ready, Result,
    SignOnChannel, Visibility,
};
use crate::statements;
use crate::store::Store;
use crate::tabular::Table;

pub use matching::Candidate;
use matching::{Directory, compact_key, without_acronym, written_as_acronym};
pub use paste::{acronym_in, parse_paste};
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
    /// Why nothing would be added, when nothing would: the CLI fails with
    /// it and the window shows it.
    #[ts(optional)]
    pub nothing_to_add: Option<String>,
}

impl IntakePlan {
    fn why_nothing(&self) -> Option<String> {
        if self.known + self.new > 0 {
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

// Reading a row's country -------------------------------------------------------

/// The country as printed, its code, and what the review should say:
/// a misspelling read as the country meant, several countries (the first
/// groups, the rest stay as written), or one not known (kept as written).
fn read_country(raw: &str) -> (String, Option<String>, Option<String>) {
    let raw = raw.trim();
    if raw.is_empty() {
        return (String::new(), None, None);
    }
    if let Some(near) = countries::resolve_near(raw) {
        let note = (!near.exact).then(|| format!("country “{raw}” read as {}", near.country.en));
        return (
            near.country.en.to_string(),
            Some(near.country.code.to_string()),
            note,
        );
    }
    let first = raw
        .split(['/', ',', '،', '&', ';'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" y "))
        .map(str::trim)
        .find(|p| !p.is_empty())
        .unwrap_or(raw);
    if first != raw
        && let Some(near) = countries::resolve_near(first)
        && let Some(at) = raw.find(first)
    {
        let printed = format!("{}{}", near.country.en, &raw[at + first.len()..]);
        return (
            printed,
            Some(near.country.code.to_string()),
            Some(format!(
                "several countries (“{raw}”): listed under {}, the rest kept as written",
                near.country.en
            )),
        );
    }
    let why = match countries::resolve(raw) {
        Err(countries::CountryError::Ambiguous(_, options)) => {
            format!("country “{raw}” could mean {options}; kept as written")
        }
        _ => format!("country “{raw}” is not one we know; kept as written"),
    };
    (raw.to_string(), None, Some(why))
}

/// The printed fields of a row, or why it cannot be taken in.
fn printed_of(input: &IntakeRow) -> std::result::Result<(Printed, Option<String>), String> {
    let (country, code, note) = read_country(&input.country);
    let mut printed = endorsements::clean_printed_as(
        &input.name,
        &input.affiliation,
        &input.city,
        &country,
        code,
    )
    .map_err(|e| e.to_string())?;
    let organization = crate::text::clean_line(crate::text::Field::Name, &input.organization)
        .map_err(|e| e.to_string())?;
    if !organization.is_empty() {
        printed.organization = organization;
    }
    Ok((printed, note))
}

/// Fills what `kept` lacks from `other`, the same signatory on a later row.
fn merge_into(kept: &mut IntakeRow, other: &IntakeRow) {
    for (mine, theirs) in [
        (&mut kept.acronym, &other.acronym),
        (&mut kept.affiliation, &other.affiliation),
        (&mut kept.organization, &other.organization),
        (&mut kept.city, &other.city),
        (&mut kept.country, &other.country),
        (&mut kept.email, &other.email),
        (&mut kept.received_on, &other.received_on),
    ] {
        if mine.trim().is_empty() && !theirs.trim().is_empty() {
            mine.clone_from(theirs);
        }
    }
    if !other.notes.trim().is_empty() && !kept.notes.contains(other.notes.trim()) {
        if !kept.notes.is_empty() {
            kept.notes.push('\n');
        }
        kept.notes.push_str(other.notes.trim());
    }
    // A "no" to being named wins over anything else said.
    if other.visibility == Some(Visibility::CountedOnly) || kept.visibility.is_none() {
        kept.visibility = other.visibility.or(kept.visibility);
    }
}

/// How a row will be listed, and why when it is not by name.
fn visibility_of(
    kind: EndorsementKind,
    input: &IntakeRow,
    printed: &Printed,
    consent_on_file: bool,
    options: &IntakeOptions,
) -> (Visibility, Option<String>) {
    if input.visibility == Some(Visibility::CountedOnly) {
        return (
            Visibility::CountedOnly,
            Some("asked not to be named: counted, not listed".into()),
        );
    }
    if kind == EndorsementKind::Organization {
        return (Visibility::Public, None);
    }
    let chosen = match input.visibility {
        Some(said) => said,
        None if consent_on_file => Visibility::Public,
        None => options.unnamed(),
    };
    if chosen != Visibility::OrganizationOnly || !printed.organization.is_empty() {
        return (chosen, None);
    }
    let why = match crate::affiliation::organization_part(&printed.affiliation) {
        crate::affiliation::OrganizationPart::Unclear => format!(
            "“{}” cannot be split safely into a role and an organization: counted, not listed",
            printed.affiliation
        ),
        _ => "no organization to list them by: counted, not listed".into(),
    };
    (Visibility::CountedOnly, Some(why))
}

// Planning ------------------------------------------------------------------------

fn planned(input: &IntakeRow, outcome: IntakeOutcome) -> PlannedIntake {
    PlannedIntake {
        input: input.clone(),
        name: input.name.clone(),
        affiliation: input.affiliation.clone(),
        organization: String::new(),
        city: input.city.clone(),
        country: input.country.clone(),
        country_code: None,
        visibility: Visibility::Public,
        listed: None,
        notes: Vec::new(),
        outcome,
    }
}

fn is_anonymous(name: &str) -> bool {
    crate::words::is_anonymous(&fold(name))
}

/// The key an in-file duplicate shares with its first row.
struct Identity {
    kind: EndorsementKind,
    compact: String,
    country: Option<String>,
    affiliation: String,
    email: String,
}

impl Identity {
    fn of(input: &IntakeRow, printed: &Printed) -> Identity {
        let kind = input.kind.unwrap_or(EndorsementKind::Organization);
        Identity {
            kind,
            // "Anonymous" on two rows is two signers.
            compact: if is_anonymous(&printed.name) {
                String::new()
            } else {
                compact_key(&without_acronym(&printed.name, &input.acronym))
            },
            country: printed.country_code.clone(),
            affiliation: fold(&printed.affiliation),
            email: input.email.trim().to_lowercase(),
        }
    }

    /// One signatory: the same name once case, accents, apostrophes and
    /// punctuation are set aside, and no country (or affiliation, for a
    /// person) that differs; or the same e-mail.
    fn same_as(&self, other: &Identity) -> bool {
        let compatible = |a: &str, b: &str| a.is_empty() || b.is_empty() || a == b;
        self.kind == other.kind
            && ((!self.email.is_empty() && self.email == other.email)
                || (!self.compact.is_empty()
                    && self.compact == other.compact
                    && compatible(
                        self.country.as_deref().unwrap_or(""),
                        other.country.as_deref().unwrap_or(""),
                    )
                    && (self.kind == EndorsementKind::Organization
                        || compatible(&self.affiliation, &other.affiliation))))
    }
}

/// Matches every row and reports what applying would do; writes nothing.
pub fn plan(
    conn: &Connection,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
) -> Result<IntakePlan> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let directory = Directory::load(conn, &home)?;
    let mut plan = IntakePlan::default();
    // Rows kept so far: their place in `plan.rows` and identity.
    let mut kept: Vec<(usize, Identity)> = Vec::new();
    let mut first_pass: Vec<Option<(Printed, Option<String>)>> = Vec::new();
    for input in rows {
        if input.heading && !options.include.contains(&input.row) {
            plan.rows.push(planned(input, IntakeOutcome::Heading));
            first_pass.push(None);
            continue;
        }
        let (printed, country_note) = match printed_of(input) {
            Ok(p) => p,
            Err(reason) => {
                plan.rows
                    .push(planned(input, IntakeOutcome::Invalid { reason }));
                first_pass.push(None);
                continue;
            }
        };
        let identity = Identity::of(input, &printed);
        if let Some((at, _)) = kept.iter().find(|(_, k)| k.same_as(&identity)) {
            let first_row = plan.rows[*at].input.row;
            merge_into(&mut plan.rows[*at].input, input);
            let mut row = planned(input, IntakeOutcome::Duplicate { first_row });
            row.notes
                .push(format!("the same signatory as row {first_row}"));
            plan.rows.push(row);
            first_pass.push(None);
            continue;
        }
        let mut row = planned(
            input,
            IntakeOutcome::New {
                candidates: Vec::new(),
            },
        );
        // The same personal name with another country or affiliation stays
        // apart, offered as a possible duplicate.
        for (at, other) in &kept {
            if other.kind == identity.kind
                && !identity.compact.is_empty()
                && other.compact == identity.compact
            {
                let other_row = plan.rows[*at].input.row;
                row.notes
                    .push(format!("possibly the same as row {other_row} (same name)"));
                plan.rows[*at].notes.push(format!(
                    "possibly the same as row {} (same name)",
                    input.row
                ));
            }
        }
        kept.push((plan.rows.len(), identity));
        plan.rows.push(row);
        first_pass.push(Some((printed, country_note)));
    }
    // Merged rows are read again: a duplicate may have brought a country.
    let mut contact_rows: HashMap<String, u32> = HashMap::new();
    for (at, read) in first_pass.into_iter().enumerate() {
        if read.is_none() {
            continue;
        }
        let input = plan.rows[at].input.clone();
        let (mut printed, country_note) = match printed_of(&input) {
            Ok(p) => p,
            Err(reason) => {
                plan.rows[at].outcome = IntakeOutcome::Invalid { reason };
                continue;
            }
        };
        let row = &mut plan.rows[at];
        row.notes.extend(country_note);
        if !input.read_note.is_empty() {
            row.notes.insert(0, input.read_note.clone());
        }
        let kind = input.kind.unwrap_or(EndorsementKind::Organization);
        let mut consent_on_file = false;
        let anonymous = is_anonymous(&printed.name);
        let matched = match kind {
            _ if anonymous => Err(Vec::new()),
            EndorsementKind::Organization => directory
                .match_org(
                    &printed.name,
                    &input.acronym,
                    &input.email,
                    printed.country_code.as_deref(),
                )
                .map(|found| {
                    if let Some(acronym) = &found.by_acronym_alone {
                        printed.name = format!("{} ({acronym})", found.candidate.name);
                    }
                    found.candidate
                }),
            EndorsementKind::Individual => directory
                .match_person(&printed.name, &input.email, printed.country_code.as_deref())
                .map(|found| {
                    consent_on_file = found.consent_publish;
                    if printed.organization.is_empty()
                        && input.affiliation.trim().is_empty()
                        && let Some(org) = found.organization
                    {
                        printed.organization = org;
                    }
                    found.candidate
                }),
        };
        if let Ok(candidate) = &matched
            && let Some(first_row) = contact_rows.get(&candidate.contact_id)
        {
            row.notes.push(format!(
                "the same contact ({}) as row {first_row}",
                candidate.name
            ));
            row.outcome = IntakeOutcome::Duplicate {
                first_row: *first_row,
            };
            continue;
        }
        if let Ok(candidate) = &matched {
            contact_rows.insert(candidate.contact_id.clone(), input.row);
        }
        let already = match &matched {
            Ok(c) => directory.endorsed_contact.get(&c.contact_id),
            Err(_) => None,
        }
        .or_else(|| {
            directory
                .endorsed_name
                .get(&(kind.as_str().to_string(), compact_key(&printed.name)))
                .filter(|_| !anonymous)
        });
        let (visibility, why) = if anonymous {
            (
                Visibility::CountedOnly,
                Some(format!(
                    "no name given (“{}”): counted, not listed",
                    printed.name
                )),
            )
        } else {
            visibility_of(kind, &input, &printed, consent_on_file, options)
        };
        row.notes.extend(why);
        row.name = printed.name.clone();
        row.affiliation = printed.affiliation.clone();
        row.organization = printed.organization.clone();
        row.city = printed.city.clone();
        row.country = printed.country.clone();
        row.country_code = printed.country_code.clone();
        row.visibility = visibility;
        row.listed = endorsements::listed_as(
            kind,
            visibility,
            &printed.name,
            &printed.affiliation,
            &printed.organization,
        )
        .map(|(name, affiliation)| Listed { name, affiliation });
        row.outcome = match (already, matched) {
            (Some(endorsement_id), _) => IntakeOutcome::AlreadyEndorsed {
                endorsement_id: endorsement_id.clone(),
            },
            (None, Ok(candidate)) => IntakeOutcome::Known { candidate },
            (None, Err(candidates)) => IntakeOutcome::New { candidates },
        };
    }
    flag_acronyms_of_other_rows(&mut plan);
    count(&mut plan);
    plan.nothing_to_add = plan.why_nothing();
    Ok(plan)
}

fn count(plan: &mut IntakePlan) {
    for row in &plan.rows {
        match &row.outcome {
            IntakeOutcome::Known { .. } => plan.known += 1,
            IntakeOutcome::New { .. } => plan.new += 1,
            IntakeOutcome::AlreadyEndorsed { .. } => plan.already += 1,
            IntakeOutcome::Duplicate { .. } => plan.duplicates += 1,
            IntakeOutcome::Invalid { .. } => plan.invalid += 1,
            IntakeOutcome::Heading => plan.headings += 1,
        }
        if matches!(
            row.outcome,
            IntakeOutcome::Known { .. } | IntakeOutcome::New { .. }
        ) {
            match row.visibility {
                Visibility::Public => plan.named += 1,
                Visibility::OrganizationOnly => plan.by_organization += 1,
                Visibility::CountedOnly => plan.counted_only += 1,
            }
        }
    }
}

/// "MFMW" on one row and "Mission for Migrant Workers" on another are
/// likely one organization: each row says so.
fn flag_acronyms_of_other_rows(plan: &mut IntakePlan) {
    let adding = |r: &PlannedIntake| {
        matches!(
            r.outcome,
            IntakeOutcome::New { .. } | IntakeOutcome::Known { .. }
        ) && r.input.kind != Some(EndorsementKind::Individual)
    };
    let mut initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (at, row) in plan.rows.iter().enumerate().filter(|(_, r)| adding(r)) {
        for i in contacts::initials(&without_acronym(&row.name, &row.input.acronym)) {
            initials.entry(i).or_default().push(at);
        }
    }
    let mut flags = Vec::new();
    for (at, row) in plan.rows.iter().enumerate().filter(|(_, r)| adding(r)) {
        let short = if written_as_acronym(&row.input.name) {
            row.input.name.trim().to_string()
        } else {
            row.input.acronym.trim().to_string()
        };
        let folded = fold(&short).replace(' ', "");
        if !matching::is_acronym(&folded) {
            continue;
        }
        for other in initials.get(&folded).into_iter().flatten() {
            if *other != at {
                flags.push((at, *other, short.clone()));
            }
        }
    }
    for (at, other, short) in flags {
        let (row, other_row) = (plan.rows[at].input.row, plan.rows[other].input.row);
        let other_name = plan.rows[other].name.clone();
        plan.rows[at].notes.push(format!(
            "likely the same as row {other_row}: {short} is the initials of “{other_name}”"
        ));
        plan.rows[other]
            .notes
            .push(format!("likely the same as row {row} ({short})"));
    }
}

// Applying ---------------------------------------------------------------------

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
    if let Some(reason) = plan.nothing_to_add {
        return Err(EndorsementError::Intake { reason });
    }
    let at = now(conn)?;
    let revision = endorsements::current_revision(conn, &home)?;
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
        endorsements::insert(
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

/// An intake as the window and the CLI make it: a backup first when there
/// are [`backup::LARGE_IMPORT_ROWS`] rows or more, then [`apply`] in one
/// transaction.
pub fn import(
    store: &mut Store,
    statement_id: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<IntakeResult> {
    if rows.len() >= backup::LARGE_IMPORT_ROWS {
        backup::before_change(store).map_err(|source| {
            EndorsementError::Contact(ContactError::NoBackup {
                what: "import",
                source,
            })
        })?;
    }
    store.with_tx(|tx| apply(tx, statement_id, rows, options, progress))
}
