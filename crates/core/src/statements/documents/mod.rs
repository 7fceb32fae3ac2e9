//! Statements to and from files: a Markdown file or a Word document (.docx)
//! becomes a new statement (the first heading is its title), and a
//! statement prints as Markdown with its title as the first `# ` heading.

mod front;

use std::io::Read;

use quick_xml::events::Event;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::statements::revisions::{self, RevisionKind};
use crate::statements::{self, NewStatement, Statement, StatementError, StatementPatch};

type Result<T> = std::result::Result<T, StatementError>;

/// Word documents larger than this once unpacked are refused, so a small
/// file that unpacks to gigabytes (a "zip bomb") cannot exhaust memory.
const MAX_DOCX_XML_BYTES: u64 = 32 * 1024 * 1024;

fn import_error(reason: impl Into<String>) -> StatementError {
    StatementError::Import {
        reason: reason.into(),
    }
}

/// The statement as Markdown: `# Title`, the subtitle in bold, then the
/// text, each after a blank line; importing it gives the same statement.
pub fn to_markdown(statement: &Statement) -> String {
    let mut out = format!("# {}\n", statement.title);
    if !statement.subtitle.is_empty() {
        out.push_str(&format!("\n**{}**\n", statement.subtitle));
    }
    if !statement.body.is_empty() {
        out.push('\n');
        out.push_str(&statement.body);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Splits Markdown into a title (the first heading) and the rest. The blank
/// line after the heading is the separator `to_markdown` writes, so it is
/// not kept in the text; everything else is kept exactly.
fn split_markdown(source: &str) -> Option<(String, String)> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        let level = trimmed.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&level) && trimmed[level..].starts_with(' ') {
            let title = trimmed[level..]
                .trim()
                .trim_end_matches('#')
                .trim()
                .to_string();
            let before = &source[..offset];
            let mut after = &source[offset + line.len()..];
            after = after
                .strip_prefix("\r\n")
                .or_else(|| after.strip_prefix('\n'))
                .unwrap_or(after);
            let body = if before.trim().is_empty() {
                after.to_string()
            } else {
                format!("{}\n{after}", before.trim_end())
            };
            return Some((title, body));
        }
        offset += line.len();
    }
    None
}

/// A statement made from a file, and what was left out of its text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportedStatement {
    pub statement: Statement,
    /// "raw HTML was left out (lines 3–5)", for the organizer to check.
    pub warnings: Vec<String>,
}

/// A new statement from Markdown text. Front matter gives the title and
/// details and is never part of the text; raw HTML and template code are
/// left out with a warning; a date line or a bold subtitle right under the
/// title fill the details.
pub fn import_markdown(conn: &Connection, source: &str, origin: &str) -> Result<ImportedStatement> {
    let prepared = front::prepare(source);
    let mut details = prepared.details;
    let (title, body) = match (details.title.take(), split_markdown(&prepared.text)) {
        (Some(title), Some((heading, body))) if fold_eq(&title, &heading) => (title, body),
        (Some(title), _) => (title, prepared.text.clone()),
        (None, Some(found)) => found,
        (None, None) => {
            return Err(import_error(format!(
                "{origin} has no heading to take the title from; start the file with a line such as \"# Joint statement on …\""
            )));
        }
    };
    let body = front::title_lines(&body, &mut details);
    let mut warnings = prepared.warnings;
    if let Some(language) = &details.language
        && crate::text::clean_language(language).is_err()
    {
        warnings.push(format!(
            "the language “{language}” is not a language tag; set the language in the details"
        ));
        details.language = None;
    }
    let patch = StatementPatch {
        subtitle: details.subtitle,
        occasion: details.occasion,
        statement_date: details.date,
        place: details.place,
        language: details.language,
        ..Default::default()
    };
    let statement = create_with(
        conn,
        &title,
        &body,
        &patch,
        &format!("Imported from {origin}"),
    )?;
    Ok(ImportedStatement {
        statement,
        warnings,
    })
}

fn fold_eq(a: &str, b: &str) -> bool {
    crate::text::names::fold(a) == crate::text::names::fold(b)
}

fn create_with(
    conn: &Connection,
    title: &str,
    body: &str,
    details: &StatementPatch,
    label: &str,
) -> Result<Statement> {
    let made = statements::create(
        conn,
        &NewStatement {
            title: title.to_string(),
            ..Default::default()
        },
    )?;
    let patch = StatementPatch {
        body: Some(body.to_string()),
        ..details.clone()
    };
    statements::update(conn, &made.id, &patch)?;
    let label: String = label
        .chars()
        .take(crate::text::LIMITS.label as usize)
        .collect();
    revisions::save(conn, &made.id, &label, RevisionKind::Import)?;
    statements::get(conn, &made.id)
}

/// A new statement from a Word document: headings, paragraphs, bold and
/// italic, and lists become Markdown; the first heading (or the document's
/// Title) becomes the statement's title.
pub fn import_docx(conn: &Connection, bytes: &[u8], origin: &str) -> Result<ImportedStatement> {
    let markdown = docx_to_markdown(bytes, origin)?;
    import_markdown(conn, &markdown, origin)
}

/// The Markdown a .docx holds.
pub fn docx_to_markdown(bytes: &[u8], origin: &str) -> Result<String> {
    let not_docx = |why: &str| {
        import_error(format!(
            "{origin} is not a Word document that can be read ({why}); save it as .docx from your word processor and try again"
        ))
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| not_docx("it is not a .docx package"))?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| not_docx("it has no document inside"))?;
    if entry.size() > MAX_DOCX_XML_BYTES {
        return Err(not_docx("its text unpacks to more than 32 MB"));
    }
    let mut xml = Vec::new();
    entry
        .take(MAX_DOCX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|_| not_docx("it is damaged"))?;
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        return Err(not_docx("its text unpacks to more than 32 MB"));
    }
    let paragraphs = read_paragraphs(&xml).map_err(|_| not_docx("its XML is damaged"))?;
    Ok(paragraphs_to_markdown(&paragraphs))
}

