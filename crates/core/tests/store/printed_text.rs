//! Names and text as printed: the PDF's text layer, read back with poppler,
//! holds every name and the text exactly as stored, with no invisible
//! character added, and long words wrap inside their column, broken only
//! where their script allows; the other formats carry names as stored too.

use std::path::{Path, PathBuf};

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy};
use undersigned_core::statements::{NewStatement, StatementPatch};
use unicode_segmentation::UnicodeSegmentation;

use crate::exports::{confirmed_org, poppler, save_pdf};
use crate::temp_db;

/// Characters that print nothing and that no name or text here holds: any
/// of them in the text layer was put there by the exporter.
const INVISIBLE: [char; 4] = ['\u{200B}', '\u{00AD}', '\u{2060}', '\u{FEFF}'];

/// The template's side margins (2.2 cm) and the gap between the columns of
/// the signatory list (1.6 em of its 9.5 pt type), in points.
const MARGIN: f64 = 2.2 / 2.54 * 72.0;
const GUTTER: f64 = 1.6 * 9.5;

/// A Thai organization's name, written as Thai is, without spaces; the
/// words it is made of, where a line may break.
const THAI_WORDS: &[&str] = &[
    "มูลนิธิ",
    "เพื่อ",
    "สิทธิ",
    "แรงงาน",
    "ข้าม",
    "ชาติ",
    "และ",
    "การ",
    "พัฒนา",
    "สังคม",
    "อย่าง",
    "ยั่งยืน",
    "แห่ง",
    "ประเทศ",
    "ไทย",
];

/// An 80-letter word: no two neighbouring stretches alike, so a piece
/// printed out of order would show.
fn overlong_word() -> String {
    let letters = "Abcdefghijklmnopqrstuvwxyz".repeat(4);
    letters[..80].to_string()
}

/// A statement signed by `names` and, with `crowd`, by enough others to
/// print the list in two columns; its PDF, written.
fn pdf_signed_by(names: &[&str], crowd: bool, body: &str) -> (tempfile::TempDir, PathBuf) {
    pdf_in("en", names, crowd, body)
}

fn pdf_in(language: &str, names: &[&str], crowd: bool, body: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Printed text".into(),
            language: Some(language.into()),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    actions::statements::update(
        &mut store,
        &st,
        &StatementPatch {
            body: Some(body.into()),
            ..Default::default()
        },
    )
    .unwrap();
    for name in names {
        confirmed_org(&mut store, &st, name);
    }
    if crowd {
        for n in 0..45 {
            confirmed_org(&mut store, &st, &format!("Collective {n:02}"));
        }
    }
    let out = dir.path().join("statement.pdf");
    let options = ExportOptions {
        group_by: GroupBy::None,
        ..Default::default()
    };
    save_pdf(&mut store, &st, &options, &out);
    (dir, out)
}

/// The text layer in reading order, one printed line each. Poppler wraps a
/// right-to-left line in embedding marks of its own (U+202B … U+202C),
/// which are not in the PDF; they are taken off.
fn text_lines(pdf: &Path) -> (String, Vec<String>) {
    let text = poppler("pdftotext", &["-enc", "UTF-8"], pdf);
    let lines = text
        .lines()
        .map(|l| l.replace(['\u{202B}', '\u{202C}'], "").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    (text, lines)
}

/// The lines that spell `text` when joined the way a reader joins them (a
/// line break stands for a space, or for nothing where a word was carried
/// over): the byte offsets in `text` where its lines break, or `None` when
/// no run of lines spells it exactly.
fn line_breaks(lines: &[String], text: &str) -> Option<Vec<usize>> {
    'first: for first in 0..lines.len() {
        let mut at = 0;
        let mut breaks = Vec::new();
        for line in &lines[first..] {
            if !text[at..].starts_with(line.as_str()) {
                continue 'first;
            }
            at += line.len();
            if at == text.len() {
                return Some(breaks);
            }
            breaks.push(at);
            if text[at..].starts_with(' ') {
                at += 1;
            }
        }
    }
    None
}

/// One printed line as `pdftotext -bbox-layout` places it, in points from
/// the page's left edge.
struct Placed {
    x_min: f64,
    x_max: f64,
    text: String,
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    let end = start + tag[start..].find('"').expect("closing quote");
    tag[start..end].parse().expect("a number")
}

