//! Exports read back: every format holds the text and exactly the
//! signatories that may be printed, escaped, in the language's order.

use std::path::Path;

use sha2::Digest;
use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::actions::export::Signing;
use undersigned_core::export::signing;
use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy, Paper, Signer};
use undersigned_core::signons::{
    EndorsementKind, EndorsementStatus as S, NewEndorsement, Visibility,
};
use undersigned_core::statements::{NewStatement, StatementPatch};

use crate::temp_db;

const BODY: &str = "We call on the governments to end “returns” – now.\n\n\
<script>alert('x')</script>\n\n\
- first demand\n- second demand\n";

fn seeded(store: &mut Store, language: &str) -> String {
    let id = actions::statements::create(
        store,
        &NewStatement {
            title: "Stop the deportations".into(),
            language: Some(language.into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    actions::statements::update(
        store,
        &id,
        &StatementPatch {
            body: Some(BODY.into()),
            ..Default::default()
        },
    )
    .unwrap();
    let mut add = |name: &str,
                   country: &str,
                   kind: EndorsementKind,
                   affiliation: &str,
                   visibility: Option<Visibility>,
                   status: S| {
        actions::signons::add(
            store,
            &id,
            &NewEndorsement {
                kind: Some(kind),
                name: name.into(),
                affiliation: affiliation.into(),
                country: country.into(),
                visibility,
                status: Some(status),
                ..Default::default()
            },
        )
        .unwrap();
    };
    let org = EndorsementKind::Organization;
    let person = EndorsementKind::Individual;
    add("Zeta Collective", "GB", org, "", None, S::Confirmed);
    add("Ñandú Red", "ES", org, "", None, S::Confirmed);
    add("Árbol de la Vida", "ES", org, "", None, S::Confirmed);
    add(
        "<img src=x onerror=alert(1)>",
        "FR",
        org,
        "",
        None,
        S::Confirmed,
    );
    add("=cmd|' /C calc'!A0", "FR", org, "", None, S::Confirmed);
    add(
        "Fatima Secret",
        "ES",
        person,
        "Sindicato Doméstico",
        None,
        S::Confirmed,
    );
    add("Nobody Named", "FR", person, "", None, S::Confirmed);
    add(
        "Ana Public",
        "PE",
        person,
        "Researcher",
        Some(Visibility::Public),
        S::Confirmed,
    );
    add("Still Pending Org", "FR", org, "", None, S::Pending);
    id
}

/// A confirmed sign-on by an organization.
pub(crate) fn confirmed_org(store: &mut Store, statement: &str, name: &str) {
    actions::signons::add(
        store,
        statement,
        &NewEndorsement {
            kind: Some(EndorsementKind::Organization),
            name: name.into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    )
    .unwrap();
}

fn names_in_order(text: &str, names: &[&str]) -> Vec<usize> {
    names
        .iter()
        .map(|n| text.find(n).unwrap_or_else(|| panic!("{n} missing")))
        .collect()
}

#[test]
fn every_format_prints_the_text_and_only_what_may_be_printed() {
    let mut store = Store::open_in_memory().unwrap();
    let st = seeded(&mut store, "en");
    let doc = export::document(store.conn(), &st, GroupBy::Kind).unwrap();
    assert_eq!(
        doc.count_line,
        "Signed by 5 organizations and 3 individuals from 4 countries"
    );
    assert_eq!(doc.signatory_count, 8);

    let html = export::html(&doc, GroupBy::Kind, false);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script, not even the one in the text"
    );
    assert!(
        html.contains("&lt;script&gt;"),
        "the text's markup shows as text"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains("<img"));
    assert!(
        html.contains("“returns” – now"),
        "curly quotes and the en dash intact"
    );
    assert!(html.contains("default-src 'none'"), "nothing is fetched");
    assert!(
        !html.contains("://") && !html.contains("<link"),
        "no external resource"
    );
    let fragment = export::html(&doc, GroupBy::Kind, true);
    assert!(fragment.starts_with("<article lang=\"en\" dir=\"ltr\">"));

    let markdown = export::markdown(&doc, GroupBy::Kind);
    let text = export::text(&doc, GroupBy::Kind);
    let csv = String::from_utf8(export::csv(&doc)).unwrap();
    for (format, out) in [
        ("html", &html),
        ("md", &markdown),
        ("txt", &text),
        ("csv", &csv),
    ] {
        assert!(
            !out.contains("Nobody Named"),
            "{format}: counted_only is never printed"
        );
        assert!(
            !out.contains("Fatima"),
            "{format}: organization_only hides the person"
        );
        assert!(
            out.contains("Sindicato Doméstico"),
            "{format}: their organization is printed"
        );
        assert!(
            !out.contains("Still Pending"),
            "{format}: only confirmed sign-ons"
        );
        assert!(out.contains("Ana Public"), "{format}");
    }
    // Organizations first, each group in the order the language sorts.
    let order = names_in_order(
        &text,
        &[
            "Árbol de la Vida",
            "Ñandú Red",
            "Zeta Collective",
            "Ana Public",
        ],
    );
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 72), "{text}");
    assert!(text.contains("“returns” – now"));
    assert!(!text.contains("**"));
    assert!(
        markdown.contains("\\<img src=x onerror=alert\\(1\\)\\>"),
        "{markdown}"
    );
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("'=cmd"), "{csv}");
}

