//! The words an export prints around the text, in the statement's language:
//! the count line ("Signed by 212 organizations and 48 individuals from 31
//! countries"), the headings of its groups and the "Issued by" line.
//!
//! The nouns and the sentence around them are ours, one entry per language
//! in [`table`]; which plural form a count takes, how numbers are written
//! and how a list is joined ("A, B and C", "A، B و C") come from CLDR
//! through ICU4X, so the entries hold every form the language's plural
//! rules name and nothing else decides them.

mod table;

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::LocaleExpander;
use icu_plurals::{PluralCategory, PluralRules};

use crate::text::locale::cldr_locale as locale_of;

pub(super) const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

/// A counted noun's forms by CLDR plural category (`zero`, `one`, `two`,
/// `few`, `many`, `other`), `{n}` where the number goes; `other` is always
/// there, and a category the language's rules never pick is left out.
pub(super) type Forms = &'static [(&'static str, &'static str)];

/// One language's words.
pub(super) struct Entry {
    /// A BCP 47 tag: `es`, `zh-Hans`, `pt`.
    pub(super) tag: &'static str,
    /// The count line; `{who}` is the counts of organizations and
    /// individuals joined as a list.
    pub(super) signed: &'static str,
    /// The same with the countries they come from: `{who}`, `{countries}`.
    pub(super) signed_from: &'static str,
    pub(super) organization: Forms,
    pub(super) individual: Forms,
    /// As the countries read inside `signed_from` (the case its
    /// preposition asks for).
    pub(super) country: Forms,
    /// `{names}`: the organizations that issue the statement, as a list.
    pub(super) issued_by: &'static str,
    pub(super) organizations: &'static str,
    pub(super) individuals: &'static str,
    pub(super) other: &'static str,
}

/// The words of one export, ready to count with.
pub(super) struct Words {
    entry: &'static Entry,
    plurals: Option<PluralRules>,
    numbers: Option<DecimalFormatter>,
    lists: Option<ListFormatter>,
    pub(super) organizations: &'static str,
    pub(super) individuals: &'static str,
    pub(super) other: &'static str,
}

/// The entry for a statement's language: the tag itself, then its language
/// and script (`zh-TW` → `zh-Hant`), then its language alone; English when
/// there is none (`fell_back`).
fn entry(language: &str) -> (&'static Entry, bool) {
    let english = &table::ENTRIES[0];
    let Some(locale) = locale_of(language) else {
        return (english, true);
    };
    let mut likely = locale.clone();
    LocaleExpander::new_common().maximize(&mut likely.id);
    let script = likely
        .id
        .script
        .map(|s| format!("{}-{}", likely.id.language, s.as_str()));
    let candidates = [
        Some(locale.id.to_string()),
        script,
        Some(locale.id.language.to_string()),
    ];
    for candidate in candidates.iter().flatten() {
        if let Some(found) = table::ENTRIES
            .iter()
            .find(|e| e.tag.eq_ignore_ascii_case(candidate))
        {
            return (found, false);
        }
    }
    (english, true)
}

/// Whether a statement in `language` gets its own count line and headings
/// (otherwise English's).
pub fn has_words_in(language: &str) -> bool {
    !entry(language).1
}

pub(super) fn words(language: &str) -> Words {
    let (entry, fell_back) = entry(language);
    // The language's own rules for the entry found; English's when it fell back.
    let locale = if fell_back {
        locale_of("en")
    } else {
        locale_of(entry.tag)
    }
    .unwrap_or(icu_locale_core::locale!("en"));
    Words {
        entry,
        plurals: PluralRules::try_new_cardinal((&locale).into()).ok(),
        numbers: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
        lists: ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .ok(),
        organizations: entry.organizations,
        individuals: entry.individuals,
        other: entry.other,
    }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

impl Words {
    /// `n` things of `forms`, in the form the language's plural rules pick.
    fn counted(&self, n: u32, forms: Forms) -> String {
        let category = self
            .plurals
            .as_ref()
            .map_or(PluralCategory::Other, |rules| rules.category_for(n));
        let form = forms
            .iter()
            .find(|(name, _)| *name == category_name(category))
            .or_else(|| forms.iter().find(|(name, _)| *name == "other"))
            .map_or("{n}", |(_, form)| form);
        let number = match &self.numbers {
            Some(numbers) => numbers.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        };
        form.replace("{n}", &number)
    }

    fn list(&self, items: &[String]) -> String {
        match &self.lists {
            Some(lists) => lists.format(items.iter()).to_string(),
            None => items.join(", "),
        }
    }

    /// "Signed by 212 organizations and 48 individuals from 31 countries";
    /// a part that counts nobody is left out (organizations are counted
    /// when nobody is).
    pub(super) fn count_line(
        &self,
        organizations: u32,
        individuals: u32,
        countries: u32,
    ) -> String {
        let mut who = Vec::new();
        if organizations > 0 || individuals == 0 {
            who.push(self.counted(organizations, self.entry.organization));
        }
        if individuals > 0 {
            who.push(self.counted(individuals, self.entry.individual));
        }
        let who = self.list(&who);
        if countries > 0 {
            self.entry
                .signed_from
                .replace("{who}", &who)
                .replace("{countries}", &self.counted(countries, self.entry.country))
        } else {
            self.entry.signed.replace("{who}", &who)
        }
    }

    /// "Issued by A, B and C" from the organizations named one per line.
    pub(super) fn issued_by_line(&self, issued_by: &str) -> String {
        let names: Vec<String> = issued_by
            .lines()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect();
        if names.is_empty() {
            return String::new();
        }
        self.entry.issued_by.replace("{names}", &self.list(&names))
    }
}

#[cfg(test)]
mod tests;
