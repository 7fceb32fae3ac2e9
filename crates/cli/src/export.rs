//! `export`, `exports list`, `keys generate` and `verify`: the signed
//! statement out, and anyone's check that a file is authentic.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use undersigned_core::actions::{self, export::Signing};
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::export::signing;
use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy, Signer};
use undersigned_core::text::for_terminal;
use undersigned_core::{Store, WithPath};

use crate::output::{failed, print_json, print_text, short_time};

/// The passphrase of a signing key, for scripts.
pub const PASSPHRASE_ENV: &str = "UNDERSIGNED_KEY_PASSPHRASE";

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Print-ready PDF (Typst)
    Pdf,
    /// Word document
    Docx,
    Html,
    /// An HTML fragment to paste into a website
    HtmlFragment,
    Md,
    Txt,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Grouping {
    Country,
    Sector,
    Kind,
    None,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    A4,
    Letter,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    statement: String,
    #[arg(long, value_enum)]
    format: Format,
    /// The file to write; with --all-languages, the folder to write into
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Export the statement and every translation of it, one file each, into the --out folder
    #[arg(long)]
    all_languages: bool,
    #[arg(long, value_enum, default_value = "kind")]
    group_by: Grouping,
    /// Paper size (PDF and DOCX)
    #[arg(long, value_enum, default_value = "a4")]
    paper: Paper,
    /// PDF/A-2b, for archiving (PDF)
    #[arg(long)]
    pdfa: bool,
    /// Sign the file: FILE.minisig is written beside it
    #[arg(long, requires = "key")]
    sign: bool,
    /// The secret key to sign with (a minisign .key file); needs --sign
    #[arg(long, value_name = "SECRETKEY", requires = "sign")]
    key: Option<PathBuf>,
    /// Who signs, for the signature's trusted comment [default: the key's file name]
    #[arg(long)]
    signer: Option<String>,
}

#[derive(Subcommand)]
pub enum ExportsCommand {
    /// The exports of a statement, newest first
    List { statement: String },
}

#[derive(Subcommand)]
pub enum KeysCommand {
    /// Make a signing key pair: PREFIX.pub (to share) and PREFIX.key (passphrase-protected)
    Generate {
        #[arg(long, value_name = "PREFIX")]
        out: PathBuf,
        /// The organization, for the key's comment
        #[arg(long, default_value = "")]
        label: String,
    },
}

#[derive(clap::Args)]
pub struct VerifyArgs {
    file: PathBuf,
    /// The signer's public key (a minisign .pub file) [default: the
    /// organization's own key, kept in the database]
    #[arg(long, value_name = "PUBKEY")]
    pub pubkey: Option<PathBuf>,
    /// The signature [default: FILE.minisig]
    #[arg(long, value_name = "FILE.minisig")]
    sig: Option<PathBuf>,
}

fn passphrase(confirm: bool) -> Result<String, ErrorReport> {
    if let Ok(value) = std::env::var(PASSPHRASE_ENV) {
        return Ok(value);
    }
    let ask = |prompt: &str| -> Result<String, ErrorReport> {
        if std::io::stdin().is_terminal() {
            rpassword::prompt_password(prompt).map_err(|e| {
                failed(
                    ErrorCode::Invalid,
                    format!("cannot read the passphrase: {e}"),
                )
            })
        } else {
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(|e| {
                failed(
                    ErrorCode::Invalid,
                    format!("cannot read the passphrase: {e}"),
                )
            })?;
            Ok(line.trim_end_matches(['\r', '\n']).to_string())
        }
    };
    let first = ask("Passphrase: ")?;
    if confirm && ask("The same passphrase again: ")? != first {
        return Err(failed(
            ErrorCode::Invalid,
            "the two passphrases differ; nothing was written",
        ));
    }
    Ok(first)
}

fn read_text(path: &Path) -> Result<String, ErrorReport> {
    std::fs::read_to_string(path).map_err(|e| {
        failed(
            ErrorCode::Invalid,
            format!("cannot read {}: {e}", path.display()),
        )
    })
}

fn signing_failed(e: signing::SigningError) -> ErrorReport {
    ErrorReport::from(&e)
}