/// The first page's width and every line on it.
fn placed_lines(pdf: &Path) -> (f64, Vec<Placed>) {
    let html = poppler(
        "pdftotext",
        &["-bbox-layout", "-enc", "UTF-8", "-l", "1"],
        pdf,
    );
    let page = html.find("<page ").expect("a page");
    let width = attribute(&html[page..], "width");
    let mut lines = Vec::new();
    for chunk in html.split("<line ").skip(1) {
        let chunk = &chunk[..chunk.find("</line>").expect("line closed")];
        let text = chunk
            .split("<word ")
            .skip(1)
            .filter_map(|w| Some(&w[w.find('>')? + 1..w.find("</word>")?]))
            .collect::<Vec<_>>()
            .join(" ");
        lines.push(Placed {
            x_min: attribute(chunk, "xMin"),
            x_max: attribute(chunk, "xMax"),
            text,
        });
    }
    (width, lines)
}

#[test]
fn names_in_every_script_read_back_from_the_pdf_as_stored() {
    let long = overlong_word();
    let thai = THAI_WORDS.concat();
    let names = [
        "Asociación de Trabajadoras del Hogar",
        "جمعية حقوق المهاجرين",
        "प्रवासी श्रमिक संघर्ष समिति",
        thai.as_str(),
        "移民工人权利联盟",
        long.as_str(),
    ];
    let paragraph = format!("We stand with {long} today.");
    let (_dir, pdf) = pdf_signed_by(&names, true, &paragraph);
    let (text, lines) = text_lines(&pdf);
    for c in INVISIBLE {
        assert!(
            !text.contains(c),
            "U+{:04X} in the text layer: {text:?}",
            c as u32
        );
    }
    for name in names.iter().copied().chain([paragraph.as_str()]) {
        assert!(
            line_breaks(&lines, name).is_some(),
            "{name} does not read back as stored from {lines:#?}"
        );
    }
    let breaks = line_breaks(&lines, &long).unwrap();
    assert!(breaks.len() >= 2, "the long word wraps: {breaks:?}");
}

#[test]
fn an_overlong_word_and_a_long_thai_name_wrap_inside_their_column() {
    let long = overlong_word();
    let thai = THAI_WORDS.concat();
    let thai_twice = format!("{thai}{thai}");
    let email = "coordination.internationale.des.collectifs.de.sans.papiers@example.org";
    let names = [long.as_str(), thai_twice.as_str(), email];
    let (_dir, pdf) = pdf_signed_by(&names, true, "");

    let (page, placed) = placed_lines(&pdf);
    let column = (page - 2.0 * MARGIN - GUTTER) / 2.0;
    let left = MARGIN..MARGIN + column;
    let right = page - MARGIN - column..page - MARGIN;
    // The list: below its count line, above the page number.
    let count = placed
        .iter()
        .position(|l| l.text.starts_with("Signed by"))
        .expect("a count line");
    let listed = &placed[count + 1..placed.len() - 1];
    assert!(listed.len() > 20, "the list is printed");
    for line in listed {
        let inside =
            |c: &std::ops::Range<f64>| line.x_min >= c.start - 0.5 && line.x_max <= c.end + 0.5;
        assert!(
            inside(&left) || inside(&right),
            "“{}” spans {:.1}–{:.1} pt, outside both columns ({left:.1?}, {right:.1?})",
            line.text,
            line.x_min,
            line.x_max
        );
    }

    let (text, lines) = text_lines(&pdf);
    for c in INVISIBLE {
        assert!(!text.contains(c), "U+{:04X} in {text:?}", c as u32);
    }
    let breaks = line_breaks(&lines, &long)
        .unwrap_or_else(|| panic!("{long} not read back from {lines:#?}"));
    assert!(breaks.len() >= 2, "{breaks:?}");
    line_breaks(&lines, email).unwrap_or_else(|| panic!("{email} not read back from {lines:#?}"));

    // Thai lines break between words, never inside one.
    let breaks = line_breaks(&lines, &thai_twice)
        .unwrap_or_else(|| panic!("the Thai name not read back from {lines:#?}"));
    assert!(breaks.len() >= 2, "{breaks:?}");
    let mut word_ends = Vec::new();
    let mut at = 0;
    for word in THAI_WORDS.iter().chain(THAI_WORDS) {
        at += word.len();
        word_ends.push(at);
    }
    for b in breaks {
        assert!(
            word_ends.contains(&b),
            "a line breaks inside a Thai word: …{}|{}…",
            &thai_twice[..b],
            &thai_twice[b..]
        );
    }
}