#[test]
fn a_spanish_statement_groups_by_country_in_spanish() {
    let mut store = Store::open_in_memory().unwrap();
    let st = seeded(&mut store, "es");
    let doc = export::document(store.conn(), &st, GroupBy::Country).unwrap();
    assert_eq!(
        doc.count_line,
        "Firmado por 5 organizaciones y 3 personas de 4 países"
    );
    let headings: Vec<&str> = doc.groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(headings, ["España", "Francia", "Perú", "Reino Unido"]);
    let arabic = seeded(&mut store, "ar");
    let doc = export::document(store.conn(), &arabic, GroupBy::None).unwrap();
    assert_eq!(doc.direction, "rtl");
    assert!(export::html(&doc, GroupBy::None, false).contains("<html lang=\"ar\" dir=\"rtl\">"));
}

/// A statement in `language` confirmed-signed by these organizations.
fn signed_by_organizations(store: &mut Store, language: &str, names: &[&str]) -> String {
    let id = actions::statements::create(
        store,
        &NewStatement {
            title: "Stop the deportations".into(),
            language: Some(language.into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    for name in names {
        actions::signons::add(
            store,
            &id,
            &NewEndorsement {
                kind: Some(EndorsementKind::Organization),
                name: (*name).into(),
                status: Some(S::Confirmed),
                ..Default::default()
            },
        )
        .unwrap();
    }
    id
}

#[test]
fn each_language_prints_names_in_its_own_order() {
    let mut store = Store::open_in_memory().unwrap();
    let names = [
        "Oasis Migrante",
        "Ñandú Colectivo",
        "Nube Solidaria",
        "Ålands Fredsinstitut",
    ];
    let mut order_in = |language: &str| -> Vec<String> {
        let id = signed_by_organizations(&mut store, language, &names);
        let doc = export::document(store.conn(), &id, GroupBy::None).unwrap();
        doc.groups[0]
            .signatories
            .iter()
            .map(|s| s.name.clone())
            .collect()
    };
    // Spanish sorts "ñ" after "n"; Swedish "å" after "z"; English neither.
    assert_eq!(
        order_in("es"),
        [
            "Ålands Fredsinstitut",
            "Nube Solidaria",
            "Ñandú Colectivo",
            "Oasis Migrante"
        ]
    );
    assert_eq!(
        order_in("sv"),
        [
            "Ñandú Colectivo",
            "Nube Solidaria",
            "Oasis Migrante",
            "Ålands Fredsinstitut"
        ]
    );
    assert_eq!(
        order_in("en"),
        [
            "Ålands Fredsinstitut",
            "Ñandú Colectivo",
            "Nube Solidaria",
            "Oasis Migrante"
        ]
    );
}

#[test]
fn the_window_lists_signatories_in_the_order_the_export_prints_them() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let id = signed_by_organizations(
        &mut store,
        "es",
        &[
            "Oasis Migrante",
            "Ñandú Colectivo",
            "Nube Solidaria",
            "Ålands Fredsinstitut",
            "ecología viva",
            "Éxodo",
        ],
    );
    let listed = |store: &Store| -> Vec<String> {
        undersigned_core::signons::list(store.conn(), &id, &Default::default())
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    let printed = |store: &Store| -> Vec<String> {
        let doc = export::document(store.conn(), &id, GroupBy::None).unwrap();
        doc.groups[0]
            .signatories
            .iter()
            .map(|s| s.name.clone())
            .collect()
    };
    let spanish = [
        "Ålands Fredsinstitut",
        "ecología viva",
        "Éxodo",
        "Nube Solidaria",
        "Ñandú Colectivo",
        "Oasis Migrante",
    ];
    assert_eq!(listed(&store), spanish);
    assert_eq!(printed(&store), spanish);

    // The statement's language changed: the list takes the new order.
    actions::statements::update(
        &mut store,
        &id,
        &StatementPatch {
            language: Some("sv".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let swedish = [
        "ecología viva",
        "Éxodo",
        "Ñandú Colectivo",
        "Nube Solidaria",
        "Oasis Migrante",
        "Ålands Fredsinstitut",
    ];
    assert_eq!(listed(&store), swedish);
    assert_eq!(printed(&store), swedish);

    // Keys another collation version wrote are written again on opening.
    store
        .conn()
        .execute_batch(
            "UPDATE endorsements SET order_key = x'';
             UPDATE local_state SET value = 'an older collator' WHERE key = 'order_keys';",
        )
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(listed(&store), swedish);
}

#[test]
fn translations_print_countries_and_the_count_line_in_their_own_language() {
    let mut store = Store::open_in_memory().unwrap();
    let original = seeded(&mut store, "en");
    // France, as CLDR writes it in each language, and the count line (five
    // organizations and three individuals from four countries) in its words.
    for (language, france, count_line) in [
        ("ar", "فرنسا", "وقّع على البيان 5 منظمات و3 أفراد من 4 دول"),
        ("zh-Hans", "法国", "由来自4个国家的5个组织和3名个人联署"),
        ("ja", "フランス", "4か国の5団体、個人3名が署名"),
        ("ko", "프랑스", "4개국의 5개 단체 및 개인 3명 서명"),
        ("hi", "फ़्रांस", "4 देशों के 5 संगठनों और 3 व्यक्तियों द्वारा हस्ताक्षरित"),
        (
            "ru",
            "Франция",
            "Подписали: 5 организаций и 3 человека из 4 стран",
        ),
        (
            "tr",
            "Fransa",
            "4 ülkeden 5 kuruluş ve 3 kişi tarafından imzalanmıştır",
        ),
        (
            "vi",
            "Pháp",
            "5 tổ chức và 3 cá nhân từ 4 quốc gia đã ký tên",
        ),
        ("th", "ฝรั่งเศส", "ลงนามโดย 5 องค์กรและบุคคล 3 คน จาก 4 ประเทศ"),
        (
            "id",
            "Prancis",
            "Ditandatangani oleh 5 organisasi dan 3 individu dari 4 negara",
        ),
        (
            "sw",
            "Ufaransa",
            "Imetiwa saini na mashirika 5 na watu binafsi 3 kutoka nchi 4",
        ),
        (
            "pl",
            "Francja",
            "Podpisane przez 5 organizacji i 3 osoby z 4 krajów",
        ),
        (
            "nl",
            "Frankrijk",
            "Ondertekend door 5 organisaties en 3 personen uit 4 landen",
        ),
        (
            "de",
            "Frankreich",
            "Unterzeichnet von 5 Organisationen und 3 Einzelpersonen aus 4 Ländern",
        ),
        (
            "es",
            "Francia",
            "Firmado por 5 organizaciones y 3 personas de 4 países",
        ),
    ] {
        let translation = actions::drafting::translate(&mut store, &original, language)
            .unwrap()
            .id;
        let doc = export::document(store.conn(), &translation, GroupBy::Country).unwrap();
        let headings: Vec<&str> = doc.groups.iter().map(|g| g.heading.as_str()).collect();
        assert_eq!(headings.len(), 4, "{language}: {headings:?}");
        assert!(headings.contains(&france), "{language}: {headings:?}");
        for code in ["ES", "PE", "GB"] {
            let name = undersigned_core::countries::name(code, language).unwrap();
            assert!(
                headings.contains(&name.as_str()),
                "{language}: {name} in {headings:?}"
            );
        }
        assert!(
            !headings.contains(&"United Kingdom"),
            "{language}: {headings:?}"
        );
        let text = export::text(&doc, GroupBy::Country);
        assert!(text.contains(france), "{language}");
        assert_eq!(doc.count_line, count_line, "{language}");
        assert!(text.contains(count_line), "{language}: {text}");
        let html = export::html(&doc, GroupBy::Country, false);
        assert!(html.contains(count_line), "{language}");
    }
    // A language CLDR has no names in prints them in English.
    let other = actions::drafting::translate(&mut store, &original, "qaa")
        .unwrap()
        .id;
    let doc = export::document(store.conn(), &other, GroupBy::Country).unwrap();
    let headings: Vec<&str> = doc.groups.iter().map(|g| g.heading.as_str()).collect();
    assert!(
        headings.contains(&"France") && headings.contains(&"United Kingdom"),
        "{headings:?}"
    );
    assert_eq!(
        doc.count_line,
        "Signed by 5 organizations and 3 individuals from 4 countries"
    );
}

#[test]
fn a_signed_export_verifies_and_is_logged() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = seeded(&mut store, "en");
    let keys = signing::generate("a long passphrase", "Coalition").unwrap();
    let sk = signing::secret_key(&keys.secret, "k.key", "a long passphrase").unwrap();
    let out = dir.path().join("statement.html");
    let record = actions::export::save(
        &mut store,
        &st,
        ExportFormat::Html,
        &ExportOptions::default(),
        &out,
        Signing::With(Signer {
            key: &sk,
            signer: "Coalition for Migrants",
        }),
    )
    .unwrap();
    let bytes = std::fs::read(&out).unwrap();
    let sha: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(record.sha256, sha);
    assert_eq!(record.format, "html");
    assert_eq!(record.file_name, "statement.html");
    assert_eq!(record.signatory_count, 8);
    assert_eq!(record.signed_key_id.as_deref(), Some(keys.key_id.as_str()));
    assert_eq!(record.revision_number, Some(1));
    let signature = std::fs::read_to_string(dir.path().join("statement.html.minisig")).unwrap();
    let pk = signing::public_key(&keys.public, "k.pub").unwrap();
    let verdict = signing::verify(&bytes, &signature, "statement.html.minisig", &pk).unwrap();
    assert!(verdict.authentic, "{}", verdict.message);
    assert!(
        verdict
            .signed_by
            .unwrap()
            .starts_with("Coalition for Migrants — Stop the deportations")
    );
    let listed = export::list(store.conn(), &st).unwrap();
    assert_eq!(listed, vec![record]);
}

#[test]
fn the_stored_key_is_made_once_and_unlocked_by_its_passphrase() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(signing::stored(store.conn()).unwrap().is_none());
    let made = actions::export::create_key(&mut store, "a long passphrase", "Coalition").unwrap();
    assert_eq!(signing::stored(store.conn()).unwrap(), Some(made.clone()));
    let secret: String = store
        .conn()
        .query_row(
            "SELECT value FROM settings WHERE key = 'signing.secret_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!secret.contains("a long passphrase"));
    assert!(
        actions::export::create_key(&mut store, "another passphrase", "X").is_err(),
        "one key per database"
    );
    assert!(matches!(
        signing::unlock_stored(store.conn(), "wrong one!"),
        Err(signing::SigningError::WrongPassphrase)
    ));
    let (key, info) = signing::unlock_stored(store.conn(), "a long passphrase").unwrap();
    assert_eq!(signing::secret_key_id(&key), info.key_id);
}

/// Saves the statement as an unsigned PDF, as the window saves it.
pub(crate) fn save_pdf(store: &mut Store, st: &str, options: &ExportOptions, out: &Path) {
    let pdf = ExportFormat::Pdf;
    actions::export::save(store, st, pdf, options, out, Signing::Unsigned).unwrap();
}

/// Runs a poppler tool (installed by `make test`) on a file and returns
/// what it prints.
pub(crate) fn poppler(tool: &str, args: &[&str], file: &std::path::Path) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(file)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian's poppler-utils) could not run: {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_pdf_reads_back_with_the_text_and_the_signatories_in_order() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = seeded(&mut store, "en");
    let out = dir.path().join("statement.pdf");
    let record = actions::export::save(
        &mut store,
        &st,
        ExportFormat::Pdf,
        &ExportOptions::default(),
        &out,
        Signing::Unsigned,
    )
    .unwrap();
    assert_eq!(record.format, "pdf");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = one_line(&poppler("pdftotext", &["-enc", "UTF-8"], &out));
    assert!(text.contains("Stop the deportations"), "{text}");
    assert!(
        text.contains("We call on the governments to end “returns” – now."),
        "curly quotes and the en dash intact: {text}"
    );
    assert!(
        text.contains("<script>alert('x')</script>"),
        "markup printed as text: {text}"
    );
    assert!(text.contains("first demand") && text.contains("second demand"));
    assert!(text.contains("Signed by 5 organizations and 3 individuals from 4 countries"));
    let order = names_in_order(
        &text,
        &[
            "ORGANIZATIONS",
            "<img src=x onerror=alert(1)>",
            "Árbol de la Vida",
            "Ñandú Red",
            "Zeta Collective",
            "INDIVIDUALS",
            "Ana Public, Researcher",
        ],
    );
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(
        !text.contains("Nobody Named"),
        "counted_only is never printed"
    );
    assert!(
        !text.contains("Fatima"),
        "organization_only hides the person"
    );
    assert!(text.contains("Sindicato Doméstico"));
    assert!(!text.contains("Still Pending"));
    assert!(
        text.replace(' ', "").ends_with("1/1"),
        "page numbers: {text}"
    );

    let fonts = poppler("pdffonts", &[], &out);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        // name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        let emb = cols[cols.len() - 5];
        assert_eq!(emb, "yes", "every font embedded: {fonts}");
    }
}

#[test]
fn every_script_prints_with_real_glyphs_on_letter_paper_and_as_pdf_a() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Declaración conjunta".into(),
            language: Some("es".into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let names = [
        "Asociación Ñandú de Mujeres",
        "جمعية حقوق المهاجرين",
        "עמותת זכויות אדם",
        "移民权利联盟",
        "日本移民ネットワーク",
        "이주민 인권 연대",
        "भारतीय प्रवासी मंच",
        "มูลนิธิเพื่อสิทธิแรงงาน",
        "Hội Quyền Người Di Cư Việt Nam",
    ];
    for name in names {
        confirmed_org(&mut store, &st, name);
    }
    let out = dir.path().join("declaracion.pdf");
    let options = ExportOptions {
        group_by: GroupBy::None,
        paper: Paper::Letter,
        archival: true,
    };
    save_pdf(&mut store, &st, &options, &out);
    let text = poppler("pdftotext", &["-enc", "UTF-8"], &out);
    assert!(text.contains("Firmado por 9 organizaciones"), "{text}");
    // Scripts whose letters extract one by one read back whole.
    for name in [names[0], names[3], names[4], names[5], names[8]] {
        assert!(one_line(&text).contains(name), "{name} missing from {text}");
    }
    let fonts = poppler("pdffonts", &[], &out);
    for family in ["NotoSerif", "Arabic", "Hebrew", "CJK", "Devanagari", "Thai"] {
        assert!(fonts.contains(family), "no {family} font in {fonts}");
    }
    let info = poppler("pdfinfo", &[], &out);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
    let raw = std::fs::read(&out).unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(
        raw.contains("pdfaid:part") && raw.contains("pdfaid:conformance"),
        "PDF/A metadata"
    );
    // No glyph is the empty box: every character was drawable, so the
    // embedded subsets' glyph counts are all real.
}

#[test]
fn a_name_no_font_can_print_is_refused_and_named() {
    let mut store = Store::open_in_memory().unwrap();
    let st = seeded(&mut store, "en");
    confirmed_org(&mut store, &st, "Collectif \u{0378}bis");
    let doc = export::document(store.conn(), &st, GroupBy::Kind).unwrap();
    let err = export::render(&doc, ExportFormat::Pdf, &ExportOptions::default()).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("U+0378"), "{message}");
    assert!(message.contains("the signatory “Collectif"), "{message}");
    // HTML, which the reader's device draws, is still written.
    assert!(export::render(&doc, ExportFormat::Html, &ExportOptions::default()).is_ok());
}

#[test]
fn a_docx_reads_back_with_styles_lists_and_every_signatory() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = seeded(&mut store, "en");
    actions::statements::update(
        &mut store,
        &st,
        &StatementPatch {
            body: Some(format!(
                "## Our demands\n\nWe *insist*, **firmly**.\n\n{BODY}"
            )),
            ..Default::default()
        },
    )
    .unwrap();
    let out = dir.path().join("statement.docx");
    let record = actions::export::save(
        &mut store,
        &st,
        ExportFormat::Docx,
        &ExportOptions::default(),
        &out,
        Signing::Unsigned,
    )
    .unwrap();
    assert_eq!(record.format, "docx");
    let bytes = std::fs::read(&out).unwrap();
    let markdown =
        undersigned_core::statements::documents::docx_to_markdown(&bytes, "statement.docx")
            .unwrap();
    assert!(
        markdown.starts_with("# Stop the deportations"),
        "{markdown}"
    );
    assert!(
        markdown.contains("## Our demands"),
        "a real heading style: {markdown}"
    );
    assert!(
        markdown.contains("*insist*") && markdown.contains("**firmly**"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- first demand"),
        "a real list: {markdown}"
    );
    assert!(markdown.contains("“returns” – now"));
    assert!(
        markdown.contains("<script>alert('x')</script>"),
        "markup kept as text"
    );
    let order = names_in_order(
        &markdown,
        &[
            "Árbol de la Vida",
            "Ñandú Red",
            "Zeta Collective",
            "Ana Public",
        ],
    );
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{markdown}");
    assert!(!markdown.contains("Nobody Named") && !markdown.contains("Fatima"));
    assert!(markdown.contains("<img src=x onerror=alert(1)>"));
    // The XML itself escapes the name: it cannot open an element.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        xml.contains("w:pStyle w:val=\"Signatory\""),
        "signatories as styled paragraphs"
    );
}

#[test]
fn every_language_version_is_written_with_the_originals_signatories() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = seeded(&mut store, "en");
    let es = undersigned_core::actions::drafting::translate(&mut store, &st, "es").unwrap();
    actions::statements::update(
        &mut store,
        &es.id,
        &StatementPatch {
            title: Some("¿Parar las deportaciones? Sí: ../ahora".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let de = undersigned_core::actions::drafting::translate(&mut store, &es.id, "de").unwrap();
    let mut seen = Vec::new();
    let written = actions::export::save_all_languages(
        &mut store,
        &es.id,
        ExportFormat::Text,
        &ExportOptions::default(),
        dir.path(),
        Signing::Unsigned,
        |done, total| seen.push((done, total)),
    )
    .unwrap();
    assert_eq!(seen.last(), Some(&(3, 3)), "progress reaches the end");
    let names: Vec<String> = written
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "Stop-the-deportations.en.txt",
            &format!(
                "{}.de.txt",
                undersigned_core::files::safe_file_stem(&de.title)
            ),
            "Parar-las-deportaciones-Sí-ahora.es.txt",
        ]
    );
    let spanish = std::fs::read_to_string(&written[2].0).unwrap();
    assert!(
        spanish.contains("Firmado por 5 organizaciones y 3 personas de 4 países"),
        "{spanish}"
    );
    assert!(spanish.contains("Ñandú Red"));
    let german = std::fs::read_to_string(&written[1].0).unwrap();
    assert!(
        german.contains("Unterzeichnet von 5 Organisationen und 3 Einzelpersonen aus 4 Ländern"),
        "{german}"
    );
    for (_, record) in &written {
        assert_eq!(record.signatory_count, 8);
    }
    assert_eq!(
        export::list(store.conn(), &es.id).unwrap().len(),
        1,
        "each is logged"
    );
}

#[test]
fn a_count_line_leaves_out_a_part_that_counts_nobody() {
    let mut store = Store::open_in_memory().unwrap();
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Only organizations".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    confirmed_org(&mut store, &st, "Lone Org");
    let doc = export::document(store.conn(), &st, GroupBy::Kind).unwrap();
    assert_eq!(doc.count_line, "Signed by 1 organization");
}

#[test]
fn a_very_long_name_wraps_in_the_pdf_and_an_emoji_prints() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Long names".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let long = "W".repeat(280);
    for name in [long.as_str(), "Climate Action 🌍"] {
        confirmed_org(&mut store, &st, name);
    }
    let out = dir.path().join("long.pdf");
    actions::export::save(
        &mut store,
        &st,
        ExportFormat::Pdf,
        &ExportOptions::default(),
        &out,
        Signing::Unsigned,
    )
    .unwrap();
    let text = poppler("pdftotext", &["-enc", "UTF-8"], &out);
    // Every letter is on the page: none ran off its edge.
    assert_eq!(text.matches('W').count(), 280, "{text}");
    assert!(text.contains("Climate Action"), "{text}");
    // Noto Color Emoji's glyphs are pictures, embedded as a Type 3 font.
    let fonts = poppler("pdffonts", &[], &out);
    assert!(fonts.contains("Type 3"), "the emoji drawn: {fonts}");
}

