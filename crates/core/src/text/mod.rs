//! Text is data. Every text field the organizer types or imports passes
//! through here before it is stored, so that a name or a title can never
//! carry terminal escape codes, a NUL, or an invisible direction override
//! that makes it display as something else.
//!
//! The rules, for every field now and later:
//! - C0 and C1 control characters and DEL are refused, with the position of
//!   the first one. Single-line fields turn tabs and line breaks into spaces
//!   (they come from pastes); multi-line fields keep tabs and line breaks.
//! - Bidirectional embedding, override and isolate characters
//!   (U+202A–U+202E, U+2066–U+2069) are removed: the app sets the direction
//!   of each field itself, and these characters are the ones that can make
//!   text display in a different order than it is stored. Marks (U+200E,
//!   U+200F, U+061C) and joiners, which scripts need, are kept.
//! - Lengths are counted in characters (Unicode scalar values), the same way
//!   the UI counts them, after cleaning.

pub mod affiliation;
pub mod collation;
pub mod dates;
pub mod html;
pub mod locale;
pub mod names;
pub mod similar;
pub mod words;

use serde::Serialize;
use ts_rs::TS;

/// The length limits of every text field, in characters. The UI receives the
/// same numbers through the generated bindings, so both count alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TextLimits {
    /// A statement's title: printed as a heading.
    pub title: u32,
    /// The line(s) under the title: rallying line, occasion.
    pub subtitle: u32,
    /// The place printed with the date.
    pub place: u32,
    /// The occasion it is issued for.
    pub occasion: u32,
    /// The issuing organization(s), one per line.
    pub issued_by: u32,
    /// A revision's label ("sent to members for comment").
    pub label: u32,
    /// A BCP 47 language tag (the longest registered ones are about 35).
    pub language: u32,
    /// The statement's text, Markdown.
    pub body: u32,
    /// A contact's name: an organization's or a person's.
    pub name: u32,
    /// An organization's acronym or short name.
    pub short_name: u32,
    pub city: u32,
    pub sector: u32,
    pub website: u32,
    pub email: u32,
    pub phone: u32,
    /// A person's role in their organization.
    pub role: u32,
    /// Notes about a contact.
    pub notes: u32,
    /// One tag.
    pub tag: u32,
}

pub const LIMITS: TextLimits = TextLimits {
    title: 300,
    subtitle: 500,
    place: 200,
    occasion: 300,
    issued_by: 2_000,
    label: 200,
    language: 35,
    body: 200_000,
    name: 300,
    short_name: 60,
    city: 200,
    sector: 200,
    website: 500,
    email: 320,
    phone: 60,
    role: 200,
    notes: 10_000,
    tag: 80,
};

/// What a field is called in messages ("the title", "the place").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Subtitle,
    Place,
    Occasion,
    IssuedBy,
    Label,
    Language,
    Body,
    Name,
    ShortName,
    City,
    Sector,
    Website,
    Email,
    Phone,
    Role,
    Notes,
    Tag,
}

impl Field {
    fn limit(self) -> usize {
        let max = match self {
            Field::Title => LIMITS.title,
            Field::Subtitle => LIMITS.subtitle,
            Field::Place => LIMITS.place,
            Field::Occasion => LIMITS.occasion,
            Field::IssuedBy => LIMITS.issued_by,
            Field::Label => LIMITS.label,
            Field::Language => LIMITS.language,
            Field::Body => LIMITS.body,
            Field::Name => LIMITS.name,
            Field::ShortName => LIMITS.short_name,
            Field::City => LIMITS.city,
            Field::Sector => LIMITS.sector,
            Field::Website => LIMITS.website,
            Field::Email => LIMITS.email,
            Field::Phone => LIMITS.phone,
            Field::Role => LIMITS.role,
            Field::Notes => LIMITS.notes,
            Field::Tag => LIMITS.tag,
        };
        max as usize
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Field::Title => "title",
            Field::Subtitle => "subtitle",
            Field::Place => "place",
            Field::Occasion => "occasion",
            Field::IssuedBy => "issuing organizations",
            Field::Label => "label",
            Field::Language => "language",
            Field::Body => "text",
            Field::Name => "name",
            Field::ShortName => "acronym",
            Field::City => "city",
            Field::Sector => "sector",
            Field::Website => "website",
            Field::Email => "e-mail",
            Field::Phone => "phone",
            Field::Role => "role",
            Field::Notes => "notes",
            Field::Tag => "tag",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[serde(tag = "@text", rename_all = "snake_case")]
pub enum TextError {
    #[error(
        "the {field} contains an invisible control character ({code}) at character {position}; delete it and type the text again"
    )]
    ControlCharacter {
        field: Field,
        /// `U+001B` style.
        code: String,
        /// 1-based, counted in characters.
        position: usize,
    },

