//! `make bench`: figures for the work organizers do, on a real file.
//! Run in release mode; prints timings, asserts nothing about speed.

mod search;

use std::time::{Duration, Instant};

mod pdf;
mod share;

use undersigned_core::actions::{self, Reviews};
use undersigned_core::statements::{self, NewStatement, StatementError};
use undersigned_core::{IntegrityCheck, OpenOptions, Store};

const STATEMENTS: usize = 10_000;
const ROUNDS: usize = 25;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if pdf::from_args(&args)? {
        return Ok(());
    }
    if args.get(1).map(String::as_str) == Some("import-peak-rss") {
        return import_peak_rss(&args[2], &args[3], &args[4]);
    }
    let dir = std::env::temp_dir().join(format!("undersigned-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    // `bench contacts`: the contact import and search alone.
    if args.get(1).map(String::as_str) == Some("contacts") {
        contacts_bench(&dir)?;
        return Ok(std::fs::remove_dir_all(&dir)?);
    }
    // `bench sign-ons`: the sign-on import alone (on the contacts it needs).
    if args.get(1).map(String::as_str) == Some("sign-ons") {
        contacts_csv(&dir.join("contacts.csv"))?;
        endorsements_bench(&dir)?;
        return Ok(std::fs::remove_dir_all(&dir)?);
    }
    // `bench share`: sharing between two organizers' files alone.
    if args.get(1).map(String::as_str) == Some("share") {
        share::bench(&dir)?;
        return Ok(std::fs::remove_dir_all(&dir)?);
    }
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
    // The store's write rate, not an organizer's action: every statement in
    // one transaction (no one makes 10,000 statements one by one).
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
    // and reading every page (the integrity check) has a visible cost. Filler
    // written straight in SQL: no organizer types random bytes.
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
    contacts_bench(&dir)?;
    endorsements_bench(&dir)?;
    pdf::bench(&dir)?;
    share::bench(&dir)?;

    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

const CONTACTS: usize = 100_000;

/// A small deterministic generator, so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// A CSV of `CONTACTS` organizations shaped like a coalition's address
/// list: names in many scripts, with near-duplicates, countries and cities.
fn contacts_csv(path: &std::path::Path) -> std::io::Result<()> {
    let words = [
        "Asociación",
        "Mujeres",
        "Migrantes",
        "Trabajadoras",
        "Hogar",
        "Mission",
        "Migrant",
        "Workers",
        "Solidarité",
        "Travailleurs",
        "Justiça",
        "São",
        "Paulo",
        "Österreich",
        "Netz",
        "Rights",
        "Union",
        "Collective",
        "Kalayaan",
        "Domestic",
        "Network",
        "Coalition",
        "Zentrum",
        "Người",
        "Lao",
        "Động",
        "Di",
        "Cư",
        "عمال",
        "المهاجرين",
        "جمعية",
        "حقوق",
        "移民",
        "工人",
        "协会",
        "权利",
        "Союз",
        "Мигрантов",
        "Права",
        "प्रवासी",
        "मजदूर",
        "संघ",
    ];
    let countries = [
        "Mexico",
        "México",
        "Hong Kong",
        "Philippines",
        "Brasil",
        "Brazil",
        "Österreich",
        "France",
        "Türkiye",
        "Turkey",
        "Viet Nam",
        "Côte d'Ivoire",
        "Kenya",
        "India",
        "Egypt",
        "China",
        "Ukraine",
        "USA",
        "Deutschland",
        "España",
    ];
    let cities = [
        "São Paulo",
        "Manila",
        "Wien",
        "Paris",
        "Nairobi",
        "Hà Nội",
        "القاهرة",
        "北京",
        "",
    ];
    let mut rng = Lcg(2026);
    let mut out = String::from("Organization,Acronym,Country,City,Email,Sector\n");
    for i in 0..CONTACTS {
        let n = 2 + rng.next(4);
        let name: Vec<&str> = (0..n).map(|_| words[rng.next(words.len())]).collect();
        let name = name.join(" ");
        let acronym: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
        out.push_str(&format!(
            "\"{name} {i}\",{},{},{},org{i}@example.org,{}\n",
            acronym.to_uppercase(),
            countries[rng.next(countries.len())],
            cities[rng.next(cities.len())],
            ["labour", "migration", "faith", "women", ""][rng.next(5)],
        ));
    }
    std::fs::write(path, out)
}

fn contacts_bench(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use undersigned_core::contacts::import;
    use undersigned_core::contacts::{self, ContactQuery};
    use undersigned_core::tabular;

    let csv = dir.join("contacts.csv");
    contacts_csv(&csv)?;
    let path = dir.join("contacts.sqlite3");
    let mut store = Store::open(&path)?;

    if let Ok(size) = std::env::var("BENCH_CACHE") {
        store
            .conn()
            .execute_batch(&format!("PRAGMA cache_size = {size}"))?;
    }
    let before_import = dir.join("contacts-before.sqlite3");
    store
        .conn()
        .execute("VACUUM INTO ?1", [before_import.display().to_string()])?;
    let started = Instant::now();
    let table = tabular::read_path(&csv)?;
    let mapping = import::guess_mapping(&table);
    let outcome = import_contacts(&mut store, table, &mapping)?;
    let import = started.elapsed();
    assert_eq!(outcome.organizations_added as usize, CONTACTS);

    // The floor: the sqlite3 shell reading the same file into a bare table.
    let bare = dir.join("bare.sqlite3");
    let started = Instant::now();
    let floor = std::process::Command::new("sqlite3")
        .arg(&bare)
        .arg(".mode csv")
        .arg(format!(".import {} contacts", csv.display()))
        .status()
        .ok()
        .filter(|s| s.success())
        .map(|_| started.elapsed());

    let mut pages = Vec::new();
    for i in 0..ROUNDS {
        let started = Instant::now();
        let page = contacts::list(
            store.conn(),
            &ContactQuery {
                offset: (i * 3_997) as u32,
                limit: 100,
                ..ContactQuery::default()
            },
        )?;
        pages.push(started.elapsed());
        assert_eq!(page.total as usize, CONTACTS);
    }

    let rate = CONTACTS as f64 / import.as_secs_f64();
    row(
        &format!("import {CONTACTS} contacts from CSV"),
        format!(
            "{:>9.2} ms  ({rate:.0} rows/s, one transaction)",
            ms(import)
        ),
    );
    let writes = writes_alone(&before_import, &path, &dir.join("writes-alone.sqlite3"))?;
    floors(import, floor, writes);
    search::as_you_type(&store, CONTACTS)?;
    row(
        &format!("a page of 100 among {CONTACTS}"),
        spread(&mut pages),
    );
    Ok(())
}

const SIGN_ONS: usize = 100_000;

/// Given and family names of individual signers, in several scripts'
/// Latin spellings.
const GIVEN: [&str; 10] = [
    "Ana", "Li", "Fatima", "Nguyễn", "Olga", "Priya", "José", "Amina", "Ayşe", "Chen",
];
const FAMILY: [&str; 10] = [
    "Quispe",
    "Wang",
    "Haddad",
    "Trần",
    "Kovalenko",
    "Sharma",
    "Silva",
    "Diallo",
    "Yılmaz",
    "Müller",
];
const KNOWN_ORGS: usize = 10_000;

/// A form service's response sheet of `SIGN_ONS` rows: a third from the
/// `KNOWN_ORGS` stored organizations (some by acronym, some without their
/// accents, some twice), the rest new organizations and individuals.
fn sign_ons_csv(path: &std::path::Path, known: &[(String, String)]) -> std::io::Result<()> {
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
    ];
    let mut rng = Lcg(7);
    let mut out = String::from(
        "\u{feff}Timestamp,Email Address,Organization,Country,Are you signing as an organization or individual?,Contact person,Position\r\n",
    );
    for i in 0..SIGN_ONS {
        let stamp = format!(
            "2026/11/{:02} {:02}:{:02}:00 AM GMT",
            1 + i % 28,
            i % 12,
            i % 60
        );
        match rng.next(3) {
            0 => {
                let (name, country) = &known[rng.next(known.len())];
                let written = match rng.next(3) {
                    0 => name.clone(),
                    1 => fold_accents(name),
                    _ => name.to_uppercase(),
                };
                out.push_str(&format!("{stamp},,\"{written}\",{country},Organization,,\r\n"));
            }
            1 => out.push_str(&format!(
                "{stamp},new{i}@example.org,\"Grupo Nuevo {i}\",{},Organization,Ana,Coordinator\r\n",
                countries[rng.next(countries.len())]
            )),
            _ => out.push_str(&format!(
                "{stamp},p{i}@example.org,\"Red {}\",{},Individual,{} {} {i},Researcher\r\n",
                rng.next(500),
                countries[rng.next(countries.len())],
                GIVEN[rng.next(GIVEN.len())],
                FAMILY[rng.next(FAMILY.len())],
            )),
        }
    }
    std::fs::write(path, out)
}

fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'ã' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'í' => 'i',
            'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

fn endorsements_bench(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use undersigned_core::contacts::import;
    use undersigned_core::signons::intake;
    use undersigned_core::signons::{self, EndorsementQuery, EndorsementStatus};
    use undersigned_core::tabular;

    // The organizations already known: the first KNOWN_ORGS of the contacts file.
    let contacts = dir.join("contacts.csv");
    let all = tabular::read_path(&contacts)?;
    let mut table = all.clone();
    table.rows.truncate(KNOWN_ORGS);
    let path = dir.join("sign-ons.sqlite3");
    let mut store = Store::open(&path)?;
    let mapping = import::guess_mapping(&table);
    import_contacts(&mut store, table.clone(), &mapping)?;
    let known: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|r| (r.cells[0].clone(), r.cells[2].clone()))
        .collect();
    let statement = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Stop the deportations".into(),
            ..Default::default()
        },
    )?;

    let csv = dir.join("sign-ons.csv");
    sign_ons_csv(&csv, &known)?;
    let before_import = dir.join("before-import.sqlite3");
    store
        .conn()
        .execute("VACUUM INTO ?1", [before_import.display().to_string()])?;
    let started = Instant::now();
    let mut planned = None;
    let sheet = tabular::read_path(&csv)?;
    let fields = intake::guess_mapping(&sheet);
    let rows = intake::rows_of_table(&sheet, &fields)?;
    let read = started.elapsed();
    let (plan, result) = take_in(&mut store, &statement.id, rows, || {
        planned = Some(started.elapsed())
    })?;
    let planned = planned.unwrap_or_default();
    let import = started.elapsed();

    let bare = dir.join("bare-sign-ons.sqlite3");
    let started = Instant::now();
    let floor = std::process::Command::new("sqlite3")
        .arg(&bare)
        .arg(".mode csv")
        .arg(format!(".import {} signons", csv.display()))
        .status()
        .ok()
        .filter(|s| s.success())
        .map(|_| started.elapsed());

    let mut firsts = Vec::new();
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let page = signons::list(
            store.conn(),
            &statement.id,
            &EndorsementQuery {
                limit: 100,
                ..Default::default()
            },
        )?;
        firsts.push(started.elapsed());
        std::hint::black_box(page);
    }

    row(
        &format!("import {SIGN_ONS} sign-on rows, {KNOWN_ORGS} orgs known"),
        format!(
            "{:>9.2} ms  (read {:.0} ms, review {:.0} ms; {} added, {} known, {} repeats)",
            ms(import),
            ms(read),
            ms(planned - read),
            result.added,
            plan.known,
            plan.duplicates + plan.already
        ),
    );
    let writes = writes_alone(&before_import, &path, &dir.join("writes-alone.sqlite3"))?;
    floors(import, floor, writes);
    // Peak memory of the same import, alone in a process of its own.
    let peak = std::process::Command::new(std::env::current_exe()?)
        .args([
            "import-peak-rss",
            &before_import.display().to_string(),
            &statement.id,
        ])
        .arg(&csv)
        .output()?;
    row(
        &format!("  peak memory (RSS) of the {SIGN_ONS}-row import"),
        String::from_utf8_lossy(&peak.stdout).trim().to_string(),
    );
    row(
        &format!("first 100 of {} signatories (data)", result.added),
        spread(&mut firsts),
    );

    // Exports of 10,000 confirmed signatories, confirmed together as the
    // review queue confirms a selection.
    let ids = signons::list(
        store.conn(),
        &statement.id,
        &EndorsementQuery {
            limit: 10_000,
            ..Default::default()
        },
    )?
    .items
    .into_iter()
    .map(|e| e.id)
    .collect::<Vec<_>>();
    actions::signons::set_status(&mut store, &ids, EndorsementStatus::Confirmed)?;
    use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy};
    let options = ExportOptions {
        group_by: GroupBy::Country,
        ..Default::default()
    };
    let mut docx_for_reference = None;
    for (label, format) in [
        ("PDF", ExportFormat::Pdf),
        ("DOCX", ExportFormat::Docx),
        ("HTML", ExportFormat::Html),
        ("Markdown", ExportFormat::Markdown),
        ("text", ExportFormat::Text),
        ("CSV", ExportFormat::Csv),
    ] {
        let mut times = Vec::new();
        let mut size = 0;
        let mut last = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let doc = export::document(store.conn(), &statement.id, GroupBy::Country)?;
            let laid_out = started.elapsed();
            let bytes = export::render(&doc, format, &options)?;
            times.push(started.elapsed());
            if std::env::var("BENCH_DETAIL").is_ok() {
                let query = Instant::now();
                let list = signons::signatories(store.conn(), &statement.id)?;
                eprintln!(
                    "{label}: layout {:.1} ms (of which the signatories' query {:.1} ms for {}), render {:.1} ms",
                    ms(laid_out),
                    ms(query.elapsed()),
                    list.listed.len(),
                    ms(started.elapsed() - laid_out)
                );
            }
            size = bytes.len();
            last = bytes;
        }
        row(
            &format!("export 10000 signatories as {label}"),
            format!("{}  ({:.1} MB)", spread(&mut times), size as f64 / 1e6),
        );
        if format == ExportFormat::Docx {
            docx_for_reference = Some(last);
        }
    }
    // The floor for the PDF: LibreOffice turning the same content, as our
    // DOCX, into a PDF.
    let soffice = ["soffice", "libreoffice"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    match (soffice, docx_for_reference) {
        (Some(soffice), Some(docx)) => {
            let input = dir.join("reference.docx");
            std::fs::write(&input, docx)?;
            let profile = dir.join("lo-profile");
            let mut times = Vec::new();
            for _ in 0..3 {
                let started = Instant::now();
                let done = std::process::Command::new(soffice)
                    .arg(format!(
                        "-env:UserInstallation=file://{}",
                        profile.display()
                    ))
                    .args(["--headless", "--convert-to", "pdf", "--outdir"])
                    .arg(dir)
                    .arg(&input)
                    .output()?;
                if done.status.success() && dir.join("reference.pdf").exists() {
                    times.push(started.elapsed());
                }
            }
            if times.is_empty() {
                row("  reference: LibreOffice DOCX to PDF", "failed".into());
            } else {
                row("  reference: LibreOffice DOCX to PDF", spread(&mut times));
            }
        }
        _ => row(
            "  reference: LibreOffice DOCX to PDF",
            "n/a (soffice not installed)".into(),
        ),
    }
    if let Some(target) = std::env::var_os("BENCH_WINDOW_DB") {
        window_database(&mut store, &statement.id, std::path::Path::new(&target))?;
    }
    Ok(())
}

