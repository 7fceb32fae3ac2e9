//! The signed statement as the world sees it: the text and its confirmed
//! signatories (visibility applied), grouped and sorted the way the
//! statement's language sorts, with a count line in that language; written
//! as standalone HTML (or a fragment to paste into a website), Markdown,
//! plain text for e-mail, or CSV (`plain`), or typeset as a print-ready PDF
//! (`pdf`) or an editable Word document (`docx`); each export logged, and
//! signed on request.
//!
//! Names and notes are data, never markup: every renderer escapes them.

pub mod signing;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::store::clock::{new_id, now};
use crate::countries;
use crate::signons::{self, EndorsementError, EndorsementKind, Signatory};
use crate::files::{Access, Staged};
use signing::SigningError;
use crate::statements::{self, Statement};
use crate::store::Store;

mod blocks;
mod docx;
mod overlong;
mod pdf;
pub(crate) mod plain;

pub use plain::{csv, html, markdown, text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Pdf,
    Docx,
    Html,
    /// An HTML fragment for pasting into a website: no page around it.
    HtmlFragment,
    Markdown,
    Text,
    Csv,
}

impl ExportFormat {
    /// The format as the export log records it.
    fn logged(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
            ExportFormat::Html | ExportFormat::HtmlFragment => "html",
            ExportFormat::Markdown => "markdown",
            ExportFormat::Text => "text",
            ExportFormat::Csv => "csv",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
            ExportFormat::Html | ExportFormat::HtmlFragment => "html",
            ExportFormat::Markdown => "md",
            ExportFormat::Text => "txt",
            ExportFormat::Csv => "csv",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    Country,
    Sector,
    /// Organizations, then individuals.
    #[default]
    Kind,
    None,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    /// US Letter.
    Letter,
}

/// How an export is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOptions {
    pub group_by: GroupBy,
    /// PDF and DOCX only.
    pub paper: Paper,
    /// PDF only: PDF/A-2b, for archiving.
    pub archival: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Endorsements(#[from] EndorsementError),
    #[error(transparent)]
    Signing(#[from] SigningError),
    #[error(
        "no installed font can print \u{201c}{character}\u{201d} ({code}) in {place}; \
         correct the text, or if the characters belong there, install a font that has them \
         (on Debian, a fonts-noto package)"
    )]
    MissingGlyph {
        character: String,
        code: String,
        place: String,
    },
    #[error("the document could not be typeset: {0}")]
    Typeset(String),
    #[error("cannot write {file}: {reason}; check the folder exists and can be written to")]
    Write { file: String, reason: String },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl From<rusqlite::Error> for ExportError {
    fn from(err: rusqlite::Error) -> Self {
        ExportError::Store(err.into())
    }
}

impl From<statements::StatementError> for ExportError {
    fn from(err: statements::StatementError) -> Self {
        ExportError::Endorsements(err.into())
    }
}

impl crate::store::WithPath for ExportError {
    fn with_path(self, path: &Path) -> Self {
        match self {
            ExportError::Store(err) => ExportError::Store(err.with_path(path)),
            ExportError::Endorsements(err) => ExportError::Endorsements(err.with_path(path)),
            other => other,
        }
    }
}

pub type Result<T> = std::result::Result<T, ExportError>;

/// One heading of the signatory list and those under it, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// Empty when the list is not grouped.
    pub heading: String,
    pub signatories: Vec<Signatory>,
}

/// Everything an export prints, laid out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub title: String,
    pub subtitle: String,
    pub occasion: String,
    pub date: Option<String>,
    pub place: String,
    /// "Issued by A, B and C", in the statement's language; empty when no
    /// organization is named.
    pub issued_by: String,
    pub language: String,
    /// `rtl` for Arabic, Hebrew and the other right-to-left languages.
    pub direction: String,
    /// Markdown.
    pub body: String,
    /// "Signed by 212 organizations and 48 individuals from 31 countries".
    pub count_line: String,
    pub groups: Vec<Group>,
    /// Confirmed signatories, listed or only counted.
    pub signatory_count: u32,
    /// When it was laid out (UTC, as the database's clock gives it): the
    /// PDF's and the Word document's creation date.
    pub laid_out_at: String,
    /// The issuing organization(s), one per line: the Word document's author.
    pub issuers: String,
}

