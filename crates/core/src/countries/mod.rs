//! Countries: one resolver from what people type to ISO 3166-1 alpha-2.
//!
//! The table holds every assigned ISO 3166-1 alpha-2 code plus Kosovo (`XK`,
//! user-assigned but in wide use), with short names in English, Spanish and
//! French. [`resolve`] turns what a person typed or a file held into a country:
//! a code (alpha-2 or alpha-3), a name in one of the three languages, the
//! local name, or a common variant or old name. Matching is exact after
//! [`key`] normalization; nothing is guessed.
//!
//! When keys meet, the order of precedence is: alpha-2 codes, names and
//! aliases, then alpha-3 codes. An alpha-3 code whose key is already a name of
//! another country is left out (names win); a test lists such cases.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// One country or territory with an ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
pub struct Country {
    pub code: &'static str,
    pub en: &'static str,
    pub es: &'static str,
    pub fr: &'static str,
}

/// Why a value could not be turned into a country.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    #[error("no country given")]
    Empty,
    #[error(
        "“{0}” is not a country we know; write its name in English, Spanish or French, or its two-letter code"
    )]
    Unknown(String),
    #[error("“{0}” could mean {1}; say which")]
    Ambiguous(String, String),
}

/// Every assigned ISO 3166-1 alpha-2 code (all 249, plus Kosovo), sorted by code.
pub fn all() -> &'static [Country] {
    &COUNTRIES
}

/// The country with this code (case-insensitive input "br"/"BR"), if assigned.
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    if code.len() != 2 || !code.is_ascii() {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(upper.as_str()))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// The name in a language: `lang` is a BCP 47 tag; its primary subtag picks
/// es/fr, anything else English.
pub fn name(code: &str, lang: &str) -> Option<&'static str> {
    let country = by_code(code)?;
    let primary = lang.trim().split(['-', '_']).next().unwrap_or("");
    Some(if primary.eq_ignore_ascii_case("es") {
        country.es
    } else if primary.eq_ignore_ascii_case("fr") {
        country.fr
    } else {
        country.en
    })
}

/// What a person typed or a file held → a country. Case-, diacritic-,
/// punctuation- and whitespace-insensitive. Accepts alpha-2 and alpha-3
/// codes, English, Spanish and French names, local names, and common variants
/// and old names. Only exact matches after normalization count.
pub fn resolve(input: &str) -> Result<&'static Country, CountryError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(CountryError::Empty);
    }
    let k = key(trimmed);
    match INDEX.map.get(&k) {
        Some(Target::One(i)) => Ok(&COUNTRIES[*i]),
        Some(Target::Many(many)) => {
            let options: Vec<String> = many
                .iter()
                .map(|&i| format!("{} ({})", COUNTRIES[i].en, COUNTRIES[i].code))
                .collect();
            Err(CountryError::Ambiguous(
                trimmed.to_string(),
                options.join(" or "),
            ))
        }
        None => Err(CountryError::Unknown(trimmed.to_string())),
    }
}

/// A country read from a value that may be misspelt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearCountry {
    pub country: &'static Country,
    /// False when the value was read as the nearest spelling of a name
    /// ("Phillipines", "Untied States").
    pub exact: bool,
}

/// Like [`resolve`], but a value one or two letters away from exactly one
/// country's name or variant (a letter missing, extra, wrong or swapped)
/// is read as that country. Short values (six letters or fewer) must match
/// exactly, and so must values near two different countries.
pub fn resolve_near(input: &str) -> Option<NearCountry> {
    if let Ok(country) = resolve(input) {
        return Some(NearCountry {
            country,
            exact: true,
        });
    }
    let k = key(input);
    let len = k.chars().count();
    // Short names are a letter away from too many words ("Igalia" is not
    // Italy): only longer ones are read through a typo.
    let allowed = match len {
        0..=6 => return None,
        7..=8 => 1,
        _ => 2,
    };
    // Only letters: a digit or a symbol is not a typo of a country.
    if !k.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    for (name, target) in &INDEX.map {
        let Target::One(i) = target else { continue };
        if name.chars().count().abs_diff(len) > allowed {
            continue;
        }
        let distance = strsim::osa_distance(&k, name);
        if distance > allowed {
            continue;
        }
        match best {
            Some((d, j)) if distance == d && j != *i => tied = true,
            Some((d, _)) if distance >= d => {}
            _ => {
                best = Some((distance, *i));
                tied = false;
            }
        }
    }
    match best {
        Some((_, i)) if !tied => Some(NearCountry {
            country: &COUNTRIES[i],
            exact: false,
        }),
        _ => None,
    }
}

/// The matching form of a value: lowercased, Unicode NFKD with combining
/// marks dropped, a few letters spelled out (ß → ss, ø → o, …), "&" read as
/// "and", and every run of punctuation or whitespace removed. A "the" as the
/// first or last word is dropped ("The Gambia", "Bahamas (the)").
fn key(s: &str) -> String {
    let lowered: String = s.chars().flat_map(char::to_lowercase).collect();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in lowered.nfkd().filter(|c| !is_combining_mark(*c)) {
        let spelled = match c {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' | 'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            'ħ' => "h",
            _ => "",
        };
        if !spelled.is_empty() {
            word.push_str(spelled);
        } else if c == '&' {
            // "Trinidad & Tobago" reads as "Trinidad and Tobago".
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            words.push("and".to_string());
        } else if is_separator(c) {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    if words.len() > 1 && words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "the") {
        words.pop();
    }
    words.concat()
}

/// Characters that separate words: anything not a letter or digit, plus the
/// modifier letters used as apostrophes ("Oʻzbekiston", "Hawaiʻi").
fn is_separator(c: char) -> bool {
    !c.is_alphanumeric() || matches!(c, 'ʹ' | 'ʻ' | 'ʼ' | 'ʽ' | 'ʾ' | 'ʿ' | 'ˈ' | '׳')
}

/// Where a key leads: one country (index into `COUNTRIES`) or several.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    One(usize),
    Many(Vec<usize>),
}

/// The lookup map, plus what went wrong building it (for tests).
struct Index {
    map: HashMap<String, Target>,
    /// Keys that two different countries' names or aliases share: (key, code, code).
    clashes: Vec<(String, &'static str, &'static str)>,
    /// Alpha-3 codes left out because a name of another country has that key.
    shadowed: Vec<(&'static str, &'static str)>,
    /// Aliases or codes that point at no country in the table.
    dangling: Vec<&'static str>,
}

static INDEX: LazyLock<Index> = LazyLock::new(build_index);

/// Position of a code in `COUNTRIES`.
fn position(code: &str) -> Option<usize> {
    COUNTRIES.binary_search_by(|c| c.code.cmp(code)).ok()
}

