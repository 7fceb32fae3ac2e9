#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The real command table, driven through Tauri's mock runtime against a real
//! database file: proves the handlers work without a window around them.

mod common;

use serde_json::{Value, json};
use tauri::test::{MockRuntime, mock_builder, mock_context, noop_assets};
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use undersigned_app::dialogs::Dialogs;
use undersigned_app::run_app_with_dialogs;
use undersigned_app::state::Database;

struct Harness {
    _app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

/// The dialogs are answered from `answers.json` in the test's folder
/// (`Harness::answer`); with no answers there, a dialog fails.
fn harness_with(database: Database, dir: tempfile::TempDir) -> Harness {
    let dialogs = Dialogs::scripted(dir.path().join("answers.json"));
    let app = run_app_with_dialogs(mock_builder(), database, dialogs)
        .build(mock_context(noop_assets()))
        .expect("build mock app");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock webview");
    Harness {
        _app: app,
        webview,
        _dir: dir,
    }
}

fn harness() -> Harness {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = Database::open_at(Some(dir.path().join("app.sqlite3")));
    harness_with(database, dir)
}

impl Harness {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        common::invoke(&self.webview, cmd, args)
    }

    /// The answers the next dialogs get, in order: a path, or None (cancelled).
    fn answer(&self, answers: &[Option<&std::path::Path>]) {
        std::fs::write(
            self._dir.path().join("answers.json"),
            json!(answers).to_string(),
        )
        .expect("write answers");
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args)
            .unwrap_or_else(|err| panic!("{cmd} failed: {err}"))
    }
}

#[test]
fn statement_lifecycle_through_commands() {
    let h = harness();
    assert_eq!(h.ok("statements_list", json!({})), json!([]));

    let made = h.ok(
        "statements_create",
        json!({ "statement": { "title": "Stop the pushbacks" } }),
    );
    assert_eq!(made["title"], "Stop the pushbacks");
    assert_eq!(made["status"], "draft");
    let id = made["id"].as_str().expect("id").to_string();

    let renamed = h.ok(
        "statements_update",
        json!({ "id": id, "patch": { "title": "End the pushbacks" } }),
    );
    assert_eq!(renamed["title"], "End the pushbacks");
    assert_eq!(
        h.ok("statements_get", json!({ "id": id }))["title"],
        "End the pushbacks"
    );

    let gone = h.ok("statements_delete", json!({ "id": id }));
    assert!(gone["deletedAt"].is_string());
    assert_eq!(h.ok("statements_list", json!({})), json!([]));
    assert_eq!(
        h.ok("statements_list_trash", json!({}))[0]["id"],
        id.as_str()
    );

    let back = h.ok("statements_restore", json!({ "id": id }));
    assert!(back["deletedAt"].is_null());
    assert_eq!(h.ok("statements_list", json!({}))[0]["id"], id.as_str());
}

#[test]
fn refused_input_arrives_as_code_message_key_and_details() {
    let h = harness();
    let err = h
        .invoke(
            "statements_create",
            json!({ "statement": { "title": "   " } }),
        )
        .expect_err("blank title is refused");
    assert_eq!(
        err,
        json!({
            "code": "invalid",
            "message": "a statement needs a title; type one and try again",
            "key": "statement.empty_title",
            "params": {}
        })
    );

    let err = h
        .invoke("statements_delete", json!({ "id": "no-such-id" }))
        .expect_err("unknown id");
    assert_eq!(err["code"], "not_found");
    assert!(err["message"].as_str().unwrap().contains("no-such-id"));
}

#[test]
fn app_info_names_the_database_file() {
    let h = harness();
    let info = h.ok("app_info", json!({}));
    assert!(
        info["databasePath"]
            .as_str()
            .unwrap()
            .ends_with("app.sqlite3"),
        "{info}"
    );
    assert_eq!(
        info["schemaVersion"],
        undersigned_core::store::SCHEMA_VERSION
    );
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn an_unreadable_database_makes_every_command_say_unavailable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, vec![0x5Au8; 8192]).expect("write junk");
    let h = harness_with(Database::open_at(Some(junk.clone())), dir);

    for cmd in ["app_info", "statements_list"] {
        let err = h.invoke(cmd, json!({})).expect_err("unavailable");
        assert_eq!(err["code"], "unavailable", "{cmd}: {err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("is not an Undersigned database"),
            "{err}"
        );
    }
    assert_eq!(
        std::fs::read(&junk).unwrap(),
        vec![0x5Au8; 8192],
        "file untouched"
    );
}

