//! A file of every earlier schema, holding contacts, sign-ons and
//! invitations, upgrades to search and sort exactly as the same data
//! entered into a new file today (see `files` for how both are made).

mod files;

use rusqlite::Connection;
use undersigned_core::Store;
use undersigned_core::contacts::{self, ContactQuery};
use undersigned_core::signons::invitations;
use undersigned_core::signons::{self, EndorsementKind, EndorsementQuery};
use undersigned_core::store::SCHEMA_VERSION;
use undersigned_core::store::backup::{self, BackupReason};

use crate::temp_db;
use files::{fresh_file, old_file};

// What the window shows ------------------------------------------------------

/// Searches as the contacts view makes them: words, prefixes, no accents,
/// inside a name, acronyms, tags, country names, filters, the trash.
fn contact_queries() -> Vec<ContactQuery> {
    let text = |t: &str| ContactQuery {
        text: t.into(),
        ..ContactQuery::default()
    };
    let mut queries: Vec<ContactQuery> = [
        "",
        "asociacion",
        "osterreich",
        "OSTERREICHISCHE hilfe",
        "移民工",
        "香港",
        "mfmw",
        "apd",
        "members",
        "asia",
        "mexico",
        "méxico",
        "jose",
        "alvarez",
        "zoe",
        "nguyen",
        "бюро",
        "мигрантов",
        "المركز",
        "kalayaan",
        "education",
        "ecology",
        "山田",
        "hilfswerk",
        "old name",
        "onc",
        "wien",
        "london",
        // One letter, a word and a letter, a word cut inside a vowel sign.
        "o",
        "asociacion d",
        "किसा",
        "मज़दू",
    ]
    .iter()
    .map(|t| text(t))
    .collect();
    queries.push(ContactQuery {
        tag: Some("members".into()),
        ..ContactQuery::default()
    });
    queries.push(ContactQuery {
        text: "e".into(),
        kind: Some(contacts::ContactKind::Organization),
        ..ContactQuery::default()
    });
    queries.push(ContactQuery {
        country: Some("Hong Kong".into()),
        ..ContactQuery::default()
    });
    queries.push(ContactQuery {
        trash: true,
        ..ContactQuery::default()
    });
    queries
}

/// Everything a search shows, without the ids and times that differ
/// between two files by nature.
fn contact_results(store: &Store) -> Vec<String> {
    contact_queries()
        .iter()
        .map(|q| {
            let page = contacts::list(store.conn(), q).expect("search");
            let rows: Vec<String> = page
                .rows
                .iter()
                .map(|r| {
                    format!(
                        "{:?} {} ({}) {:?} {} {} {:?} {:?} trashed={}",
                        r.kind,
                        r.name,
                        r.short_name,
                        r.country,
                        r.city,
                        r.sector,
                        r.organization_name,
                        r.tags,
                        r.deleted_at.is_some()
                    )
                })
                .collect();
            format!(
                "{:?} {:?} → {} {:?}",
                q.text,
                (q.kind, &q.tag, &q.country, q.trash),
                page.total,
                rows
            )
        })
        .collect()
}

fn statement_id(store: &Store) -> String {
    store
        .conn()
        .query_row("SELECT id FROM statements", [], |r| r.get(0))
        .expect("the statement")
}

/// The sign-on list searched and sorted as the sign-ons view does it, the
/// signatories as exports list them, and the invitations in their order.
fn sign_on_results(store: &Store) -> Vec<String> {
    let c = store.conn();
    let st = statement_id(store);
    let mut out = Vec::new();
    for text in [
        "",
        "asociacion",
        "Asociación",
        "sans",
        "ecumenical",
        "okumenischer",
        "香港",
        "jose",
        "zoe",
        "o brien",
        "angel",
        "mexico",
        "France",
        "coordinator",
    ] {
        let page = signons::list(
            c,
            &st,
            &EndorsementQuery {
                status: None,
                kind: None,
                text: text.into(),
                trash: false,
                offset: 0,
                limit: 0,
            },
        )
        .expect("sign-ons");
        let rows: Vec<String> = page
            .items
            .iter()
            .map(|e| {
                format!(
                    "{:?} {} / {} / {} {:?} {:?} {:?}",
                    e.kind,
                    e.name,
                    e.affiliation,
                    e.country,
                    e.country_code,
                    e.visibility,
                    e.status
                )
            })
            .collect();
        out.push(format!("{text:?} → {} {rows:?}", page.total));
    }
    let kinds = signons::list(
        c,
        &st,
        &EndorsementQuery {
            status: None,
            kind: Some(EndorsementKind::Individual),
            text: String::new(),
            trash: false,
            offset: 1,
            limit: 2,
        },
    )
    .expect("a page of individuals");
    out.push(format!(
        "individuals 2 from 1 → {} {:?}",
        kinds.total,
        kinds.items.iter().map(|e| &e.name).collect::<Vec<_>>()
    ));
    let signatories = signons::signatories(c, &st).expect("signatories");
    out.push(format!(
        "signatories {} organizations, {} individuals, {} countries: {:?}",
        signatories.organizations,
        signatories.individuals,
        signatories.countries,
        signatories
            .listed
            .iter()
            .map(|s| format!(
                "{} / {} / {} {:?} {}",
                s.name, s.affiliation, s.country, s.country_code, s.sector
            ))
            .collect::<Vec<_>>()
    ));
    let invited = invitations::list(c, &st, None).expect("invitations");
    out.push(format!(
        "invitations {:?}",
        invited
            .iter()
            .map(|i| format!("{} {:?} {:?}", i.name, i.country, i.status))
            .collect::<Vec<_>>()
    ));
    out
}

