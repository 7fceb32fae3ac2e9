//! Sharing one coalition's dataset between several organizers' files, with
//! no server: through any folder a sync tool carries (Syncthing, Nextcloud,
//! a shared drive, a USB stick).
//!
//! - **Capture** (`capture`): triggers record every write to a shared table
//!   in `share_outbox`, in the write's own transaction.
//! - **Carry** (`folder`): at each sync the outbox becomes one numbered file
//!   in this device's folder inside the shared one, sealed with the
//!   coalition key an invitation file hands over.
//! - **Apply** (`apply`): every other device's files are applied in their
//!   order, each once, and only after the files it had seen itself;
//!   a column takes the value of its last writer by a hybrid logical clock
//!   (then device id), so every copy ends the same whatever order files
//!   arrive in. Purges win over edits; rows two organizers both created
//!   where one is allowed follow stated rules (`apply::RULES`); concurrent
//!   edits of a statement's title or text are kept for review.
//!
//! A sync is one transaction: a crash or a kill leaves the file as it was
//! before it, and the next sync does it again.

mod apply;
mod capture;
mod error;
mod folder;
mod review;
mod stamps;
mod status;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

pub use error::ShareError;
use folder::{Batch, Change, Key, Op};

use crate::store::{SCHEMA_VERSION, Store, clock};

const ID: &str = "share.id";
const KEY: &str = "share.key";
const FOLDER: &str = "share.folder";
const DEVICE: &str = "share.device";
const NAME: &str = "share.name";
const CLOCK: &str = "share.clock";
const SYNCED: &str = "share.synced_at";

/// This copy's share: which, where, and who it is in it.
pub(crate) struct Config {
    share: String,
    key: Key,
    folder: PathBuf,
    device: String,
    name: String,
}

fn local(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM local_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()
}

fn set_local(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO local_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

fn config(conn: &Connection) -> Result<Option<Config>, ShareError> {
    let Some(share) = local(conn, ID)? else {
        return Ok(None);
    };
    let get = |key| -> Result<String, ShareError> { Ok(local(conn, key)?.unwrap_or_default()) };
    let key = Key::from_hex(&get(KEY)?).ok_or(ShareError::NotShared)?;
    Ok(Some(Config {
        share,
        key,
        folder: PathBuf::from(get(FOLDER)?),
        device: get(DEVICE)?,
        name: get(NAME)?,
    }))
}

fn required(conn: &Connection) -> Result<Config, ShareError> {
    config(conn)?.ok_or(ShareError::NotShared)
}

/// Whether the file behind `conn` is shared.
pub fn is_shared(conn: &Connection) -> Result<bool, ShareError> {
    Ok(local(conn, ID)?.is_some())
}

/// After a migration: a table it rebuilt lost its triggers, one it gave a
/// column needs them written again.
pub(crate) fn after_migration(conn: &Connection) -> rusqlite::Result<()> {
    if local(conn, ID)?.is_some() {
        capture::install(conn)?;
    }
    Ok(())
}

fn new_id() -> String {
    uuid::Uuid::now_v7().simple().to_string()
}

/// This computer's name, as the other organizers see this device.
pub fn default_device_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "this computer".to_string())
}

/// What `create` and `join` did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Started {
    pub folder: String,
    pub device: String,
    pub name: String,
    /// The invitation file written (`create`), by its name.
    pub invitation: Option<String>,
    /// Rows already in this file, written to the folder for the others.
    pub rows: u64,
    pub sync: SyncReport,
}

fn start(
    store: &mut Store,
    share: &str,
    key: &Key,
    folder: &Path,
    name: &str,
) -> Result<(String, u64), ShareError> {
    let device = new_id();
    let folder_text = folder.to_string_lossy().into_owned();
    let rows = store.with_tx(|tx| -> Result<usize, ShareError> {
        if let Some(existing) = local(tx, FOLDER)? {
            return Err(ShareError::AlreadyShared {
                folder: existing.into(),
            });
        }
        for (k, v) in [
            (ID, share),
            (KEY, key.to_hex().as_str()),
            (FOLDER, folder_text.as_str()),
            (DEVICE, device.as_str()),
            (NAME, name),
        ] {
            set_local(tx, k, v)?;
        }
        tx.execute(
            "INSERT INTO share_devices (device, name, applied) VALUES (?1, ?2, 0)",
            [&device, name],
        )?;
        capture::install(tx)?;
        Ok(capture::snapshot(tx)?)
    })?;
    Ok((device, rows as u64))
}