#[test]
fn control_characters_through_the_commands_are_invalid_and_nothing_is_stored() {
    let h = harness();
    for title in ["Null\u{0}byte", "Bell\u{7}", "Escape\u{1b}[2J", "C1\u{9b}"] {
        let err = h
            .invoke(
                "statements_create",
                json!({ "statement": { "title": title } }),
            )
            .expect_err("refused");
        assert_eq!(err["code"], "invalid", "{title:?}: {err}");
        assert!(
            err["message"]
                .as_str()
                .is_some_and(|m| m.contains("control character")),
            "{err}"
        );
    }
    let err = h
        .invoke(
            "statements_create",
            json!({ "statement": { "title": "T", "language": "Français" } }),
        )
        .expect_err("not a language tag");
    assert_eq!(err["code"], "invalid");
    assert_eq!(h.ok("statements_list", json!({})), json!([]));
}

#[test]
fn a_database_locked_by_another_program_is_busy_and_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("app.sqlite3");
    let store = undersigned_core::Store::open(&path).expect("open");
    store
        .conn()
        .busy_timeout(std::time::Duration::from_millis(20))
        .expect("short wait");
    let h = harness_with(Database::from_store(store), dir);
    let other = rusqlite::Connection::open(&path).expect("second connection");
    other
        .execute_batch("BEGIN IMMEDIATE")
        .expect("hold the write lock");

    let err = h
        .invoke(
            "statements_create",
            json!({ "statement": { "title": "Blocked" } }),
        )
        .expect_err("locked");
    assert_eq!(err["code"], "busy", "retryable: {err}");
    let message = err["message"].as_str().unwrap_or_default();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("busy"), "{message}");
    other.execute_batch("ROLLBACK").expect("release");
}

#[test]
fn reads_do_not_wait_for_a_write_in_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("app.sqlite3");
    let store = undersigned_core::Store::open(&path).expect("open");
    let database = Database::from_store(store);
    let writer = database.writer_for_tests().expect("writer");
    let h = harness_with(database, dir);
    h.ok(
        "statements_create",
        json!({ "statement": { "title": "Before the import" } }),
    );

    // A long write (an import, a merge) holds the writer for its whole run.
    let held = writer.lock().expect("hold the writer");
    let (tx, rx) = std::sync::mpsc::channel();
    let webview = h.webview.clone();
    std::thread::spawn(move || {
        let listed = common::invoke(&webview, "statements_list", json!({}));
        let _ = tx.send(listed);
    });
    let listed = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the list answered while the writer was busy");
    drop(held);
    let listed = listed.expect("list");
    assert_eq!(listed[0]["title"], "Before the import");
}

/// Every command in the table is registered under its name and takes the
/// argument keys the table gives it: the UI is typed by that table.
#[test]
fn every_command_in_the_table_is_registered_with_its_argument_keys() {
    use undersigned_app::commands::table::COMMANDS;
    let sample = |ty: &str| match ty {
        "string" => json!("no-such-id"),
        "NewStatement" => json!({ "title": "Table check" }),
        "StatementPatch" => json!({}),
        "StatementStatus" => json!("open"),
        "boolean" => json!(false),
        "ContactKind" => json!("organization"),
        "number" => json!(1),
        "number | null" => json!(null),
        "Uint8Array" => json!([]),
        "string[]" => json!(["no-such-id"]),
        "ContactQuery" => json!({ "text": "x" }),
        "OrganizationInput" => json!({ "name": "Table check" }),
        "PersonInput" => json!({ "fullName": "Table check" }),
        "MergeFields | null" => json!(null),
        "ColumnField[]" => json!(["organization"]),
        "ColumnField[] | null" => json!(null),
        "EndorsementQuery" => json!({ "text": "x" }),
        "NewEndorsement" => json!({ "name": "Table check" }),
        "EndorsementStatus" => json!("confirmed"),
        "EndorsementPatch" => json!({}),
        "EndorsementKind" => json!("organization"),
        "IntakeOptions" => json!({}),
        "Audience" => json!({ "countries": ["PE"] }),
        "InvitationStatus | null" => json!(null),
        "InvitationStatus" => json!("reminded"),
        "Purpose" => json!("invitation"),
        "GroupBy" => json!("kind"),
        "ExportFormat" => json!("markdown"),
        "ExportOptions" => json!({ "groupBy": "kind", "paper": "a4", "archival": false }),
        "string | null" => json!(null),
        "Template" => json!({ "purpose": "invitation", "subject": "S", "body": "B" }),
        "Sender" => json!({ "name": "Ana", "organization": "Red" }),
        "Keep" => json!("kept"),
        t if t.starts_with("Channel<") => json!("__CHANNEL__:7"),
        other => panic!("add a sample value for argument type {other}"),
    };
    for command in COMMANDS.iter() {
        if command.name == "app_quit" || command.name == "backup_restore" {
            continue; // it would end the test process's app
        }
        let h = harness();
        let args: serde_json::Map<String, Value> = command
            .args
            .iter()
            .map(|(key, ty)| (key.clone(), sample(ty)))
            .collect();
        if let Err(err) = h.invoke(command.name, Value::Object(args)) {
            let text = err.to_string();
            assert!(
                err.get("code").is_some(),
                "{}: not a command error, so not registered or bad arguments: {text}",
                command.name
            );
        }
    }
}

