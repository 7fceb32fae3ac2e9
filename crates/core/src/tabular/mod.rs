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

use std::io::{Cursor, Read};
use std::path::Path;

use spreadsheets::Kind;
use serde::Serialize;
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

#[derive(Debug, thiserror::Error)]
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

/// What a file that is neither text nor a spreadsheet looks like.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let starts = |sig: &[u8]| bytes.starts_with(sig);
    if starts(b"%PDF") {
        Some("a PDF document")
    } else if starts(b"\x89PNG") || starts(b"\xFF\xD8\xFF") || starts(b"GIF8") {
        Some("an image")
    } else if starts(b"SQLite format 3\0") {
        Some("a database")
    } else if starts(b"\x1F\x8B") || starts(b"7z\xBC\xAF") || starts(b"Rar!") {
        Some("a compressed archive")
    } else {
        // Text has few control bytes; UTF-16 is decoded before this matters.
        let sample = &bytes[..bytes.len().min(4096)];
        let odd = sample
            .iter()
            .filter(|b| **b < 0x09 || (**b > 0x0D && **b < 0x20 && **b != 0x1B))
            .count();
        let zeros = sample.iter().filter(|b| **b == 0).count();
        let utf16ish = zeros * 3 > sample.len() && zeros * 3 < sample.len() * 2;
        (odd * 10 > sample.len() && !utf16ish && bom_encoding(bytes).is_none())
            .then_some("binary data")
    }
}

fn bom_encoding(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, usize)> {
    encoding_rs::Encoding::for_bom(bytes)
}

/// Decodes text, returning it with the name of the encoding it was read in.
fn decode(bytes: &[u8]) -> (String, String) {
    if let Some((encoding, bom)) = bom_encoding(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 with BOM".to_string()
        } else {
            encoding.name().to_string()
        };
        return (text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), "UTF-8".into());
    }
    // UTF-16 without a mark: every other byte is zero in Latin text.
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half > 0 {
        let encoding = if zero_at(1) * 10 > half * 3 {
            Some(encoding_rs::UTF_16LE)
        } else if zero_at(0) * 10 > half * 3 {
            Some(encoding_rs::UTF_16BE)
        } else {
            None
        };
        if let Some(encoding) = encoding {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return (text.into_owned(), encoding.name().to_string());
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name().to_string())
}