fn absolute(folder: &Path) -> Result<PathBuf, ShareError> {
    std::path::absolute(folder).map_err(|e| ShareError::Read {
        path: folder.to_path_buf(),
        detail: e.to_string(),
    })
}

/// The folder, made absolute, for a database not shared yet (a shared
/// one leaves first).
fn unshared(store: &Store, folder: &Path) -> Result<PathBuf, ShareError> {
    if let Some(existing) = config(store.conn())? {
        return Err(ShareError::AlreadyShared {
            folder: existing.folder,
        });
    }
    absolute(folder)
}

/// The name this computer goes by: the one given, cleaned, or its host name.
fn device_name(name: Option<&str>) -> String {
    let given = name.map(folder::clean_name).filter(|n| !n.is_empty());
    given.unwrap_or_else(|| {
        Some(folder::clean_name(&default_device_name()))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "this computer".into())
    })
}

/// Starts a share in `folder` (an empty folder, or one to be made) and
/// writes the invitation the other organizers join with to `invitation`.
/// The database is set up first, then the folder and the invitation: if
/// either cannot be written, the database is left as it was.
pub fn create(
    store: &mut Store,
    folder: &Path,
    invitation: &Path,
    name: Option<&str>,
) -> Result<Started, ShareError> {
    let folder = unshared(store, folder)?;
    let holds_a_share = folder::read_marker(&folder).is_some()
        || folder::list(&folder).is_ok_and(|devices| !devices.is_empty());
    if holds_a_share {
        return Err(ShareError::FolderTaken { folder });
    }
    if folder.exists() && !folder.is_dir() {
        return Err(ShareError::Write {
            path: folder,
            detail: "it is a file, not a folder".into(),
        });
    }
    // The invitation may replace an older invitation, nothing else (the
    // database itself, a document).
    if invitation.exists() && folder::read_invitation(invitation).is_err() {
        return Err(ShareError::Write {
            path: invitation.to_path_buf(),
            detail: "another file is there already; choose another name for the invitation".into(),
        });
    }
    let share = new_id();
    let key = Key::generate();
    let name = device_name(name);
    let (device, rows) = start(store, &share, &key, &folder, &name)?;
    let made_folder = !folder.exists();
    let written = std::fs::create_dir_all(&folder)
        .map_err(|e| ShareError::Write {
            path: folder.clone(),
            detail: e.to_string(),
        })
        .and_then(|()| folder::write_marker(&folder, &share, &key))
        .and_then(|()| folder::write_invitation(invitation, &share, &key, &name));
    if let Err(err) = written {
        let _ = std::fs::remove_file(folder.join(folder::MARKER));
        if made_folder {
            let _ = std::fs::remove_dir(&folder);
        }
        leave(store)?;
        return Err(err);
    }
    let sync = sync(store)?;
    Ok(Started {
        folder: folder.to_string_lossy().into_owned(),
        device,
        name,
        invitation: invitation
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
        rows,
        sync,
    })
}

/// Joins the share an invitation names, in `folder` (this computer's copy
/// of the shared folder). What this file holds already is shared too.
pub fn join(
    store: &mut Store,
    folder: &Path,
    invitation: &Path,
    name: Option<&str>,
) -> Result<Started, ShareError> {
    let folder = unshared(store, folder)?;
    let (share, key) = folder::read_invitation(invitation)?;
    if !folder::holds(&folder, &share) {
        return Err(ShareError::WrongFolder { folder });
    }
    if !folder::key_matches(&folder, &key) {
        return Err(ShareError::BadInvitation {
            path: invitation.to_path_buf(),
            detail: "its key is not the one this share was made with".into(),
        });
    }
    // The key must open what is there already: a mistyped invitation
    // would otherwise join and write files no one else can read.
    let listing = folder::list(&folder)?;
    let firsts: Vec<(&String, u64)> = listing
        .iter()
        .filter_map(|(d, seqs)| seqs.first().map(|s| (d, *s)))
        .collect();
    if !firsts.is_empty()
        && !firsts
            .iter()
            .any(|(d, s)| folder::read_batch(&folder, &key, &share, d, *s).is_ok())
    {
        return Err(ShareError::BadInvitation {
            path: invitation.to_path_buf(),
            detail: "its key does not open the files in the shared folder".into(),
        });
    }
    let name = device_name(name);
    let (device, rows) = start(store, &share, &key, &folder, &name)?;
    let sync = sync(store)?;
    Ok(Started {
        folder: folder.to_string_lossy().into_owned(),
        device,
        name,
        invitation: None,
        rows,
        sync,
    })
}

