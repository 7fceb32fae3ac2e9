//! Planning an intake: each row read, checked against earlier rows and the
//! stored contacts, and given the visibility it will be printed with. The
//! plan is the review; applying writes what it says.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::countries;
use crate::signons::{self, EndorsementKind, Printed, Result, Visibility};
use crate::statements;
use crate::text::names::fold;

use super::matching::{self, Directory, compact_key, without_acronym, written_as_acronym};
use super::{IntakeOptions, IntakeOutcome, IntakePlan, IntakeRow, Listed, PlannedIntake};

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
        Err(countries::CountryError::Ambiguous { options, .. }) => {
            format!("country “{raw}” could mean {options}; kept as written")
        }
        _ => format!("country “{raw}” is not one we know; kept as written"),
    };
    (raw.to_string(), None, Some(why))
}

/// The printed fields of a row, or why it cannot be taken in.
fn printed_of(input: &IntakeRow) -> std::result::Result<(Printed, Option<String>), String> {
    let (country, code, note) = read_country(&input.country);
    let mut printed =
        signons::clean_printed_as(&input.name, &input.affiliation, &input.city, &country, code)
            .map_err(|e| e.to_string())?;
    let organization = crate::text::clean_line(crate::text::Field::Name, &input.organization)
        .map_err(|e| e.to_string())?;
    if !organization.is_empty() || input.organization_known {
        printed.organization = organization;
    }
    Ok((printed, note))
}

/// Fills what `kept` lacks from `other`, the same signatory on a later row;
/// says whether anything changed.
fn merge_into(kept: &mut IntakeRow, other: &IntakeRow) -> bool {
    let mut changed = false;
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
            changed = true;
        }
    }
    if !other.notes.trim().is_empty() && !kept.notes.contains(other.notes.trim()) {
        if !kept.notes.is_empty() {
            kept.notes.push('\n');
        }
        kept.notes.push_str(other.notes.trim());
        changed = true;
    }
    // A "no" to being named wins over anything else said.
    if other.visibility == Some(Visibility::CountedOnly) || kept.visibility.is_none() {
        let visibility = other.visibility.or(kept.visibility);
        changed |= visibility != kept.visibility;
        kept.visibility = visibility;
    }
    changed
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
    let why =
        match crate::text::affiliation::organization_part_of(&printed.affiliation, &printed.name) {
            crate::text::affiliation::OrganizationPart::Unclear => format!(
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

/// A name that is no name ("Anonymous", "NN"): such a row is counted, each a person of its own.
pub fn is_anonymous(name: &str) -> bool {
    crate::text::words::is_anonymous(&fold(name))
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
    // The kept rows sharing a kind and e-mail, or a kind and name, in the
    // order they were kept: a row is checked against these alone.
    let mut kept_by_email: HashMap<(EndorsementKind, String), usize> = HashMap::new();
    let mut kept_by_compact: HashMap<(EndorsementKind, String), Vec<usize>> = HashMap::new();
    // Each kept row as first read, and whether a later row added to it.
    let mut first_pass: Vec<Option<(Printed, Option<String>, bool)>> = Vec::new();
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
        let same_name: Vec<usize> = if identity.compact.is_empty() {
            Vec::new()
        } else {
            kept_by_compact
                .get(&(identity.kind, identity.compact.clone()))
                .cloned()
                .unwrap_or_default()
        };
        // The first kept row that is the same signatory, as a scan of
        // `kept` in order would find it.
        let by_email = (!identity.email.is_empty())
            .then(|| kept_by_email.get(&(identity.kind, identity.email.clone())))
            .flatten()
            .copied();
        let by_name = same_name
            .iter()
            .copied()
            .find(|k| kept[*k].1.same_as(&identity));
        let first = match (by_email, by_name) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(k) = first {
            let at = kept[k].0;
            let first_row = plan.rows[at].input.row;
            if merge_into(&mut plan.rows[at].input, input)
                && let Some(Some(read)) = first_pass.get_mut(at)
            {
                read.2 = true;
            }
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
        for k in same_name {
            let at = kept[k].0;
            let other_row = plan.rows[at].input.row;
            row.notes
                .push(format!("possibly the same as row {other_row} (same name)"));
            plan.rows[at].notes.push(format!(
                "possibly the same as row {} (same name)",
                input.row
            ));
        }
        let k = kept.len();
        if !identity.email.is_empty() {
            kept_by_email
                .entry((identity.kind, identity.email.clone()))
                .or_insert(k);
        }
        if !identity.compact.is_empty() {
            kept_by_compact
                .entry((identity.kind, identity.compact.clone()))
                .or_default()
                .push(k);
        }
        kept.push((plan.rows.len(), identity));
        plan.rows.push(row);
        first_pass.push(Some((printed, country_note, false)));
    }
    // Merged rows are read again: a duplicate may have brought a country.
    let mut contact_rows: HashMap<String, u32> = HashMap::new();
    for (at, read) in first_pass.into_iter().enumerate() {
        let Some((printed, country_note, merged)) = read else {
            continue;
        };
        let input = plan.rows[at].input.clone();
        let read_again = if merged {
            printed_of(&input)
        } else {
            Ok((printed, country_note))
        };
        let (mut printed, country_note) = match read_again {
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
                    // A row with no country takes the contact's.
                    if printed.country.is_empty()
                        && let Some(country) = found
                            .candidate
                            .country
                            .as_deref()
                            .and_then(countries::by_code)
                    {
                        printed.country = country.en.to_string();
                        printed.country_code = Some(country.code.to_string());
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
        row.listed = signons::listed_as(
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
    count(&mut plan, options);
    plan.nothing_to_add = plan.why_nothing();
    Ok(plan)
}

fn count(plan: &mut IntakePlan, options: &IntakeOptions) {
    for row in &plan.rows {
        let adding = matches!(
            row.outcome,
            IntakeOutcome::Known { .. } | IntakeOutcome::New { .. }
        );
        if adding && options.choices.get(&row.input.row) == Some(&super::Choice::Skip) {
            plan.skipped += 1;
        }
        match &row.outcome {
            IntakeOutcome::Known { .. } => plan.known += 1,
            IntakeOutcome::New { .. } => plan.new += 1,
            IntakeOutcome::AlreadyEndorsed { .. } => plan.already += 1,
            IntakeOutcome::Duplicate { .. } => plan.duplicates += 1,
            IntakeOutcome::Invalid { .. } => plan.invalid += 1,
            IntakeOutcome::Heading => plan.headings += 1,
        }
        if adding && options.choices.get(&row.input.row) != Some(&super::Choice::Skip) {
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
        for i in crate::text::names::initials(&without_acronym(&row.name, &row.input.acronym)) {
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