#[test]
fn backups_from_the_settings_page() {
    let h = harness();
    h.ok(
        "statements_create",
        json!({ "statement": { "title": "Before the backup" } }),
    );
    let made = h.ok("backup_create", json!({}));
    assert_eq!(made["reason"], "manual");
    let name = made["fileName"].as_str().expect("file name").to_string();
    h.ok(
        "statements_create",
        json!({ "statement": { "title": "After the backup" } }),
    );

    let listed = h.ok("backup_list", json!({}));
    assert_eq!(listed.as_array().map(Vec::len), Some(1));

    let report = h.ok("backup_restore", json!({ "fileName": name }));
    assert_eq!(report["previousKeptAs"]["reason"], "before_restore");
    let titles: Vec<Value> = h
        .ok("statements_list", json!({}))
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["title"].clone())
        .collect();
    assert_eq!(titles, vec![json!("Before the backup")]);

    // Only names from the list: a path from the window never reaches the disk.
    for sneaky in ["../app.sqlite3", "/etc/passwd", "nope.sqlite3"] {
        let err = h
            .invoke("backup_restore", json!({ "fileName": sneaky }))
            .expect_err("refused");
        assert_eq!(err["code"], "not_found", "{sneaky}: {err}");
    }
}

#[test]
fn drafting_through_the_commands() {
    let h = harness();
    let made = h.ok(
        "statements_import_markdown",
        json!({ "text": "# Our call\n\nWe call on the government.\n", "fileName": "call.md" }),
    );
    let id = made["statement"]["id"].as_str().expect("id").to_string();
    h.ok(
        "statements_update",
        json!({ "id": id, "patch": { "body": "We call on all governments.\n" } }),
    );
    let saved = h.ok(
        "statements_save_revision",
        json!({ "id": id, "label": "sent to members", "pause": false }),
    );
    assert_eq!(saved["created"], true);
    assert_eq!(saved["revision"]["number"], 2);
    let history = h.ok("statements_revisions", json!({ "id": id }));
    assert_eq!(history[0]["label"], "sent to members");
    let diff = h.ok("statements_diff", json!({ "id": id, "from": 1, "to": 2 }));
    assert!(
        diff["parts"]
            .as_array()
            .is_some_and(|p| p.iter().any(|x| x["change"] == "added"))
    );
    let restored = h.ok(
        "statements_restore_revision",
        json!({ "id": id, "number": 1 }),
    );
    assert_eq!(restored["revision"]["kind"], "restore");
    let markdown = h.ok("statements_markdown", json!({ "id": id }));
    assert_eq!(markdown, "# Our call\n\nWe call on the government.\n");

    let missing = h
        .invoke("statements_revision", json!({ "id": id, "number": 42 }))
        .expect_err("no such revision");
    assert_eq!(missing["code"], "not_found");

    let open = h.ok(
        "statements_set_status",
        json!({ "id": id, "status": "open", "confirmed": false }),
    );
    assert_eq!(open["status"], "open");
    let translation = h.ok(
        "statements_translate",
        json!({ "id": id, "language": "es" }),
    );
    let tid = translation["id"].as_str().expect("id").to_string();
    let status = h.ok("statements_translation_status", json!({ "id": tid }));
    assert_eq!(status["originalChanged"], false);
    let docx = common::invoke_file(
        &h.webview,
        "statements_import_docx",
        vec![80, 75, 1, 2],
        "broken.docx",
    )
    .expect_err("not a docx");
    assert_eq!(docx["code"], "invalid");
    assert!(
        docx["message"]
            .as_str()
            .is_some_and(|m| m.contains("broken.docx"))
    );
}

