//! Any bytes as a file to import, under each name an organizer might give
//! it: read into rows or refused with a message, never a panic, and every
//! row read has one cell per header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::tabular;

const NAMES: [&str; 6] = ["f.csv", "f.tsv", "f.xlsx", "f.ods", "f.vcf", "f.txt"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(table) = tabular::read_bytes(name, bytes) {
        for row in &table.rows {
            assert_eq!(row.cells.len(), table.headers.len(), "{name}: row {}", row.number);
        }
    }
});
