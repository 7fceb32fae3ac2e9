//! Drafting: details, revisions, diffs, translations, duplicates and files.

use std::io::Write;

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::signons::{EndorsementKind, NewEndorsement};
use undersigned_core::statements::documents;
use undersigned_core::statements::drafting;
use undersigned_core::statements::revisions::{self, DiffChange, RevisionKind};
use undersigned_core::statements::{
    self, NewStatement, StatementError, StatementPatch, StatementStatus,
};

fn store() -> Store {
    Store::open_in_memory().expect("store")
}

fn started(store: &mut Store, title: &str, body: &str) -> String {
    let made = actions::statements::create(
        store,
        &NewStatement {
            title: title.into(),
            ..Default::default()
        },
    )
    .expect("create");
    set_body(store, &made.id, body);
    made.id
}

fn set_body(store: &mut Store, id: &str, body: &str) {
    actions::statements::update(
        store,
        id,
        &StatementPatch {
            body: Some(body.into()),
            ..Default::default()
        },
    )
    .expect("body");
}

const SAMPLE: &str = "# Stop the deportations\n\n**A joint statement of migrant organizations**\n\n*18 December 2026 – International Migrants Day*\n\nWe, the undersigned, call on the governments of the region to end “returns” that put lives at risk — now.\n\nنحن الموقعون أدناه نطالب بوقف الترحيل.\n\n我们，以下签名的组织，呼吁停止驱逐。\n\n- Protect workers\n- Respect the right to organize\n";

#[test]
fn details_are_checked_and_kept() {
    let mut s = store();
    let id = started(&mut s, "Details", "");
    let patch = StatementPatch {
        occasion: Some("International Migrants Day".into()),
        issued_by: Some("Migrant Forum in Asia\r\n\r\n  Mission for Migrant Workers  ".into()),
        statement_date: Some("2026-12-18".into()),
        place: Some("Hong Kong".into()),
        deadline: Some("2026-12-15".into()),
        signatory_goal: Some(500),
        language: Some("en-gb".into()),
        ..Default::default()
    };
    let got = actions::statements::update(&mut s, &id, &patch).expect("update");
    assert_eq!(
        got.issued_by,
        "Migrant Forum in Asia\nMission for Migrant Workers"
    );
    assert_eq!(got.language, "en-GB");
    assert_eq!(
        (got.statement_date.as_deref(), got.signatory_goal),
        (Some("2026-12-18"), Some(500))
    );

    for bad in ["18/12/2026", "2026-02-30", "2026-13-01", "soon"] {
        let err = actions::statements::update(
            &mut s,
            &id,
            &StatementPatch {
                deadline: Some(bad.into()),
                ..Default::default()
            },
        )
        .expect_err("not a date");
        assert!(
            matches!(err, StatementError::BadDate { .. }),
            "{bad}: {err:?}"
        );
    }
    let cleared = actions::statements::update(
        &mut s,
        &id,
        &StatementPatch {
            deadline: Some(String::new()),
            signatory_goal: Some(0),
            ..Default::default()
        },
    )
    .expect("clear");
    assert_eq!((cleared.deadline, cleared.signatory_goal), (None, None));
    let err = actions::statements::update(
        &mut s,
        &id,
        &StatementPatch {
            body: Some("Text with a bell\u{7}".into()),
            ..Default::default()
        },
    )
    .expect_err("control character in the text");
    assert!(err.to_string().contains("U+0007"), "{err}");
}