/// Stops sharing: no more capture, the key and the share's bookkeeping
/// are forgotten. The data stays; the folder is left as it is.
pub fn leave(store: &mut Store) -> Result<(), ShareError> {
    store.with_tx(|tx| -> Result<(), ShareError> {
        required(tx)?;
        capture::remove(tx)?;
        tx.execute_batch(
            "DELETE FROM local_state WHERE key LIKE 'share.%';
             DELETE FROM share_outbox; DELETE FROM share_stamps; DELETE FROM share_gone;
             DELETE FROM share_devices; DELETE FROM share_conflicts; DELETE FROM share_set_aside;",
        )?;
        Ok(())
    })
}

/// What one sync did.
#[derive(Debug, Clone, Default, Serialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// This device's changes written to the folder, and the file's number.
    pub written: u64,
    pub written_file: Option<u64>,
    /// Other devices' files and changes applied here.
    pub applied_files: u64,
    pub applied_changes: u64,
    /// Files in the folder that wait for earlier ones still on their way,
    /// or were written by a newer version of Undersigned.
    pub waiting_files: u64,
    /// Conflicts this sync found (see `conflicts`).
    pub new_conflicts: u64,
    /// Files that could not be read or applied (each holds back the files
    /// after it from the same computer; `status` says why).
    pub refused_files: u64,
}

/// Writes this device's changes to the folder, then applies every other
/// device's files that can be.
pub fn sync(store: &mut Store) -> Result<SyncReport, ShareError> {
    let cfg = required(store.conn())?;
    if !cfg.folder.is_dir() {
        return Err(ShareError::FolderMissing { folder: cfg.folder });
    }
    if !folder::holds(&cfg.folder, &cfg.share) {
        return Err(ShareError::WrongFolder { folder: cfg.folder });
    }
    let listing = folder::list(&cfg.folder)?;
    store.with_tx(|tx| sync_in(tx, &cfg, &listing))
}

/// Applies one file in a savepoint of its own: a file that fails leaves
/// nothing of itself, and the sync goes on without it.
fn apply_file(
    tx: &Transaction<'_>,
    run: &mut apply::Run,
    batch: &Batch,
    path: &Path,
) -> Result<u64, ShareError> {
    tx.execute_batch("SAVEPOINT share_file")?;
    match run
        .batch(tx, batch)
        .and_then(|count| links_hold(tx, batch).map(|()| count))
    {
        Ok(count) => {
            tx.execute_batch("RELEASE share_file")?;
            Ok(count)
        }
        Err(err) => {
            tx.execute_batch("ROLLBACK TO share_file; RELEASE share_file")?;
            run.forget_unsaved();
            Err(ShareError::Apply {
                path: path.to_path_buf(),
                detail: err.to_string(),
            })
        }
    }
}

/// Foreign keys are checked at commit (a file's rows come in any order):
/// a file that leaves a link pointing nowhere is refused here, on its own,
/// rather than failing the whole sync at its end. The tables it wrote are
/// checked, and every table with links when it deleted rows.
fn links_hold(tx: &Transaction<'_>, batch: &Batch) -> Result<(), ShareError> {
    let deletes = batch.changes.iter().any(|c| c.op == Op::Del);
    for table in capture::SHARED {
        if !deletes && !batch.changes.iter().any(|c| c.t == *table) {
            continue;
        }
        let broken: Option<String> = tx
            .prepare_cached(
                "SELECT \"table\" || ' → ' || parent FROM pragma_foreign_key_check(?1) LIMIT 1",
            )?
            .query_row([table], |r| r.get(0))
            .optional()?;
        if let Some(link) = broken {
            return Err(ShareError::Store(crate::store::StoreError::from(
                rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                    Some(format!(
                        "a link points to a record that is not there ({link})"
                    )),
                ),
            )));
        }
    }
    Ok(())
}

