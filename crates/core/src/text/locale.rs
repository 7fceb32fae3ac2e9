//! A statement's language tag as CLDR's data is looked up by.

use icu_locale_core::Locale;

/// `tag` (a BCP 47 tag, `_` or `-`) as a CLDR locale; Tagalog (`tl`) reads
/// as Filipino (`fil`), the name CLDR keeps it under. `None` when it does
/// not parse.
pub fn cldr_locale(tag: &str) -> Option<Locale> {
    let tag = tag.trim().replace('_', "-");
    let tag = match tag.split('-').next() {
        Some(primary) if primary.eq_ignore_ascii_case("tl") => format!("fil{}", &tag[2..]),
        _ => tag,
    };
    Locale::try_from_str(&tag).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_as_cldr_keeps_them() {
        assert_eq!(
            cldr_locale(" pt_BR ").map(|l| l.to_string()).as_deref(),
            Some("pt-BR")
        );
        assert_eq!(
            cldr_locale("tl-PH").map(|l| l.to_string()).as_deref(),
            Some("fil-PH")
        );
        assert_eq!(
            cldr_locale("TL").map(|l| l.to_string()).as_deref(),
            Some("fil")
        );
        assert!(cldr_locale("not a tag").is_none());
    }
}
