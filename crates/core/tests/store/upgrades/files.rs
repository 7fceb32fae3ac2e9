//! The same rows two ways: in a file of an earlier schema, as a build of
//! that time left it, and entered into a new file today through the
//! actions the window and the command line use.
//!
//! The old file is built here, not committed: the migration files up to
//! version N run on an empty file the way the builds of that time ran them
//! (no checksums yet), then the rows go in with plain SQL of that schema.
//! What SQL cannot compute stays as those builds' upgrades left it: empty
//! name keys, no search entries, no country codes; plus stale search
//! entries where the schema had a search index.

use std::path::Path;

use rusqlite::{Connection, params};
use undersigned_core::contacts::{OrganizationInput, PersonInput};
use undersigned_core::countries;
use undersigned_core::signons::invitations::{self, Audience, InvitationStatus};
use undersigned_core::signons::{EndorsementStatus, NewEndorsement, Visibility};
use undersigned_core::statements::NewStatement;
use undersigned_core::text::names;
use undersigned_core::{Store, actions};

const T: &str = "2026-03-01T10:00:00.000Z";
const HASH: &str = "5d41402abc4b2a76b9719d911017c592ae2fa8d1e41a1e1c1f1d6e6b7c8a9b0c";
const TITLE: &str = "Stop the deportations";

struct Org {
    id: &'static str,
    name: &'static str,
    short: &'static str,
    country: &'static str,
    city: &'static str,
    tags: &'static [&'static str],
    trashed: bool,
}

struct Person {
    id: &'static str,
    name: &'static str,
    organization: Option<&'static str>,
    role: &'static str,
    country: &'static str,
}

struct SignOn {
    id: &'static str,
    /// An organization's or a person's id above.
    contact: &'static str,
    affiliation: &'static str,
    country: &'static str,
    confirmed: bool,
    counted_only: bool,
}

/// Accents, scripts without spaces, Cyrillic, Arabic, Devanagari, acronyms, a leading
/// article and a legal form, lower and upper case. Organizations that sign
/// have no city: the first schema printed none.
#[rustfmt::skip]
const ORGS: &[Org] = &[
    Org { id: "o01", name: "Asociación Pro Derechos, A.C.", short: "APD", country: "MX", city: "", tags: &["members"], trashed: false },
    Org { id: "o02", name: "The Mission for Migrant Workers Ltd.", short: "MFMW", country: "HK", city: "Hong Kong", tags: &["members", "Asia-Pacific"], trashed: false },
    Org { id: "o03", name: "香港移民工人联合会", short: "", country: "HK", city: "", tags: &["Asia-Pacific"], trashed: false },
    Org { id: "o04", name: "Österreichische Hilfe", short: "", country: "AT", city: "Wien", tags: &[], trashed: false },
    Org { id: "o05", name: "Éducation Sans Frontières", short: "ESF", country: "FR", city: "", tags: &["members"], trashed: false },
    Org { id: "o06", name: "Education Fund", short: "", country: "US", city: "", tags: &[], trashed: false },
    Org { id: "o07", name: "ecology now", short: "", country: "GB", city: "London", tags: &[], trashed: false },
    Org { id: "o08", name: "Бюро по правам мигрантов", short: "", country: "KG", city: "Бишкек", tags: &[], trashed: false },
    Org { id: "o09", name: "المركز العربي للهجرة", short: "", country: "JO", city: "", tags: &[], trashed: false },
    Org { id: "o10", name: "Old Name Collective", short: "ONC", country: "DE", city: "", tags: &["members"], trashed: true },
    Org { id: "o11", name: "KALAYAAN", short: "", country: "GB", city: "", tags: &[], trashed: false },
    Org { id: "o12", name: "Ökumenischer Rat", short: "", country: "DE", city: "", tags: &[], trashed: false },
    Org { id: "o13", name: "किसान मज़दूर संगठन", short: "", country: "IN", city: "", tags: &[], trashed: false },
];

#[rustfmt::skip]
const PEOPLE: &[Person] = &[
    Person { id: "p1", name: "José Álvarez", organization: Some("o01"), role: "Coordinator", country: "MX" },
    Person { id: "p2", name: "Nguyễn Thị Minh", organization: Some("o02"), role: "Organizer", country: "VN" },
    Person { id: "p3", name: "Zoë O’Brien", organization: None, role: "", country: "IE" },
    Person { id: "p4", name: "山田 花子", organization: None, role: "", country: "JP" },
    Person { id: "p5", name: "Ángel Ruiz", organization: None, role: "", country: "ES" },
];

