//! Countries: one resolver from what people type to ISO 3166-1 alpha-2.
//!
//! The table holds every assigned ISO 3166-1 alpha-2 code plus Kosovo (`XK`,
//! user-assigned but in wide use), with short names in English, Spanish and
//! French. [`resolve`] turns what a person typed or a file held into a country:
//! a code (alpha-2 or alpha-3), a name in one of the three languages, the
//! local name, or a common variant or old name, or the name CLDR gives it in
//! one of the languages of [`names::READ_IN`]. Matching is exact after
//! [`key`] normalization; nothing is guessed. [`name`] writes a country in
//! any language CLDR has names for.
//!
//! When keys meet, the order of precedence is: alpha-2 codes, names and
//! aliases, then alpha-3 codes, then CLDR's names in other languages. An
//! alpha-3 code whose key is already a name of another country is left out
//! (names win); a test lists such cases. A CLDR name two countries share
//! across languages reads as either, and the resolver asks which.

mod names;
mod table;

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use table::{ALIASES, ALPHA3, AMBIGUOUS, COUNTRIES};

/// One country or territory with an ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
pub struct Country {
    pub code: &'static str,
    pub en: &'static str,
    pub es: &'static str,
    pub fr: &'static str,
}

/// Why a value could not be turned into a country.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[serde(tag = "@country", rename_all = "snake_case")]
pub enum CountryError {
    #[error("no country given")]
    Empty,
    #[error(
        "“{typed}” is not a country we know; write its name in English, Spanish or French, or its two-letter code"
    )]
    Unknown { typed: String },
    #[error("“{typed}” could mean {options}; say which")]
    Ambiguous { typed: String, options: String },
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

/// The country's name in a language (`lang`, a BCP 47 tag): CLDR's short
/// name in that language ("Deutschland", "ألمانيا", "Hong Kong"), or the
/// English one for English and for a language CLDR has no names in (see
/// [`has_names_in`]).
pub fn name(code: &str, lang: &str) -> Option<String> {
    let country = by_code(code)?;
    let primary = lang.trim().split(['-', '_']).next().unwrap_or("");
    if primary.is_empty() || primary.eq_ignore_ascii_case("en") {
        return Some(country.en.to_string());
    }
    let written = names::names_in(lang).and_then(|names| names::of(&names, country.code));
    Some(written.unwrap_or_else(|| country.en.to_string()))
}

/// Whether CLDR names countries in this language; when not, [`name`]
/// writes them in English.
pub fn has_names_in(lang: &str) -> bool {
    let primary = lang.trim().split(['-', '_']).next().unwrap_or("");
    primary.eq_ignore_ascii_case("en") || names::names_in(lang).is_some()
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
    match INDEX.map.get(&k).or_else(|| INDEX.elsewhere.get(&k)) {
        Some(Target::One(i)) => Ok(&COUNTRIES[*i]),
        Some(Target::Many(many)) => {
            let options: Vec<String> = many
                .iter()
                .map(|&i| format!("{} ({})", COUNTRIES[i].en, COUNTRIES[i].code))
                .collect();
            Err(CountryError::Ambiguous {
                typed: trimmed.to_string(),
                options: options.join(" or "),
            })
        }
        None => Err(CountryError::Unknown {
            typed: trimmed.to_string(),
        }),
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
    /// CLDR's names in the languages of [`names::READ_IN`] whose keys are
    /// not in `map`: read exactly, never as the nearest spelling (so a
    /// misspelling is only ever read as a name people type in our own
    /// three languages).
    elsewhere: HashMap<String, Target>,
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
        elsewhere: HashMap::new(),
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
    for lang in names::READ_IN {
        let Some(in_lang) = names::names_in(lang) else {
            continue;
        };
        for (i, c) in COUNTRIES.iter().enumerate() {
            let Some(name) = names::of(&in_lang, c.code) else {
                continue;
            };
            let k = key(&name);
            if k.is_empty() || index.map.contains_key(&k) {
                continue;
            }
            match index.elsewhere.entry(k) {
                Entry::Vacant(v) => {
                    v.insert(Target::One(i));
                }
                Entry::Occupied(mut o) => match o.get_mut() {
                    Target::One(j) if *j == i => {}
                    Target::One(j) => {
                        let j = *j;
                        o.insert(Target::Many(vec![j, i]));
                    }
                    Target::Many(many) => {
                        if !many.contains(&i) {
                            many.push(i);
                        }
                    }
                },
            }
        }
    }
    index
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;