/// One record of delimited text (or one row of a sheet): the line it
/// starts on, and its cells.
pub(crate) struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Splits delimited text into records (RFC 4180: quotes around cells,
/// doubled quotes inside them, delimiters and line breaks inside quotes).
fn parse_delimited(file: &str, text: &str, delimiter: char) -> Result<Vec<Record>, ReadError> {
    let mut records = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut quote_column = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    cell.push('\n');
                }
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
                cell.clear();
                quote_column = cells.len() + 1;
            }
            c if c == delimiter => {
                cells.push(finish(&mut cell, &mut was_quoted));
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(finish(&mut cell, &mut was_quoted));
                records.push(Record {
                    line: record_line,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                record_line = line;
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(ReadError::UnclosedQuote {
            file: file.to_string(),
            row: record_line,
            column: quote_column,
        });
    }
    if !cell.is_empty() || !cells.is_empty() || was_quoted {
        cells.push(finish(&mut cell, &mut was_quoted));
        records.push(Record {
            line: record_line,
            cells,
        });
    }
    Ok(records)
}

fn finish(cell: &mut String, was_quoted: &mut bool) -> String {
    let value = if *was_quoted {
        std::mem::take(cell)
    } else {
        std::mem::take(cell).trim().to_string()
    };
    *was_quoted = false;
    value
}

/// The delimiter that splits the first records most consistently into
/// more than one column.
fn detect_delimiter(text: &str) -> char {
    let head: String = text.lines().take(60).collect::<Vec<_>>().join("\n");
    let mut best = (',', 0usize, 0usize);
    for candidate in [',', ';', '\t', '|'] {
        let Ok(records) = parse_delimited("", &head, candidate) else {
            continue;
        };
        let counts: Vec<usize> = records
            .iter()
            .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
            .take(50)
            .map(|r| r.cells.len())
            .collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first < 2 {
            continue;
        }
        let agreeing = counts.iter().filter(|n| **n == first).count();
        if agreeing > best.1 || (agreeing == best.1 && first > best.2) {
            best = (candidate, agreeing, first);
        }
    }
    best.0
}

/// Headers from the first non-empty record; the rest as rows of that width.
fn into_table(file: &str, format: Format, records: Vec<Record>) -> Result<Table, ReadError> {
    let mut records = records
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    let Some(header) = records.next() else {
        return Err(ReadError::Empty { file: file.into() });
    };
    let mut headers: Vec<String> = header.cells.iter().map(|h| h.trim().to_string()).collect();
    while headers.last().is_some_and(String::is_empty) {
        headers.pop();
    }
    if headers.len() > MAX_COLUMNS {
        return Err(ReadError::TooManyColumns {
            file: file.into(),
            columns: headers.len(),
        });
    }
    let mut rows = Vec::new();
    for record in records {
        let mut cells = record.cells;
        if cells.len() > headers.len() {
            if cells[headers.len()..].iter().any(|c| !c.trim().is_empty()) {
                return Err(ReadError::TooManyCells {
                    file: file.into(),
                    row: record.line,
                    cells: cells.len(),
                    headers: headers.len(),
                });
            }
            cells.truncate(headers.len());
        }
        cells.resize(headers.len(), String::new());
        for (i, cell) in cells.iter().enumerate() {
            let chars = cell.chars().count();
            if chars > MAX_CELL_CHARS {
                return Err(ReadError::CellTooLong {
                    file: file.into(),
                    row: record.line,
                    column: i + 1,
                    chars,
                });
            }
        }
        rows.push(Row {
            number: record.line,
            cells: cells.into_iter().map(|c| c.trim().to_string()).collect(),
        });
    }
    if rows.is_empty() {
        return Err(ReadError::HeadersOnly { file: file.into() });
    }
    Ok(Table {
        format,
        encoding: None,
        delimiter: None,
        headers,
        rows,
        warnings: Vec::new(),
    })
}

// Spreadsheets --------------------------------------------------------------

/// Which spreadsheet a zip archive holds, after checking it unpacks to a
/// sane size.
fn zip_format(file: &str, bytes: &[u8]) -> Result<Kind, ReadError> {
    let not = |what| ReadError::NotATable {
        file: file.into(),
        what,
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not("a damaged ZIP archive"))?;
    let mut total: u64 = 0;
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|_| not("a damaged ZIP archive"))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        total = total.saturating_add(size);
        if size > 10 * 1024 * 1024 && size / packed > 200 {
            return Err(ReadError::ZipBomb {
                file: file.into(),
                detail: format!(
                    "{name} packs {} MB into {} KB",
                    size / 1_000_000,
                    packed / 1000
                ),
            });
        }
        names.push(name);
    }
    if total > MAX_UNZIPPED_BYTES {
        return Err(ReadError::ZipBomb {
            file: file.into(),
            detail: format!("{} MB in all", total / 1_000_000),
        });
    }
    if names.iter().any(|n| n == "xl/workbook.xml") {
        return Ok(Kind::Xlsx);
    }
    if names.iter().any(|n| n == "xl/workbook.bin") {
        return Ok(Kind::Xlsb);
    }
    if names.iter().any(|n| n == "mimetype") {
        let mut kind = String::new();
        if let Ok(mut entry) = archive.by_name("mimetype") {
            let _ = entry.by_ref().take(200).read_to_string(&mut kind);
        }
        if kind.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Ok(Kind::Ods);
        }
        if kind.contains("opendocument.text") {
            return Err(not("a text document"));
        }
    }
    if names.iter().any(|n| n.starts_with("word/")) {
        return Err(not("a Word document"));
    }
    Err(not("a ZIP archive"))
}

fn spreadsheet(file: &str, bytes: &[u8], kind: Kind) -> Result<Table, ReadError> {
    let format = match kind {
        Kind::Xlsx | Kind::Xlsb => Format::Xlsx,
        Kind::Ods => Format::Ods,
        Kind::Xls => Format::Xls,
    };
    let sheet = spreadsheets::read(file, bytes, kind)?;
    let mut table = into_table(file, format, sheet.records)?;
    table.warnings = sheet.warnings;
    Ok(table)
}

// vCards --------------------------------------------------------------------

/// Undoes vCard escapes: `\,` `\;` `\\` and `\n`; any other escaped
/// character stands for itself.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a vCard value at `separator` where no backslash escapes it, and
/// unescapes each part: `;` between the parts of a structured value (N, ADR),
/// `,` between the items of a list (CATEGORIES).
fn split_unescaped(value: &str, separator: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == separator {
            parts.push(unescape(&current));
            current.clear();
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

fn components(value: &str) -> Vec<String> {
    split_unescaped(value, ';')
}

/// For a property whose value is quoted-printable (`ENCODING=QUOTED-PRINTABLE`,
/// or vCard 2.1's bare `QUOTED-PRINTABLE`): the encoding its bytes are in,
/// from `CHARSET=` (`None` inside when it names none or one unknown).
fn quoted_printable(line: &str) -> Option<Option<&'static encoding_rs::Encoding>> {
    let head = line.split_once(':').map_or(line, |(head, _)| head);
    let params: Vec<&str> = head.split(';').skip(1).map(str::trim).collect();
    let is_qp = params.iter().any(|p| {
        p.eq_ignore_ascii_case("ENCODING=QUOTED-PRINTABLE")
            || p.eq_ignore_ascii_case("QUOTED-PRINTABLE")
    });
    if !is_qp {
        return None;
    }
    let charset = params.iter().find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.eq_ignore_ascii_case("CHARSET")
            .then(|| encoding_rs::Encoding::for_label(value.trim_matches('"').as_bytes()))
            .flatten()
    });
    Some(charset)
}

