//! The order names print in: CLDR's collation for a language, tailored
//! where the language sorts its own way ("ñ" after "n" in Spanish, "å ä ö"
//! after "z" in Swedish, "ch" after "h" in Czech), CLDR's root order for a
//! language it has no rules for.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

/// Compares names the way `language` (a BCP 47 tag, `_` or `-`) sorts them.
pub struct Order {
    /// `None` only if compiled data had no root order, which it always has.
    collator: Option<CollatorBorrowed<'static>>,
}

impl Order {
    /// The order of `language`; the root order when the tag does not parse.
    pub fn of(language: &str) -> Order {
        let tag = language.trim().replace('_', "-");
        let prefs: CollatorPreferences = Locale::try_from_str(&tag)
            .map(Into::into)
            .unwrap_or_default();
        let collator = CollatorBorrowed::try_new(prefs, CollatorOptions::default())
            .or_else(|_| CollatorBorrowed::try_new(Default::default(), CollatorOptions::default()))
            .ok();
        Order { collator }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(collator) => collator.compare(a, b),
            None => a.cmp(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(language: &str, names: &[&str]) -> Vec<String> {
        let order = Order::of(language);
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by(|a, b| order.compare(a, b));
        names
    }

    #[test]
    fn each_language_sorts_its_own_letters() {
        assert_eq!(
            sorted("es", &["Ñandú Colectivo", "Nube", "Oasis", "Norte"]),
            ["Norte", "Nube", "Ñandú Colectivo", "Oasis"]
        );
        assert_eq!(
            sorted(
                "sv",
                &[
                    "Örebro Fackförening",
                    "Zeta",
                    "Ängel",
                    "Ålands Fredsinstitut",
                    "Abba"
                ]
            ),
            [
                "Abba",
                "Zeta",
                "Ålands Fredsinstitut",
                "Ängel",
                "Örebro Fackförening"
            ]
        );
        // In German and in the root order, "Ä" is an "A" with a mark.
        assert_eq!(
            sorted("de", &["Zeta", "Ängel", "Abba"]),
            ["Abba", "Ängel", "Zeta"]
        );
        assert_eq!(
            sorted("cs", &["Chrám", "Hora", "Ires"]),
            ["Hora", "Chrám", "Ires"]
        );
        // Case and accents do not split the alphabet.
        assert_eq!(
            sorted("fr", &["ecology", "Éducation", "Education Fund"]),
            ["ecology", "Éducation", "Education Fund"]
        );
    }

    #[test]
    fn an_unknown_or_broken_tag_sorts_in_the_root_order() {
        for tag in ["qaa", "not a tag", "", "es_MX"] {
            let names = sorted(tag, &["b", "A", "a"]);
            assert_eq!(names, ["a", "A", "b"], "{tag}");
        }
    }
}
