//! `backup …`: make, list and restore backups of the database.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use undersigned_core::Store;
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::store::backup::{self, BackupInfo, BackupReason};

use crate::output::{failed, print_json, print_text, short_time};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Make a backup now (kept until you delete it)
    Create,
    /// List the backups, newest first
    List,
    /// Replace the database with a backup; what it replaces is kept as a backup
    Restore {
        /// The backup file to restore
        file: PathBuf,
    },
}

impl BackupCommand {
    pub fn only_reads(&self) -> bool {
        matches!(self, BackupCommand::List | BackupCommand::Create)
    }

    pub fn run(self, store: &Store, json: bool) -> Result<(), ErrorReport> {
        match self {
            BackupCommand::Create => {
                let made = backup::create(store, BackupReason::Manual)
                    .map_err(|e| ErrorReport::from(&e))?;
                if json {
                    return print_json(&made);
                }
                print_text(&format!(
                    "Backed up to {} ({})\n",
                    made.path,
                    size(made.size_bytes)
                ))
            }
            BackupCommand::List => {
                let path = store.path().unwrap_or(Path::new(""));
                let found = backup::list(path).map_err(|e| ErrorReport::from(&e))?;
                if json {
                    return print_json(&found);
                }
                print_text(&table(&found, path))
            }
            BackupCommand::Restore { .. } => Err(failed(
                ErrorCode::Internal,
                "restore is handled before the database is opened",
            )),
        }
    }
}

pub fn restore(db: &Path, file: &Path, json: bool) -> Result<(), ErrorReport> {
    let done = backup::restore(db, file).map_err(|e| ErrorReport::from(&e))?;
    if json {
        return print_json(&done);
    }
    print_text(&format!(
        "Restored {} from {}.\nWhat it replaced is kept as {}\n",
        db.display(),
        done.restored_from,
        done.previous_kept_as.path
    ))
}

fn table(found: &[BackupInfo], db: &Path) -> String {
    if found.is_empty() {
        return format!(
            "No backups yet in {}. Make one with: undersigned-cli backup create\n",
            backup::folder_for(db).display()
        );
    }
    let mut text = format!("{:<16}  {:<16}  {:>9}  FILE\n", "MADE (UTC)", "WHY", "SIZE");
    for b in found {
        let why = serde_json::to_value(b.reason)
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
            .unwrap_or_default();
        text.push_str(&format!(
            "{:<16}  {:<16}  {:>9}  {}\n",
            short_time(&b.created_at),
            why,
            size(b.size_bytes),
            b.path
        ));
    }
    text
}

fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}
