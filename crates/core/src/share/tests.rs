//! Sharing between copies of a file, each in a folder of its own: a test
//! plays the sync tool, carrying files between the copies' folders late,
//! out of order and more than once.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tempfile::TempDir;

use super::*;
use crate::actions;
use crate::contacts::OrganizationInput;
use crate::signons::{EndorsementKind, EndorsementPatch, EndorsementStatus, NewEndorsement};
use crate::statements::{NewStatement, StatementPatch};

/// A small seeded generator (xorshift64*): the same seed, the same run.
struct StdRng(u64);

impl StdRng {
    fn seed_from_u64(seed: u64) -> StdRng {
        StdRng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn gen_range(&mut self, range: std::ops::Range<usize>) -> usize {
        range.start + (self.next() % (range.end - range.start) as u64) as usize
    }

    fn gen_bool(&mut self, _half: f64) -> bool {
        self.next() & 1 == 1
    }

    fn choose<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.gen_range(0..items.len())])
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.gen_range(0..i + 1));
        }
    }
}

struct Device {
    store: Store,
    folder: PathBuf,
    _dir: TempDir,
}

impl Device {
    fn new() -> Device {
        let dir = TempDir::new().unwrap();
        let store = Store::open(&dir.path().join("undersigned.db")).unwrap();
        let folder = dir.path().join("shared");
        Device {
            store,
            folder,
            _dir: dir,
        }
    }

    fn conn(&self) -> &Connection {
        self.store.conn()
    }

    fn sync(&mut self) -> SyncReport {
        sync(&mut self.store).unwrap()
    }

    fn device_id(&self) -> String {
        local(self.conn(), DEVICE).unwrap().unwrap()
    }

    fn one(&self, sql: &str) -> Option<String> {
        self.conn()
            .query_row(sql, [], |r| r.get(0))
            .optional()
            .unwrap()
    }

