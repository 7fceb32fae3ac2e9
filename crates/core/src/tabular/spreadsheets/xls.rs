//! Measuring an Excel 97–2003 workbook (BIFF records in a compound file)
//! before calamine reads it. calamine reads every sheet when the file is
//! opened: it reserves room for the area each sheet declares (its
//! DIMENSIONS record), copies the shared string of every cell that refers to
//! one, and lays each sheet out over the area its cells span. All three are
//! counted here, from the records alone, before any of it happens.

use std::io::{Cursor, Read};

use super::{Budget, unreadable};
use crate::tabular::ReadError;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUND_SHEET: u16 = 0x0085;
const SST: u16 = 0x00FC;
const CONTINUE: u16 = 0x003C;
const DIMENSIONS: u16 = 0x0200;
const LABEL_SST: u16 = 0x00FD;
const MUL_RK: u16 = 0x00BD;
/// Records that put a cell at (row, column) given in their first four bytes.
const CELLS: [u16; 7] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006];

/// One BIFF record: its type and its data.
struct Record<'a> {
    kind: u16,
    data: &'a [u8],
}

fn records(stream: &[u8]) -> impl Iterator<Item = Record<'_>> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let kind = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let end = (at + 4 + len).min(stream.len());
        let data = &stream[at + 4..end];
        at = end;
        Some(Record { kind, data })
    })
}

