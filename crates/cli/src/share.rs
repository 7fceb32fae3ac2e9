//! `share …`: one dataset kept by several organizers, through a folder a
//! sync tool carries between their computers.

use std::path::PathBuf;

use clap::Subcommand;
use undersigned_core::Store;
use undersigned_core::error::ErrorReport;
use undersigned_core::share::{self, ConflictKind, Keep, ShareStatus, SyncReport};

use crate::output::{print_json, print_text, short_time};

#[derive(Subcommand)]
pub enum ShareCommand {
    /// Start sharing this database in FOLDER, and write the invitation other organizers join with
    Create {
        /// The shared folder (a Syncthing or Nextcloud folder, a shared drive); empty or new
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// Where to write the invitation; whoever has it can read the shared data, so hand it over privately
        #[arg(long, value_name = "FILE")]
        invitation_out: PathBuf,
        /// How this computer is named to the others [default: its host name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Join a share with the invitation an organizer gave you; what this database holds is shared too
    Join {
        /// This computer's copy of the shared folder
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
        /// The invitation file
        #[arg(long, value_name = "FILE")]
        invitation: PathBuf,
        /// How this computer is named to the others [default: its host name]
        #[arg(long)]
        name: Option<String>,
    },
    /// Write this computer's changes to the folder and take in the others'
    Sync,
    /// The devices of the share, the last sync, what waits, and conflicts
    Status,
    /// Conflicts to review: edits that met, and things created twice
    Conflicts,
    /// Settle a conflict: keep what the data holds now, or the other version
    Resolve {
        /// The conflict's id, from share conflicts
        id: String,
        /// Which version to keep
        #[arg(long, value_enum, default_value = "kept")]
        keep: KeepArg,
    },
    /// Stop sharing this database; its data stays, the folder is left as it is
    Leave,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum KeepArg {
    /// What the data holds now
    Kept,
    /// The version that was not kept
    Other,
}

impl ShareCommand {
    pub fn only_reads(&self) -> bool {
        matches!(self, ShareCommand::Status | ShareCommand::Conflicts)
    }

    /// Syncing, settling and leaving need a database that is there: a
    /// mistyped path is an error, not a new empty file.
    pub fn needs_a_database(&self) -> bool {
        matches!(
            self,
            ShareCommand::Sync | ShareCommand::Resolve { .. } | ShareCommand::Leave
        )
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let report = |e: share::ShareError| ErrorReport::from(&e);
        match self {
            ShareCommand::Create {
                folder,
                invitation_out,
                name,
            } => {
                let started = share::create(store, &folder, &invitation_out, name.as_deref())
                    .map_err(report)?;
                if json {
                    return print_json(&started);
                }
                print_text(&format!(
                    "Sharing this database in {} as “{}” ({} written for the others).\n\
                     Invitation written to {}: give it to each organizer privately (whoever holds it can read the shared data); \
                     they join with: undersigned-cli share join --folder DIR --invitation FILE\n",
                    started.folder,
                    started.name,
                    count(started.rows, "record", "records"),
                    invitation_out.display()
                ))
            }
            ShareCommand::Join {
                folder,
                invitation,
                name,
            } => {
                let started =
                    share::join(store, &folder, &invitation, name.as_deref()).map_err(report)?;
                if json {
                    return print_json(&started);
                }
                print_text(&format!(
                    "Joined the share in {} as “{}”.\n{}",
                    started.folder,
                    started.name,
                    sync_text(&started.sync)
                ))
            }
            ShareCommand::Sync => {
                let done = share::sync(store).map_err(report)?;
                if json {
                    return print_json(&done);
                }
                print_text(&sync_text(&done))
            }
            ShareCommand::Status => {
                let status = share::status(store.conn()).map_err(report)?;
                if json {
                    return print_json(&serde_json::json!({
                        "shared": status.is_some(),
                        "status": status,
                    }));
                }
                match status {
                    None => print_text(
                        "This database is not shared. Start a share with share create, or join one with share join.\n",
                    ),
                    Some(status) => print_text(&status_text(&status)),
                }
            }
            ShareCommand::Conflicts => {
                let open = share::conflicts(store.conn()).map_err(report)?;
                if json {
                    return print_json(&open);
                }
                if open.is_empty() {
                    return print_text("No conflicts to review.\n");
                }
                let mut out = String::new();
                for c in &open {
                    match c.kind {
                        ConflictKind::Concurrent => out.push_str(&format!(
                            "{}  {} of “{}” was changed on two computers at once\n    kept ({}): {}\n    other ({}): {}\n",
                            c.id,
                            c.column,
                            c.about,
                            or_unknown(&c.kept_by),
                            one_line(&c.kept),
                            or_unknown(&c.other_by),
                            one_line(&c.other),
                        )),
                        ConflictKind::Duplicate => out.push_str(&format!(
                            "{}  “{}” ({}) was created on two computers; the newer ({}) was set aside for {}\n",
                            c.id, c.about, c.table, c.other, c.kept,
                        )),
                    }
                }
                out.push_str(
                    "Settle one with: undersigned-cli share resolve ID --keep kept|other\n",
                );
                print_text(&out)
            }
            ShareCommand::Resolve { id, keep } => {
                let keep = match keep {
                    KeepArg::Kept => Keep::Kept,
                    KeepArg::Other => Keep::Other,
                };
                share::resolve(store, &id, keep).map_err(report)?;
                if json {
                    return print_json(&serde_json::json!({ "resolved": id }));
                }
                print_text(&format!("Resolved {id}.\n"))
            }
            ShareCommand::Leave => {
                share::leave(store).map_err(report)?;
                if json {
                    return print_json(&serde_json::json!({ "shared": false }));
                }
                print_text(
                    "This database is no longer shared; its data stays here, and the folder was left as it is.\n",
                )
            }
        }
    }
}

/// "1 file", "3 files".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn or_unknown(name: &str) -> &str {
    if name.is_empty() {
        "another computer"
    } else {
        name
    }
}

fn one_line(text: &str) -> String {
    let line: String = text
        .chars()
        .take(100)
        .collect::<String>()
        .replace('\n', " ⏎ ");
    if text.chars().count() > 100 {
        format!("{line}…")
    } else {
        line
    }
}

fn sync_text(done: &SyncReport) -> String {
    let mut out = String::new();
    match done.written_file {
        Some(n) if done.written == 0 => out.push_str(&format!(
            "Told the others about this computer (file {n}).\n"
        )),
        Some(n) => out.push_str(&format!(
            "Wrote {} from this computer (file {n}).\n",
            count(done.written, "change", "changes")
        )),
        None => out.push_str("Nothing new from this computer.\n"),
    }
    out.push_str(&format!(
        "Took in {} from {} of other computers.\n",
        count(done.applied_changes, "change", "changes"),
        count(done.applied_files, "file", "files")
    ));
    if done.waiting_files > 0 {
        out.push_str(&format!(
            "{} for earlier ones still on their way (or come from a newer Undersigned).\n",
            count(done.waiting_files, "file waits", "files wait")
        ));
    }
    if done.refused_files > 0 {
        out.push_str(&format!(
            "{} not be read or applied, and hold back the files after them from the same computer: see undersigned-cli share status\n",
            count(done.refused_files, "file could", "files could")
        ));
    }
    if done.new_conflicts > 0 {
        out.push_str(&format!(
            "{} to review: undersigned-cli share conflicts\n",
            count(done.new_conflicts, "new conflict", "new conflicts")
        ));
    }
    out
}

fn status_text(s: &ShareStatus) -> String {
    let mut out = format!("Shared in {} as “{}”.\n", s.folder, s.name);
    if !s.folder_ok {
        out.push_str(
            "The folder is missing or holds another share: check that it is there and synced.\n",
        );
    }
    out.push_str(&format!(
        "Last sync: {}\n",
        s.last_sync
            .as_deref()
            .map(short_time)
            .unwrap_or_else(|| "never".into())
    ));
    out.push_str(&format!(
        "Waiting: {} from this computer, {} from others. Conflicts to review: {}.\n\nDevices:\n",
        count(s.pending_changes, "change", "changes"),
        count(s.pending_files, "file", "files"),
        s.open_conflicts
    ));
    for d in &s.devices {
        let problem = d
            .problem
            .as_ref()
            .map(|p| format!("\n    held back: {}", p.message))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {}{}  {} of {}{}{problem}\n",
            if d.name.is_empty() {
                &d.device
            } else {
                &d.name
            },
            if d.this { " (this computer)" } else { "" },
            d.applied,
            count(d.in_folder.max(d.applied), "file", "files"),
            d.written_at
                .as_deref()
                .map(|w| format!(", last written {}", short_time(w)))
                .unwrap_or_default(),
        ));
    }
    out
}
