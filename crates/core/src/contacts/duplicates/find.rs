//! Finding likely duplicates: the same e-mail domain, website, name key or
//! acronym, with the evidence for each pair.

use super::*;

/// Domains of mail providers: two people at gmail.com are not one organization.
pub(super) const MAIL_PROVIDERS: &[&str] = &[
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
pub(super) const SHARED_SITES: &[&str] = &[
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
pub(super) const SHARED_DOMAIN: usize = 3;

pub(super) fn domain_of_email(email: &str) -> Option<String> {
    let domain = email.rsplit_once('@')?.1.trim().to_lowercase();
    (!domain.is_empty() && !MAIL_PROVIDERS.contains(&domain.as_str())).then_some(domain)
}

pub(super) fn domain_of_website(site: &str) -> Option<String> {
    let s = site.trim().to_lowercase();
    let s = s.split_once("://").map_or(s.as_str(), |(_, rest)| rest);
    let host = s
        .split(['/', '?', '#', ':'])
        .next()?
        .trim_start_matches("www.");
    (host.contains('.') && !host.is_empty() && !SHARED_SITES.contains(&host))
        .then(|| host.to_string())
}

pub(super) struct Candidate {
    pub(super) row: ContactRow,
    pub(super) key: String,
    pub(super) acronym: String,
    pub(super) initials: Vec<String>,
    pub(super) email: String,
    pub(super) domains: Vec<String>,
    pub(super) first_word: String,
}

pub(super) fn candidates(conn: &Connection, kind: ContactKind) -> Result<Vec<Candidate>> {
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
pub(super) fn groups<'a>(
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