/// Builds the lookup map: codes, names, aliases, ambiguous words, then alpha-3 codes.
fn build_index() -> Index {
    let mut index = Index {
        map: HashMap::new(),
        clashes: Vec::new(),
        shadowed: Vec::new(),
        dangling: Vec::new(),
    };

    // Adds one key for one country; a key shared by two countries becomes ambiguous.
    fn add(index: &mut Index, text: &str, i: usize) {
        let k = key(text);
        if k.is_empty() {
            return;
        }
        match index.map.entry(k) {
            Entry::Vacant(v) => {
                v.insert(Target::One(i));
            }
            Entry::Occupied(mut o) => {
                let key = o.key().clone();
                match o.get_mut() {
                    Target::One(j) if *j == i => {}
                    Target::One(j) => {
                        index
                            .clashes
                            .push((key, COUNTRIES[*j].code, COUNTRIES[i].code));
                        let j = *j;
                        o.insert(Target::Many(vec![j, i]));
                    }
                    Target::Many(many) => {
                        if !many.contains(&i) {
                            index
                                .clashes
                                .push((key, COUNTRIES[many[0]].code, COUNTRIES[i].code));
                            many.push(i);
                        }
                    }
                }
            }
        }
    }

    for (i, c) in COUNTRIES.iter().enumerate() {
        add(&mut index, c.code, i);
    }
    for (i, c) in COUNTRIES.iter().enumerate() {
        add(&mut index, c.en, i);
        add(&mut index, c.es, i);
        add(&mut index, c.fr, i);
    }
    for &(alias, code) in ALIASES {
        match position(code) {
            Some(i) => add(&mut index, alias, i),
            None => index.dangling.push(alias),
        }
    }
    for &(word, codes) in AMBIGUOUS {
        let mut targets = Vec::new();
        for code in codes {
            match position(code) {
                Some(i) => targets.push(i),
                None => index.dangling.push(word),
            }
        }
        let k = key(word);
        if let Some(existing) = index.map.get(&k) {
            let first = match existing {
                Target::One(j) => *j,
                Target::Many(m) => m[0],
            };
            index.clashes.push((k.clone(), COUNTRIES[first].code, word));
        }
        index.map.insert(k, Target::Many(targets));
    }
    for &(alpha3, code) in ALPHA3 {
        let Some(i) = position(code) else {
            index.dangling.push(alpha3);
            continue;
        };
        match index.map.entry(key(alpha3)) {
            Entry::Vacant(v) => {
                v.insert(Target::One(i));
            }
            Entry::Occupied(o) => {
                if o.get() != &Target::One(i) {
                    index.shadowed.push((alpha3, code));
                }
            }
        }
    }
    index
}

/// Shorthand for a table row.
const fn c(code: &'static str, en: &'static str, es: &'static str, fr: &'static str) -> Country {
    Country { code, en, es, fr }
}

