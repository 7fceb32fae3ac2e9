//! Excel 97–2003 workbooks (BIFF8 records in a compound file) that expand
//! enormously when read: one long shared string behind every cell, and
//! sheets that declare and span the largest area there is. Shared like
//! `spreadsheet_shapes.rs` by the core tests, the command line's
//! memory-limited test and the fuzz target.
#![allow(dead_code)]

use std::io::Write;

fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 4);
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&(data.len() as u16).to_le_bytes());
    out.extend_from_slice(data);
    out
}

fn bof(kind: u16) -> Vec<u8> {
    let mut data = vec![0u8; 16];
    data[0..2].copy_from_slice(&0x0600u16.to_le_bytes());
    data[2..4].copy_from_slice(&kind.to_le_bytes());
    record(0x0809, &data)
}

/// A sheet's records: its cells as `(row, column, shared string index)`,
/// and the area it declares.
pub struct Sheet {
    pub cells: Vec<(u16, u16, u32)>,
    pub rows: u32,
    pub columns: u16,
}

/// A workbook of `sheets` over the shared strings `shared` (each under
/// 65,536 characters, in one record).
pub fn xls(shared: &[&str], sheets: &[Sheet]) -> Vec<u8> {
    let mut sst = Vec::new();
    sst.extend_from_slice(&(shared.len() as u32).to_le_bytes());
    sst.extend_from_slice(&(shared.len() as u32).to_le_bytes());
    for s in shared {
        sst.extend_from_slice(&(s.len() as u16).to_le_bytes());
        sst.push(0);
        sst.extend_from_slice(s.as_bytes());
    }
    // Records of one string may run past a record's 8,224-byte limit in
    // BIFF8; split it as Excel does, each CONTINUE opening with flags.
    let mut sst_records = Vec::new();
    let mut chunks = sst.chunks(8_000);
    if let Some(first) = chunks.next() {
        sst_records.extend(record(0x00FC, first));
    }
    for chunk in chunks {
        let mut data = vec![0u8];
        data.extend_from_slice(chunk);
        sst_records.extend(record(0x003C, &data));
    }
    let sheet_streams: Vec<Vec<u8>> = sheets
        .iter()
        .map(|sheet| {
            let mut out = bof(0x0010);
            let mut dims = Vec::new();
            dims.extend_from_slice(&0u32.to_le_bytes());
            dims.extend_from_slice(&sheet.rows.to_le_bytes());
            dims.extend_from_slice(&0u16.to_le_bytes());
            dims.extend_from_slice(&sheet.columns.to_le_bytes());
            dims.extend_from_slice(&0u16.to_le_bytes());
            out.extend(record(0x0200, &dims));
            for (row, column, index) in &sheet.cells {
                let mut data = Vec::new();
                data.extend_from_slice(&row.to_le_bytes());
                data.extend_from_slice(&column.to_le_bytes());
                data.extend_from_slice(&0u16.to_le_bytes());
                data.extend_from_slice(&index.to_le_bytes());
                out.extend(record(0x00FD, &data));
            }
            out.extend(record(0x000A, &[]));
            out
        })
        .collect();
    let bound_len = |i: usize| 4 + 8 + format!("Sheet{}", i + 1).len();
    let globals_len =
        bof(0x0005).len() + (0..sheets.len()).map(bound_len).sum::<usize>() + sst_records.len() + 4;
    let mut stream = bof(0x0005);
    let mut at = globals_len;
    for (i, sheet) in sheet_streams.iter().enumerate() {
        let name = format!("Sheet{}", i + 1);
        let mut data = Vec::new();
        data.extend_from_slice(&(at as u32).to_le_bytes());
        data.extend_from_slice(&[0, 0, name.len() as u8, 0]);
        data.extend_from_slice(name.as_bytes());
        stream.extend(record(0x0085, &data));
        at += sheet.len();
    }
    stream.extend(sst_records);
    stream.extend(record(0x000A, &[]));
    for sheet in sheet_streams {
        stream.extend(sheet);
    }
    // Version 3 (512-byte sectors), as Excel writes them.
    let mut compound = match cfb::CompoundFile::create_with_version(
        cfb::Version::V3,
        std::io::Cursor::new(Vec::new()),
    ) {
        Ok(c) => c,
        Err(_) => return Vec::new(),
    };
    if let Ok(mut s) = compound.create_stream("/Workbook") {
        let _ = s.write_all(&stream);
    }
    let _ = compound.flush();
    compound.into_inner().into_inner()
}

/// A header row, then `cells` rows naming one shared string of `chars`.
pub fn shared_string_bomb(chars: usize, cells: u16) -> Vec<u8> {
    let long = "v".repeat(chars.min(65_000));
    let mut sheet = Sheet {
        cells: vec![(0, 0, 0), (0, 1, 1)],
        rows: u32::from(cells) + 1,
        columns: 2,
    };
    sheet.cells.extend((1..=cells).map(|row| (row, 0, 2)));
    xls(&["Organization", "Country", &long], &[sheet])
}

/// `sheets` sheets, each declaring and spanning every row and column
/// BIFF8 has.
pub fn huge_sheets(sheets: usize) -> Vec<u8> {
    let sheet = || Sheet {
        cells: vec![(0, 0, 0), (0, 1, 1), (65_535, 255, 1)],
        rows: 65_536,
        columns: 256,
    };
    let all: Vec<Sheet> = (0..sheets).map(|_| sheet()).collect();
    xls(&["Organization", "Country"], &all)
}

/// Every shape, named.
pub fn all() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    vec![
        (
            "shared-string.xls",
            "xls",
            shared_string_bomb(60_000, 60_000),
        ),
        ("huge-sheets.xls", "xls", huge_sheets(8)),
    ]
}
