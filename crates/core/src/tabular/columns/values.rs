//! What the values of a column look like, and the answers forms write:
//! yes or no, organization or individual, dates.

use crate::tabular::Row;
use crate::text::names::fold;
use crate::text::words;

/// What the values of a column look like: the share of the non-empty ones
/// of each shape, out of at most `SAMPLE` of them.
#[derive(Debug, Default)]
pub(super) struct Values {
    pub sampled: usize,
    pub countries: usize,
    pub emails: usize,
    pub kinds: usize,
    pub dates: usize,
    pub yes_no: usize,
    pub urls: usize,
    pub phones: usize,
    pub numbers: usize,
    pub organizations: usize,
    pub people: usize,
    pub acronyms: usize,
}

const SAMPLE: usize = 200;

impl Values {
    pub fn of(rows: &[Row], column: usize) -> Values {
        let mut v = Values::default();
        for cell in rows
            .iter()
            .filter_map(|r| r.cells.get(column))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .take(SAMPLE)
        {
            v.sampled += 1;
            let folded = fold(cell);
            v.countries += usize::from(crate::countries::resolve_near(cell).is_some());
            v.emails += usize::from(is_email(cell));
            v.kinds += usize::from(answer_is_individual(cell).is_some());
            v.dates += usize::from(!date_of(cell).is_empty());
            v.yes_no += usize::from(yes_no(cell).is_some());
            v.urls += usize::from(is_url(cell));
            v.phones += usize::from(is_phone(cell));
            v.numbers += usize::from(cell.chars().all(|c| c.is_ascii_digit() || c == '.'));
            v.organizations += usize::from(looks_like_organization(cell, &folded));
            v.people += usize::from(looks_like_person(cell, &folded));
            v.acronyms += usize::from(looks_like_acronym(cell));
        }
        v
    }

    pub fn share(&self, n: usize) -> f32 {
        if self.sampled == 0 {
            0.0
        } else {
            n as f32 / self.sampled as f32
        }
    }
}

fn is_email(cell: &str) -> bool {
    let Some((local, domain)) = cell.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !cell.contains(char::is_whitespace)
}

fn is_url(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    !cell.contains(char::is_whitespace)
        && !cell.contains('@')
        && (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www."))
}

fn is_phone(cell: &str) -> bool {
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && (cell.starts_with('+') || cell.contains([' ', '-', '(']) || digits >= 9)
}

fn looks_like_acronym(cell: &str) -> bool {
    let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&letters) && !cell.contains(' ') && cell.chars().all(|c| !c.is_lowercase())
}

fn looks_like_organization(cell: &str, folded: &str) -> bool {
    words::has_organization_word(folded)
        || (cell.contains('(') && cell.ends_with(')'))
        || cell
            .split_whitespace()
            .any(|w| w.chars().count() >= 2 && looks_like_acronym(w))
}

/// Two to four words, each starting with a capital, no digits, no words of
/// organizations: "Maria Santos", "Jean-Paul Ngoy".
fn looks_like_person(cell: &str, folded: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !cell.chars().any(|c| c.is_ascii_digit() || c == '@')
        && !words::has_organization_word(folded)
        && !words.iter().any(|w| looks_like_acronym(w))
}

/// Words of an answer that say "as an individual", folded: Arabic.
const INDIVIDUAL_WORDS: &[&str] = &[
    "فرد",
    "كفرد",
    "فردي",
    "فردية",
    "الفردية",
    "افراد",
    "كافراد",
    "شخصيا",
];

/// Words for an organization that begin many organizations' names too
/// ("Lembaga Bantuan Hukum", "منظمة العفو الدولية", "Samahan ng…"): they
/// answer "organization" only alone or after "as", never within a name.
/// Folded, so Arabic without hamza ("موسسة", "هيية", "ايتلاف").
const ORGANIZATION_WORDS: &[&str] = &[
    "lembaga",
    "kelompok",
    "komunitas",
    "jaringan",
    "yayasan",
    "samahan",
    "grupo",
    "alyansa",
    "koalisyon",
    "منظمة",
    "موسسة",
    "جمعية",
    "هيية",
    "شبكة",
    "مجموعة",
    "ايتلاف",
];

