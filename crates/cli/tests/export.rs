#![allow(clippy::unwrap_used, clippy::expect_used)]

//! `keys generate`, `export --sign`, `verify` and `exports list`, checked
//! with Debian's own `minisign` as a reader would.

use std::path::Path;
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .env("UNDERSIGNED_KEY_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("run undersigned-cli")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    text(&out.stdout)
}

fn minisign(args: &[&str]) -> Output {
    Command::new("minisign")
        .args(args)
        .output()
        .expect("Debian's minisign (make test installs it)")
}

#[test]
fn a_signed_export_verifies_with_minisign_and_one_changed_byte_fails_both() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let made: serde_json::Value = serde_json::from_str(&ok(cli(
        &db,
        &[
            "--json",
            "statements",
            "create",
            "--title",
            "Stop the deportations",
        ],
    )))
    .unwrap();
    let st = made["id"].as_str().unwrap();
    for name in [
        "Kalayaan",
        "<img src=x onerror=alert(1)>",
        "=cmd|' /C calc'!A0",
    ] {
        ok(cli(
            &db,
            &[
                "endorsements",
                "add",
                st,
                "--org",
                name,
                "--country",
                "GB",
                "--status",
                "confirmed",
            ],
        ));
    }
    ok(cli(
        &db,
        &["endorsements", "add", st, "--org", "Pending Org"],
    ));

    let prefix = dir.path().join("coalition");
    let prefix = prefix.to_str().unwrap();
    ok(cli(
        &db,
        &["keys", "generate", "--out", prefix, "--label", "Coalition"],
    ));
    let public = format!("{prefix}.pub");
    let secret = format!("{prefix}.key");
    // A second generate never overwrites a key.
    assert_eq!(
        cli(&db, &["keys", "generate", "--out", prefix])
            .status
            .code(),
        Some(1)
    );

    let html = dir.path().join("statement.html");
    let html_s = html.to_str().unwrap();
    let said = ok(cli(
        &db,
        &[
            "export", st, "--format", "html", "--out", html_s, "--sign", "--key", &secret,
        ],
    ));
    assert!(said.contains("3 signatories"), "{said}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;") && !page.contains("<img"));
    assert!(!page.contains("Pending Org"));

    let checked = minisign(&["-Vm", html_s, "-p", &public]);
    assert!(
        checked.status.success(),
        "minisign: {}{}",
        text(&checked.stdout),
        text(&checked.stderr)
    );
    assert!(
        text(&checked.stdout).contains("Stop the deportations"),
        "the trusted comment names it"
    );
    let ours = ok(cli(&db, &["verify", html_s, "--pubkey", &public]));
    assert!(ours.contains("Authentic"), "{ours}");

    // One byte changed: both refuse.
    let mut bytes = std::fs::read(&html).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    std::fs::write(&html, &bytes).unwrap();
    assert!(!minisign(&["-Vm", html_s, "-p", &public]).status.success());
    let refused = cli(&db, &["verify", html_s, "--pubkey", &public]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stdout).contains("NOT authentic"),
        "{}",
        text(&refused.stdout)
    );

    // CSV: formulas guarded; the log lists both exports.
    let csv = dir.path().join("signatories.csv");
    ok(cli(
        &db,
        &[
            "export",
            st,
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    ));
    let sheet = std::fs::read_to_string(&csv).unwrap();
    assert!(
        sheet.starts_with('\u{feff}') && sheet.contains("'=cmd"),
        "{sheet}"
    );
    let log: serde_json::Value =
        serde_json::from_str(&ok(cli(&db, &["--json", "exports", "list", st]))).unwrap();
    let formats: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["format"].as_str().unwrap())
        .collect();
    assert_eq!(formats, ["csv", "html"]);
    assert_eq!(log[1]["signatoryCount"], 3);
    assert_eq!(log[1]["signedKeyId"].as_str().unwrap().len(), 16);

    // A wrong passphrase signs nothing.
    let wrong = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "export",
            st,
            "--format",
            "md",
            "--out",
        ])
        .arg(dir.path().join("s.md"))
        .args(["--sign", "--key", &secret])
        .env("UNDERSIGNED_KEY_PASSPHRASE", "not the passphrase")
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong.stderr).contains("passphrase"),
        "{}",
        text(&wrong.stderr)
    );
    assert!(!dir.path().join("s.md").exists());

    // A signed PDF on Letter paper, as PDF/A: minisign accepts it, and a
    // changed byte makes both tools refuse it.
    let pdf = dir.path().join("statement.pdf");
    let pdf_s = pdf.to_str().unwrap();
    let said = ok(cli(
        &db,
        &[
            "export", st, "--format", "pdf", "--paper", "letter", "--pdfa", "--out", pdf_s,
            "--sign", "--key", &secret,
        ],
    ));
    assert!(said.contains("3 signatories"), "{said}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(minisign(&["-Vm", pdf_s, "-p", &public]).status.success());
    let mut bytes = std::fs::read(&pdf).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&pdf, &bytes).unwrap();
    assert!(!minisign(&["-Vm", pdf_s, "-p", &public]).status.success());
    assert_eq!(
        cli(&db, &["verify", pdf_s, "--pubkey", &public])
            .status
            .code(),
        Some(1)
    );

    // PDF/A is a PDF matter.
    let wrong = cli(
        &db,
        &[
            "export",
            st,
            "--format",
            "md",
            "--pdfa",
            "--out",
            dir.path().join("s.md").to_str().unwrap(),
        ],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("--pdfa applies to --format pdf only"));
    assert!(!dir.path().join("s.md").exists());
}

