//! What becomes of each imported row: a new contact, an update of a known
//! one, or a repeat, decided against the stored contacts and earlier rows.

use super::*;

/// Where a row's organization or person comes from.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Source {
    Stored {
        id: String,
        name: String,
        reason: String,
    },
    /// New, first seen on this row.
    NewAt(usize),
}

/// The contacts already stored and those the file adds, by the keys rows
/// are matched on.
#[derive(Default)]
pub(super) struct Known {
    /// By e-mail: the name key of the organization that has it, and where it is.
    pub(super) org_by_email: HashMap<String, (String, Source)>,
    pub(super) org_by_name: HashMap<String, Vec<(Option<String>, Source)>>,
    pub(super) person_by_email: HashMap<String, Source>,
    /// (name key, organization) → person.
    pub(super) person_by_name: HashMap<(String, String), Source>,
}

pub(super) fn org_ref(source: &Source) -> String {
    match source {
        Source::Stored { id, .. } => id.clone(),
        Source::NewAt(row) => format!("row:{row}"),
    }
}

impl Known {
    pub(super) fn load(conn: &Connection) -> Result<Known, ImportError> {
        let mut known = Known::default();
        let mut stmt = conn.prepare(
            "SELECT id, name, name_key, country, lower(trim(email)) FROM organizations WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, country, email) = row?;
            if !email.is_empty() {
                known.org_by_email.entry(email).or_insert((
                    key.clone(),
                    Source::Stored {
                        id: id.clone(),
                        name: name.clone(),
                        reason: "same e-mail".into(),
                    },
                ));
            }
            known.org_by_name.entry(key).or_default().push((
                country,
                Source::Stored {
                    id,
                    name,
                    reason: "same name".into(),
                },
            ));
        }
        let mut stmt = conn.prepare(
            "SELECT id, full_name, name_key, coalesce(organization_id, ''), lower(trim(email))
               FROM people WHERE deleted_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, key, org, email) = row?;
            if !email.is_empty() {
                known
                    .person_by_email
                    .entry(email)
                    .or_insert(Source::Stored {
                        id: id.clone(),
                        name: name.clone(),
                        reason: "same e-mail".into(),
                    });
            }
            known
                .person_by_name
                .entry((key, org))
                .or_insert(Source::Stored {
                    id,
                    name,
                    reason: "same name and organization".into(),
                });
        }
        Ok(known)
    }

    /// The organization `org` is, if known; `key` is its name's key
    /// (`name_key(&org.name)`, made once for the row).
    pub(super) fn find_org(&self, org: &CleanOrganization, key: &str) -> Option<Source> {
        // One address under two different names is two organizations (a
        // coalition run from one mailbox, a shared Gmail): both are kept, and
        // the duplicates finder shows them side by side. The same address
        // under the same name is one, whatever the country says.
        let email = org.email.trim().to_lowercase();
        if !email.is_empty()
            && let Some((owner, s)) = self.org_by_email.get(&email)
            && owner == key
        {
            return Some(s.clone());
        }
        self.org_by_name.get(key).and_then(|list| {
            list.iter()
                .find(|(country, _)| {
                    country.is_none() || org.country.is_none() || *country == org.country
                })
                .map(|(country, s)| match s {
                    Source::Stored { id, name, .. }
                        if country.is_some() && *country == org.country =>
                    {
                        Source::Stored {
                            id: id.clone(),
                            name: name.clone(),
                            reason: "same name and country".into(),
                        }
                    }
                    other => other.clone(),
                })
        })
    }

    pub(super) fn add_org(&mut self, org: &CleanOrganization, key: String, source: Source) {
        let email = org.email.trim().to_lowercase();
        if !email.is_empty() {
            self.org_by_email
                .entry(email)
                .or_insert((key.clone(), source.clone()));
        }
        self.org_by_name
            .entry(key)
            .or_default()
            .push((org.country.clone(), source));
    }

    pub(super) fn find_person(&self, p: &CleanPerson, org: Option<&Source>) -> Option<Source> {
        let email = p.email.trim().to_lowercase();
        if !email.is_empty()
            && let Some(s) = self.person_by_email.get(&email)
        {
            return Some(s.clone());
        }
        let org = org.map(org_ref).unwrap_or_default();
        self.person_by_name
            .get(&(name_key(&p.full_name), org))
            .cloned()
    }

    pub(super) fn add_person(&mut self, p: &CleanPerson, org: Option<&Source>, source: Source) {
        let email = p.email.trim().to_lowercase();
        if !email.is_empty() {
            self.person_by_email.entry(email).or_insert(source.clone());
        }
        let org = org.map(org_ref).unwrap_or_default();
        self.person_by_name
            .entry((name_key(&p.full_name), org))
            .or_insert(source);
    }
}

