//! The print-ready PDF, typeset in-process by Typst: a title block, the
//! text, then the signatories (in two columns when the list is long), page
//! numbers, every font embedded; PDF/A-2b on request.
//!
//! Names never become Typst markup: the template reads the whole document
//! as JSON data and prints each string as text.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::json;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

use super::blocks::{self, Block};
use super::overlong::printed;
use super::{Document, ExportError, GroupBy, Paper, Result, line_rest};

const TEMPLATE: &str = include_str!("statement.typ");

/// Above this many printed names the list runs in two columns.
const TWO_COLUMNS_FROM: usize = 40;

/// The fonts installed on this machine, scanned once per process.
fn fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(typst_kit::fonts::system());
        store
    })
}

/// A Typst world of two files: the template and the document's data.
struct Statement {
    library: LazyHash<Library>,
    main: FileId,
    data: FileId,
    source: Source,
    json: Bytes,
}

fn file_id(name: &str) -> Result<FileId> {
    let path = VirtualPath::new(name).map_err(|e| ExportError::Typeset(format!("{e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

impl World for Statement {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        fonts().book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data {
            Ok(self.json.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// A language tag as Typst takes it: the language and an optional region.
fn lang_region(tag: &str) -> (String, Option<String>) {
    let lang = super::primary(tag);
    let lang = if (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase()) {
        lang
    } else {
        "en".to_string()
    };
    let region = tag
        .split(['-', '_'])
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|p| p.to_ascii_uppercase());
    (lang, region)
}

/// The font families to try, in order: the language's own first, then one
/// for each script a signatory's name may be written in. Typst falls back
/// to any other installed font that has the character.
fn families(lang: &str, region: Option<&str>, serif: bool) -> Vec<String> {
    let style = if serif { "Serif" } else { "Sans" };
    let cjk = match (lang, region) {
        ("ja", _) => "JP",
        ("ko", _) => "KR",
        ("zh", Some("TW" | "HK" | "MO")) => "TC",
        _ => "SC",
    };
    let mut list = vec![format!("Noto {style}")];
    if lang == "ar" || lang == "fa" || lang == "ur" {
        list.insert(0, "Noto Naskh Arabic".into());
    }
    list.extend([
        "Noto Naskh Arabic".to_string(),
        format!("Noto {style} Hebrew"),
        format!("Noto {style} CJK {cjk}"),
        format!("Noto {style} CJK SC"),
        format!("Noto {style} Devanagari"),
        format!("Noto {style} Thai"),
    ]);
    list.dedup();
    list
}

/// Characters that shape text rather than print: joiners, direction marks,
/// variation selectors. No font need draw them.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32,
            0xAD | 0x34F | 0x61C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFE00..=0xFE0F | 0xFEFF
            | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// Refuses to print what no installed font can draw, naming where it is,
/// instead of leaving an empty box on the page.
fn check_glyphs(doc: &Document, body: &[Block]) -> Result<()> {
    let book = fonts().book();
    let mut known: HashMap<char, bool> = HashMap::new();
    let mut drawable = |c: char| {
        *known.entry(c).or_insert_with(|| {
            (0..)
                .map_while(|i| book.info(i))
                .any(|info| info.coverage.contains(c as u32))
        })
    };
    let mut check = |text: &str, place: &dyn Fn() -> String| -> Result<()> {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|&c| !invisible(c) && !drawable(c))
            .collect();
        missing.dedup();
        if missing.is_empty() {
            return Ok(());
        }
        Err(ExportError::MissingGlyph {
            character: missing.iter().collect(),
            code: missing
                .iter()
                .map(|c| format!("U+{:04X}", *c as u32))
                .collect::<Vec<_>>()
                .join(", "),
            place: place(),
        })
    };
    for text in [
        &doc.title,
        &doc.subtitle,
        &doc.occasion,
        &doc.place,
        &doc.count_line,
    ] {
        check(text, &|| "the statement's title block".to_string())?;
    }
    for text in blocks::texts(body) {
        check(text, &|| "the statement's text".to_string())?;
    }
    for group in &doc.groups {
        check(&group.heading, &|| {
            format!("the heading \u{201c}{}\u{201d}", group.heading)
        })?;
        for s in &group.signatories {
            for text in [&s.name, &s.affiliation, &s.city, &s.country] {
                check(text, &|| {
                    format!("the signatory \u{201c}{}\u{201d}", s.name)
                })?;
            }
        }
    }
    Ok(())
}

/// Every span's text in the statement's blocks, as [`printed`] sends it.
fn print_spans(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                match field {
                    serde_json::Value::String(text) if key == "text" => *field = printed(text),
                    other => print_spans(other),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(print_spans),
        _ => {}
    }
}

fn data(doc: &Document, group_by: GroupBy, paper: Paper) -> serde_json::Value {
    let (lang, region) = lang_region(&doc.language);
    let meta = super::meta_lines(doc);
    let listed: usize = doc.groups.iter().map(|g| g.signatories.len()).sum();
    let groups: Vec<_> = doc
        .groups
        .iter()
        .map(|g| {
            let items: Vec<_> = g
                .signatories
                .iter()
                .map(|s| {
                    json!({
                        "name": printed(&s.name),
                        "rest": printed(&line_rest(s, group_by != GroupBy::Country)),
                    })
                })
                .collect();
            json!({ "heading": printed(&g.heading), "items": items })
        })
        .collect();
    let mut body = json!(blocks::blocks(&doc.body));
    print_spans(&mut body);
    json!({
        "title": printed(&doc.title),
        "subtitle": printed(&doc.subtitle),
        "meta": meta.iter().map(|l| printed(l)).collect::<Vec<_>>(),
        "lang": lang,
        "region": region,
        "dir": doc.direction,
        "paper": match paper { Paper::A4 => "a4", Paper::Letter => "us-letter" },
        "fonts": families(&lang, region.as_deref(), true),
        "headingFonts": families(&lang, region.as_deref(), false),
        "body": body,
        "count": doc.count_line,
        "columns": if listed > TWO_COLUMNS_FROM { 2 } else { 1 },
        "groups": groups,
    })
}

fn typeset_error(errors: &[SourceDiagnostic]) -> ExportError {
    let message = errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    ExportError::Typeset(message)
}

/// The document laid out in pages.
pub(crate) fn typeset(doc: &Document, group_by: GroupBy, paper: Paper) -> Result<PagedDocument> {
    let body = blocks::blocks(&doc.body);
    check_glyphs(doc, &body)?;
    let main = file_id("/statement.typ")?;
    let world = Statement {
        library: LazyHash::new(Library::default()),
        main,
        data: file_id("/data.json")?,
        source: Source::new(main, TEMPLATE.to_string()),
        json: Bytes::new(
            serde_json::to_vec(&data(doc, group_by, paper))
                .map_err(|e| ExportError::Typeset(e.to_string()))?,
        ),
    };
    let laid_out = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| typeset_error(&errors));
    // Typst remembers how it laid out every element, in caches of the
    // process that only empty when told to. Each export is a world of its
    // own whose layouts no later export reuses, and for a long list the
    // caches hold more than the pages themselves: after the PDF of 100,000
    // names was written, 1.7 GB were still held. Emptied here, the window
    // gives that back and the PDF writer reuses it instead of adding to it.
    comemo::evict(0);
    laid_out
}

/// The PDF's bytes; `archival` makes it PDF/A-2b.
pub(crate) fn pdf(
    doc: &Document,
    group_by: GroupBy,
    paper: Paper,
    archival: bool,
) -> Result<Vec<u8>> {
    let pages = typeset(doc, group_by, paper)?;
    let standards = if archival {
        typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b])
            .map_err(|e| ExportError::Typeset(e.message().to_string()))?
    } else {
        typst_pdf::PdfStandards::default()
    };
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(doc.title.clone()),
        timestamp: timestamp(&doc.laid_out_at).map(typst_pdf::Timestamp::new_utc),
        creator: Smart::Custom(Some("Undersigned".to_string())),
        standards,
        ..Default::default()
    };
    typst_pdf::pdf(&pages, &options).map_err(|errors| typeset_error(&errors))
}

/// The PDF's creation date (PDF/A requires one) from the database clock's
/// `2026-11-28T04:02:02.123Z`.
fn timestamp(at: &str) -> Option<Datetime> {
    let part = |r: std::ops::Range<usize>| at.get(r).and_then(|s| s.parse::<u8>().ok());
    let year = at.get(0..4).and_then(|s| s.parse::<i32>().ok())?;
    Datetime::from_ymd_hms(
        year,
        part(5..7)?,
        part(8..10)?,
        part(11..13)?,
        part(14..16)?,
        part(17..19)?,
    )
}

/// The first pages as SVG pictures, for the preview, and how many there are.
pub(crate) fn pages(
    doc: &Document,
    group_by: GroupBy,
    paper: Paper,
    first: usize,
) -> Result<(Vec<String>, usize)> {
    let laid_out = typeset(doc, group_by, paper)?;
    let pictures = laid_out
        .pages()
        .iter()
        .take(first)
        .map(|page| typst_svg::svg(page, &typst_svg::SvgOptions::default()))
        .collect();
    Ok((pictures, laid_out.pages().len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_become_typst_languages() {
        assert_eq!(lang_region("pt-BR"), ("pt".into(), Some("BR".into())));
        assert_eq!(lang_region("ar"), ("ar".into(), None));
        assert_eq!(lang_region("zh_Hant_TW"), ("zh".into(), Some("TW".into())));
        assert_eq!(lang_region("???"), ("en".into(), None));
        assert_eq!(families("ja", None, true)[3], "Noto Serif CJK JP");
        assert_eq!(families("ar", None, false)[0], "Noto Naskh Arabic");
    }

    #[test]
    fn the_clock_reads_as_a_calendar_date() {
        let at = timestamp("2026-11-28T04:02:09.123Z").expect("a date");
        assert_eq!(at.year(), Some(2026));
        assert_eq!(at.month(), Some(11));
        assert_eq!(at.day(), Some(28));
        assert_eq!(at.second(), Some(9));
        assert!(timestamp("not a time").is_none());
    }

    #[test]
    fn joiners_and_marks_need_no_glyph() {
        assert!(invisible('\u{200D}'));
        assert!(invisible('\u{200F}'));
        assert!(!invisible('a'));
        assert!(!invisible('\u{1F600}'));
    }
}
