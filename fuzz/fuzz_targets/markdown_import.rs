//! Any text as a Markdown file: imported or refused with a message, never a
//! panic; what is imported prints back with the same title.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::Store;
use undersigned_core::statements::documents;

thread_local! {
    // One database for the whole run: setting up the schema for every input
    // would leave time for a few inputs a second.
    static STORE: Store = Store::open_in_memory().expect("in-memory store");
}

fuzz_target!(|data: &str| {
    STORE.with(|store| import(store, data));
});

fn import(store: &Store, data: &str) {
    if let Ok(made) = documents::import_markdown(store.conn(), data, "fuzz.md") {
        let made = made.statement;
        let printed = documents::to_markdown(&made);
        assert!(printed.starts_with(&format!("# {}\n", made.title)));
    }
}
