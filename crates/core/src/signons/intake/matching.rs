//! Matching sign-on rows to stored contacts: same e-mail, same name (case,
//! accents, apostrophes and punctuation set aside) in a country that does
//! not differ, or a line that is only a stored organization's acronym.
//! Anything less sure — the same acronym under another name, a similar
//! name — is offered as a candidate with its evidence, never linked.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::signons::Result;
use crate::text::names::{fold, name_key};

use crate::text::similar::worth_suggesting;

/// A stored contact a row may be.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub contact_id: String,
    pub name: String,
    pub country: Option<String>,
    /// Why: "same e-mail", "same name", "acronym MFMW", "similar name".
    pub evidence: String,
}

/// A stored organization found for a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub candidate: Candidate,
    /// The row's line is only the organization's acronym: it prints as the
    /// stored name with the acronym ("APDH" → "Asamblea Permanente… (APDH)").
    pub by_acronym_alone: Option<String>,
}

struct StoredOrg {
    id: String,
    name: String,
    key: String,
    country: Option<String>,
}

struct StoredPerson {
    id: String,
    name: String,
    country: Option<String>,
    consent_publish: bool,
    organization: Option<String>,
}

/// What a matched person brings to the row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundPerson {
    pub candidate: Candidate,
    pub consent_publish: bool,
    pub organization: Option<String>,
}

/// The key two spellings of one name share, spaces included: "Mother's
/// Union", "Mothers Union" and "MOTHERS' UNION" are one.
pub(crate) fn compact_key(name: &str) -> String {
    name_key(name).replace(' ', "")
}

/// A name without the acronym in its parentheses, for matching:
/// "Coalition for Migrant Rights (CMR)" → "Coalition for Migrant Rights".
/// A name that is nothing but the acronym and punctuation ("/(XUA)") keeps
/// it: what is left would name nobody.
pub(crate) fn without_acronym(name: &str, acronym: &str) -> String {
    if acronym.is_empty() {
        return name.to_string();
    }
    let marked = format!("({acronym})");
    match name.rfind(&marked) {
        Some(at) if at > 0 => {
            let rest = format!("{}{}", &name[..at], &name[at + marked.len()..]);
            if crate::text::has_letter_or_digit(&rest) {
                rest.trim().to_string()
            } else {
                name.to_string()
            }
        }
        _ => name.to_string(),
    }
}

