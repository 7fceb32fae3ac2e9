//! `make bench`: figures for the work that exists so far, on a real file.
//! Run in release mode; prints timings, asserts nothing about speed.

use std::time::{Duration, Instant};

use undersigned_core::statements::{self, NewStatement, StatementError};
use undersigned_core::{IntegrityCheck, OpenOptions, Store};

const STATEMENTS: usize = 10_000;
const ROUNDS: usize = 25;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("undersigned-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("bench.sqlite3");

    let started = Instant::now();
    let mut store = Store::open(&path)?;
    let create_db = started.elapsed();

    let titles = [
        "Joint statement on the rights of migrant workers",
        "بيان مشترك بشأن حقوق العمال المهاجرين",
        "关于移民工人权利的联合声明",
        "Déclaration commune sur les droits des travailleurs migrants",
        "Спільна заява про права трудових мігрантів",
    ];
    let started = Instant::now();
    store.with_tx(|tx| -> Result<(), StatementError> {
        for i in 0..STATEMENTS {
            let new = NewStatement {
                title: format!("{} #{i}", titles[i % titles.len()]),
                ..Default::default()
            };
            statements::create(tx, &new)?;
        }
        Ok(())
    })?;
    let insert = started.elapsed();
    // Statements carry text: about 2 KB each, so the file is tens of megabytes
    // and reading every page (the integrity check) has a visible cost.
    store
        .conn()
        .execute("UPDATE statements SET body = hex(randomblob(1000))", [])?;
    drop(store);
    let file_mb = std::fs::metadata(&path)?.len() as f64 / 1e6;

    let mut opens = Vec::with_capacity(ROUNDS);
    let mut quick_opens = Vec::with_capacity(ROUNDS);
    let mut lists = Vec::with_capacity(ROUNDS);
    let cli_options = OpenOptions {
        create: false,
        check: IntegrityCheck::IfNotRecent,
    };
    for _ in 0..ROUNDS {
        let started = Instant::now();
        drop(Store::open_with(&path, cli_options)?);
        quick_opens.push(started.elapsed());
        let started = Instant::now();
        let store = Store::open(&path)?;
        opens.push(started.elapsed());
        let started = Instant::now();
        let listed = statements::list(store.conn())?;
        lists.push(started.elapsed());
        assert_eq!(listed.len(), STATEMENTS);
    }

    println!(
        "undersigned bench (release, file database at {})",
        path.display()
    );
    row(
        "create and migrate a new database",
        format!("{:>9.2} ms", ms(create_db)),
    );
    let each = insert.as_secs_f64() * 1e6 / STATEMENTS as f64;
    row(
        &format!("create {STATEMENTS} statements in one transaction"),
        format!("{:>9.2} ms  ({each:.1} µs each)", ms(insert)),
    );
    row(
        &format!("open, full page check ({file_mb:.0} MB file)"),
        spread(&mut opens),
    );
    row(
        "open, check passed lately (command line)",
        spread(&mut quick_opens),
    );
    row(&format!("list {STATEMENTS} statements"), spread(&mut lists));
    println!("  (imports, search and exports are measured once they exist)");

    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn row(label: &str, figures: String) {
    println!("  {label:<46} {figures}");
}

fn spread(samples: &mut [Duration]) -> String {
    format!(
        "{:>9.2} ms p50 {:>9.2} ms p95  ({ROUNDS} rounds)",
        ms(pct(samples, 50)),
        ms(pct(samples, 95))
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn pct(samples: &mut [Duration], p: usize) -> Duration {
    samples.sort();
    let idx = ((samples.len() - 1) * p).div_ceil(100);
    samples[idx]
}