const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

use crate::text::primary_language as primary;

/// Words of the count line and headings, in the statement's language
/// (English, Spanish or French; others read English for now).
struct Words {
    signed_by: &'static str,
    issued_by: &'static str,
    and: &'static str,
    from: &'static str,
    organization: (&'static str, &'static str),
    individual: (&'static str, &'static str),
    country: (&'static str, &'static str),
    organizations: &'static str,
    individuals: &'static str,
    other: &'static str,
}

fn words(language: &str) -> Words {
    match primary(language).as_str() {
        "es" => Words {
            signed_by: "Firmado por",
            issued_by: "Emitida por",
            and: "y",
            from: "de",
            organization: ("organización", "organizaciones"),
            individual: ("persona", "personas"),
            country: ("país", "países"),
            organizations: "Organizaciones",
            individuals: "Personas",
            other: "Otros",
        },
        "fr" => Words {
            signed_by: "Signé par",
            issued_by: "Publiée par",
            and: "et",
            from: "de",
            organization: ("organisation", "organisations"),
            individual: ("personne", "personnes"),
            country: ("pays", "pays"),
            organizations: "Organisations",
            individuals: "Personnes",
            other: "Autres",
        },
        "pt" => Words {
            signed_by: "Assinado por",
            issued_by: "Emitida por",
            and: "e",
            from: "de",
            organization: ("organização", "organizações"),
            individual: ("pessoa", "pessoas"),
            country: ("país", "países"),
            organizations: "Organizações",
            individuals: "Pessoas",
            other: "Outros",
        },
        "it" => Words {
            signed_by: "Firmato da",
            issued_by: "Pubblicata da",
            and: "e",
            from: "di",
            organization: ("organizzazione", "organizzazioni"),
            individual: ("persona", "persone"),
            country: ("paese", "paesi"),
            organizations: "Organizzazioni",
            individuals: "Persone",
            other: "Altri",
        },
        "de" => Words {
            signed_by: "Unterzeichnet von",
            issued_by: "Herausgegeben von",
            and: "und",
            from: "aus",
            organization: ("Organisation", "Organisationen"),
            individual: ("Einzelperson", "Einzelpersonen"),
            country: ("Land", "Ländern"),
            organizations: "Organisationen",
            individuals: "Einzelpersonen",
            other: "Sonstige",
        },
        _ => Words {
            signed_by: "Signed by",
            issued_by: "Issued by",
            and: "and",
            from: "from",
            organization: ("organization", "organizations"),
            individual: ("individual", "individuals"),
            country: ("country", "countries"),
            organizations: "Organizations",
            individuals: "Individuals",
            other: "Other",
        },
    }
}

/// "Issued by A, B and C" from the organizations named one per line.
fn issued_by_line(issued_by: &str, w: &Words) -> String {
    let names: Vec<&str> = issued_by
        .lines()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("{} {one}", w.issued_by),
        [rest @ .., last] => format!("{} {} {} {last}", w.issued_by, rest.join(", "), w.and),
    }
}

fn counted(n: u32, forms: (&str, &str)) -> String {
    format!("{n} {}", if n == 1 { forms.0 } else { forms.1 })
}

