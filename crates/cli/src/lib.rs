//! `undersigned-cli`: the organizer's data from a terminal or a script.
//!
//! The program is this library's [`main`]: the `undersigned-cli` binary
//! runs it, and so does the window's program when it is started under the
//! name `undersigned-cli` (how the Linux package installs the command line
//! without a second copy of the core).
//!
//! Exit codes: 0 done, 1 the request could not be carried out, 2 the command
//! line itself is wrong. The message is on stderr, or `{code, message}` on
//! stdout with `--json`, for both.

mod backup;
mod contacts;
mod db;
mod endorsements;
mod export;
mod mapping;
mod output;
mod share;
mod statements;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use undersigned_core::actions;
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::location::{self, DB_ENV_VAR};
use undersigned_core::text::for_terminal;
use undersigned_core::{IntegrityCheck, OpenOptions, Store};

use crate::backup::BackupCommand;
use crate::contacts::ContactsCommand;
use crate::endorsements::{EndorsementsCommand, InvitationsCommand};
use crate::output::{escape_json_controls, failed, print_text};
use crate::statements::StatementsCommand;

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
    /// Backups of the database, in backups/FILE NAME/ beside it
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Organizations and people
    #[command(subcommand)]
    Contacts(ContactsCommand),
    /// Sign-ons to a statement: add, take in, review, count
    #[command(subcommand)]
    Endorsements(EndorsementsCommand),
    /// Invitations to sign a statement, and the messages that go with them
    #[command(subcommand)]
    Invitations(InvitationsCommand),
    /// Export a statement with its signatories (pdf, docx, html, md, txt, csv), signed on request
    Export(export::ExportArgs),
    /// The log of a statement's exports
    #[command(subcommand)]
    Exports(export::ExportsCommand),
    /// Signing keys (minisign format)
    #[command(subcommand)]
    Keys(export::KeysCommand),
    /// Check a file against its signature and the signer's public key (exit 0 authentic, 1 not)
    Verify(export::VerifyArgs),
    /// The database file itself: encryption at rest
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Share this database with other organizers through a synced folder (Syncthing, Nextcloud, a shared drive)
    #[command(subcommand)]
    Share(share::ShareCommand),
}

/// The command line's definition, from which its manual page and shell
/// completions are written.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Runs the command line on this process's arguments; the exit code says
/// how it went.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
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

/// A command line clap refused: exit 2, with `{code, message}` on stdout
/// when `--json` was asked for (scripts then parse every failure the same
/// way); help and the version print as they are.
fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let wants_json = std::env::args_os().skip(1).any(|a| a == "--json");
    if !wants_json
        || matches!(
            err.kind(),
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
        )
    {
        err.exit();
    }
    let rendered = err.render().to_string();
    let message = rendered.trim().trim_start_matches("error: ").to_string();
    let failure = failed(ErrorCode::Invalid, message);
    match serde_json::to_string(&failure) {
        Ok(text) => {
            let _ = print_text(&format!("{}\n", escape_json_controls(&text)));
        }
        Err(_) => eprintln!("undersigned-cli: {}", for_terminal(&failure.message)),
    }
    ExitCode::from(2)
}

impl Command {
    /// Commands that only read must never create a database: a mistyped
    /// `--db` is then an error instead of an empty list.
    fn only_reads(&self) -> bool {
        match self {
            Command::Statements(c) => c.only_reads(),
            Command::Backup(c) => c.only_reads(),
            Command::Contacts(c) => c.only_reads(),
            Command::Endorsements(c) => c.only_reads(),
            Command::Invitations(c) => c.only_reads(),
            Command::Exports(_) => true,
            Command::Share(c) => c.only_reads(),
            // Without --pubkey the database's own key checks the file.
            Command::Verify(_) => true,
            Command::Export(_) | Command::Keys(_) | Command::Db(_) => false,
        }
    }
}

fn run(cli: Cli) -> Result<(), ErrorReport> {
    // Keys and signatures need no database.
    let cli = match cli.command {
        Command::Keys(command) => return export::keys(command, cli.json),
        Command::Verify(args) if args.pubkey.is_some() => {
            return export::verify(args, None, cli.json);
        }
        command => Cli { command, ..cli },
    };
    // clap has already folded UNDERSIGNED_DB into `--db`.
    let only_reads = cli.command.only_reads();
    // A restore replaces a database that must already be there: a mistyped
    // path is an error, not a new folder or file.
    let restoring = matches!(
        cli.command,
        Command::Backup(BackupCommand::Restore { .. }) | Command::Db(_)
    ) || matches!(&cli.command, Command::Share(c) if c.needs_a_database());
    let path = if only_reads || restoring {
        location::resolve_db_path(cli.db).map_err(|e| failed(ErrorCode::Unavailable, e))?
    } else {
        location::prepare_db_path(cli.db).map_err(|e| failed(ErrorCode::Unavailable, e))?
    };
    // Encrypting, decrypting and changing the passphrase replace the file:
    // they open it themselves.
    if let Command::Db(command) = cli.command {
        return db::run(command, &path, cli.json);
    }
    // An encrypted database opens with the passphrase in the environment.
    db::unlock_from_env(&path);
    // Restoring replaces the file, so it opens the file itself, after
    // checking the backup; everything else works on the open store.
    if let Command::Backup(BackupCommand::Restore { file }) = &cli.command {
        return backup::restore(&path, file, cli.json);
    }
    // A dry run of an import into a database not made yet compares the file
    // with an empty contact book, and makes nothing.
    if let Command::Contacts(ContactsCommand::Import { dry_run: true, .. }) = &cli.command
        && !path.exists()
    {
        let mut store = Store::open_in_memory().map_err(|e| ErrorReport::from(&e))?;
        let Command::Contacts(command) = cli.command else {
            unreachable!("matched above")
        };
        return command.run(&mut store, cli.json);
    }
    // A script may call the command line many times in a row: the full page
    // check runs when none passed lately (the app runs it at every start).
    let options = OpenOptions {
        create: !only_reads && !restoring,
        check: IntegrityCheck::IfNotRecent,
    };
    let mut store = match Store::open_with(&path, options) {
        // Asked on a terminal when the environment did not give it.
        Err(undersigned_core::StoreError::Encrypted { .. }) if db::ask_for(&path)? => {
            Store::open_with(&path, options)
        }
        other => other,
    }
    .map_err(|e| ErrorReport::from(&e))?;
    if only_reads {
        // What a read shows comes from one state of the file.
        let json = cli.json;
        return actions::read_only(&mut store, |store| dispatch(store, cli.command, json))
            .map_err(|e| ErrorReport::from(&e))?;
    }
    dispatch(&mut store, cli.command, cli.json)
}

/// Runs a command on the open store.
fn dispatch(store: &mut Store, command: Command, json: bool) -> Result<(), ErrorReport> {
    match command {
        Command::Statements(command) => command.run(store, json),
        Command::Backup(command) => command.run(store, json),
        Command::Contacts(command) => command.run(store, json),
        Command::Endorsements(command) => command.run(store, json),
        Command::Invitations(command) => command.run(store, json),
        Command::Export(args) => export::export(store, args, json),
        Command::Exports(command) => export::exports(store, command, json),
        Command::Verify(args) => export::verify(args, Some(store), json),
        Command::Share(command) => command.run(store, json),
        Command::Keys(_) | Command::Db(_) => unreachable!("handled before the database is opened"),
    }
}