#[rustfmt::skip]
const SIGN_ONS: &[SignOn] = &[
    SignOn { id: "e1", contact: "o01", affiliation: "", country: "MX", confirmed: true, counted_only: false },
    SignOn { id: "e2", contact: "o03", affiliation: "", country: "HK", confirmed: true, counted_only: false },
    SignOn { id: "e3", contact: "o05", affiliation: "", country: "FR", confirmed: true, counted_only: false },
    SignOn { id: "e4", contact: "o06", affiliation: "", country: "US", confirmed: false, counted_only: false },
    SignOn { id: "e5", contact: "o12", affiliation: "", country: "DE", confirmed: true, counted_only: false },
    SignOn { id: "e6", contact: "p1", affiliation: "Coordinator, Asociación Pro Derechos", country: "MX", confirmed: true, counted_only: false },
    SignOn { id: "e7", contact: "p3", affiliation: "", country: "IE", confirmed: true, counted_only: false },
    SignOn { id: "e8", contact: "p5", affiliation: "", country: "ES", confirmed: true, counted_only: true },
];

/// Whom the statement went to, and how they answered: a confirmed sign-on
/// of an invited contact marks the invitation signed.
const INVITED: &[(&str, &str)] = &[
    ("o01", "signed"),
    ("o02", "invited"),
    ("o04", "declined"),
    ("o05", "signed"),
    ("o07", "invited"),
    ("p3", "signed"),
    ("p4", "invited"),
];

fn country_name(code: &str) -> &'static str {
    countries::by_code(code).expect("a known country").en
}

fn org_of(id: &str) -> Option<&'static Org> {
    ORGS.iter().find(|o| o.id == id)
}

fn person_of(id: &str) -> Option<&'static Person> {
    PEOPLE.iter().find(|p| p.id == id)
}

// The old file ---------------------------------------------------------------

/// The migration files of this build, in order, as (version, name, SQL).
fn migration_files() -> Vec<(u32, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("migrations folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let stem = p.file_stem().expect("stem").to_string_lossy().to_string();
            let sql = std::fs::read_to_string(p).expect("read migration");
            (i as u32 + 1, stem, sql)
        })
        .collect()
}

/// An Undersigned file at schema `version`, as a build of that time made it.
pub(super) fn old_file(path: &Path, version: u32) {
    let conn = Connection::open(path).expect("create");
    conn.pragma_update(None, "application_id", 0x554E_4453)
        .expect("application id");
    conn.pragma_update(None, "foreign_keys", "OFF").expect("fk");
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE schema_migrations (
             version     INTEGER PRIMARY KEY NOT NULL,
             name        TEXT NOT NULL,
             applied_at  TEXT NOT NULL
         );",
    )
    .expect("version table");
    for (n, name, sql) in migration_files().into_iter().take(version as usize) {
        conn.execute_batch(&sql)
            .unwrap_or_else(|e| panic!("step {n}: {e}"));
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)",
            params![n, name, T],
        )
        .expect("record step");
    }
    conn.pragma_update(None, "user_version", version)
        .expect("user version");
    conn.execute_batch("COMMIT;").expect("commit schema");
    conn.pragma_update(None, "foreign_keys", "ON").expect("fk");
    conn.execute_batch("BEGIN;").expect("begin");
    old_rows(&conn, version);
    conn.execute_batch("COMMIT;").expect("commit rows");
}

