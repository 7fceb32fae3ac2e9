//! Dates written out for people: "15 December 2026", "15 de diciembre de
//! 2026", in the language of the text they stand in. Stored dates stay ISO
//! (`YYYY-MM-DD`); this is only how a message or a page shows them.

/// Month names and the pattern of a long date in one language.
struct LongDates {
    months: [&'static str; 12],
    /// `{d}` day, `{m}` month name, `{y}` year.
    pattern: &'static str,
    /// How the first of the month is written where it differs ("1er").
    first: Option<&'static str>,
}

const ENGLISH: LongDates = LongDates {
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    pattern: "{d} {m} {y}",
    first: None,
};

/// The month names and pattern for `language`; `None` when there is no table for it.
fn long_dates(language: &str) -> Option<&'static LongDates> {
    const SPANISH: LongDates = LongDates {
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        pattern: "{d} de {m} de {y}",
        first: None,
    };
    const FRENCH: LongDates = LongDates {
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        pattern: "{d} {m} {y}",
        first: Some("1er"),
    };
    const PORTUGUESE: LongDates = LongDates {
        months: [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        pattern: "{d} de {m} de {y}",
        first: None,
    };
    const ITALIAN: LongDates = LongDates {
        months: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        pattern: "{d} {m} {y}",
        first: Some("1º"),
    };
    const GERMAN: LongDates = LongDates {
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        pattern: "{d}. {m} {y}",
        first: None,
    };
    Some(match crate::text::primary_language(language).as_str() {
        "en" => &ENGLISH,
        "es" => &SPANISH,
        "fr" => &FRENCH,
        "pt" => &PORTUGUESE,
        "it" => &ITALIAN,
        "de" => &GERMAN,
        _ => return None,
    })
}

/// Whether dates are written out in words for `language` (a table of its
/// month names), rather than read in English.
pub fn has_long_dates(language: &str) -> bool {
    long_dates(language).is_some()
}

/// A stored `YYYY-MM-DD` date written out in `language` (a BCP 47 tag).
/// Languages without a table read English month names; anything that is
/// not a valid ISO date comes back as it was given.
pub fn long_date(iso: &str, language: &str) -> String {
    let Some((year, month, day)) = parse(iso) else {
        return iso.to_string();
    };
    let words = long_dates(language).unwrap_or(&ENGLISH);
    let day = match (day, words.first) {
        (1, Some(first)) => first.to_string(),
        _ => day.to_string(),
    };
    words
        .pattern
        .replace("{d}", &day)
        .replace("{m}", words.months[usize::from(month) - 1])
        .replace("{y}", &year.to_string())
}

fn parse(iso: &str) -> Option<(u16, u8, u8)> {
    let iso = iso.trim();
    let bytes = iso.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: u16 = iso[..4].parse().ok()?;
    let month: u8 = iso[5..7].parse().ok()?;
    let day: u8 = iso[8..].parse().ok()?;
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// A calendar date written `YYYY-MM-DD` that exists (leap years counted), or
/// nothing for an empty field; the error is the value as written, cut to 40
/// characters.
pub fn clean_iso_date(raw: &str) -> Result<Option<String>, String> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let bad = || value.chars().take(40).collect::<String>();
    let parts: Vec<&str> = value.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(y, 4), number(m, 2), number(d, 2)) else {
        return Err(bad());
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if day == 0 || day > days {
        return Err(bad());
    }
    Ok(Some(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn a_deadline_reads_in_the_language_of_the_message() {
        assert_eq!(long_date("2026-12-15", "en"), "15 December 2026");
        assert_eq!(long_date("2026-12-15", "es"), "15 de diciembre de 2026");
        assert_eq!(long_date("2026-12-15", "es-MX"), "15 de diciembre de 2026");
        assert_eq!(long_date("2026-12-15", "fr"), "15 décembre 2026");
        assert_eq!(long_date("2026-12-01", "fr-CA"), "1er décembre 2026");
        assert_eq!(long_date("2026-03-05", "pt-BR"), "5 de março de 2026");
        assert_eq!(long_date("2026-03-05", "de"), "5. März 2026");
    }

    #[test]
    fn other_languages_read_english_and_non_dates_stay_as_given() {
        assert_eq!(long_date("2026-12-15", "sw"), "15 December 2026");
        assert_eq!(long_date("2026-12-15", ""), "15 December 2026");
        assert_eq!(long_date("2026-02-30", "es"), "2026-02-30");
        assert_eq!(long_date("2028-02-29", "en"), "29 February 2028");
        assert_eq!(long_date("next week", "es"), "next week");
        assert_eq!(long_date("", "es"), "");
    }
}