    #[error("the {field} is {chars} characters long; keep it to {max}")]
    TooLong {
        field: Field,
        chars: usize,
        max: usize,
    },

    #[error("{tag:?} is not a language tag; use a BCP 47 tag such as en, fr, ar, pt-BR or zh-Hant")]
    BadLanguage { tag: String },
}

/// Spaces and line breaks that a one-line field folds into one space. The
/// no-break spaces stay: typographers put them before "?" in French, between
/// a number and its unit, inside names.
fn is_collapsible_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// What a field never begins or ends with: any Unicode space (the no-break
/// ones too: at the edge of a field they only make two names look different)
/// and the zero-width characters, which show nothing. Inside a field the
/// no-break spaces and joiners stay.
fn is_edge_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether a name has something to print: a letter or a digit in any
/// script. The one rule for every name (contacts and signatories alike):
/// "!!!", "…" or only invisible characters would print as an empty line.
pub fn has_letter_or_digit(name: &str) -> bool {
    name.chars().any(char::is_alphanumeric)
}

/// The bidirectional embedding, override and isolate characters.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A control character that no field may hold; `keep_layout` allows the
/// tab and line feed that multi-line text needs.
fn is_forbidden_control(c: char, keep_layout: bool) -> bool {
    if keep_layout && matches!(c, '\t' | '\n') {
        return false;
    }
    c.is_control()
}

fn first_forbidden(field: Field, text: &str, keep_layout: bool) -> Result<(), TextError> {
    match text
        .chars()
        .enumerate()
        .find(|(_, c)| is_forbidden_control(*c, keep_layout))
    {
        Some((i, c)) => Err(TextError::ControlCharacter {
            field,
            code: format!("U+{:04X}", u32::from(c)),
            position: i + 1,
        }),
        None => Ok(()),
    }
}

fn check_length(field: Field, text: &str) -> Result<(), TextError> {
    let chars = text.chars().count();
    let max = field.limit();
    if chars > max {
        return Err(TextError::TooLong { field, chars, max });
    }
    Ok(())
}

/// A one-line field (a title, a name, a place): whitespace runs, including
/// tabs and line breaks from a paste, become single spaces; the ends lose
/// every space and zero-width character ([`is_edge_blank`]).
pub fn clean_line(field: Field, raw: &str) -> Result<String, TextError> {
    let without_direction: String = raw.chars().filter(|c| !is_direction_control(*c)).collect();
    let joined = without_direction
        .split(is_collapsible_space)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let collapsed = joined.trim_matches(is_edge_blank).to_string();
    first_forbidden(field, &collapsed, false)?;
    check_length(field, &collapsed)?;
    Ok(collapsed)
}

/// A list of one-line entries, one per line (issuing organizations): each
/// line is cleaned like a one-line field, and blank lines are dropped.
pub fn clean_lines(field: Field, raw: &str) -> Result<String, TextError> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = Vec::new();
    for line in unified.split('\n') {
        let cleaned = clean_line(field, line)?;
        if !cleaned.is_empty() {
            lines.push(cleaned);
        }
    }
    let joined = lines.join("\n");
    check_length(field, &joined)?;
    Ok(joined)
}

/// A multi-line field (a statement's text): line endings become `\n`, tabs
/// and line breaks stay, and nothing else is rearranged.
pub fn clean_block(field: Field, raw: &str) -> Result<String, TextError> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let cleaned: String = unified
        .chars()
        .filter(|c| !is_direction_control(*c))
        .collect();
    first_forbidden(field, &cleaned, true)?;
    check_length(field, &cleaned)?;
    Ok(cleaned)
}

