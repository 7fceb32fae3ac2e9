use super::*;

#[test]
fn english_counts_joins_and_leaves_out_who_is_not_there() {
    let w = words("en");
    assert_eq!(
        w.count_line(212, 48, 31),
        "Signed by 212 organizations and 48 individuals from 31 countries"
    );
    assert_eq!(
        w.count_line(1, 0, 1),
        "Signed by 1 organization from 1 country"
    );
    assert_eq!(w.count_line(0, 1, 0), "Signed by 1 individual");
    assert_eq!(w.count_line(0, 0, 0), "Signed by 0 organizations");
    assert_eq!(
        w.count_line(100_000, 0, 0),
        "Signed by 100,000 organizations"
    );
    assert_eq!(w.issued_by_line("A\nB\n\nC\n"), "Issued by A, B, and C");
    assert_eq!(w.issued_by_line(" \n"), "");
}

#[test]
fn each_language_takes_the_form_its_plural_rules_pick() {
    let es = words("es-MX");
    assert_eq!(
        es.count_line(1, 2, 1_000_000),
        "Firmado por 1 organización y 2 personas de 1.000.000 de países"
    );
    let de = words("de");
    assert_eq!(
        de.count_line(3, 1, 1),
        "Unterzeichnet von 3 Organisationen und 1 Einzelperson aus 1 Land"
    );
    let fr = words("fr");
    // French counts 0 and 1 as one.
    assert_eq!(fr.count_line(0, 0, 0), "Signé par 0 organisation");
    assert_eq!(fr.issued_by_line("A\nB"), "Publiée par A et B");
}

#[test]
fn a_language_without_words_prints_english_and_says_so() {
    assert!(has_words_in("es"));
    assert!(has_words_in("pt-BR"));
    assert!(!has_words_in("qaa"));
    assert!(!has_words_in("not a tag"));
    assert_eq!(
        words("qaa").count_line(2, 0, 0),
        "Signed by 2 organizations"
    );
}

#[test]
fn every_entry_names_the_forms_its_rules_use_and_only_those() {
    // Counts that reach every category any language's rules have.
    let counts: Vec<u32> = (0..=200)
        .chain([1_000, 1_001, 100_000, 1_000_000])
        .collect();
    let mut tags = std::collections::HashSet::new();
    for entry in table::ENTRIES {
        assert!(tags.insert(entry.tag), "{} has two entries", entry.tag);
        let locale = locale_of(entry.tag).unwrap_or_else(|| panic!("{} is not a tag", entry.tag));
        let rules = PluralRules::try_new_cardinal((&locale).into()).unwrap();
        let used: std::collections::BTreeSet<&str> = counts
            .iter()
            .map(|&n| category_name(rules.category_for(n)))
            .collect();
        for forms in [entry.organization, entry.individual, entry.country] {
            let named: std::collections::BTreeSet<&str> = forms.iter().map(|(c, _)| *c).collect();
            assert!(
                named.contains("other"),
                "{}: no other form in {forms:?}",
                entry.tag
            );
            for category in &used {
                assert!(
                    named.contains(category),
                    "{}: {category} is used by its rules but not in {forms:?}",
                    entry.tag
                );
            }
            // `other` is always there (it is what a form the rules do not
            // name falls back to), even where integers never pick it: in
            // Russian, Ukrainian and Polish it is the form for fractions.
            for category in &named {
                assert!(
                    used.contains(category) || *category == "other",
                    "{}: {category} is never picked by its rules: {forms:?}",
                    entry.tag
                );
            }
            // Every form shows the number, except where a language says "one" and "two" in words.
            for (category, form) in forms.iter() {
                assert!(
                    form.contains("{n}") || matches!(*category, "one" | "two" | "zero"),
                    "{}: {category} form {form:?} has no number",
                    entry.tag
                );
            }
        }
        assert!(entry.signed.contains("{who}"), "{}", entry.tag);
        assert!(
            entry.signed_from.contains("{who}") && entry.signed_from.contains("{countries}"),
            "{}",
            entry.tag
        );
        assert!(entry.issued_by.contains("{names}"), "{}", entry.tag);
        for heading in [entry.organizations, entry.individuals, entry.other] {
            assert!(!heading.trim().is_empty(), "{}", entry.tag);
        }
        assert!(
            has_words_in(entry.tag),
            "{} is not found by its own tag",
            entry.tag
        );
    }
}