#[test]
fn all_languages_go_into_one_folder_as_docx() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let made: serde_json::Value = serde_json::from_str(&ok(cli(
        &db,
        &[
            "--json",
            "statements",
            "create",
            "--title",
            "Water is a right",
        ],
    )))
    .unwrap();
    let st = made["id"].as_str().unwrap();
    ok(cli(
        &db,
        &[
            "endorsements",
            "add",
            st,
            "--org",
            "Red del Agua",
            "--status",
            "confirmed",
        ],
    ));
    ok(cli(
        &db,
        &["statements", "translate", st, "--language", "fr"],
    ));
    let out = dir.path().join("out");
    // A file where the folder should be is refused.
    let not_folder = cli(
        &db,
        &[
            "export",
            st,
            "--format",
            "docx",
            "--all-languages",
            "--out",
            db.to_str().unwrap(),
        ],
    );
    assert_eq!(not_folder.status.code(), Some(1));
    assert!(text(&not_folder.stderr).contains("is not a folder"));
    std::fs::create_dir(&out).unwrap();
    let said = ok(cli(
        &db,
        &[
            "export",
            st,
            "--format",
            "docx",
            "--all-languages",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{said}");
    assert!(
        files[0].ends_with(".en.docx") && files[1].ends_with(".fr.docx"),
        "{files:?}"
    );
    for f in &files {
        let bytes = std::fs::read(out.join(f)).unwrap();
        let md = undersigned_core::statements::documents::docx_to_markdown(&bytes, f).unwrap();
        assert!(md.contains("Red del Agua"), "{f}: {md}");
    }
}

/// A statement with one confirmed signatory, in English and French.
fn statement_in_two_languages(db: &Path) -> String {
    let made: serde_json::Value = serde_json::from_str(&ok(cli(
        db,
        &[
            "--json",
            "statements",
            "create",
            "--title",
            "Water is a right",
        ],
    )))
    .unwrap();
    let st = made["id"].as_str().unwrap().to_string();
    ok(cli(
        db,
        &[
            "endorsements",
            "add",
            &st,
            "--org",
            "Red del Agua",
            "--status",
            "confirmed",
        ],
    ));
    ok(cli(
        db,
        &["statements", "translate", &st, "--language", "fr"],
    ));
    st
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn logged(db: &Path, st: &str) -> usize {
    let listed: serde_json::Value =
        serde_json::from_str(&ok(cli(db, &["--json", "exports", "list", st]))).unwrap();
    listed.as_array().unwrap().len()
}

#[test]
fn a_failed_export_leaves_no_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = statement_in_two_languages(&db);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();

    // The database cannot log the export: no file either.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let pdf = out.join("statement.pdf");
    let failed = cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "pdf",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(failed.status.code(), Some(1), "{}", text(&failed.stderr));
    assert!(
        text(&failed.stderr).contains("read-only"),
        "{}",
        text(&failed.stderr)
    );
    let failed = cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "txt",
            "--all-languages",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(failed.status.code(), Some(1));
    assert!(names_in(&out).is_empty(), "{:?}", names_in(&out));
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();

    // The second language cannot be put in place (a folder holds its
    // name): the first is taken back too, and neither is logged.
    ok(cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "txt",
            "--all-languages",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let names = names_in(&out);
    assert_eq!(names.len(), 2, "{names:?}");
    assert_eq!(logged(&db, &st), 1, "the English one is logged");
    for name in &names {
        std::fs::remove_file(out.join(name)).unwrap();
    }
    std::fs::create_dir(out.join(&names[1])).unwrap();
    let failed = cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "txt",
            "--all-languages",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(failed.status.code(), Some(1), "{}", text(&failed.stdout));
    assert_eq!(
        names_in(&out),
        [names[1].clone()],
        "only the folder is there"
    );
    assert_eq!(logged(&db, &st), 1, "nothing more in the log");
}

#[test]
fn written_files_follow_the_umask_and_only_the_secret_key_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // The command line inherits this process's umask.
    let probe = dir.path().join("probe");
    std::fs::File::create(&probe).unwrap();
    let usual = mode(&probe);
    assert_ne!(usual, 0o600, "the test needs a umask that shares files");

    let db = dir.path().join("x.sqlite3");
    let st = statement_in_two_languages(&db);
    let prefix = dir.path().join("coalition");
    ok(cli(
        &db,
        &["keys", "generate", "--out", prefix.to_str().unwrap()],
    ));
    assert_eq!(
        mode(&dir.path().join("coalition.pub")),
        usual,
        "meant to be shared"
    );
    assert_eq!(mode(&dir.path().join("coalition.key")), 0o600);

    let html = dir.path().join("statement.html");
    std::fs::write(&html, b"an older export").unwrap();
    std::fs::set_permissions(&html, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "html",
            "--out",
            html.to_str().unwrap(),
            "--sign",
            "--key",
            dir.path().join("coalition.key").to_str().unwrap(),
        ],
    ));
    assert_eq!(mode(&html), usual, "replacing a file keeps it readable");
    assert_eq!(mode(&dir.path().join("statement.html.minisig")), usual);

    let csv = dir.path().join("contacts.csv");
    ok(cli(
        &db,
        &[
            "contacts",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    ));
    assert_eq!(mode(&csv), usual);
}

#[test]
fn a_key_without_sign_or_a_public_key_to_sign_with_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = statement_in_two_languages(&db);
    let prefix = dir.path().join("coalition");
    ok(cli(
        &db,
        &["keys", "generate", "--out", prefix.to_str().unwrap()],
    ));
    let out = dir.path().join("statement.txt");
    let key = dir.path().join("coalition.key");
    let unsigned = cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "txt",
            "--out",
            out.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
    );
    assert_eq!(
        unsigned.status.code(),
        Some(2),
        "--key asks for a signature"
    );
    assert!(
        text(&unsigned.stderr).contains("--sign"),
        "{}",
        text(&unsigned.stderr)
    );
    assert!(!out.exists(), "nothing was exported unsigned");

    let public = dir.path().join("coalition.pub");
    let wrong = cli(
        &db,
        &[
            "export",
            &st,
            "--format",
            "txt",
            "--out",
            out.to_str().unwrap(),
            "--sign",
            "--key",
            public.to_str().unwrap(),
        ],
    );
    assert_eq!(wrong.status.code(), Some(1));
    let said = text(&wrong.stderr);
    assert!(
        said.contains("public key") && !said.contains("passphrase"),
        "{said}"
    );
    assert!(!out.exists());
}