/// Every country: code, English, Spanish and French short names. Sorted by code.
static COUNTRIES: [Country; 250] = [
    c("AD", "Andorra", "Andorra", "Andorre"),
    c(
        "AE",
        "United Arab Emirates",
        "Emiratos Árabes Unidos",
        "Émirats arabes unis",
    ),
    c("AF", "Afghanistan", "Afganistán", "Afghanistan"),
    c(
        "AG",
        "Antigua and Barbuda",
        "Antigua y Barbuda",
        "Antigua-et-Barbuda",
    ),
    c("AI", "Anguilla", "Anguila", "Anguilla"),
    c("AL", "Albania", "Albania", "Albanie"),
    c("AM", "Armenia", "Armenia", "Arménie"),
    c("AO", "Angola", "Angola", "Angola"),
    c("AQ", "Antarctica", "Antártida", "Antarctique"),
    c("AR", "Argentina", "Argentina", "Argentine"),
    c(
        "AS",
        "American Samoa",
        "Samoa Americana",
        "Samoa américaines",
    ),
    c("AT", "Austria", "Austria", "Autriche"),
    c("AU", "Australia", "Australia", "Australie"),
    c("AW", "Aruba", "Aruba", "Aruba"),
    c("AX", "Åland Islands", "Islas Åland", "Îles Åland"),
    c("AZ", "Azerbaijan", "Azerbaiyán", "Azerbaïdjan"),
    c(
        "BA",
        "Bosnia and Herzegovina",
        "Bosnia y Herzegovina",
        "Bosnie-Herzégovine",
    ),
    c("BB", "Barbados", "Barbados", "Barbade"),
    c("BD", "Bangladesh", "Bangladés", "Bangladesh"),
    c("BE", "Belgium", "Bélgica", "Belgique"),
    c("BF", "Burkina Faso", "Burkina Faso", "Burkina Faso"),
    c("BG", "Bulgaria", "Bulgaria", "Bulgarie"),
    c("BH", "Bahrain", "Baréin", "Bahreïn"),
    c("BI", "Burundi", "Burundi", "Burundi"),
    c("BJ", "Benin", "Benín", "Bénin"),
    c(
        "BL",
        "Saint Barthélemy",
        "San Bartolomé",
        "Saint-Barthélemy",
    ),
    c("BM", "Bermuda", "Bermudas", "Bermudes"),
    c("BN", "Brunei", "Brunéi", "Brunei"),
    c("BO", "Bolivia", "Bolivia", "Bolivie"),
    c(
        "BQ",
        "Caribbean Netherlands",
        "Caribe Neerlandés",
        "Pays-Bas caribéens",
    ),
    c("BR", "Brazil", "Brasil", "Brésil"),
    c("BS", "Bahamas", "Bahamas", "Bahamas"),
    c("BT", "Bhutan", "Bután", "Bhoutan"),
    c("BV", "Bouvet Island", "Isla Bouvet", "Île Bouvet"),
    c("BW", "Botswana", "Botsuana", "Botswana"),
    c("BY", "Belarus", "Bielorrusia", "Biélorussie"),
    c("BZ", "Belize", "Belice", "Belize"),
    c("CA", "Canada", "Canadá", "Canada"),
    c("CC", "Cocos (Keeling) Islands", "Islas Cocos", "Îles Cocos"),
    c(
        "CD",
        "Democratic Republic of the Congo",
        "República Democrática del Congo",
        "République démocratique du Congo",
    ),
    c(
        "CF",
        "Central African Republic",
        "República Centroafricana",
        "République centrafricaine",
    ),
    c(
        "CG",
        "Republic of the Congo",
        "República del Congo",
        "République du Congo",
    ),
    c("CH", "Switzerland", "Suiza", "Suisse"),
    c("CI", "Côte d’Ivoire", "Costa de Marfil", "Côte d’Ivoire"),
    c("CK", "Cook Islands", "Islas Cook", "Îles Cook"),
    c("CL", "Chile", "Chile", "Chili"),
    c("CM", "Cameroon", "Camerún", "Cameroun"),
    c("CN", "China", "China", "Chine"),
    c("CO", "Colombia", "Colombia", "Colombie"),
    c("CR", "Costa Rica", "Costa Rica", "Costa Rica"),
    c("CU", "Cuba", "Cuba", "Cuba"),
    c("CV", "Cape Verde", "Cabo Verde", "Cap-Vert"),
    c("CW", "Curaçao", "Curazao", "Curaçao"),
    c("CX", "Christmas Island", "Isla de Navidad", "Île Christmas"),
    c("CY", "Cyprus", "Chipre", "Chypre"),
    c("CZ", "Czechia", "Chequia", "Tchéquie"),
    c("DE", "Germany", "Alemania", "Allemagne"),
    c("DJ", "Djibouti", "Yibuti", "Djibouti"),
    c("DK", "Denmark", "Dinamarca", "Danemark"),
    c("DM", "Dominica", "Dominica", "Dominique"),
    c(
        "DO",
        "Dominican Republic",
        "República Dominicana",
        "République dominicaine",
    ),
    c("DZ", "Algeria", "Argelia", "Algérie"),
    c("EC", "Ecuador", "Ecuador", "Équateur"),
    c("EE", "Estonia", "Estonia", "Estonie"),
    c("EG", "Egypt", "Egipto", "Égypte"),
    c(
        "EH",
        "Western Sahara",
        "Sahara Occidental",
        "Sahara occidental",
    ),
    c("ER", "Eritrea", "Eritrea", "Érythrée"),
    c("ES", "Spain", "España", "Espagne"),
    c("ET", "Ethiopia", "Etiopía", "Éthiopie"),
    c("FI", "Finland", "Finlandia", "Finlande"),
    c("FJ", "Fiji", "Fiyi", "Fidji"),
    c("FK", "Falkland Islands", "Islas Malvinas", "Îles Malouines"),
    c("FM", "Micronesia", "Micronesia", "Micronésie"),
    c("FO", "Faroe Islands", "Islas Feroe", "Îles Féroé"),
    c("FR", "France", "Francia", "France"),
    c("GA", "Gabon", "Gabón", "Gabon"),
    c("GB", "United Kingdom", "Reino Unido", "Royaume-Uni"),
    c("GD", "Grenada", "Granada", "Grenade"),
    c("GE", "Georgia", "Georgia", "Géorgie"),
    c(
        "GF",
        "French Guiana",
        "Guayana Francesa",
        "Guyane française",
    ),
    c("GG", "Guernsey", "Guernsey", "Guernesey"),
    c("GH", "Ghana", "Ghana", "Ghana"),
    c("GI", "Gibraltar", "Gibraltar", "Gibraltar"),
    c("GL", "Greenland", "Groenlandia", "Groenland"),
    c("GM", "Gambia", "Gambia", "Gambie"),
    c("GN", "Guinea", "Guinea", "Guinée"),
    c("GP", "Guadeloupe", "Guadalupe", "Guadeloupe"),
    c(
        "GQ",
        "Equatorial Guinea",
        "Guinea Ecuatorial",
        "Guinée équatoriale",
    ),
    c("GR", "Greece", "Grecia", "Grèce"),
    c(
        "GS",
        "South Georgia and the South Sandwich Islands",
        "Islas Georgias del Sur y Sandwich del Sur",
        "Géorgie du Sud-et-les îles Sandwich du Sud",
    ),
    c("GT", "Guatemala", "Guatemala", "Guatemala"),
    c("GU", "Guam", "Guam", "Guam"),
    c("GW", "Guinea-Bissau", "Guinea-Bisáu", "Guinée-Bissau"),
    c("GY", "Guyana", "Guyana", "Guyana"),
    c("HK", "Hong Kong", "Hong Kong", "Hong Kong"),
    c(
        "HM",
        "Heard Island and McDonald Islands",
        "Islas Heard y McDonald",
        "Îles Heard-et-MacDonald",
    ),
    c("HN", "Honduras", "Honduras", "Honduras"),
    c("HR", "Croatia", "Croacia", "Croatie"),
    c("HT", "Haiti", "Haití", "Haïti"),
    c("HU", "Hungary", "Hungría", "Hongrie"),
    c("ID", "Indonesia", "Indonesia", "Indonésie"),
    c("IE", "Ireland", "Irlanda", "Irlande"),
    c("IL", "Israel", "Israel", "Israël"),
    c("IM", "Isle of Man", "Isla de Man", "Île de Man"),
    c("IN", "India", "India", "Inde"),
    c(
        "IO",
        "British Indian Ocean Territory",
        "Territorio Británico del Océano Índico",
        "Territoire britannique de l’océan Indien",
    ),
    c("IQ", "Iraq", "Irak", "Irak"),
    c("IR", "Iran", "Irán", "Iran"),
    c("IS", "Iceland", "Islandia", "Islande"),
    c("IT", "Italy", "Italia", "Italie"),
    c("JE", "Jersey", "Jersey", "Jersey"),
    c("JM", "Jamaica", "Jamaica", "Jamaïque"),
    c("JO", "Jordan", "Jordania", "Jordanie"),
    c("JP", "Japan", "Japón", "Japon"),
    c("KE", "Kenya", "Kenia", "Kenya"),
    c("KG", "Kyrgyzstan", "Kirguistán", "Kirghizistan"),
    c("KH", "Cambodia", "Camboya", "Cambodge"),
    c("KI", "Kiribati", "Kiribati", "Kiribati"),
    c("KM", "Comoros", "Comoras", "Comores"),
    c(
        "KN",
        "Saint Kitts and Nevis",
        "San Cristóbal y Nieves",
        "Saint-Christophe-et-Niévès",
    ),
    c("KP", "North Korea", "Corea del Norte", "Corée du Nord"),
    c("KR", "South Korea", "Corea del Sur", "Corée du Sud"),
    c("KW", "Kuwait", "Kuwait", "Koweït"),
    c("KY", "Cayman Islands", "Islas Caimán", "Îles Caïmans"),
    c("KZ", "Kazakhstan", "Kazajistán", "Kazakhstan"),
    c("LA", "Laos", "Laos", "Laos"),
    c("LB", "Lebanon", "Líbano", "Liban"),
    c("LC", "Saint Lucia", "Santa Lucía", "Sainte-Lucie"),
    c("LI", "Liechtenstein", "Liechtenstein", "Liechtenstein"),
    c("LK", "Sri Lanka", "Sri Lanka", "Sri Lanka"),
    c("LR", "Liberia", "Liberia", "Liberia"),
    c("LS", "Lesotho", "Lesoto", "Lesotho"),
    c("LT", "Lithuania", "Lituania", "Lituanie"),
    c("LU", "Luxembourg", "Luxemburgo", "Luxembourg"),
    c("LV", "Latvia", "Letonia", "Lettonie"),
    c("LY", "Libya", "Libia", "Libye"),
    c("MA", "Morocco", "Marruecos", "Maroc"),
    c("MC", "Monaco", "Mónaco", "Monaco"),
    c("MD", "Moldova", "Moldavia", "Moldavie"),
    c("ME", "Montenegro", "Montenegro", "Monténégro"),
    c("MF", "Saint Martin", "San Martín", "Saint-Martin"),
    c("MG", "Madagascar", "Madagascar", "Madagascar"),
    c("MH", "Marshall Islands", "Islas Marshall", "Îles Marshall"),
    c(
        "MK",
        "North Macedonia",
        "Macedonia del Norte",
        "Macédoine du Nord",
    ),
    c("ML", "Mali", "Malí", "Mali"),
    c("MM", "Myanmar", "Myanmar", "Myanmar"),
    c("MN", "Mongolia", "Mongolia", "Mongolie"),
    c("MO", "Macao", "Macao", "Macao"),
    c(
        "MP",
        "Northern Mariana Islands",
        "Islas Marianas del Norte",
        "Îles Mariannes du Nord",
    ),
    c("MQ", "Martinique", "Martinica", "Martinique"),
    c("MR", "Mauritania", "Mauritania", "Mauritanie"),
    c("MS", "Montserrat", "Montserrat", "Montserrat"),
    c("MT", "Malta", "Malta", "Malte"),
    c("MU", "Mauritius", "Mauricio", "Maurice"),
    c("MV", "Maldives", "Maldivas", "Maldives"),
    c("MW", "Malawi", "Malaui", "Malawi"),
    c("MX", "Mexico", "México", "Mexique"),
    c("MY", "Malaysia", "Malasia", "Malaisie"),
    c("MZ", "Mozambique", "Mozambique", "Mozambique"),
    c("NA", "Namibia", "Namibia", "Namibie"),
    c(
        "NC",
        "New Caledonia",
        "Nueva Caledonia",
        "Nouvelle-Calédonie",
    ),
    c("NE", "Niger", "Níger", "Niger"),
    c("NF", "Norfolk Island", "Isla Norfolk", "Île Norfolk"),
    c("NG", "Nigeria", "Nigeria", "Nigeria"),
    c("NI", "Nicaragua", "Nicaragua", "Nicaragua"),
    c("NL", "Netherlands", "Países Bajos", "Pays-Bas"),
    c("NO", "Norway", "Noruega", "Norvège"),
    c("NP", "Nepal", "Nepal", "Népal"),
    c("NR", "Nauru", "Nauru", "Nauru"),
    c("NU", "Niue", "Niue", "Niue"),
    c("NZ", "New Zealand", "Nueva Zelanda", "Nouvelle-Zélande"),
    c("OM", "Oman", "Omán", "Oman"),
    c("PA", "Panama", "Panamá", "Panama"),
    c("PE", "Peru", "Perú", "Pérou"),
    c(
        "PF",
        "French Polynesia",
        "Polinesia Francesa",
        "Polynésie française",
    ),
    c(
        "PG",
        "Papua New Guinea",
        "Papúa Nueva Guinea",
        "Papouasie-Nouvelle-Guinée",
    ),
    c("PH", "Philippines", "Filipinas", "Philippines"),
    c("PK", "Pakistan", "Pakistán", "Pakistan"),
    c("PL", "Poland", "Polonia", "Pologne"),
    c(
        "PM",
        "Saint Pierre and Miquelon",
        "San Pedro y Miquelón",
        "Saint-Pierre-et-Miquelon",
    ),
    c("PN", "Pitcairn Islands", "Islas Pitcairn", "Îles Pitcairn"),
    c("PR", "Puerto Rico", "Puerto Rico", "Porto Rico"),
    c("PS", "Palestine", "Palestina", "Palestine"),
    c("PT", "Portugal", "Portugal", "Portugal"),
    c("PW", "Palau", "Palaos", "Palaos"),
    c("PY", "Paraguay", "Paraguay", "Paraguay"),
    c("QA", "Qatar", "Catar", "Qatar"),
    c("RE", "Réunion", "Reunión", "La Réunion"),
    c("RO", "Romania", "Rumania", "Roumanie"),
    c("RS", "Serbia", "Serbia", "Serbie"),
    c("RU", "Russia", "Rusia", "Russie"),
    c("RW", "Rwanda", "Ruanda", "Rwanda"),
    c("SA", "Saudi Arabia", "Arabia Saudí", "Arabie saoudite"),
    c("SB", "Solomon Islands", "Islas Salomón", "Îles Salomon"),
    c("SC", "Seychelles", "Seychelles", "Seychelles"),
    c("SD", "Sudan", "Sudán", "Soudan"),
    c("SE", "Sweden", "Suecia", "Suède"),
    c("SG", "Singapore", "Singapur", "Singapour"),
    c(
        "SH",
        "Saint Helena, Ascension and Tristan da Cunha",
        "Santa Elena, Ascensión y Tristán de Acuña",
        "Sainte-Hélène, Ascension et Tristan da Cunha",
    ),
    c("SI", "Slovenia", "Eslovenia", "Slovénie"),
    c(
        "SJ",
        "Svalbard and Jan Mayen",
        "Svalbard y Jan Mayen",
        "Svalbard et Jan Mayen",
    ),
    c("SK", "Slovakia", "Eslovaquia", "Slovaquie"),
    c("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone"),
    c("SM", "San Marino", "San Marino", "Saint-Marin"),
    c("SN", "Senegal", "Senegal", "Sénégal"),
    c("SO", "Somalia", "Somalia", "Somalie"),
    c("SR", "Suriname", "Surinam", "Suriname"),
    c("SS", "South Sudan", "Sudán del Sur", "Soudan du Sud"),
    c(
        "ST",
        "São Tomé and Príncipe",
        "Santo Tomé y Príncipe",
        "Sao Tomé-et-Principe",
    ),
    c("SV", "El Salvador", "El Salvador", "Salvador"),
    c("SX", "Sint Maarten", "Sint Maarten", "Sint-Maarten"),
    c("SY", "Syria", "Siria", "Syrie"),
    c("SZ", "Eswatini", "Esuatini", "Eswatini"),
    c(
        "TC",
        "Turks and Caicos Islands",
        "Islas Turcas y Caicos",
        "Îles Turques-et-Caïques",
    ),
    c("TD", "Chad", "Chad", "Tchad"),
    c(
        "TF",
        "French Southern Territories",
        "Territorios Australes Franceses",
        "Terres australes et antarctiques françaises",
    ),
    c("TG", "Togo", "Togo", "Togo"),
    c("TH", "Thailand", "Tailandia", "Thaïlande"),
    c("TJ", "Tajikistan", "Tayikistán", "Tadjikistan"),
    c("TK", "Tokelau", "Tokelau", "Tokelau"),
    c("TL", "Timor-Leste", "Timor Oriental", "Timor oriental"),
    c("TM", "Turkmenistan", "Turkmenistán", "Turkménistan"),
    c("TN", "Tunisia", "Túnez", "Tunisie"),
    c("TO", "Tonga", "Tonga", "Tonga"),
    c("TR", "Türkiye", "Turquía", "Turquie"),
    c(
        "TT",
        "Trinidad and Tobago",
        "Trinidad y Tobago",
        "Trinité-et-Tobago",
    ),
    c("TV", "Tuvalu", "Tuvalu", "Tuvalu"),
    c("TW", "Taiwan", "Taiwán", "Taïwan"),
    c("TZ", "Tanzania", "Tanzania", "Tanzanie"),
    c("UA", "Ukraine", "Ucrania", "Ukraine"),
    c("UG", "Uganda", "Uganda", "Ouganda"),
    c(
        "UM",
        "United States Minor Outlying Islands",
        "Islas Ultramarinas Menores de los Estados Unidos",
        "Îles mineures éloignées des États-Unis",
    ),
    c("US", "United States", "Estados Unidos", "États-Unis"),
    c("UY", "Uruguay", "Uruguay", "Uruguay"),
    c("UZ", "Uzbekistan", "Uzbekistán", "Ouzbékistan"),
    c("VA", "Vatican City", "Ciudad del Vaticano", "Vatican"),
    c(
        "VC",
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
        "Saint-Vincent-et-les-Grenadines",
    ),
    c("VE", "Venezuela", "Venezuela", "Venezuela"),
    c(
        "VG",
        "British Virgin Islands",
        "Islas Vírgenes Británicas",
        "Îles Vierges britanniques",
    ),
    c(
        "VI",
        "U.S. Virgin Islands",
        "Islas Vírgenes de los Estados Unidos",
        "Îles Vierges des États-Unis",
    ),
    c("VN", "Vietnam", "Vietnam", "Viêt Nam"),
    c("VU", "Vanuatu", "Vanuatu", "Vanuatu"),
    c(
        "WF",
        "Wallis and Futuna",
        "Wallis y Futuna",
        "Wallis-et-Futuna",
    ),
    c("WS", "Samoa", "Samoa", "Samoa"),
    c("XK", "Kosovo", "Kosovo", "Kosovo"),
    c("YE", "Yemen", "Yemen", "Yémen"),
    c("YT", "Mayotte", "Mayotte", "Mayotte"),
    c("ZA", "South Africa", "Sudáfrica", "Afrique du Sud"),
    c("ZM", "Zambia", "Zambia", "Zambie"),
    c("ZW", "Zimbabwe", "Zimbabue", "Zimbabwe"),
];

