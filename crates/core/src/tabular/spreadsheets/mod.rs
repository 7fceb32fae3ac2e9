//! Reading spreadsheets (XLSX, ODS, XLS) into records without letting a
//! small file expand into more than an import can hold.
//!
//! A zip archive's entries are checked for size before anything is
//! unpacked (see `tabular`), but a sheet can still multiply what it holds:
//! one long shared string referenced by every cell, a cell repeated across
//! thousands of columns and rows (ODS), a number format copied into every
//! style, a merged region over a million rows. So what a file expands to is
//! counted as it is read (cells × their text, in total), and the file is
//! refused by name once that passes [`MAX_CELLS`] or [`MAX_TEXT_BYTES`],
//! before the memory is taken.
//!
//! XLSX sheets are read cell by cell through calamine's streaming reader,
//! so a shared string is only borrowed until its cell is kept. ODS and XLS
//! files are measured first (ODS repeats counted; XLS shared strings,
//! declared dimensions and the area its cells span, in every sheet, as
//! calamine reads them all) and read by calamine only when they fit. XLSB,
//! rare, is read by calamine as it is. XLSX merged cells take the merged value; formula cells
//! without a saved value are reported as warnings with their references.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Reader};

use crate::tabular::{MAX_CELL_CHARS, MAX_COLUMNS, ReadError, Record};

/// A zip entry opened for streaming, or `None` where the archive has none.
macro_rules! entry_xml {
    ($file:expr, $archive:expr, $name:expr) => {
        match $archive.by_name($name) {
            Ok(entry) => quick_xml::Reader::from_reader(std::io::BufReader::new(entry)),
            Err(zip::result::ZipError::FileNotFound) => return Ok(()),
            Err(e) => return Err(unreadable($file, e)),
        }
    };
}

mod ods;
mod xls;

/// The most cells one file may expand to, empty cells inside rows counted:
/// 100,000 rows of 100 columns.
pub const MAX_CELLS: usize = 10_000_000;
/// The most text, in bytes, one file may expand to (every cell's text,
/// repeated as often as the file repeats it).
pub const MAX_TEXT_BYTES: usize = 256 * 1024 * 1024;
/// Cell formats (XLSX `cellXfs`) a workbook may define; Excel's own limit
/// is 64,000.
const MAX_CELL_FORMATS: usize = 65_536;
/// Bytes the styles of a workbook may expand to once every format has been
/// given its number format and font.
const MAX_STYLE_BYTES: usize = 64 * 1024 * 1024;

/// The rows of the first sheet that holds anything, and what the reader
/// should know about them.
pub(crate) struct Sheet {
    pub records: Vec<Record>,
    pub warnings: Vec<String>,
}

/// Which reader a spreadsheet needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Xlsx,
    /// Excel's binary workbook inside a zip (`xl/workbook.bin`).
    Xlsb,
    Ods,
    Xls,
}

/// What a file has expanded to so far.
struct Budget<'a> {
    file: &'a str,
    cells: usize,
    bytes: usize,
}

