//! Any contents of a change file, as a member holding the share's key
//! could write them, applied to a database with statements, contacts and
//! sign-ons: refused or applied, never a panic, and the database is sound
//! after, with no link pointing nowhere.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::actions;
use undersigned_core::share;
use undersigned_core::signons::{EndorsementKind, NewEndorsement};
use undersigned_core::statements::NewStatement;
use undersigned_core::Store;

fuzz_target!(|data: &[u8]| {
    let mut store = Store::open_in_memory().expect("store");
    let statement = actions::statements::create(
        &mut store,
        &NewStatement { title: "Stop the deportations".into(), ..Default::default() },
    )
    .expect("statement");
    actions::signons::add(
        &mut store,
        &statement.id,
        &NewEndorsement {
            kind: Some(EndorsementKind::Organization),
            name: "Migrant Rights Network".into(),
            ..Default::default()
        },
    )
    .expect("sign-on");
    let _ = share::apply_untrusted(&mut store, data);
    let conn = store.conn();
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).expect("check");
    assert_eq!(check, "ok");
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .expect("foreign keys");
    assert_eq!(dangling, 0, "a link points nowhere");
    let applying: i64 = conn
        .query_row("SELECT count(*) FROM local_state WHERE key = 'share.applying'", [], |r| r.get(0))
        .expect("mark");
    assert_eq!(applying, 0, "the applying mark stayed");
});
