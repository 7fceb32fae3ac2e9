//! Names as Undersigned compares and sorts them: folded (case, accents and
//! punctuation set aside), keyed (articles and legal forms too), and as
//! initials for acronyms.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Letters and digits only, lower case, without diacritics, words separated
/// by one space: the form two spellings of one name share.
pub fn fold(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c == '\'' || c == '’' {
            // "l'Association" → "l association"; "O’Brien" → "o brien".
            pending_space = true;
        } else {
            pending_space = true;
        }
    }
    out
}

const LEADING_ARTICLES: &[&str] = &[
    "the", "la", "le", "les", "l", "el", "los", "las", "die", "der", "das", "il", "lo", "gli",
];
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "ev",
    "e v",
    "asbl",
    "ac",
    "a c",
    "sa",
    "s a",
    "srl",
    "ngo",
    "ong",
    "cic",
    "cio",
    "plc",
    "co",
    "corp",
    "foundation inc",
];

/// The key duplicates are found by: `fold`, then a leading article and a
/// trailing legal form dropped ("The Mission for Migrant Workers Ltd." and
/// "Mission for Migrant Workers" share one).
pub fn name_key(raw: &str) -> String {
    let folded = fold(raw);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() > 1 && LEADING_ARTICLES.contains(&words[0]) {
        words.remove(0);
    }
    loop {
        let before = words.len();
        for suffix in LEGAL_SUFFIXES {
            let parts: Vec<&str> = suffix.split(' ').collect();
            if words.len() > parts.len() && words.ends_with(&parts) {
                words.truncate(words.len() - parts.len());
                break;
            }
        }
        if words.len() == before {
            break;
        }
    }
    words.join(" ")
}

/// How a name sorts: folded, so that case and accents do not split the
/// alphabet ("Éducation" between "Ecology" and "Education Fund").
pub fn sort_key(raw: &str) -> String {
    let folded = fold(raw);
    if folded.is_empty() {
        raw.to_lowercase()
    } else {
        folded
    }
}

pub(crate) const SMALL_WORDS: &[&str] = &[
    "of", "for", "the", "and", "in", "on", "to", "de", "del", "la", "las", "los", "el", "y", "e",
    "des", "du", "et", "pour", "por", "para", "a", "en", "und", "fur", "der", "die", "das",
];

/// The acronyms a name could go by: the initials of all its words and of
/// the words that are not small ones ("Mission for Migrant Workers" → "mfmw"
/// and "mmw"). Empty for one-word names.
pub fn initials(raw: &str) -> Vec<String> {
    let folded = fold(raw);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let all: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let big: String = words
        .iter()
        .filter(|w| !SMALL_WORDS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect();
    let mut out = vec![all];
    if big.chars().count() >= 2 && !out.contains(&big) {
        out.push(big);
    }
    out
}
