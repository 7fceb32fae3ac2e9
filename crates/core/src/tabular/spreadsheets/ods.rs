//! Measuring an ODS spreadsheet before calamine reads it.

use std::io::Cursor;

use super::{Budget, MAX_CELLS, attribute, local, number, unreadable};
use crate::tabular::ReadError;

/// An ODS sheet repeats cells and rows by count (`number-columns-repeated`,
/// `number-rows-repeated`), and calamine writes every repeat out: counted
/// here, over every sheet (calamine reads them all), before it does.
pub(super) fn measure(file: &str, bytes: &[u8]) -> Result<(), ReadError> {
    use quick_xml::events::Event;
    /// calamine's own caps on repeats.
    const MAX_ROWS: usize = 1_048_576;
    const MAX_SHEET_COLUMNS: usize = 16_384;

    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(file, e))?;
    let mut xml = entry_xml!(file, archive, "content.xml");
    let mut budget = Budget::new(file);
    let mut buf = Vec::new();
    // The sheet being read: rows so far, rows up to the last that holds
    // anything, and the widest such row.
    let mut rows = 0usize;
    let mut rows_used = 0usize;
    let mut width = 0usize;
    // Cells calamine reads before it lays the sheet out: every row element
    // once, whatever its repeat count (even 0, or past its row cap).
    let mut read_cells = 0usize;
    // The row being read.
    let mut row_repeat = 1usize;
    let mut row_columns = 0usize;
    let mut row_width = 0usize;
    let mut row_text = 0usize;
    // The cell being read.
    let mut in_cell = false;
    let mut cell_repeat = 1usize;
    let mut cell_text = 0usize;
    let mut cell_depth = 0usize;

    // A cell with content or a value type is written out by calamine even
    // when its text is empty (an empty string is not an empty cell to it).
    let end_cell = |present: bool,
                    cell_text: &mut usize,
                    cell_repeat: usize,
                    row_columns: &mut usize,
                    row_width: &mut usize,
                    row_text: &mut usize| {
        let repeat = cell_repeat.min(MAX_SHEET_COLUMNS.saturating_sub(*row_columns));
        *row_columns += repeat;
        if present || *cell_text > 0 {
            *row_width = *row_columns;
            *row_text = row_text.saturating_add(cell_text.saturating_mul(repeat));
        }
        *cell_text = 0;
    };
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| unreadable(file, e))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match local(e.name().as_ref()) {
                    b"table" if !in_cell => {
                        budget.take(rows_used.saturating_mul(width), 0)?;
                        (rows, rows_used, width) = (0, 0, 0);
                    }
                    b"table-row" if !in_cell => {
                        row_repeat = number(attribute(e, b"number-rows-repeated"))
                            .unwrap_or(1)
                            .min(MAX_ROWS.saturating_sub(rows));
                        (row_columns, row_width, row_text) = (0, 0, 0);
                        if empty {
                            rows += row_repeat;
                        }
                    }
                    b"table-cell" | b"covered-table-cell" if !in_cell => {
                        cell_repeat = number(attribute(e, b"number-columns-repeated")).unwrap_or(1);
                        let mut typed = false;
                        cell_text = 0;
                        for a in e.attributes().flatten() {
                            match local(a.key.as_ref()) {
                                b"value-type" => typed = true,
                                b"value" | b"string-value" | b"date-value" | b"time-value"
                                | b"boolean-value" | b"formula" => {
                                    typed = true;
                                    cell_text = cell_text.saturating_add(a.value.len());
                                }
                                _ => {}
                            }
                        }
                        if empty {
                            end_cell(
                                typed,
                                &mut cell_text,
                                cell_repeat,
                                &mut row_columns,
                                &mut row_width,
                                &mut row_text,
                            );
                        } else {
                            in_cell = true;
                            cell_depth = 0;
                        }
                    }
                    _ if in_cell && !empty => cell_depth += 1,
                    _ => {}
                }
            }
            Event::Text(t) if in_cell => cell_text = cell_text.saturating_add(t.len()),
            Event::CData(t) if in_cell => cell_text = cell_text.saturating_add(t.len()),
            Event::End(e) => match local(e.name().as_ref()) {
                b"table-cell" | b"covered-table-cell" if in_cell && cell_depth == 0 => {
                    in_cell = false;
                    end_cell(
                        true,
                        &mut cell_text,
                        cell_repeat,
                        &mut row_columns,
                        &mut row_width,
                        &mut row_text,
                    );
                }
                _ if in_cell => cell_depth = cell_depth.saturating_sub(1),
                b"table-row" => {
                    rows += row_repeat;
                    read_cells = read_cells.saturating_add(row_columns);
                    if read_cells > MAX_CELLS {
                        budget.take(read_cells, 0)?;
                    }
                    if row_width > 0 {
                        rows_used = rows;
                        width = width.max(row_width);
                        // A row's text is read once even when it is repeated no times.
                        budget.take(0, row_text.saturating_mul(row_repeat.max(1)))?;
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        // The sheet as calamine will lay it out, checked as it grows.
        if rows_used.saturating_mul(width) > MAX_CELLS {
            budget.take(rows_used.saturating_mul(width), 0)?;
        }
        buf.clear();
    }
    budget.take(rows_used.saturating_mul(width), 0)
}