#[test]
fn a_docx_says_when_and_by_whom_it_was_made() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = seeded(&mut store, "en");
    actions::statements::update(
        &mut store,
        &st,
        &StatementPatch {
            issued_by: Some("Migrant Rights Alliance\nKalayaan".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let out = dir.path().join("statement.docx");
    let record = actions::export::save(
        &mut store,
        &st,
        ExportFormat::Docx,
        &ExportOptions::default(),
        &out,
        Signing::Unsigned,
    )
    .unwrap();
    let bytes = std::fs::read(&out).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut core = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("docProps/core.xml").unwrap(),
        &mut core,
    )
    .unwrap();
    assert!(
        !core.contains("1970-01-01") && !core.contains(">unknown<"),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Migrant Rights Alliance; Kalayaan</dc:creator>"),
        "{core}"
    );
    let day = &record.created_at[..10];
    assert!(
        core.contains(&format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{day}"
        )),
        "created on the export's day {day}: {core}"
    );
    assert!(
        core.contains("<dc:title>Stop the deportations</dc:title>"),
        "{core}"
    );
    // Word and LibreOffice read it as a document still.
    let md = undersigned_core::statements::documents::docx_to_markdown(
        &std::fs::read(&out).unwrap(),
        "statement.docx",
    )
    .unwrap();
    assert!(md.contains("Stop the deportations"), "{md}");
}

#[test]
fn the_title_block_writes_the_date_in_the_statements_words() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    for (language, expected) in [
        ("en", "Geneva, 15 December 2026"),
        ("es", "Geneva, 15 de diciembre de 2026"),
        ("ar", "Geneva, 2026-12-15"),
    ] {
        let st = seeded(&mut store, language);
        actions::statements::update(
            &mut store,
            &st,
            &StatementPatch {
                statement_date: Some("2026-12-15".into()),
                place: Some("Geneva".into()),
                ..Default::default()
            },
        )
        .unwrap();
        let out = dir.path().join(format!("statement.{language}.txt"));
        actions::export::save(
            &mut store,
            &st,
            ExportFormat::Text,
            &ExportOptions::default(),
            &out,
            Signing::Unsigned,
        )
        .unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(expected), "{language}: {text}");
    }
}
