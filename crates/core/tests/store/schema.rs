//! The rules the schema holds by itself: a row that breaks one is refused,
//! with the rule's name in the error, whatever code wrote it. And the
//! upgrade from a file of the first schema keeps every row.

use std::fs;
use std::path::Path;

use rusqlite::{Connection, params};
use undersigned_core::Store;
use undersigned_core::store::SCHEMA_VERSION;

use crate::temp_db;

const T: &str = "2026-11-28T10:00:00.000Z";
const HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn store() -> Store {
    Store::open_in_memory().expect("store")
}

fn statement(conn: &Connection, id: &str) {
    conn.execute(
        "INSERT INTO statements (id, title, created_at, updated_at) VALUES (?1, 'S', ?2, ?2)",
        params![id, T],
    )
    .expect("statement");
}

fn revision(conn: &Connection, id: &str, statement_id: &str) {
    conn.execute(
        "INSERT INTO statement_revisions (id, statement_id, title, language, body, content_hash, created_at, updated_at)
         VALUES (?1, ?2, 'S', 'en', 'Text', ?3, ?4, ?4)",
        params![id, statement_id, HASH, T],
    )
    .expect("revision");
}

fn organization(conn: &Connection, id: &str, name: &str) {
    conn.execute(
        "INSERT INTO organizations (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![id, name, T],
    )
    .expect("organization");
}

fn person(conn: &Connection, id: &str) {
    conn.execute(
        "INSERT INTO people (id, full_name, created_at, updated_at) VALUES (?1, 'P', ?2, ?2)",
        params![id, T],
    )
    .expect("person");
}

/// Inserts an endorsement from `columns = values` pairs on top of the
/// required ones, and returns SQLite's error text when it is refused.
fn endorse(conn: &Connection, id: &str, extra: &[(&str, &str)]) -> Result<(), String> {
    let mut cols = vec![
        "id",
        "statement_id",
        "kind",
        "printed_name",
        "created_at",
        "updated_at",
    ];
    let mut vals: Vec<String> = vec![
        id.into(),
        "s1".into(),
        "organization".into(),
        "Name".into(),
        T.into(),
        T.into(),
    ];
    for (c, v) in extra {
        if let Some(i) = cols.iter().position(|x| x == c) {
            vals[i] = (*v).into();
        } else {
            cols.push(c);
            vals.push((*v).into());
        }
    }
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    conn.execute(
        &format!(
            "INSERT INTO endorsements ({}) VALUES ({})",
            cols.join(", "),
            marks.join(", ")
        ),
        rusqlite::params_from_iter(vals.iter()),
    )
    .map(|_| ())
    .map_err(|e| e.to_string())
}

fn refused(result: Result<(), String>, rule: &str) {
    match result {
        Ok(()) => panic!("a row breaking {rule} was accepted"),
        Err(message) => assert!(message.contains(rule), "expected {rule}, got: {message}"),
    }
}

fn seeded() -> Store {
    let s = store();
    let c = s.conn();
    statement(c, "s1");
    statement(c, "s2");
    revision(c, "r1", "s1");
    revision(c, "r2", "s2");
    organization(c, "o1", "Mission for Migrant Workers");
    person(c, "p1");
    s
}

#[test]
fn an_endorsements_kind_matches_its_contact() {
    let s = seeded();
    let c = s.conn();
    refused(
        endorse(c, "e1", &[("kind", "organization"), ("person_id", "p1")]),
        "endorsement_kind_matches_its_contact",
    );
    endorse(
        c,
        "e2",
        &[
            ("kind", "individual"),
            ("person_id", "p1"),
            ("organization_id", "o1"),
        ],
    )
    .expect("a person with their organization");
    endorse(
        c,
        "e3",
        &[("kind", "organization"), ("organization_id", "o1")],
    )
    .expect("an organization");
    endorse(c, "e4", &[("kind", "organization")]).expect("a printed name alone");
    refused(
        endorse(c, "e5", &[("printed_name", "  ")]),
        "CHECK constraint failed",
    );
}

#[test]
fn a_contact_endorses_a_statement_once() {
    let s = seeded();
    let c = s.conn();
    endorse(c, "e1", &[("organization_id", "o1")]).expect("first");
    refused(
        endorse(c, "e2", &[("organization_id", "o1")]),
        "UNIQUE constraint failed: endorsements.statement_id, endorsements.organization_id",
    );
    endorse(
        c,
        "e3",
        &[("organization_id", "o1"), ("statement_id", "s2")],
    )
    .expect("another statement");
    endorse(c, "e4", &[("kind", "individual"), ("person_id", "p1")]).expect("first");
    refused(
        endorse(c, "e5", &[("kind", "individual"), ("person_id", "p1")]),
        "UNIQUE constraint failed: endorsements.statement_id, endorsements.person_id",
    );
    // Once the first is in the trash, a new one may be recorded.
    c.execute(
        "UPDATE endorsements SET deleted_at = ?1 WHERE id = 'e1'",
        [T],
    )
    .expect("trash");
    endorse(c, "e6", &[("organization_id", "o1")]).expect("after the trash");
}