#[test]
fn the_details_set_on_the_command_line_print_in_every_title_block() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let made: serde_json::Value = serde_json::from_str(&ok(cli(
        &db,
        &[
            "--json",
            "statements",
            "create",
            "--title",
            "Stop the deportations",
        ],
    )))
    .unwrap();
    let st = made["id"].as_str().unwrap();
    let set: serde_json::Value = serde_json::from_str(&ok(cli(
        &db,
        &[
            "--json",
            "statements",
            "details",
            st,
            "--subtitle",
            "A joint statement",
            "--occasion",
            "International Migrants Day",
            "--issued-by",
            "Migrant Forum in Asia",
            "--issued-by",
            "Kalayaan",
            "--issued-by",
            "Red de Mujeres",
            "--date",
            "2026-12-18",
            "--place",
            "Manila",
            "--deadline",
            "2026-12-15",
            "--goal",
            "500",
        ],
    )))
    .unwrap();
    assert_eq!(
        set["issuedBy"],
        "Migrant Forum in Asia\nKalayaan\nRed de Mujeres"
    );
    assert_eq!(set["signatoryGoal"], 500);
    assert_eq!(set["deadline"], "2026-12-15");
    let shown = ok(cli(&db, &["statements", "show", st]));
    assert!(
        shown.contains("issued by: Migrant Forum in Asia"),
        "{shown}"
    );
    assert!(shown.contains("goal:      500"), "{shown}");
    // Only what is given changes.
    ok(cli(
        &db,
        &["statements", "details", st, "--place", "Quezon City"],
    ));
    let after: serde_json::Value =
        serde_json::from_str(&ok(cli(&db, &["--json", "statements", "show", st]))).unwrap();
    assert_eq!(after["occasion"], "International Migrants Day");
    assert_eq!(after["place"], "Quezon City");
    for format in ["txt", "md", "html", "csv"] {
        let out = dir.path().join(format!("s.{format}"));
        ok(cli(
            &db,
            &[
                "export",
                st,
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ],
        ));
        let printed = std::fs::read_to_string(&out).unwrap();
        if format == "csv" {
            continue;
        }
        assert!(
            printed.contains("Issued by Migrant Forum in Asia, Kalayaan, and Red de Mujeres"),
            "{format}: {printed}"
        );
    }
    let bad = cli(&db, &["statements", "details", st, "--date", "18/12/2026"]);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
}