/// Decodes `=XX` escapes into bytes, then the bytes as `charset` (UTF-8
/// when none is named, Windows-1252 when they are not UTF-8: older phones
/// wrote Latin bytes without saying so).
fn decode_quoted_printable(value: &str, charset: Option<&'static encoding_rs::Encoding>) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            let hex = value
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(b) = hex {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let text = match charset {
        Some(encoding) => encoding.decode_without_bom_handling(&out).0.into_owned(),
        None => match String::from_utf8(out) {
            Ok(text) => text,
            Err(e) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(e.as_bytes())
                .0
                .into_owned(),
        },
    };
    text.replace("\r\n", "\n")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn vcards(file: &str, text: &str) -> Result<Table, ReadError> {
    // Unfold: a line starting with a space or tab continues the one before;
    // so does any line after a quoted-printable value ending in "=" (a soft
    // line break, as vCard 2.1 from phones has it).
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if soft_break {
            if let Some(last) = lines.last_mut() {
                last.1.pop();
                last.1.push_str(raw);
            }
        } else if (raw.starts_with(' ') || raw.starts_with('\t')) && !lines.is_empty() {
            if let Some(last) = lines.last_mut() {
                last.1.push_str(&raw[1..]);
            }
        } else if !raw.trim().is_empty() {
            lines.push((i + 1, raw.to_string()));
        }
        soft_break = lines
            .last()
            .is_some_and(|(_, line)| line.ends_with('=') && quoted_printable(line).is_some());
    }
    let mut rows = Vec::new();
    let mut card: Option<(usize, Vec<String>, String)> = None;
    for (number, line) in lines {
        let Some((head, value)) = line.split_once(':') else {
            continue;
        };
        let name = head.split(';').next().unwrap_or_default();
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        let value = match quoted_printable(&line) {
            Some(charset) => decode_quoted_printable(value, charset),
            None => value.to_string(),
        };
        match name.as_str() {
            "BEGIN" if value.trim().eq_ignore_ascii_case("VCARD") => {
                if let Some((line, ..)) = card {
                    return Err(ReadError::UnclosedCard {
                        file: file.into(),
                        line,
                    });
                }
                card = Some((
                    number,
                    vec![String::new(); VCARD_HEADERS.len()],
                    String::new(),
                ));
            }
            "END" if value.trim().eq_ignore_ascii_case("VCARD") => {
                if let Some((line, mut cells, n)) = card.take() {
                    if cells[0].is_empty() && !n.is_empty() {
                        cells[0] = n;
                    }
                    for (i, cell) in cells.iter().enumerate() {
                        let chars = cell.chars().count();
                        if chars > MAX_CELL_CHARS {
                            return Err(ReadError::CellTooLong {
                                file: file.into(),
                                row: line,
                                column: i + 1,
                                chars,
                            });
                        }
                    }
                    rows.push(Row {
                        number: line,
                        cells,
                    });
                }
            }
            _ => {
                let Some((_, cells, n)) = card.as_mut() else {
                    continue;
                };
                let set = |cells: &mut Vec<String>, i: usize, v: String| {
                    if cells[i].is_empty() {
                        cells[i] = v;
                    }
                };
                match name.as_str() {
                    "FN" => set(cells, 0, one_line(&unescape(&value))),
                    "N" => {
                        let parts = components(&value);
                        let given = parts.get(1).map(String::as_str).unwrap_or_default();
                        let family = parts.first().map(String::as_str).unwrap_or_default();
                        *n = one_line(&format!("{given} {family}"));
                    }
                    "ORG" => set(cells, 1, one_line(&components(&value)[0])),
                    "TITLE" | "ROLE" => set(cells, 2, one_line(&unescape(&value))),
                    "EMAIL" => set(
                        cells,
                        3,
                        unescape(&value)
                            .trim()
                            .trim_start_matches("mailto:")
                            .to_string(),
                    ),
                    "TEL" => set(
                        cells,
                        4,
                        unescape(&value)
                            .trim()
                            .trim_start_matches("tel:")
                            .to_string(),
                    ),
                    "ADR" => {
                        let parts = components(&value);
                        set(
                            cells,
                            6,
                            one_line(parts.get(3).map(String::as_str).unwrap_or_default()),
                        );
                        set(
                            cells,
                            5,
                            one_line(parts.get(6).map(String::as_str).unwrap_or_default()),
                        );
                    }
                    "URL" => set(cells, 7, unescape(&value).trim().to_string()),
                    "NOTE" => set(cells, 8, unescape(&value)),
                    "CATEGORIES" => {
                        let list: Vec<String> = split_unescaped(&value, ',')
                            .into_iter()
                            .map(|item| item.trim().to_string())
                            .filter(|item| !item.is_empty())
                            .collect();
                        set(cells, 9, list.join(", "));
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some((line, ..)) = card {
        return Err(ReadError::UnclosedCard {
            file: file.into(),
            line,
        });
    }
    if rows.is_empty() {
        return Err(ReadError::Empty { file: file.into() });
    }
    Ok(Table {
        format: Format::Vcard,
        encoding: None,
        delimiter: None,
        headers: VCARD_HEADERS.iter().map(|h| h.to_string()).collect(),
        rows,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod spreadsheet_tests;
