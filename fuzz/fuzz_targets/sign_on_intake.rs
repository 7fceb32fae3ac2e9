//! Any text as a pasted list of signatories: every line read, reviewed
//! against a store with a few contacts and applied, or refused with a
//! message; never a panic, and applying twice adds nothing the second time.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::Store;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::endorsements::EndorsementKind;
use undersigned_core::intake::{self, IntakeOptions};
use undersigned_core::statements::{self, NewStatement};

fuzz_target!(|data: &str| {
    let Ok(mut store) = Store::open_in_memory() else {
        return;
    };
    let Ok(statement) = statements::create(
        store.conn(),
        &NewStatement {
            title: "Fuzz".into(),
            ..Default::default()
        },
    ) else {
        return;
    };
    for (name, short) in [("Mission for Migrant Workers", "MFMW"), ("Asociación Rumiñahui", "")] {
        let _ = contacts::create_organization(
            store.conn(),
            &OrganizationInput {
                name: name.into(),
                short_name: short.into(),
                ..Default::default()
            },
        );
    }
    let rows = intake::parse_paste(data, EndorsementKind::Organization);
    let Ok(plan) = intake::plan(store.conn(), &statement.id, &rows) else {
        return;
    };
    assert_eq!(plan.rows.len(), rows.len());
    let options = IntakeOptions::default();
    if intake::import(&mut store, &statement.id, &rows, &options, &mut |_, _| true).is_ok() {
        let again = intake::import(&mut store, &statement.id, &rows, &options, &mut |_, _| true)
            .expect("the same list again");
        assert_eq!(again.added, 0, "a list applied twice adds nothing the second time");
    }
});