#[test]
fn revisions_are_numbered_and_an_unchanged_text_is_not_saved_twice() {
    let mut s = store();
    let id = started(&mut s, "Draft", "First words.");
    let one = actions::drafting::save_revision(&mut s, &id, "first draft", RevisionKind::Explicit)
        .expect("save");
    assert!(one.created);
    assert_eq!(one.revision.number, 1);
    let again =
        actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Pause).expect("save");
    assert!(!again.created, "nothing changed, nothing new");
    assert_eq!(again.revision.id, one.revision.id);

    set_body(&mut s, &id, "First words, and more.");
    let two = actions::drafting::save_revision(
        &mut s,
        &id,
        "sent to members for comment",
        RevisionKind::Explicit,
    )
    .expect("save");
    assert_eq!(two.revision.number, 2);
    let listed = revisions::list(s.conn(), &id).expect("list");
    let numbers: Vec<u32> = listed.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [2, 1], "newest first");
    assert_eq!(listed[0].label, "sent to members for comment");
    assert_eq!(
        listed[0].words_changed, 4,
        "“words.” out; “words,” “and” “more.” in"
    );
    assert_eq!(
        revisions::get(s.conn(), &id, 1).expect("get").body,
        "First words."
    );
    assert!(matches!(
        revisions::get(s.conn(), &id, 9),
        Err(StatementError::NoRevision {
            number: 9,
            count: 2
        })
    ));
}

#[test]
fn restoring_a_version_adds_a_revision_and_overwrites_nothing() {
    let mut s = store();
    let id = started(&mut s, "Draft", "The original wording.");
    actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Explicit).expect("save");
    set_body(&mut s, &id, "A rewrite nobody liked.");
    actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Explicit).expect("save");

    let back = actions::drafting::restore_revision(&mut s, &id, 1).expect("restore");
    assert_eq!(back.revision.number, 3);
    assert_eq!(back.revision.kind, RevisionKind::Restore);
    assert_eq!(back.revision.label, "Restored version 1");
    assert_eq!(
        statements::get(s.conn(), &id).expect("get").body,
        "The original wording."
    );
    assert_eq!(
        revisions::get(s.conn(), &id, 2).expect("kept").body,
        "A rewrite nobody liked."
    );
    let first = revisions::get(s.conn(), &id, 1).expect("first");
    assert_eq!(
        back.revision.content_hash, first.content_hash,
        "the same text, the same hash"
    );
}

#[test]
fn restoring_keeps_text_typed_since_the_last_version() {
    let mut s = store();
    let id = started(&mut s, "Draft", "Saved wording.");
    actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Explicit).expect("save");
    // Typed and autosaved, but not yet a version.
    set_body(&mut s, &id, "Saved wording. Unsaved words.");

    let back = actions::drafting::restore_revision(&mut s, &id, 1).expect("restore");
    assert_eq!(back.revision.number, 3);
    let kept = revisions::get(s.conn(), &id, 2).expect("the typed text became version 2");
    assert_eq!(kept.body, "Saved wording. Unsaved words.");
    assert_eq!(kept.label, "Before restoring version 1");
    assert_eq!(
        statements::get(s.conn(), &id).expect("get").body,
        "Saved wording."
    );
}

#[test]
fn two_versions_compare_word_by_word() {
    let mut s = store();
    let id = started(&mut s, "Call", "We call on the government to act.");
    actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Explicit).expect("save");
    set_body(&mut s, &id, "We call on all governments to act.");
    actions::drafting::save_revision(&mut s, &id, "", RevisionKind::Explicit).expect("save");
    let report = revisions::diff(s.conn(), &id, 1, 2).expect("diff");
    let removed: Vec<&str> = report
        .parts
        .iter()
        .filter(|p| p.change == DiffChange::Removed)
        .map(|p| p.text.as_str())
        .collect();
    let added: Vec<&str> = report
        .parts
        .iter()
        .filter(|p| p.change == DiffChange::Added)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(removed, ["the", "government"]);
    assert_eq!(added, ["all", "governments"]);
    let rejoined: String = report
        .parts
        .iter()
        .filter(|p| p.change != DiffChange::Removed)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(rejoined, "# Call\n\nWe call on all governments to act.");
}

