//! Country names in the languages statements are written in, from CLDR
//! through ICU4X's compiled data: no table of ours beyond English.
//!
//! A language tag CLDR has no names for (or none at all) gets none here;
//! the caller falls back to English. Tagalog (`tl`) reads as Filipino
//! (`fil`), the name CLDR keeps it under.

use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::provider::LocaleNamesRegionV0;
use icu_experimental::displaynames::{DisplayNamesOptions, Style};
use icu_locale::LocaleFallbacker;
use icu_locale_core::subtags::Region;
use icu_provider::prelude::*;

/// The languages whose country names [`super::resolve`] reads besides
/// English, Spanish and French: the most used in the world and in the
/// coalitions we know.
pub(super) const READ_IN: &[&str] = &[
    "ar", "zh-Hans", "zh-Hant", "hi", "bn", "pt", "ru", "ja", "de", "ur", "id", "ms", "sw", "tr",
    "vi", "ko", "it", "fa", "pl", "uk", "nl", "th", "fil", "ta", "te", "mr", "gu", "pa", "ha",
    "yo", "am", "ro", "el", "cs", "hu", "sv", "he", "my", "ne", "km", "so", "zu", "ps", "ig",
    // Every other language exports count in (`export::words`).
    "ca", "da", "fi", "nb", "sr", "hr", "bg", "sk", "kn", "az", "uz", "kk",
];

/// Compiled CLDR data, asked quietly, walking the CLDR fallback chain
/// (`zh-TW` → `zh-Hant-TW` → `zh-Hant`, `pt-MZ` → `pt-PT` → `pt`) and
/// stopping short of the root locale, whose names are no language's.
struct Cldr;

impl DataProvider<LocaleNamesRegionV0> for Cldr {
    fn load(&self, request: DataRequest) -> Result<DataResponse<LocaleNamesRegionV0>, DataError> {
        let fallbacker = LocaleFallbacker::new().for_config(Default::default());
        let mut chain = fallbacker.fallback_for(*request.id.locale);
        let mut metadata = request.metadata;
        metadata.silent = true;
        loop {
            let locale = chain.get();
            if locale.is_unknown() {
                return Err(DataErrorKind::IdentifierNotFound.with_req(
                    LocaleNamesRegionV0::INFO,
                    DataRequest {
                        metadata,
                        ..request
                    },
                ));
            }
            let attempt = DataRequest {
                id: DataIdentifierBorrowed::for_marker_attributes_and_locale(
                    request.id.marker_attributes,
                    locale,
                ),
                metadata,
            };
            if let Ok(response) = icu_experimental::provider::Baked.load(attempt) {
                return Ok(response);
            }
            chain.step();
        }
    }
}

/// The names of countries in the language of `tag` (a BCP 47 tag, `_` or
/// `-`); `None` when CLDR has no names in that language.
pub(super) fn names_in(tag: &str) -> Option<Names> {
    let locale = crate::text::locale::cldr_locale(tag)?;
    let full = RegionDisplayNames::try_new_unstable(
        &Cldr,
        locale.clone().into(),
        DisplayNamesOptions::default(),
    )
    .ok()?;
    let mut options = DisplayNamesOptions::default();
    options.style = Some(Style::Short);
    let short = RegionDisplayNames::try_new_unstable(&Cldr, locale.into(), options).ok()?;
    Some(Names { full, short })
}

/// A language's names for countries, in CLDR's two lengths.
pub(super) struct Names {
    full: RegionDisplayNames,
    short: RegionDisplayNames,
}

/// The places whose full CLDR name is a status, not the name a list of
/// signatories prints ("Hong Kong SAR China", "Palestinian Territories"):
/// for these the short form is the name. Elsewhere the short form is an
/// abbreviation ("UK", Spanish "RU", "EE. UU.").
const BY_SHORT_NAME: &[&str] = &["HK", "MO", "PS"];

/// One country's name among `names`.
pub(super) fn of(names: &Names, code: &str) -> Option<String> {
    let region = Region::try_from_str(code).ok()?;
    let chosen = if BY_SHORT_NAME.contains(&code) {
        &names.short
    } else {
        &names.full
    };
    chosen.of(region).map(str::to_string)
}
