//! `statements …`: joint statements from a terminal or a script.

use clap::Subcommand;
use undersigned_core::error::ErrorReport;
use undersigned_core::statements::{
    self, NewStatement, Statement, StatementPatch, StatementSummary,
};
use undersigned_core::text::for_terminal;
use undersigned_core::{Store, WithPath};

use crate::output::{print_json, print_text, short_time};

#[derive(Subcommand)]
pub enum StatementsCommand {
    /// List statements, most recently changed first
    List {
        /// List the statements in the trash instead
        #[arg(long)]
        trash: bool,
    },
    /// Start a new statement (as a draft)
    Create {
        #[arg(long)]
        title: String,
        #[arg(long)]
        subtitle: Option<String>,
        /// BCP 47 language tag, e.g. en, fr, ar [default: en]
        #[arg(long)]
        language: Option<String>,
    },
    /// Show one statement
    Show { id: String },
    /// Change a statement's title
    Rename {
        id: String,
        #[arg(long)]
        title: String,
    },
    /// Move a statement to the trash
    Delete { id: String },
    /// Bring a statement back from the trash
    Restore { id: String },
    /// Remove a statement in the trash for good, with all that belongs to it
    Purge { id: String },
}

impl StatementsCommand {
    /// Commands that only read never create a database.
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            StatementsCommand::List { .. } | StatementsCommand::Show { .. }
        )
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let path = store
            .path()
            .map(std::path::PathBuf::from)
            .unwrap_or_default();
        // Errors name the file, whatever the command.
        let fail = |e: statements::StatementError| ErrorReport::from(&e.with_path(&path));
        let out = Output { json };
        match self {
            StatementsCommand::List { trash } => {
                let found = if trash {
                    statements::list_trash(store.conn())
                } else {
                    statements::list(store.conn())
                }
                .map_err(fail)?;
                out.list(&found, trash)
            }
            StatementsCommand::Create {
                title,
                subtitle,
                language,
            } => {
                let new = NewStatement {
                    title,
                    subtitle,
                    language,
                };
                let made = store
                    .with_tx(|tx| statements::create(tx, &new))
                    .map_err(fail)?;
                out.one(&made, "Created")
            }
            StatementsCommand::Show { id } => {
                let found = statements::get(store.conn(), &id).map_err(fail)?;
                out.one(&found, "")
            }
            StatementsCommand::Rename { id, title } => {
                let patch = StatementPatch {
                    title: Some(title),
                    ..Default::default()
                };
                let renamed = store
                    .with_tx(|tx| statements::update(tx, &id, &patch))
                    .map_err(fail)?;
                out.one(&renamed, "Renamed")
            }
            StatementsCommand::Delete { id } => {
                let gone = store
                    .with_tx(|tx| statements::delete(tx, &id))
                    .map_err(fail)?;
                out.one(&gone, "Moved to the trash")
            }
            StatementsCommand::Restore { id } => {
                let back = store
                    .with_tx(|tx| statements::restore(tx, &id))
                    .map_err(fail)?;
                out.one(&back, "Restored")
            }
            StatementsCommand::Purge { id } => {
                let gone = statements::get(store.conn(), &id).map_err(fail)?;
                store
                    .with_tx(|tx| statements::purge(tx, &id))
                    .map_err(fail)?;
                if json {
                    return print_json(&serde_json::json!({ "purged": gone.id }));
                }
                print_text(&format!(
                    "Removed for good: {}\n",
                    for_terminal(&gone.title)
                ))
            }
        }
    }
}

struct Output {
    json: bool,
}

impl Output {
    fn list(&self, found: &[StatementSummary], trash: bool) -> Result<(), ErrorReport> {
        if self.json {
            return print_json(&found);
        }
        let mut text = String::new();
        if found.is_empty() {
            text.push_str(if trash {
                "The trash is empty.\n"
            } else {
                "No statements yet. Start one with: undersigned-cli statements create --title \"…\"\n"
            });
        } else {
            text.push_str(&format!(
                "{:<36}  {:<9}  {:<16}  TITLE\n",
                "ID", "STATUS", "UPDATED (UTC)"
            ));
            for s in found {
                text.push_str(&format!(
                    "{:<36}  {:<9}  {:<16}  {}\n",
                    s.id,
                    s.status.to_string(),
                    short_time(&s.updated_at),
                    for_terminal(&s.title)
                ));
            }
        }
        print_text(&text)
    }

    fn one(&self, s: &Statement, done: &str) -> Result<(), ErrorReport> {
        if self.json {
            return print_json(s);
        }
        let mut text = String::new();
        if !done.is_empty() {
            text.push_str(&format!("{done}: {}\n", for_terminal(&s.title)));
        }
        text.push_str(&format!("id:        {}\n", for_terminal(&s.id)));
        text.push_str(&format!("title:     {}\n", for_terminal(&s.title)));
        if !s.subtitle.is_empty() {
            text.push_str(&format!("subtitle:  {}\n", for_terminal(&s.subtitle)));
        }
        if !s.place.is_empty() {
            text.push_str(&format!("place:     {}\n", for_terminal(&s.place)));
        }
        text.push_str(&format!("status:    {}\n", s.status));
        text.push_str(&format!("language:  {}\n", for_terminal(&s.language)));
        text.push_str(&format!("created:   {}\n", s.created_at));
        text.push_str(&format!("updated:   {}\n", s.updated_at));
        if let Some(at) = &s.deleted_at {
            text.push_str(&format!("in trash since {at}\n"));
        }
        print_text(&text)
    }
}
