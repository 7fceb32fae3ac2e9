//! Exports read back: every format holds the text and exactly the
//! signatories that may be printed, escaped, in the language's order.

use sha2::Digest;
use undersigned_core::Store;
use undersigned_core::endorsements::{
    self, EndorsementKind, EndorsementStatus as S, NewEndorsement, Visibility,
};
use undersigned_core::export::{self, ExportFormat, GroupBy, Signer};
use undersigned_core::signing;
use undersigned_core::statements::{self, NewStatement, StatementPatch};

use crate::temp_db;

const BODY: &str = "We call on the governments to end “returns” – now.\n\n\
<script>alert('x')</script>\n\n\
- first demand\n- second demand\n";

fn seeded(store: &Store, language: &str) -> String {
    let id = statements::create(
        store.conn(),
        &NewStatement {
            title: "Stop the deportations".into(),
            language: Some(language.into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    statements::update(
        store.conn(),
        &id,
        &StatementPatch {
            body: Some(BODY.into()),
            ..Default::default()
        },
    )
    .unwrap();
    let add = |name: &str,
               country: &str,
               kind: EndorsementKind,
               affiliation: &str,
               visibility: Option<Visibility>,
               status: S| {
        endorsements::add(
            store.conn(),
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

fn names_in_order(text: &str, names: &[&str]) -> Vec<usize> {
    names
        .iter()
        .map(|n| text.find(n).unwrap_or_else(|| panic!("{n} missing")))
        .collect()
}

#[test]
fn every_format_prints_the_text_and_only_what_may_be_printed() {
    let store = Store::open_in_memory().unwrap();
    let st = seeded(&store, "en");
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
    let store = Store::open_in_memory().unwrap();
    let st = seeded(&store, "es");
    let doc = export::document(store.conn(), &st, GroupBy::Country).unwrap();
    assert_eq!(
        doc.count_line,
        "Firmado por 5 organizaciones y 3 personas de 4 países"
    );
    let headings: Vec<&str> = doc.groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(headings, ["España", "Francia", "Perú", "Reino Unido"]);
    let arabic = seeded(&store, "ar");
    let doc = export::document(store.conn(), &arabic, GroupBy::None).unwrap();
    assert_eq!(doc.direction, "rtl");
    assert!(export::html(&doc, GroupBy::None, false).contains("<html lang=\"ar\" dir=\"rtl\">"));
}

#[test]
fn a_signed_export_verifies_and_is_logged() {
    let (dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let st = seeded(&store, "en");
    let keys = signing::generate("a long passphrase", "Coalition").unwrap();
    let sk = signing::secret_key(&keys.secret, "k.key", "a long passphrase").unwrap();
    let out = dir.path().join("statement.html");
    let record = export::write(
        store.conn(),
        &st,
        ExportFormat::Html,
        GroupBy::Kind,
        &out,
        Some(&Signer {
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
    let store = Store::open_in_memory().unwrap();
    assert!(signing::stored(store.conn()).unwrap().is_none());
    let made = signing::create_stored(store.conn(), "a long passphrase", "Coalition").unwrap();
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
        signing::create_stored(store.conn(), "another passphrase", "X").is_err(),
        "one key per database"
    );
    assert!(matches!(
        signing::unlock_stored(store.conn(), "wrong one!"),
        Err(signing::SigningError::WrongPassphrase)
    ));
    let (key, info) = signing::unlock_stored(store.conn(), "a long passphrase").unwrap();
    assert_eq!(signing::secret_key_id(&key), info.key_id);
}
