use super::*;

fn code_of(s: &str) -> &'static str {
    match resolve(s) {
        Ok(c) => c.code,
        Err(e) => panic!("{s:?} did not resolve: {e}"),
    }
}

#[test]
fn misspelt_countries_resolve_when_one_is_clearly_meant() {
    let near = |s: &str| resolve_near(s).map(|n| (n.country.code, n.exact));
    assert_eq!(near("Argentinia"), Some(("AR", false)));
    assert_eq!(near("Phillipines"), Some(("PH", false)));
    assert_eq!(near("Untied States"), Some(("US", false)));
    assert_eq!(near("Kenia"), Some(("KE", true)));
    assert_eq!(near("Philippines"), Some(("PH", true)));
    // Too short to guess, a city, a demonym, a region.
    assert_eq!(near("Irx"), None);
    assert_eq!(near("Asunción"), None);
    assert_eq!(near("Chilean"), None);
    assert_eq!(near("West Africa"), None);
    assert_eq!(near("Igalia"), None);
}

#[test]
fn the_named_examples_resolve() {
    let cases: &[(&str, &str)] = &[
        ("BR", "BR"),
        ("br", "BR"),
        ("BRA", "BR"),
        ("USA", "US"),
        ("Brasil", "BR"),
        ("Deutschland", "DE"),
        ("Österreich", "AT"),
        ("Türkiye", "TR"),
        ("España", "ES"),
        ("Nihon", "JP"),
        ("日本", "JP"),
        ("中国", "CN"),
        ("Россия", "RU"),
        ("Việt Nam", "VN"),
        ("भारत", "IN"),
        ("ประเทศไทย", "TH"),
        ("مصر", "EG"),
        ("ישראל", "IL"),
        ("Turkey", "TR"),
        ("Hong Kong", "HK"),
        ("U.S.A.", "US"),
        ("United States of America", "US"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("COTE D'IVOIRE", "CI"),
        ("cote divoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Holland", "NL"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("North Korea", "KP"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Iran, Islamic Republic of", "IR"),
        ("Bolivia, Plurinational State of", "BO"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("Palestine", "PS"),
        ("State of Palestine", "PS"),
        ("Occupied Palestinian Territory", "PS"),
        ("Taiwan", "TW"),
        ("Laos", "LA"),
        ("Lao PDR", "LA"),
        ("Syria", "SY"),
        ("Tanzania", "TZ"),
        ("DR Congo", "CD"),
        ("DRC", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("Republic of the Congo", "CG"),
        ("UAE", "AE"),
        ("KSA", "SA"),
        ("Saudi Arabia", "SA"),
        ("Philippines", "PH"),
        ("Pilipinas", "PH"),
        ("Hong Kong SAR", "HK"),
        ("Macau", "MO"),
        ("Macao", "MO"),
        ("Kosovo", "XK"),
        ("XK", "XK"),
    ];
    for &(input, code) in cases {
        assert_eq!(code_of(input), code, "input {input:?}");
    }
}

#[test]
fn case_diacritics_punctuation_and_space_do_not_matter() {
    for (input, code) in [
        ("TURKIYE", "TR"),
        ("turkiye", "TR"),
        ("TÜRKİYE", "TR"),
        ("brasil", "BR"),
        ("BRASIL", "BR"),
        ("Viet nam", "VN"),
        ("cote d'ivoire", "CI"),
        ("  the   Gambia ", "GM"),
        ("Gambia, The", "GM"),
        ("Bahamas (the)", "BS"),
        ("u.s.a", "US"),
        ("Trinidad & Tobago", "TT"),
        ("Guinea–Bissau", "GW"),
        ("sao tome and principe", "ST"),
        ("Oʻzbekiston", "UZ"),
        ("O'zbekiston", "UZ"),
        ("ＵＳＡ", "US"),
        ("Færøerne", "FO"),
        ("Etats-Unis", "US"),
        ("korea republic of", "KR"),
    ] {
        assert_eq!(code_of(input), code, "input {input:?}");
    }
    assert_eq!(key("Côte d’Ivoire"), key("cote divoire"));
    assert_eq!(key("U.S.A."), key("usa"));
}

#[test]
fn alpha_2_and_alpha_3_codes_resolve() {
    for c in all() {
        assert_eq!(code_of(c.code), c.code);
        assert_eq!(code_of(&c.code.to_lowercase()), c.code);
    }
    for &(alpha3, code) in ALPHA3 {
        if INDEX.shadowed.iter().any(|&(a, _)| a == alpha3) {
            continue;
        }
        assert_eq!(code_of(alpha3), code, "alpha-3 {alpha3}");
        assert_eq!(code_of(&alpha3.to_lowercase()), code, "alpha-3 {alpha3}");
    }
    assert_eq!(code_of("DEU"), "DE");
    assert_eq!(code_of("gbr"), "GB");
}

#[test]
fn alpha_3_table_covers_every_country_once() {
    let mut codes: Vec<&str> = ALPHA3.iter().map(|&(_, c)| c).collect();
    codes.sort_unstable();
    let all_codes: Vec<&str> = all().iter().map(|c| c.code).collect();
    assert_eq!(codes, all_codes);
    let mut alpha3: Vec<&str> = ALPHA3.iter().map(|&(a, _)| a).collect();
    alpha3.sort_unstable();
    alpha3.dedup();
    assert_eq!(alpha3.len(), ALPHA3.len());
    assert!(
        ALPHA3
            .iter()
            .all(|(a, _)| a.len() == 3 && a.bytes().all(|b| b.is_ascii_uppercase()))
    );
}

#[test]
fn unknown_values_are_refused() {
    for input in [
        "Atlantis", "Europe", "asdf", "America", "Brazl", "---", "ZZ", "ZZZ",
    ] {
        assert_eq!(
            resolve(input),
            Err(CountryError::Unknown {
                typed: input.to_string()
            }),
            "input {input:?}"
        );
    }
}

#[test]
fn empty_values_are_refused() {
    assert_eq!(resolve(""), Err(CountryError::Empty));
    assert_eq!(resolve("   \t\n"), Err(CountryError::Empty));
}

#[test]
fn ambiguous_values_ask_which() {
    match resolve("Congo") {
        Err(CountryError::Ambiguous {
            typed: input,
            options,
        }) => {
            assert_eq!(input, "Congo");
            assert!(
                options.contains("(CG)") && options.contains("(CD)"),
                "{options}"
            );
        }
        other => panic!("Congo: {other:?}"),
    }
    match resolve(" korea ") {
        Err(CountryError::Ambiguous {
            typed: input,
            options,
        }) => {
            assert_eq!(input, "korea");
            assert!(
                options.contains("(KR)") && options.contains("(KP)"),
                "{options}"
            );
        }
        other => panic!("Korea: {other:?}"),
    }
    let message = resolve("Congo").unwrap_err().to_string();
    assert!(message.starts_with("“Congo” could mean"), "{message}");
}

#[test]
fn names_by_language_come_from_cldr() {
    let n = |code: &str, lang: &str| name(code, lang).unwrap_or_default();
    // Germany in fifteen of the languages statements are written in.
    for (lang, germany) in [
        ("ar", "ألمانيا"),
        ("zh-Hans", "德国"),
        ("ja", "ドイツ"),
        ("ko", "독일"),
        ("hi", "जर्मनी"),
        ("ru", "Германия"),
        ("tr", "Almanya"),
        ("vi", "Đức"),
        ("th", "เยอรมนี"),
        ("id", "Jerman"),
        ("sw", "Ujerumani"),
        ("pl", "Niemcy"),
        ("nl", "Duitsland"),
        ("de", "Deutschland"),
        ("es", "Alemania"),
    ] {
        assert_eq!(n("DE", lang), germany, "{lang}");
    }
    // Regions and scripts through CLDR's fallback; `_` as well as `-`.
    assert_eq!(n("DE", "es-MX"), "Alemania");
    assert_eq!(n("DE", "fr_CA"), "Allemagne");
    assert_eq!(n("PH", "zh-TW"), "菲律賓");
    assert_eq!(n("PH", "zh"), "菲律宾");
    assert_eq!(n("NL", "pt-BR"), "Países Baixos");
    // Tagalog reads as Filipino.
    assert_eq!(n("PH", "tl"), "Pilipinas");
    // The short form where the full one is a status; never an abbreviation.
    assert_eq!(n("HK", "fr"), "Hong Kong");
    assert_eq!(n("PS", "de"), "Palästina");
    assert_eq!(n("GB", "es"), "Reino Unido");
    assert_eq!(n("US", "es"), "Estados Unidos");
    // English, and English for a language CLDR has no names in.
    assert_eq!(n("DE", "en"), "Germany");
    assert_eq!(n("de", ""), "Germany");
    assert_eq!(n("DE", "qaa"), "Germany");
    assert_eq!(n("DE", "not a tag"), "Germany");
    assert!(has_names_in("de") && has_names_in("sw") && has_names_in("en-GB"));
    assert!(!has_names_in("qaa") && !has_names_in("not a tag"));
    assert_eq!(name("ZZ", "en"), None);
}

#[test]
fn names_typed_in_other_languages_resolve() {
    for (typed, code) in [
        ("ألمانيا", "DE"),
        ("德国", "DE"),
        ("フィリピン", "PH"),
        ("필리핀", "PH"),
        ("Германия", "DE"),
        ("Filipinler", "PH"),
        ("Ujerumani", "DE"),
        ("Niemcy", "DE"),
        ("Duitsland", "DE"),
        ("Deutschland", "DE"),
        ("Pilipinas", "PH"),
        ("Costa do Marfim", "CI"),
        ("जर्मनी", "DE"),
    ] {
        assert_eq!(resolve(typed).map(|c| c.code), Ok(code), "{typed}");
    }
    // Read exactly, never as the nearest spelling of another language's name.
    assert!(resolve_near("Ujerumanii").is_none());
    assert_eq!(resolve("Ujerumani").map(|c| c.code), Ok("DE"));
}

#[test]
fn by_code_is_case_insensitive() {
    assert_eq!(by_code("br").map(|c| c.en), Some("Brazil"));
    assert_eq!(by_code("BR").map(|c| c.en), Some("Brazil"));
    assert_eq!(by_code("XK").map(|c| c.en), Some("Kosovo"));
    assert!(by_code("BRA").is_none());
    assert!(by_code("ZZ").is_none());
    assert!(by_code("").is_none());
    assert!(by_code("é").is_none());
}

#[test]
fn table_is_complete_sorted_and_unique() {
    let list = all();
    assert!(list.len() >= 249);
    assert_eq!(list.len(), 250);
    for pair in list.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} then {}",
            pair[0].code,
            pair[1].code
        );
    }
    for c in list {
        assert_eq!(c.code.len(), 2);
        assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()));
        assert!(!c.en.is_empty() && !c.es.is_empty() && !c.fr.is_empty());
    }
}