fn u16_at(data: &[u8], at: usize) -> usize {
    data.get(at..at + 2)
        .map_or(0, |b| usize::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(data: &[u8], at: usize) -> usize {
    data.get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

pub(super) fn measure(file: &str, bytes: &[u8]) -> Result<(), ReadError> {
    // A file the compound-file reader cannot open is left to calamine,
    // which says what is wrong with it.
    let Ok(mut compound) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return Ok(());
    };
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| compound.is_stream(n));
    let Some(name) = name else {
        return Ok(());
    };
    let mut stream = Vec::new();
    compound
        .open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(|e| unreadable(file, e))?;

    // The workbook's globals: the shared strings and where each sheet starts.
    let mut shared: Vec<usize> = Vec::new();
    let mut sheets = Vec::new();
    let mut globals = records(&stream).peekable();
    while let Some(record) = globals.next() {
        match record.kind {
            BOUND_SHEET => sheets.push(u32_at(record.data, 0)),
            SST => {
                let mut parts = vec![record.data];
                while let Some(next) = globals.next_if(|r| r.kind == CONTINUE) {
                    parts.push(next.data);
                }
                shared = shared_string_sizes(&parts);
            }
            EOF => break,
            _ => {}
        }
    }

    let mut budget = Budget::new(file);
    for start in sheets {
        let Some(sheet) = stream.get(start..) else {
            continue;
        };
        let mut area: Option<(usize, usize, usize, usize)> = None;
        let mut depth = 0usize;
        let mut seen_bof = false;
        let mut span = |row: usize, column: usize| {
            area = Some(match area {
                None => (row, row, column, column),
                Some((r0, r1, c0, c1)) => {
                    (r0.min(row), r1.max(row), c0.min(column), c1.max(column))
                }
            });
        };
        for record in records(sheet) {
            if depth > 0 {
                match record.kind {
                    BOF => depth += 1,
                    EOF => depth -= 1,
                    _ => {}
                }
                continue;
            }
            match record.kind {
                BOF if seen_bof => depth += 1,
                BOF => seen_bof = true,
                EOF => break,
                DIMENSIONS => {
                    // BIFF8: first row, row past the last, first column,
                    // column past the last; room is reserved for all of it.
                    let (rows, columns) = if record.data.len() >= 14 {
                        (
                            u32_at(record.data, 4).saturating_sub(u32_at(record.data, 0)),
                            u16_at(record.data, 10).saturating_sub(u16_at(record.data, 8)),
                        )
                    } else {
                        (
                            u16_at(record.data, 2).saturating_sub(u16_at(record.data, 0)),
                            u16_at(record.data, 6).saturating_sub(u16_at(record.data, 4)),
                        )
                    };
                    budget.take(
                        rows.saturating_add(1)
                            .saturating_mul(columns.saturating_add(1)),
                        0,
                    )?;
                }
                MUL_RK => {
                    let row = u16_at(record.data, 0);
                    let first = u16_at(record.data, 2);
                    let last = u16_at(record.data, record.data.len().saturating_sub(2));
                    span(row, first);
                    span(row, last.max(first));
                }
                kind if CELLS.contains(&kind) => {
                    span(u16_at(record.data, 0), u16_at(record.data, 2));
                    // Each cell gets its own copy of the shared string it names.
                    let text = if kind == LABEL_SST {
                        shared.get(u32_at(record.data, 6)).copied().unwrap_or(0)
                    } else {
                        record.data.len()
                    };
                    budget.take(0, text)?;
                }
                _ => {}
            }
        }
        if let Some((r0, r1, c0, c1)) = area {
            budget.take((r1 - r0 + 1).saturating_mul(c1 - c0 + 1), 0)?;
        }
    }
    Ok(())
}

/// The size each shared string takes once decoded (in UTF-8 bytes, at
/// most), from the SST record and the CONTINUE records after it. A string's
/// characters may run on into the next record, which then starts with a
/// flags byte of its own (MS-XLS 2.4.265, 2.5.293).
fn shared_string_sizes(parts: &[&[u8]]) -> Vec<usize> {
    let mut reader = Parts {
        parts,
        part: 0,
        at: 8,
    };
    let mut sizes = Vec::new();
    while let Some(chars) = reader.u16() {
        let Some(flags) = reader.u8() else { break };
        let rich_runs = if flags & 0x08 != 0 {
            reader.u16().unwrap_or(0)
        } else {
            0
        };
        let extended = if flags & 0x04 != 0 {
            reader.u32().unwrap_or(0)
        } else {
            0
        };
        let mut wide = flags & 0x01 != 0;
        let mut left = chars;
        let mut bytes = 0usize;
        while left > 0 {
            let width = if wide { 2 } else { 1 };
            let here = (reader.remaining() / width).min(left);
            reader.skip(here * width);
            bytes += here * if wide { 3 } else { 2 };
            left -= here;
            if left > 0 {
                if !reader.next_part() {
                    break;
                }
                let Some(flags) = reader.u8() else { break };
                wide = flags & 0x01 != 0;
            }
        }
        reader.skip_across(rich_runs * 4 + extended);
        sizes.push(bytes);
    }
    sizes
}

/// Reads across an SST record and its CONTINUE records.
struct Parts<'a> {
    parts: &'a [&'a [u8]],
    part: usize,
    at: usize,
}

impl Parts<'_> {
    fn remaining(&self) -> usize {
        self.parts
            .get(self.part)
            .map_or(0, |p| p.len().saturating_sub(self.at))
    }

    fn next_part(&mut self) -> bool {
        if self.part + 1 >= self.parts.len() {
            return false;
        }
        self.part += 1;
        self.at = 0;
        true
    }

    /// `n` bytes, moving to the next record first where this one is used up.
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.remaining() == 0 && !self.next_part() {
            return None;
        }
        let part = self.parts.get(self.part)?;
        let bytes = part.get(self.at..self.at + n)?;
        self.at += n;
        Some(bytes)
    }

    fn u8(&mut self) -> Option<usize> {
        self.take(1).map(|b| usize::from(b[0]))
    }

    fn u16(&mut self) -> Option<usize> {
        self.take(2)
            .map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])))
    }

    fn u32(&mut self) -> Option<usize> {
        self.take(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn skip(&mut self, n: usize) {
        self.at += n.min(self.remaining());
    }

    fn skip_across(&mut self, mut n: usize) {
        while n > 0 {
            let here = n.min(self.remaining());
            self.skip(here);
            n -= here;
            if n > 0 && !self.next_part() {
                break;
            }
        }
    }
}
