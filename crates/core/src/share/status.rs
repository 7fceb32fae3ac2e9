//! Where a shared copy stands: its computers, its last sync, what waits
//! and what is held back; and when a program keeping it open should sync.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::{SYNCED, ShareError, config, folder, local, open_conflicts};

/// One device of the share, as this copy knows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceStatus {
    pub device: String,
    pub name: String,
    /// This computer.
    pub this: bool,
    /// Its files applied here (for this device: written).
    pub applied: u64,
    /// Its files in the folder now.
    pub in_folder: u64,
    /// When its last applied file was written, by its own clock.
    pub written_at: Option<String>,
    /// Why its next file could not be read or applied, if it could not.
    pub problem: Option<crate::error::ErrorReport>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ShareStatus {
    pub folder: String,
    pub device: String,
    pub name: String,
    pub devices: Vec<DeviceStatus>,
    pub last_sync: Option<String>,
    /// Changes made here since the last sync, not yet in the folder.
    pub pending_changes: u64,
    /// Other devices' files in the folder not applied here yet.
    pub pending_files: u64,
    pub open_conflicts: u64,
    /// Whether the folder can be read and is this share's.
    pub folder_ok: bool,
}

/// When a program that keeps a shared file open (the window) should sync,
/// looking at the status every few seconds: at its first look, when local
/// changes have settled (as many waiting at two looks in a row: the
/// organizer stopped typing), and when files arrived (more in the folder
/// than at the last look), or again after `retry` while files wait.
#[derive(Debug)]
pub struct Schedule {
    retry: std::time::Duration,
    looked: bool,
    /// Changes waiting here and other devices' files in the folder, at the last look.
    last: Option<(u64, u64)>,
    last_try: std::time::Instant,
}

impl Schedule {
    pub fn new(retry: std::time::Duration) -> Schedule {
        Schedule {
            retry,
            looked: false,
            last: None,
            last_try: std::time::Instant::now(),
        }
    }

    /// Whether to sync now, given the status (`None`: not shared).
    pub fn due(&mut self, status: Option<&ShareStatus>) -> bool {
        let first = !std::mem::replace(&mut self.looked, true);
        let Some(status) = status else {
            return false;
        };
        let in_folder: u64 = status
            .devices
            .iter()
            .filter(|d| !d.this)
            .map(|d| d.in_folder)
            .sum();
        let seen = (status.pending_changes, in_folder);
        let settled = seen.0 > 0 && self.last.map(|s| s.0) == Some(seen.0);
        let arrived = status.pending_files > 0
            && (self.last.map(|s| s.1) != Some(seen.1) || self.last_try.elapsed() >= self.retry);
        self.last = Some(seen);
        let due = (first || settled || arrived) && status.folder_ok;
        if due {
            self.last_try = std::time::Instant::now();
        }
        due
    }
}

/// Where this copy stands in its share; `None` when it is not shared.
pub fn status(conn: &Connection) -> Result<Option<ShareStatus>, ShareError> {
    let Some(cfg) = config(conn)? else {
        return Ok(None);
    };
    let folder_ok = folder::holds(&cfg.folder, &cfg.share);
    let listing = folder::list(&cfg.folder).unwrap_or_default();
    let mut devices: BTreeMap<String, DeviceStatus> = conn
        .prepare("SELECT device, name, applied, written_at, problem FROM share_devices")?
        .query_map([], |r| {
            Ok(DeviceStatus {
                device: r.get(0)?,
                name: r.get(1)?,
                this: false,
                applied: r.get::<_, i64>(2)? as u64,
                in_folder: 0,
                written_at: r.get(3)?,
                problem: r
                    .get::<_, Option<String>>(4)?
                    .and_then(|text| serde_json::from_str(&text).ok()),
            })
        })?
        .map(|d| d.map(|d| (d.device.clone(), d)))
        .collect::<Result<_, _>>()?;
    for (device, seqs) in &listing {
        let entry = devices
            .entry(device.clone())
            .or_insert_with(|| DeviceStatus {
                device: device.clone(),
                name: String::new(),
                this: false,
                applied: 0,
                in_folder: 0,
                written_at: None,
                problem: None,
            });
        entry.in_folder = seqs.len() as u64;
    }
    let mut pending_files = 0;
    for d in devices.values_mut() {
        d.this = d.device == cfg.device;
        if !d.this {
            pending_files += d.in_folder.saturating_sub(d.applied);
        }
    }
    let mut devices: Vec<DeviceStatus> = devices
        .into_values()
        .filter(|d| d.this || d.applied > 0 || d.in_folder > 0 || !d.name.is_empty())
        .collect();
    devices.sort_by(|a, b| b.this.cmp(&a.this).then(a.name.cmp(&b.name)));
    let pending_changes: i64 =
        conn.query_row("SELECT count(*) FROM share_outbox", [], |r| r.get(0))?;
    Ok(Some(ShareStatus {
        folder: cfg.folder.to_string_lossy().into_owned(),
        device: cfg.device,
        name: cfg.name,
        devices,
        last_sync: local(conn, SYNCED)?,
        pending_changes: pending_changes as u64,
        pending_files,
        open_conflicts: open_conflicts(conn)?,
        folder_ok,
    }))
}