/// What may stand around those words in an answer: "as", "or", "an".
const ANSWER_FILLERS: &[&str] = &[
    "sebagai", "atau", "bilang", "isang", "o", "at", "بصفة", "باسم", "او",
];

/// "Lembaga", "sebagai kelompok", "Bilang samahan", "كمنظمة", "منظمة / مؤسسة".
fn only_organization_words(folded: &str) -> bool {
    let mut words = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !ANSWER_FILLERS.contains(w))
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            // Arabic "ك" (as) and "ال" (the) are written joined to the word.
            let w = w.strip_prefix('ك').unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            ORGANIZATION_WORDS.contains(&w)
        })
}

/// An answer to "are you signing as an organization or an individual?":
/// `Some(true)` for an individual.
pub fn answer_is_individual(raw: &str) -> Option<bool> {
    let folded = fold(raw);
    if folded.is_empty() {
        return None;
    }
    if folded.contains("individ")
        || folded.contains("person")
        || folded.contains("myself")
        || folded.contains("my own")
        || folded.contains("a titulo personal")
        || folded.contains("en mi nombre")
        || folded.contains("a titre personnel")
        || folded.contains("perorangan")
        || folded.contains("perseorangan")
        || folded.contains("pribadi")
        || folded.contains("indibid")
        || folded.contains("sarili")
        || folded.contains("بصفة شخصية")
        || folded.contains("بصفتي الشخصية")
        || folded.split(' ').any(|w| INDIVIDUAL_WORDS.contains(&w))
    {
        Some(true)
    } else if folded.contains("organi")
        || folded.contains("group")
        || folded.contains("colectiv")
        || folded.contains("collectif")
        || folded.contains("coletiv")
        || folded.contains("network")
        || folded.contains("institution")
        || folded.contains("entidad")
        || only_organization_words(&folded)
    {
        Some(false)
    } else {
        None
    }
}

/// A yes or no as forms and spreadsheets write them.
pub fn yes_no(raw: &str) -> Option<bool> {
    let trimmed = raw.trim();
    if matches!(trimmed, "✓" | "✔" | "☑" | "✅") {
        return Some(true);
    }
    if matches!(trimmed, "✗" | "✘" | "❌" | "☐" | "☒") {
        return Some(false);
    }
    // Folded, so Arabic reads without its hamza: "أوافق" is "اوافق".
    let folded = fold(trimmed);
    // "Prefer not", "Do not list my name", "Don't list".
    if folded.starts_with("prefer not")
        || folded.starts_with("do not")
        || folded.starts_with("don t")
        || folded.starts_with("dont")
        || folded.starts_with("please do not")
        || folded.starts_with("not ")
    {
        return Some(false);
    }
    let first = folded.split(' ').next().unwrap_or("");
    match folded.as_str() {
        "yes" | "y" | "true" | "1" | "x" | "si" | "oui" | "o" | "ok" | "sim" | "s" | "agree"
        | "i agree" | "yes i agree" | "de acuerdo" | "d accord" | "concordo" | "checked" => {
            Some(true)
        }
        "no" | "n" | "false" | "0" | "non" | "nao" | "disagree" | "i disagree" | "nein" | "nee"
        | "ja" | "nej" => Some(folded == "ja"),
        // Indonesian, Filipino, Arabic.
        "setuju" | "saya setuju" | "bersedia" | "sang ayon" | "pumapayag" | "نعم" | "اوافق"
        | "موافق" | "موافقة" => Some(true),
        "tidak setuju" | "tidak bersedia" | "غير موافق" | "غير موافقة" => {
            Some(false)
        }
        _ => match first {
            "yes" | "si" | "oui" | "sim" | "ja" | "ya" | "iya" | "oo" | "opo" | "oho" | "نعم" => {
                Some(true)
            }
            "no" | "non" | "nao" | "nein" | "nee" | "nej" | "tidak" | "tdk" | "bukan" | "hindi"
            | "لا" => Some(false),
            _ => None,
        },
    }
}