/// The statement and its signatories, grouped and sorted for printing.
pub fn document(conn: &Connection, statement_id: &str, group_by: GroupBy) -> Result<Document> {
    let statement = statements::get(conn, statement_id)?;
    // Organizations sign the statement, not one wording of it: a
    // translation prints the original's signatories, in its own language.
    let signed = original_of(conn, &statement)?;
    let list = signons::signatories(conn, &signed)?;
    let w = words(&statement.language);
    // "Signed by 212 organizations and 48 individuals from 31 countries";
    // a part that counts nobody is left out.
    let mut who = Vec::new();
    if list.organizations > 0 || list.individuals == 0 {
        who.push(counted(list.organizations, w.organization));
    }
    if list.individuals > 0 {
        who.push(counted(list.individuals, w.individual));
    }
    let mut count_line = format!("{} {}", w.signed_by, who.join(&format!(" {} ", w.and)));
    if list.countries > 0 {
        count_line.push_str(&format!(
            " {} {}",
            w.from,
            counted(list.countries, w.country)
        ));
    }
    let mut listed = list.listed;
    // Country names as the statement's language writes them; what follows
    // a country's name (a second country, kept as written) stays.
    for s in &mut listed {
        let Some(code) = s.country_code.as_deref() else {
            continue;
        };
        if let (Some(name), Some(country)) = (
            countries::name(code, &statement.language),
            countries::by_code(code),
        ) {
            let rest = s.country.strip_prefix(country.en).unwrap_or("");
            s.country = format!("{name}{rest}");
        }
    }
    let mut collator = feruca::Collator::default();
    let mut by_name = |a: &Signatory, b: &Signatory| -> Ordering {
        collator.collate(a.name.as_str(), b.name.as_str())
    };
    let groups = match group_by {
        GroupBy::None => {
            listed.sort_by(&mut by_name);
            vec![Group {
                heading: String::new(),
                signatories: listed,
            }]
        }
        GroupBy::Kind => {
            let (mut orgs, mut people): (Vec<_>, Vec<_>) = listed
                .into_iter()
                .partition(|s| s.kind == EndorsementKind::Organization);
            orgs.sort_by(&mut by_name);
            people.sort_by(&mut by_name);
            [(w.organizations, orgs), (w.individuals, people)]
                .into_iter()
                .filter(|(_, list)| !list.is_empty())
                .map(|(heading, signatories)| Group {
                    heading: heading.to_string(),
                    signatories,
                })
                .collect()
        }
        GroupBy::Country | GroupBy::Sector => {
            let mut grouped: BTreeMap<String, Vec<Signatory>> = BTreeMap::new();
            for s in listed {
                let key = match group_by {
                    GroupBy::Country => s.country.trim().to_string(),
                    _ => s.sector.trim().to_string(),
                };
                grouped.entry(key).or_default().push(s);
            }
            let mut groups: Vec<Group> = grouped
                .into_iter()
                .map(|(heading, mut signatories)| {
                    signatories.sort_by(&mut by_name);
                    Group {
                        heading,
                        signatories,
                    }
                })
                .collect();
            let mut collator = feruca::Collator::default();
            groups.sort_by(|a, b| match (a.heading.is_empty(), b.heading.is_empty()) {
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => collator.collate(a.heading.as_str(), b.heading.as_str()),
            });
            for g in &mut groups {
                if g.heading.is_empty() {
                    g.heading = w.other.to_string();
                }
            }
            groups
        }
    };
    let direction = if RTL.contains(&primary(&statement.language).as_str()) {
        "rtl"
    } else {
        "ltr"
    };
    Ok(Document {
        title: statement.title.clone(),
        subtitle: statement.subtitle.clone(),
        occasion: statement.occasion.clone(),
        // In the statement's words where we have them ("15 December 2026",
        // "15 de diciembre de 2026"); as stored otherwise.
        date: statement.statement_date.as_deref().map(|d| {
            if crate::text::dates::has_long_dates(&statement.language) {
                crate::text::dates::long_date(d, &statement.language)
            } else {
                d.to_string()
            }
        }),
        place: statement.place.clone(),
        issued_by: issued_by_line(&statement.issued_by, &w),
        language: statement.language.clone(),
        direction: direction.to_string(),
        body: statement.body.clone(),
        count_line,
        groups,
        signatory_count: list.organizations + list.individuals,
        laid_out_at: now(conn)?,
        issuers: statement.issued_by.clone(),
    })
}

/// One signatory as a line: "Name, affiliation (City, Country)"; the
/// country is left out under a country heading.
fn line(s: &Signatory, with_country: bool) -> String {
    let mut out = s.name.clone();
    out.push_str(&line_rest(s, with_country));
    out
}