/// What one row becomes, and what it would add.
pub(super) struct Decision {
    pub(super) outcome: RowOutcome,
    pub(super) name: String,
    /// Add this organization (and give its row as its source).
    pub(super) add_org: Option<CleanOrganization>,
    /// The organization the row's person belongs to.
    pub(super) org_source: Option<Source>,
    pub(super) add_person: Option<CleanPerson>,
}

pub(super) fn decide(
    known: &mut Known,
    row: &Row,
    mapping: &[ImportField],
    headers: &[String],
) -> Decision {
    let name_of = |r: &RowRecord| match (&r.person, &r.organization) {
        (Some(p), Some(o)) => format!("{} ({})", p.full_name, o.name),
        (Some(p), None) => p.full_name.clone(),
        (None, Some(o)) => o.name.clone(),
        (None, None) => String::new(),
    };
    let rec = match record(row, mapping, headers) {
        Ok(r) => r,
        Err(reason) => {
            let shown = [ImportField::Organization, ImportField::Person]
                .iter()
                .map(|f| cell(row, mapping, *f))
                .find(|s| !s.trim().is_empty())
                .unwrap_or("")
                .to_string();
            return Decision {
                outcome: RowOutcome::Invalid { reason },
                name: shown,
                add_org: None,
                org_source: None,
                add_person: None,
            };
        }
    };
    let name = name_of(&rec);
    let mut any_new = false;
    let mut matched: Option<(String, String, String)> = None;
    let mut duplicate_of: Option<usize> = None;
    let mut note = |s: &Source| match s {
        Source::Stored { id, name, reason } => {
            matched.get_or_insert((id.clone(), name.clone(), reason.clone()));
        }
        Source::NewAt(r) => {
            duplicate_of.get_or_insert(*r);
        }
    };
    let mut add_org = None;
    let org_source = match &rec.organization {
        Some(org) => {
            let key = name_key(&org.name);
            match known.find_org(org, &key) {
                Some(found) => {
                    note(&found);
                    Some(found)
                }
                None => {
                    let source = Source::NewAt(row.number);
                    known.add_org(org, key, source.clone());
                    add_org = Some(org.clone());
                    any_new = true;
                    Some(source)
                }
            }
        }
        None => None,
    };
    let mut add_person = None;
    if let Some(p) = &rec.person {
        match known.find_person(p, org_source.as_ref()) {
            Some(found) => note(&found),
            None => {
                known.add_person(p, org_source.as_ref(), Source::NewAt(row.number));
                add_person = Some(p.clone());
                any_new = true;
            }
        }
    }
    let outcome = if any_new {
        RowOutcome::New
    } else if let Some(first_row) = duplicate_of {
        RowOutcome::Duplicate { first_row }
    } else if let Some((id, name, reason)) = matched {
        RowOutcome::Matched { id, name, reason }
    } else {
        RowOutcome::New
    };
    Decision {
        outcome,
        name,
        add_org,
        org_source,
        add_person,
    }
}