/// The date in a timestamp as form services write it: `2026-11-20 10:15`,
/// `2026/11/20 10:15:00 AM GMT`, the US `11/20/2026 10:15:00`, or the
/// European `20/11/2026`.
pub fn date_of(raw: &str) -> String {
    let first = raw.trim().split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = first.split(['-', '/', '.']).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y), num(m), num(d)),
        [m, d, y] if y.len() == 4 => match (num(m), num(d)) {
            (Some(m), Some(d)) if m > 12 && d <= 12 => (num(y), Some(d), Some(m)),
            (m, d) => (num(y), m, d),
        },
        _ => return String::new(),
    };
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            let date = format!("{y:04}-{m:02}-{d:02}");
            if crate::text::dates::clean_iso_date(&date).is_ok() {
                date
            } else {
                String::new()
            }
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_read_in_four_languages() {
        assert_eq!(answer_is_individual("Organización"), Some(false));
        assert_eq!(answer_is_individual("Individuel"), Some(true));
        assert_eq!(answer_is_individual("As an individual"), Some(true));
        assert_eq!(answer_is_individual("Organisation"), Some(false));
        assert_eq!(yes_no("Sí"), Some(true));
        assert_eq!(yes_no("non"), Some(false));
        assert_eq!(yes_no("x"), Some(true));
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn answers_read_in_arabic_indonesian_and_filipino() {
        for yes in [
            "ya",
            "Ya",
            "iya",
            "Ya, saya setuju",
            "Setuju",
            "oo",
            "Oo",
            "opo",
            "Opo, pumapayag kami",
            "نعم",
            " نعم ",
            "نعم، أوافق",
            "أوافق",
            "موافق",
        ] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in [
            "tidak",
            "Tidak",
            "Tidak, terima kasih",
            "bukan",
            "Tidak setuju",
            "hindi",
            "Hindi po",
            "لا",
            "لا أوافق",
            "غير موافق",
        ] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_no("mungkin"), None);
        assert_eq!(yes_no("siguro"), None);
        assert_eq!(yes_no("ربما"), None);

        assert_eq!(answer_is_individual("Organisasi"), Some(false));
        assert_eq!(answer_is_individual("Lembaga"), Some(false));
        assert_eq!(answer_is_individual("Perorangan"), Some(true));
        assert_eq!(answer_is_individual("Individu"), Some(true));
        assert_eq!(answer_is_individual("Organisasyon"), Some(false));
        assert_eq!(answer_is_individual("Samahan"), Some(false));
        assert_eq!(answer_is_individual("Indibidwal"), Some(true));
        assert_eq!(answer_is_individual("منظمة"), Some(false));
        assert_eq!(answer_is_individual("مؤسسة"), Some(false));
        assert_eq!(answer_is_individual("فرد"), Some(true));
        assert_eq!(answer_is_individual("بصفة فردية"), Some(true));
        assert_eq!(answer_is_individual("بصفة شخصية"), Some(true));
        assert_eq!(answer_is_individual("كمنظمة"), Some(false));
        assert_eq!(answer_is_individual("منظمة / مؤسسة"), Some(false));
        assert_eq!(answer_is_individual("Sebagai lembaga"), Some(false));
        assert_eq!(answer_is_individual("Bilang samahan"), Some(false));
        // Words that begin organizations' names answer nothing within one.
        assert_eq!(answer_is_individual("Lembaga Bantuan Hukum Jakarta"), None);
        assert_eq!(answer_is_individual("Samahan ng Kababaihan"), None);
        assert_eq!(answer_is_individual("منظمة العفو الدولية"), None);
    }

    #[test]
    fn timestamps_give_their_dates() {
        assert_eq!(date_of("2026/11/20 10:15:00 AM GMT"), "2026-11-20");
        assert_eq!(date_of("11/20/2026 10:15:00"), "2026-11-20");
        assert_eq!(date_of("20/11/2026"), "2026-11-20");
        assert_eq!(date_of("2026-11-20T10:15:00Z"), "2026-11-20");
        assert_eq!(date_of("2026-02-30"), "");
        assert_eq!(date_of("yesterday"), "");
    }
}