/// What follows the name on a signatory's line: ", affiliation (City, Country)".
fn line_rest(s: &Signatory, with_country: bool) -> String {
    let mut out = String::new();
    if !s.affiliation.is_empty() {
        out.push_str(", ");
        out.push_str(&s.affiliation);
    }
    let place: Vec<&str> = [
        s.city.as_str(),
        if with_country { s.country.as_str() } else { "" },
    ]
    .into_iter()
    .filter(|p| !p.trim().is_empty())
    .collect();
    if !place.is_empty() {
        out.push_str(&format!(" ({})", place.join(", ")));
    }
    out
}

/// The lines under the title: the subtitle, then the occasion and where
/// and when.
fn header_lines(doc: &Document) -> Vec<String> {
    let mut lines = Vec::new();
    if !doc.subtitle.trim().is_empty() {
        lines.push(doc.subtitle.clone());
    }
    lines.extend(meta_lines(doc));
    lines
}

/// The occasion, and the place and date, for a title block that sets the
/// subtitle apart.
fn meta_lines(doc: &Document) -> Vec<String> {
    let mut lines = Vec::new();
    if !doc.occasion.trim().is_empty() {
        lines.push(doc.occasion.clone());
    }
    if !doc.issued_by.is_empty() {
        lines.push(doc.issued_by.clone());
    }
    let when_where: Vec<&str> = [doc.place.as_str(), doc.date.as_deref().unwrap_or("")]
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect();
    if !when_where.is_empty() {
        lines.push(when_where.join(", "));
    }
    lines
}

/// The bytes of an export.
pub fn render(doc: &Document, format: ExportFormat, options: &ExportOptions) -> Result<Vec<u8>> {
    let group_by = options.group_by;
    Ok(match format {
        ExportFormat::Pdf => pdf::pdf(doc, group_by, options.paper, options.archival)?,
        ExportFormat::Docx => docx::docx(doc, group_by, options.paper)?,
        ExportFormat::Html => html(doc, group_by, false).into_bytes(),
        ExportFormat::HtmlFragment => html(doc, group_by, true).into_bytes(),
        ExportFormat::Markdown => markdown(doc, group_by).into_bytes(),
        ExportFormat::Text => text(doc, group_by).into_bytes(),
        ExportFormat::Csv => csv(doc),
    })
}

/// The printed pages, as the PDF will show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PagePreview {
    /// The first pages, each an SVG picture.
    pub pages: Vec<String>,
    /// How many pages the PDF has.
    pub page_count: u32,
}

/// The first `first` pages of the PDF, laid out exactly as it will print.
pub fn page_preview(doc: &Document, options: &ExportOptions, first: usize) -> Result<PagePreview> {
    let (pages, count) = pdf::pages(doc, options.group_by, options.paper, first)?;
    Ok(PagePreview {
        pages,
        page_count: u32::try_from(count).unwrap_or(u32::MAX),
    })
}

/// One export, as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRecord {
    pub id: String,
    pub statement_id: String,
    pub revision_number: Option<u32>,
    pub format: String,
    pub file_name: String,
    pub sha256: String,
    pub signatory_count: u32,
    pub signed_key_id: Option<String>,
    pub created_at: String,
}

/// A key to sign an export with, unlocked.
pub struct Signer<'a> {
    pub key: &'a minisign::SecretKey,
    /// Who signs, for the trusted comment ("Coalition for Migrants' Rights").
    pub signer: &'a str,
}

/// Renders, writes `path` whole, signs it beside (`path.minisig`) when
/// asked, and logs the export with its revision and SHA-256. The files are
/// written under temporary names and put in place only once the log has
/// committed: an export that fails (a read-only database, a full disk, a
/// key that cannot sign) leaves no file behind.
pub fn write(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
    signer: Option<&Signer<'_>>,
) -> Result<ExportRecord> {
    let staged = stage(store.conn(), statement_id, format, options, path, signer)?;
    let mut records = log_and_publish(store, vec![staged])?;
    records
        .pop()
        .map(|(_, record)| record)
        .ok_or_else(|| ExportError::Store(rusqlite::Error::QueryReturnedNoRows.into()))
}

