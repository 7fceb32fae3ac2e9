//! Possible duplicates among contacts, and merging them.
//!
//! Pairs are found by evidence, strongest first: the same normalized name
//! (`crate::text::names::name_key`), an acronym that is the other's initials, the same
//! e-mail, the same website or e-mail domain (not for mail providers), and
//! names alike by Jaro–Winkler similarity within the same first word. A
//! merge moves every endorsement, invitation, person and tag of the merged
//! records onto the kept one, puts the merged records in the trash, and
//! writes down what it did in `contact_merges` so that it can be undone.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::backup;
use crate::store::clock::{new_id, now};
use crate::contacts::{
    self, ContactError, ContactKind, ContactRow, Organization, OrganizationInput, Person,
    PersonInput, Result, fold, initials, name_key,
};
use crate::store::Store;

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

/// Domains of mail providers: two people at gmail.com are not one organization.
const MAIL_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.es",
    "hotmail.com",
    "hotmail.fr",
    "hotmail.es",
    "outlook.com",
    "live.com",
    "msn.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "qq.com",
    "163.com",
    "126.com",
    "naver.com",
    "riseup.net",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "wanadoo.fr",
    "t-online.de",
    "libero.it",
    "uol.com.br",
    "bol.com.br",
    "rediffmail.com",
    "ymail.com",
    "yahoo.co.uk",
    "yahoo.com.br",
    "yahoo.com.mx",
    "yahoo.it",
    "yahoo.de",
    "hotmail.co.uk",
    "hotmail.it",
    "outlook.fr",
    "outlook.es",
    "live.fr",
    "live.co.uk",
    "gmx.com",
    "gmx.at",
    "gmx.ch",
    "mail.com",
    "zoho.com",
    "posteo.de",
    "tutanota.com",
    "tuta.io",
    "disroot.org",
    "autistici.org",
    "hushmail.com",
    "btinternet.com",
    "sky.com",
    "comcast.net",
    "verizon.net",
    "sfr.fr",
    "bluewin.ch",
    "terra.com.br",
    "ig.com.br",
    "daum.net",
    "yahoo.co.jp",
    "sina.com",
];

/// Sites where many organizations have a page: a page there says nothing
/// about who runs it ("facebook.com/kalayaan" and "facebook.com/migrante").
const SHARED_SITES: &[&str] = &[
    "facebook.com",
    "fb.com",
    "m.facebook.com",
    "twitter.com",
    "x.com",
    "instagram.com",
    "linkedin.com",
    "youtube.com",
    "tiktok.com",
    "medium.com",
    "linktr.ee",
    "google.com",
    "sites.google.com",
    "docs.google.com",
    "forms.gle",
    "wordpress.com",
    "blogspot.com",
    "wixsite.com",
    "wix.com",
    "squarespace.com",
    "weebly.com",
    "github.com",
    "github.io",
    "gitlab.com",
    "mastodon.social",
    "t.me",
    "wa.me",
    "bit.ly",
];

/// At most this many contacts may share a domain for it to say anything:
/// more are members of one umbrella, not one organization written twice.
const SHARED_DOMAIN: usize = 3;

fn domain_of_email(email: &str) -> Option<String> {
    let domain = email.rsplit_once('@')?.1.trim().to_lowercase();
    (!domain.is_empty() && !MAIL_PROVIDERS.contains(&domain.as_str())).then_some(domain)
}

fn domain_of_website(site: &str) -> Option<String> {
    let s = site.trim().to_lowercase();
    let s = s.split_once("://").map_or(s.as_str(), |(_, rest)| rest);
    let host = s
        .split(['/', '?', '#', ':'])
        .next()?
        .trim_start_matches("www.");
    (host.contains('.') && !host.is_empty() && !SHARED_SITES.contains(&host))
        .then(|| host.to_string())
}

struct Candidate {
    row: ContactRow,
    key: String,
    acronym: String,
    initials: Vec<String>,
    email: String,
    domains: Vec<String>,
    first_word: String,
}

