//! A message as mail clients read it: the Markdown of the template and the
//! statement written out as plain text and as HTML, and both put in an
//! `.eml` file (RFC 5322 with MIME, multipart/alternative) that opens as a
//! draft ready to send.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use sha2::{Digest, Sha256};

use super::Message;
use crate::text::html::{escape_html, is_safe_address, safe_events};

/// Text put into Markdown as itself: every ASCII punctuation mark escaped,
/// so a name never turns into emphasis, a list, a heading or a link.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether text appended on the next line would continue the last
/// paragraph of `markdown` at the top level (not inside a list or quote,
/// where it would join the last item).
pub(crate) fn ends_in_paragraph(markdown: &str) -> bool {
    let mut depth = 0usize;
    let mut last_top_paragraph = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item) => depth += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => {
                depth = depth.saturating_sub(1);
                last_top_paragraph = false;
            }
            Event::End(TagEnd::Paragraph) => last_top_paragraph = depth == 0,
            Event::End(_) => last_top_paragraph = false,
            _ => {}
        }
    }
    last_top_paragraph && !markdown.ends_with('\n')
}

enum Container {
    Quote,
    List(Option<u64>),
    Item { marker: String, marked: bool },
}

/// Writes Markdown as plain text: no formatting marks, links as
/// "text (address)", list items one per line with their bullet or number,
/// the author's line breaks kept.
#[derive(Default)]
struct PlainWriter {
    out: String,
    current: String,
    containers: Vec<Container>,
    /// Open links: address and where their text starts in `current`.
    links: Vec<(String, usize)>,
    code: bool,
    last_was_item: bool,
}

impl PlainWriter {
    fn in_list(&self) -> bool {
        self.containers
            .iter()
            .any(|c| matches!(c, Container::Item { .. }))
    }

    fn prefix(&mut self) -> String {
        let mut prefix = String::new();
        for container in &mut self.containers {
            match container {
                Container::Quote => prefix.push_str("> "),
                Container::List(_) => {}
                Container::Item { marker, marked } => {
                    if *marked {
                        prefix.push_str(&" ".repeat(marker.chars().count()));
                    } else {
                        prefix.push_str(marker);
                        *marked = true;
                    }
                }
            }
        }
        prefix
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.current);
        let text = if self.code {
            text.trim_end_matches('\n').to_string()
        } else {
            text.trim().to_string()
        };
        if text.is_empty() {
            return;
        }
        let in_list = self.in_list();
        if !self.out.is_empty() {
            self.out.push_str(if in_list && self.last_was_item {
                "\n"
            } else {
                "\n\n"
            });
        }
        for (n, line) in text.split('\n').enumerate() {
            if n > 0 {
                self.out.push('\n');
            }
            let prefix = self.prefix();
            let line = if self.code { line } else { line.trim() };
            self.out.push_str(format!("{prefix}{line}").trim_end());
        }
        self.last_was_item = in_list;
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.current.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => self.current.push('\n'),
            Event::Rule => {
                self.flush();
                self.current.push_str("----------");
                self.flush();
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush();
                self.containers.push(Container::Quote);
            }
            Event::Start(Tag::List(first)) => {
                self.flush();
                self.containers.push(Container::List(first));
            }
            Event::Start(Tag::Item) => {
                self.flush();
                let marker = match self.containers.last_mut() {
                    Some(Container::List(Some(n))) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                self.containers.push(Container::Item {
                    marker,
                    marked: false,
                });
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => {
                self.flush();
                self.containers.pop();
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.flush();
                self.code = true;
            }
            Event::End(TagEnd::CodeBlock) => {
                self.flush();
                self.code = false;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.links.push((dest_url.to_string(), self.current.len()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, start)) = self.links.pop() {
                    let text = self.current[start..].trim().to_string();
                    let shown = url.strip_prefix("mailto:").unwrap_or(&url).to_string();
                    if is_safe_address(&url) && text != shown && text != url {
                        if text.is_empty() {
                            self.current.push_str(&shown);
                        } else {
                            self.current.push_str(&format!(" ({shown})"));
                        }
                    }
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::HtmlBlock) => self.flush(),
            _ => {}
        }
    }
}

/// Markdown as plain text for the text part of a message.
pub(crate) fn plain_text(markdown: &str) -> String {
    let mut writer = PlainWriter::default();
    for event in Parser::new(markdown) {
        writer.event(event);
    }
    writer.flush();
    writer.out
}

/// Markdown as the HTML part of a message: a whole document in the
/// message's language, with the author's line breaks kept.
pub(crate) fn html_document(markdown: &str, language: &str, title: &str) -> String {
    let events = Parser::new(markdown).map(|event| match event {
        Event::SoftBreak => Event::HardBreak,
        other => other,
    });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, safe_events(events));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n\
         <body dir=\"auto\" style=\"font-family: sans-serif; line-height: 1.5;\">\n{body}</body>\n</html>\n",
        escape_html(language),
        escape_html(title)
    )
}

