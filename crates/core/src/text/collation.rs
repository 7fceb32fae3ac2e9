//! The order names print in: CLDR's collation for a language, tailored
//! where the language sorts its own way ("ñ" after "n" in Spanish, "å ä ö"
//! after "z" in Swedish, "ch" after "h" in Czech), CLDR's root order for a
//! language it has no rules for.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

/// Which collation code and data wrote the stored order keys: keys written
/// by other versions may order differently, so a file whose keys another
/// version wrote has them written again when it opens
/// (`store::order_keys`). A test holds this to `Cargo.lock`.
pub const KEYS_VERSION: &str = "icu_collator 2.4.0, icu_collator_data 2.4.0";

/// A name's place in `language`'s order, as bytes that compare as the
/// names do ([`Order::compare`]): CLDR's sort key. The window's lists sort
/// by it in SQL; `language` is empty for contacts, which sort in the root
/// order.
pub fn key(name: &str, language: &str) -> Vec<u8> {
    thread_local! {
        static ORDERS: RefCell<HashMap<String, Rc<Order>>> = RefCell::new(HashMap::new());
    }
    let order = ORDERS.with(|orders| {
        Rc::clone(
            orders
                .borrow_mut()
                .entry(language.to_string())
                .or_insert_with(|| Rc::new(Order::of(language))),
        )
    });
    order.key(name)
}

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

    /// The sort key of `name` in this order (see [`key`]).
    pub fn key(&self, name: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(name.len() * 3);
        match &self.collator {
            Some(collator) => match collator.write_sort_key_to(name, &mut out) {
                Ok(()) => {}
                Err(never) => match never {},
            },
            None => out.extend_from_slice(name.as_bytes()),
        }
        out
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
    fn stored_keys_order_names_as_the_comparison_does() {
        let names = [
            "Ñandú",
            "Nube",
            "nube",
            "Oasis",
            "Ålands",
            "Zeta",
            "Éducation",
            "ecology",
            "移民",
            "Ангел",
        ];
        for language in ["es", "sv", "en", ""] {
            let order = Order::of(language);
            let mut compared: Vec<&str> = names.to_vec();
            compared.sort_by(|a, b| order.compare(a, b));
            let mut keyed: Vec<&str> = names.to_vec();
            keyed.sort_by_key(|n| key(n, language));
            assert_eq!(keyed, compared, "{language}");
        }
    }

    #[test]
    fn the_keys_version_is_the_locked_collator() {
        let lock = include_str!("../../../../Cargo.lock");
        let locked = |name: &str| {
            let at = lock
                .find(&format!("name = \"{name}\"\nversion = \""))
                .unwrap_or_else(|| panic!("{name} is not in Cargo.lock"));
            let rest = &lock[at..];
            let start = rest.find("version = \"").map(|i| i + 11).unwrap_or(0);
            let end = start + rest[start..].find('"').unwrap_or(0);
            format!("{name} {}", &rest[start..end])
        };
        assert_eq!(
            KEYS_VERSION,
            format!(
                "{}, {}",
                locked("icu_collator"),
                locked("icu_collator_data")
            ),
            "the collator changed: change KEYS_VERSION, so stored order keys are written again"
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