/// Tops the statement up to 100,000 endorsements and copies the database to
/// `target`, for timing the window (`make bench` starts the app on it).
fn window_database(
    store: &mut Store,
    statement: &str,
    target: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    use undersigned_core::signons::{self, EndorsementKind, NewEndorsement};
    let stored: i64 = store.conn().query_row(
        "SELECT count(*) FROM endorsements WHERE statement_id = ?1",
        [statement],
        |r| r.get(0),
    )?;
    let stored = usize::try_from(stored)?;
    let names = [
        "Красный Крест",
        "منظمة التضامن",
        "移民互助会",
        "Sahyog Manch",
        "Hội Bạn Đường",
    ];
    // Setup, not measured: the rest of the 100,000 in one transaction, through
    // the same rules an added sign-on goes through.
    store.with_tx(|tx| {
        for i in stored..WINDOW_ENDORSEMENTS {
            signons::add(
                tx,
                statement,
                &NewEndorsement {
                    kind: Some(EndorsementKind::Organization),
                    name: format!("{} {i}", names[i % names.len()]),
                    ..Default::default()
                },
            )?;
        }
        Ok::<_, undersigned_core::signons::EndorsementError>(())
    })?;
    let _ = std::fs::remove_file(target);
    store
        .conn()
        .execute("VACUUM INTO ?1", [target.display().to_string()])?;
    Ok(())
}

