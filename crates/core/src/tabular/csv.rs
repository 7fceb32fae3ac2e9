//! Delimited text (CSV, TSV, semicolons): records, quoting and the
//! delimiter guessed from the text.

use super::*;

/// One record of delimited text (or one row of a sheet): the line it
/// starts on, and its cells.
pub(crate) struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Splits delimited text into records (RFC 4180: quotes around cells,
/// doubled quotes inside them, delimiters and line breaks inside quotes).
pub(super) fn parse_delimited(
    file: &str,
    text: &str,
    delimiter: char,
) -> Result<Vec<Record>, ReadError> {
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

pub(super) fn finish(cell: &mut String, was_quoted: &mut bool) -> String {
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
pub(super) fn detect_delimiter(text: &str) -> char {
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
pub(super) fn into_table(
    file: &str,
    format: Format,
    records: Vec<Record>,
) -> Result<Table, ReadError> {
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
