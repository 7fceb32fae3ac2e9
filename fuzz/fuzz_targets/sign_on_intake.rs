//! Any text as a pasted list of signatories: every line read, reviewed
//! against a store with a few contacts and applied, or refused with a
//! message; never a panic, and applying twice adds nothing the second time.
//! Each input runs in a transaction that is rolled back, so one store with
//! its schema made once serves every input.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::endorsements::{EndorsementError, EndorsementKind};
use undersigned_core::intake::{self, IntakeOptions};
use undersigned_core::statements::{self, NewStatement};
use undersigned_core::{Store, StoreError};

thread_local! {
    static STORE: RefCell<(Store, String)> = RefCell::new(prepared());
}

fn prepared() -> (Store, String) {
    let store = Store::open_in_memory().expect("store");
    let statement = statements::create(
        store.conn(),
        &NewStatement {
            title: "Fuzz".into(),
            ..Default::default()
        },
    )
    .expect("statement");
    for (name, short) in [("Mission for Migrant Workers", "MFMW"), ("Asociación Rumiñahui", "")] {
        contacts::create_organization(
            store.conn(),
            &OrganizationInput {
                name: name.into(),
                short_name: short.into(),
                ..Default::default()
            },
        )
        .expect("contact");
    }
    (store, statement.id)
}

/// Ends the transaction without keeping anything.
struct Rollback;

impl From<StoreError> for Rollback {
    fn from(_: StoreError) -> Self {
        Rollback
    }
}

fuzz_target!(|data: &str| {
    let rows = intake::parse_paste(data, EndorsementKind::Organization);
    STORE.with(|cell| {
        let (store, statement) = &mut *cell.borrow_mut();
        let _ = store.with_tx(|tx| -> Result<(), Rollback> {
            let plan = match intake::plan(tx, statement, &rows) {
                Ok(plan) => plan,
                Err(_) => return Err(Rollback),
            };
            assert_eq!(plan.rows.len(), rows.len());
            let options = IntakeOptions::default();
            // What the review accepted applies: invalid rows were left out there.
            let first = intake::apply(tx, statement, &rows, &options, &mut |_, _| true)
                .unwrap_or_else(|err: EndorsementError| panic!("a reviewed list did not apply: {err}"));
            assert_eq!(first.added, plan.known + plan.new);
            let again = intake::apply(tx, statement, &rows, &options, &mut |_, _| true)
                .expect("the same list again");
            assert_eq!(again.added, 0, "a list applied twice adds nothing the second time");
            Err(Rollback)
        });
    });
});
