//! Any text as signatories' names, cities and a statement's text, exported
//! in every format: never a panic; the web page never carries a script or an
//! element from a name, and the CSV never starts a cell with a formula.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use undersigned_core::{Store, StoreError};
use undersigned_core::signons::{self, EndorsementStatus, NewEndorsement};
use undersigned_core::export::{self, ExportFormat, GroupBy};
use undersigned_core::statements::{self, NewStatement, StatementPatch};

thread_local! {
    /// One store for every input; each input's writes are rolled back.
    static STORE: RefCell<Store> = RefCell::new(Store::open_in_memory().expect("store"));
}

struct Rollback;

impl From<StoreError> for Rollback {
    fn from(_: StoreError) -> Self {
        Rollback
    }
}

fuzz_target!(|data: &str| {
    STORE.with(|cell| {
        let _ = cell.borrow_mut().with_tx(|tx| -> Result<(), Rollback> {
            check(tx, data);
            Err(Rollback)
        });
    });
});

fn check(conn: &rusqlite::Connection, data: &str) {
    let Ok(statement) = statements::create(
        conn,
        &NewStatement {
            title: "Fuzz".into(),
            ..Default::default()
        },
    ) else {
        return;
    };
    let mut parts = data.split('\n');
    let body = parts.next().unwrap_or("");
    let _ = statements::update(
        conn,
        &statement.id,
        &StatementPatch {
            body: Some(body.replace('\u{1}', "\n")),
            ..Default::default()
        },
    );
    for line in parts.take(20) {
        let mut fields = line.split('\t');
        let _ = signons::add(
            conn,
            &statement.id,
            &NewEndorsement {
                name: fields.next().unwrap_or("").into(),
                city: fields.next().unwrap_or("").into(),
                status: Some(EndorsementStatus::Confirmed),
                ..Default::default()
            },
        );
    }
    for group_by in [GroupBy::Kind, GroupBy::Country, GroupBy::None] {
        let Ok(doc) = export::document(conn, &statement.id, group_by) else {
            return;
        };
        let html = export::html(&doc, group_by, false);
        assert!(!html.to_lowercase().contains("<script"), "a script in the page");
        for group in &doc.groups {
            for s in &group.signatories {
                // Every name is in the page escaped, so none can open an element.
                let escaped = s
                    .name
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;")
                    .replace('\'', "&#39;");
                assert!(html.contains(&escaped), "a name not printed as text: {:?}", s.name);
            }
        }
        for format in [ExportFormat::Markdown, ExportFormat::Text, ExportFormat::HtmlFragment] {
            let options = export::ExportOptions { group_by, ..Default::default() };
            let _ = export::render(&doc, format, &options);
        }
        let bytes = export::csv(&doc);
        let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
        for record in reader.records() {
            for cell in record.expect("a CSV the exporter wrote reads back").iter() {
                assert!(
                    !cell.starts_with(['=', '+', '@']),
                    "a cell that a spreadsheet would run: {cell:?}"
                );
            }
        }
    }
}
