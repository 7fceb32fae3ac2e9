use super::*;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tabular")
        .join(name)
}

#[test]
fn an_xlsx_reads_with_whole_numbers_and_dates() {
    let t = read_path(&fixture("responses.xlsx")).unwrap();
    assert_eq!(t.format, Format::Xlsx);
    assert_eq!(t.headers, ["Timestamp", "Organization", "Country", "Phone"]);
    assert_eq!(t.rows[0].number, 2);
    assert_eq!(
        t.rows[0].cells,
        [
            "2026-11-23",
            "Asociación de Trabajadoras del Hogar",
            "México",
            "5551234"
        ]
    );
    assert_eq!(t.rows[1].cells[3], "", "a missing cell is empty");
}

#[test]
fn an_ods_reads_like_a_spreadsheet() {
    let t = read_path(&fixture("contacts.ods")).unwrap();
    assert_eq!(t.format, Format::Ods);
    assert_eq!(t.headers[0], "Nom de l'organisation");
    assert_eq!(
        t.rows[0].cells,
        [
            "Solidarité Travailleurs Migrants",
            "Côte d’Ivoire",
            "2250707"
        ]
    );
}

#[test]
fn a_spreadsheet_that_is_really_something_else_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("list.xlsx");
    std::fs::write(&fake, b"%PDF-1.4 not a sheet").unwrap();
    let err = read_path(&fake).unwrap_err().to_string();
    assert!(err.contains("list.xlsx") && err.contains("PDF"), "{err}");
    let missing = read_path(&dir.path().join("nope.csv"))
        .unwrap_err()
        .to_string();
    assert!(
        missing.contains("nope.csv") && missing.contains("could not be read"),
        "{missing}"
    );
}