    fn count(&self, sql: &str) -> i64 {
        self.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// Every shared row, in a fixed order: equal dumps, equal datasets.
fn dump(conn: &Connection) -> String {
    let mut out = String::new();
    for table in capture::SHARED {
        let cols = capture::columns(conn, table).unwrap();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {} FROM \"{table}\" AS r ORDER BY r.id",
                capture::row_json(&cols, "r")
            ))
            .unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        for row in rows {
            out.push_str(table);
            out.push(' ');
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

fn hash(conn: &Connection) -> String {
    hex::encode(Sha256::digest(dump(conn).as_bytes()))
}

/// The sync tool: copies every file of one folder that the other lacks.
fn carry(from: &Path, to: &Path) {
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        let target = to.join(rel);
        if !target.exists() {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &target).unwrap();
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for e in entries.flatten() {
        if e.path().is_dir() {
            found.extend(walk(&e.path()));
        } else {
            found.push(e.path());
        }
    }
    found.sort();
    found
}

/// The sync tool again, overwriting what differs.
fn carry_again(from: &Path, to: &Path) {
    for entry in walk(from) {
        let target = to.join(entry.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
}

fn status_of(d: &Device, device: &str) -> DeviceStatus {
    status(d.conn())
        .unwrap()
        .unwrap()
        .devices
        .into_iter()
        .find(|x| x.device == device)
        .unwrap()
}

fn org(name: &str) -> OrganizationInput {
    OrganizationInput {
        name: name.into(),
        ..Default::default()
    }
}

/// A creates a share from a file with data; B and C join it from empty
/// files in folders of their own.
fn three() -> (Device, Device, Device) {
    let mut a = Device::new();
    let mut b = Device::new();
    let mut c = Device::new();
    let invitation = a._dir.path().join("invitation.json");
    let statement = actions::statements::create(
        &mut a.store,
        &NewStatement {
            title: "Stop the deportations".into(),
            ..Default::default()
        },
    )
    .unwrap();
    actions::signons::add(
        &mut a.store,
        &statement.id,
        &NewEndorsement {
            kind: Some(EndorsementKind::Organization),
            name: "Migrant Rights Network".into(),
            country: "PH".into(),
            city: "Manila".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let started = create(&mut a.store, &a.folder.clone(), &invitation, Some("A")).unwrap();
    assert!(started.rows >= 3, "{started:?}");
    for (d, name) in [(&mut b, "B"), (&mut c, "C")] {
        carry(&a.folder, &d.folder);
        join(&mut d.store, &d.folder.clone(), &invitation, Some(name)).unwrap();
    }
    (a, b, c)
}

fn everyone(devices: &mut [&mut Device]) {
    // Until nothing moves: each syncs, then every folder gets every file.
    for _ in 0..4 {
        for d in devices.iter_mut() {
            d.sync();
        }
        for i in 0..devices.len() {
            for j in 0..devices.len() {
                if i != j {
                    let (from, to) = (devices[i].folder.clone(), devices[j].folder.clone());
                    carry(&from, &to);
                }
            }
        }
    }
}

#[test]
fn a_joining_copy_receives_everything_and_finds_it() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    assert_eq!(hash(a.conn()), hash(b.conn()));
    assert_eq!(hash(a.conn()), hash(c.conn()));
    assert_eq!(b.count("SELECT count(*) FROM endorsements"), 1);
    // The search index of the joining copy follows what it received.
    let found = crate::contacts::search(b.conn(), "migrant", 10).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    // Nothing of a signer is readable in the folder.
    for file in walk(&a.folder) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Migrant"),
            "{file:?}"
        );
    }
    let status = status(b.conn()).unwrap().unwrap();
    assert_eq!(status.devices.len(), 3, "{status:?}");
    assert_eq!(status.pending_files, 0);
    assert!(status.folder_ok);
}

#[test]
fn a_second_sync_with_nothing_new_changes_nothing() {
    let (mut a, mut b, _c) = three();
    carry(&b.folder, &a.folder);
    a.sync();
    let before = hash(a.conn());
    let report = a.sync();
    assert_eq!(report, SyncReport::default());
    assert_eq!(hash(a.conn()), before);
    let _ = b.sync();
}

#[test]
fn edits_of_different_fields_of_one_signatory_both_stay() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let id = a.one("SELECT id FROM endorsements").unwrap();
    actions::signons::correct(
        &mut a.store,
        &id,
        &EndorsementPatch {
            city: Some("Quezon City".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    actions::signons::correct(
        &mut b.store,
        &id,
        &EndorsementPatch {
            notes: Some("confirmed by phone".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    for d in [&a, &b, &c] {
        let (city, notes): (String, String) = d
            .conn()
            .query_row("SELECT printed_city, notes FROM endorsements", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(
            (city.as_str(), notes.as_str()),
            ("Quezon City", "confirmed by phone")
        );
    }
    assert_eq!(hash(a.conn()), hash(c.conn()));
    assert!(conflicts(a.conn()).unwrap().is_empty());
}

#[test]
fn a_purge_on_one_copy_removes_the_signer_everywhere_even_one_edited_meanwhile() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let contact = a.one("SELECT id FROM organizations").unwrap();
    let endorsement = a.one("SELECT id FROM endorsements").unwrap();
    // B corrects the sign-on while A purges its statement and contact.
    actions::signons::correct(
        &mut b.store,
        &endorsement,
        &EndorsementPatch {
            notes: Some("called back".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    b.sync();
    let statement = a.one("SELECT id FROM statements").unwrap();
    actions::statements::delete(&mut a.store, &statement).unwrap();
    actions::statements::purge(&mut a.store, &statement).unwrap();
    actions::contacts::delete(&mut a.store, std::slice::from_ref(&contact)).unwrap();
    actions::contacts::purge(&mut a.store, std::slice::from_ref(&contact)).unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    for d in [&a, &b, &c] {
        assert_eq!(d.count("SELECT count(*) FROM endorsements"), 0);
        assert_eq!(d.count("SELECT count(*) FROM organizations"), 0);
        assert_eq!(d.count("SELECT count(*) FROM statements"), 0);
        assert!(
            crate::contacts::search(d.conn(), "migrant", 10)
                .unwrap()
                .is_empty()
        );
    }
    assert_eq!(hash(a.conn()), hash(b.conn()));
}

#[test]
fn concurrent_title_edits_keep_one_and_list_the_other_everywhere() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let id = a.one("SELECT id FROM statements").unwrap();
    for (d, title) in [
        (&mut a, "Stop deportations now"),
        (&mut b, "End the deportations"),
    ] {
        actions::statements::update(
            &mut d.store,
            &id,
            &StatementPatch {
                title: Some(title.into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    everyone(&mut [&mut a, &mut b, &mut c]);
    assert_eq!(hash(a.conn()), hash(b.conn()));
    let title = a.one("SELECT title FROM statements").unwrap();
    for d in [&a, &b] {
        let open = conflicts(d.conn()).unwrap();
        let titles: Vec<_> = open.iter().filter(|c| c.column == "title").collect();
        assert_eq!(titles.len(), 1, "{open:?}");
        assert_eq!(titles[0].kept, title);
        let lost = if title == "End the deportations" {
            "Stop deportations now"
        } else {
            "End the deportations"
        };
        assert_eq!(titles[0].other, lost);
    }
    // Keeping the other title on A writes it as a new edit: every copy
    // takes it and the conflict closes on A.
    let open = conflicts(a.conn()).unwrap();
    let conflict = open.iter().find(|c| c.column == "title").unwrap();
    resolve(&mut a.store, &conflict.id, Keep::Other).unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let other = conflict.other.clone();
    for d in [&a, &b, &c] {
        assert_eq!(d.one("SELECT title FROM statements").unwrap(), other);
    }
    assert!(
        conflicts(a.conn())
            .unwrap()
            .iter()
            .all(|c| c.column != "title")
    );
}

#[test]
fn one_tag_typed_on_two_copies_is_one_tag() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let mut with_tag = org("Asia Pacific Forum");
    with_tag.tags = vec!["Asia".into()];
    actions::contacts::create_organization(&mut a.store, &with_tag).unwrap();
    let mut other = org("Mekong Watch");
    other.tags = vec!["asia".into()];
    actions::contacts::create_organization(&mut b.store, &other).unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    assert_eq!(hash(a.conn()), hash(b.conn()));
    for d in [&a, &b, &c] {
        assert_eq!(d.count("SELECT count(*) FROM tags"), 1);
        assert_eq!(d.count("SELECT count(*) FROM organization_tags"), 2);
        assert!(conflicts(d.conn()).unwrap().is_empty());
    }
}

/// Files made before tags had one id per name can hold the same tag under
/// two ids: sharing them keeps the older, and its members are both.
#[test]
fn one_tag_created_on_two_copies_becomes_one_with_both_members() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let mut with_tag = org("Asia Pacific Forum");
    with_tag.tags = vec!["Asia".into()];
    actions::contacts::create_organization(&mut a.store, &with_tag).unwrap();
    let made = actions::contacts::create_organization(&mut b.store, &org("Mekong Watch")).unwrap();
    b.conn()
        .execute_batch(&format!(
            "INSERT INTO tags (id, name, created_at, updated_at)
               VALUES ('{id}', 'asia', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
             INSERT INTO organization_tags (id, organization_id, tag_id, created_at, updated_at)
               VALUES ('{link}', '{org}', '{id}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');",
            id = uuid::Uuid::now_v7(),
            link = uuid::Uuid::now_v7(),
            org = made.id,
        ))
        .unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    assert_eq!(hash(a.conn()), hash(b.conn()));
    assert_eq!(hash(a.conn()), hash(c.conn()));
    for d in [&a, &b, &c] {
        assert_eq!(d.count("SELECT count(*) FROM tags"), 2);
        assert_eq!(
            d.count("SELECT count(*) FROM tags WHERE deleted_at IS NULL"),
            1
        );
        assert_eq!(
            d.count(
                "SELECT count(DISTINCT l.organization_id) FROM organization_tags l
                   JOIN tags t ON t.id = l.tag_id WHERE t.deleted_at IS NULL"
            ),
            2
        );
        assert!(
            conflicts(d.conn())
                .unwrap()
                .iter()
                .any(|c| c.kind == ConflictKind::Duplicate)
        );
    }
}

#[test]
fn a_file_sealed_with_another_key_is_refused_by_name() {
    let (mut a, mut b, _c) = three();
    actions::statements::create(
        &mut b.store,
        &NewStatement {
            title: "Second".into(),
            ..Default::default()
        },
    )
    .unwrap();
    b.sync();
    carry(&b.folder, &a.folder);
    let file = folder::file_path(&a.folder, &b.device_id(), 2);
    let mut bytes = std::fs::read(&file).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&file, bytes).unwrap();
    let before = hash(a.conn());
    let report = a.sync();
    assert_eq!(report.refused_files, 1, "{report:?}");
    assert_eq!(hash(a.conn()), before);
    let status = status(a.conn()).unwrap().unwrap();
    let held = status
        .devices
        .iter()
        .find(|d| d.device == b.device_id())
        .unwrap();
    let problem = held.problem.clone().unwrap();
    assert_eq!(problem.key.as_deref(), Some("share.unreadable"));
    assert_eq!(problem.params["path"], file.display().to_string());
    // The file whole again (the sync tool brings it again): it is taken in.
    carry_again(&b.folder, &a.folder);
    assert_eq!(a.sync().refused_files, 0);
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE title = 'Second'"),
        1
    );
    assert!(status_of(&a, &b.device_id()).problem.is_none());
}

#[test]
fn every_table_is_shared_or_kept_local() {
    let store = Store::open_in_memory().unwrap();
    let tables: Vec<String> = store
        .conn()
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE 'contact_search%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in &tables {
        assert!(
            capture::SHARED.contains(&table.as_str()) || capture::LOCAL.contains(&table.as_str()),
            "{table} is neither shared nor local: add it to one list"
        );
    }
    assert_eq!(
        tables.len(),
        capture::SHARED.len() + capture::LOCAL.len() - 1
    );
}

#[test]
fn leaving_stops_capture_and_forgets_the_key() {
    let (mut a, _b, _c) = three();
    assert!(capture::installed(a.conn()).unwrap());
    leave(&mut a.store).unwrap();
    assert!(!capture::installed(a.conn()).unwrap());
    actions::statements::create(
        &mut a.store,
        &NewStatement {
            title: "After".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(a.count("SELECT count(*) FROM share_outbox"), 0);
    assert!(status(a.conn()).unwrap().is_none());
    assert!(matches!(sync(&mut a.store), Err(ShareError::NotShared)));
}

/// Three copies, a thousand random edits, files carried late, out of order
/// and twice: in the end every copy holds the same rows.
#[test]
fn three_copies_converge_whatever_order_files_arrive_in() {
    for seed in [7_u64, 1913, 2026] {
        converge(seed, 1000);
    }
}

fn random_id(d: &Device, rng: &mut StdRng, sql: &str) -> Option<String> {
    let ids: Vec<String> = d
        .conn()
        .prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rng.choose(&ids).cloned()
}

fn converge(seed: u64, steps: usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    let (a, b, c) = three();
    let mut devices = [a, b, c];
    let words = ["Asia", "Africa", "Youth", "Labour", "Faith", "Climate"];
    let mut purges = 0;
    for step in 0..steps {
        let i = rng.gen_range(0..3);
        let d = &mut devices[i];
        let pick = rng.gen_range(0..100);
        let word = words[rng.gen_range(0..words.len())];
        let statement = random_id(
            d,
            &mut rng,
            "SELECT id FROM statements WHERE deleted_at IS NULL",
        );
        let endorsement = random_id(
            d,
            &mut rng,
            "SELECT id FROM endorsements WHERE deleted_at IS NULL",
        );
        let organization = random_id(
            d,
            &mut rng,
            "SELECT id FROM organizations WHERE deleted_at IS NULL",
        );
        let _ = match pick {
            0..=5 => actions::statements::create(
                &mut d.store,
                &NewStatement {
                    title: format!("{word} statement {step}"),
                    ..Default::default()
                },
            )
            .map(|_| ())
            .map_err(|e| e.to_string()),
            6..=17 => statement.map_or(Ok(()), |id| {
                let patch = match rng.gen_range(0..3) {
                    0 => StatementPatch {
                        title: Some(format!("{word} {step}")),
                        ..Default::default()
                    },
                    1 => StatementPatch {
                        place: Some(format!("{word} city")),
                        ..Default::default()
                    },
                    _ => StatementPatch {
                        body: Some(format!("We, the {word} groups, {step}.")),
                        ..Default::default()
                    },
                };
                actions::statements::update(&mut d.store, &id, &patch)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            18..=34 => statement.map_or(Ok(()), |id| {
                actions::signons::add(
                    &mut d.store,
                    &id,
                    &NewEndorsement {
                        kind: Some(EndorsementKind::Organization),
                        name: format!("{word} Network {}", rng.gen_range(0..40)),
                        country: "KE".into(),
                        ..Default::default()
                    },
                )
                .map(|_| ())
                .map_err(|e| e.to_string())
            }),
            35..=49 => endorsement.map_or(Ok(()), |id| {
                let patch = if rng.gen_bool(0.5) {
                    EndorsementPatch {
                        city: Some(format!("{word}ville")),
                        ..Default::default()
                    }
                } else {
                    EndorsementPatch {
                        notes: Some(format!("note {step}")),
                        ..Default::default()
                    }
                };
                actions::signons::correct(&mut d.store, &id, &patch, false)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            50..=56 => endorsement.map_or(Ok(()), |id| {
                actions::signons::set_status(&mut d.store, &[id], EndorsementStatus::Confirmed)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            57..=61 => endorsement.map_or(Ok(()), |id| {
                actions::signons::delete(&mut d.store, &[id])
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            62..=64 => random_id(
                d,
                &mut rng,
                "SELECT id FROM endorsements WHERE deleted_at IS NOT NULL",
            )
            .map_or(Ok(()), |id| {
                actions::signons::restore(&mut d.store, &[id])
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            65..=72 => {
                let mut input = org(&format!("{word} Alliance {}", rng.gen_range(0..20)));
                input.tags = vec![word.to_string()];
                actions::contacts::create_organization(&mut d.store, &input)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
            73..=78 => organization.map_or(Ok(()), |id| {
                let mut input = org(&format!("{word} Coalition"));
                input.city = format!("{word} town");
                if rng.gen_bool(0.5) {
                    input.tags = vec![word.to_string()];
                }
                actions::contacts::update_organization(&mut d.store, &id, &input)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            79..=80 => organization.map_or(Ok(()), |id| {
                purges += 1;
                let ids = [id];
                actions::contacts::delete(&mut d.store, &ids)
                    .and_then(|_| actions::contacts::purge(&mut d.store, &ids))
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            81 => statement.map_or(Ok(()), |id| {
                purges += 1;
                actions::statements::delete(&mut d.store, &id)
                    .and_then(|_| actions::statements::purge(&mut d.store, &id))
                    .map_err(|e| e.to_string())
            }),
            82..=91 => {
                d.sync();
                Ok(())
            }
            _ => {
                // The sync tool brings one file, or several, late and
                // in any order; sometimes a file it brought before again.
                let from = rng.gen_range(0..3);
                let to = rng.gen_range(0..3);
                if from != to {
                    let mut files = walk(&devices[from].folder);
                    rng.shuffle(&mut files);
                    for file in files.into_iter().take(rng.gen_range(1..4)) {
                        let rel = file
                            .strip_prefix(&devices[from].folder)
                            .unwrap()
                            .to_path_buf();
                        let target = devices[to].folder.join(&rel);
                        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                        std::fs::copy(&file, &target).unwrap();
                    }
                }
                Ok(())
            }
        };
    }
    let [a, b, c] = &mut devices;
    everyone(&mut [a, b, c]);
    let hashes: Vec<String> = devices.iter().map(|d| hash(d.conn())).collect();
    if hashes[0] != hashes[1] || hashes[0] != hashes[2] {
        let dumps: Vec<String> = devices.iter().map(|d| dump(d.conn())).collect();
        for (x, y) in dumps[0]
            .lines()
            .zip(dumps[1].lines())
            .chain(dumps[0].lines().zip(dumps[2].lines()))
        {
            if x != y {
                panic!("seed {seed}: copies differ:\n{x}\n{y}");
            }
        }
        panic!("seed {seed}: copies differ in length");
    }
    let d = &devices[0];
    let endorsements = d.count("SELECT count(*) FROM endorsements");
    let statements = d.count("SELECT count(*) FROM statements");
    assert!(
        endorsements > 20 && statements > 5,
        "seed {seed}: too little happened ({statements} statements, {endorsements} sign-ons)"
    );
    assert!(purges > 3, "seed {seed}: {purges} purges");
    for d in &devices {
        assert_eq!(status(d.conn()).unwrap().unwrap().pending_files, 0);
        assert_eq!(d.count("SELECT count(*) FROM share_outbox"), 0);
    }
}

fn config_of(d: &Device) -> Config {
    config(d.conn()).unwrap().unwrap()
}

/// A file that cannot be read (noise, in a folder of a device no one
/// knows) or applied (a key holder's file breaking a rule of the schema)
/// holds back that device's files alone: everything else is taken in, and
/// the status says why.
#[test]
fn a_bad_file_holds_back_its_own_device_only() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    // Noise under a device name, dropped into A's folder by anyone.
    let stranger = "0123456789abcdef0123456789abcdef";
    std::fs::create_dir_all(a.folder.join(stranger)).unwrap();
    std::fs::write(
        folder::file_path(&a.folder, stranger, 1),
        b"not a change file",
    )
    .unwrap();
    // A file sealed with the right key that breaks a CHECK rule.
    let cfg = config_of(&a);
    let rogue = "fedcba9876543210fedcba9876543210";
    let bad = Batch {
        format: folder::FORMAT,
        schema: SCHEMA_VERSION,
        device: rogue.into(),
        name: "rogue\u{1b}[31m\u{202e}".into(),
        seq: 1,
        written_at: "2026-12-03T00:00:00.000Z".into(),
        seen: BTreeMap::new(),
        changes: vec![Change {
            t: "statements".into(),
            id: uuid::Uuid::now_v7().to_string(),
            op: Op::Put,
            s: stamp(Hlc { ms: 1, counter: 0 }, rogue, 1),
            n: true,
            c: serde_json::json!({"title": "Rogue", "status": "bogus", "created_at": "x", "updated_at": "x"})
                .as_object()
                .unwrap()
                .clone(),
        }],
    };
    folder::write_batch(&a.folder, &cfg.key, &cfg.share, &bad).unwrap();
    // And one whose tag link points to a tag that is nowhere: the check
    // at commit would fail the whole sync; it is refused on its own.
    let dangling = "aaaabbbbccccddddeeeeffff00001111";
    let contact = a.one("SELECT id FROM organizations").unwrap();
    let link = Batch {
        device: dangling.into(),
        name: "dangling".into(),
        changes: vec![Change {
            t: "organization_tags".into(),
            id: uuid::Uuid::now_v7().to_string(),
            op: Op::Put,
            s: stamp(Hlc { ms: 2, counter: 0 }, dangling, 1),
            n: true,
            c: serde_json::json!({"organization_id": contact, "tag_id": uuid::Uuid::now_v7().to_string(),
                                  "created_at": "x", "updated_at": "x"})
                .as_object()
                .unwrap()
                .clone(),
        }],
        ..bad.clone()
    };
    folder::write_batch(&a.folder, &cfg.key, &cfg.share, &link).unwrap();
    // B writes something the while: A must still take it in.
    actions::statements::create(
        &mut b.store,
        &NewStatement {
            title: "From B".into(),
            ..Default::default()
        },
    )
    .unwrap();
    b.sync();
    carry(&b.folder, &a.folder);
    let report = a.sync();
    assert_eq!(report.refused_files, 3, "{report:?}");
    assert!(report.applied_files >= 1, "{report:?}");
    assert_eq!(a.count("SELECT count(*) FROM organization_tags"), 0);
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE title = 'From B'"),
        1
    );
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE title = 'Rogue'"),
        0
    );
    let status = status(a.conn()).unwrap().unwrap();
    let problem = |id: &str| {
        status
            .devices
            .iter()
            .find(|d| d.device == id)
            .and_then(|d| d.problem.clone())
            .map(|p| p.key.unwrap_or_default())
    };
    assert_eq!(problem(stranger).as_deref(), Some("share.unreadable"));
    assert_eq!(problem(rogue).as_deref(), Some("share.apply"));
    assert_eq!(problem(dangling).as_deref(), Some("share.apply"));
    // Syncing again changes nothing and refuses the same files again.
    let again = a.sync();
    assert_eq!((again.refused_files, again.applied_files), (3, 0));
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_to_a_device_is_not_read() {
    let (mut a, b, _c) = three();
    let dir = a.folder.join(b.device_id());
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink("/dev/zero", folder::file_path(&a.folder, &b.device_id(), 2))
        .unwrap();
    carry(&b.folder, &a.folder);
    let report = a.sync();
    assert_eq!(report.refused_files, 1, "{report:?}");
    let status = status(a.conn()).unwrap().unwrap();
    let held = status
        .devices
        .iter()
        .find(|d| d.device == b.device_id())
        .unwrap();
    assert!(
        held.problem
            .as_ref()
            .unwrap()
            .message
            .contains("not a regular file"),
        "{held:?}"
    );
}

/// A copy restored from a backup (or a sync interrupted after it wrote its
/// file) takes its own files back: nothing it wrote is lost, and its next
/// file takes the next number.
#[test]
fn a_copy_restored_from_before_its_last_file_takes_that_file_back() {
    let (mut a, mut b, _c) = three();
    let db = a.store.path().unwrap().to_path_buf();
    a.store.checkpoint().unwrap();
    let saved = a._dir.path().join("before.db");
    std::fs::copy(&db, &saved).unwrap();
    actions::statements::create(
        &mut a.store,
        &NewStatement {
            title: "Written after the backup".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let written = a.sync().written_file.unwrap();
    drop(std::mem::replace(
        &mut a.store,
        Store::open_in_memory().unwrap(),
    ));
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    std::fs::copy(&saved, &db).unwrap();
    a.store = Store::open(&db).unwrap();
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE title = 'Written after the backup'"),
        0
    );
    a.sync();
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE title = 'Written after the backup'"),
        1
    );
    actions::statements::create(
        &mut a.store,
        &NewStatement {
            title: "And one more".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(a.sync().written_file, Some(written + 1));
    carry(&a.folder, &b.folder);
    b.sync();
    assert_eq!(b.count("SELECT count(*) FROM statements WHERE title IN ('Written after the backup', 'And one more')"), 2);
}

#[test]
fn a_review_settled_on_one_copy_closes_on_the_others() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let id = a.one("SELECT id FROM statements").unwrap();
    for (d, title) in [
        (&mut a, "Stop deportations now"),
        (&mut b, "End the deportations"),
    ] {
        actions::statements::update(
            &mut d.store,
            &id,
            &StatementPatch {
                title: Some(title.into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    everyone(&mut [&mut a, &mut b, &mut c]);
    let open = conflicts(b.conn()).unwrap();
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].kept_here || open[0].other_here, "{open:?}");
    // B keeps what is there: a choice, written as B's edit.
    resolve(&mut b.store, &open[0].id, Keep::Kept).unwrap();
    let kept = b.one("SELECT title FROM statements").unwrap();
    everyone(&mut [&mut a, &mut b, &mut c]);
    for d in [&a, &b, &c] {
        assert!(
            conflicts(d.conn()).unwrap().is_empty(),
            "still open: {:?}",
            conflicts(d.conn()).unwrap()
        );
        assert_eq!(d.one("SELECT title FROM statements").unwrap(), kept);
    }
}

#[test]
fn joining_with_a_key_that_opens_nothing_there_is_refused_and_changes_nothing() {
    let (a, _b, _c) = three();
    let mut d = Device::new();
    carry(&a.folder, &d.folder);
    let cfg = config_of(&a);
    // A marker with no key check (as a folder could hold): the files
    // themselves tell the key is wrong.
    std::fs::write(
        d.folder.join(folder::MARKER),
        format!("{{\"undersigned_share\": \"{}\"}}", cfg.share),
    )
    .unwrap();
    let forged = d._dir.path().join("forged.json");
    folder::write_invitation(&forged, &cfg.share, &Key::generate(), "x").unwrap();
    match join(&mut d.store, &d.folder.clone(), &forged, None) {
        Err(ShareError::BadInvitation { detail, .. }) => {
            assert!(detail.contains("does not open"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    assert!(!is_shared(d.conn()).unwrap());
    // A folder with another share's files is not one to start in.
    let mut e = Device::new();
    std::fs::remove_file(a.folder.join(folder::MARKER)).unwrap();
    let taken = create(
        &mut e.store,
        &a.folder.clone(),
        &e._dir.path().join("i.json"),
        None,
    );
    assert!(
        matches!(taken, Err(ShareError::FolderTaken { .. })),
        "{taken:?}"
    );
    assert!(!is_shared(e.conn()).unwrap());
}

#[test]
fn device_names_lose_control_and_direction_characters() {
    assert_eq!(
        folder::clean_name("  evil\u{1b}[31mRED\u{7}\r\nline2 "),
        "evil[31mREDline2"
    );
    assert_eq!(folder::clean_name("admin\u{202e}gnp.exe"), "admingnp.exe");
    assert_eq!(folder::clean_name(&"x".repeat(10_000)).chars().count(), 60);
    let (a, _b, _c) = three();
    assert_eq!(device_name(Some("\u{202e}\u{7}")), device_name(None));
    drop(a);
}

/// An edit made here after the file this copy takes back (a restore, an
/// interrupted sync) stays: it is newer than anything in that file.
#[test]
fn an_edit_made_after_a_restore_outlives_the_file_taken_back() {
    let (mut a, mut b, mut c) = three();
    everyone(&mut [&mut a, &mut b, &mut c]);
    let id = a.one("SELECT id FROM statements").unwrap();
    let db = a.store.path().unwrap().to_path_buf();
    a.store.checkpoint().unwrap();
    let saved = a._dir.path().join("before.db");
    std::fs::copy(&db, &saved).unwrap();
    let rename = |d: &mut Device, title: &str| {
        actions::statements::update(
            &mut d.store,
            &id,
            &StatementPatch {
                title: Some(title.into()),
                ..Default::default()
            },
        )
        .unwrap();
    };
    rename(&mut a, "First rename");
    a.sync();
    drop(std::mem::replace(
        &mut a.store,
        Store::open_in_memory().unwrap(),
    ));
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    std::fs::copy(&saved, &db).unwrap();
    a.store = Store::open(&db).unwrap();
    rename(&mut a, "Second rename");
    everyone(&mut [&mut a, &mut b, &mut c]);
    for d in [&a, &b, &c] {
        assert_eq!(
            d.one("SELECT title FROM statements").unwrap(),
            "Second rename"
        );
    }
    assert_eq!(hash(a.conn()), hash(b.conn()));
}

#[test]
fn a_link_to_a_statement_that_is_nowhere_is_refused_on_its_own() {
    let (mut a, b, _c) = three();
    let cfg = config_of(&a);
    let id = a.one("SELECT id FROM statements").unwrap();
    let rogue = b.device_id();
    let bad = Batch {
        format: folder::FORMAT,
        schema: SCHEMA_VERSION,
        device: rogue.clone(),
        name: "B".into(),
        seq: 2,
        written_at: "2026-12-03T00:00:00.000Z".into(),
        seen: BTreeMap::new(),
        changes: vec![Change {
            t: "statements".into(),
            id,
            op: Op::Put,
            s: stamp(
                Hlc {
                    ms: u64::MAX >> 20,
                    counter: 0,
                },
                &rogue,
                2,
            ),
            n: false,
            c: serde_json::json!({"translation_of": uuid::Uuid::now_v7().to_string()})
                .as_object()
                .unwrap()
                .clone(),
        }],
    };
    carry(&b.folder, &a.folder);
    folder::write_batch(&a.folder, &cfg.key, &cfg.share, &bad).unwrap();
    let report = a.sync();
    assert_eq!(report.refused_files, 1, "{report:?}");
    assert_eq!(
        a.count("SELECT count(*) FROM statements WHERE translation_of IS NOT NULL"),
        0
    );
    let held = status_of(&a, &rogue).problem.unwrap();
    assert!(held.message.contains("not there"), "{held:?}");
}

#[test]
fn a_mistyped_key_is_refused_even_before_any_file_is_in_the_folder() {
    let mut a = Device::new();
    let invitation = a._dir.path().join("invitation.json");
    create(&mut a.store, &a.folder.clone(), &invitation, Some("A")).unwrap();
    let mut d = Device::new();
    std::fs::create_dir_all(&d.folder).unwrap();
    std::fs::copy(a.folder.join(folder::MARKER), d.folder.join(folder::MARKER)).unwrap();
    let cfg = config_of(&a);
    let forged = d._dir.path().join("forged.json");
    folder::write_invitation(&forged, &cfg.share, &Key::generate(), "x").unwrap();
    assert!(matches!(
        join(&mut d.store, &d.folder.clone(), &forged, None),
        Err(ShareError::BadInvitation { .. })
    ));
    assert!(
        walk(&d.folder).len() == 1,
        "only the marker: {:?}",
        walk(&d.folder)
    );
    // An invitation is not written over anything but an invitation.
    let mut e = Device::new();
    let precious = e._dir.path().join("letter.md");
    std::fs::write(&precious, "# Our letter").unwrap();
    let refused = create(&mut e.store, &e.folder.clone(), &precious, None);
    assert!(
        matches!(refused, Err(ShareError::Write { .. })),
        "{refused:?}"
    );
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "# Our letter");
    assert!(!is_shared(e.conn()).unwrap());
}

#[test]
fn the_background_schedule_syncs_at_start_when_writes_settle_and_when_files_arrive() {
    let status = |pending_changes: u64, others_files: u64, pending_files: u64| ShareStatus {
        folder: "/f".into(),
        device: "a".into(),
        name: "A".into(),
        devices: vec![DeviceStatus {
            device: "b".into(),
            name: "B".into(),
            this: false,
            applied: others_files - pending_files,
            in_folder: others_files,
            written_at: None,
            problem: None,
        }],
        last_sync: None,
        pending_changes,
        pending_files,
        open_conflicts: 0,
        folder_ok: true,
    };
    let mut schedule = Schedule::new(std::time::Duration::from_secs(3600));
    assert!(schedule.due(Some(&status(0, 1, 0))), "the first look syncs");
    assert!(!schedule.due(Some(&status(0, 1, 0))), "nothing new");
    assert!(!schedule.due(Some(&status(2, 1, 0))), "still typing");
    assert!(!schedule.due(Some(&status(3, 1, 0))), "still typing");
    assert!(schedule.due(Some(&status(3, 1, 0))), "the writes settled");
    assert!(schedule.due(Some(&status(0, 2, 1))), "a file arrived");
    assert!(
        !schedule.due(Some(&status(0, 2, 1))),
        "it waits for an earlier one: not again at once"
    );
    let mut missing = status(3, 1, 0);
    missing.folder_ok = false;
    assert!(!schedule.due(Some(&missing)));
    assert!(
        !schedule.due(Some(&missing)),
        "no sync into a missing folder"
    );
    let mut unshared = Schedule::new(std::time::Duration::from_secs(3600));
    assert!(!unshared.due(None));
    assert!(
        !unshared.due(Some(&status(0, 1, 0))),
        "sharing started after the first look"
    );
}