/// A review made before a change is not applied over it: the window gets
/// `stale`, plans again, and the new review is what is added.
#[test]
fn a_review_made_stale_by_a_change_is_refused_then_planned_again() {
    let h = harness();
    let statement = h.ok(
        "statements_create",
        json!({ "statement": { "title": "Stop the deportations" } }),
    );
    let id = statement["id"].as_str().expect("id").to_string();
    let review = h.ok(
        "intake_paste",
        json!({
            "statementId": id,
            "text": "Kalayaan, United Kingdom\n",
            "kind": "organization",
            "options": {},
        }),
    );
    assert_eq!(review["plan"]["new"], 1);
    h.ok(
        "contacts_create_organization",
        json!({ "input": { "name": "Kalayaan", "country": "GB" } }),
    );
    let apply = json!({
        "statementId": id,
        "token": review["token"],
        "options": {},
        "onProgress": "__CHANNEL__:7",
    });
    let stale = h.invoke("intake_apply", apply.clone()).expect_err("stale");
    assert_eq!(stale["code"], "stale");
    let none = h.ok("endorsements_summary", json!({ "statementId": id }));
    assert_eq!(none["pending"], 0, "nothing was added");
    let again = h.ok(
        "intake_plan",
        json!({ "statementId": id, "token": review["token"], "mapping": null, "options": {} }),
    );
    assert_eq!(
        (again["plan"]["known"].clone(), again["plan"]["new"].clone()),
        (json!(1), json!(0))
    );
    let done = h.ok("intake_apply", apply);
    assert_eq!(
        (done["added"].clone(), done["contactsCreated"].clone()),
        (json!(1), json!(0))
    );
}

/// A pasted list through the commands: review first (nothing written), then
/// applied with progress, counted, confirmed and its invitation signed.
#[test]
fn a_pasted_list_is_reviewed_then_applied_and_counted() {
    let h = harness();
    let statement = h.ok(
        "statements_create",
        json!({ "statement": { "title": "Stop the deportations" } }),
    );
    let id = statement["id"].as_str().expect("id").to_string();
    let review = h.ok(
        "intake_paste",
        json!({
            "statementId": id,
            "text": "Kalayaan, United Kingdom\nRed Solidaria — Perú\nKalayaan, United Kingdom\n",
            "kind": "organization",
            "options": {},
        }),
    );
    assert_eq!(review["plan"]["new"], 2);
    assert_eq!(review["plan"]["duplicates"], 1);
    assert_eq!(review["plan"]["rows"][2]["outcome"]["type"], "duplicate");
    let before = h.ok("endorsements_summary", json!({ "statementId": id }));
    assert_eq!(before["pending"], 0, "a review writes nothing");

    let done = h.ok(
        "intake_apply",
        json!({
            "statementId": id,
            "token": review["token"],
            "options": { "confirm": false },
            "onProgress": "__CHANNEL__:7",
        }),
    );
    assert_eq!(done["added"], 2);
    let page = h.ok(
        "endorsements_list",
        json!({ "statementId": id, "query": { "status": "pending" } }),
    );
    assert_eq!(page["total"], 2);
    let kalayaan = page["items"][0]["organizationId"].clone();
    let invited = h.ok(
        "invitations_create",
        json!({ "statementId": id, "audience": { "contactIds": [kalayaan] } }),
    );
    assert_eq!(invited["added"], 1);
    let ids: Vec<Value> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|e| e["id"].clone())
        .collect();
    h.ok(
        "endorsements_set_status",
        json!({ "ids": ids, "status": "confirmed" }),
    );
    let summary = h.ok("endorsements_summary", json!({ "statementId": id }));
    assert_eq!(summary["organizations"], 2);
    assert_eq!(summary["countries"], 2);
    assert_eq!(summary["invitations"]["signed"], 1);

    // The token is spent: applying twice is refused, nothing doubles.
    let again = h
        .invoke(
            "intake_apply",
            json!({
                "statementId": id,
                "token": review["token"],
                "options": {},
                "onProgress": "__CHANNEL__:7",
            }),
        )
        .expect_err("spent");
    assert_eq!(again["code"], "not_found");
    let illegal = h
        .invoke(
            "endorsements_set_status",
            json!({ "ids": [ids[0]], "status": "rejected" }),
        )
        .expect_err("confirmed cannot be rejected");
    assert_eq!(illegal["code"], "invalid");
}