const WINDOW_ENDORSEMENTS: usize = 100_000;

/// The sign-on import alone (read, review, write), then the process's peak
/// resident memory as the kernel counted it.
fn import_peak_rss(db: &str, statement: &str, csv: &str) -> Result<(), Box<dyn std::error::Error>> {
    use undersigned_core::signons::intake;
    use undersigned_core::tabular;
    let mut store = Store::open(std::path::Path::new(db))?;
    let sheet = tabular::read_path(std::path::Path::new(csv))?;
    let fields = intake::guess_mapping(&sheet);
    let rows = intake::rows_of_table(&sheet, &fields)?;
    std::hint::black_box(take_in(&mut store, statement, rows, || {})?);
    print_peak_rss()
}

/// Prints this process's peak resident memory, as the kernel counted it.
fn print_peak_rss() -> Result<(), Box<dyn std::error::Error>> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
    match peak {
        Some(kb) => println!("{:>9.0} MB", kb / 1024.0),
        None => println!("n/a (no /proc)"),
    }
    Ok(())
}

/// Contacts imported as the window imports them: a dry run, then that
/// dry run applied.
fn import_contacts(
    store: &mut Store,
    table: undersigned_core::tabular::Table,
    mapping: &[undersigned_core::contacts::import::ImportField],
) -> Result<undersigned_core::contacts::import::ImportOutcome, actions::ReviewError> {
    let reviews = Reviews::default();
    let token = actions::contacts::keep_import(&reviews, table);
    actions::contacts::plan_import(store, &reviews, &token, mapping)?;
    actions::contacts::apply_import(store, &reviews, &token, mapping, &mut |_, _| true)
}

