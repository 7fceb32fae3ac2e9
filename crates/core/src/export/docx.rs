//! The statement as a Word document that organizers can still edit: real
//! heading styles, paragraphs, emphasis and numbered or bulleted lists, and
//! each signatory as a paragraph in a "Signatory" style.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageNum, Paragraph,
    Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use super::blocks::{self, Block, Span};
use super::{Document, ExportError, GroupBy, Paper, Result, line_rest};

const BULLETS: usize = 1;
/// Each ordered list gets a numbering of its own, so each starts afresh.
const FIRST_ORDERED: usize = 2;

fn styles(docx: Docx, rtl: bool) -> Docx {
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .fonts(RunFonts::new().ascii("Noto Sans").hi_ansi("Noto Sans"))
    };
    let mut signatory = Style::new("Signatory", StyleType::Paragraph)
        .name("Signatory")
        .based_on("Normal")
        .size(19)
        .line_spacing(LineSpacing::new().before(0).after(40))
        .indent(Some(284), Some(SpecialIndentType::Hanging(284)), None, None);
    let mut title = heading("Title", "Title", 42).align(AlignmentType::Center);
    if rtl {
        signatory = signatory.align(AlignmentType::Right);
        title = title.align(AlignmentType::Center);
    }
    docx.add_style(title)
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .size(26)
                .italic()
                .align(AlignmentType::Center),
        )
        .add_style(heading("Heading1", "heading 1", 28))
        .add_style(heading("Heading2", "heading 2", 25))
        .add_style(heading("Heading3", "heading 3", 22))
        .add_style(heading("Heading4", "heading 4", 21))
        .add_style(
            Style::new("Quote", StyleType::Paragraph)
                .name("Quote")
                .based_on("Normal")
                .italic()
                .indent(Some(567), None, Some(567), None),
        )
        .add_style(signatory)
}

fn runs(mut p: Paragraph, spans: &[Span]) -> Paragraph {
    for span in spans {
        for (i, piece) in span.text.split('\n').enumerate() {
            let mut run = Run::new();
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = run.add_text(piece);
            if span.strong {
                run = run.bold();
            }
            if span.emph {
                run = run.italic();
            }
            p = p.add_run(run);
        }
    }
    p
}

struct Writer {
    docx: Docx,
    rtl: bool,
    next_ordered: usize,
}

impl Writer {
    fn paragraph(&mut self, mut p: Paragraph) {
        if self.rtl {
            p.property = p.property.bidi(true);
        }
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn blocks(&mut self, blocks: &[Block], depth: usize, list: Option<usize>, quote: bool) {
        for block in blocks {
            match block {
                Block::Heading { level, spans } => {
                    let style = format!("Heading{}", (*level).clamp(1, 4));
                    self.paragraph(runs(Paragraph::new().style(&style).keep_next(true), spans));
                }
                Block::Paragraph { spans } => {
                    let mut p = Paragraph::new();
                    if let Some(id) = list {
                        p = p.numbering(NumberingId::new(id), IndentLevel::new(depth.min(8)));
                    } else if quote {
                        p = p.style("Quote");
                    }
                    self.paragraph(runs(p, spans));
                }
                Block::Quote { blocks } => self.blocks(blocks, depth, list, true),
                Block::List {
                    ordered,
                    start,
                    items,
                } => {
                    let id = if *ordered {
                        let id = self.next_ordered;
                        self.next_ordered += 1;
                        let docx = std::mem::take(&mut self.docx);
                        self.docx = docx
                            .add_abstract_numbering(numbering(id, true, *start))
                            .add_numbering(Numbering::new(id, id));
                        id
                    } else {
                        BULLETS
                    };
                    let nested = if list.is_some() { depth + 1 } else { 0 };
                    for item in items {
                        self.blocks(item, nested, Some(id), quote);
                    }
                }
                Block::Rule => self.paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .add_run(Run::new().add_text("\u{2042}")),
                ),
            }
        }
    }
}