#[test]
fn count_lines_in_languages_far_apart() {
    let ar = words("ar");
    // Six forms: the numbers as ICU writes them for `ar` (Latin digits).
    assert_eq!(ar.count_line(0, 0, 0), "وقّع على البيان 0 منظمة");
    assert_eq!(
        ar.count_line(1, 1, 1),
        "وقّع على البيان منظمة واحدة وفرد واحد من دولة واحدة"
    );
    assert_eq!(
        ar.count_line(2, 2, 2),
        "وقّع على البيان منظمتان وفردان من دولتين"
    );
    assert_eq!(
        ar.count_line(3, 3, 3),
        "وقّع على البيان 3 منظمات و3 أفراد من 3 دول"
    );
    assert_eq!(
        ar.count_line(11, 11, 11),
        "وقّع على البيان 11 منظمة و11 فردًا من 11 دولة"
    );
    assert_eq!(
        ar.count_line(100, 100, 100),
        "وقّع على البيان 100 منظمة و100 فرد من 100 دولة"
    );
    assert_eq!(ar.issued_by_line("A\nB\nC"), "صدر عن A وB وC");

    let ru = words("ru");
    assert_eq!(
        ru.count_line(1, 1, 1),
        "Подписали: 1 организация и 1 человек из 1 страны"
    );
    assert_eq!(
        ru.count_line(2, 2, 2),
        "Подписали: 2 организации и 2 человека из 2 стран"
    );
    assert_eq!(
        ru.count_line(5, 5, 5),
        "Подписали: 5 организаций и 5 человек из 5 стран"
    );
    assert_eq!(
        ru.count_line(21, 21, 21),
        "Подписали: 21 организация и 21 человек из 21 страны"
    );

    let pl = words("pl");
    assert_eq!(
        pl.count_line(1, 1, 1),
        "Podpisane przez 1 organizację i 1 osobę z 1 kraju"
    );
    assert_eq!(
        pl.count_line(2, 2, 2),
        "Podpisane przez 2 organizacje i 2 osoby z 2 krajów"
    );
    assert_eq!(
        pl.count_line(5, 5, 5),
        "Podpisane przez 5 organizacji i 5 osób z 5 krajów"
    );
    assert_eq!(
        pl.count_line(22, 22, 22),
        "Podpisane przez 22 organizacje i 22 osoby z 22 krajów"
    );

    let ja = words("ja");
    assert_eq!(
        ja.count_line(212, 48, 31),
        "31か国の212団体、個人48名が署名"
    );
    assert_eq!(ja.count_line(0, 1, 0), "個人1名が署名");

    let zh = words("zh-CN");
    assert_eq!(
        zh.count_line(212, 48, 31),
        "由来自31个国家的212个组织和48名个人联署"
    );
    assert_eq!(zh.issued_by_line("A\nB\nC"), "由A、B和C发布");
    assert_eq!(words("zh-TW").count_line(1, 0, 0), "由1個組織聯署");
    assert_eq!(
        words("sr").count_line(2, 5, 22),
        "Потписници: 2 организације и 5 појединаца из 22 земље"
    );

    let hi = words("hi");
    assert_eq!(
        hi.count_line(212, 48, 31),
        "31 देशों के 212 संगठनों और 48 व्यक्तियों द्वारा हस्ताक्षरित"
    );
    assert_eq!(
        hi.count_line(1, 1, 1),
        "1 देश के 1 संगठन और 1 व्यक्ति द्वारा हस्ताक्षरित"
    );
    assert_eq!(
        hi.count_line(100_000, 0, 0),
        "1,00,000 संगठनों द्वारा हस्ताक्षरित"
    );

    let he = words("he");
    // ICU joins a word with ו and a number with ו and a non-breaking hyphen.
    assert_eq!(
        he.count_line(1, 2, 31),
        "על החתום: ארגון אחד ושני אנשים פרטיים מ־31 מדינות"
    );
    assert_eq!(
        he.count_line(2, 48, 1),
        "על החתום: שני ארגונים ו\u{2011}48 אנשים פרטיים ממדינה אחת"
    );
}

#[test]
fn every_language_exports_count_in_has_country_names_and_reads_them() {
    for entry in table::ENTRIES {
        assert!(
            crate::countries::has_names_in(entry.tag),
            "{}: no country names",
            entry.tag
        );
        let germany =
            crate::countries::name("DE", entry.tag).unwrap_or_else(|| "Germany".to_string());
        assert_eq!(
            crate::countries::resolve(&germany).map(|c| c.code),
            Ok("DE"),
            "{}: {germany}",
            entry.tag
        );
    }
}
