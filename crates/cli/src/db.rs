//! `db encrypt`, `db decrypt`, `db change-passphrase`, and the passphrase
//! every other command opens an encrypted database with.

use std::io::IsTerminal;
use std::path::Path;

use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::store::encryption;
use undersigned_core::store::key::{self, Passphrase};

use crate::output::{failed, print_json, print_text};

/// The passphrase of an encrypted database.
pub const PASSPHRASE_ENV: &str = "UNDERSIGNED_DB_PASSPHRASE";
/// The passphrase `db encrypt` and `db change-passphrase` set.
pub const NEW_PASSPHRASE_ENV: &str = "UNDERSIGNED_DB_NEW_PASSPHRASE";

#[derive(clap::Subcommand)]
pub enum DbCommand {
    /// Encrypt the database and its backups (new passphrase from UNDERSIGNED_DB_NEW_PASSPHRASE, or asked twice)
    Encrypt,
    /// Store the database and its backups as plain SQLite again (passphrase from UNDERSIGNED_DB_PASSPHRASE, or asked)
    Decrypt,
    /// Encrypt the database and its backups with another passphrase
    ChangePassphrase,
}

/// From `var`, or asked on the terminal (twice when `confirm`); `None`
/// when neither can give one.
fn read(var: &str, prompt: &str, confirm: bool) -> Result<Option<Passphrase>, ErrorReport> {
    if let Ok(value) = std::env::var(var) {
        return Ok(Some(Passphrase::new(value)));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Passphrase::new)
            .map_err(|e| {
                failed(
                    ErrorCode::Invalid,
                    format!("cannot read the passphrase: {e}"),
                )
            })
    };
    let first = ask(prompt)?;
    if confirm && ask("The same passphrase again: ")? != first {
        return Err(failed(
            ErrorCode::Invalid,
            "the two passphrases differ; nothing was changed",
        ));
    }
    Ok(Some(first))
}

fn missing(var: &str, what: &str) -> ErrorReport {
    failed(
        ErrorCode::Invalid,
        format!("{what}: set {var}, or run the command in a terminal to be asked"),
    )
}

/// Registers the passphrase given in the environment for `path`.
pub fn unlock_from_env(path: &Path) {
    if let Ok(value) = std::env::var(PASSPHRASE_ENV) {
        key::unlock(path, Passphrase::new(value));
    }
}

/// Asks for the passphrase of an encrypted `path` when a terminal can
/// answer; says whether one was given.
pub fn ask_for(path: &Path) -> Result<bool, ErrorReport> {
    if std::env::var_os(PASSPHRASE_ENV).is_some() || !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    let prompt = format!("Passphrase for {}: ", path.display());
    match read(PASSPHRASE_ENV, &prompt, false)? {
        Some(passphrase) => {
            key::unlock(path, passphrase);
            Ok(true)
        }
        None => Ok(false),
    }
}

pub fn run(command: DbCommand, path: &Path, json: bool) -> Result<(), ErrorReport> {
    let current = || {
        read(PASSPHRASE_ENV, "Passphrase: ", false)?
            .ok_or_else(|| missing(PASSPHRASE_ENV, "the database's passphrase is needed"))
    };
    let new = || {
        read(NEW_PASSPHRASE_ENV, "New passphrase: ", true)?
            .ok_or_else(|| missing(NEW_PASSPHRASE_ENV, "a new passphrase is needed"))
    };
    let report = |e: undersigned_core::StoreError| ErrorReport::from(&e);
    let (done, verb) = match command {
        DbCommand::Encrypt => (
            encryption::encrypt(path, &new()?).map_err(report)?,
            "Encrypted",
        ),
        DbCommand::Decrypt => (
            encryption::decrypt(path, &current()?).map_err(report)?,
            "Decrypted",
        ),
        DbCommand::ChangePassphrase => {
            let current = current()?;
            (
                encryption::change_passphrase(path, &current, &new()?).map_err(report)?,
                "Changed the passphrase of",
            )
        }
    };
    if json {
        return print_json(&done);
    }
    print_text(&format!(
        "{verb} {} and {} of its backups.\n",
        done.path, done.backups
    ))
}