fn candidates(conn: &Connection, kind: ContactKind) -> Result<Vec<Candidate>> {
    let sql = match kind {
        ContactKind::Organization => {
            "SELECT id, name, short_name, country, city, sector, email, website, name_key
               FROM organizations WHERE deleted_at IS NULL"
        }
        ContactKind::Person => {
            "SELECT id, full_name, '', country, '', '', email, '', name_key
               FROM people WHERE deleted_at IS NULL"
        }
    };
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
            r.get::<_, String>(8)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, short_name, country, city, sector, email, website, stored_key) = row?;
        let key = if stored_key.is_empty() {
            name_key(&name)
        } else {
            stored_key
        };
        let mut domains = Vec::new();
        if kind == ContactKind::Organization {
            domains.extend(domain_of_email(&email));
            domains.extend(domain_of_website(&website));
            domains.dedup();
        }
        out.push(Candidate {
            first_word: key.split(' ').next().unwrap_or_default().to_string(),
            acronym: fold(&short_name).replace(' ', ""),
            initials: if kind == ContactKind::Organization {
                initials(&name)
            } else {
                Vec::new()
            },
            email: email.trim().to_lowercase(),
            domains,
            key,
            row: ContactRow {
                id,
                kind,
                name,
                short_name,
                country,
                city,
                sector,
                email,
                organization_name: None,
                tags: Vec::new(),
                deleted_at: None,
            },
        });
    }
    Ok(out)
}

/// Groups of candidate indexes sharing a value; groups larger than `cap`
/// are too common to be evidence (a city-wide domain) and are skipped.
fn groups<'a>(
    items: impl Iterator<Item = (&'a str, usize)>,
    cap: usize,
) -> impl Iterator<Item = (String, Vec<usize>)> {
    let mut map: HashMap<&str, Vec<usize>> = HashMap::new();
    for (value, i) in items {
        if !value.is_empty() {
            map.entry(value).or_default().push(i);
        }
    }
    map.into_iter()
        .filter(move |(_, v)| v.len() > 1 && v.len() <= cap)
        .map(|(k, v)| (k.to_string(), v))
}

