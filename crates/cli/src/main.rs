//! `undersigned-cli`: the organizer's data from a terminal or a script.
//!
//! Exit codes: 0 done, 1 the request could not be carried out (the message is
//! on stderr), 2 the command line itself is wrong.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::location::{self, DB_ENV_VAR};
use undersigned_core::statements::{
    self, NewStatement, Statement, StatementPatch, StatementSummary,
};
use undersigned_core::text::{for_terminal, is_direction_control};
use undersigned_core::{IntegrityCheck, OpenOptions, Store, WithPath};

#[derive(Parser)]
#[command(
    name = "undersigned-cli",
    version,
    about = "Work with an Undersigned database from the command line"
)]
struct Cli {
    /// Database file [default: the app's database in the OS data directory]
    #[arg(long, global = true, value_name = "PATH", env = DB_ENV_VAR)]
    db: Option<PathBuf>,

    /// Print JSON instead of text, for scripts
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Joint statements
    #[command(subcommand)]
    Statements(StatementsCommand),
}

#[derive(Subcommand)]
enum StatementsCommand {
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // Scripts asked for JSON get it on failure too, on stdout like
            // any other answer; people get one line on stderr.
            let shown = if json {
                serde_json::to_string(&failure)
                    .map(|text| escape_json_controls(&text))
                    .ok()
            } else {
                None
            };
            match shown {
                Some(text) => {
                    let _ = print_text(&format!("{text}\n"));
                }
                None => eprintln!("undersigned-cli: {}", for_terminal(&failure.message)),
            }
            ExitCode::from(1)
        }
    }
}

fn failed(code: ErrorCode, message: impl std::fmt::Display) -> ErrorReport {
    ErrorReport {
        code,
        message: message.to_string(),
    }
}

impl Command {
    /// Commands that only read must never create a database: a mistyped
    /// `--db` is then an error instead of an empty list.
    fn only_reads(&self) -> bool {
        match self {
            Command::Statements(c) => matches!(
                c,
                StatementsCommand::List { .. } | StatementsCommand::Show { .. }
            ),
        }
    }
}

fn run(cli: Cli) -> Result<(), ErrorReport> {
    // clap has already folded UNDERSIGNED_DB into `--db`.
    let only_reads = cli.command.only_reads();
    let path = if only_reads {
        location::resolve_db_path(cli.db).map_err(|e| failed(ErrorCode::Unavailable, e))?
    } else {
        location::prepare_db_path(cli.db).map_err(|e| failed(ErrorCode::Unavailable, e))?
    };
    // A script may call the command line many times in a row: the full page
    // check runs when none passed lately (the app runs it at every start).
    let options = OpenOptions {
        create: !only_reads,
        check: IntegrityCheck::IfNotRecent,
    };
    let mut store = Store::open_with(&path, options).map_err(|e| ErrorReport::from(&e))?;
    // Errors name the file, whatever the command.
    let fail = |e: statements::StatementError| ErrorReport::from(&e.with_path(&path));
    let out = Output { json: cli.json };

    match cli.command {
        Command::Statements(command) => match command {
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
        },
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

/// `2026-11-28T04:02:02.123Z` → `2026-11-28 04:02`.
fn short_time(stamp: &str) -> String {
    stamp.get(..16).unwrap_or(stamp).replacen('T', " ", 1)
}

fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<(), ErrorReport> {
    let text = serde_json::to_string_pretty(value).map_err(|e| failed(ErrorCode::Internal, e))?;
    print_text(&format!("{}\n", escape_json_controls(&text)))
}

/// serde_json escapes C0 controls but passes C1 controls and direction
/// overrides through raw. They can only stand inside JSON strings, where
/// `\uXXXX` means the same to a parser and nothing to a terminal.
fn escape_json_controls(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let layout = matches!(c, '\n' | '\t');
        if (c.is_control() && !layout) || is_direction_control(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn print_text(text: &str) -> Result<(), ErrorReport> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(failed(
            ErrorCode::Internal,
            format!("cannot write output: {e}"),
        )),
    }
}
