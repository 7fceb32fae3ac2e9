use super::*;

#[test]
fn merge_fields_fill_and_unknown_ones_stay() {
    let filled = fill(
        "Dear {{contact_name}}, sign {{ statement_title }} by {{deadline}} {{nope}} {{",
        &[
            ("contact_name", "Ana"),
            ("statement_title", "Stop"),
            ("deadline", "2026-12-18"),
        ],
    );
    assert_eq!(filled, "Dear Ana, sign Stop by 2026-12-18 {{nope}} {{");
    assert_eq!(fields_in("{{a}} x {{ b }}"), vec!["a", "b"]);
}

#[test]
fn file_stems_are_safe_from_any_name() {
    assert_eq!(safe_file_stem("../../etc/passwd"), "etc-passwd");
    assert_eq!(safe_file_stem("CON"), "message-CON");
    assert_eq!(safe_file_stem("a:b/c\\d"), "a-b-c-d");
    assert_eq!(safe_file_stem("…"), "message");
    assert_eq!(safe_file_stem("Asociación Ñandú"), "Asociación-Ñandú");
    // A long title is cut between words, and keeps as much as fits.
    let long = "Declaración conjunta de las organizaciones de la sociedad civil sobre los derechos de la población migrante";
    let stem = safe_file_stem(long);
    assert!(stem.chars().count() <= 80, "{stem}");
    assert!(stem.chars().count() > 60, "{stem}");
    assert!(
        long.replace(' ', "-").starts_with(&format!("{stem}-")),
        "cut between words: {stem}"
    );
}

#[test]
fn mailto_parts_are_percent_encoded() {
    assert_eq!(percent("a b&c=d?é"), "a%20b%26c%3Dd%3F%C3%A9");
}

#[test]
fn default_templates_in_each_language_keep_english_merge_fields() {
    let sorted = |t: &Template| {
        let mut fields = fields_in(&t.subject);
        fields.extend(fields_in(&t.body));
        fields.sort();
        fields
    };
    for purpose in [Purpose::Invitation, Purpose::Reminder] {
        let english = defaults::template(purpose, "en");
        let english_fields = sorted(&english);
        assert!(english_fields.len() >= 4, "{english_fields:?}");
        for language in ["es", "fr", "pt", "ar", "id", "fil"] {
            let t = defaults::template(purpose, language);
            assert_eq!(t.purpose, purpose);
            // Translated, not English.
            assert_ne!(t.subject, english.subject, "{language}");
            assert_ne!(t.body, english.body, "{language}");
            // Every merge field English has, each once, written exactly.
            assert_eq!(sorted(&t), english_fields, "{language}: {t:?}");
            for field in &english_fields {
                let exact = format!("{{{{{field}}}}}");
                assert!(
                    t.subject.contains(&exact) || t.body.contains(&exact),
                    "{language}: {exact}"
                );
                assert!(MERGE_FIELDS.contains(&field.as_str()));
            }
            // Nothing left over from a broken `{{…}}`.
            assert_eq!(t.body.matches("{{").count(), t.body.matches("}}").count());
        }
    }
}

#[test]
fn defaults_in_arabic_indonesian_and_filipino_are_picked_by_their_tags() {
    let invitation = |language: &str| defaults::template(Purpose::Invitation, language);
    let reminder = |language: &str| defaults::template(Purpose::Reminder, language);

    assert_eq!(
        invitation("ar").subject,
        "دعوة إلى التوقيع: {{statement_title}}"
    );
    assert_eq!(invitation("ar-EG"), invitation("ar"));
    assert_eq!(reminder("ar").subject, "تذكير: {{statement_title}}");
    assert!(invitation("ar").body.contains("«{{statement_title}}»"));
    // An Arabic message opens in Arabic, so its HTML (dir="auto") reads
    // right to left.
    for t in [invitation("ar"), reminder("ar")] {
        let first = t.body.chars().find(|c| c.is_alphabetic()).unwrap();
        assert!(('\u{0600}'..='\u{06FF}').contains(&first), "{}", t.body);
    }

    assert_eq!(
        invitation("id").subject,
        "Undangan untuk menandatangani: {{statement_title}}"
    );
    assert_eq!(invitation("id-ID"), invitation("id"));
    assert_eq!(reminder("id").subject, "Pengingat: {{statement_title}}");

    assert_eq!(
        invitation("fil").subject,
        "Imbitasyong lumagda: {{statement_title}}"
    );
    assert_eq!(reminder("fil").subject, "Paalala: {{statement_title}}");
    // Tagalog's tag reads as Filipino, as it does for country names.
    assert_eq!(invitation("tl"), invitation("fil"));
    assert_eq!(reminder("tl-PH"), reminder("fil"));
    assert_eq!(invitation("fil-PH"), invitation("fil"));

    assert_eq!(
        defaults::friends_at("Migrante", "fil"),
        "mga kasama sa Migrante"
    );
    assert_eq!(
        defaults::friends_at("Migrante", "tl"),
        "mga kasama sa Migrante"
    );
    assert_eq!(
        defaults::friends_at("Jaringan Buruh Migran", "id"),
        "kawan-kawan di Jaringan Buruh Migran"
    );
    assert_eq!(
        defaults::friends_at("الشبكة العربية", "ar"),
        "الزميلات والزملاء في الشبكة العربية"
    );
    assert_eq!(
        defaults::friends_at("Kalayaan", "de"),
        "friends at Kalayaan"
    );
}