#[derive(Debug, Default)]
struct Paragraph {
    /// 0 for body text, 1–6 for headings (a document Title counts as 1).
    heading: usize,
    list_item: bool,
    runs: Vec<Run>,
}

#[derive(Debug, Default, Clone)]
struct Run {
    bold: bool,
    italic: bool,
    text: String,
}

fn attr_val(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .and_then(|a| String::from_utf8(a.value.into_owned()).ok())
}

/// `w:b` and `w:i` are on unless their value says off.
fn toggled_on(e: &quick_xml::events::BytesStart<'_>) -> bool {
    !matches!(attr_val(e).as_deref(), Some("0" | "false" | "off"))
}

fn read_paragraphs(xml: &[u8]) -> std::result::Result<Vec<Paragraph>, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut paragraphs = Vec::new();
    let mut paragraph: Option<Paragraph> = None;
    let mut run: Option<Run> = None;
    let mut in_text = false;
    let mut in_run_props = false;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    b"p" if !empty => paragraph = Some(Paragraph::default()),
                    b"pStyle" => {
                        if let (Some(p), Some(style)) = (paragraph.as_mut(), attr_val(e)) {
                            let lower = style.to_ascii_lowercase();
                            if lower == "title" {
                                p.heading = 1;
                            } else if let Some(n) = lower.strip_prefix("heading") {
                                p.heading = n.trim().parse::<usize>().unwrap_or(1).clamp(1, 6);
                            }
                        }
                    }
                    b"numPr" => {
                        if let Some(p) = paragraph.as_mut() {
                            p.list_item = true;
                        }
                    }
                    b"r" if !empty => run = Some(Run::default()),
                    b"rPr" if !empty => in_run_props = true,
                    b"b" if in_run_props => {
                        if let Some(r) = run.as_mut() {
                            r.bold = toggled_on(e);
                        }
                    }
                    b"i" if in_run_props => {
                        if let Some(r) = run.as_mut() {
                            r.italic = toggled_on(e);
                        }
                    }
                    b"t" if !empty => in_text = true,
                    b"tab" => {
                        if let Some(r) = run.as_mut() {
                            r.text.push('\t');
                        }
                    }
                    b"br" => {
                        if let Some(r) = run.as_mut() {
                            r.text.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                if let Some(r) = run.as_mut() {
                    r.text.push_str(&t.unescape()?);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"rPr" => in_run_props = false,
                b"r" => {
                    if let (Some(p), Some(r)) = (paragraph.as_mut(), run.take()) {
                        p.runs.push(r);
                    }
                }
                b"p" => {
                    if let Some(p) = paragraph.take() {
                        paragraphs.push(p);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(paragraphs)
}

/// Runs as Markdown: neighbouring runs with the same emphasis are joined
/// first, so "**bold** **text**" comes out as "**bold text**".
fn runs_to_markdown(runs: &[Run]) -> String {
    let mut merged: Vec<Run> = Vec::new();
    for run in runs.iter().filter(|r| !r.text.is_empty()) {
        match merged.last_mut() {
            Some(last) if last.bold == run.bold && last.italic == run.italic => {
                last.text.push_str(&run.text)
            }
            _ => merged.push(run.clone()),
        }
    }
    let mut out = String::new();
    for run in merged {
        let marker = match (run.bold, run.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        // Emphasis markers must hug the words: keep surrounding spaces outside.
        let inner = run.text.trim();
        if marker.is_empty() || inner.is_empty() {
            out.push_str(&run.text);
            continue;
        }
        let lead = &run.text[..run.text.len() - run.text.trim_start().len()];
        let trail = &run.text[run.text.trim_end().len()..];
        out.push_str(lead);
        out.push_str(marker);
        out.push_str(inner);
        out.push_str(marker);
        out.push_str(trail);
    }
    out
}

fn paragraphs_to_markdown(paragraphs: &[Paragraph]) -> String {
    let mut out = String::new();
    let mut previous_was_item = false;
    for p in paragraphs {
        let text = runs_to_markdown(&p.runs);
        if text.trim().is_empty() {
            continue;
        }
        let line = if p.heading > 0 {
            // The heading carries no emphasis of its own.
            let plain: String = p.runs.iter().map(|r| r.text.as_str()).collect();
            format!("{} {}", "#".repeat(p.heading), plain.trim())
        } else if p.list_item {
            format!("- {}", text.trim())
        } else {
            text.trim().to_string()
        };
        if !out.is_empty() {
            out.push_str(if p.list_item && previous_was_item {
                "\n"
            } else {
                "\n\n"
            });
        }
        out.push_str(&line);
        previous_was_item = p.list_item;
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_heading_is_the_title_and_the_rest_is_kept_exactly() {
        let (title, body) = split_markdown("# Stop the deportations\n\nWe, the *undersigned*…\n")
            .unwrap_or_default();
        assert_eq!(title, "Stop the deportations");
        assert_eq!(body, "We, the *undersigned*…\n");
        let (title, body) = split_markdown("\u{feff}## Closing ##\nText").unwrap_or_default();
        assert_eq!((title.as_str(), body.as_str()), ("Closing", "Text"));
        assert_eq!(split_markdown("No heading here\n#hashtag\n"), None);
    }
}