#[test]
fn no_key_leads_to_two_countries() {
    let index = build_index();
    assert!(
        index.clashes.is_empty(),
        "keys shared by two countries: {:?}",
        index.clashes
    );
    assert!(
        index.dangling.is_empty(),
        "aliases for unknown codes: {:?}",
        index.dangling
    );
    // Names win over alpha-3 codes; at present no alpha-3 code is shadowed.
    assert!(
        index.shadowed.is_empty(),
        "alpha-3 codes shadowed by names: {:?}",
        index.shadowed
    );
    let many: Vec<&String> = index
        .map
        .iter()
        .filter(|(_, t)| matches!(t, Target::Many(_)))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(many.len(), AMBIGUOUS.len(), "ambiguous keys: {many:?}");
}

#[test]
fn every_name_resolves_to_its_own_country() {
    for c in all() {
        for n in [c.en, c.es, c.fr] {
            assert_eq!(code_of(n), c.code, "name {n:?}");
        }
    }
    for &(alias, code) in ALIASES {
        assert_eq!(code_of(alias), code, "alias {alias:?}");
    }
}

#[test]
fn errors_read_well() {
    assert_eq!(CountryError::Empty.to_string(), "no country given");
    assert_eq!(
        resolve("Atlantis").unwrap_err().to_string(),
        "“Atlantis” is not a country we know; write its name in English, Spanish or French, or its two-letter code"
    );
}

#[test]
fn serializes_as_plain_fields() {
    let json = serde_json::to_string(by_code("DE").unwrap()).unwrap();
    assert_eq!(
        json,
        r#"{"code":"DE","en":"Germany","es":"Alemania","fr":"Allemagne"}"#
    );
}