#[test]
fn a_translation_knows_when_its_original_moved_on() {
    let mut s = store();
    let original = started(
        &mut s,
        "Stop the deportations",
        "We call for an end to deportations.",
    );
    let translation = actions::drafting::translate(&mut s, &original, "fr").expect("translate");
    assert_eq!(
        translation.translation_of.as_deref(),
        Some(original.as_str())
    );
    assert_eq!(translation.language, "fr");
    let status = drafting::translation_status(s.conn(), &translation.id).expect("status");
    assert!(!status.original_changed);
    assert_eq!(status.up_to_date_with, Some(1));

    set_body(
        &mut s,
        &original,
        "We call for an immediate end to deportations.",
    );
    let status = drafting::translation_status(s.conn(), &translation.id).expect("status");
    assert!(status.original_changed, "the original's text changed since");
    let added: String = status
        .changes
        .expect("what changed")
        .parts
        .iter()
        .filter(|p| p.change == DiffChange::Added)
        .map(|p| p.text.clone())
        .collect();
    assert_eq!(added.trim(), "immediate");

    let marked =
        actions::drafting::mark_translation_current(&mut s, &translation.id).expect("mark");
    assert!(!marked.original_changed);
    assert_eq!(marked.up_to_date_with, Some(2));
    assert!(matches!(
        drafting::translation_status(s.conn(), &original),
        Err(StatementError::NotATranslation { .. })
    ));
    assert!(actions::drafting::translate(&mut s, &original, "French").is_err());
}

#[test]
fn status_changes_record_the_text_and_going_back_to_draft_asks_when_signed() {
    let mut s = store();
    let id = started(&mut s, "Open me", "Sign here.");
    let open =
        actions::drafting::set_status(&mut s, &id, StatementStatus::Open, false).expect("open");
    assert_eq!(open.status, StatementStatus::Open);
    let opened_with = open.open_revision_id.expect("the text put out for sign-on");
    assert_eq!(
        revisions::latest(s.conn(), &id)
            .expect("latest")
            .map(|r| r.id),
        Some(opened_with)
    );

    let endorsement = NewEndorsement {
        kind: Some(EndorsementKind::Organization),
        name: "MFMW".into(),
        ..Default::default()
    };
    actions::signons::add(&mut s, &id, &endorsement).expect("an endorsement");
    let err = actions::drafting::set_status(&mut s, &id, StatementStatus::Draft, false)
        .expect_err("asks");
    assert!(
        matches!(err, StatementError::NeedsConfirmation { count: 1 }),
        "{err:?}"
    );
    assert_eq!(
        statements::get(s.conn(), &id).expect("get").status,
        StatementStatus::Open
    );
    let back = actions::drafting::set_status(&mut s, &id, StatementStatus::Draft, true)
        .expect("confirmed");
    assert_eq!(back.status, StatementStatus::Draft);

    let published = actions::drafting::set_status(&mut s, &id, StatementStatus::Published, false)
        .expect("publish");
    assert!(published.published_revision_id.is_some());
    assert!(StatementStatus::parse("archived").is_none());
}

#[test]
fn a_duplicate_is_a_new_draft_with_the_text_and_no_endorsements() {
    let mut s = store();
    let id = started(&mut s, "Migrants Day 2026", "The text.");
    actions::statements::update(
        &mut s,
        &id,
        &StatementPatch {
            occasion: Some("International Migrants Day".into()),
            ..Default::default()
        },
    )
    .expect("details");
    actions::drafting::set_status(&mut s, &id, StatementStatus::Open, false).expect("open");
    let copy = actions::drafting::duplicate(&mut s, &id).expect("duplicate");
    assert_ne!(copy.id, id);
    assert_eq!(copy.title, "Migrants Day 2026 (copy)");
    assert_eq!(
        (copy.body.as_str(), copy.occasion.as_str()),
        ("The text.", "International Migrants Day")
    );
    assert_eq!(copy.status, StatementStatus::Draft);
    assert_eq!(copy.open_revision_id, None);
    assert_eq!(
        revisions::list(s.conn(), &copy.id).expect("history").len(),
        1
    );
}