#[test]
fn verify_without_a_public_key_uses_the_organizations_own() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coalition.sqlite3");
    ok(cli(
        &db,
        &["statements", "create", "--title", "Stop the deportations"],
    ));
    let file = dir.path().join("statement.txt");
    std::fs::write(&file, "We, the undersigned.\n").unwrap();
    let file_s = file.to_str().unwrap();

    let refused = cli(&db, &["verify", file_s]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("--pubkey"),
        "{}",
        text(&refused.stderr)
    );

    let store = undersigned_core::Store::open(&db).unwrap();
    undersigned_core::export::signing::create_stored(
        store.conn(),
        PASSPHRASE,
        "Migrant Forum in Asia",
    )
    .unwrap();
    let (secret, _) =
        undersigned_core::export::signing::unlock_stored(store.conn(), PASSPHRASE).unwrap();
    drop(store);
    let signature =
        undersigned_core::export::signing::sign(&secret, b"We, the undersigned.\n", "test")
            .unwrap();
    std::fs::write(dir.path().join("statement.txt.minisig"), signature).unwrap();

    let said = ok(cli(&db, &["verify", file_s]));
    assert!(said.contains("Authentic"), "{said}");
    std::fs::write(&file, "We, the undersigned!\n").unwrap();
    assert_eq!(cli(&db, &["verify", file_s]).status.code(), Some(1));
    // A database that is not there is said, and not made.
    let nowhere = dir.path().join("nowhere.sqlite3");
    assert_eq!(cli(&nowhere, &["verify", file_s]).status.code(), Some(1));
    assert!(!nowhere.exists());
}