fn record_device(
    tx: &Transaction<'_>,
    device: &str,
    name: Option<&str>,
    applied: u64,
    written_at: Option<&str>,
    problem: Option<&ShareError>,
) -> Result<(), ShareError> {
    let problem = problem
        .map(|e| serde_json::to_string(&crate::error::ErrorReport::from(e)).unwrap_or_default());
    tx.execute(
        "INSERT INTO share_devices (device, name, applied, written_at, problem) VALUES (?1, coalesce(?2, ''), ?3, ?4, ?5)
         ON CONFLICT (device) DO UPDATE SET name = coalesce(?2, name), applied = excluded.applied,
             written_at = coalesce(excluded.written_at, written_at), problem = excluded.problem",
        rusqlite::params![device, name.map(folder::clean_name), applied as i64, written_at, problem],
    )?;
    Ok(())
}

fn sync_in(
    tx: &Transaction<'_>,
    cfg: &Config,
    listing: &BTreeMap<String, Vec<u64>>,
) -> Result<SyncReport, ShareError> {
    let mut report = SyncReport::default();
    let conflicts_before = open_conflicts(tx)?;
    let mut applied = applied(tx)?;
    let mut run = apply::Run::new(tx)?;
    // This device's own files beyond the last it recorded: written by a
    // sync that was interrupted before it committed, or before a backup
    // was restored. They are applied back, so nothing written here is
    // lost, and the next file takes the number after them.
    run.set_own_pass(true);
    loop {
        let next = applied.get(&cfg.device).copied().unwrap_or(0) + 1;
        let Ok(batch) = folder::read_batch(&cfg.folder, &cfg.key, &cfg.share, &cfg.device, next)
        else {
            break;
        };
        let path = folder::file_path(&cfg.folder, &cfg.device, next);
        if apply_file(tx, &mut run, &batch, &path).is_err() {
            break;
        }
        record_device(tx, &cfg.device, None, next, Some(&batch.written_at), None)?;
        applied.insert(cfg.device.clone(), next);
        observe(tx, &batch)?;
    }
    run.set_own_pass(false);
    if let Some((seq, count)) = flush(tx, cfg, applied.get(&cfg.device).copied().unwrap_or(0))? {
        report.written = count;
        report.written_file = Some(seq);
        applied.insert(cfg.device.clone(), seq);
    }
    // The flush stamped columns behind the run's back.
    run.forget_unsaved();
    let own = applied.get(&cfg.device).copied().unwrap_or(0);
    let mut held: BTreeMap<String, ShareError> = BTreeMap::new();
    loop {
        let mut progress = false;
        for (device, seqs) in listing {
            if *device == cfg.device || held.contains_key(device) {
                continue;
            }
            let next = applied.get(device).copied().unwrap_or(0) + 1;
            if seqs.binary_search(&next).is_err() {
                continue;
            }
            let path = folder::file_path(&cfg.folder, device, next);
            let batch = match folder::read_batch(&cfg.folder, &cfg.key, &cfg.share, device, next) {
                Ok(batch) => batch,
                Err(err) => {
                    held.insert(device.clone(), err);
                    continue;
                }
            };
            if batch.schema > SCHEMA_VERSION || batch.format > folder::FORMAT {
                continue;
            }
            let ready = batch.seen.iter().all(|(d, n)| {
                let have = if *d == cfg.device {
                    own
                } else {
                    applied.get(d).copied().unwrap_or(0)
                };
                have >= *n
            });
            if !ready {
                continue;
            }
            match apply_file(tx, &mut run, &batch, &path) {
                Ok(count) => report.applied_changes += count,
                Err(err) => {
                    held.insert(device.clone(), err);
                    continue;
                }
            }
            report.applied_files += 1;
            record_device(
                tx,
                device,
                Some(&batch.name),
                next,
                Some(&batch.written_at),
                None,
            )?;
            applied.insert(device.clone(), next);
            observe(tx, &batch)?;
            progress = true;
        }
        if !progress {
            break;
        }
    }
    run.finish(tx)?;
    for (device, err) in &held {
        let have = applied.get(device).copied().unwrap_or(0);
        record_device(tx, device, None, have, None, Some(err))?;
    }
    // A device whose files go through again has no problem left.
    for (device, seqs) in listing {
        if *device != cfg.device && !held.contains_key(device) {
            tx.execute(
                "UPDATE share_devices SET problem = NULL WHERE device = ?1",
                [device],
            )?;
            let have = applied.get(device).copied().unwrap_or(0);
            report.waiting_files += seqs.iter().filter(|s| **s > have).count() as u64;
        }
    }
    // A device whose folder is gone (noise removed by hand) has nothing
    // left to hold back.
    for (device,) in tx
        .prepare("SELECT device FROM share_devices WHERE problem IS NOT NULL")?
        .query_map([], |r| Ok((r.get::<_, String>(0)?,)))?
        .collect::<Result<Vec<_>, _>>()?
    {
        if !listing.contains_key(&device) {
            tx.execute(
                "UPDATE share_devices SET problem = NULL WHERE device = ?1",
                [&device],
            )?;
        }
    }
    report.refused_files = held.len() as u64;
    set_local(tx, SYNCED, &clock::now(tx)?)?;
    report.new_conflicts = open_conflicts(tx)?.saturating_sub(conflicts_before);
    Ok(report)
}