#[test]
fn an_endorsed_revision_belongs_to_the_same_statement() {
    let s = seeded();
    let c = s.conn();
    endorse(c, "e1", &[("revision_id", "r1")]).expect("own revision");
    refused(
        endorse(c, "e2", &[("revision_id", "r2")]),
        "FOREIGN KEY constraint failed",
    );
}

#[test]
fn visibility_says_what_it_does() {
    let s = seeded();
    let c = s.conn();
    refused(
        endorse(c, "e1", &[("visibility", "anonymous")]),
        "CHECK constraint failed",
    );
    refused(
        endorse(c, "e2", &[("visibility", "organization_only")]),
        "endorsement_organization_only_is_for_individuals",
    );
    endorse(
        c,
        "e3",
        &[
            ("kind", "individual"),
            ("visibility", "organization_only"),
            ("printed_affiliation", "MFMW"),
        ],
    )
    .expect("an individual listed only by organization");
    endorse(c, "e4", &[("visibility", "counted_only")]).expect("counted only");
}

#[test]
fn printed_countries_carry_an_iso_code() {
    let s = seeded();
    let c = s.conn();
    endorse(
        c,
        "e1",
        &[("printed_country", "Côte d’Ivoire"), ("country_code", "CI")],
    )
    .expect("code");
    refused(
        endorse(c, "e2", &[("country_code", "ci")]),
        "endorsement_country_is_iso_alpha2",
    );
    refused(
        endorse(c, "e3", &[("received_on", "28/11/2026")]),
        "endorsement_received_on_is_a_date",
    );
}

