//! Reading contact and sign-on files into rows: CSV and other delimited
//! text, Excel (.xlsx, .xls), OpenDocument (.ods) and vCard (.vcf).
//!
//! The format is found from the content, not the file name. Text is decoded
//! from UTF-8 (with or without a byte order mark), UTF-16 (with a mark, or
//! without one when its zero bytes give it away), or the legacy encoding
//! `chardetng` finds (Windows-1252 for most spreadsheet exports). The
//! delimiter (comma, semicolon, tab or bar) is the one that splits the first
//! records into the same number of columns. Every error names the file and,
//! where there is one, the row and column, and says what to do.

pub mod columns;
pub mod spreadsheets;

mod csv;
mod decode;
mod sniff;
mod vcard;

use csv::*;
use decode::*;
use sniff::*;
use vcard::*;

use std::io::{Cursor, Read};
use std::path::Path;

use serde::Serialize;
use spreadsheets::Kind;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Csv,
    Xlsx,
    Xls,
    Ods,
    Vcard,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub format: Format,
    /// Text files only: the encoding the bytes were read in.
    pub encoding: Option<String>,
    /// Text files only: the delimiter between cells.
    pub delimiter: Option<char>,
    /// The first non-empty row, trimmed. For vCards: `VCARD_HEADERS`.
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// What was read but may not be what the file shows (formula cells
    /// without a saved value, read as empty, with their references): shown
    /// in the review before anything is imported.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Row {
    /// The row number a spreadsheet app shows (the line a record starts on
    /// in a text file; the line of `BEGIN:VCARD` for a vCard).
    pub number: usize,
    /// One cell per header.
    pub cells: Vec<String>,
}

pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;
pub const MAX_CELL_CHARS: usize = 100_000;
pub const MAX_UNZIPPED_BYTES: u64 = 512 * 1024 * 1024;
pub const MAX_COLUMNS: usize = 500;

/// The columns a vCard file is read into.
pub const VCARD_HEADERS: [&str; 10] = [
    "Full name",
    "Organization",
    "Role",
    "Email",
    "Phone",
    "Country",
    "City",
    "Website",
    "Notes",
    "Categories",
];

#[derive(Debug, thiserror::Error, serde::Serialize)]
#[serde(tag = "@read", rename_all = "snake_case")]
pub enum ReadError {
    #[error("“{file}”: could not be read: {reason}")]
    Io { file: String, reason: String },
    #[error("“{file}”: the file is {mb} MB; the most is 200 MB. Split it and import the parts")]
    TooBig { file: String, mb: u64 },
    #[error("“{file}”: the file is empty")]
    Empty { file: String },
    #[error("“{file}”: only a header row, no contacts")]
    HeadersOnly { file: String },
    #[error(
        "“{file}”: not a spreadsheet or text file (it looks like {what}); export it from its program as CSV or XLSX"
    )]
    NotATable { file: String, what: &'static str },
    #[error(
        "“{file}”: the archive unpacks to more than a spreadsheet ever holds ({detail}); it is refused as a possible zip bomb"
    )]
    ZipBomb { file: String, detail: String },
    #[error(
        "“{file}”: the file expands to {detail}, more than one import can hold; split it into smaller files and import them one by one"
    )]
    TooLarge { file: String, detail: String },
    #[error(
        "“{file}”: the spreadsheet could not be read: {reason}; open it in your spreadsheet app and save it again"
    )]
    Spreadsheet { file: String, reason: String },
    #[error(
        "“{file}”, row {row}: a quoted cell is never closed (the quote opens in column {column}); close the quote, or save the file again from your spreadsheet app"
    )]
    UnclosedQuote {
        file: String,
        row: usize,
        column: usize,
    },
    #[error(
        "“{file}”, row {row}: {cells} cells but the header row has {headers}; check for a delimiter that is not inside quotes in that row"
    )]
    TooManyCells {
        file: String,
        row: usize,
        cells: usize,
        headers: usize,
    },
    #[error(
        "“{file}”, row {row}, column {column}: a cell is {chars} characters long; the most is {MAX_CELL_CHARS}"
    )]
    CellTooLong {
        file: String,
        row: usize,
        column: usize,
        chars: usize,
    },
    #[error("“{file}”: {columns} columns; the most is {MAX_COLUMNS}")]
    TooManyColumns { file: String, columns: usize },
    #[error(
        "“{file}”, line {line}: the text contains a NUL character, which text files never hold; the file may be damaged or not text"
    )]
    Nul { file: String, line: usize },
    #[error("“{file}”, line {line}: the vCard is not closed with END:VCARD")]
    UnclosedCard { file: String, line: usize },
}

/// Reads the file at `path`.
pub fn read_path(path: &Path) -> Result<Table, ReadError> {
    let file = path.display().to_string();
    let io = |e: std::io::Error| ReadError::Io {
        file: file.clone(),
        reason: e.to_string(),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooBig {
            file,
            mb: size / 1_000_000,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_bytes(&file, &bytes)
}

/// Reads a file's bytes; `name` is used in messages.
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Table, ReadError> {
    let file = name.to_string();
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooBig {
            file,
            mb: bytes.len() as u64 / 1_000_000,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty { file });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let kind = zip_format(&file, bytes)?;
        return spreadsheet(&file, bytes, kind);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return spreadsheet(&file, bytes, Kind::Xls);
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(ReadError::NotATable { file, what });
    }
    let (text, encoding) = decode(bytes);
    if let Some(at) = text.find('\0') {
        let line = text[..at].matches('\n').count() + 1;
        return Err(ReadError::Nul { file, line });
    }
    let text = text.replace('\u{FEFF}', "");
    if text
        .trim_start()
        .get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCARD"))
    {
        let mut table = vcards(&file, &text)?;
        table.encoding = Some(encoding);
        return Ok(table);
    }
    let delimiter = detect_delimiter(&text);
    let records = parse_delimited(&file, &text, delimiter)?;
    let mut table = into_table(&file, Format::Csv, records)?;
    table.encoding = Some(encoding);
    table.delimiter = Some(delimiter);
    Ok(table)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod spreadsheet_tests;
