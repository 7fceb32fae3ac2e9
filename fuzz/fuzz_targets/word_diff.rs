//! Any two texts: the diff's unchanged and added parts rebuild the new
//! text, its unchanged and removed parts the old one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::statements::revisions::{DiffChange, diff_texts};

fuzz_target!(|pair: (&str, &str)| {
    let (old, new) = pair;
    let report = diff_texts(old, new);
    let rebuilt_new: String = report
        .parts
        .iter()
        .filter(|p| p.change != DiffChange::Removed)
        .map(|p| p.text.as_str())
        .collect();
    let rebuilt_old: String = report
        .parts
        .iter()
        .filter(|p| p.change != DiffChange::Added)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(rebuilt_new, new);
    assert_eq!(rebuilt_old, old);
});