fn applied(conn: &Connection) -> rusqlite::Result<BTreeMap<String, u64>> {
    conn.prepare_cached("SELECT device, applied FROM share_devices")?
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?
        .collect()
}

fn open_conflicts(conn: &Connection) -> rusqlite::Result<u64> {
    conn.query_row(
        "SELECT count(*) FROM share_conflicts WHERE resolved_at IS NULL",
        [],
        |r| r.get::<_, i64>(0).map(|n| n as u64),
    )
}

/// A hybrid logical clock: wall-clock milliseconds, and a counter for
/// writes within one millisecond or behind a clock seen from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hlc {
    ms: u64,
    counter: u16,
}

impl Hlc {
    fn load(conn: &Connection) -> rusqlite::Result<Hlc> {
        let text = local(conn, CLOCK)?.unwrap_or_default();
        let (ms, counter) = text.split_once(':').unwrap_or(("0", "0"));
        Ok(Hlc {
            ms: ms.parse().unwrap_or(0),
            counter: counter.parse().unwrap_or(0),
        })
    }

    fn save(self, conn: &Connection) -> rusqlite::Result<()> {
        set_local(conn, CLOCK, &format!("{}:{}", self.ms, self.counter))
    }

    /// The stamp of a write made at wall-clock `at_ms`: after every stamp
    /// this device has made or seen.
    fn tick(&mut self, at_ms: u64) -> Hlc {
        if at_ms > self.ms {
            *self = Hlc {
                ms: at_ms,
                counter: 0,
            };
        } else if self.counter == u16::MAX {
            *self = Hlc {
                ms: self.ms + 1,
                counter: 0,
            };
        } else {
            self.counter += 1;
        }
        *self
    }

    fn from_stamp(stamp: &str) -> Option<Hlc> {
        Some(Hlc {
            ms: u64::from_str_radix(stamp.get(..12)?, 16).ok()?,
            counter: u16::from_str_radix(stamp.get(12..16)?, 16).ok()?,
        })
    }
}

/// `MMMMMMMMMMMMCCCCDDDD…DDDDSSSSSSSS`: the clock (12 + 4 hex digits), the
/// device (32), the number of the file that carried the write (8). Stamps
/// compare as text in the order of the clock, then the device.
fn stamp(hlc: Hlc, device: &str, seq: u64) -> String {
    format!("{:012x}{:04x}{device}{seq:08x}", hlc.ms, hlc.counter)
}

pub(crate) fn stamp_device(stamp: &str) -> &str {
    stamp.get(16..48).unwrap_or("")
}

pub(crate) fn stamp_seq(stamp: &str) -> u64 {
    stamp
        .get(48..)
        .and_then(|s| u64::from_str_radix(s, 16).ok())
        .unwrap_or(0)
}

/// Keeps this device's clock after every stamp a file brought.
fn observe(conn: &Connection, batch: &Batch) -> rusqlite::Result<()> {
    let mut hlc = Hlc::load(conn)?;
    let newest = batch
        .changes
        .iter()
        .filter_map(|c| Hlc::from_stamp(&c.s))
        .max();
    if let Some(newest) = newest
        && newest > hlc
    {
        hlc = newest;
        hlc.save(conn)?;
    }
    Ok(())
}

