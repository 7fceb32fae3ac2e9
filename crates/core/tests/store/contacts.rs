//! Contacts: records, search, import, duplicates, merge and export, on
//! in-memory and real-file stores.

use undersigned_core::Store;
use undersigned_core::actions::{self, ReviewError, Reviews};
use undersigned_core::contacts::duplicates::{self, Evidence};
use undersigned_core::contacts::exchange;
use undersigned_core::contacts::import::{
    self, ImportError, ImportField, ImportOutcome, RowOutcome,
};
use undersigned_core::contacts::{
    self, ContactError, ContactKind, ContactQuery, OrganizationInput, PersonInput,
};
use undersigned_core::signons::NewEndorsement;
use undersigned_core::statements::NewStatement;
use undersigned_core::tabular;

use crate::temp_db;

/// An import as the window and the command line make it: the dry run kept,
/// then applied as it was.
fn import(
    store: &mut Store,
    table: &tabular::Table,
    mapping: &[ImportField],
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<ImportOutcome, ReviewError> {
    let reviews = Reviews::default();
    let token = actions::contacts::keep_import(&reviews, table.clone());
    actions::contacts::plan_import(store, &reviews, &token, mapping)?;
    actions::contacts::apply_import(store, &reviews, &token, mapping, progress)
}

fn store() -> Store {
    Store::open_in_memory().expect("store")
}

fn org(store: &mut Store, name: &str, short: &str, country: &str, city: &str) -> String {
    actions::contacts::create_organization(
        store,
        &OrganizationInput {
            name: name.into(),
            short_name: short.into(),
            country: country.into(),
            city: city.into(),
            ..Default::default()
        },
    )
    .expect("organization")
    .id
}

fn names(rows: &[contacts::ContactRow]) -> Vec<String> {
    rows.iter().map(|r| r.name.clone()).collect()
}

fn search(store: &Store, typed: &str) -> Vec<String> {
    names(&contacts::search(store.conn(), typed, 50).expect("search"))
}

fn foreign_keys_hold(conn: &rusqlite::Connection) {
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("foreign_key_check");
    assert_eq!(broken, 0, "links point at rows that are gone");
}

#[test]
fn countries_are_stored_as_codes_and_unknown_ones_refused() {
    let mut s = store();
    let id = org(&mut s, "Kampagne", "", "Österreich", "Wien");
    assert_eq!(
        contacts::organization(s.conn(), &id)
            .unwrap()
            .country
            .as_deref(),
        Some("AT")
    );
    let err = actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "Somewhere".into(),
            country: "Atlantis".into(),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(matches!(err, ContactError::Country(_)), "{err}");
    assert!(err.to_string().contains("Atlantis"), "{err}");
}

#[test]
fn search_ignores_case_and_diacritics_and_matches_word_starts() {
    let mut s = store();
    org(
        &mut s,
        "Asociación de Trabajadoras del Hogar",
        "ATH",
        "Mexico",
        "Ciudad de México",
    );
    org(&mut s, "Centro Gaspar Garcia", "", "Brasil", "São Paulo");
    org(&mut s, "Migrant Rights Österreich", "", "AT", "Graz");
    org(
        &mut s,
        "Mission for Migrant Workers",
        "MFMW",
        "Hong Kong",
        "",
    );
    org(&mut s, "香港移民工协会", "", "HK", "");

    assert_eq!(
        search(&s, "asociacion"),
        ["Asociación de Trabajadoras del Hogar"]
    );
    assert_eq!(search(&s, "Sao Paulo"), ["Centro Gaspar Garcia"]);
    assert_eq!(search(&s, "sao pa"), ["Centro Gaspar Garcia"]);
    assert_eq!(search(&s, "osterreich"), ["Migrant Rights Österreich"]);
    assert_eq!(search(&s, "mfmw"), ["Mission for Migrant Workers"]);
    assert_eq!(
        search(&s, "migr"),
        ["Migrant Rights Österreich", "Mission for Migrant Workers"]
    );
    // Countries by code and by name in several languages.
    assert_eq!(search(&s, "brazil"), ["Centro Gaspar Garcia"]);
    assert_eq!(search(&s, "autriche"), ["Migrant Rights Österreich"]);
    // Three characters inside a name in a script without spaces.
    assert_eq!(search(&s, "移民工"), ["香港移民工协会"]);
    // Query syntax is plain text.
    assert!(search(&s, "\"OR* NEAR(").is_empty());
    assert!(search(&s, "zzz").is_empty());
}

#[test]
fn lists_page_in_folded_name_order_with_filters() {
    let mut s = store();
    for name in [
        "Zeta",
        "éducation pour tous",
        "Alpha",
        "Ecology Now",
        "beta",
    ] {
        let id = org(&mut s, name, "", "FR", "");
        if name.starts_with('E') || name.starts_with('é') {
            let mut input = OrganizationInput {
                name: name.into(),
                country: "FR".into(),
                sector: "Environment".into(),
                tags: vec!["green".into()],
                ..Default::default()
            };
            input.tags.push("Green".into());
            actions::contacts::update_organization(&mut s, &id, &input).unwrap();
        }
    }
    org(&mut s, "Gamma", "", "DE", "");
    let page = contacts::list(
        s.conn(),
        &ContactQuery {
            limit: 3,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(page.total, 6);
    assert_eq!(names(&page.rows), ["Alpha", "beta", "Ecology Now"]);
    let next = contacts::list(
        s.conn(),
        &ContactQuery {
            limit: 3,
            offset: 3,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(names(&next.rows), ["éducation pour tous", "Gamma", "Zeta"]);
    let tagged = contacts::list(
        s.conn(),
        &ContactQuery {
            tag: Some("GREEN".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(names(&tagged.rows), ["Ecology Now", "éducation pour tous"]);
    assert_eq!(
        tagged.rows[0].tags,
        ["green"],
        "one tag, however often given"
    );
    let german = contacts::list(
        s.conn(),
        &ContactQuery {
            country: Some("Germany".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(names(&german.rows), ["Gamma"]);
    let facets = contacts::facets(s.conn()).unwrap();
    assert_eq!(facets.countries, ["DE", "FR"]);
    assert_eq!(facets.sectors, ["Environment"]);
}

#[test]
fn a_search_matching_more_than_the_cap_counts_to_it_and_pages_through_it() {
    let mut s = store();
    let cap = contacts::MATCH_CAP as usize;
    for i in 0..cap + 10 {
        org(&mut s, &format!("Red Solidaria {i}"), "", "PE", "");
    }
    let wide = contacts::list(
        s.conn(),
        &ContactQuery {
            text: "red".into(),
            limit: 50,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((wide.total as usize, wide.more), (cap, true));
    assert_eq!(wide.rows.len(), 50);
    // The pages of a capped search are cut from one set: together they hold
    // every counted contact once, and nothing lies past the cap.
    for filtered in [false, true] {
        let mut seen = std::collections::HashSet::new();
        for page in 0..=cap / 100 {
            let got = contacts::list(
                s.conn(),
                &ContactQuery {
                    text: "red sol".into(),
                    country: filtered.then(|| "Peru".into()),
                    offset: (page * 100) as u32,
                    limit: 100,
                    ..Default::default()
                },
            )
            .unwrap();
            assert_eq!(
                (got.total as usize, got.more),
                (cap, true),
                "filtered: {filtered}"
            );
            for row in got.rows {
                assert!(seen.insert(row.id), "a contact on two pages");
            }
        }
        assert_eq!(seen.len(), cap, "filtered: {filtered}");
    }
    // A narrower search is counted exactly: "7", "70" to "79", "700" to "799".
    let narrow = contacts::list(
        s.conn(),
        &ContactQuery {
            text: "solidaria 7".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((narrow.total, narrow.more), (111, false));
}

#[test]
fn a_listed_person_carries_their_organization_and_tags_in_name_order() {
    let mut s = store();
    let org_id = org(&mut s, "Kalayaan", "", "GB", "London");
    actions::contacts::create_person(
        &mut s,
        &PersonInput {
            full_name: "Marissa Begonia".into(),
            organization_id: Some(org_id),
            email: "m@example.org".into(),
            country: "GB".into(),
            tags: vec!["steering".into(), "Domestic workers".into()],
            ..Default::default()
        },
    )
    .unwrap();
    for (text, country) in [("begonia", None), ("marissa", Some("GB".to_string()))] {
        let page = contacts::list(
            s.conn(),
            &ContactQuery {
                text: text.into(),
                country: country.clone(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(page.rows.len(), 1, "{text}");
        let row = &page.rows[0];
        assert_eq!(row.kind, ContactKind::Person);
        assert_eq!(row.organization_name.as_deref(), Some("Kalayaan"));
        assert_eq!(row.tags, ["Domestic workers", "steering"]);
        assert_eq!(row.email, "m@example.org");
    }
}

#[test]
fn people_belong_to_organizations_and_consent_is_dated() {
    let mut s = store();
    let o = org(&mut s, "Migrante International", "", "PH", "Manila");
    let p = actions::contacts::create_person(
        &mut s,
        &PersonInput {
            full_name: "Joanna Concepcion".into(),
            organization_id: Some(o.clone()),
            role: "Chairperson".into(),
            consent_contact: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        p.organization_name.as_deref(),
        Some("Migrante International")
    );
    let first = p.consent_recorded_at.clone().expect("consent dated");
    let mut input = PersonInput {
        full_name: p.full_name.clone(),
        organization_id: Some(o.clone()),
        consent_contact: true,
        consent_publish: true,
        ..Default::default()
    };
    std::thread::sleep(std::time::Duration::from_millis(5));
    let changed = actions::contacts::update_person(&mut s, &p.id, &input).unwrap();
    assert!(changed.consent_publish);
    assert_ne!(changed.consent_recorded_at.as_deref(), Some(first.as_str()));
    input.role = "Secretary".into();
    let same = actions::contacts::update_person(&mut s, &p.id, &input).unwrap();
    assert_eq!(
        same.consent_recorded_at, changed.consent_recorded_at,
        "consent did not change"
    );
    assert_eq!(contacts::people_of(s.conn(), &o).unwrap().len(), 1);
    assert_eq!(search(&s, "joanna"), ["Joanna Concepcion"]);
}

#[test]
fn trash_restore_and_purge_leave_no_orphans() {
    let mut s = store();
    let o = org(&mut s, "Gone Soon", "", "", "");
    let p = actions::contacts::create_person(
        &mut s,
        &PersonInput {
            full_name: "Stays".into(),
            organization_id: Some(o.clone()),
            tags: vec!["volunteer".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let err = actions::contacts::purge(&mut s, std::slice::from_ref(&o)).unwrap_err();
    assert!(matches!(err, ContactError::NotInTrash { .. }));
    assert_eq!(
        actions::contacts::delete(&mut s, std::slice::from_ref(&o)).unwrap(),
        1
    );
    assert!(search(&s, "gone").is_empty(), "the trash is not searched");
    let trash = contacts::list(
        s.conn(),
        &ContactQuery {
            trash: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(names(&trash.rows), ["Gone Soon"]);
    actions::contacts::restore(&mut s, std::slice::from_ref(&o)).unwrap();
    assert_eq!(search(&s, "gone"), ["Gone Soon"]);
    actions::contacts::delete(&mut s, &[o.clone(), p.id.clone()]).unwrap();
    assert_eq!(actions::contacts::empty_trash(&mut s).unwrap(), 2);
    foreign_keys_hold(s.conn());
    let left: i64 = s
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM contact_search_keys) + (SELECT count(*) FROM person_tags)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
}

const FORM_EXPORT: &str = "Timestamp,Email Address,Organization,Country,Contact person,Position\n\
2026-11-01 10:00,info@mfmw.org.hk,Mission for Migrant Workers,Hong Kong,Cynthia Abdon-Tellez,General Manager\n\
2026-11-01 11:00,contacto@ath.org.mx,\"Asociación de Trabajadoras del Hogar, A.C.\",México,,\n\
2026-11-02 09:30,info@mfmw.org.hk,Mission for Migrant Workers,Hong Kong,Cynthia Abdon-Tellez,General Manager\n\
2026-11-02 10:00,x@example.org,Lost Group,Atlantis,,\n\
2026-11-03 12:00,,,,,\n";

#[test]
fn an_import_reports_before_writing_and_adds_nothing_twice() {
    let (_dir, path) = temp_db();
    let mut s = Store::open(&path).unwrap();
    let table = tabular::read_bytes("form.csv", FORM_EXPORT.as_bytes()).unwrap();
    let mapping = import::guess_mapping(&table);
    assert_eq!(
        mapping,
        [
            ImportField::Ignore,
            ImportField::Email,
            ImportField::Organization,
            ImportField::Country,
            ImportField::Person,
            ImportField::Role
        ]
    );
    let plan = import::plan(s.conn(), &table, &mapping).unwrap();
    // Row 6 has a time stamp and nothing else: invalid, no name.
    assert_eq!(
        (plan.new_rows, plan.matched, plan.duplicates, plan.invalid),
        (2, 0, 1, 2)
    );
    assert!(matches!(
        plan.report.iter().find(|r| r.row == 6).map(|r| &r.outcome),
        Some(RowOutcome::Invalid { .. })
    ));
    assert_eq!((plan.organizations_to_add, plan.people_to_add), (2, 1));
    let by_row = |n: usize| {
        plan.report
            .iter()
            .find(|r| r.row == n)
            .map(|r| r.outcome.clone())
    };
    assert_eq!(by_row(4), Some(RowOutcome::Duplicate { first_row: 2 }));
    match by_row(5) {
        Some(RowOutcome::Invalid { reason }) => {
            assert!(
                reason.contains("column 4") && reason.contains("Atlantis"),
                "{reason}"
            )
        }
        other => panic!("row 5 should be invalid, is {other:?}"),
    }
    let none: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(none, 0, "the dry run wrote nothing");

    let done = import(&mut s, &table, &mapping, &mut |_, _| true).unwrap();
    assert_eq!((done.organizations_added, done.people_added), (2, 1));
    let person = contacts::search(s.conn(), "cynthia", 5).unwrap();
    assert_eq!(
        person[0].organization_name.as_deref(),
        Some("Mission for Migrant Workers")
    );
    assert_eq!(
        person[0].email, "info@mfmw.org.hk",
        "with a person on the row, the e-mail is theirs"
    );

    // The same file again: every row is known.
    let again = import::plan(s.conn(), &table, &mapping).unwrap();
    assert_eq!(
        (
            again.new_rows,
            again.organizations_to_add,
            again.people_to_add
        ),
        (0, 0, 0)
    );
    assert_eq!(
        again.matched, 3,
        "the duplicate row now matches the stored contact too"
    );
    let twice = import(&mut s, &table, &mapping, &mut |_, _| true).unwrap();
    assert_eq!((twice.organizations_added, twice.people_added), (0, 0));
    drop(s);
    let reopened = Store::open(&path).unwrap();
    let count: i64 = reopened
        .conn()
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 2);
}

#[test]
fn a_cancelled_import_adds_nothing() {
    let (_dir, path) = temp_db();
    let mut s = Store::open(&path).unwrap();
    let mut csv = String::from("Organization;Country\n");
    for i in 0..1_000 {
        csv.push_str(&format!("Group {i};Kenya\n"));
    }
    let table = tabular::read_bytes("many.csv", csv.as_bytes()).unwrap();
    let mapping = import::guess_mapping(&table);
    let mut calls = 0;
    let err = import(&mut s, &table, &mapping, &mut |done, _| {
        calls += 1;
        done < 500
    })
    .unwrap_err();
    assert!(
        matches!(err, ReviewError::Contacts(ImportError::Cancelled)),
        "{err:?}"
    );
    assert!(calls >= 2);
    let count: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
    assert!(
        contacts::search(s.conn(), "group", 5).unwrap().is_empty(),
        "nor any search entry"
    );
}

#[test]
fn an_unreadable_file_is_refused_with_its_row_before_anything_is_read_in() {
    let err = tabular::read_bytes(
        "broken.csv",
        b"Organization,Country\nA,Kenya\n\"B, unclosed,Peru\nC,Chile\n",
    )
    .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("broken.csv") && message.contains("row 3"),
        "{message}"
    );
}

#[test]
fn duplicates_are_found_by_name_acronym_and_domain() {
    let mut s = store();
    let mfmw_long = org(&mut s, "Mission for Migrant Workers", "", "HK", "");
    let mfmw_short = org(&mut s, "MFMW", "", "HK", "");
    let accented = org(&mut s, "Asociación Pro Derechos", "", "MX", "");
    let plain = org(&mut s, "Asociacion pro Derechos A.C.", "", "MX", "");
    let site_a = actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "Kalayaan".into(),
            website: "https://www.kalayaan.org.uk/about".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let site_b = actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "Justice for Domestic Workers".into(),
            email: "jdw@kalayaan.org.uk".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    // Two at the same mail provider are not evidence.
    for name in ["First Collective", "Second Union"] {
        actions::contacts::create_organization(
            &mut s,
            &OrganizationInput {
                name: name.into(),
                email: format!("{}@gmail.com", name.len()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let pairs = duplicates::find(s.conn(), 50).unwrap();
    let has = |x: &str, y: &str, want: fn(&Evidence) -> bool| {
        pairs.iter().any(|p| {
            ((p.a.id == x && p.b.id == y) || (p.a.id == y && p.b.id == x))
                && p.evidence.iter().any(want)
        })
    };
    assert!(
        has(&accented, &plain, |e| matches!(e, Evidence::SameName)),
        "{pairs:#?}"
    );
    assert!(
        has(&mfmw_long, &mfmw_short, |e| matches!(
            e,
            Evidence::Acronym { .. }
        )),
        "{pairs:#?}"
    );
    assert!(
        has(&site_a, &site_b, |e| matches!(
            e,
            Evidence::SameDomain { .. }
        )),
        "{pairs:#?}"
    );
    assert_eq!(pairs.len(), 3, "nothing else: {pairs:#?}");
    assert!(pairs[0].score >= pairs[2].score);
}

#[test]
fn a_merge_keeps_every_link_and_can_be_undone() {
    let mut s = store();
    let keep = actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "Mission for Migrant Workers".into(),
            tags: vec!["asia".into()],
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let other = actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "MFMW".into(),
            short_name: "MFMW".into(),
            city: "Hong Kong".into(),
            country: "HK".into(),
            tags: vec!["domestic work".into()],
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let person = actions::contacts::create_person(
        &mut s,
        &PersonInput {
            full_name: "Staff Member".into(),
            organization_id: Some(other.clone()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let statement = actions::statements::create(
        &mut s,
        &NewStatement {
            title: "Decent work".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let second = actions::statements::create(
        &mut s,
        &NewStatement {
            title: "Second".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let mut endorse = |statement: &str, org: &str| {
        let new = NewEndorsement {
            contact_id: Some(org.to_string()),
            ..Default::default()
        };
        actions::signons::add(&mut s, statement, &new).unwrap().id
    };
    let e_keep = endorse(&statement, &keep);
    let e_other_same = endorse(&statement, &other);
    let e_other_second = endorse(&second, &other);

    let record =
        actions::contacts::merge(&mut s, &keep, std::slice::from_ref(&other), None).unwrap();
    assert_eq!(
        record.moved_links, 2,
        "the second statement's endorsement and the person moved"
    );
    assert_eq!(
        (record.merged_endorsements, record.kept_apart),
        (1, 0),
        "the same statement endorsed twice by the two is one endorsement now"
    );
    let kept = contacts::organization(s.conn(), &keep).unwrap();
    assert_eq!(
        kept.city, "Hong Kong",
        "blanks filled from the merged record"
    );
    assert_eq!(kept.tags, ["asia", "domestic work"]);
    let merged = contacts::organization(s.conn(), &other).unwrap();
    assert_eq!(merged.merged_into.as_deref(), Some(keep.as_str()));
    assert!(merged.deleted_at.is_some());
    let owner = |s: &Store, e: &str| -> String {
        s.conn()
            .query_row(
                "SELECT organization_id FROM endorsements WHERE id = ?1",
                [e],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(owner(&s, &e_other_second), keep);
    assert_eq!(owner(&s, &e_other_same), other);
    let merged_away = |s: &Store, e: &str| -> (bool, Option<String>) {
        s.conn()
            .query_row(
                "SELECT deleted_at IS NOT NULL,
                        (SELECT json_extract(detail, '$.into') FROM endorsement_events
                          WHERE endorsement_id = e.id AND event = 'merged'
                          ORDER BY created_at DESC LIMIT 1)
                   FROM endorsements e WHERE id = ?1",
                [e],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    };
    assert_eq!(
        merged_away(&s, &e_other_same),
        (true, Some(e_keep.clone())),
        "one endorsement is kept; the other is logged as merged into it"
    );
    assert_eq!(merged_away(&s, &e_keep), (false, None));
    let printed: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM endorsements WHERE statement_id = ?1 AND deleted_at IS NULL",
            [&statement],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(printed, 1, "the statement lists the organization once");
    assert_eq!(
        contacts::person(s.conn(), &person)
            .unwrap()
            .organization_id
            .as_deref(),
        Some(keep.as_str())
    );
    assert_eq!(search(&s, "mfmw"), ["Mission for Migrant Workers"]);
    foreign_keys_hold(s.conn());

    actions::contacts::undo_merge(&mut s, &record.id).unwrap();
    let back = contacts::organization(s.conn(), &keep).unwrap();
    assert_eq!(
        (back.city.as_str(), back.tags.clone()),
        ("", vec!["asia".to_string()])
    );
    let returned = contacts::organization(s.conn(), &other).unwrap();
    assert!(returned.deleted_at.is_none() && returned.merged_into.is_none());
    assert_eq!(owner(&s, &e_other_second), other);
    assert!(
        !merged_away(&s, &e_other_same).0,
        "undo brings the endorsement back"
    );
    assert_eq!(
        contacts::person(s.conn(), &person)
            .unwrap()
            .organization_id
            .as_deref(),
        Some(other.as_str())
    );
    let err = actions::contacts::undo_merge(&mut s, &record.id).unwrap_err();
    assert!(err.to_string().contains("already undone"), "{err}");
    foreign_keys_hold(s.conn());
}

#[test]
fn merging_a_record_with_itself_or_across_kinds_is_refused() {
    let mut s = store();
    let a = org(&mut s, "A Group", "", "", "");
    let p = actions::contacts::create_person(
        &mut s,
        &PersonInput {
            full_name: "Someone".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    assert!(actions::contacts::merge(&mut s, &a, std::slice::from_ref(&a), None).is_err());
    let err = actions::contacts::merge(&mut s, &a, &[p], None).unwrap_err();
    assert!(
        err.to_string().contains("organization and a person"),
        "{err}"
    );
    assert_eq!(
        contacts::kind_of(s.conn(), &a).unwrap(),
        ContactKind::Organization
    );
}

#[test]
fn exports_are_safe_to_open_and_read_back() {
    let mut s = store();
    actions::contacts::create_organization(
        &mut s,
        &OrganizationInput {
            name: "=HYPERLINK(\"http://evil\")".into(),
            country: "FR".into(),
            notes: "line one\nline two, with comma; and semicolon".into(),
            ..Default::default()
        },
    )
    .unwrap();
    org(
        &mut s,
        "Asociación de Trabajadoras del Hogar",
        "ATH",
        "MX",
        "Ciudad de México",
    );
    let mut csv = Vec::new();
    assert_eq!(exchange::write_csv(s.conn(), &mut csv).unwrap(), 2);
    assert!(
        csv.starts_with("\u{FEFF}".as_bytes()),
        "a BOM for spreadsheet apps"
    );
    let table = tabular::read_bytes("out.csv", &csv).unwrap();
    assert_eq!(table.headers, exchange::CSV_HEADERS);
    let name_col = 1;
    let cells: Vec<&str> = table
        .rows
        .iter()
        .map(|r| r.cells[name_col].as_str())
        .collect();
    assert_eq!(
        cells,
        // In the root order, punctuation sorts before letters.
        [
            "'=HYPERLINK(\"http://evil\")",
            "Asociación de Trabajadoras del Hogar"
        ]
    );

    let mut vcf = Vec::new();
    assert_eq!(exchange::write_vcard(s.conn(), &mut vcf).unwrap(), 2);
    let cards = tabular::read_bytes("out.vcf", &vcf).unwrap();
    assert_eq!(cards.rows.len(), 2);
    let card = &cards.rows[1].cells;
    assert_eq!(card[0], "Asociación de Trabajadoras del Hogar");
    assert_eq!(card[6], "Ciudad de México");
    assert_eq!(card[5], "Mexico");
}

#[test]
fn a_merge_backs_up_first_and_without_a_backup_changes_nothing() {
    let (dir, path) = temp_db();
    let mut s = Store::open(&path).unwrap();
    let keep = org(&mut s, "Red de Mujeres", "", "PE", "");
    let other = org(&mut s, "Red de Mujeres del Perú", "", "PE", "");

    // A file where the backups folder should be: no backup can be made.
    let folder = undersigned_core::store::backup::folder_for(&path);
    std::fs::create_dir_all(folder.parent().unwrap()).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();
    let err =
        duplicates::merge_backed_up(&mut s, &keep, std::slice::from_ref(&other), None).unwrap_err();
    assert!(
        matches!(err, ContactError::NoBackup { what: "merge", .. }),
        "{err:?}"
    );
    assert_eq!(
        undersigned_core::error::Coded::code(&err),
        undersigned_core::error::ErrorCode::Unavailable
    );
    assert!(
        contacts::organization(s.conn(), &other)
            .unwrap()
            .deleted_at
            .is_none()
    );

    std::fs::remove_file(&folder).unwrap();
    let record =
        duplicates::merge_backed_up(&mut s, &keep, std::slice::from_ref(&other), None).unwrap();
    assert_eq!(record.merged_ids, vec![other.clone()]);
    let backups = undersigned_core::store::backup::list(&path).unwrap();
    assert_eq!(backups.len(), 1, "{backups:?}");
    drop(dir);
}

fn with_site(s: &mut Store, name: &str, email: &str, website: &str) -> String {
    actions::contacts::create_organization(
        s,
        &OrganizationInput {
            name: name.into(),
            email: email.into(),
            website: website.into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

#[test]
fn a_shared_domain_pairs_nobody_and_a_pair_said_apart_stays_apart() {
    let mut s = store();
    // Members of one network at its domain, pages on one social site.
    for (i, name) in [
        "Alpha Group",
        "Beta Union",
        "Gamma Circle",
        "Delta Forum",
        "Epsilon Aid",
    ]
    .iter()
    .enumerate()
    {
        with_site(
            &mut s,
            name,
            &format!("m{i}@network.org"),
            &format!("https://facebook.com/{i}"),
        );
    }
    let pairs = duplicates::find(s.conn(), 100).unwrap();
    assert!(
        !pairs.iter().any(|p| p
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::SameDomain { .. }))),
        "{pairs:#?}"
    );
    let a = org(&mut s, "Kalayaan", "", "GB", "");
    let b = org(&mut s, "Kalayaan", "", "", "London");
    let offered = |s: &Store| {
        duplicates::find(s.conn(), 100)
            .unwrap()
            .iter()
            .any(|p| (p.a.id == a && p.b.id == b) || (p.a.id == b && p.b.id == a))
    };
    assert!(offered(&s));
    actions::contacts::set_not_duplicate(&mut s, &b, &a, false).unwrap();
    actions::contacts::set_not_duplicate(&mut s, &a, &b, false).unwrap();
    assert!(!offered(&s), "a pair said apart is not offered again");
    actions::contacts::set_not_duplicate(&mut s, &a, &b, true).unwrap();
    assert!(offered(&s), "taking it back offers it again");
    assert!(actions::contacts::set_not_duplicate(&mut s, &a, &a, false).is_err());
}

#[test]
fn a_name_typed_for_a_new_contact_finds_the_ones_it_may_be() {
    let mut s = store();
    org(&mut s, "Kalayaan", "", "GB", "");
    org(&mut s, "Attac Germany", "", "DE", "");
    org(&mut s, "Mission for Migrant Workers", "MFMW", "HK", "");
    let similar = |typed: &str| -> Vec<String> {
        names(
            &duplicates::similar_to(s.conn(), contacts::ContactKind::Organization, typed).unwrap(),
        )
    };
    assert_eq!(similar("Kalayan"), vec!["Kalayaan"]);
    assert_eq!(similar("KALAYAAN"), vec!["Kalayaan"]);
    assert_eq!(similar("MFMW"), vec!["Mission for Migrant Workers"]);
    assert!(similar("Attac Hungary").is_empty());
    assert!(similar("Ka").is_empty());
}

#[test]
fn a_name_with_nothing_to_print_is_refused_as_for_signatories() {
    let mut store = store();
    for (raw, empty) in [
        ("\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}", true),
        ("\u{00A0} \u{3000}", true),
        ("!!! …", false),
    ] {
        let err = actions::contacts::create_organization(
            &mut store,
            &OrganizationInput {
                name: raw.into(),
                ..Default::default()
            },
        )
        .expect_err("refused");
        if empty {
            assert!(matches!(err, ContactError::EmptyName), "{raw:?}: {err:?}");
        } else {
            assert!(
                matches!(err, ContactError::NoLetters { .. }),
                "{raw:?}: {err:?}"
            );
        }
        let person = actions::contacts::create_person(
            &mut store,
            &PersonInput {
                full_name: raw.into(),
                ..Default::default()
            },
        );
        assert!(person.is_err(), "{raw:?} refused for a person too");
    }
    let kept = actions::contacts::create_organization(
        &mut store,
        &OrganizationInput {
            name: "\u{200B}Asociación\u{00A0}Ñandú\u{00A0}".into(),
            ..Default::default()
        },
    )
    .expect("a real name");
    assert_eq!(kept.name, "Asociación\u{00A0}Ñandú");
}

#[test]
fn two_organizations_sharing_one_mailbox_are_both_imported() {
    let (_dir, path) = temp_db();
    let mut s = Store::open(&path).unwrap();
    let csv = "Organization,Country,City,Email\n\
Red de Mujeres Migrantes,Mexico,Ciudad de México,redes.migrantes@gmail.com\n\
Colectivo Frontera Sur,Mexico,Tapachula,redes.migrantes@gmail.com\n\
Red de Mujeres Migrantes,Mexico,,redes.migrantes@gmail.com\n";
    let table = tabular::read_bytes("shared.csv", csv.as_bytes()).unwrap();
    let mapping = import::guess_mapping(&table);
    let plan = import::plan(s.conn(), &table, &mapping).unwrap();
    assert_eq!(
        plan.report
            .iter()
            .map(|r| r.outcome.clone())
            .collect::<Vec<_>>(),
        vec![
            RowOutcome::New,
            RowOutcome::New,
            RowOutcome::Duplicate { first_row: 2 }
        ],
        "another name at the same address is another organization; the same name is the same"
    );
    import(&mut s, &table, &mapping, &mut |_, _| true).unwrap();
    // Stored, the address still tells the two apart by name.
    let again = import::plan(s.conn(), &table, &mapping).unwrap();
    assert_eq!((again.new_rows, again.matched), (0, 3));
}

#[test]
fn a_record_named_by_the_acronym_another_carries_is_offered_as_that_one() {
    let mut s = store();
    let long = org(&mut s, "Migrant Forum in Asia", "MFA", "PH", "Manila");
    let short = org(&mut s, "MFA", "", "PH", "Manila");
    // Two records that only share an acronym field are not offered.
    let ministry = org(&mut s, "Ministry of Foreign Affairs", "MFA", "", "");
    let pairs = duplicates::find(s.conn(), 50).unwrap();
    assert!(
        !pairs
            .iter()
            .any(|p| (p.a.id == long && p.b.id == ministry)
                || (p.a.id == ministry && p.b.id == long)),
        "{pairs:#?}"
    );
    assert!(
        pairs.iter().any(|p| ((p.a.id == long && p.b.id == short)
            || (p.a.id == short && p.b.id == long))
            && p.evidence
                .iter()
                .any(|e| matches!(e, Evidence::Acronym { .. }))),
        "{pairs:#?}"
    );
}
