//! Messages to invitees as a mail client reads them: the .eml files parsed
//! back, each in the contact's language, signed by the organizer.

use mail_parser::MessageParser;
use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::contacts::OrganizationInput;
use undersigned_core::signons::invitations::{self, Audience, Purpose, Sender};
use undersigned_core::statements::{NewStatement, StatementPatch};

use crate::temp_db;

fn org(store: &mut Store, name: &str, country: &str, email: &str) -> String {
    actions::contacts::create_organization(
        store,
        &OrganizationInput {
            name: name.into(),
            country: country.into(),
            email: email.into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

/// An English statement with a Spanish translation, both with bold text,
/// a link and a list; three organizations invited: in Mexico, in Germany,
/// in Kenya.
fn outreach(store: &mut Store) -> (String, String) {
    let original = actions::statements::create(
        store,
        &NewStatement {
            title: "Stop the deportations".into(),
            language: Some("en".into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    actions::statements::update(
        store,
        &original,
        &StatementPatch {
            body: Some(
                "We call for **an end** to deportations.\n\n- Read [the report](https://example.org/report)\n- Share it"
                    .into(),
            ),
            deadline: Some("2026-12-15".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let spanish = actions::drafting::translate(store, &original, "es")
        .unwrap()
        .id;
    actions::statements::update(
        store,
        &spanish,
        &StatementPatch {
            title: Some("Alto a las deportaciones".into()),
            body: Some("Exigimos **el fin** de las deportaciones.\n\n- Lean [el informe](https://example.org/informe)".into()),
            ..Default::default()
        },
    )
    .unwrap();
    org(store, "Red Migrante Ñandú", "MX", "red@example.org");
    org(store, "Pro Asyl Gruppe", "DE", "pro@example.org");
    org(store, "Kituo cha Sheria", "KE", "kituo@example.org");
    actions::outreach::invite(
        store,
        &original,
        &Audience {
            countries: vec!["MX".into(), "DE".into(), "KE".into()],
            ..Default::default()
        },
    )
    .unwrap();
    (original, spanish)
}

#[test]
fn each_contact_gets_the_version_in_their_language_with_a_readable_deadline() {
    let mut store = Store::open_in_memory().unwrap();
    let (original, spanish) = outreach(&mut store);
    let versions = invitations::versions(store.conn(), &spanish).unwrap();
    assert_eq!(
        versions
            .iter()
            .map(|v| (v.statement_id.as_str(), v.language.as_str()))
            .collect::<Vec<_>>(),
        vec![(original.as_str(), "en"), (spanish.as_str(), "es")]
    );
    let list = invitations::list(store.conn(), &original, None).unwrap();
    let by_name = |name: &str| list.iter().find(|i| i.name == name).unwrap().id.clone();

    let mexico = invitations::message(
        store.conn(),
        &by_name("Red Migrante Ñandú"),
        Purpose::Invitation,
        None,
    )
    .unwrap();
    assert_eq!(mexico.language, "es");
    assert_eq!(
        mexico.subject,
        "Invitación a firmar: Alto a las deportaciones"
    );
    assert!(
        mexico.body.contains("antes del 15 de diciembre de 2026"),
        "{}",
        mexico.body
    );
    assert!(
        mexico
            .body
            .contains("compañeras y compañeros de Red Migrante Ñandú")
    );
    assert!(
        mexico
            .body
            .contains("Exigimos el fin de las deportaciones.")
    );
    assert!(
        mexico
            .body
            .contains("- Lean el informe (https://example.org/informe)")
    );
    assert!(!mexico.body.contains("**"), "{}", mexico.body);

    // Germany: no German version, so the original, in English.
    let germany = invitations::message(
        store.conn(),
        &by_name("Pro Asyl Gruppe"),
        Purpose::Invitation,
        None,
    )
    .unwrap();
    assert_eq!(germany.language, "en");
    assert!(
        germany.body.contains("by 15 December 2026"),
        "{}",
        germany.body
    );
    assert!(germany.body.contains("We call for an end to deportations."));
    assert!(
        germany
            .body
            .contains("- Read the report (https://example.org/report)\n- Share it")
    );

    // The organizer picks Spanish for everyone.
    let forced = invitations::message(
        store.conn(),
        &by_name("Pro Asyl Gruppe"),
        Purpose::Reminder,
        Some("es"),
    )
    .unwrap();
    assert_eq!(forced.subject, "Recordatorio: Alto a las deportaciones");
    assert!(
        forced
            .body
            .contains("se cierran el 15 de diciembre de 2026")
    );
    let err = invitations::message(
        store.conn(),
        &by_name("Pro Asyl Gruppe"),
        Purpose::Invitation,
        Some("fr"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("en, es"), "{err}");
}

#[test]
fn a_template_saved_on_a_translation_is_the_one_its_readers_get() {
    let mut store = Store::open_in_memory().unwrap();
    let (original, spanish) = outreach(&mut store);
    let default = invitations::template(store.conn(), &spanish, Purpose::Invitation).unwrap();
    assert!(default.body.starts_with("Hola, {{contact_name}}:"));
    actions::outreach::set_template(
        &mut store,
        &spanish,
        &invitations::Template {
            purpose: Purpose::Invitation,
            subject: "Firme: {{statement_title}}".into(),
            body: "Hola {{organization}}, plazo: {{deadline}}.".into(),
        },
    )
    .unwrap();
    let list = invitations::list(store.conn(), &original, None).unwrap();
    let mexico = list
        .iter()
        .find(|i| i.country.as_deref() == Some("MX"))
        .unwrap();
    let message =
        invitations::message(store.conn(), &mexico.id, Purpose::Invitation, None).unwrap();
    assert_eq!(message.subject, "Firme: Alto a las deportaciones");
    assert_eq!(
        message.body,
        "Hola Red Migrante Ñandú, plazo: 15 de diciembre de 2026."
    );
}

#[test]
fn eml_files_parse_back_as_text_and_html_signed_by_the_organizer() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (original, _) = outreach(&mut store);
    let sender = actions::outreach::set_sender(
        &mut store,
        &Sender {
            name: "  Ana Pérez ".into(),
            organization: "Alianza *Migrante*".into(),
        },
    )
    .unwrap();
    assert_eq!(sender.name, "Ana Pérez");
    assert_eq!(invitations::sender(store.conn()).unwrap(), sender);

    let list = invitations::list(store.conn(), &original, None).unwrap();
    let ids: Vec<String> = list.iter().map(|i| i.id.clone()).collect();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let files = invitations::write_eml_files(
        store.conn(),
        &ids,
        Purpose::Invitation,
        "ana@example.org",
        None,
        &out,
    )
    .unwrap();
    assert_eq!(files.len(), 3);
    let mut spanish_seen = false;
    for file in &files {
        let raw = std::fs::read(file).unwrap();
        let parsed = MessageParser::default().parse(&raw).unwrap();
        let from = parsed.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some("Ana Pérez"));
        assert_eq!(from.address(), Some("ana@example.org"));
        assert_eq!(parsed.text_body_count(), 1, "{}", file.display());
        assert_eq!(parsed.html_body_count(), 1, "{}", file.display());
        // Mail carries CRLF line ends; compare lines.
        let text = parsed.body_text(0).unwrap().replace("\r\n", "\n");
        let html = parsed.body_html(0).unwrap().replace("\r\n", "\n");
        assert!(
            !text.contains("**") && !html.contains("**"),
            "{text}\n{html}"
        );
        assert!(html.contains("<strong>"), "{html}");
        // The sign-off: name, then organization, as text (no emphasis).
        assert!(
            text.trim_end().ends_with("Ana Pérez\nAlianza *Migrante*"),
            "{text}"
        );
        assert!(
            html.contains("Ana Pérez<br />\nAlianza *Migrante*"),
            "{html}"
        );
        assert!(!html.contains("<em>Migrante</em>"));
        let subject = parsed.subject().unwrap();
        if subject.starts_with("Invitación") {
            spanish_seen = true;
            assert_eq!(subject, "Invitación a firmar: Alto a las deportaciones");
            let to = parsed.to().unwrap().first().unwrap();
            assert_eq!(to.name(), Some("Red Migrante Ñandú"));
            assert!(text.contains("15 de diciembre de 2026"), "{text}");
            assert!(html.contains("<html lang=\"es\">"));
        } else {
            assert_eq!(subject, "Invitation to sign: Stop the deportations");
        }
    }
    assert!(spanish_seen);
    // Every line within the limit mail transport sets.
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    assert!(raw.split("\r\n").all(|l| l.len() <= 78), "{raw}");
    assert!(raw.contains("Content-Type: multipart/alternative;"));
}

#[test]
fn arabic_indonesian_and_filipino_versions_get_their_own_default_messages() {
    let mut store = Store::open_in_memory().unwrap();
    let (original, _) = outreach(&mut store);
    for (language, title) in [
        ("ar", "أوقفوا الترحيل"),
        ("id", "Hentikan deportasi"),
        // Tagalog's tag, as some systems still write Filipino.
        ("tl", "Itigil ang deportasyon"),
    ] {
        let version = actions::drafting::translate(&mut store, &original, language)
            .unwrap()
            .id;
        actions::statements::update(
            &mut store,
            &version,
            &StatementPatch {
                title: Some(title.into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    org(
        &mut store,
        "الشبكة العربية للتنمية",
        "EG",
        "arab@example.org",
    );
    org(&mut store, "Jaringan Buruh Migran", "ID", "jbm@example.org");
    org(
        &mut store,
        "Migrante International",
        "PH",
        "migrante@example.org",
    );
    actions::outreach::invite(
        &mut store,
        &original,
        &Audience {
            countries: vec!["EG".into(), "ID".into(), "PH".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let list = invitations::list(store.conn(), &original, None).unwrap();
    let by_name = |name: &str| list.iter().find(|i| i.name == name).unwrap().id.clone();

    // Egypt reads Arabic: its version is picked by the country.
    let egypt = invitations::message(
        store.conn(),
        &by_name("الشبكة العربية للتنمية"),
        Purpose::Invitation,
        None,
    )
    .unwrap();
    assert_eq!(egypt.language, "ar");
    assert_eq!(egypt.subject, "دعوة إلى التوقيع: أوقفوا الترحيل");
    assert!(
        egypt
            .body
            .starts_with("تحية طيبة إلى الزميلات والزملاء في الشبكة العربية للتنمية،"),
        "{}",
        egypt.body
    );
    assert!(egypt.body.contains("«أوقفوا الترحيل»"), "{}", egypt.body);
    assert!(egypt.body.contains("2026"), "{}", egypt.body);
    assert!(!egypt.body.contains("{{"), "{}", egypt.body);
    assert!(egypt.html.contains("<html lang=\"ar\">"));

    let indonesia = invitations::message(
        store.conn(),
        &by_name("Jaringan Buruh Migran"),
        Purpose::Invitation,
        Some("id"),
    )
    .unwrap();
    assert_eq!(indonesia.language, "id");
    assert_eq!(
        indonesia.subject,
        "Undangan untuk menandatangani: Hentikan deportasi"
    );
    assert!(
        indonesia
            .body
            .starts_with("Halo kawan-kawan di Jaringan Buruh Migran,"),
        "{}",
        indonesia.body
    );
    assert!(
        indonesia
            .body
            .contains("Kami mengundang Jaringan Buruh Migran untuk menandatangani"),
        "{}",
        indonesia.body
    );
    let reminder = invitations::message(
        store.conn(),
        &by_name("Jaringan Buruh Migran"),
        Purpose::Reminder,
        Some("id"),
    )
    .unwrap();
    assert_eq!(reminder.subject, "Pengingat: Hentikan deportasi");
    assert!(!reminder.body.contains("{{"), "{}", reminder.body);

    // The Philippines reads English first; the organizer picks Filipino.
    let philippines = invitations::message(
        store.conn(),
        &by_name("Migrante International"),
        Purpose::Reminder,
        Some("tl"),
    )
    .unwrap();
    assert_eq!(philippines.language, "tl");
    assert_eq!(philippines.subject, "Paalala: Itigil ang deportasyon");
    assert!(
        philippines
            .body
            .starts_with("Mahal na mga kasama sa Migrante International,"),
        "{}",
        philippines.body
    );
    assert!(
        philippines
            .body
            .contains("para maisama ang Migrante International sa mga lumagda."),
        "{}",
        philippines.body
    );
}