/// One export written but not yet in place or logged.
struct StagedExport {
    statement_id: String,
    format: ExportFormat,
    file: Staged,
    signature: Option<Staged>,
    sha256: String,
    signatory_count: u32,
    /// The signing key's id and its public key, to log.
    key: Option<(String, String, String)>,
}

fn stage(
    conn: &Connection,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
    signer: Option<&Signer<'_>>,
) -> Result<StagedExport> {
    let doc = document(conn, statement_id, options.group_by)?;
    let bytes = render(&doc, format, options)?;
    let file = Staged::write(path, &bytes, Access::Shared).map_err(|e| cannot_write(path, e))?;
    let sha256: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut signature = None;
    let mut key = None;
    if let Some(s) = signer {
        let at = now(conn)?;
        let comment = format!(
            "{} \u{2014} {} \u{2014} {} \u{2014} sha256:{}",
            s.signer.trim(),
            doc.title,
            &at[..10],
            sha256
        );
        let text = signing::sign(s.key, &bytes, &comment)?;
        let mut sig_path = path.as_os_str().to_owned();
        sig_path.push(".minisig");
        let sig_path = std::path::PathBuf::from(sig_path);
        signature = Some(
            Staged::write(&sig_path, text.as_bytes(), Access::Shared)
                .map_err(|e| cannot_write(&sig_path, e))?,
        );
        let public = minisign::PublicKey::from_secret_key(s.key)
            .and_then(|pk| pk.to_box())
            .map(|b| b.to_string())
            .map_err(|e| SigningError::Key(e.to_string()))?;
        key = Some((signing::secret_key_id(s.key), public, s.signer.to_string()));
    }
    Ok(StagedExport {
        statement_id: statement_id.to_string(),
        format,
        file,
        signature,
        sha256,
        signatory_count: doc.signatory_count,
        key,
    })
}

fn cannot_write(file: &Path, e: std::io::Error) -> ExportError {
    ExportError::Write {
        file: file.display().to_string(),
        reason: e.to_string(),
    }
}

/// Logs every staged export in one transaction, then puts the files in
/// place. Should a file fail to go in place after all, its log entries are
/// taken back and what was already put in place is removed.
fn log_and_publish(
    store: &mut Store,
    staged: Vec<StagedExport>,
) -> Result<Vec<(std::path::PathBuf, ExportRecord)>> {
    let records = store.with_tx(|tx| {
        staged
            .iter()
            .map(|export| log(tx, export))
            .collect::<Result<Vec<_>>>()
    })?;
    let mut placed: Vec<std::path::PathBuf> = Vec::new();
    let mut written = Vec::new();
    for (export, record) in staged.into_iter().zip(records) {
        let target = export.file.target().to_path_buf();
        let mut files = vec![export.file];
        files.extend(export.signature);
        for file in files {
            let at = file.target().to_path_buf();
            if let Err(e) = file.publish() {
                for done in &placed {
                    let _ = std::fs::remove_file(done);
                }
                let ids: Vec<String> = written
                    .iter()
                    .map(|(_, r): &(std::path::PathBuf, ExportRecord)| r.id.clone())
                    .chain(std::iter::once(record.id.clone()))
                    .collect();
                let _ = store.with_tx(|tx| {
                    for id in &ids {
                        tx.execute("DELETE FROM exports WHERE id = ?1", [id])?;
                    }
                    Ok::<(), ExportError>(())
                });
                return Err(cannot_write(&at, e));
            }
            placed.push(at);
        }
        written.push((target, record));
    }
    Ok(written)
}