#[test]
fn justified_text_is_not_hyphenated_into_the_text_layer() {
    // Long German words in a justified paragraph: where Typst hyphenates,
    // it writes the hyphen into the text layer as a soft hyphen (U+00AD).
    let sentence = "Menschenrechtsorganisationen, Flüchtlingsinitiativen und \
        Gewerkschaftsverbände fordern die Bundesregierung auf, die \
        Abschiebungshaft abzuschaffen, Arbeitsmigrantinnen gleichberechtigt zu \
        behandeln und Familienzusammenführungen unbürokratisch zu ermöglichen.";
    let paragraph = [sentence; 4].join(" ");
    let (_dir, pdf) = pdf_in("de", &["Bundesarbeitsgemeinschaft"], false, &paragraph);
    let (text, lines) = text_lines(&pdf);
    for c in INVISIBLE {
        assert!(!text.contains(c), "U+{:04X} in {text:?}", c as u32);
    }
    assert!(
        line_breaks(&lines, &paragraph).is_some_and(|b| b.len() >= 4),
        "the paragraph reads back as written: {lines:#?}"
    );
}

/// Signs that belong to the letter before them: Devanagari's vowel signs,
/// nasal marks, nukta and virama, and the joiners.
fn dependent(c: char) -> bool {
    matches!(c,
        '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{093C}' | '\u{093E}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{200C}' | '\u{200D}')
}

#[test]
fn devanagari_lines_break_only_between_clusters() {
    // A compound printed without spaces, and a name long enough to wrap at
    // its spaces, both in a narrow column.
    let compound = "प्रवासीश्रमिकसंघर्षसमितिराष्ट्रीयमंचकीअंतर्राष्ट्रीयसमन्वयसमितिदिल्ली";
    // Vowel signs set below a letter (ु, ू) are left out: Typst 0.15 writes
    // such a cluster's text into the text layer twice, once for the letter
    // and once for the sign (typst/typst#4225), whatever the template does.
    let spaced = "राष्ट्रीय प्रवासी श्रमिक संघर्ष समिति एवं महिला कामगार अधिकार मंच दिल्ली प्रदेश इकाई";
    let (_dir, pdf) = pdf_signed_by(&[compound, spaced], true, "");
    let (_, lines) = text_lines(&pdf);
    for pair in lines.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        assert!(
            !after.starts_with(dependent) && !before.ends_with('\u{094D}'),
            "a cluster split across lines: “{before}” / “{after}”"
        );
    }
    for name in [compound, spaced] {
        let breaks = line_breaks(&lines, name)
            .unwrap_or_else(|| panic!("{name} not read back from {lines:#?}"));
        assert!(!breaks.is_empty(), "{name} wraps in its column");
        let clusters: Vec<usize> = name.grapheme_indices(true).map(|(i, _)| i).collect();
        for b in breaks {
            assert!(
                clusters.contains(&b),
                "{name} breaks inside a cluster: …{}|{}…",
                &name[..b],
                &name[b..]
            );
        }
    }
}

#[test]
fn every_other_format_carries_long_names_as_stored() {
    let mut store = Store::open_in_memory().unwrap();
    let st = actions::statements::create(
        &mut store,
        &NewStatement {
            title: "Printed text".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let long = overlong_word();
    let thai = THAI_WORDS.concat();
    let compound = "प्रवासीश्रमिकसंघर्षसमितिराष्ट्रीयमंचकीअंतर्राष्ट्रीयसमन्वयसमिति";
    let names = [long.as_str(), thai.as_str(), compound];
    for name in names {
        confirmed_org(&mut store, &st, name);
    }
    let doc = export::document(store.conn(), &st, GroupBy::None).unwrap();
    let options = ExportOptions {
        group_by: GroupBy::None,
        ..Default::default()
    };
    for format in [
        ExportFormat::Docx,
        ExportFormat::Html,
        ExportFormat::HtmlFragment,
        ExportFormat::Markdown,
        ExportFormat::Text,
        ExportFormat::Csv,
    ] {
        let bytes = export::render(&doc, format, &options).unwrap();
        let text = if format == ExportFormat::Docx {
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
            let mut xml = String::new();
            std::io::Read::read_to_string(
                &mut archive.by_name("word/document.xml").unwrap(),
                &mut xml,
            )
            .unwrap();
            xml
        } else {
            String::from_utf8(bytes).unwrap()
        };
        // The CSV's byte order mark is its first character, and only there.
        let body = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        for c in INVISIBLE {
            assert!(!body.contains(c), "{format:?}: U+{:04X} added", c as u32);
        }
        for name in names {
            assert!(body.contains(name), "{format:?}: {name} not as stored");
        }
    }
}