/// The derived columns themselves, by name: what duplicate finding and
/// intake matching read.
fn derived_columns(store: &Store) -> Vec<String> {
    let c = store.conn();
    let mut out = Vec::new();
    for sql in [
        "SELECT name, name_key, sort_key FROM organizations ORDER BY name",
        "SELECT full_name, name_key, sort_key FROM people ORDER BY full_name",
        "SELECT printed_name, sort_key, coalesce(country_code, '-') FROM endorsements ORDER BY printed_name",
    ] {
        let mut stmt = c.prepare(sql).expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                Ok(format!(
                    "{} | {} | {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?
                ))
            })
            .expect("query")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows");
        out.extend(rows);
    }
    out
}

fn assert_same(what: &str, version: u32, upgraded: &[String], fresh: &[String]) {
    assert_eq!(upgraded.len(), fresh.len(), "{what}: as many lines");
    for (u, f) in upgraded.iter().zip(fresh) {
        assert_eq!(
            u, f,
            "{what} of a file of schema {version}, upgraded, against a new file"
        );
    }
}

#[test]
fn a_file_of_every_earlier_schema_searches_and_sorts_as_a_new_one() {
    let (_fresh_dir, fresh_path) = temp_db();
    let fresh = fresh_file(&fresh_path);
    let (contacts_now, sign_ons_now, derived_now) = (
        contact_results(&fresh),
        sign_on_results(&fresh),
        derived_columns(&fresh),
    );
    // The data says something: accents fold, scripts are found inside a
    // name, the trash and old spellings stay out, names sort folded.
    let search = |typed: &str| {
        let start = format!("{typed:?} ");
        contacts_now
            .iter()
            .find(|line| line.starts_with(&start))
            .unwrap_or_else(|| panic!("no search for {typed}"))
            .clone()
    };
    assert!(search("asociacion").contains("Asociación Pro Derechos"));
    assert!(search("移民工").contains("香港移民工人联合会"));
    assert!(search("hilfswerk").contains("→ 0 []"));
    assert!(search("old name").contains("→ 0 []"));
    assert!(
        search("किसा").contains("Organization किसान"),
        "{}",
        search("किसा")
    );
    assert!(search("asociacion d").contains("Asociación Pro Derechos"));
    let invited = sign_ons_now.last().expect("invitations");
    let (ecology, education) = (
        invited.find("ecology now").expect("ecology"),
        invited.find("Éducation Sans").expect("education"),
    );
    assert!(ecology < education, "{invited}");
    assert!(
        invited.find("Éducation Sans").expect("é") < invited.find("Österreichische").expect("ö"),
        "{invited}"
    );

    for version in 1..SCHEMA_VERSION {
        let (_dir, path) = temp_db();
        old_file(&path, version);
        let store = Store::open(&path).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
        assert_same(
            "contact search",
            version,
            &contact_results(&store),
            &contacts_now,
        );
        assert_same(
            "sign-ons and invitations",
            version,
            &sign_on_results(&store),
            &sign_ons_now,
        );
        assert_same(
            "derived columns",
            version,
            &derived_columns(&store),
            &derived_now,
        );
        // The file as it was is kept aside first.
        let kept = backup::list(&path).expect("backups");
        assert!(
            kept.iter()
                .any(|b| b.reason == BackupReason::BeforeMigration),
            "schema {version}: no backup before the upgrade"
        );
    }
}

#[test]
fn the_old_files_hold_placeholders_that_only_the_upgrade_fills() {
    // So the comparison above can fail: read as built, a file of the last
    // schema before the keys were recomputed (step 7) knows no key and no
    // search entry.
    let (_dir, path) = temp_db();
    old_file(&path, 6);
    let conn = Connection::open(&path).expect("open");
    let count = |sql: &str| -> i64 {
        conn.query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    assert_eq!(
        count("SELECT count(*) FROM contact_search WHERE contact_search MATCH '\"asociacion\"*'"),
        0,
        "the old file's index does not know the name"
    );
    assert_eq!(
        count("SELECT count(*) FROM organizations WHERE name_key <> '' OR sort_key <> ''"),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM endorsements WHERE country_code IS NOT NULL"),
        0
    );
}
