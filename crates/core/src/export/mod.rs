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

mod document;
mod saving;
mod words;

pub use document::*;
pub use saving::*;
pub use words::has_words_in;
use words::*;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::countries;
use crate::files::{Access, Staged};
use crate::signons::{self, EndorsementError, EndorsementKind, Signatory};
use crate::statements::{self, Statement};
use crate::store::clock::{new_id, now};
use crate::store::{Store, snapshot};
use signing::SigningError;

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

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@export", rename_all = "snake_case")]
pub enum ExportError {
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
    #[serde(skip)]
    Typeset(String),

    #[error("cannot write {file}: {reason}; check the folder exists and can be written to")]
    Write { file: String, reason: String },

    #[error(transparent)]
    #[serde(untagged)]
    Endorsements(#[from] EndorsementError),

    #[error(transparent)]
    #[serde(untagged)]
    Signing(#[from] SigningError),

    #[error(transparent)]
    #[serde(untagged)]
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

use crate::text::primary_language as primary;

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