/// The primary subtag of a language tag, lower case: `pt-BR` → `pt`.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Checks that `raw` is a well-formed BCP 47 language tag (RFC 5646) and
/// returns it with the conventional letter case: `pt-br` → `pt-BR`,
/// `ZH-hant` → `zh-Hant`.
pub fn clean_language(raw: &str) -> Result<String, TextError> {
    let tag = raw.trim();
    let bad = || TextError::BadLanguage {
        tag: tag.chars().take(40).collect(),
    };
    check_length(Field::Language, tag).map_err(|_| bad())?;
    let parts: Vec<&str> = tag.split(['-', '_']).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        return Err(bad());
    }
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    let mut rest = parts.iter().copied().peekable();

    // Primary language: 2–3 letters (ISO 639), with up to three 3-letter
    // extlangs. RFC 5646 also reserves 4 and 5–8 letter primary subtags, but
    // none is registered, so a word such as "English" is refused here.
    let primary = rest.next().ok_or_else(bad)?;
    if primary.eq_ignore_ascii_case("x") {
        return private_use(primary, rest.collect(), out).ok_or_else(bad);
    }
    if !is_alpha(primary) || !matches!(primary.len(), 2 | 3) {
        return Err(bad());
    }
    out.push(primary.to_ascii_lowercase());
    let mut extlangs = 0;
    while let Some(p) = rest.peek() {
        if extlangs < 3 && p.len() == 3 && is_alpha(p) {
            out.push(p.to_ascii_lowercase());
            extlangs += 1;
            rest.next();
        } else {
            break;
        }
    }
    // Script: 4 letters, title case.
    if let Some(p) = rest.peek()
        && p.len() == 4
        && is_alpha(p)
    {
        let lower = p.to_ascii_lowercase();
        let mut script = lower[..1].to_ascii_uppercase();
        script.push_str(&lower[1..]);
        out.push(script);
        rest.next();
    }
    // Region: 2 letters or 3 digits.
    if let Some(p) = rest.peek()
        && ((p.len() == 2 && is_alpha(p))
            || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit())))
    {
        out.push(p.to_ascii_uppercase());
        rest.next();
    }
    // Variants: 5–8 alphanumerics, or a digit and 3 alphanumerics.
    while let Some(p) = rest.peek() {
        let starts_with_digit = p.chars().next().is_some_and(|c| c.is_ascii_digit());
        if (5..=8).contains(&p.len()) || (p.len() == 4 && starts_with_digit) {
            out.push(p.to_ascii_lowercase());
            rest.next();
        } else {
            break;
        }
    }
    // Extensions: a singleton (not x) and one or more 2–8 character subtags.
    while let Some(p) = rest.peek() {
        if p.len() != 1 || p.eq_ignore_ascii_case("x") {
            break;
        }
        out.push(p.to_ascii_lowercase());
        rest.next();
        let mut subtags = 0;
        while let Some(s) = rest.peek() {
            if (2..=8).contains(&s.len()) {
                out.push(s.to_ascii_lowercase());
                subtags += 1;
                rest.next();
            } else {
                break;
            }
        }
        if subtags == 0 {
            return Err(bad());
        }
    }
    match rest.next() {
        None => Ok(out.join("-")),
        Some(x) if x.eq_ignore_ascii_case("x") => {
            private_use(x, rest.collect(), out).ok_or_else(bad)
        }
        Some(_) => Err(bad()),
    }
}

fn is_alpha(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphabetic())
}

/// `x-` followed by 1–8 character subtags, appended to what came before.
fn private_use(x: &str, subtags: Vec<&str>, mut out: Vec<String>) -> Option<String> {
    if subtags.is_empty() || subtags.iter().any(|s| s.len() > 8) {
        return None;
    }
    out.push(x.to_ascii_lowercase());
    out.extend(subtags.iter().map(|s| s.to_ascii_lowercase()));
    Some(out.join("-"))
}