#[test]
fn a_panic_while_writing_is_reported_once_and_writing_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("app.sqlite3");
    let store = undersigned_core::Store::open(&path).expect("open");
    let database = Database::from_store(store);
    // A bug that panics halfway through a write, its transaction still open.
    let failed = tauri::async_runtime::block_on(database.write(
        |store| -> Result<(), undersigned_core::StoreError> {
            store
                .conn()
                .execute_batch("BEGIN IMMEDIATE; DELETE FROM settings;")?;
            statements_half_written(store);
            panic!("a bug in the middle of a write");
        },
    ))
    .expect_err("the panic is reported");
    assert_eq!(failed.code, undersigned_app::error::ErrorCode::Internal);

    let h = harness_with(database, dir);
    let made = h.ok(
        "statements_create",
        json!({ "statement": { "title": "After the panic" } }),
    );
    assert_eq!(made["title"], "After the panic");
    let titles: Vec<Value> = h
        .ok("statements_list", json!({}))
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["title"].clone())
        .collect();
    assert_eq!(
        titles,
        [json!("After the panic")],
        "the half-done write was rolled back"
    );
}

fn statements_half_written(store: &undersigned_core::Store) {
    undersigned_core::statements::create(
        store.conn(),
        &undersigned_core::statements::NewStatement {
            title: "Half written".into(),
            ..Default::default()
        },
    )
    .expect("inside the open transaction");
}

#[path = "../../crates/core/tests/hostile/spreadsheet_shapes.rs"]
mod shapes;

#[test]
fn reading_a_file_shows_formula_cells_without_a_value_before_importing() {
    let h = harness();
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><f>VLOOKUP(A2,Codes!A:B,2,0)</f></c></row>"#;
    let bytes = shapes::xlsx(
        rows,
        &["Organization", "Country", "Kallpa"],
        None,
        &[],
        "A1:B2",
    );
    for command in ["contacts_import_read", "intake_read"] {
        // "firmas ñ.xlsx", as encodeURIComponent writes it into the header.
        let preview =
            common::invoke_file(&h.webview, command, bytes.clone(), "firmas%20%C3%B1.xlsx")
                .unwrap_or_else(|err| panic!("{command}: {err}"));
        let warning = preview["warnings"][0].as_str().unwrap_or_default();
        assert!(
            warning.contains("firmas ñ.xlsx") && warning.contains("B2"),
            "{command}: {preview}"
        );
        // The old shape, bytes as a JSON array of numbers, is refused.
        let err = h
            .invoke(
                command,
                json!({ "bytes": bytes, "fileName": "sign-ons.xlsx" }),
            )
            .expect_err("JSON bytes");
        assert_eq!(err["code"], "invalid", "{command}: {err}");
    }
}