/// ISO 3166-1 alpha-3 code → alpha-2 code, for every country in the table
/// (Kosovo's XKX is the code in common use).
#[rustfmt::skip]
static ALPHA3: &[(&str, &str)] = &[
    ("AND", "AD"), ("ARE", "AE"), ("AFG", "AF"), ("ATG", "AG"), ("AIA", "AI"),
    ("ALB", "AL"), ("ARM", "AM"), ("AGO", "AO"), ("ATA", "AQ"), ("ARG", "AR"),
    ("ASM", "AS"), ("AUT", "AT"), ("AUS", "AU"), ("ABW", "AW"), ("ALA", "AX"),
    ("AZE", "AZ"), ("BIH", "BA"), ("BRB", "BB"), ("BGD", "BD"), ("BEL", "BE"),
    ("BFA", "BF"), ("BGR", "BG"), ("BHR", "BH"), ("BDI", "BI"), ("BEN", "BJ"),
    ("BLM", "BL"), ("BMU", "BM"), ("BRN", "BN"), ("BOL", "BO"), ("BES", "BQ"),
    ("BRA", "BR"), ("BHS", "BS"), ("BTN", "BT"), ("BVT", "BV"), ("BWA", "BW"),
    ("BLR", "BY"), ("BLZ", "BZ"), ("CAN", "CA"), ("CCK", "CC"), ("COD", "CD"),
    ("CAF", "CF"), ("COG", "CG"), ("CHE", "CH"), ("CIV", "CI"), ("COK", "CK"),
    ("CHL", "CL"), ("CMR", "CM"), ("CHN", "CN"), ("COL", "CO"), ("CRI", "CR"),
    ("CUB", "CU"), ("CPV", "CV"), ("CUW", "CW"), ("CXR", "CX"), ("CYP", "CY"),
    ("CZE", "CZ"), ("DEU", "DE"), ("DJI", "DJ"), ("DNK", "DK"), ("DMA", "DM"),
    ("DOM", "DO"), ("DZA", "DZ"), ("ECU", "EC"), ("EST", "EE"), ("EGY", "EG"),
    ("ESH", "EH"), ("ERI", "ER"), ("ESP", "ES"), ("ETH", "ET"), ("FIN", "FI"),
    ("FJI", "FJ"), ("FLK", "FK"), ("FSM", "FM"), ("FRO", "FO"), ("FRA", "FR"),
    ("GAB", "GA"), ("GBR", "GB"), ("GRD", "GD"), ("GEO", "GE"), ("GUF", "GF"),
    ("GGY", "GG"), ("GHA", "GH"), ("GIB", "GI"), ("GRL", "GL"), ("GMB", "GM"),
    ("GIN", "GN"), ("GLP", "GP"), ("GNQ", "GQ"), ("GRC", "GR"), ("SGS", "GS"),
    ("GTM", "GT"), ("GUM", "GU"), ("GNB", "GW"), ("GUY", "GY"), ("HKG", "HK"),
    ("HMD", "HM"), ("HND", "HN"), ("HRV", "HR"), ("HTI", "HT"), ("HUN", "HU"),
    ("IDN", "ID"), ("IRL", "IE"), ("ISR", "IL"), ("IMN", "IM"), ("IND", "IN"),
    ("IOT", "IO"), ("IRQ", "IQ"), ("IRN", "IR"), ("ISL", "IS"), ("ITA", "IT"),
    ("JEY", "JE"), ("JAM", "JM"), ("JOR", "JO"), ("JPN", "JP"), ("KEN", "KE"),
    ("KGZ", "KG"), ("KHM", "KH"), ("KIR", "KI"), ("COM", "KM"), ("KNA", "KN"),
    ("PRK", "KP"), ("KOR", "KR"), ("KWT", "KW"), ("CYM", "KY"), ("KAZ", "KZ"),
    ("LAO", "LA"), ("LBN", "LB"), ("LCA", "LC"), ("LIE", "LI"), ("LKA", "LK"),
    ("LBR", "LR"), ("LSO", "LS"), ("LTU", "LT"), ("LUX", "LU"), ("LVA", "LV"),
    ("LBY", "LY"), ("MAR", "MA"), ("MCO", "MC"), ("MDA", "MD"), ("MNE", "ME"),
    ("MAF", "MF"), ("MDG", "MG"), ("MHL", "MH"), ("MKD", "MK"), ("MLI", "ML"),
    ("MMR", "MM"), ("MNG", "MN"), ("MAC", "MO"), ("MNP", "MP"), ("MTQ", "MQ"),
    ("MRT", "MR"), ("MSR", "MS"), ("MLT", "MT"), ("MUS", "MU"), ("MDV", "MV"),
    ("MWI", "MW"), ("MEX", "MX"), ("MYS", "MY"), ("MOZ", "MZ"), ("NAM", "NA"),
    ("NCL", "NC"), ("NER", "NE"), ("NFK", "NF"), ("NGA", "NG"), ("NIC", "NI"),
    ("NLD", "NL"), ("NOR", "NO"), ("NPL", "NP"), ("NRU", "NR"), ("NIU", "NU"),
    ("NZL", "NZ"), ("OMN", "OM"), ("PAN", "PA"), ("PER", "PE"), ("PYF", "PF"),
    ("PNG", "PG"), ("PHL", "PH"), ("PAK", "PK"), ("POL", "PL"), ("SPM", "PM"),
    ("PCN", "PN"), ("PRI", "PR"), ("PSE", "PS"), ("PRT", "PT"), ("PLW", "PW"),
    ("PRY", "PY"), ("QAT", "QA"), ("REU", "RE"), ("ROU", "RO"), ("SRB", "RS"),
    ("RUS", "RU"), ("RWA", "RW"), ("SAU", "SA"), ("SLB", "SB"), ("SYC", "SC"),
    ("SDN", "SD"), ("SWE", "SE"), ("SGP", "SG"), ("SHN", "SH"), ("SVN", "SI"),
    ("SJM", "SJ"), ("SVK", "SK"), ("SLE", "SL"), ("SMR", "SM"), ("SEN", "SN"),
    ("SOM", "SO"), ("SUR", "SR"), ("SSD", "SS"), ("STP", "ST"), ("SLV", "SV"),
    ("SXM", "SX"), ("SYR", "SY"), ("SWZ", "SZ"), ("TCA", "TC"), ("TCD", "TD"),
    ("ATF", "TF"), ("TGO", "TG"), ("THA", "TH"), ("TJK", "TJ"), ("TKL", "TK"),
    ("TLS", "TL"), ("TKM", "TM"), ("TUN", "TN"), ("TON", "TO"), ("TUR", "TR"),
    ("TTO", "TT"), ("TUV", "TV"), ("TWN", "TW"), ("TZA", "TZ"), ("UKR", "UA"),
    ("UGA", "UG"), ("UMI", "UM"), ("USA", "US"), ("URY", "UY"), ("UZB", "UZ"),
    ("VAT", "VA"), ("VCT", "VC"), ("VEN", "VE"), ("VGB", "VG"), ("VIR", "VI"),
    ("VNM", "VN"), ("VUT", "VU"), ("WLF", "WF"), ("WSM", "WS"), ("XKX", "XK"),
    ("YEM", "YE"), ("MYT", "YT"), ("ZAF", "ZA"), ("ZMB", "ZM"), ("ZWE", "ZW"),
];

