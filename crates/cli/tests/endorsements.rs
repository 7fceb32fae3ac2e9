#![allow(clippy::unwrap_used, clippy::expect_used)]

//! `endorsements …` and `invitations …` as a script sees them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .output()
        .expect("run undersigned-cli")
}

fn cli_stdin(db: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("UNDERSIGNED_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn new_statement(db: &Path) -> String {
    let made = json(&cli(
        db,
        &[
            "--json",
            "statements",
            "create",
            "--title",
            "Stop the deportations",
        ],
    ));
    made["id"].as_str().unwrap().to_string()
}

#[test]
fn add_review_and_count_from_a_script() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = new_statement(&db);

    let org = json(&cli(
        &db,
        &[
            "--json",
            "endorsements",
            "add",
            &st,
            "--org",
            "Kalayaan",
            "--country",
            "United Kingdom",
            "--status",
            "confirmed",
        ],
    ));
    assert_eq!(org["status"], "confirmed");
    assert_eq!(org["countryCode"], "GB");
    let person = json(&cli(
        &db,
        &[
            "--json",
            "endorsements",
            "add",
            &st,
            "--person",
            "Ana Quispe",
            "--affiliation",
            "Red Solidaria",
            "--country",
            "Perú",
        ],
    ));
    assert_eq!(person["kind"], "individual");
    assert_eq!(
        person["visibility"], "organization_only",
        "no consent to be named yet"
    );
    let id = person["id"].as_str().unwrap();

    // An illegal move exits 1 and says why.
    let refused = cli(&db, &["endorsements", "set-status", id, "withdrawn"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("a pending endorsement cannot become withdrawn"),
        "{}",
        text(&refused.stderr)
    );
    // A word that is no status is the command line's mistake: exit 2.
    assert_eq!(
        cli(&db, &["endorsements", "set-status", id, "maybe"])
            .status
            .code(),
        Some(2)
    );
    let done = json(&cli(
        &db,
        &["--json", "endorsements", "set-status", id, "confirmed"],
    ));
    assert_eq!(done["status"], "confirmed");

    let list = json(&cli(&db, &["--json", "endorsements", "list", &st]));
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 2);
    for key in [
        "id",
        "kind",
        "status",
        "name",
        "affiliation",
        "city",
        "country",
        "visibility",
    ] {
        assert!(items[0].get(key).is_some(), "list items have {key}");
    }
    let pending = json(&cli(
        &db,
        &["--json", "endorsements", "list", &st, "--status", "pending"],
    ));
    assert_eq!(pending.as_array().unwrap().len(), 0);

    let summary = json(&cli(&db, &["--json", "endorsements", "summary", &st]));
    assert_eq!(summary["organizations"], 1);
    assert_eq!(summary["individuals"], 1);
    assert_eq!(summary["countries"], 2);
    assert_eq!(summary["confirmed"], 2);
    assert_eq!(summary["pending"], 0);

    let log = json(&cli(&db, &["--json", "endorsements", "log", id]));
    let events: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["created", "confirmed"]);
}