#[test]
fn markdown_round_trips_byte_for_byte() {
    let mut s = store();
    let made = actions::drafting::import_markdown(&mut s, SAMPLE, "sample.md")
        .expect("import")
        .statement;
    assert_eq!(made.title, "Stop the deportations");
    assert_eq!(documents::to_markdown(&made), SAMPLE);
    let history = revisions::list(s.conn(), &made.id).expect("history");
    assert_eq!(history[0].kind, RevisionKind::Import);

    let err = actions::drafting::import_markdown(&mut s, "no heading at all\n", "notes.md")
        .expect_err("no title");
    assert!(err.to_string().contains("notes.md has no heading"), "{err}");
}

/// A page kept for a static site: front matter, a date line under the
/// title, raw HTML and template code around the text.
const WEB_PAGE: &str = "---\ntitle: \"Open letter on migrant workers' rights\"\ndate: 2024-04-21\nlang: en\n---\n\n# Open letter on migrant workers' rights\n\n**To the ministers of labour**\nGeneva, 1 May 2024\n\n<div class=\"letter\">\nWe, the undersigned, call for <em>equal</em> rights.\n</div>\n\n{% include signatories.html %}\n";

#[test]
fn a_web_page_gives_its_details_and_only_its_text() {
    let mut s = store();
    let made = actions::drafting::import_markdown(&mut s, WEB_PAGE, "letter.md").expect("import");
    let st = &made.statement;
    assert_eq!(st.title, "Open letter on migrant workers' rights");
    assert_eq!(st.subtitle, "To the ministers of labour");
    // The front matter's date is the statement's; the date line's place fills the place.
    assert_eq!(st.statement_date.as_deref(), Some("2024-04-21"));
    assert_eq!(st.place, "Geneva");
    assert_eq!(st.language, "en");
    assert_eq!(st.body, "We, the undersigned, call for equal rights.\n\n");
    for printed in [&st.body, &st.title, &st.subtitle] {
        for leaked in ["---", "title:", "<div", "{%", "signatories.html"] {
            assert!(!printed.contains(leaked), "{leaked:?} in {printed:?}");
        }
    }
    assert_eq!(
        made.warnings,
        vec![
            "the front matter (lines 1–5) was read into the details and left out of the text",
            "raw HTML was left out (lines 12–14)",
            "template code was left out (line 16)",
        ]
    );
}

/// A minimal .docx, written here: a Title, a heading, a paragraph with bold
/// and italic runs, and a two-item list.
fn sample_docx() -> Vec<u8> {
    let document = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Decent work for domestic workers</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">We, the </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>undersigned</w:t></w:r><w:r><w:t xml:space="preserve"> organizations, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>call</w:t></w:r><w:r><w:t xml:space="preserve"> for R&amp;D — and rights.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Our demands</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Ratify C189</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>End live-in rules</w:t></w:r></w:p>
</w:body></w:document>"#;
    let mut bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", options)
            .expect("entry");
        zip.write_all(b"<Types/>").expect("write");
        zip.start_file("word/document.xml", options).expect("entry");
        zip.write_all(document.as_bytes()).expect("write");
        zip.finish().expect("finish");
    }
    bytes
}

#[test]
fn a_word_document_becomes_a_statement() {
    let mut s = store();
    let made = actions::drafting::import_docx(&mut s, &sample_docx(), "appeal.docx")
        .expect("import")
        .statement;
    assert_eq!(made.title, "Decent work for domestic workers");
    assert_eq!(
        made.body,
        "We, the **undersigned** organizations, *call* for R&D — and rights.\n\n## Our demands\n\n- Ratify C189\n- End live-in rules\n"
    );
    for (bytes, why) in [
        (b"plain text, not a package".to_vec(), "not a .docx package"),
        (Vec::new(), "not a .docx package"),
    ] {
        let err = actions::drafting::import_docx(&mut s, &bytes, "bad.docx").expect_err("refused");
        assert!(err.to_string().contains(why), "{err}");
    }
    assert_eq!(
        statements::list(s.conn()).expect("list").len(),
        1,
        "nothing half-imported"
    );
}
