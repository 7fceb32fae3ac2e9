//! Small spreadsheets that expand enormously when read: one long shared
//! string behind every cell, rows of such cells, a number format copied into
//! every style, a dimension over the whole sheet, a merged region over a
//! million rows, and ODS cells and rows repeated by count. Shared by the
//! core tests, the command line's memory-limited test and the fuzz targets
//! (included with `#[path]`), so all three try the same shapes.
#![allow(dead_code)]

use std::io::Write;

/// A zip archive of `(name, contents)` entries, compressed as office
/// programs compress them.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        let _ = zip.start_file(*name, options);
        let _ = zip.write_all(bytes);
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An XLSX workbook of one sheet: `rows` is the inside of `<sheetData>`,
/// `shared` the shared strings, `styles` a whole `styles.xml` if any,
/// `merges` the merged ranges, `dimension` the declared used range.
pub fn xlsx(
    rows: &str,
    shared: &[&str],
    styles: Option<&str>,
    merges: &[&str],
    dimension: &str,
) -> Vec<u8> {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;
    let root_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sign-ons" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let workbook_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
    let mut strings = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">"#,
        shared.len()
    );
    for s in shared {
        strings.push_str(&format!("<si><t>{}</t></si>", escape(s)));
    }
    strings.push_str("</sst>");
    let merge_xml = if merges.is_empty() {
        String::new()
    } else {
        let cells: String = merges
            .iter()
            .map(|m| format!(r#"<mergeCell ref="{m}"/>"#))
            .collect();
        format!(
            r#"<mergeCells count="{}">{cells}</mergeCells>"#,
            merges.len()
        )
    };
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{merge_xml}</worksheet>"#
    );
    let default_styles = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><name val="Calibri"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>"#;
    zip_of(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", strings.as_bytes()),
        ("xl/styles.xml", styles.unwrap_or(default_styles).as_bytes()),
    ])
}

/// `A`, `B`, … `Z`, `AA`: a column's letters.
pub fn column(mut n: usize) -> String {
    let mut letters = Vec::new();
    n += 1;
    while n > 0 {
        letters.push(char::from(b'A' + ((n - 1) % 26) as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A header row (shared strings 0 and 1: Organization, Country).
fn header_row() -> String {
    r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#.to_string()
}

/// One shared string of `chars` characters referenced by `cells` cells.
pub fn shared_string_bomb(chars: usize, cells: usize) -> Vec<u8> {
    let long = "x".repeat(chars);
    let mut rows = header_row();
    for i in 0..cells {
        let r = i + 2;
        rows.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>2</v></c></row>"#
        ));
    }
    xlsx(
        &rows,
        &["Organization", "Country", &long],
        None,
        &[],
        "A1:B2",
    )
}

/// `rows` rows of `columns` cells, each the same string of `chars`.
pub fn repeated_rows(chars: usize, rows: usize, columns: usize) -> Vec<u8> {
    let long = "y".repeat(chars);
    let mut xml = String::new();
    for r in 1..=rows {
        xml.push_str(&format!(r#"<row r="{r}">"#));
        for c in 0..columns {
            xml.push_str(&format!(r#"<c r="{}{r}" t="s"><v>0</v></c>"#, column(c)));
        }
        xml.push_str("</row>");
    }
    xlsx(&xml, &[&long], None, &[], "A1:A1")
}

/// A number format of `chars` characters copied into each of `formats`
/// cell formats.
pub fn style_bomb(chars: usize, formats: usize) -> Vec<u8> {
    let code = "0".repeat(chars);
    let mut styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts><fonts count="1"><font><name val="Calibri"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="{formats}">"#
    );
    for _ in 0..formats {
        styles.push_str(r#"<xf numFmtId="164"/>"#);
    }
    styles.push_str("</cellXfs></styleSheet>");
    let rows = format!(
        r#"{}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>"#,
        header_row()
    );
    xlsx(
        &rows,
        &["Organization", "Country"],
        Some(&styles),
        &[],
        "A1:B2",
    )
}

/// A sheet that declares the largest used range there is and holds a cell
/// in each far corner.
pub fn huge_dimension() -> Vec<u8> {
    let rows = format!(
        r#"{}<row r="1048576"><c r="A1048576" t="s"><v>0</v></c><c r="XFD1048576" t="s"><v>1</v></c></row>"#,
        header_row()
    );
    xlsx(
        &rows,
        &["Organization", "Country"],
        None,
        &[],
        "A1:XFD1048576",
    )
}

/// A cell of `chars` characters merged over a million rows and the widest
/// columns an import takes.
pub fn merged_bomb(chars: usize) -> Vec<u8> {
    let long = "z".repeat(chars);
    let rows = format!(
        r#"{}<row r="2"><c r="A2" t="s"><v>2</v></c></row>"#,
        header_row()
    );
    xlsx(
        &rows,
        &["Organization", "Country", &long],
        None,
        &["A2:B1048576"],
        "A1:B1048576",
    )
}

/// An ODS spreadsheet whose `content.xml` body (inside `office:spreadsheet`)
/// is `tables`.
pub fn ods(tables: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

fn ods_cell(text: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
        escape(text)
    )
}

/// A cell of `chars` characters repeated across `columns` columns, its row
/// repeated `rows` times.
pub fn ods_repeat_bomb(chars: usize, columns: usize, rows: usize) -> Vec<u8> {
    let long = "w".repeat(chars);
    ods(&format!(
        r#"<table:table table:name="Sign-ons"><table:table-row>{}{}</table:table-row><table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="{columns}" office:value-type="string"><text:p>{long}</text:p></table:table-cell></table:table-row></table:table>"#,
        ods_cell("Organization"),
        ods_cell("Country"),
    ))
}

/// Two cells far apart: the top-left one, and one past a million empty rows
/// and thousands of empty columns.
pub fn ods_far_corners() -> Vec<u8> {
    ods(&format!(
        r#"<table:table table:name="Sign-ons"><table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16000"/>{}</table:table-row></table:table>"#,
        ods_cell("Organization"),
        ods_cell("far away"),
    ))
}

/// Every shape, named, at a size that expands to hundreds of gigabytes if
/// read naively.
pub fn all() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    vec![
        (
            "shared-string.xlsx",
            "xlsx",
            shared_string_bomb(9_900_000, 20_000),
        ),
        (
            "shared-string-short.xlsx",
            "xlsx",
            shared_string_bomb(90_000, 20_000),
        ),
        (
            "repeated-rows.xlsx",
            "xlsx",
            repeated_rows(90_000, 2_000, 20),
        ),
        ("styles.xlsx", "xlsx", style_bomb(1_000_000, 60_000)),
        ("huge-dimension.xlsx", "xlsx", huge_dimension()),
        ("merged.xlsx", "xlsx", merged_bomb(90_000)),
        (
            "repeated-cells.ods",
            "ods",
            ods_repeat_bomb(90_000, 16_384, 1_000),
        ),
        (
            "repeated-rows.ods",
            "ods",
            ods_repeat_bomb(10, 100, 1_000_000),
        ),
        (
            "empty-strings.ods",
            "ods",
            ods_repeat_bomb(0, 65_280, 1_920),
        ),
        ("far-corners.ods", "ods", ods_far_corners()),
    ]
}