/// The most likely duplicates first, at most `limit` pairs.
pub fn find(conn: &Connection, limit: usize) -> Result<Vec<DuplicatePair>> {
    let mut pairs: Vec<DuplicatePair> = Vec::new();
    for kind in [ContactKind::Organization, ContactKind::Person] {
        let c = candidates(conn, kind)?;
        let mut evidence: BTreeMap<(usize, usize), Vec<Evidence>> = BTreeMap::new();
        let mut note = |i: usize, j: usize, e: Evidence| {
            let key = if i < j { (i, j) } else { (j, i) };
            let list = evidence.entry(key).or_default();
            if !list
                .iter()
                .any(|x| std::mem::discriminant(x) == std::mem::discriminant(&e))
            {
                list.push(e);
            }
        };
        for (_, members) in groups(c.iter().enumerate().map(|(i, x)| (x.key.as_str(), i)), 50) {
            for (n, &i) in members.iter().enumerate() {
                for &j in &members[n + 1..] {
                    note(i, j, Evidence::SameName);
                }
            }
        }
        for (email, members) in groups(c.iter().enumerate().map(|(i, x)| (x.email.as_str(), i)), 50)
        {
            for (n, &i) in members.iter().enumerate() {
                for &j in &members[n + 1..] {
                    note(
                        i,
                        j,
                        Evidence::SameEmail {
                            email: email.clone(),
                        },
                    );
                }
            }
        }
        let domains = c
            .iter()
            .enumerate()
            .flat_map(|(i, x)| x.domains.iter().map(move |d| (d.as_str(), i)));
        for (domain, members) in groups(domains, SHARED_DOMAIN) {
            for (n, &i) in members.iter().enumerate() {
                for &j in &members[n + 1..] {
                    note(
                        i,
                        j,
                        Evidence::SameDomain {
                            domain: domain.clone(),
                        },
                    );
                }
            }
        }
        if kind == ContactKind::Organization {
            // An acronym typed as a name or in the acronym field, against the
            // initials of every longer name.
            let mut by_initials: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, x) in c.iter().enumerate() {
                for ini in &x.initials {
                    by_initials.entry(ini.as_str()).or_default().push(i);
                }
            }
            for (i, x) in c.iter().enumerate() {
                let as_name = if x.key.contains(' ') {
                    ""
                } else {
                    x.key.as_str()
                };
                for (acronym, typed_as_name) in [(x.acronym.as_str(), false), (as_name, true)] {
                    if acronym.chars().count() < 2 {
                        continue;
                    }
                    if let Some(js) = by_initials.get(acronym).filter(|js| js.len() <= 20) {
                        for &j in js {
                            // Two records with the same acronym field may be
                            // two organizations; a record named only by the
                            // acronym another carries is that one ("MFA" and
                            // "Migrant Forum in Asia (MFA)").
                            if j != i && (typed_as_name || c[j].acronym != acronym) {
                                note(
                                    i,
                                    j,
                                    Evidence::Acronym {
                                        acronym: acronym.to_uppercase(),
                                    },
                                );
                            }
                        }
                    }
                }
            }
        }
        // Similar names: compared only within the same first word, so the
        // work stays near-linear at 100,000 contacts.
        for (_, members) in groups(
            c.iter()
                .enumerate()
                .map(|(i, x)| (x.first_word.as_str(), i)),
            200,
        ) {
            for (n, &i) in members.iter().enumerate() {
                for &j in &members[n + 1..] {
                    if c[i].key == c[j].key {
                        continue;
                    }
                    let score = strsim::jaro_winkler(&c[i].key, &c[j].key);
                    if score >= 0.92 {
                        note(
                            i,
                            j,
                            Evidence::SimilarName {
                                score: (score * 1000.0).round() / 1000.0,
                            },
                        );
                    }
                }
            }
        }
        for ((i, j), ev) in evidence {
            let best = ev.iter().map(Evidence::weight).fold(0.0_f64, f64::max);
            let score = (best + 0.05 * (ev.len() as f64 - 1.0)).min(1.0);
            pairs.push(DuplicatePair {
                a: c[i].row.clone(),
                b: c[j].row.clone(),
                score: (score * 1000.0).round() / 1000.0,
                evidence: ev,
            });
        }
    }
    let dismissed = dismissed_pairs(conn)?;
    pairs.retain(|p| !dismissed.contains(&ordered(&p.a.id, &p.b.id)));
    pairs.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.a.name.cmp(&y.a.name))
    });
    pairs.truncate(limit);
    Ok(pairs)
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a < b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