#[test]
fn a_file_is_checked_against_the_organizations_own_key_without_asking_for_it() {
    let h = harness();
    let file = h._dir.path().join("statement.txt");
    std::fs::write(&file, "We, the undersigned.\n").expect("write");
    let path = file.display().to_string();
    let check = json!({ "title": "The file to check", "keyTitle": null });

    h.answer(&[Some(&file)]);
    let err = h
        .invoke("verify_file", check.clone())
        .expect_err("no key yet");
    assert_eq!(err["code"], "invalid", "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or("")
            .contains("choose the public key"),
        "{err}"
    );

    h.ok(
        "keys_create",
        json!({ "passphrase": "a long passphrase", "label": "Migrant Forum in Asia" }),
    );
    let conn = rusqlite::Connection::open(h._dir.path().join("app.sqlite3")).expect("open");
    let (secret, _) = undersigned_core::export::signing::unlock_stored(&conn, "a long passphrase")
        .expect("unlock");
    let signature =
        undersigned_core::export::signing::sign(&secret, b"We, the undersigned.\n", "test")
            .expect("sign");
    std::fs::write(format!("{path}.minisig"), signature).expect("write signature");

    h.answer(&[Some(&file)]);
    let checked = h.ok("verify_file", check.clone());
    assert_eq!(checked["fileName"], "statement.txt", "{checked}");
    assert_eq!(checked["verdict"]["authentic"], true, "{checked}");

    // Against the public key saved from Settings, asked for in a second dialog.
    let public = h._dir.path().join("organization.pub");
    h.answer(&[Some(&public)]);
    let saved = h.ok("keys_save_public", json!({ "title": "Save public key" }));
    assert_eq!(saved, "organization.pub");
    h.answer(&[Some(&file), Some(&public)]);
    let checked = h.ok(
        "verify_file",
        json!({ "title": "The file to check", "keyTitle": "Its public key" }),
    );
    assert_eq!(checked["verdict"]["authentic"], true, "{checked}");

    std::fs::write(&file, "We, the undersigned!\n").expect("change a byte");
    h.answer(&[Some(&file)]);
    let checked = h.ok("verify_file", check.clone());
    assert_eq!(checked["verdict"]["authentic"], false, "{checked}");

    h.answer(&[None]);
    assert_eq!(h.ok("verify_file", check), Value::Null, "cancelled");
}

/// The export goes where the save dialog answered, whatever the page sends;
/// the page learns the file's name, and a cancelled dialog writes nothing.
#[test]
fn exports_and_messages_are_written_where_the_dialog_answered() {
    let h = harness();
    let statement = h.ok(
        "statements_create",
        json!({ "statement": { "title": "Stop the pushbacks" } }),
    );
    let id = statement["id"].as_str().expect("id").to_string();
    h.ok(
        "statements_translate",
        json!({ "id": id, "language": "fr" }),
    );
    let options = json!({ "groupBy": "kind", "paper": "a4", "archival": false });
    let chosen = h._dir.path().join("chosen.md");
    let elsewhere = h._dir.path().join("elsewhere.md");

    h.answer(&[None]);
    let args = json!({
        "statementId": id, "format": "markdown", "options": options,
        "passphrase": null, "title": "Save the statement",
        // Not an argument any more: a page that sends one is not listened to.
        "path": elsewhere.display().to_string(),
    });
    assert_eq!(h.ok("export_save", args.clone()), Value::Null);
    assert!(
        !chosen.exists() && !elsewhere.exists(),
        "cancelled: nothing written"
    );

    h.answer(&[Some(&chosen)]);
    let record = h.ok("export_save", args);
    assert_eq!(record["fileName"], "chosen.md", "{record}");
    assert!(
        std::fs::read_to_string(&chosen)
            .expect("written")
            .contains("Stop the pushbacks")
    );
    assert!(!elsewhere.exists(), "the page's path was not used");

    let folder = h._dir.path().join("Versions");
    std::fs::create_dir(&folder).expect("folder");
    h.answer(&[Some(&folder)]);
    let saved = h.ok(
        "export_all_languages",
        json!({
            "statementId": id, "format": "markdown", "options": options,
            "passphrase": null, "title": "Choose a folder", "onProgress": "__CHANNEL__:7",
        }),
    );
    assert_eq!(saved["folder"], "Versions", "{saved}");
    let files = saved["files"].as_array().expect("files");
    assert_eq!(files.len(), 2, "{saved}");
    for name in files {
        let name = name.as_str().expect("a name");
        assert!(!name.contains('/'), "a name, not a path: {name}");
        assert!(folder.join(name).exists(), "{name} written");
    }
}

#[test]
fn the_days_backup_waits_for_the_first_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = Database::open_at(Some(dir.path().join("app.sqlite3")));
    // As the app starts: the backup is put off, with a fallback long after.
    database.back_up_daily_after(std::time::Duration::from_secs(600));
    let h = harness_with(database, dir);
    let daily = |h: &Harness| {
        h.ok("backup_list", json!({}))
            .as_array()
            .expect("backups")
            .iter()
            .filter(|b| b["reason"] == "daily")
            .count()
    };
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(daily(&h), 0, "no backup while the window starts");
    h.ok("app_ready", json!({}));
    h.ok("app_ready", json!({}));
    let waited = std::time::Instant::now();
    while daily(&h) == 0 && waited.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(daily(&h), 1, "one backup once the first screen is up");
}