fn log(conn: &Connection, export: &StagedExport) -> Result<ExportRecord> {
    let at = now(conn)?;
    let key_id = match &export.key {
        Some((id, public, label)) => {
            conn.execute(
                "INSERT INTO signing_keys (id, key_id, public_key, label, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (key_id) DO NOTHING",
                (new_id(), id, public, label, &at),
            )?;
            Some(id.clone())
        }
        None => None,
    };
    let file_name = export
        .file
        .target()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let revision = signons::current_revision(conn, &export.statement_id)?;
    let id = new_id();
    conn.execute(
        "INSERT INTO exports (id, statement_id, revision_id, format, file_name, sha256, signatory_count,
                              signed_key_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        rusqlite::params![
            id,
            export.statement_id,
            revision,
            export.format.logged(),
            file_name,
            export.sha256,
            export.signatory_count,
            key_id,
            at
        ],
    )?;
    list(conn, &export.statement_id)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| ExportError::Store(rusqlite::Error::QueryReturnedNoRows.into()))
}

/// A statement's exports, newest first.
pub fn list(conn: &Connection, statement_id: &str) -> Result<Vec<ExportRecord>> {
    statements::get(conn, statement_id)?;
    let mut stmt = conn.prepare(
        "SELECT x.id, x.statement_id,
                (SELECT count(*) FROM statement_revisions r2 JOIN statement_revisions r ON r.id = x.revision_id
                  WHERE r2.statement_id = r.statement_id AND (r2.created_at, r2.id) <= (r.created_at, r.id)),
                x.format, x.file_name, x.sha256, x.signatory_count, x.signed_key_id, x.created_at
           FROM exports x WHERE x.statement_id = ?1 ORDER BY x.created_at DESC, x.id DESC",
    )?;
    let rows = stmt.query_map([statement_id], |r| {
        let number: u32 = r.get(2)?;
        Ok(ExportRecord {
            id: r.get(0)?,
            statement_id: r.get(1)?,
            revision_number: (number > 0).then_some(number),
            format: r.get(3)?,
            file_name: r.get(4)?,
            sha256: r.get(5)?,
            signatory_count: r.get(6)?,
            signed_key_id: r.get(7)?,
            created_at: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A file name made safe from any statement title, with the format's extension.
pub fn file_name(statement: &Statement, format: ExportFormat) -> String {
    format!(
        "{}.{}",
        crate::files::safe_file_stem(&statement.title),
        format.extension()
    )
}

fn original_of(conn: &Connection, statement: &Statement) -> Result<String> {
    Ok(statements::sign_on_home(conn, &statement.id)?)
}

/// The statement and every translation of it, and of those (whichever of
/// them is given): the original first, then by language.
pub fn language_versions(conn: &Connection, statement_id: &str) -> Result<Vec<Statement>> {
    Ok(statements::language_versions(conn, statement_id)?)
}

/// Writes every language version of a statement into `folder`, one file
/// each, named "title.language.ext" from its own title, made safe; each is
/// signed as [`write`] does. All or nothing: the files are put in place and
/// logged together, and a failure in any language leaves no file of this
/// export behind and nothing in the log.
pub fn write_all_languages(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    folder: &Path,
    signer: Option<&Signer<'_>>,
    mut progress: impl FnMut(usize, usize),
) -> Result<Vec<(std::path::PathBuf, ExportRecord)>> {
    let versions = language_versions(store.conn(), statement_id)?;
    let mut taken = std::collections::HashSet::new();
    let mut staged = Vec::new();
    for (i, statement) in versions.iter().enumerate() {
        progress(i, versions.len());
        let stem = crate::files::safe_file_stem(&statement.title);
        let language = crate::files::safe_file_stem(&statement.language);
        let mut name = format!("{stem}.{language}.{}", format.extension());
        let mut n = 2;
        while !taken.insert(name.to_lowercase()) {
            name = format!("{stem}.{language}-{n}.{}", format.extension());
            n += 1;
        }
        let path = folder.join(name);
        staged.push(stage(
            store.conn(),
            &statement.id,
            format,
            options,
            &path,
            signer,
        )?);
    }
    let written = log_and_publish(store, staged)?;
    progress(versions.len(), versions.len());
    Ok(written)
}
