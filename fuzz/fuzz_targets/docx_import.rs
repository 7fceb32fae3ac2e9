//! Any bytes as a Word document: Markdown or a clear refusal, never a panic
//! and never unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::statements::documents;

fuzz_target!(|data: &[u8]| {
    let _ = documents::docx_to_markdown(data, "fuzz.docx");
});