/// The rows, in the columns every schema has, plus what differs by version.
fn old_rows(c: &Connection, version: u32) {
    c.execute(
        "INSERT INTO statements (id, title, created_at, updated_at) VALUES ('s1', ?1, ?2, ?2)",
        params![TITLE, T],
    )
    .expect("statement");
    if version == 1 {
        c.execute(
            "INSERT INTO statement_revisions (id, statement_id, number, title, body, content_hash, created_at, updated_at)
             VALUES ('r1', 's1', 1, ?1, '', ?2, ?3, ?3)",
            params![TITLE, HASH, T],
        )
    } else {
        c.execute(
            "INSERT INTO statement_revisions (id, statement_id, title, language, body, content_hash, created_at, updated_at)
             VALUES ('r1', 's1', ?1, 'en', '', ?2, ?3, ?3)",
            params![TITLE, HASH, T],
        )
    }
    .expect("revision");
    let mut tags: Vec<&str> = Vec::new();
    for o in ORGS {
        c.execute(
            "INSERT INTO organizations (id, name, short_name, country, city, sector, email,
                                        created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'migrant rights', '', ?6, ?6, ?7)",
            params![
                o.id,
                o.name,
                o.short,
                o.country,
                o.city,
                T,
                o.trashed.then_some(T)
            ],
        )
        .expect("organization");
        for tag in o.tags {
            if !tags.contains(tag) {
                tags.push(tag);
                c.execute(
                    "INSERT INTO tags (id, name, created_at, updated_at) VALUES (?1, ?1, ?2, ?2)",
                    params![tag, T],
                )
                .expect("tag");
            }
            c.execute(
                "INSERT INTO organization_tags (id, organization_id, tag_id, created_at, updated_at)
                 VALUES (?1 || '/' || ?2, ?1, ?2, ?3, ?3)",
                params![o.id, tag, T],
            )
            .expect("tag link");
        }
    }
    for p in PEOPLE {
        c.execute(
            "INSERT INTO people (id, full_name, organization_id, role, country, consent_publish,
                                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)",
            params![p.id, p.name, p.organization, p.role, p.country, T],
        )
        .expect("person");
    }
    let counted_only = if version == 1 {
        "anonymous"
    } else {
        "counted_only"
    };
    for s in SIGN_ONS {
        let (kind, name, organization, person) = match (org_of(s.contact), person_of(s.contact)) {
            (Some(o), _) => ("organization", o.name, Some(o.id), None),
            (None, Some(p)) => ("individual", p.name, p.organization, Some(p.id)),
            (None, None) => panic!("no contact {}", s.contact),
        };
        c.execute(
            "INSERT INTO endorsements (id, statement_id, kind, organization_id, person_id, printed_name,
                                       printed_affiliation, printed_country, visibility, status,
                                       revision_id, created_at, updated_at)
             VALUES (?1, 's1', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'r1', ?10, ?10)",
            params![
                s.id,
                kind,
                organization,
                person,
                name,
                s.affiliation,
                country_name(s.country),
                if s.counted_only { counted_only } else { "public" },
                if s.confirmed { "confirmed" } else { "pending" },
                T
            ],
        )
        .expect("endorsement");
    }
    for (contact, status) in INVITED {
        let (organization, person) = match org_of(contact) {
            Some(o) => (Some(o.id), None),
            None => (None, Some(*contact)),
        };
        c.execute(
            "INSERT INTO invitations (id, statement_id, organization_id, person_id, status, invited_on,
                                      created_at, updated_at)
             VALUES ('i-' || ?1, 's1', ?2, ?3, ?4, '2026-03-01', ?5, ?5)",
            params![contact, organization, person, status, T],
        )
        .expect("invitation");
    }
    if version >= 2 {
        // Search entries an older build left behind: a contact since moved
        // to the trash, and a name since corrected.
        c.execute_batch(
            "INSERT INTO contact_search (rowid, name)
                 SELECT rowid, 'Old Name Collective' FROM contact_search_keys WHERE organization_id = 'o10';
             INSERT INTO contact_search (rowid, name)
                 SELECT rowid, 'Oesterreichisches Hilfswerk' FROM contact_search_keys WHERE organization_id = 'o04';",
        )
        .expect("stale search entries");
    }
    if version >= 7 {
        derived_as_step_7_left_them(c);
    }
    if version >= 8 {
        words_as_step_8_left_them(c);
    }
}

/// From step 8 on, a contact's words entry holds all it is found by: name,
/// acronym or role, e-mail and website, city, its country's code and names,
/// and its tags.
fn words_as_step_8_left_them(c: &Connection) {
    let rows = c
        .prepare(
            "SELECT k.rowid, o.name, o.short_name, o.email || ' ' || o.website, o.city, o.country,
                    (SELECT group_concat(name, ' ') FROM (SELECT t.name FROM organization_tags x
                       JOIN tags t ON t.id = x.tag_id WHERE x.organization_id = o.id ORDER BY t.name))
               FROM organizations o JOIN contact_search_keys k ON k.organization_id = o.id
              WHERE o.deleted_at IS NULL
             UNION ALL
             SELECT k.rowid, p.full_name, p.role, p.email, '', p.country,
                    (SELECT group_concat(name, ' ') FROM (SELECT t.name FROM person_tags x
                       JOIN tags t ON t.id = x.tag_id WHERE x.person_id = p.id ORDER BY t.name))
               FROM people p JOIN contact_search_keys k ON k.person_id = p.id
              WHERE p.deleted_at IS NULL",
        )
        .expect("prepare")
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    c.execute_batch("INSERT INTO contact_search (contact_search) VALUES ('delete-all');")
        .expect("emptied");
    for (rowid, name, short, email, city, country, tags) in rows {
        let country = country
            .as_deref()
            .and_then(countries::by_code)
            .map(|k| format!("{} {} {} {}", k.code, k.en, k.es, k.fr))
            .unwrap_or_default();
        c.execute(
            "INSERT INTO contact_search (rowid, name, short_name, email, city, country, tags)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                rowid,
                name,
                short,
                email,
                city,
                country,
                tags.unwrap_or_default()
            ],
        )
        .expect("words entry");
    }
}

