#![allow(clippy::unwrap_used, clippy::expect_used)]

//! `contacts …` as a script sees it: real binary, real files, exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .output()
        .expect("run undersigned-cli")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// A form service's export, in Windows-1252 with semicolons, as a
/// spreadsheet app in Spain saves it.
fn spanish_export(dir: &Path) -> std::path::PathBuf {
    let rows = "Organización;Siglas;País;Ciudad;Correo electrónico\r\n\
Asociación de Trabajadoras del Hogar;ATH;México;Ciudad de México;contacto@ath.org.mx\r\n\
\"Mujeres; Migrantes y Refugiadas\";MMR;España;Madrid;hola@mmr.es\r\n\
Asociacion de Trabajadoras del Hogar;ATH;Mexico;;\r\n";
    let bytes = latin1(rows);
    let file = dir.join("firmas.csv");
    std::fs::write(&file, bytes).unwrap();
    file
}

/// Windows-1252 bytes for text that is all Latin-1.
fn latin1(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
        .collect()
}

#[test]
fn import_dry_run_then_import_then_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let file = spanish_export(dir.path());
    let f = file.to_str().unwrap();

    let dry = json(&cli(&db, &["--json", "contacts", "import", f, "--dry-run"]));
    assert_eq!(dry["plan"]["newRows"], 2);
    assert_eq!(dry["plan"]["duplicates"], 1);
    assert_eq!(dry["mapping"][0], "organization");
    assert!(!db.exists(), "a dry run creates no database");

    let done = json(&cli(&db, &["--json", "contacts", "import", f]));
    assert_eq!(done["organizationsAdded"], 2);
    let again = json(&cli(&db, &["--json", "contacts", "import", f]));
    assert_eq!(again["organizationsAdded"], 0);
    assert_eq!(
        again["matched"], 3,
        "the duplicate row matches the stored contact too"
    );

    let found = json(&cli(
        &db,
        &["--json", "contacts", "search", "asociacion trab"],
    ));
    assert_eq!(found[0]["name"], "Asociación de Trabajadoras del Hogar");
    assert_eq!(found[0]["country"], "MX");
    let spain = json(&cli(
        &db,
        &["--json", "contacts", "list", "--country", "Spain"],
    ));
    assert_eq!(spain[0]["name"], "Mujeres; Migrantes y Refugiadas");
}

#[test]
fn a_mapping_can_be_given_and_a_bad_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let file = dir.path().join("list.csv");
    std::fs::write(&file, "Group,Where\nKalayaan,GB\n").unwrap();
    let f = file.to_str().unwrap();
    let done = json(&cli(
        &db,
        &[
            "--json",
            "contacts",
            "import",
            f,
            "--map",
            "Group=organization",
            "--map",
            "2=country",
        ],
    ));
    assert_eq!(done["organizationsAdded"], 1);
    let bad = cli(&db, &["contacts", "import", f, "--map", "Group=shoe_size"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("shoe_size"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn an_unreadable_file_is_exit_1_with_its_row_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let file = dir.path().join("broken.csv");
    std::fs::write(
        &file,
        "Organization,Country\nA,Kenya\n\"B, never closed,Peru\nC,Chile\n",
    )
    .unwrap();
    let out = cli(&db, &["contacts", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("broken.csv") && err.contains("row 3"), "{err}");
    let listed = json(&cli(&db, &["--json", "contacts", "list"]));
    assert_eq!(
        listed.as_array().map(Vec::len),
        Some(0),
        "nothing was imported"
    );
}

#[test]
fn export_csv_and_vcard_to_stdout_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let file = dir.path().join("list.csv");
    std::fs::write(
        &file,
        "Organization,Country,Email\n=cmd|' /C calc'!A0,FR,a@b.fr\nÖsterreich Netz,AT,\n",
    )
    .unwrap();
    json(&cli(
        &db,
        &["--json", "contacts", "import", file.to_str().unwrap()],
    ));

    let csv = cli(&db, &["contacts", "export", "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    assert!(csv.stdout.starts_with("\u{FEFF}".as_bytes()));
    let body = text(&csv.stdout);
    assert!(body.contains("'=cmd|"), "formula neutralized: {body}");
    assert!(body.contains("Österreich Netz"));

    let out = dir.path().join("contacts.vcf");
    let wrote = cli(
        &db,
        &[
            "contacts",
            "export",
            "--format",
            "vcf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(wrote.status.code(), Some(0), "{}", text(&wrote.stderr));
    let vcf = std::fs::read_to_string(&out).unwrap();
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2);
    assert!(vcf.contains("VERSION:4.0\r\n"));
}

#[test]
fn duplicates_merge_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let file = dir.path().join("list.csv");
    std::fs::write(
        &file,
        "Organization,Acronym,Country\nMission for Migrant Workers,,HK\nMFMW,MFMW,Hong Kong\n",
    )
    .unwrap();
    json(&cli(
        &db,
        &["--json", "contacts", "import", file.to_str().unwrap()],
    ));
    let pairs = json(&cli(&db, &["--json", "contacts", "duplicates"]));
    let pair = &pairs[0];
    assert!(
        pair["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "acronym"),
        "{pairs}"
    );
    let (a, b) = (
        pair["a"]["id"].as_str().unwrap(),
        pair["b"]["id"].as_str().unwrap(),
    );
    let merged = json(&cli(&db, &["--json", "contacts", "merge", a, b]));
    assert_eq!(merged["keptId"], a);
    let listed = json(&cli(&db, &["--json", "contacts", "list"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
    let backups = json(&cli(&db, &["--json", "backup", "list"]));
    assert!(
        backups
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["reason"] == "before_change"),
        "{backups}"
    );
    let undone = json(&cli(
        &db,
        &[
            "--json",
            "contacts",
            "undo-merge",
            merged["id"].as_str().unwrap(),
        ],
    ));
    assert!(undone["undoneAt"].is_string());
    let listed = json(&cli(&db, &["--json", "contacts", "list"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
}

/// Random bytes, a zip bomb posing as a spreadsheet and a 50 MB CSV whose
/// one cell is far past the limit: each exits 1 naming the file, and the
/// database is as it was.
#[test]
fn hostile_files_exit_1_and_leave_the_database_unchanged() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let first = dir.path().join("first.csv");
    std::fs::write(&first, "Organization,Country\nKalayaan,United Kingdom\n").unwrap();
    json(&cli(
        &db,
        &["--json", "contacts", "import", first.to_str().unwrap()],
    ));
    let before = json(&cli(&db, &["--json", "contacts", "list"]));

    let mut seed = 0x1234_5678_9ABC_DEF0_u64;
    let noise: Vec<u8> = (0..65_536)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect();
    let random = dir.path().join("random.csv");
    std::fs::write(&random, noise).unwrap();

    let bomb = dir.path().join("bomb.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..300 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();

    let big = dir.path().join("big.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
    out.write_all(b"Organization,Notes\nHuge Notes Group,")
        .unwrap();
    let chunk = vec![b'x'; 1024 * 1024];
    for _ in 0..50 {
        out.write_all(&chunk).unwrap();
    }
    out.write_all(b"\n").unwrap();
    drop(out);
    assert!(std::fs::metadata(&big).unwrap().len() > 50 * 1024 * 1024);

    for (file, says) in [
        (&random, "random.csv"),
        (&bomb, "zip bomb"),
        (&big, "characters long"),
    ] {
        let out = cli(&db, &["contacts", "import", file.to_str().unwrap()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {err}", file.display());
        assert!(err.contains(says), "{}: {err}", file.display());
        assert_eq!(json(&cli(&db, &["--json", "contacts", "list"])), before);
    }
}