pub fn export(store: &mut Store, args: ExportArgs, json: bool) -> Result<(), ErrorReport> {
    let format = match args.format {
        Format::Html => ExportFormat::Html,
        Format::HtmlFragment => ExportFormat::HtmlFragment,
        Format::Md => ExportFormat::Markdown,
        Format::Txt => ExportFormat::Text,
        Format::Csv => ExportFormat::Csv,
        Format::Pdf => ExportFormat::Pdf,
        Format::Docx => ExportFormat::Docx,
    };
    if args.pdfa && format != ExportFormat::Pdf {
        return Err(failed(
            ErrorCode::Invalid,
            "--pdfa applies to --format pdf only",
        ));
    }
    let group_by = match args.group_by {
        Grouping::Country => GroupBy::Country,
        Grouping::Sector => GroupBy::Sector,
        Grouping::Kind => GroupBy::Kind,
        Grouping::None => GroupBy::None,
    };
    let key = match (&args.sign, &args.key) {
        (true, Some(path)) => {
            let text = read_text(path)?;
            let secret =
                signing::secret_key(&text, &path.display().to_string(), &passphrase(false)?)
                    .map_err(signing_failed)?;
            let signer = args.signer.clone().unwrap_or_else(|| {
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            Some((secret, signer))
        }
        _ => None,
    };
    let signing = || match &key {
        Some((key, signer)) => Signing::With(Signer { key, signer }),
        None => Signing::Unsigned,
    };
    let options = ExportOptions {
        group_by,
        paper: match args.paper {
            Paper::A4 => export::Paper::A4,
            Paper::Letter => export::Paper::Letter,
        },
        archival: args.pdfa,
    };
    let path = store.path().map(Path::to_path_buf);
    let report = |e: export::ExportError| {
        let e = match &path {
            Some(p) => e.with_path(p),
            None => e,
        };
        ErrorReport::from(&e)
    };
    let written = if args.all_languages {
        if !args.out.is_dir() {
            let what = if args.out.exists() {
                "is not a folder"
            } else {
                "does not exist"
            };
            return Err(failed(
                ErrorCode::Invalid,
                format!(
                    "{} {what}; with --all-languages, --out names the folder to write into",
                    args.out.display()
                ),
            ));
        }
        actions::export::save_all_languages(
            store,
            &args.statement,
            format,
            &options,
            &args.out,
            signing(),
            |_, _| {},
        )
        .map_err(report)?
    } else {
        let record = actions::export::save(
            store,
            &args.statement,
            format,
            &options,
            &args.out,
            signing(),
        )
        .map_err(report)?;
        vec![(args.out.clone(), record)]
    };
    if json {
        let records: Vec<_> = written.iter().map(|(_, r)| r).collect();
        return if args.all_languages {
            print_json(&records)
        } else {
            print_json(&records[0])
        };
    }
    let mut text = String::new();
    for (file, record) in &written {
        text.push_str(&format!(
            "Wrote {} ({} signatories, sha256 {})\n",
            file.display(),
            record.signatory_count,
            record.sha256
        ));
        if let Some(id) = &record.signed_key_id {
            text.push_str(&format!(
                "Signed with key {id}: {}.minisig\n",
                file.display()
            ));
        }
    }
    print_text(&text)
}

pub fn exports(store: &Store, command: ExportsCommand, json: bool) -> Result<(), ErrorReport> {
    let ExportsCommand::List { statement } = command;
    let found = export::list(store.conn(), &statement).map_err(|e| ErrorReport::from(&e))?;
    if json {
        return print_json(&found);
    }
    let mut text = String::new();
    for r in &found {
        text.push_str(&format!(
            "{}  {:<8} {:>6} signatories  revision {}  {}  sha256 {}{}\n",
            short_time(&r.created_at),
            r.format,
            r.signatory_count,
            r.revision_number.map_or("-".to_string(), |n| n.to_string()),
            for_terminal(&r.file_name),
            &r.sha256[..16],
            r.signed_key_id
                .as_deref()
                .map(|k| format!("  signed {k}"))
                .unwrap_or_default()
        ));
    }
    text.push_str(&format!("{} export(s)\n", found.len()));
    print_text(&text)
}

pub fn keys(command: KeysCommand, json: bool) -> Result<(), ErrorReport> {
    let KeysCommand::Generate { out, label } = command;
    let with = |ext: &str| {
        let mut p = out.as_os_str().to_owned();
        p.push(ext);
        PathBuf::from(p)
    };
    let (public_path, secret_path) = (with(".pub"), with(".key"));
    for p in [&public_path, &secret_path] {
        if p.exists() {
            return Err(failed(
                ErrorCode::Invalid,
                format!(
                    "{} already exists; choose another prefix so no key is overwritten",
                    p.display()
                ),
            ));
        }
    }
    let keys = signing::generate(&passphrase(true)?, &label).map_err(signing_failed)?;
    let written = undersigned_core::files::write_whole(&public_path, keys.public.as_bytes())
        .map_err(|e| (&public_path, e))
        .and_then(|()| {
            // The secret key is the owner's alone, whatever the umask.
            undersigned_core::files::write_secret(&secret_path, keys.secret.as_bytes())
                .map_err(|e| (&secret_path, e))
        });
    if let Err((path, e)) = written {
        return Err(failed(
            ErrorCode::Unavailable,
            format!("cannot write {}: {e}", path.display()),
        ));
    }
    if json {
        return print_json(&serde_json::json!({
            "keyId": keys.key_id,
            "public": public_path,
            "secret": secret_path,
        }));
    }
    print_text(&format!(
        "Key {} written: {} (share it) and {} (keep it; it is protected by the passphrase)\n",
        keys.key_id,
        public_path.display(),
        secret_path.display()
    ))
}

/// Exit 0 when the file is authentic, 1 when not (or it cannot be checked).
/// Without `--pubkey`, the organization's own key in `store` checks it.
pub fn verify(args: VerifyArgs, store: Option<&Store>, json: bool) -> Result<(), ErrorReport> {
    let verdict = match (&args.pubkey, store) {
        (Some(key), _) => signing::verify_file(&args.file, key, args.sig.as_deref()),
        (None, Some(store)) => {
            signing::verify_file_with_own_key(store.conn(), &args.file, args.sig.as_deref())
                .transpose()
                .ok_or_else(|| {
                    failed(
                        ErrorCode::Invalid,
                        "this database has no key of the organization's own; give the signer's public key with --pubkey FILE.pub".to_string(),
                    )
                })?
        }
        (None, None) => unreachable!("the database is opened when no key is given"),
    }
    .map_err(signing_failed)?;
    if json {
        print_json(&verdict)?;
        if !verdict.authentic {
            // The verdict is the answer; exit 1 says "not authentic" to scripts.
            std::process::exit(1);
        }
    } else {
        print_text(&format!(
            "{}: {}\n",
            args.file.display(),
            for_terminal(&verdict.message)
        ))?;
    }
    if verdict.authentic {
        Ok(())
    } else {
        Err(failed(
            ErrorCode::Invalid,
            format!("{} is not authentic", args.file.display()),
        ))
    }
}
