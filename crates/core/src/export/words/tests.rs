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
            for category in &named {
                assert!(
                    used.contains(category),
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
fn zz_probe() {
    for (tag, items) in [
        ("he", vec!["ארגון אחד", "48 אנשים"]),
        ("he", vec!["A", "שני אנשים"]),
        ("ar", vec!["منظمة واحدة", "48 فردًا"]),
        ("ar-EG", vec!["a"]),
        ("ar-SA", vec!["a"]),
        ("yo", vec!["a", "b"]),
        ("ml", vec!["a", "b"]),
        ("fa", vec!["a", "b"]),
    ] {
        let locale = locale_of(tag).unwrap();
        let lists = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .unwrap();
        let nums = DecimalFormatter::try_new((&locale).into(), Default::default()).unwrap();
        println!(
            "{tag}: {:?} {:?}",
            lists.format(items.iter()).to_string(),
            nums.format(&Decimal::from(1234u32)).to_string()
        );
    }
    if true {
        return;
    }
    let tags = "ar zh-Hans zh-Hant ja ko hi bn ru uk tr vi th id ms sw pl nl fa ur ta te mr gu pa fil ha yo am ro el cs hu sv he my ne km zu ca da fi nb sr hr bg sk ig so ps kn ml si lo ka az kk uz";
    let counts: Vec<u32> = (0..=200)
        .chain([1_000, 1_001, 100_000, 1_000_000])
        .collect();
    for tag in tags.split(' ') {
        let locale = locale_of(tag).unwrap();
        let rules = PluralRules::try_new_cardinal((&locale).into()).unwrap();
        let mut by: std::collections::BTreeMap<&str, Vec<u32>> = Default::default();
        for &n in &counts {
            by.entry(category_name(rules.category_for(n)))
                .or_default()
                .push(n);
        }
        let cats: Vec<String> = by
            .iter()
            .map(|(c, v)| format!("{c}:{:?}", &v[..v.len().min(12)]))
            .collect();
        let nums = DecimalFormatter::try_new((&locale).into(), Default::default()).unwrap();
        let lists = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .unwrap();
        let f: Vec<String> = [0u32, 3, 11, 1000, 100000, 1000000]
            .iter()
            .map(|&n| nums.format(&Decimal::from(n)).to_string())
            .collect();
        println!(
            "{tag}\n  {}\n  nums {:?}\n  list2 {} | list3 {}",
            cats.join("\n  "),
            f,
            lists.format(["X", "Y"].iter()),
            lists.format(["X", "Y", "Z"].iter())
        );
    }
}