fn dismissed_pairs(conn: &Connection) -> Result<std::collections::HashSet<(String, String)>> {
    Ok(conn
        .prepare("SELECT first_id, second_id FROM not_duplicates WHERE deleted_at IS NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The organizer says two contacts are not one: the finder stops offering
/// the pair. Saying it again changes nothing.
pub fn dismiss(conn: &Connection, a: &str, b: &str) -> Result<()> {
    if a == b {
        return Err(merge_error(
            "a contact is always itself; choose two contacts",
        ));
    }
    for id in [a, b] {
        crate::contacts::kind_of(conn, id)?;
    }
    let (first, second) = ordered(a, b);
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO not_duplicates (id, first_id, second_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (first_id, second_id) DO UPDATE SET deleted_at = NULL, updated_at = ?4",
        rusqlite::params![new_id(), first, second, at],
    )?;
    Ok(())
}

/// Takes back a "not a duplicate": the pair is offered again.
pub fn undismiss(conn: &Connection, a: &str, b: &str) -> Result<()> {
    let (first, second) = ordered(a, b);
    let at = now(conn)?;
    conn.execute(
        "UPDATE not_duplicates SET deleted_at = ?3, updated_at = ?3
          WHERE first_id = ?1 AND second_id = ?2 AND deleted_at IS NULL",
        rusqlite::params![first, second, at],
    )?;
    Ok(())
}

/// Stored contacts of a kind that a name typed for a new one may already
/// be: the same name once case, accents and punctuation are set aside, or
/// a close one that no word tells apart. Asked before adding a contact by
/// hand.
pub fn similar_to(conn: &Connection, kind: ContactKind, name: &str) -> Result<Vec<ContactRow>> {
    let key = crate::text::names::name_key(name);
    if key.chars().count() < 3 {
        return Ok(Vec::new());
    }
    // The first letters of the first word find the stored ones a typo
    // away ("Kalayan" finds "Kalayaan").
    let first: String = key
        .split(' ')
        .next()
        .unwrap_or("")
        .chars()
        .take(3)
        .collect();
    let mut found = Vec::new();
    for row in crate::contacts::search(conn, &first, 200)? {
        if row.kind != kind {
            continue;
        }
        let other = crate::text::names::name_key(&row.name);
        let acronym = crate::text::names::fold(&row.short_name).replace(' ', "");
        let same_acronym = !acronym.is_empty() && acronym == key.replace(' ', "");
        if other == key
            || same_acronym
            || (strsim::jaro_winkler(&key, &other) >= 0.88
                && crate::text::similar::worth_suggesting(&key, &other))
        {
            found.push(row);
        }
        if found.len() == 5 {
            break;
        }
    }
    Ok(found)
}

// Merging -----------------------------------------------------------------

/// One merge as the history shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeRecord {
    pub id: String,
    pub kind: ContactKind,
    pub kept_id: String,
    pub merged_ids: Vec<String>,
    /// Endorsements, invitations and people moved onto the kept record.
    pub moved_links: u32,
    /// Endorsements of a statement that the kept record had signed too: one
    /// endorsement is kept (the kept record's), the merged record's is
    /// moved to the trash and logged as merged into it; undo brings it back.
    pub merged_endorsements: u32,
    /// Links left on a merged record because the kept one already had the
    /// same (an invitation to the same statement): they stay with it in the
    /// trash and come back on undo.
    pub kept_apart: u32,
    pub created_at: String,
    pub undone_at: Option<String>,
}

/// The kept record's fields after the merge, chosen field by field in the
/// window. Left out: the kept record's own fields, blanks filled from the
/// merged ones in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MergeFields {
    Organization(OrganizationInput),
    Person(PersonInput),
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct UndoDetail {
    before: serde_json::Value,
    /// (table, column, row id, merged record it came from) of every link that moved.
    moved: Vec<(String, String, String, String)>,
    /// Endorsements put in the trash as merged into the kept record's own.
    #[serde(default)]
    merged_endorsements: Vec<String>,
    kept_apart: u32,
    /// Tag link rows added to the kept record.
    tag_links: Vec<String>,
}

fn fill(into: &mut String, from: &str) {
    if into.trim().is_empty() && !from.trim().is_empty() {
        *into = from.to_string();
    }
}

fn organization_input(o: &Organization) -> OrganizationInput {
    OrganizationInput {
        name: o.name.clone(),
        short_name: o.short_name.clone(),
        country: o.country.clone().unwrap_or_default(),
        city: o.city.clone(),
        sector: o.sector.clone(),
        website: o.website.clone(),
        email: o.email.clone(),
        phone: o.phone.clone(),
        notes: o.notes.clone(),
        tags: o.tags.clone(),
    }
}

fn person_input(p: &Person) -> PersonInput {
    PersonInput {
        full_name: p.full_name.clone(),
        organization_id: p.organization_id.clone(),
        role: p.role.clone(),
        email: p.email.clone(),
        phone: p.phone.clone(),
        country: p.country.clone().unwrap_or_default(),
        notes: p.notes.clone(),
        tags: p.tags.clone(),
        consent_contact: p.consent_contact,
        consent_publish: p.consent_publish,
    }
}

/// Links that point at a contact: (table, column, unique-per-statement).
fn links(kind: ContactKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        ContactKind::Organization => &[
            ("endorsements", "organization_id"),
            ("invitations", "organization_id"),
            ("people", "organization_id"),
        ],
        ContactKind::Person => &[("endorsements", "person_id"), ("invitations", "person_id")],
    }
}

fn merge_error(reason: impl Into<String>) -> ContactError {
    ContactError::Merge {
        reason: reason.into(),
    }
}

/// A merge as the window and the CLI make it: a backup of the file first,
/// then [`merge`] in one transaction. Without a backup nothing is merged.
pub fn merge_backed_up(
    store: &mut Store,
    keep: &str,
    others: &[String],
    fields: Option<&MergeFields>,
) -> Result<MergeRecord> {
    backup::before_change(store).map_err(|source| ContactError::NoBackup {
        what: "merge",
        source,
    })?;
    store.with_tx(|tx| merge(tx, keep, others, fields))
}

/// Merges `others` into `keep`. Run it inside a transaction (the caller's):
/// it writes several tables.
pub fn merge(
    conn: &Connection,
    keep: &str,
    others: &[String],
    fields: Option<&MergeFields>,
) -> Result<MergeRecord> {
    let kind = contacts::kind_of(conn, keep)?;
    let mut seen = HashSet::new();
    if others.is_empty() {
        return Err(merge_error(
            "choose at least one other record to merge into the kept one",
        ));
    }
    for other in others {
        if other == keep || !seen.insert(other.clone()) {
            return Err(merge_error(
                "a record cannot be merged into itself; choose two different records",
            ));
        }
        if contacts::kind_of(conn, other)? != kind {
            return Err(merge_error(
                "an organization and a person cannot be merged; merge organizations with organizations and people with people",
            ));
        }
    }
    let at = now(conn)?;
    let mut detail = UndoDetail::default();
    let tag_table = (kind.tag_table(), kind.key_column());

    // The kept record's fields.
    match kind {
        ContactKind::Organization => {
            let kept = contacts::organization(conn, keep)?;
            if kept.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "organization",
                    id: keep.into(),
                });
            }
            detail.before = serde_json::to_value(organization_input(&kept)).unwrap_or_default();
            let mut input = match fields {
                Some(MergeFields::Organization(f)) => f.clone(),
                Some(MergeFields::Person(_)) => {
                    return Err(merge_error(
                        "the chosen fields are a person's, the records organizations'",
                    ));
                }
                None => organization_input(&kept),
            };
            for other in others {
                let o = contacts::organization(conn, other)?;
                if o.deleted_at.is_some() {
                    return Err(ContactError::InTrash {
                        kind: "organization",
                        id: other.clone(),
                    });
                }
                if fields.is_none() {
                    fill(&mut input.short_name, &o.short_name);
                    fill(&mut input.country, o.country.as_deref().unwrap_or_default());
                    fill(&mut input.city, &o.city);
                    fill(&mut input.sector, &o.sector);
                    fill(&mut input.website, &o.website);
                    fill(&mut input.email, &o.email);
                    fill(&mut input.phone, &o.phone);
                    fill(&mut input.notes, &o.notes);
                }
                input.tags.extend(o.tags.iter().cloned());
            }
            let mut tags = input.tags.clone();
            tags.extend(kept.tags.iter().cloned());
            input.tags = tags;
            contacts::update_organization(conn, keep, &input)?;
        }
        ContactKind::Person => {
            let kept = contacts::person(conn, keep)?;
            if kept.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "person",
                    id: keep.into(),
                });
            }
            detail.before = serde_json::to_value(person_input(&kept)).unwrap_or_default();
            let mut input = match fields {
                Some(MergeFields::Person(f)) => f.clone(),
                Some(MergeFields::Organization(_)) => {
                    return Err(merge_error(
                        "the chosen fields are an organization's, the records people's",
                    ));
                }
                None => person_input(&kept),
            };
            for other in others {
                let p = contacts::person(conn, other)?;
                if p.deleted_at.is_some() {
                    return Err(ContactError::InTrash {
                        kind: "person",
                        id: other.clone(),
                    });
                }
                if fields.is_none() {
                    if input.organization_id.is_none() {
                        input.organization_id = p.organization_id.clone();
                    }
                    fill(&mut input.role, &p.role);
                    fill(&mut input.email, &p.email);
                    fill(&mut input.phone, &p.phone);
                    fill(&mut input.country, p.country.as_deref().unwrap_or_default());
                    fill(&mut input.notes, &p.notes);
                }
                input.tags.extend(p.tags.iter().cloned());
            }
            let mut tags = input.tags.clone();
            tags.extend(kept.tags.iter().cloned());
            input.tags = tags;
            contacts::update_person(conn, keep, &input)?;
        }
    }
    // Tag links that the update added (the merged records' tags).
    let before_tags: Vec<String> = detail.before["tags"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default();
    let mut stmt = conn.prepare(&format!(
        "SELECT x.id, t.name FROM {} x JOIN tags t ON t.id = x.tag_id WHERE x.{} = ?1",
        tag_table.0, tag_table.1
    ))?;
    for row in stmt.query_map([keep], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        let (link, name) = row?;
        if !before_tags.contains(&name.to_lowercase()) {
            detail.tag_links.push(link);
        }
    }

    // Links: moved one by one, so that one that would clash with the kept
    // record's own (the same statement endorsed twice) stays where it is.
    for other in others {
        for (table, column) in links(kind) {
            let ids: Vec<String> = conn
                .prepare(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?
                .query_map([other], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in ids {
                let moved = conn.execute(
                    &format!(
                        "UPDATE OR IGNORE {table} SET {column} = ?2, updated_at = ?3 WHERE id = ?1"
                    ),
                    (&id, keep, &at),
                )?;
                if moved > 0 {
                    detail
                        .moved
                        .push((table.to_string(), column.to_string(), id, other.clone()));
                } else if *table == "endorsements" {
                    merge_endorsement(conn, &id, column, keep, &at)?;
                    detail.merged_endorsements.push(id);
                } else {
                    detail.kept_apart += 1;
                }
            }
        }
        conn.execute(
            &format!(
                "UPDATE {} SET merged_into = ?2, deleted_at = ?3, updated_at = ?3 WHERE id = ?1",
                kind.table()
            ),
            (other, keep, &at),
        )?;
        contacts::unindex(conn, kind, other)?;
    }
    let id = new_id();
    let merged_json = serde_json::to_string(others).unwrap_or_else(|_| "[]".into());
    let detail_json = serde_json::to_string(&detail).unwrap_or_else(|_| "{}".into());
    conn.execute(
        "INSERT INTO contact_merges (id, kind, kept_id, merged_ids, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        (&id, kind.as_str(), keep, &merged_json, &detail_json, &at),
    )?;
    merge_record(conn, &id)
}

/// Two records that both endorsed one statement become one record with one
/// endorsement: the merged record's endorsement goes to the trash, logged as
/// merged into the kept record's (which it names), so the statement lists the
/// organization once and the history says why.
fn merge_endorsement(
    conn: &Connection,
    endorsement: &str,
    column: &str,
    keep: &str,
    at: &str,
) -> Result<()> {
    let kept: Option<String> = conn
        .query_row(
            &format!(
                "SELECT k.id FROM endorsements k JOIN endorsements e ON e.statement_id = k.statement_id
                  WHERE e.id = ?1 AND k.{column} = ?2 AND k.deleted_at IS NULL"
            ),
            (endorsement, keep),
            |r| r.get(0),
        )
        .optional()?;
    conn.execute(
        "UPDATE endorsements SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        (endorsement, at),
    )?;
    log_endorsement(
        conn,
        endorsement,
        "merged",
        &serde_json::json!({ "into": kept, "contact": keep }),
        at,
    )
}

fn log_endorsement(
    conn: &Connection,
    endorsement: &str,
    event: &str,
    detail: &serde_json::Value,
    at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO endorsement_events (id, endorsement_id, event, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        (new_id(), endorsement, event, detail.to_string(), at),
    )?;
    Ok(())
}

/// One merge, by id.
pub fn merge_record(conn: &Connection, id: &str) -> Result<MergeRecord> {
    let row = conn
        .query_row(
            "SELECT kind, kept_id, merged_ids, detail, created_at, undone_at
               FROM contact_merges WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "merge",
            id: id.to_string(),
        })?;
    let (kind, kept_id, merged, detail, created_at, undone_at) = row;
    let detail: UndoDetail = serde_json::from_str(&detail).unwrap_or_default();
    Ok(MergeRecord {
        id: id.to_string(),
        kind: if kind == "person" {
            ContactKind::Person
        } else {
            ContactKind::Organization
        },
        kept_id,
        merged_ids: serde_json::from_str(&merged).unwrap_or_default(),
        moved_links: detail.moved.len() as u32,
        merged_endorsements: detail.merged_endorsements.len() as u32,
        kept_apart: detail.kept_apart,
        created_at,
        undone_at,
    })
}

/// The merges into a contact, newest first.
pub fn merges_into(conn: &Connection, kept_id: &str) -> Result<Vec<MergeRecord>> {
    let ids: Vec<String> = conn
        .prepare(
            "SELECT id FROM contact_merges WHERE kept_id = ?1 ORDER BY created_at DESC, id DESC",
        )?
        .query_map([kept_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.iter().map(|id| merge_record(conn, id)).collect()
}

/// Undoes a merge: the kept record gets its fields and tags back, the
/// links return to the records they came from, and the merged records come
/// back from the trash. Run it inside a transaction.
pub fn undo_merge(conn: &Connection, merge_id: &str) -> Result<MergeRecord> {
    let record = merge_record(conn, merge_id)?;
    if record.undone_at.is_some() {
        return Err(merge_error("this merge was already undone"));
    }
    let detail: UndoDetail = conn
        .query_row(
            "SELECT detail FROM contact_merges WHERE id = ?1",
            [merge_id],
            |r| r.get::<_, String>(0),
        )
        .map(|d| serde_json::from_str(&d).unwrap_or_default())?;
    let table = record.kind.table();
    for merged in &record.merged_ids {
        let still: Option<String> = conn
            .query_row(
                &format!("SELECT merged_into FROM {table} WHERE id = ?1"),
                [merged],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if still.as_deref() != Some(record.kept_id.as_str()) {
            return Err(merge_error(
                "a merged record was restored, purged or merged again since; this merge can no longer be undone",
            ));
        }
    }
    let at = now(conn)?;
    for (t, c, id, from) in &detail.moved {
        conn.execute(
            &format!("UPDATE {t} SET {c} = ?2, updated_at = ?3 WHERE id = ?1"),
            (id, from, &at),
        )?;
    }
    for endorsement in &detail.merged_endorsements {
        conn.execute(
            "UPDATE endorsements SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            (endorsement, &at),
        )?;
        log_endorsement(
            conn,
            endorsement,
            "restored",
            &serde_json::json!({ "merge_undone": merge_id }),
            &at,
        )?;
    }
    let tag_table = record.kind.tag_table();
    for link in &detail.tag_links {
        conn.execute(&format!("DELETE FROM {tag_table} WHERE id = ?1"), [link])?;
    }
    match record.kind {
        ContactKind::Organization => {
            let mut before: OrganizationInput =
                serde_json::from_value(detail.before.clone()).unwrap_or_default();
            before.tags = contacts::organization(conn, &record.kept_id)?.tags;
            contacts::update_organization(conn, &record.kept_id, &before)?;
        }
        ContactKind::Person => {
            let mut before: PersonInput =
                serde_json::from_value(detail.before.clone()).unwrap_or_default();
            before.tags = contacts::person(conn, &record.kept_id)?.tags;
            contacts::update_person(conn, &record.kept_id, &before)?;
        }
    }
    for merged in &record.merged_ids {
        conn.execute(
            &format!("UPDATE {table} SET merged_into = NULL, deleted_at = NULL, updated_at = ?2 WHERE id = ?1"),
            (merged, &at),
        )?;
        contacts::reindex(conn, record.kind, merged)?;
    }
    conn.execute(
        "UPDATE contact_merges SET undone_at = ?2, updated_at = ?2 WHERE id = ?1",
        (merge_id, &at),
    )?;
    merge_record(conn, merge_id)
}