/// Text for a terminal: control and direction characters that slipped into
/// stored text (from a file written before these rules, or by another tool)
/// are shown as `\u{…}` escapes instead of being sent to the terminal.
pub fn for_terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_direction_control(c) {
            out.push_str(&format!("\\u{{{:04x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_fields_collapse_whitespace_from_pastes() {
        assert_eq!(
            clean_line(Field::Title, "  Stop \n the\tdeportations \r\n").ok(),
            Some("Stop the deportations".into())
        );
    }

    #[test]
    fn ends_lose_every_unicode_space_and_zero_width_but_inner_no_break_spaces_stay() {
        // Found by the fuzzer: a title ending in a no-break space.
        let raw = String::from_utf8_lossy(&[
            0x48, 0xc2, 0xa0, 0xbe, 0x29, 0x20, 0x75, 0x48, 0xc2, 0x7a, 0xbe, 0xf7, 0x48, 0xbe,
            0xc2, 0x20, 0x48, 0x51,
        ])
        .into_owned();
        let line = clean_line(Field::Title, &raw).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(line, line.trim());
        assert_eq!(
            clean_line(
                Field::Title,
                "\u{00A0}\u{200B}10\u{00A0}km\u{202F}?\u{2007}\u{FEFF}\u{2060} "
            )
            .ok(),
            Some("10\u{00A0}km\u{202F}?".into())
        );
        assert_eq!(
            clean_line(Field::Name, "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}").ok(),
            Some(String::new()),
            "only zero-width characters is an empty name"
        );
        assert_eq!(
            clean_line(Field::Name, "\u{200D}ZWJ inside: क्\u{200D}ष\u{200C}").ok(),
            Some("ZWJ inside: क्\u{200D}ष".into())
        );
        assert!(has_letter_or_digit("Ü"));
        assert!(!has_letter_or_digit("!!! …"));
    }

    #[test]
    fn escape_codes_and_nul_are_refused_with_their_position() {
        let err = clean_line(Field::Title, "Hello\u{1b}[31m red");
        assert_eq!(
            err,
            Err(TextError::ControlCharacter {
                field: Field::Title,
                code: "U+001B".into(),
                position: 6
            })
        );
        assert!(clean_line(Field::Place, "Gen\0eva").is_err());
        assert!(clean_line(Field::Subtitle, "C1 \u{9b}31m").is_err());
        assert!(clean_line(Field::Subtitle, "delete \u{7f}").is_err());
        assert!(clean_block(Field::Body, "para\u{0}graph").is_err());
    }

    #[test]
    fn direction_overrides_are_removed_but_marks_and_joiners_stay() {
        // U+202E would show "txt.exe" as "exe.txt".
        assert_eq!(
            clean_line(Field::Title, "Invoice \u{202E}txt.exe").ok(),
            Some("Invoice txt.exe".into())
        );
        assert_eq!(
            clean_line(Field::Title, "\u{2067}مرحبا\u{2069}").ok(),
            Some("مرحبا".into())
        );
        let kept = "עברית\u{200F} and क्\u{200D}ष and \u{200E}";
        assert_eq!(clean_line(Field::Title, kept).ok(), Some(kept.into()));
    }

    #[test]
    fn typographic_characters_and_every_script_survive() {
        let text = "“Quotes” – dashes — and\u{00A0}non-breaking; Ελληνικά, 中文, हिन्दी, Tiếng Việt";
        assert_eq!(clean_line(Field::Title, text).ok(), Some(text.into()));
    }

    #[test]
    fn blocks_keep_tabs_and_line_breaks_and_unify_endings() {
        assert_eq!(
            clean_block(Field::Body, "a\r\nb\rc\n\td").ok(),
            Some("a\nb\nc\n\td".into())
        );
    }

    #[test]
    fn lengths_count_characters_after_cleaning() {
        let max = LIMITS.title as usize;
        assert!(clean_line(Field::Title, &"ب".repeat(max)).is_ok());
        assert_eq!(
            clean_line(Field::Title, &"ب".repeat(max + 1)),
            Err(TextError::TooLong {
                field: Field::Title,
                chars: max + 1,
                max
            })
        );
        // An emoji is one character, however many bytes or UTF-16 units it takes.
        assert!(clean_line(Field::Title, &"🌍".repeat(max)).is_ok());
        // Surrounding whitespace does not count.
        assert!(clean_line(Field::Title, &format!("  {}  ", "a".repeat(max))).is_ok());
    }

    #[test]
    fn language_tags_are_checked_and_cased() {
        for (raw, clean) in [
            ("en", "en"),
            ("pt-br", "pt-BR"),
            ("ZH-hant-tw", "zh-Hant-TW"),
            ("es-419", "es-419"),
            ("sr_Latn", "sr-Latn"),
            ("de-CH-1996", "de-CH-1996"),
            ("zh-yue-HK", "zh-yue-HK"),
            ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
            ("x-Unds", "x-unds"),
            ("fr-x-plain", "fr-x-plain"),
            (" ar ", "ar"),
        ] {
            assert_eq!(clean_language(raw).ok().as_deref(), Some(clean), "{raw}");
        }
        for bad in [
            "",
            "e",
            "english!",
            "English",
            "latn",
            "en--US",
            "en-",
            "1en",
            "en-US-u",
            "toolonglanguage",
            "en-a-",
            "x",
            "fr-x-waytoolongsubtag",
            "en\u{1b}",
        ] {
            assert!(
                matches!(clean_language(bad), Err(TextError::BadLanguage { .. })),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn terminal_text_shows_escapes_instead_of_sending_them() {
        assert_eq!(
            for_terminal("red\u{1b}[31m \u{202E}x\u{9b}"),
            "red\\u{001b}[31m \\u{202e}x\\u{009b}"
        );
        assert_eq!(for_terminal("Ελληνικά"), "Ελληνικά");
    }
}
