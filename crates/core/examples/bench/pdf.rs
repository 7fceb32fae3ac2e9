//! The PDF of a very long list: 100,000 confirmed signatories grouped by
//! country, beside the budget it must meet (5 s, 600 MB).
//!
//! `bench pdf` runs this part alone (the rest of the bench takes minutes);
//! `BENCH_PDF_KEEP=<file>` keeps the PDF for reading back. The peak memory
//! is measured in a process of its own (`bench pdf-peak-rss <db> <id>
//! <out>`), which does nothing but the export.

use std::path::Path;
use std::time::Instant;

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy};
use undersigned_core::signons::{
    self, EndorsementError, EndorsementKind, EndorsementStatus, NewEndorsement, Visibility,
};
use undersigned_core::statements::{NewStatement, StatementPatch};

use super::{FAMILY, GIVEN, Lcg, ms, print_peak_rss, row};

const SIGNATORIES: usize = 100_000;
const ROUNDS: usize = 3;
const FLOOR_MS: f64 = 5_000.0;
const FLOOR_MB: f64 = 600.0;

/// Runs the PDF part when the arguments ask for it alone, or for its
/// peak memory; answers whether they did.
pub fn from_args(args: &[String]) -> Result<bool, Box<dyn std::error::Error>> {
    match args.get(1).map(String::as_str) {
        Some("pdf") => {
            let dir =
                std::env::temp_dir().join(format!("undersigned-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            bench(&dir)?;
            std::fs::remove_dir_all(&dir)?;
            Ok(true)
        }
        Some("pdf-peak-rss") if args.len() == 5 => {
            peak_rss(&args[2], &args[3], Path::new(&args[4]))?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// A statement signed by `SIGNATORIES` organizations and people from 20
/// countries, in several scripts, with affiliations and cities.
fn signed_statement(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let mut store = Store::open(path)?;
    let statement = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Joint statement on the rights of migrant workers".into(),
            ..Default::default()
        },
    )?;
    actions::statements::update(
        &mut store,
        &statement.id,
        &StatementPatch {
            body: Some(
                "We, the undersigned organizations and people, call on every \
                 government to protect the rights of migrant workers.\n\n\
                 Nobody is illegal."
                    .into(),
            ),
            place: Some("Geneva".into()),
            ..Default::default()
        },
    )?;
    let organizations = [
        "Asociación Mujeres Migrantes",
        "Solidarité Travailleurs",
        "Migrant Workers Rights Network",
        "Красный Крест",
        "منظمة التضامن",
        "移民互助会",
        "Sahyog Manch",
        "Hội Bạn Đường",
        "प्रवासी मजदूर संघ",
        "Kalayaan Domestic Workers Union",
    ];
    let countries = [
        "Mexico",
        "Hong Kong",
        "Philippines",
        "Brazil",
        "France",
        "Kenya",
        "India",
        "Egypt",
        "China",
        "Ukraine",
        "Austria",
        "Türkiye",
        "Viet Nam",
        "Germany",
        "Spain",
        "Nepal",
        "Senegal",
        "Peru",
        "Canada",
        "Indonesia",
    ];
    let cities = [
        "São Paulo",
        "Manila",
        "Wien",
        "Paris",
        "Nairobi",
        "Hà Nội",
        "",
    ];
    let mut rng = Lcg(100_000);
    // Setup, not measured: every sign-on in one transaction, through the
    // rules an added sign-on goes through.
    store.with_tx(|tx| {
        for i in 0..SIGNATORIES {
            let person = rng.next(3) == 0;
            let new = NewEndorsement {
                kind: Some(if person {
                    EndorsementKind::Individual
                } else {
                    EndorsementKind::Organization
                }),
                name: if person {
                    format!(
                        "{} {} {i}",
                        GIVEN[rng.next(GIVEN.len())],
                        FAMILY[rng.next(FAMILY.len())]
                    )
                } else {
                    format!("{} {i}", organizations[rng.next(organizations.len())])
                },
                affiliation: if person {
                    "Red Solidaria".into()
                } else {
                    String::new()
                },
                city: cities[rng.next(cities.len())].into(),
                country: countries[rng.next(countries.len())].into(),
                visibility: Some(Visibility::Public),
                status: Some(EndorsementStatus::Confirmed),
                ..Default::default()
            };
            signons::add(tx, &statement.id, &new)?;
        }
        Ok::<_, EndorsementError>(())
    })?;
    Ok(statement.id)
}

fn options() -> ExportOptions {
    ExportOptions {
        group_by: GroupBy::Country,
        ..Default::default()
    }
}

/// The export as the bench times it: the document read and laid out, then
/// typeset and written as PDF.
fn export_pdf(store: &Store, statement: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let doc = export::document(store.conn(), statement, GroupBy::Country)?;
    Ok(export::render(&doc, ExportFormat::Pdf, &options())?)
}

pub fn bench(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let db = dir.join("pdf.sqlite3");
    let statement = signed_statement(&db)?;
    let store = Store::open(&db)?;
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..ROUNDS {
        let started = Instant::now();
        bytes = export_pdf(&store, &statement)?;
        times.push(started.elapsed());
    }
    drop(store);
    times.sort();
    let out = dir.join("signatories.pdf");
    std::fs::write(&out, &bytes)?;
    let pages = std::process::Command::new("pdfinfo")
        .arg(&out)
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|p| p.trim().to_string()))
        })
        .unwrap_or_else(|| "? (no pdfinfo)".into());
    let median = ms(times[times.len() / 2]);
    row(
        &format!("export {SIGNATORIES} signatories as PDF"),
        format!(
            "{median:>9.0} ms  ({pages} pages, {:.1} MB file; budget {FLOOR_MS:.0} ms, {ROUNDS} rounds)",
            bytes.len() as f64 / 1e6
        ),
    );
    let peak = std::process::Command::new(std::env::current_exe()?)
        .args(["pdf-peak-rss", &db.display().to_string(), &statement])
        .arg(dir.join("peak.pdf"))
        .output()?;
    row(
        "  peak memory (RSS) of that PDF export",
        format!(
            "{}  (budget {FLOOR_MB:.0} MB)",
            String::from_utf8_lossy(&peak.stdout).trim()
        ),
    );
    if let Some(keep) = std::env::var_os("BENCH_PDF_KEEP") {
        std::fs::copy(&out, keep)?;
    }
    Ok(())
}

/// The export alone, then the process's peak resident memory as the
/// kernel counted it.
fn peak_rss(db: &str, statement: &str, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let store = Store::open(Path::new(db))?;
    let bytes = export_pdf(&store, statement)?;
    std::fs::write(out, &bytes)?;
    print_peak_rss()
}