#[test]
fn import_dry_run_then_confirmed_then_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = new_statement(&db);
    let file = dir.path().join("responses.csv");
    std::fs::write(
        &file,
        "\u{feff}Timestamp,Email Address,Organization,Country,Are you signing as an organization or individual?,Contact person,Position\r\n\
         2026/11/20 10:15:00 AM GMT,info@kalayaan.org.uk,Kalayaan,United Kingdom,Organization,Marissa,Director\r\n\
         2026/11/20 11:00:00 AM GMT,ana@example.org,Red Solidaria,Perú,Organization,Ana,\r\n\
         2026/11/21 09:00:00 AM GMT,ana@example.org,Red Solidaria,Peru,Organization,Ana,\r\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();

    let dry = cli(&db, &["endorsements", "import", &st, f, "--dry-run"]);
    assert_eq!(dry.status.code(), Some(0), "{}", text(&dry.stderr));
    let report = text(&dry.stdout);
    assert!(
        report.contains("2 new, 0 already endorsed, 1 duplicate(s)"),
        "{report}"
    );
    assert!(
        report.contains("row 4: Red Solidaria: same as row 3"),
        "{report}"
    );
    assert!(report.contains("Nothing was written."));
    let none = json(&cli(&db, &["--json", "endorsements", "summary", &st]));
    assert_eq!(none["pending"], 0);

    let done = json(&cli(
        &db,
        &["--json", "endorsements", "import", &st, f, "--confirm"],
    ));
    assert_eq!(done["added"], 2);
    let summary = json(&cli(&db, &["--json", "endorsements", "summary", &st]));
    assert_eq!(summary["confirmed"], 2);
    // Re-importing adds nothing, and says why with exit 1.
    let again = cli(&db, &["endorsements", "import", &st, f]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr)
            .contains("none of the 3 rows would be added: 2 already signed, 1 repeat earlier rows"),
        "{}",
        text(&again.stderr)
    );

    // A file that cannot be read exits 1 naming it, and nothing changes.
    let broken = dir.path().join("broken.csv");
    std::fs::write(&broken, "Organization,Country\n\"Unclosed,Peru\n").unwrap();
    let out = cli(
        &db,
        &["endorsements", "import", &st, broken.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("broken.csv"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_pasted_list_comes_in_through_stdin_and_invitations_follow() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = new_statement(&db);
    let list = "1. Migrant Forum in Asia (MFA) – Manila, Philippines\n\
                2. Red Solidaria — Perú\n\
                3. Kalayaan, United Kingdom\n";
    let out = cli_stdin(
        &db,
        &["--json", "endorsements", "paste", &st, "-", "--dry-run"],
        list,
    );
    let plan = json(&out);
    assert_eq!(plan["new"], 3);
    assert_eq!(plan["rows"][0]["input"]["acronym"], "MFA");
    assert_eq!(plan["rows"][0]["input"]["city"], "Manila");
    let out = cli_stdin(&db, &["--json", "endorsements", "paste", &st], list);
    assert_eq!(json(&out)["added"], 3);

    // A second statement invites everyone who signed the first.
    let next = new_statement(&db);
    let made = json(&cli(
        &db,
        &["--json", "invitations", "create", &next, "--signed", &st],
    ));
    assert_eq!(made["added"], 0, "pending sign-ons are not signatories yet");
    let ids: Vec<String> = json(&cli(&db, &["--json", "endorsements", "list", &st]))
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    for id in &ids {
        json(&cli(
            &db,
            &["--json", "endorsements", "set-status", id, "confirmed"],
        ));
    }
    let made = json(&cli(
        &db,
        &["--json", "invitations", "create", &next, "--signed", &st],
    ));
    assert_eq!(made["added"], 3);
    let invited = json(&cli(&db, &["--json", "invitations", "list", &next]));
    let first = invited[0]["id"].as_str().unwrap();
    let reminded = json(&cli(
        &db,
        &["--json", "invitations", "set-status", first, "reminded"],
    ));
    assert_eq!(reminded["status"], "reminded");
    let out_dir = dir.path().join("outbox");
    let files = json(&cli(
        &db,
        &[
            "--json",
            "invitations",
            "messages",
            &next,
            "--out-dir",
            out_dir.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        files.as_array().unwrap().len(),
        2,
        "the reminded one is not invited afresh"
    );
    let eml = std::fs::read_to_string(files[0].as_str().unwrap()).unwrap();
    assert!(eml.starts_with("To: "), "{eml}");
    assert!(eml.contains("Subject: Invitation to sign: Stop the deportations"));
    assert!(
        eml.contains("Content-Type: text/html; charset=utf-8"),
        "{eml}"
    );

    // Signed by the organizer, from their address, in a version they pick.
    let sender = json(&cli(
        &db,
        &[
            "--json",
            "invitations",
            "sender",
            "--name",
            "Ana Pérez",
            "--organization",
            "Alianza Migrante",
        ],
    ));
    assert_eq!(sender["name"], "Ana Pérez");
    let shown = json(&cli(&db, &["--json", "invitations", "sender"]));
    assert_eq!(shown["organization"], "Alianza Migrante");
    let picked_dir = dir.path().join("picked");
    let files = json(&cli(
        &db,
        &[
            "--json",
            "invitations",
            "messages",
            &next,
            "--out-dir",
            picked_dir.to_str().unwrap(),
            "--from",
            "ana@example.org",
            "--language",
            "en",
        ],
    ));
    let eml = std::fs::read_to_string(files[0].as_str().unwrap()).unwrap();
    assert!(
        eml.starts_with("From: =?UTF-8?B?QW5hIFDDqXJleg==?= <ana@example.org>\r\n"),
        "{eml}"
    );
    assert!(eml.contains("Alianza Migrante"), "{eml}");
    let out = cli(
        &db,
        &[
            "invitations",
            "messages",
            &next,
            "--out-dir",
            picked_dir.to_str().unwrap(),
            "--language",
            "fr",
        ],
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("no version in “fr”"),
        "{}",
        text(&out.stderr)
    );
}

/// Two large pastes at once on one file: each makes its own backup, the
/// second waits for the first, and the list lands once.
#[test]
fn two_large_pastes_at_once_both_finish_and_add_each_signatory_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let st = new_statement(&db);
    let list = dir.path().join("list.txt");
    let lines: Vec<String> = (0..1_200)
        .map(|i| format!("Red número {i}, Peru"))
        .collect();
    std::fs::write(&list, lines.join("\n")).unwrap();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_undersigned-cli"))
            .arg("--db")
            .arg(&db)
            .args(["endorsements", "paste", &st])
            .arg(&list)
            .env_remove("UNDERSIGNED_DB")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    // The second to get the lock finds every line already signed: it
    // says so and fails rather than report "Added 0".
    let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
    assert!(
        codes.contains(&Some(0)) && codes.contains(&Some(1)),
        "{codes:?}"
    );
    let failed = outs.iter().find(|o| o.status.code() == Some(1)).unwrap();
    assert!(
        text(&failed.stderr).contains("1200 already signed"),
        "{}",
        text(&failed.stderr)
    );
    let summary = json(&cli(&db, &["--json", "endorsements", "summary", &st]));
    assert_eq!(summary["pending"], 1_200);
    let backups = std::fs::read_dir(dir.path().join("backups/x.sqlite3"))
        .unwrap()
        .count();
    assert_eq!(backups, 2, "one backup each, neither written over");
}