fn numbering(id: usize, ordered: bool, start: u64) -> AbstractNumbering {
    let mut n = AbstractNumbering::new(id);
    for level in 0..9 {
        let indent = 360 * (level as i32 + 1);
        let (format, text) = if ordered {
            ("decimal", format!("%{}.", level + 1))
        } else {
            (
                "bullet",
                ["\u{2022}", "\u{25e6}", "\u{25aa}"][level % 3].to_string(),
            )
        };
        let first = if level == 0 {
            start.min(u32::MAX as u64) as usize
        } else {
            1
        };
        n = n.add_level(
            Level::new(
                level,
                Start::new(first),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    n
}

pub(crate) fn docx(doc: &Document, group_by: GroupBy, paper: Paper) -> Result<Vec<u8>> {
    let rtl = doc.direction == "rtl";
    let (width, height) = match paper {
        Paper::A4 => (11_906, 16_838),
        Paper::Letter => (12_240, 15_840),
    };
    let docx = Docx::new()
        .page_size(width, height)
        .default_size(21)
        .default_fonts(
            RunFonts::new()
                .ascii("Noto Serif")
                .hi_ansi("Noto Serif")
                .east_asia("Noto Serif CJK SC")
                .cs("Noto Naskh Arabic"),
        )
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new())
                    .add_run(Run::new().add_text(" / "))
                    .add_num_pages(NumPages::new()),
            ),
        )
        .add_abstract_numbering(numbering(BULLETS, false, 1))
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    let mut w = Writer {
        docx: styles(docx, rtl),
        rtl,
        next_ordered: FIRST_ORDERED,
    };
    w.paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(Run::new().add_text(&doc.title)),
    );
    if !doc.subtitle.trim().is_empty() {
        w.paragraph(
            Paragraph::new()
                .style("Subtitle")
                .add_run(Run::new().add_text(&doc.subtitle)),
        );
    }
    for line in super::meta_lines(doc) {
        w.paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(line).color("5A5A55")),
        );
    }
    w.blocks(&blocks::blocks(&doc.body), 0, None, false);
    w.paragraph(
        Paragraph::new()
            .style("Heading2")
            .add_run(Run::new().add_text(&doc.count_line)),
    );
    for group in &doc.groups {
        if !group.heading.is_empty() {
            w.paragraph(
                Paragraph::new()
                    .style("Heading3")
                    .add_run(Run::new().add_text(&group.heading)),
            );
        }
        for s in &group.signatories {
            w.paragraph(
                Paragraph::new()
                    .style("Signatory")
                    .add_run(Run::new().add_text(&s.name).bold())
                    .add_run(Run::new().add_text(line_rest(s, group_by != GroupBy::Country))),
            );
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    w.docx
        .build()
        .pack(&mut out)
        .map_err(|e| ExportError::Typeset(format!("the Word document could not be packed: {e}")))?;
    with_properties(&out.into_inner(), doc)
}

/// docx-rs writes "created 1970-01-01 by unknown" into every document and
/// offers no way to say otherwise: its `docProps/core.xml` is replaced by
/// one with the export's time, the issuing organization and the title.
fn with_properties(packed: &[u8], doc: &Document) -> Result<Vec<u8>> {
    let failed = |e: zip::result::ZipError| {
        ExportError::Typeset(format!("the Word document could not be packed: {e}"))
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(packed)).map_err(failed)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(failed)?;
        if entry.name_raw() == b"docProps/core.xml" {
            continue;
        }
        out.raw_copy_file(entry).map_err(failed)?;
    }
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    out.start_file("docProps/core.xml", options)
        .map_err(failed)?;
    std::io::Write::write_all(&mut out, core_properties(doc).as_bytes())
        .map_err(|e| ExportError::Typeset(format!("the Word document could not be packed: {e}")))?;
    Ok(out.finish().map_err(failed)?.into_inner())
}

fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn core_properties(doc: &Document) -> String {
    let by: Vec<&str> = doc
        .issuers
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let creator = if by.is_empty() {
        "Undersigned".to_string()
    } else {
        by.join("; ")
    };
    // W3CDTF wants seconds at most: 2026-12-02T11:30:44Z.
    let at = doc
        .laid_out_at
        .get(..19)
        .map_or_else(|| doc.laid_out_at.clone(), |seconds| format!("{seconds}Z"));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy><dc:language>{language}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{at}</dcterms:modified></cp:coreProperties>"#,
        title = xml_text(&doc.title),
        creator = xml_text(&creator),
        language = xml_text(&doc.language),
    )
}
