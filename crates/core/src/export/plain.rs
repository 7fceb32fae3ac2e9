//! The formats written as text: a standalone web page or a fragment,
//! Markdown, plain text for e-mail, and the signatories as CSV. Every name
//! is escaped for the format it lands in.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::{Document, GroupBy, header_lines, line};
use crate::contacts::exchange::neutralize;
use crate::text::html::{escape_html, safe_events};

/// The statement's Markdown as HTML; raw HTML in it is shown as text, and
/// links keep only web and mail addresses.
fn body_html(markdown: &str) -> String {
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, safe_events(Parser::new(markdown)));
    out
}

fn signatories_html(doc: &Document, group_by: GroupBy) -> String {
    let mut out = format!(
        "<section class=\"signatories\">\n<p class=\"count\">{}</p>\n",
        escape_html(&doc.count_line)
    );
    for group in &doc.groups {
        if !group.heading.is_empty() {
            out.push_str(&format!("<h2>{}</h2>\n", escape_html(&group.heading)));
        }
        out.push_str("<ul>\n");
        for s in &group.signatories {
            out.push_str(&format!(
                "<li dir=\"auto\">{}</li>\n",
                escape_html(&line(s, group_by != GroupBy::Country))
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A standalone page (no scripts, nothing fetched) or a fragment.
pub fn html(doc: &Document, group_by: GroupBy, fragment: bool) -> String {
    let mut main = format!(
        "<article lang=\"{}\" dir=\"{}\">\n<h1>{}</h1>\n",
        escape_html(&doc.language),
        doc.direction,
        escape_html(&doc.title)
    );
    for l in header_lines(doc) {
        main.push_str(&format!("<p class=\"meta\">{}</p>\n", escape_html(&l)));
    }
    main.push_str(&body_html(&doc.body));
    main.push_str(&signatories_html(doc, group_by));
    main.push_str("</article>\n");
    if fragment {
        return main;
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n\
         </head>\n<body>\n{main}</body>\n</html>\n",
        lang = escape_html(&doc.language),
        dir = doc.direction,
        title = escape_html(&doc.title),
    )
}

const STYLE: &str = "body { font-family: 'Noto Serif', Georgia, serif; line-height: 1.55; margin: 0; padding: 1.2rem; color: #1d1d1b; background: #fff; }
article { max-width: 42rem; margin: 0 auto; }
h1 { font-size: 1.7rem; line-height: 1.25; }
.meta { color: #555; margin: 0.2rem 0; }
.signatories { margin-top: 2rem; border-top: 1px solid #ccc; }
.count { font-weight: bold; }
.signatories ul { list-style: none; padding: 0; columns: 2 16rem; }
.signatories li { break-inside: avoid; margin-bottom: 0.25rem; }
";

/// Markdown: the text as written, then the signatories as lists.
pub fn markdown(doc: &Document, group_by: GroupBy) -> String {
    let mut out = format!("# {}\n\n", escape_markdown(&doc.title));
    for l in header_lines(doc) {
        out.push_str(&format!("*{}*\n\n", escape_markdown(&l)));
    }
    out.push_str(doc.body.trim_end());
    out.push_str(&format!(
        "\n\n---\n\n**{}**\n",
        escape_markdown(&doc.count_line)
    ));
    for group in &doc.groups {
        if !group.heading.is_empty() {
            out.push_str(&format!("\n## {}\n", escape_markdown(&group.heading)));
        }
        out.push('\n');
        for s in &group.signatories {
            out.push_str(&format!(
                "- {}\n",
                escape_markdown(&line(s, group_by != GroupBy::Country))
            ));
        }
    }
    out
}

/// Markdown punctuation in a name is printed as itself, never as formatting
/// or markup.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Plain text for an e-mail: the text without its formatting, wrapped at 72.
pub fn text(doc: &Document, group_by: GroupBy) -> String {
    let mut out = String::new();
    out.push_str(&wrap(&doc.title, 72));
    out.push('\n');
    for l in header_lines(doc) {
        out.push_str(&wrap(&l, 72));
        out.push('\n');
    }
    out.push('\n');
    for block in plain_blocks(&doc.body) {
        out.push_str(&wrap(&block, 72));
        out.push_str("\n\n");
    }
    out.push_str(&wrap(&doc.count_line, 72));
    out.push('\n');
    for group in &doc.groups {
        if !group.heading.is_empty() {
            out.push('\n');
            out.push_str(&group.heading);
            out.push('\n');
        }
        for s in &group.signatories {
            out.push_str(&wrap(
                &format!("- {}", line(s, group_by != GroupBy::Country)),
                72,
            ));
            out.push('\n');
        }
    }
    out
}

/// The paragraphs, headings and list items of Markdown, as plain text.
fn plain_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut in_item = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                current.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Item) => {
                in_item = true;
                current.push_str("- ");
            }
            Event::Start(Tag::Heading { level, .. }) if level != HeadingLevel::H1 => {}
            Event::End(TagEnd::Paragraph) if in_item => {}
            Event::End(TagEnd::Item) => {
                in_item = false;
                blocks.push(std::mem::take(&mut current).trim().to_string());
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => {
                let block = std::mem::take(&mut current).trim().to_string();
                if !block.is_empty() {
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        blocks.push(current.trim().to_string());
    }
    blocks
}

/// Greedy word wrap at `width` characters; a word longer than the line
/// stands on a line of its own. Continuation lines of a "- " item indent.
fn wrap(text: &str, width: usize) -> String {
    let indent = if text.starts_with("- ") { "  " } else { "" };
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let len = current.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
            current.push_str(indent);
        }
        if !current.is_empty() && !current.ends_with(' ') {
            current.push(' ');
        }
        current.push_str(word);
    }
    lines.push(current);
    lines.join("\n")
}

/// The signatories as CSV: UTF-8 with a byte order mark, formulas guarded.
pub fn csv(doc: &Document) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().from_writer(vec![0xEF, 0xBB, 0xBF]);
    let _ = writer.write_record(["group", "kind", "name", "affiliation", "city", "country"]);
    for group in &doc.groups {
        for s in &group.signatories {
            let _ = writer.write_record([
                neutralize(&group.heading),
                s.kind.as_str().to_string(),
                neutralize(&s.name),
                neutralize(&s.affiliation),
                neutralize(&s.city),
                neutralize(&s.country),
            ]);
        }
    }
    writer.into_inner().unwrap_or_default()
}