/// From step 7 on, builds computed keys, country codes and search entries
/// as rows were written: a file of that schema holds them, in the index
/// as that schema tokenized it.
fn derived_as_step_7_left_them(c: &Connection) {
    for (table, name) in [("organizations", "name"), ("people", "full_name")] {
        let rows = c
            .prepare(&format!("SELECT id, {name} FROM {table}"))
            .expect("prepare")
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .expect("rows")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows");
        for (id, name) in rows {
            c.execute(
                &format!("UPDATE {table} SET name_key = ?2, sort_key = ?3 WHERE id = ?1"),
                params![id, names::name_key(&name), names::sort_key(&name)],
            )
            .expect("keys");
        }
    }
    let rows = c
        .prepare("SELECT id, printed_name, printed_country FROM endorsements")
        .expect("prepare")
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    for (id, name, country) in rows {
        let code = countries::resolve(&country).ok().map(|c| c.code);
        c.execute(
            "UPDATE endorsements SET sort_key = ?2, country_code = ?3 WHERE id = ?1",
            params![id, names::sort_key(&name), code],
        )
        .expect("endorsement keys");
    }
    c.execute_batch(
        "INSERT INTO contact_search (contact_search) VALUES ('delete-all');
         INSERT INTO contact_search (rowid, name, short_name, city)
             SELECT k.rowid, o.name, o.short_name, o.city
               FROM organizations o JOIN contact_search_keys k ON k.organization_id = o.id
              WHERE o.deleted_at IS NULL;
         INSERT INTO contact_search (rowid, name, short_name)
             SELECT k.rowid, p.full_name, p.role
               FROM people p JOIN contact_search_keys k ON k.person_id = p.id;
         INSERT INTO contact_search_inside (rowid, name, short_name)
             SELECT k.rowid, o.name, o.short_name
               FROM organizations o JOIN contact_search_keys k ON k.organization_id = o.id
              WHERE o.deleted_at IS NULL;
         INSERT INTO contact_search_inside (rowid, name, short_name)
             SELECT k.rowid, p.full_name, p.role
               FROM people p JOIN contact_search_keys k ON k.person_id = p.id;",
    )
    .expect("search entries");
}

// The same data, entered today ----------------------------------------------

pub(super) fn fresh_file(path: &Path) -> Store {
    let mut store = Store::open(path).expect("new file");
    let mut ids = std::collections::HashMap::new();
    for o in ORGS {
        let made = actions::contacts::create_organization(
            &mut store,
            &OrganizationInput {
                name: o.name.into(),
                short_name: o.short.into(),
                country: o.country.into(),
                city: o.city.into(),
                sector: "migrant rights".into(),
                tags: o.tags.iter().map(|t| t.to_string()).collect(),
                ..Default::default()
            },
        )
        .expect("organization");
        ids.insert(o.id, made.id);
    }
    for p in PEOPLE {
        let made = actions::contacts::create_person(
            &mut store,
            &PersonInput {
                full_name: p.name.into(),
                organization_id: p.organization.map(|o| ids[o].clone()),
                role: p.role.into(),
                country: p.country.into(),
                consent_publish: true,
                ..Default::default()
            },
        )
        .expect("person");
        ids.insert(p.id, made.id);
    }
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: TITLE.into(),
            ..Default::default()
        },
    )
    .expect("statement")
    .id;
    actions::outreach::invite(
        &mut store,
        &st,
        &Audience {
            contact_ids: INVITED.iter().map(|(c, _)| ids[c].clone()).collect(),
            ..Default::default()
        },
    )
    .expect("invite");
    for s in SIGN_ONS {
        actions::signons::add(
            &mut store,
            &st,
            &NewEndorsement {
                contact_id: Some(ids[s.contact].clone()),
                affiliation: s.affiliation.into(),
                country: s.country.into(),
                visibility: Some(if s.counted_only {
                    Visibility::CountedOnly
                } else {
                    Visibility::Public
                }),
                status: Some(if s.confirmed {
                    EndorsementStatus::Confirmed
                } else {
                    EndorsementStatus::Pending
                }),
                ..Default::default()
            },
        )
        .expect("sign-on");
    }
    for invitation in invitations::list(store.conn(), &st, None).expect("invitations") {
        // A person's invitation names the person; an organization's, only it.
        let invitee = invitation.person_id.or(invitation.organization_id);
        let declined = INVITED.iter().any(|(contact, status)| {
            *status == "declined" && invitee.as_ref() == Some(&ids[contact])
        });
        if declined {
            actions::outreach::set_status(
                &mut store,
                std::slice::from_ref(&invitation.id),
                InvitationStatus::Declined,
            )
            .expect("decline");
        }
    }
    let trashed: Vec<String> = ORGS
        .iter()
        .filter(|o| o.trashed)
        .map(|o| ids[o.id].clone())
        .collect();
    actions::contacts::delete(&mut store, &trashed).expect("trash");
    store
}