/// Two to twelve letters and digits with at least two letters: "MFMW",
/// "G20"; never "11" (what "=1+1" folds to) or a single letter.
pub(crate) fn is_acronym(folded: &str) -> bool {
    let len = folded.chars().count();
    (2..=12).contains(&len) && folded.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A line written as an acronym: no spaces, no lower-case letters.
pub(crate) fn written_as_acronym(name: &str) -> bool {
    let trimmed = name.trim();
    !trimmed.contains(' ')
        && trimmed.chars().all(|c| !c.is_lowercase())
        && is_acronym(&fold(trimmed).replace(' ', ""))
}

fn prefix(key: &str) -> String {
    key.chars().take(3).collect()
}

/// The stored contacts, by the keys rows are matched on.
#[derive(Default)]
pub(crate) struct Directory {
    orgs: Vec<StoredOrg>,
    org_by_email: HashMap<String, usize>,
    org_by_compact: HashMap<String, Vec<usize>>,
    org_by_acronym: HashMap<String, Vec<usize>>,
    /// The first three letters of the name key → organizations, for
    /// similar names ("Kalayan" finds "Kalayaan").
    org_by_prefix: HashMap<String, Vec<usize>>,
    people: Vec<StoredPerson>,
    person_by_email: HashMap<String, usize>,
    person_by_compact: HashMap<String, Vec<usize>>,
    /// Contacts that endorsed the statement, and unlinked names that did.
    pub endorsed_contact: HashMap<String, String>,
    pub endorsed_name: HashMap<(String, String), String>,
}

impl Directory {
    pub fn load(conn: &Connection, statement_id: &str) -> Result<Directory> {
        let mut d = Directory::default();
        let mut stmt = conn.prepare(
            "SELECT id, name, name_key, country, lower(trim(email)), short_name
               FROM organizations WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, country, email, short) = row?;
            let at = d.orgs.len();
            if !email.is_empty() {
                d.org_by_email.entry(email).or_insert(at);
            }
            let short = fold(&short).replace(' ', "");
            if is_acronym(&short) {
                d.org_by_acronym.entry(short).or_default().push(at);
            }
            if !key.is_empty() {
                d.org_by_prefix.entry(prefix(&key)).or_default().push(at);
            }
            d.org_by_compact
                .entry(key.replace(' ', ""))
                .or_default()
                .push(at);
            d.orgs.push(StoredOrg {
                id,
                name,
                key,
                country,
            });
        }
        let mut stmt = conn.prepare(
            "SELECT p.id, p.full_name, p.name_key, lower(trim(p.email)), p.country,
                    p.consent_publish, o.name
               FROM people p LEFT JOIN organizations o
                 ON o.id = p.organization_id AND o.deleted_at IS NULL
              WHERE p.deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, email, country, consent_publish, organization) = row?;
            let at = d.people.len();
            if !email.is_empty() {
                d.person_by_email.entry(email).or_insert(at);
            }
            d.person_by_compact
                .entry(key.replace(' ', ""))
                .or_default()
                .push(at);
            d.people.push(StoredPerson {
                id,
                name,
                country,
                consent_publish,
                organization,
            });
        }
        let mut stmt = conn.prepare(
            "SELECT id, kind, coalesce(person_id, CASE WHEN kind = 'organization' THEN organization_id END),
                    printed_name
               FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([statement_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (id, kind, contact, name) = row?;
            if let Some(contact) = contact {
                d.endorsed_contact.insert(contact, id.clone());
            }
            d.endorsed_name.insert((kind, compact_key(&name)), id);
        }
        Ok(d)
    }

    fn org_candidate(&self, at: usize, evidence: impl Into<String>) -> Candidate {
        let org = &self.orgs[at];
        Candidate {
            contact_id: org.id.clone(),
            name: org.name.clone(),
            country: org.country.clone(),
            evidence: evidence.into(),
        }
    }

    /// The stored organization a row is, if one is certain; else the ones
    /// worth offering.
    pub fn match_org(
        &self,
        name: &str,
        acronym: &str,
        email: &str,
        country: Option<&str>,
    ) -> std::result::Result<Found, Vec<Candidate>> {
        let fits = |at: &&usize| {
            country.is_none()
                || self.orgs[**at].country.is_none()
                || self.orgs[**at].country.as_deref() == country
        };
        let sure = |candidate| Found {
            candidate,
            by_acronym_alone: None,
        };
        let email = email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(at) = self.org_by_email.get(&email)
        {
            return Ok(sure(self.org_candidate(*at, "same e-mail")));
        }
        let bare = without_acronym(name, acronym);
        let key = name_key(&bare);
        if let Some(list) = self.org_by_compact.get(&key.replace(' ', "")) {
            let fitting: Vec<&usize> = list.iter().filter(fits).collect();
            if let [one] = fitting.as_slice() {
                return Ok(sure(self.org_candidate(**one, "same name")));
            }
        }
        // A line that is only an acronym is that organization.
        if written_as_acronym(name) {
            let short = fold(name).replace(' ', "");
            if let Some(list) = self.org_by_acronym.get(&short) {
                let fitting: Vec<&usize> = list.iter().filter(fits).collect();
                if let [one] = fitting.as_slice() {
                    return Ok(Found {
                        candidate: self.org_candidate(**one, format!("acronym {}", name.trim())),
                        by_acronym_alone: Some(name.trim().to_string()),
                    });
                }
            }
        }
        let mut offered: Vec<(f64, usize, String)> = Vec::new();
        // The same acronym under another name: a suggestion, never a link.
        let short = fold(acronym).replace(' ', "");
        if is_acronym(&short)
            && let Some(list) = self.org_by_acronym.get(&short)
        {
            for at in list.iter().filter(|at| fits(at)) {
                offered.push((1.0, *at, format!("same acronym {}", acronym.trim())));
            }
        }
        if let Some(list) = self.org_by_prefix.get(&prefix(&key)) {
            for at in list.iter().filter(|at| fits(at)) {
                let stored = &self.orgs[*at].key;
                let score = strsim::jaro_winkler(&key, stored);
                if score >= 0.85
                    && worth_suggesting(&key, stored)
                    && !offered.iter().any(|(_, o, _)| o == at)
                {
                    offered.push((score, *at, "similar name".into()));
                }
            }
        }
        offered.sort_by(|a, b| b.0.total_cmp(&a.0));
        Err(offered
            .into_iter()
            .take(3)
            .map(|(_, at, why)| self.org_candidate(at, why))
            .collect())
    }

    fn person_found(&self, at: usize, evidence: &str) -> FoundPerson {
        let p = &self.people[at];
        FoundPerson {
            candidate: Candidate {
                contact_id: p.id.clone(),
                name: p.name.clone(),
                country: p.country.clone(),
                evidence: evidence.into(),
            },
            consent_publish: p.consent_publish,
            organization: p.organization.clone(),
        }
    }

    /// The stored person a row is: the same e-mail, or the one person of
    /// that name in a country that does not differ. One of that name in
    /// another country is offered, not linked.
    pub fn match_person(
        &self,
        name: &str,
        email: &str,
        country: Option<&str>,
    ) -> std::result::Result<FoundPerson, Vec<Candidate>> {
        let email = email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(at) = self.person_by_email.get(&email)
        {
            return Ok(self.person_found(*at, "same e-mail"));
        }
        let Some(list) = self.person_by_compact.get(&compact_key(name)) else {
            return Err(Vec::new());
        };
        let (fitting, other): (Vec<usize>, Vec<usize>) = list.iter().partition(|at| {
            country.is_none()
                || self.people[**at].country.is_none()
                || self.people[**at].country.as_deref() == country
        });
        if let [one] = fitting.as_slice() {
            return Ok(self.person_found(*one, "same name"));
        }
        Err(fitting
            .iter()
            .map(|at| (*at, "same name"))
            .chain(other.iter().map(|at| (*at, "same name, another country")))
            .take(3)
            .map(|(at, why)| self.person_found(at, why).candidate)
            .collect())
    }
}