#[test]
fn the_endorsement_log_holds_json_objects_and_is_append_only() {
    let s = seeded();
    let c = s.conn();
    endorse(c, "e1", &[]).expect("endorsement");
    let event = |id: &str, detail: &str| {
        c.execute(
            "INSERT INTO endorsement_events (id, endorsement_id, event, from_status, to_status, detail, created_at, updated_at)
             VALUES (?1, 'e1', 'confirmed', 'pending', 'confirmed', ?2, ?3, ?3)",
            params![id, detail, T],
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    };
    event("v1", r#"{"by": "phone"}"#).expect("an object");
    refused(
        event("v2", "not json"),
        "endorsement_event_detail_is_a_json_object",
    );
    refused(
        event("v3", "[1, 2]"),
        "endorsement_event_detail_is_a_json_object",
    );
    refused(
        c.execute("UPDATE endorsement_events SET actor = 'x'", [])
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "append-only",
    );
    refused(
        c.execute("DELETE FROM endorsement_events", [])
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "only when its endorsement is purged",
    );
}

#[test]
fn revisions_cannot_be_changed_and_point_within_their_statement() {
    let s = seeded();
    let c = s.conn();
    refused(
        c.execute(
            "UPDATE statement_revisions SET body = 'rewritten' WHERE id = 'r1'",
            [],
        )
        .map(|_| ())
        .map_err(|e| e.to_string()),
        "cannot be changed",
    );
    refused(
        c.execute("DELETE FROM statement_revisions WHERE id = 'r1'", [])
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "only when its statement is purged",
    );
    c.execute(
        "UPDATE statements SET open_revision_id = 'r1' WHERE id = 's1'",
        [],
    )
    .expect("its own revision");
    refused(
        c.execute(
            "UPDATE statements SET published_revision_id = 'r2' WHERE id = 's1'",
            [],
        )
        .map(|_| ())
        .map_err(|e| e.to_string()),
        "FOREIGN KEY constraint failed",
    );
    refused(
        c.execute(
            "INSERT INTO statement_revisions (id, statement_id, title, language, body, content_hash, created_at, updated_at)
             VALUES ('r3', 's1', 'S', 'en', 'B', 'NOT-A-HASH', ?1, ?1)",
            [T],
        )
        .map(|_| ())
        .map_err(|e| e.to_string()),
        "revision_hash_is_sha256_hex",
    );
}

#[test]
fn invitations_are_one_per_contact_and_reminders_are_events() {
    let s = seeded();
    let c = s.conn();
    let invite = |id: &str, org: Option<&str>, person: Option<&str>| {
        c.execute(
            "INSERT INTO invitations (id, statement_id, organization_id, person_id, created_at, updated_at)
             VALUES (?1, 's1', ?2, ?3, ?4, ?4)",
            params![id, org, person, T],
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    };
    invite("i1", Some("o1"), None).expect("first");
    refused(invite("i2", Some("o1"), None), "UNIQUE constraint failed");
    invite("i3", Some("o1"), Some("p1")).expect("a person at that organization");
    refused(invite("i4", None, None), "invitation_names_a_contact");
    c.execute(
        "INSERT INTO invitation_events (id, invitation_id, event, channel, created_at, updated_at)
         VALUES ('ev1', 'i1', 'reminded', 'phone', ?1, ?1)",
        [T],
    )
    .expect("a reminder");
    refused(
        c.execute("UPDATE invitation_events SET event = 'invited'", [])
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "append-only",
    );
}

#[test]
fn exports_name_a_known_key_and_hash_their_signatories() {
    let s = seeded();
    let c = s.conn();
    let export = |id: &str, key: Option<&str>, list_hash: Option<&str>| {
        c.execute(
            "INSERT INTO exports (id, statement_id, revision_id, format, file_name, sha256,
                                  signatory_count, signatories_sha256, signed_key_id, created_at, updated_at)
             VALUES (?1, 's1', 'r1', 'pdf', 'x.pdf', ?2, 3, ?3, ?4, ?5, ?5)",
            params![id, HASH, list_hash, key, T],
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    };
    refused(
        export("x1", Some("0123456789ABCDEF"), None),
        "FOREIGN KEY constraint failed",
    );
    c.execute(
        "INSERT INTO signing_keys (id, key_id, public_key, created_at, updated_at)
         VALUES ('k1', '0123456789ABCDEF', 'RWQ...', ?1, ?1)",
        [T],
    )
    .expect("key");
    export("x2", Some("0123456789ABCDEF"), Some(HASH)).expect("signed export");
    refused(
        export("x3", None, Some("short")),
        "export_signatories_hash_is_sha256_hex",
    );
}

#[test]
fn purging_a_statement_takes_everything_of_it_and_leaves_no_dangling_link() {
    let s = seeded();
    let c = s.conn();
    endorse(c, "e1", &[("organization_id", "o1"), ("revision_id", "r1")]).expect("endorse");
    c.execute(
        "INSERT INTO endorsement_events (id, endorsement_id, event, created_at, updated_at)
         VALUES ('v1', 'e1', 'created', ?1, ?1)",
        [T],
    )
    .expect("event");
    c.execute(
        "INSERT INTO invitations (id, statement_id, organization_id, endorsement_id, created_at, updated_at)
         VALUES ('i1', 's1', 'o1', 'e1', ?1, ?1)",
        [T],
    )
    .expect("invitation");
    c.execute(
        "UPDATE statements SET open_revision_id = 'r1' WHERE id = 's1'",
        [],
    )
    .expect("open revision");

    c.execute("DELETE FROM statements WHERE id = 's1'", [])
        .expect("purge");
    for table in [
        "statement_revisions WHERE statement_id = 's1'",
        "endorsements",
        "endorsement_events",
        "invitations",
    ] {
        let n: i64 = c
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 0, "{table} emptied with its statement");
    }
    let broken: i64 = c
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("check");
    assert_eq!(broken, 0);

    // A purged contact leaves the endorsements of others standing by name.
    endorse(
        c,
        "e2",
        &[("statement_id", "s2"), ("organization_id", "o1")],
    )
    .expect("endorse");
    c.execute("DELETE FROM organizations WHERE id = 'o1'", [])
        .expect("purge contact");
    let org: Option<String> = c
        .query_row(
            "SELECT organization_id FROM endorsements WHERE id = 'e2'",
            [],
            |r| r.get(0),
        )
        .expect("endorsement kept");
    assert_eq!(org, None);
}

#[test]
fn contacts_keep_their_search_keys_through_vacuum_and_search_in_every_script() {
    let (_dir, path) = temp_db();
    let s = Store::open(&path).expect("open");
    let c = s.conn();
    organization(c, "o1", "Asociación de Trabajadores");
    organization(c, "o2", "香港移民工人联合会");
    organization(c, "o3", "Österreichische Hilfe");
    let keys = |c: &Connection| -> Vec<(i64, String)> {
        let mut stmt = c
            .prepare("SELECT rowid, organization_id FROM contact_search_keys WHERE organization_id IS NOT NULL ORDER BY rowid")
            .expect("prepare");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    for (rowid, id) in keys(c) {
        let (name,): (String,) = c
            .query_row("SELECT name FROM organizations WHERE id = ?1", [&id], |r| {
                Ok((r.get(0)?,))
            })
            .expect("name");
        c.execute(
            "INSERT INTO contact_search (rowid, name) VALUES (?1, ?2)",
            params![rowid, name],
        )
        .expect("index");
        c.execute(
            "INSERT INTO contact_search_inside (rowid, name) VALUES (?1, ?2)",
            params![rowid, name],
        )
        .expect("index inside");
    }
    c.execute("DELETE FROM organizations WHERE id = 'o1'", [])
        .expect("purge");
    let before = keys(c);
    c.execute_batch("VACUUM").expect("vacuum");
    assert_eq!(keys(c), before, "search keys survive VACUUM unchanged");

    let found = |sql: &str, q: &str| -> Vec<i64> {
        let mut stmt = c.prepare(sql).expect("prepare");
        stmt.query_map([q], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let words = "SELECT rowid FROM contact_search WHERE contact_search MATCH ?1";
    let inside = "SELECT rowid FROM contact_search_inside WHERE contact_search_inside MATCH ?1";
    let o3 = before.iter().find(|(_, id)| id == "o3").map(|(r, _)| *r);
    let o2 = before.iter().find(|(_, id)| id == "o2").map(|(r, _)| *r);
    assert_eq!(
        found(words, "osterreich*").first().copied(),
        o3,
        "diacritics and prefixes"
    );
    assert_eq!(
        found(inside, "移民工").first().copied(),
        o2,
        "inside a word"
    );
    assert!(
        found(words, "asociacion").is_empty(),
        "a purged contact leaves the index"
    );
    assert!(found(inside, "Trabajadores").is_empty());
}

#[test]
fn contacts_cannot_be_merged_into_themselves() {
    let s = seeded();
    refused(
        s.conn()
            .execute("UPDATE organizations SET merged_into = id", [])
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "organization_not_merged_into_itself",
    );
}

fn v1_statements(path: &Path) -> Vec<Vec<Option<String>>> {
    let conn = Connection::open_with_flags(
        format!("file:{}?immutable=1", path.display()),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .expect("open fixture read-only");
    let mut stmt = conn
        .prepare(
            "SELECT id, title, subtitle, statement_date, place, language, translation_of, status,
                    deadline, CAST(signatory_goal AS TEXT), body, created_at, updated_at, deleted_at
             FROM statements ORDER BY id",
        )
        .expect("prepare");
    stmt.query_map([], |r| (0..14).map(|i| r.get(i)).collect())
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

#[test]
fn a_file_of_the_first_schema_upgrades_with_every_row() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.sqlite3");
    let before = v1_statements(&fixture);
    assert_eq!(
        before.len(),
        5,
        "the fixture holds five statements, one in the trash"
    );

    let (_dir, path) = temp_db();
    fs::copy(&fixture, &path).expect("copy fixture");
    let store = Store::open(&path).expect("upgrade");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    drop(store);
    assert_eq!(
        v1_statements(&path),
        before,
        "every statement, every column"
    );

    let conn = Connection::open(&path).expect("open");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(integrity, "ok");
    // Every step, the first one applied before checksums were kept
    // included, is recorded with the checksum of what it ran.
    let unsummed: i64 = conn
        .query_row(
            "SELECT count(*) FROM schema_migrations WHERE checksum IS NULL OR length(checksum) <> 64",
            [],
            |r| r.get(0),
        )
        .expect("checksums");
    assert_eq!(unsummed, 0);
    // A file whose recorded step differs from this build's is refused, unchanged.
    conn.execute(
        "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1",
        [],
    )
    .expect("tamper");
    drop(conn);
    let before_refusal = fs::read(&path).expect("read");
    let err = Store::open(&path).expect_err("refused");
    assert!(
        matches!(
            err,
            undersigned_core::StoreError::MigrationChanged { version: 1, .. }
        ),
        "{err:?}"
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        before_refusal,
        "left as it was"
    );
    let conn = Connection::open(&path).expect("open");
    conn.execute(
        "UPDATE schema_migrations SET checksum = NULL WHERE version = 1",
        [],
    )
    .expect("untamper");
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("check");
    assert_eq!(broken, 0);
    // The statements table was rebuilt: it now has the links of schema 2.
    let links: Vec<String> = conn
        .prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('statements')")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(
        links.contains(&"statement_revisions".to_string()),
        "{links:?}"
    );
}