impl<'a> Budget<'a> {
    fn new(file: &'a str) -> Budget<'a> {
        Budget {
            file,
            cells: 0,
            bytes: 0,
        }
    }

    fn take(&mut self, cells: usize, bytes: usize) -> Result<(), ReadError> {
        self.cells = self.cells.saturating_add(cells);
        self.bytes = self.bytes.saturating_add(bytes);
        if self.cells > MAX_CELLS {
            return Err(too_large(
                self.file,
                format!("more than {} cells", thousands(MAX_CELLS)),
            ));
        }
        if self.bytes > MAX_TEXT_BYTES {
            return Err(too_large(
                self.file,
                format!("more than {} MB of text", MAX_TEXT_BYTES / (1024 * 1024)),
            ));
        }
        Ok(())
    }
}

fn too_large(file: &str, detail: String) -> ReadError {
    ReadError::TooLarge {
        file: file.into(),
        detail,
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(crate) fn read(file: &str, bytes: &[u8], kind: Kind) -> Result<Sheet, ReadError> {
    match kind {
        Kind::Xlsx => xlsx(file, bytes),
        Kind::Ods => {
            ods::measure(file, bytes)?;
            whole_sheet(file, bytes)
        }
        Kind::Xls => {
            xls::measure(file, bytes)?;
            whole_sheet(file, bytes)
        }
        Kind::Xlsb => whole_sheet(file, bytes),
    }
}

fn unreadable(file: &str, reason: impl std::fmt::Display) -> ReadError {
    ReadError::Spreadsheet {
        file: file.into(),
        reason: reason.to_string(),
    }
}

// XLSX ----------------------------------------------------------------------

fn xlsx(file: &str, bytes: &[u8]) -> Result<Sheet, ReadError> {
    measure_xlsx_styles(file, bytes)?;
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(file, e))?;
    for name in book.sheet_names() {
        let mut budget = Budget::new(file);
        let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
        let mut unsaved_formulas = Vec::new();
        {
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| unreadable(file, e))?;
            while let Some(cell) = reader
                .next_cell_with_formula_metadata()
                .map_err(|e| unreadable(file, e))?
            {
                let (row, column) = cell.pos;
                if matches!(cell.value, DataRef::Empty) {
                    if cell.formula.is_some() {
                        unsaved_formulas.push((row, column));
                    }
                    continue;
                }
                let text = data_ref_text(file, &cell.value, row, column)?;
                if text.trim().is_empty() {
                    continue;
                }
                if column as usize >= MAX_COLUMNS {
                    return Err(ReadError::TooManyColumns {
                        file: file.into(),
                        columns: column as usize + 1,
                    });
                }
                budget.take(1, text.len())?;
                cells.insert((row, column), text);
            }
        }
        if cells.is_empty() {
            continue;
        }
        let merged = book
            .merge_cells_by_sheet_name(&name)
            .map_err(|e| unreadable(file, e))?;
        for region in merged {
            let Some(value) = cells.get(&region.start).cloned() else {
                continue;
            };
            for row in region.start.0..=region.end.0 {
                for column in region.start.1..=region.end.1 {
                    if (row, column) == region.start || cells.contains_key(&(row, column)) {
                        continue;
                    }
                    if column as usize >= MAX_COLUMNS {
                        return Err(ReadError::TooManyColumns {
                            file: file.into(),
                            columns: column as usize + 1,
                        });
                    }
                    budget.take(1, value.len())?;
                    cells.insert((row, column), value.clone());
                }
            }
        }
        let records = into_records(file, cells)?;
        let mut warnings = Vec::new();
        if !unsaved_formulas.is_empty() {
            warnings.push(unsaved_formula_warning(file, &name, &unsaved_formulas));
        }
        return Ok(Sheet { records, warnings });
    }
    Err(ReadError::Empty { file: file.into() })
}

/// The cells of one sheet as records, one per row that holds anything,
/// each as wide as its last cell.
fn into_records(file: &str, cells: BTreeMap<(u32, u32), String>) -> Result<Vec<Record>, ReadError> {
    let mut budget = Budget::new(file);
    let mut records: Vec<Record> = Vec::new();
    for ((row, column), text) in cells {
        let line = row as usize + 1;
        if records.last().is_none_or(|r| r.line != line) {
            records.push(Record {
                line,
                cells: Vec::new(),
            });
        }
        let Some(record) = records.last_mut() else {
            continue;
        };
        let column = column as usize;
        if record.cells.len() <= column {
            budget.take(column + 1 - record.cells.len(), 0)?;
            record.cells.resize(column + 1, String::new());
        }
        record.cells[column] = text;
    }
    Ok(records)
}

/// `C5`: a cell as the spreadsheet app names it.
fn cell_reference(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

fn unsaved_formula_warning(file: &str, sheet: &str, cells: &[(u32, u32)]) -> String {
    const SHOWN: usize = 20;
    let mut refs: Vec<String> = cells
        .iter()
        .take(SHOWN)
        .map(|&(r, c)| cell_reference(r, c))
        .collect();
    if cells.len() > SHOWN {
        refs.push(format!("and {} more", cells.len() - SHOWN));
    }
    let count = if cells.len() == 1 {
        "1 formula cell has".to_string()
    } else {
        format!("{} formula cells have", cells.len())
    };
    format!(
        "“{file}”, sheet “{sheet}”: {count} no saved value and are read as empty: {}. Open the file in your spreadsheet app, let it calculate, and save it again to import what they show.",
        refs.join(", ")
    )
}

/// A cell's text, refused when longer than a cell may be before it is copied.
fn data_ref_text(
    file: &str,
    value: &DataRef<'_>,
    row: u32,
    column: u32,
) -> Result<String, ReadError> {
    let text = |s: &str| -> Result<String, ReadError> {
        // A byte count above the limit times four is too long in any script.
        let chars = if s.len() > MAX_CELL_CHARS * 4 {
            MAX_CELL_CHARS * 4
        } else {
            s.chars().count()
        };
        if chars > MAX_CELL_CHARS {
            return Err(ReadError::CellTooLong {
                file: file.into(),
                row: row as usize + 1,
                column: column as usize + 1,
                chars: s.chars().count(),
            });
        }
        Ok(s.to_string())
    };
    Ok(match value {
        DataRef::Empty | DataRef::Error(_) => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text(s)?,
        DataRef::SharedString(s) => text(s)?,
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(f) => float_text(*f),
        DataRef::Bool(b) => bool_text(*b),
        DataRef::DateTime(d) => {
            let (y, mo, da, h, mi, s, _) = d.to_ymd_hms_milli();
            date_text(y, mo, da, h, mi, s)
        }
    })
}

fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

fn bool_text(b: bool) -> String {
    if b { "TRUE" } else { "FALSE" }.into()
}

fn date_text(y: u16, mo: u8, da: u8, h: u8, mi: u8, s: u8) -> String {
    if h == 0 && mi == 0 && s == 0 {
        format!("{y:04}-{mo:02}-{da:02}")
    } else {
        format!("{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{s:02}")
    }
}

/// The text a cell of a whole sheet read by calamine shows.
pub(crate) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => float_text(*f),
        Data::Bool(b) => bool_text(*b),
        Data::DateTime(d) => {
            let (y, mo, da, h, mi, s, _) = d.to_ymd_hms_milli();
            date_text(y, mo, da, h, mi, s)
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

/// The local name of an XML element or attribute (`table:table-cell` →
/// `table-cell`).
fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|b| *b == b':').next().unwrap_or(name)
}

fn attribute(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<Vec<u8>> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .map(|a| a.value.into_owned())
}

fn number(value: Option<Vec<u8>>) -> Option<usize> {
    std::str::from_utf8(&value?).ok()?.trim().parse().ok()
}

/// Every cell format of an XLSX workbook is given a copy of its number
/// format and font: counted before calamine makes the copies.
fn measure_xlsx_styles(file: &str, bytes: &[u8]) -> Result<(), ReadError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(file, e))?;
    let mut xml = entry_xml!(file, archive, "xl/styles.xml");
    let mut buf = Vec::new();
    let mut in_cell_formats = false;
    let mut formats = 0usize;
    let mut longest_code = 0usize;
    let mut longest_font = 0usize;
    loop {
        use quick_xml::events::Event;
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| unreadable(file, e))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                b"cellXfs" => in_cell_formats = matches!(event, Event::Start(_)),
                b"xf" if in_cell_formats => formats += 1,
                b"numFmt" => {
                    let code = attribute(e, b"formatCode").map_or(0, |v| v.len());
                    longest_code = longest_code.max(code);
                }
                b"name" => {
                    let name = attribute(e, b"val").map_or(0, |v| v.len());
                    longest_font = longest_font.max(name);
                }
                _ => {}
            },
            Event::End(e) if local(e.name().as_ref()) == b"cellXfs" => in_cell_formats = false,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let expanded = formats.saturating_mul(512 + longest_code + longest_font);
    if formats > MAX_CELL_FORMATS || expanded > MAX_STYLE_BYTES {
        return Err(too_large(
            file,
            format!(
                "{} cell formats, each with a copy of a number format of up to {} characters",
                thousands(formats),
                thousands(longest_code)
            ),
        ));
    }
    Ok(())
}