/// Sign-ons taken in as the window takes them: the rows reviewed, then that
/// review applied; `reviewed` is called between the two.
fn take_in(
    store: &mut Store,
    statement: &str,
    rows: Vec<undersigned_core::signons::intake::IntakeRow>,
    reviewed: impl FnOnce(),
) -> Result<
    (
        undersigned_core::signons::intake::IntakePlan,
        undersigned_core::signons::intake::IntakeResult,
    ),
    actions::ReviewError,
> {
    let reviews = Reviews::default();
    let options = undersigned_core::signons::intake::IntakeOptions::default();
    let review = actions::signons::review_rows(store, &reviews, statement, rows, &options)?;
    reviewed();
    let result = actions::signons::apply(
        store,
        &reviews,
        statement,
        &review.token,
        &options,
        &mut |_, _| true,
    )?;
    Ok((review.plan, result))
}

/// An import's time beside its two floors: the sqlite3 shell reading the
/// same file into a bare table, and the records it added written again
/// with no logic ([`writes_alone`]).
fn floors(import: Duration, floor: Option<Duration>, writes: Duration) {
    let label = "  floor: sqlite3 .import of the same file";
    match floor {
        Some(f) => row(
            label,
            format!(
                "{:>9.2} ms  (ours is {:.1}× the floor)",
                ms(f),
                import.as_secs_f64() / f.as_secs_f64()
            ),
        ),
        None => row(label, "n/a (no sqlite3 shell)".into()),
    }
    row(
        "  its records by bare INSERT … SELECT",
        format!(
            "{:>9.2} ms  ({}ours is {:.1}× these writes)",
            ms(writes),
            floor.map_or(String::new(), |f| format!(
                "{:.1}× the sqlite3 floor; ",
                writes.as_secs_f64() / f.as_secs_f64()
            )),
            import.as_secs_f64() / writes.as_secs_f64()
        ),
    );
}

