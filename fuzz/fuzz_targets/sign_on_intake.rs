//! Any text as a pasted list of signatories: every line read, reviewed
//! against a store with a few contacts and applied, or refused with a
//! message; never a panic; what the review lists is what the list prints;
//! and applying twice adds nothing the second time (it says so).
//! Each input runs in a transaction that is rolled back, so one store with
//! its schema made once serves every input.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::signons::{self, EndorsementError, EndorsementKind};
use undersigned_core::signons::intake::{self, IntakeOptions, IntakeOutcome};
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
    // People's lists and organizations' lists are read apart.
    let kind = if data.len() % 2 == 0 {
        EndorsementKind::Organization
    } else {
        EndorsementKind::Individual
    };
    let rows = intake::parse_paste(data, kind);
    STORE.with(|cell| {
        let (store, statement) = &mut *cell.borrow_mut();
        let _ = store.with_tx(|tx| -> Result<(), Rollback> {
            let options = IntakeOptions {
                confirm: true,
                ..Default::default()
            };
            let plan = match intake::plan(tx, statement, &rows, &options) {
                Ok(plan) => plan,
                Err(_) => return Err(Rollback),
            };
            assert_eq!(plan.rows.len(), rows.len());
            if plan.nothing_to_add.is_some() {
                assert_eq!(plan.known + plan.new, 0);
                return Err(Rollback);
            }
            // What the review accepted applies: invalid rows were left out there.
            let first = intake::apply(tx, statement, &rows, &options, &mut |_, _| true)
                .unwrap_or_else(|err: EndorsementError| panic!("a reviewed list did not apply: {err}"));
            assert_eq!(first.added, plan.known + plan.new);
            let mut reviewed: Vec<(String, String)> = plan
                .rows
                .iter()
                .filter(|r| matches!(r.outcome, IntakeOutcome::New { .. } | IntakeOutcome::Known { .. }))
                .filter_map(|r| r.listed.as_ref().map(|l| (l.name.clone(), l.affiliation.clone())))
                .collect();
            let mut printed: Vec<(String, String)> = signons::signatories(tx, statement)
                .expect("signatories")
                .listed
                .into_iter()
                .map(|s| (s.name, s.affiliation))
                .collect();
            reviewed.sort();
            printed.sort();
            assert_eq!(reviewed, printed, "the review and the list agree");
            // Applied again, nothing is added and it says so; only rows with
            // no name ("Anonymous", "NN") are each a person of their own,
            // never taken for one already there.
            let replan = intake::plan(tx, statement, &rows, &options).expect("planned again");
            let still: Vec<&str> = replan
                .rows
                .iter()
                .filter(|r| matches!(r.outcome, IntakeOutcome::New { .. } | IntakeOutcome::Known { .. }))
                .map(|r| r.name.as_str())
                .collect();
            assert!(
                still.iter().all(|name| intake::is_anonymous(name)),
                "a list applied twice adds only rows with no name: {still:?}"
            );
            let again = intake::apply(tx, statement, &rows, &options, &mut |_, _| true);
            assert_eq!(again.is_err(), still.is_empty(), "a list applied twice adds nothing and says so");
            Err(Rollback)
        });
    });
});
