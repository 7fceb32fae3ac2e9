//! Spreadsheets shaped to expand enormously (one long shared string behind
//! every cell, rows of them, a number format copied into every style, a
//! dimension over the whole sheet, a merged region over a million rows, ODS
//! cells and rows repeated by count, XLS shared strings and sheets spanning
//! every row and column), at sizes the fuzzer picks: each is read
//! into rows or refused with a message, within libFuzzer's memory limits
//! (-rss_limit_mb, and -malloc_limit_mb for any one allocation).
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::tabular;

#[path = "../../crates/core/tests/hostile/spreadsheet_shapes.rs"]
mod shapes;
#[path = "../../crates/core/tests/hostile/xls_shapes.rs"]
mod xls_shapes;

fuzz_target!(|data: &[u8]| {
    if data.len() < 7 {
        return;
    }
    let n = |i: usize| usize::from(u16::from_le_bytes([data[i], data[i + 1]]));
    let (a, b, c) = (n(1), n(3), n(5));
    let (name, bytes) = match data[0] % 9 {
        7 => ("s.xls", xls_shapes::shared_string_bomb(a, u16::try_from(b).unwrap_or(u16::MAX))),
        8 => ("h.xls", xls_shapes::huge_sheets(c % 9)),
        0 => ("s.xlsx", shapes::shared_string_bomb(a * 160, b % 20_001)),
        1 => ("r.xlsx", shapes::repeated_rows(a * 2, b % 400 + 1, c % 60 + 1)),
        2 => ("f.xlsx", shapes::style_bomb(a * 16, b + c)),
        3 => ("d.xlsx", shapes::huge_dimension()),
        4 => ("m.xlsx", shapes::merged_bomb(a * 2)),
        5 => ("c.ods", shapes::ods_repeat_bomb(a * 2, b, c * 16)),
        _ => ("e.ods", shapes::ods_far_corners()),
    };
    if let Ok(table) = tabular::read_bytes(name, &bytes) {
        let cells: usize = table.rows.iter().map(|r| r.cells.len()).sum();
        assert!(cells <= undersigned_core::tabular::spreadsheets::MAX_CELLS, "{name}: {cells} cells");
        for row in &table.rows {
            assert_eq!(row.cells.len(), table.headers.len(), "{name}: row {}", row.number);
        }
    }
});