/// What the import's writes cost with no reading, matching or deciding:
/// the records it added (taken from the imported file `after`) written
/// into a copy of the file as it was before (`before`) by one
/// `INSERT … SELECT` per table, through the same indexes, triggers,
/// foreign-key checks and search index, in one transaction. Staging the
/// records in memory is not timed.
fn writes_alone(
    before: &std::path::Path,
    after: &std::path::Path,
    copy: &std::path::Path,
) -> Result<Duration, Box<dyn std::error::Error>> {
    std::fs::copy(before, copy)?;
    let store = Store::open(copy)?;
    let db = store.conn();
    db.execute("ATTACH ?1 AS done", [after.display().to_string()])?;
    // In the order their references need.
    let tables = [
        "statement_revisions",
        "tags",
        "organizations",
        "people",
        "organization_tags",
        "person_tags",
        "endorsements",
        "endorsement_events",
    ];
    for table in tables {
        db.execute_batch(&format!(
            "CREATE TEMP TABLE new_{table} AS
                 SELECT * FROM done.{table} WHERE id NOT IN (SELECT id FROM main.{table})"
        ))?;
    }
    db.execute_batch("DETACH done")?;
    let mut steps: Vec<(String, String)> = tables
        .iter()
        .map(|t| {
            (
                t.to_string(),
                format!("INSERT INTO main.{t} SELECT * FROM new_{t}"),
            )
        })
        .collect();
    let search = (
        "search entries".to_string(),
        "INSERT INTO main.contact_search (rowid, name, short_name, email, city, country, tags)
             SELECT k.rowid, coalesce(o.name, p.full_name), coalesce(o.short_name, ''),
                    coalesce(o.email, p.email), coalesce(o.city, ''),
                    coalesce(o.country, p.country, ''),
                    coalesce((SELECT group_concat(t.name, ' ') FROM main.tags t
                              JOIN main.organization_tags ot ON ot.tag_id = t.id
                              WHERE ot.organization_id = o.id),
                             (SELECT group_concat(t.name, ' ') FROM main.tags t
                              JOIN main.person_tags pt ON pt.tag_id = t.id
                              WHERE pt.person_id = p.id), '')
             FROM main.contact_search_keys k
             LEFT JOIN main.organizations o ON o.id = k.organization_id
             LEFT JOIN main.people p ON p.id = k.person_id
             WHERE k.rowid >= (SELECT rowid FROM first_new_key)"
            .to_string(),
    );
    steps.insert(6, search);
    let started = Instant::now();
    db.execute_batch(
        "BEGIN IMMEDIATE;
         CREATE TEMP TABLE first_new_key AS
             SELECT coalesce(max(rowid), 0) + 1 AS rowid FROM main.contact_search_keys",
    )?;
    for (what, sql) in &steps {
        db.execute_batch(sql)
            .map_err(|e| format!("writing {what} again: {e}"))?;
    }
    db.execute_batch("COMMIT")?;
    let took = started.elapsed();
    let count = |sql: &str| db.query_row(sql, [], |r| r.get::<_, i64>(0));
    let (in_after, in_copy) = (
        count(
            "SELECT (SELECT count(*) FROM new_organizations) + (SELECT count(*) FROM new_people)
                  + (SELECT count(*) FROM new_endorsements)",
        )?,
        count(
            "SELECT (SELECT count(*) FROM main.organizations
                     WHERE id IN (SELECT id FROM new_organizations))
                  + (SELECT count(*) FROM main.people WHERE id IN (SELECT id FROM new_people))
                  + (SELECT count(*) FROM main.endorsements
                     WHERE id IN (SELECT id FROM new_endorsements))",
        )?,
    );
    assert!(in_after > 0, "the import added records");
    assert_eq!(in_after, in_copy, "every added record written again");
    Ok(took)
}

fn row(label: &str, figures: String) {
    println!("  {label:<46} {figures}");
}

fn spread(samples: &mut [Duration]) -> String {
    format!(
        "{:>9.2} ms p50 {:>9.2} ms p95  ({} rounds)",
        ms(pct(samples, 50)),
        ms(pct(samples, 95)),
        samples.len()
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