// XLS and XLSB --------------------------------------------------------------

/// The first sheet with anything in it, read whole by calamine.
fn whole_sheet(file: &str, bytes: &[u8]) -> Result<Sheet, ReadError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| unreadable(file, e))?;
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(file, e))?;
        if !range
            .used_cells()
            .any(|(_, _, c)| !matches!(c, Data::Empty))
        {
            continue;
        }
        let mut budget = Budget::new(file);
        let (first_row, _) = range.start().unwrap_or((0, 0));
        let mut records = Vec::new();
        for (i, cells) in range.rows().enumerate() {
            let cells: Vec<String> = cells.iter().map(cell_text).collect();
            budget.take(cells.len(), cells.iter().map(String::len).sum())?;
            records.push(Record {
                line: first_row as usize + i + 1,
                cells,
            });
        }
        return Ok(Sheet {
            records,
            warnings: Vec::new(),
        });
    }
    Err(ReadError::Empty { file: file.into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheet_apps_name_them() {
        assert_eq!(cell_reference(0, 0), "A1");
        assert_eq!(cell_reference(4, 2), "C5");
        assert_eq!(cell_reference(9, 25), "Z10");
        assert_eq!(cell_reference(0, 26), "AA1");
        assert_eq!(cell_reference(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(10_000_000), "10,000,000");
        assert_eq!(thousands(999), "999");
    }
}
