//! Sharing: applying another organizer's 10,000 changes (budget ≤ 2 s),
//! and a sync that finds nothing new (budget ≤ 50 ms).

use std::path::Path;
use std::time::Instant;

use undersigned_core::Store;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::share;

use super::{ms, row, spread};

const CHANGES: usize = 10_000;
const ROUNDS: usize = 20;

pub fn bench(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let folder = dir.join("shared");
    let invitation = dir.join("invitation.json");
    let mut a = Store::open(&dir.join("share-a.sqlite3"))?;
    let mut b = Store::open(&dir.join("share-b.sqlite3"))?;
    share::create(&mut a, &folder, &invitation, Some("A"))?;
    share::join(&mut b, &folder, &invitation, Some("B"))?;
    // One organizer's day of intake: 10,000 organizations, each one
    // change, carried in one file.
    a.with_tx(|tx| -> Result<(), contacts::ContactError> {
        for i in 0..CHANGES {
            contacts::create_organization(
                tx,
                &OrganizationInput {
                    name: format!("Coalition member organization {i}"),
                    country: ["PH", "KE", "BR", "ID", "DE"][i % 5].into(),
                    city: format!("City {}", i % 97),
                    ..Default::default()
                },
            )?;
        }
        Ok(())
    })?;
    let written = share::sync(&mut a)?;
    assert_eq!(written.written as usize, CHANGES);
    let started = Instant::now();
    let applied = share::sync(&mut b)?;
    let took = started.elapsed();
    assert_eq!(applied.applied_changes as usize, CHANGES, "{applied:?}");
    row(
        &format!("share: apply {CHANGES} changes from another organizer"),
        format!("{:>9.2} ms  (budget 2000 ms)", ms(took)),
    );
    let mut quiet = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let nothing = share::sync(&mut b)?;
        quiet.push(started.elapsed());
        assert_eq!(nothing.applied_files + nothing.written, 0);
    }
    row(
        "share: sync with nothing new (budget 50 ms)",
        spread(&mut quiet),
    );
    Ok(())
}