/// A header value as RFC 2047 encoded words where it is not short plain
/// ASCII: UTF-8, base64, each word at most 75 characters, folded.
fn header_text(value: &str) -> String {
    let value = value.replace(['\r', '\n'], " ");
    if value.is_ascii() && value.len() <= 60 {
        return value;
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in value.chars() {
        // 45 bytes make 60 characters of base64, 72 with the markers.
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(chunk);
    }
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", crate::files::base64(w.as_bytes())))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// "Name <address>", the name encoded or quoted as it needs.
fn mailbox(name: &str, address: &str) -> String {
    let address = address.replace(['\r', '\n', '<', '>', ' '], "");
    let name = name.replace(['\r', '\n'], " ");
    let name = name.trim();
    if name.is_empty() {
        return address;
    }
    let atext =
        |c: char| c.is_ascii_alphanumeric() || c == ' ' || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let phrase = if name.is_ascii() && name.len() <= 60 && name.chars().all(atext) {
        name.to_string()
    } else if name.is_ascii() && name.len() <= 60 {
        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        header_text(name)
    };
    format!("{phrase} <{address}>")
}

/// Quoted-printable (RFC 2045) of text, lines ending CRLF, none longer
/// than 76 characters.
fn quoted_printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let text = text.replace("\r\n", "\n");
    for line in text.trim_end_matches('\n').split('\n') {
        let bytes = line.as_bytes();
        let mut width = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let last = i + 1 == bytes.len();
            let piece =
                if (b == b' ' || b == b'\t') && !last || (33..=126).contains(&b) && b != b'=' {
                    (b as char).to_string()
                } else {
                    format!("={b:02X}")
                };
            if width + piece.len() > 75 {
                out.push_str("=\r\n");
                width = 0;
            }
            out.push_str(&piece);
            width += piece.len();
        }
        out.push_str("\r\n");
    }
    out
}

/// A message as an `.eml` file: plain text and HTML as alternatives, both
/// UTF-8 in quoted-printable, headers encoded for any language. `from` may
/// be empty (the mail client fills in its own account); `from_name` is the
/// sender's name shown with it.
pub fn eml(message: &Message, from: &str, from_name: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{}", message.body, message.html).as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    // "=_" never occurs in quoted-printable, so the parts cannot contain it.
    let boundary = format!("=_undersigned_{hex}");
    let mut out = String::new();
    if !from.trim().is_empty() {
        out.push_str(&format!("From: {}\r\n", mailbox(from_name, from)));
    }
    out.push_str(&format!(
        "To: {}\r\n",
        mailbox(&message.to_name, &message.to)
    ));
    out.push_str(&format!("Subject: {}\r\n", header_text(&message.subject)));
    if !message.language.is_empty() && message.language.is_ascii() {
        out.push_str(&format!(
            "Content-Language: {}\r\n",
            message.language.replace(['\r', '\n'], "")
        ));
    }
    out.push_str("X-Unsent: 1\r\nMIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/alternative;\r\n boundary=\"{boundary}\"\r\n\r\n"
    ));
    for (kind, content) in [("plain", &message.body), ("html", &message.html)] {
        out.push_str(&format!(
            "--{boundary}\r\nContent-Type: text/{kind}; charset=utf-8\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ));
        out.push_str(&quoted_printable(content));
    }
    out.push_str(&format!("--{boundary}--\r\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_reads_as_plain_text() {
        let text = plain_text(
            "# Stop the deportations\n\nWe, the **undersigned**, call on _all_ governments.\n\n\
             - one\n- two with [our site](https://example.org)\n  1. first\n  2. second\n\n\
             Write to [us](mailto:a@example.org) or <b@example.org>.\n\n> quoted\n\nWith solidarity,\nAna",
        );
        assert_eq!(
            text,
            "Stop the deportations\n\n\
             We, the undersigned, call on all governments.\n\n\
             - one\n- two with our site (https://example.org)\n  1. first\n  2. second\n\n\
             Write to us (a@example.org) or b@example.org.\n\n> quoted\n\nWith solidarity,\nAna"
        );
    }

    #[test]
    fn links_to_anything_but_web_or_mail_lose_their_address() {
        assert_eq!(plain_text("[click](javascript:alert(1))"), "click");
        let html = html_document("[click](javascript:alert(1)) <script>x</script>", "en", "t");
        assert!(
            !html.contains("javascript") && !html.contains("<script>"),
            "{html}"
        );
    }

    #[test]
    fn escaped_names_stay_names() {
        let name = "*Red* [Migrante](x) # 1.";
        assert_eq!(plain_text(&escape_markdown(name)), name);
        assert!(ends_in_paragraph("Dear Ana,\n\nWith solidarity,"));
        assert!(!ends_in_paragraph("Text\n\n- a\n- b"));
        assert!(!ends_in_paragraph("Text\n\n> quoted"));
    }

    #[test]
    fn quoted_printable_lines_stay_short_and_decode() {
        let encoded = quoted_printable(&format!("{} é=\nend ", "a".repeat(100)));
        assert!(encoded.lines().all(|l| l.len() <= 76), "{encoded}");
        assert!(encoded.contains("=C3=A9=3D\r\nend=20\r\n"), "{encoded}");
    }

    #[test]
    fn long_or_non_ascii_headers_are_encoded_words() {
        assert_eq!(header_text("Short"), "Short");
        let long = header_text(&"Declaración conjunta ".repeat(5));
        assert!(
            long.split("\r\n ")
                .all(|w| w.len() <= 75 && w.starts_with("=?UTF-8?B?"))
        );
        assert_eq!(
            mailbox("Red, Migrante", "a@b.org"),
            "\"Red, Migrante\" <a@b.org>"
        );
        assert_eq!(mailbox("", "a@b.org\r\nBcc: x"), "a@b.orgBcc:x");
    }
}
