#![allow(clippy::unwrap_used, clippy::expect_used)]

//! Files made to hurt: every spreadsheet shape that expands enormously is
//! imported by the real binary under a memory limit, so an attempt to take
//! hundreds of gigabytes (an abort, which would take the window with it)
//! fails the test instead of passing unnoticed.

use std::path::Path;
use std::process::{Command, Output};

#[path = "../../core/tests/hostile/spreadsheet_shapes.rs"]
mod shapes;
#[path = "../../core/tests/hostile/xls_shapes.rs"]
mod xls_shapes;

/// Address space the command line may use: room for the program and an
/// honest import, far from what the shapes expand to.
const MEMORY_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

fn limited(db: &Path, args: &[&str]) -> Output {
    Command::new("prlimit")
        .arg(format!("--as={MEMORY_LIMIT}"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .output()
        .expect("run undersigned-cli under prlimit")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn no_spreadsheet_can_crash_an_import_under_a_memory_limit() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        eprintln!("skipped: prlimit (util-linux) is not installed; make test installs it");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let made = limited(
        &db,
        &["--json", "statements", "create", "--title", "Open letter"],
    );
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let statement: serde_json::Value = serde_json::from_slice(&made.stdout).unwrap();
    let statement = statement["id"].as_str().unwrap().to_string();

    for (name, _, bytes) in shapes::all().into_iter().chain(xls_shapes::all()) {
        let file = dir.path().join(name);
        std::fs::write(&file, &bytes).unwrap();
        let file = file.to_str().unwrap();
        for args in [
            vec!["contacts", "import", file, "--dry-run"],
            vec!["endorsements", "import", &statement, file, "--dry-run"],
        ] {
            let out = limited(&db, &args);
            // Killed by a signal (an abort on allocation failure) has no code.
            assert_eq!(
                out.status.code(),
                Some(1),
                "{name} {args:?}: {:?}\n{}",
                out.status,
                text(&out.stderr)
            );
            let said = text(&out.stderr);
            assert!(said.contains(name), "the message names the file: {said}");
        }
    }
    // The limit leaves room for an honest file.
    let honest = dir.path().join("honest.xlsx");
    std::fs::write(&honest, shapes::shared_string_bomb(30, 2_000)).unwrap();
    let out = limited(
        &db,
        &["contacts", "import", honest.to_str().unwrap(), "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn formula_cells_without_a_saved_value_are_warned_about_in_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><f>VLOOKUP(A2,Codes!A:B,2,0)</f></c></row>"#;
    let file = dir.path().join("sign-ons.xlsx");
    std::fs::write(
        &file,
        shapes::xlsx(
            rows,
            &["Organization", "Country", "Kallpa"],
            None,
            &[],
            "A1:B2",
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(&db)
        .args([
            "--json",
            "contacts",
            "import",
            file.to_str().unwrap(),
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let review: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let warning = review["warnings"][0].as_str().unwrap_or_default();
    assert!(warning.contains("B2"), "{review}");
    assert!(text(&out.stderr).contains("warning:") && text(&out.stderr).contains("B2"));
}