/// Words that name more than one country; resolving them asks which.
static AMBIGUOUS: &[(&str, &[&str])] = &[
    ("Congo", &["CG", "CD"]),
    ("Korea", &["KR", "KP"]),
    ("Corea", &["KR", "KP"]),
    ("Corée", &["KR", "KP"]),
    ("Virgin Islands", &["VG", "VI"]),
    ("Islas Vírgenes", &["VG", "VI"]),
    ("Îles Vierges", &["VG", "VI"]),
];

/// Other ways to write a country: local names, official and long forms,
/// abbreviations, old names, and the forms used by the UN, the World Bank
/// and ISO itself.
static ALIASES: &[(&str, &str)] = &[
    // Andorra … Azerbaijan
    ("Principat d'Andorra", "AD"),
    ("UAE", "AE"),
    ("U.A.E.", "AE"),
    ("Emirates", "AE"),
    ("EAU", "AE"),
    ("الإمارات", "AE"),
    ("الإمارات العربية المتحدة", "AE"),
    ("افغانستان", "AF"),
    ("Afġānistān", "AF"),
    ("Shqipëria", "AL"),
    ("Shqipëri", "AL"),
    ("Հայաստան", "AM"),
    ("Hayastan", "AM"),
    ("Österreich", "AT"),
    ("Commonwealth of Australia", "AU"),
    ("Aland", "AX"),
    ("Aland Islands", "AX"),
    ("Ahvenanmaa", "AX"),
    ("Azərbaycan", "AZ"),
    ("Azerbaycan", "AZ"),
    // Bosnia … Byelorussia
    ("Bosnia", "BA"),
    ("Bosnia-Herzegovina", "BA"),
    ("Bosna i Hercegovina", "BA"),
    ("Босна и Херцеговина", "BA"),
    ("বাংলাদেশ", "BD"),
    ("Bangladesh", "BD"),
    ("België", "BE"),
    ("Belgien", "BE"),
    ("Upper Volta", "BF"),
    ("Haute-Volta", "BF"),
    ("България", "BG"),
    ("Balgariya", "BG"),
    ("Bahréin", "BH"),
    ("البحرين", "BH"),
    ("Dahomey", "BJ"),
    ("St Barthélemy", "BL"),
    ("St. Barts", "BL"),
    ("Saint Barts", "BL"),
    ("Brunei Darussalam", "BN"),
    ("Bolivia, Plurinational State of", "BO"),
    ("Plurinational State of Bolivia", "BO"),
    ("Bolivia (Plurinational State of)", "BO"),
    ("Estado Plurinacional de Bolivia", "BO"),
    ("Bonaire, Sint Eustatius and Saba", "BQ"),
    ("Bonaire", "BQ"),
    ("República Federativa do Brasil", "BR"),
    ("Bahamas, The", "BS"),
    ("འབྲུག་ཡུལ", "BT"),
    ("Druk Yul", "BT"),
    ("Беларусь", "BY"),
    ("Belarús", "BY"),
    ("Bélarus", "BY"),
    ("Byelorussia", "BY"),
    ("Belorussia", "BY"),
    // Cocos … Czechoslovakia's heirs
    ("Cocos Islands", "CC"),
    ("Keeling Islands", "CC"),
    ("DR Congo", "CD"),
    ("D.R. Congo", "CD"),
    ("DRC", "CD"),
    ("RDC", "CD"),
    ("RD Congo", "CD"),
    ("Democratic Republic of Congo", "CD"),
    ("Congo-Kinshasa", "CD"),
    ("Congo (Kinshasa)", "CD"),
    ("Congo, Democratic Republic of the", "CD"),
    ("Congo, The Democratic Republic of the", "CD"),
    ("Congo (the Democratic Republic of the)", "CD"),
    ("Congo, Dem. Rep.", "CD"),
    ("Zaire", "CD"),
    ("Centrafrique", "CF"),
    ("Republic of Congo", "CG"),
    ("Congo Republic", "CG"),
    ("Congo-Brazzaville", "CG"),
    ("Congo (Brazzaville)", "CG"),
    ("Congo, Republic of the", "CG"),
    ("Congo, Rep.", "CG"),
    ("Schweiz", "CH"),
    ("Svizzera", "CH"),
    ("Svizra", "CH"),
    ("Confoederatio Helvetica", "CH"),
    ("Helvetia", "CH"),
    ("Swiss Confederation", "CH"),
    ("Ivory Coast", "CI"),
    ("Elfenbeinküste", "CI"),
    ("中国", "CN"),
    ("中國", "CN"),
    ("中华人民共和国", "CN"),
    ("Zhongguo", "CN"),
    ("People's Republic of China", "CN"),
    ("PRC", "CN"),
    ("Mainland China", "CN"),
    ("República Popular China", "CN"),
    ("République populaire de Chine", "CN"),
    ("Cape Verde Islands", "CV"),
    ("Cabo Verde", "CV"),
    ("Curacao", "CW"),
    ("Κύπρος", "CY"),
    ("Kypros", "CY"),
    ("Kıbrıs", "CY"),
    ("Czech Republic", "CZ"),
    ("Česko", "CZ"),
    ("Česká republika", "CZ"),
    ("República Checa", "CZ"),
    ("République tchèque", "CZ"),
    // Germany … Ethiopia
    ("Deutschland", "DE"),
    ("Federal Republic of Germany", "DE"),
    ("Bundesrepublik Deutschland", "DE"),
    ("Danmark", "DK"),
    ("Rép. dominicaine", "DO"),
    ("الجزائر", "DZ"),
    ("Algérie", "DZ"),
    ("Eesti", "EE"),
    ("مصر", "EG"),
    ("Misr", "EG"),
    ("Egypt, Arab Rep.", "EG"),
    ("Arab Republic of Egypt", "EG"),
    ("Sahrawi Arab Democratic Republic", "EH"),
    ("ኤርትራ", "ER"),
    ("Espanya", "ES"),
    ("Espainia", "ES"),
    ("Reino de España", "ES"),
    ("ኢትዮጵያ", "ET"),
    ("Ityop'iya", "ET"),
    ("Abyssinia", "ET"),
    // Finland … Greece
    ("Suomi", "FI"),
    ("Falkland Islands (Malvinas)", "FK"),
    ("Malvinas", "FK"),
    ("Micronesia, Federated States of", "FM"),
    ("Federated States of Micronesia", "FM"),
    ("Micronesia (Federated States of)", "FM"),
    ("Micronesia, Fed. Sts.", "FM"),
    ("Faeroe Islands", "FO"),
    ("Føroyar", "FO"),
    ("Færøerne", "FO"),
    ("République française", "FR"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Great Britain", "GB"),
    ("Britain", "GB"),
    ("England", "GB"),
    ("Scotland", "GB"),
    ("Wales", "GB"),
    ("Northern Ireland", "GB"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ("Gran Bretaña", "GB"),
    ("Grande-Bretagne", "GB"),
    ("Inglaterra", "GB"),
    ("Angleterre", "GB"),
    ("საქართველო", "GE"),
    ("Sakartvelo", "GE"),
    ("Guyane", "GF"),
    ("Kalaallit Nunaat", "GL"),
    ("Grønland", "GL"),
    ("Gambia, The", "GM"),
    ("Guinée-Conakry", "GN"),
    ("Guinea Equatorial", "GQ"),
    ("Ελλάδα", "GR"),
    ("Ελλάς", "GR"),
    ("Ellada", "GR"),
    ("Hellas", "GR"),
    ("Hellenic Republic", "GR"),
    ("South Georgia", "GS"),
    ("Guinea Bissau", "GW"),
    // Hong Kong … Italy
    ("Hong Kong SAR", "HK"),
    ("Hong Kong SAR, China", "HK"),
    ("Hong Kong, China", "HK"),
    ("China, Hong Kong SAR", "HK"),
    ("Hong Kong Special Administrative Region", "HK"),
    ("Hongkong", "HK"),
    ("香港", "HK"),
    ("Hrvatska", "HR"),
    ("Ayiti", "HT"),
    ("Magyarország", "HU"),
    ("Republik Indonesia", "ID"),
    ("Éire", "IE"),
    ("Republic of Ireland", "IE"),
    ("ישראל", "IL"),
    ("إسرائيل", "IL"),
    ("Yisra'el", "IL"),
    ("Isle of Man", "IM"),
    ("भारत", "IN"),
    ("Bharat", "IN"),
    ("Republic of India", "IN"),
    ("العراق", "IQ"),
    ("Iran, Islamic Republic of", "IR"),
    ("Islamic Republic of Iran", "IR"),
    ("Iran (Islamic Republic of)", "IR"),
    ("Iran, Islamic Rep.", "IR"),
    ("ایران", "IR"),
    ("Persia", "IR"),
    ("Ísland", "IS"),
    ("Repubblica Italiana", "IT"),
    // Jordan … Kosovo
    ("الأردن", "JO"),
    ("日本", "JP"),
    ("日本国", "JP"),
    ("Nihon", "JP"),
    ("Nippon", "JP"),
    ("Кыргызстан", "KG"),
    ("Kyrgyz Republic", "KG"),
    ("Kirguizistán", "KG"),
    ("Kirghizia", "KG"),
    ("កម្ពុជា", "KH"),
    ("Kampuchea", "KH"),
    ("St Kitts and Nevis", "KN"),
    ("Saint Kitts", "KN"),
    ("St Kitts", "KN"),
    ("North Korea", "KP"),
    ("Korea, North", "KP"),
    ("Korea (North)", "KP"),
    ("Korea, Democratic People's Republic of", "KP"),
    ("Democratic People's Republic of Korea", "KP"),
    ("Korea (the Democratic People's Republic of)", "KP"),
    ("Korea, Dem. People's Rep.", "KP"),
    ("DPRK", "KP"),
    ("조선", "KP"),
    ("조선민주주의인민공화국", "KP"),
    ("South Korea", "KR"),
    ("Korea, South", "KR"),
    ("Korea (South)", "KR"),
    ("Republic of Korea", "KR"),
    ("Korea, Republic of", "KR"),
    ("Korea (the Republic of)", "KR"),
    ("Korea, Rep.", "KR"),
    ("República de Corea", "KR"),
    ("République de Corée", "KR"),
    ("대한민국", "KR"),
    ("한국", "KR"),
    ("Hanguk", "KR"),
    ("الكويت", "KW"),
    ("Қазақстан", "KZ"),
    ("Казахстан", "KZ"),
    ("Qazaqstan", "KZ"),
    ("Kazajstán", "KZ"),
    // Laos … Lybia
    ("Lao PDR", "LA"),
    ("Lao People's Democratic Republic", "LA"),
    ("ລາວ", "LA"),
    ("لبنان", "LB"),
    ("St Lucia", "LC"),
    ("ශ්‍රී ලංකාව", "LK"),
    ("இலங்கை", "LK"),
    ("Ceylon", "LK"),
    ("Lietuva", "LT"),
    ("Lëtzebuerg", "LU"),
    ("Luxemburg", "LU"),
    ("Latvija", "LV"),
    ("ليبيا", "LY"),
    // Morocco … Mozambique
    ("المغرب", "MA"),
    ("Al-Maghrib", "MA"),
    ("Moldova, Republic of", "MD"),
    ("Republic of Moldova", "MD"),
    ("Moldova (the Republic of)", "MD"),
    ("Crna Gora", "ME"),
    ("Црна Гора", "ME"),
    ("St Martin", "MF"),
    ("Saint Martin (French part)", "MF"),
    ("Madagasikara", "MG"),
    ("Macedonia", "MK"),
    ("Macédoine", "MK"),
    ("Republic of North Macedonia", "MK"),
    ("Северна Македонија", "MK"),
    ("Severna Makedonija", "MK"),
    ("FYROM", "MK"),
    ("Former Yugoslav Republic of Macedonia", "MK"),
    ("Macedonia, the former Yugoslav Republic of", "MK"),
    ("Burma", "MM"),
    ("Birmania", "MM"),
    ("Birmanie", "MM"),
    ("Myanmar (Burma)", "MM"),
    ("Монгол Улс", "MN"),
    ("Mongol Uls", "MN"),
    ("Macau", "MO"),
    ("Macao SAR", "MO"),
    ("Macau SAR", "MO"),
    ("Macao SAR, China", "MO"),
    ("China, Macao SAR", "MO"),
    ("澳門", "MO"),
    ("澳门", "MO"),
    ("Northern Marianas", "MP"),
    ("موريتانيا", "MR"),
    ("Île Maurice", "MU"),
    ("Malawi", "MW"),
    ("Malaŵi", "MW"),
    ("Estados Unidos Mexicanos", "MX"),
    ("Méjico", "MX"),
    ("Moçambique", "MZ"),
    // Namibia … Norway
    ("Nederland", "NL"),
    ("Holland", "NL"),
    ("Holanda", "NL"),
    ("Hollande", "NL"),
    ("Netherlands (Kingdom of the)", "NL"),
    ("Kingdom of the Netherlands", "NL"),
    ("Norge", "NO"),
    ("Noreg", "NO"),
    ("नेपाल", "NP"),
    ("Aotearoa", "NZ"),
    ("Nueva Zelandia", "NZ"),
    // Oman … Qatar
    ("عمان", "OM"),
    ("Papua Niugini", "PG"),
    ("Pilipinas", "PH"),
    ("Republika ng Pilipinas", "PH"),
    ("Philippine Islands", "PH"),
    ("پاکستان", "PK"),
    ("Polska", "PL"),
    ("St Pierre and Miquelon", "PM"),
    ("Pitcairn", "PN"),
    ("State of Palestine", "PS"),
    ("Palestine, State of", "PS"),
    ("Occupied Palestinian Territory", "PS"),
    ("Occupied Palestinian Territories", "PS"),
    ("Palestinian Territories", "PS"),
    ("Palestinian Territory", "PS"),
    ("West Bank and Gaza", "PS"),
    ("Estado de Palestina", "PS"),
    ("État de Palestine", "PS"),
    ("فلسطين", "PS"),
    ("República Portuguesa", "PT"),
    ("Belau", "PW"),
    ("Paraguái", "PY"),
    ("Tetã Paraguái", "PY"),
    ("قطر", "QA"),
    // Réunion … Rwanda
    ("Reunion", "RE"),
    ("România", "RO"),
    ("Србија", "RS"),
    ("Srbija", "RS"),
    ("Россия", "RU"),
    ("Rossiya", "RU"),
    ("Rossija", "RU"),
    ("Russian Federation", "RU"),
    ("Российская Федерация", "RU"),
    ("Federación Rusa", "RU"),
    ("Fédération de Russie", "RU"),
    // Saudi Arabia … Syria
    ("KSA", "SA"),
    ("Kingdom of Saudi Arabia", "SA"),
    ("Saudi", "SA"),
    ("Arabia Saudita", "SA"),
    ("السعودية", "SA"),
    ("المملكة العربية السعودية", "SA"),
    ("السودان", "SD"),
    ("Sverige", "SE"),
    ("Singapura", "SG"),
    ("新加坡", "SG"),
    ("Saint Helena", "SH"),
    ("St Helena", "SH"),
    ("Slovenija", "SI"),
    ("Slovensko", "SK"),
    ("Slovak Republic", "SK"),
    ("Soomaaliya", "SO"),
    ("الصومال", "SO"),
    ("Surinam", "SR"),
    ("Sao Tome and Principe", "ST"),
    ("São Tomé e Príncipe", "ST"),
    ("Sint Maarten (Dutch part)", "SX"),
    ("Syrian Arab Republic", "SY"),
    ("سوريا", "SY"),
    ("سورية", "SY"),
    ("Swaziland", "SZ"),
    ("Suazilandia", "SZ"),
    ("Kingdom of Eswatini", "SZ"),
    // Chad … Tanzania
    ("تشاد", "TD"),
    ("French Southern and Antarctic Lands", "TF"),
    ("Terres australes françaises", "TF"),
    ("ประเทศไทย", "TH"),
    ("ไทย", "TH"),
    ("Prathet Thai", "TH"),
    ("Siam", "TH"),
    ("Тоҷикистон", "TJ"),
    ("Tojikiston", "TJ"),
    ("East Timor", "TL"),
    ("Timor Lorosa'e", "TL"),
    ("Türkmenistan", "TM"),
    ("تونس", "TN"),
    ("Turkey", "TR"),
    ("Republic of Türkiye", "TR"),
    ("Turquia", "TR"),
    ("Taiwan, Province of China", "TW"),
    ("Taiwan (Province of China)", "TW"),
    ("Chinese Taipei", "TW"),
    ("臺灣", "TW"),
    ("台灣", "TW"),
    ("台湾", "TW"),
    ("Tanzania, United Republic of", "TZ"),
    ("United Republic of Tanzania", "TZ"),
    // Ukraine … Uzbekistan
    ("Україна", "UA"),
    ("Ukraina", "UA"),
    ("Ukrayina", "UA"),
    ("US Minor Outlying Islands", "UM"),
    ("U.S.", "US"),
    ("United States of America", "US"),
    ("Estados Unidos de América", "US"),
    ("EE.UU.", "US"),
    ("EEUU", "US"),
    ("États-Unis d'Amérique", "US"),
    ("República Oriental del Uruguay", "UY"),
    ("Oʻzbekiston", "UZ"),
    ("Ўзбекистон", "UZ"),
    ("Uzbekiston", "UZ"),
    // Vatican … Vietnam
    ("Holy See", "VA"),
    ("Holy See (Vatican City State)", "VA"),
    ("Vatican City State", "VA"),
    ("Santa Sede", "VA"),
    ("Saint-Siège", "VA"),
    ("Cité du Vatican", "VA"),
    ("Città del Vaticano", "VA"),
    ("Vaticano", "VA"),
    ("St Vincent and the Grenadines", "VC"),
    ("Saint Vincent", "VC"),
    ("Venezuela, Bolivarian Republic of", "VE"),
    ("Venezuela (Bolivarian Republic of)", "VE"),
    ("Bolivarian Republic of Venezuela", "VE"),
    ("República Bolivariana de Venezuela", "VE"),
    ("Venezuela, RB", "VE"),
    ("Virgin Islands, British", "VG"),
    ("Virgin Islands (British)", "VG"),
    ("US Virgin Islands", "VI"),
    ("United States Virgin Islands", "VI"),
    ("Virgin Islands, U.S.", "VI"),
    ("Virgin Islands (U.S.)", "VI"),
    ("Việt Nam", "VN"),
    ("Wallis and Futuna Islands", "WF"),
    ("Western Samoa", "WS"),
    // Kosovo, Yemen, South Africa
    ("Republic of Kosovo", "XK"),
    ("Kosova", "XK"),
    ("Kosovë", "XK"),
    ("Косово", "XK"),
    ("اليمن", "YE"),
    ("Yemen, Rep.", "YE"),
    ("RSA", "ZA"),
    ("Republic of South Africa", "ZA"),
    ("Suid-Afrika", "ZA"),
    ("Zimbabwe", "ZW"),
];

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
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
                Err(CountryError::Unknown(input.to_string())),
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
            Err(CountryError::Ambiguous(input, options)) => {
                assert_eq!(input, "Congo");
                assert!(
                    options.contains("(CG)") && options.contains("(CD)"),
                    "{options}"
                );
            }
            other => panic!("Congo: {other:?}"),
        }
        match resolve(" korea ") {
            Err(CountryError::Ambiguous(input, options)) => {
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
    fn names_by_language() {
        assert_eq!(name("DE", "es-MX"), Some("Alemania"));
        assert_eq!(name("DE", "fr"), Some("Allemagne"));
        assert_eq!(name("DE", "fr_CA"), Some("Allemagne"));
        assert_eq!(name("DE", "de"), Some("Germany"));
        assert_eq!(name("DE", "en"), Some("Germany"));
        assert_eq!(name("de", ""), Some("Germany"));
        assert_eq!(name("NL", "es"), Some("Países Bajos"));
        assert_eq!(name("NL", "fr"), Some("Pays-Bas"));
        assert_eq!(name("CI", "en"), Some("Côte d’Ivoire"));
        assert_eq!(name("CI", "es"), Some("Costa de Marfil"));
        assert_eq!(name("ZZ", "en"), None);
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
}