/// One recorded write: its number, table, row, operation, values, the
/// columns it changed (`None`: the row made whole) and when.
type OutboxRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
);

/// Turns the outbox into this device's next file. Returns its number and
/// how many changes it holds, or `None` when nothing was written here.
fn flush(
    tx: &Transaction<'_>,
    cfg: &Config,
    written: u64,
) -> Result<Option<(u64, u64)>, ShareError> {
    let rows: Vec<OutboxRow> = tx
        .prepare_cached(
            "SELECT seq, tbl, row_id, op, cols, changed, at_ms FROM share_outbox ORDER BY seq",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    // Nothing to write, unless this device has written nothing yet: its
    // first file, empty or not, tells the others its name.
    let last = match rows.last() {
        Some(row) => row.0,
        None if written == 0 => 0,
        None => return Ok(None),
    };
    folder::tidy(&cfg.folder, &cfg.device);
    // Own files that are there but could not be applied back (not ours:
    // damaged, or put there by something else) are written over.
    let seq = written + 1;
    let mut hlc = Hlc::load(tx)?;
    let mut changes = Vec::with_capacity(rows.len());
    let mut stamps = apply::Stamps::new();
    for (_, table, id, op, cols, changed, at_ms) in rows {
        let s = stamp(hlc.tick(at_ms.max(0) as u64), &cfg.device, seq);
        let op = if op == "del" { Op::Del } else { Op::Put };
        let mut values = match cols.as_deref().map(serde_json::from_str) {
            Some(Ok(serde_json::Value::Object(map))) => map,
            _ => serde_json::Map::new(),
        };
        let whole = op == Op::Put && changed.is_none();
        if let Some(Ok(serde_json::Value::Array(names))) = changed
            .as_deref()
            .map(serde_json::from_str::<serde_json::Value>)
        {
            let keep: Vec<&str> = names.iter().filter_map(|n| n.as_str()).collect();
            values.retain(|k, _| keep.contains(&k.as_str()));
        }
        match op {
            Op::Put => {
                if whole {
                    stamps.forget(tx, &table, &id)?;
                    stamps.set(tx, &table, &id, [&String::new()], &s)?;
                }
                stamps.set(tx, &table, &id, values.keys(), &s)?;
                review::settle(tx, &table, &id, values.keys())?;
            }
            Op::Del => {
                stamps.forget(tx, &table, &id)?;
                apply::mark_gone(tx, &table, &id, &s)?;
            }
        }
        changes.push(Change {
            t: table,
            id,
            op,
            s,
            n: whole,
            c: values,
        });
    }
    stamps.write(tx)?;
    let batch = Batch {
        format: folder::FORMAT,
        schema: SCHEMA_VERSION,
        device: cfg.device.clone(),
        name: cfg.name.clone(),
        seq,
        written_at: clock::now(tx)?,
        seen: applied(tx)?
            .into_iter()
            .filter(|(d, _)| *d != cfg.device)
            .collect(),
        changes,
    };
    let count = batch.changes.len() as u64;
    folder::write_batch(&cfg.folder, &cfg.key, &cfg.share, &batch)?;
    tx.execute("DELETE FROM share_outbox WHERE seq <= ?1", [last])?;
    tx.execute(
        "UPDATE share_devices SET applied = ?2, written_at = ?3, name = ?4 WHERE device = ?1",
        rusqlite::params![cfg.device, seq as i64, batch.written_at, cfg.name],
    )?;
    hlc.save(tx)?;
    Ok(Some((seq, count)))
}

pub use review::{Conflict, ConflictKind, Keep, conflicts, resolve};
pub use status::{DeviceStatus, Schedule, ShareStatus, status};

/// Applies one change file's plain contents (as a member holding the key
/// could write anything) to `store`, for the fuzzer: refused or applied,
/// never a panic, never a half-applied file.
#[doc(hidden)]
pub fn apply_untrusted(store: &mut Store, plain: &[u8]) -> Result<u64, ShareError> {
    let batch: Batch = serde_json::from_slice(plain).map_err(|e| ShareError::Apply {
        path: PathBuf::from("input"),
        detail: e.to_string(),
    })?;
    store.with_tx(|tx| {
        let mut run = apply::Run::new(tx)?;
        let count = apply_file(tx, &mut run, &batch, Path::new("input"))?;
        run.finish(tx)?;
        Ok(count)
    })
}
