//! What a Markdown file carries besides the statement's text: front matter
//! (YAML between `---` lines, TOML between `+++` lines) with its title and
//! date, raw HTML and template code from the web page it was kept for, and
//! a date line or a bold subtitle right under the title. Details go to the
//! statement's details; markup and template code are left out with a
//! warning naming their lines. None of it is printed as the text.

use crate::text::names::fold;
use crate::text::words;

/// The statement's details a file gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub place: Option<String>,
    pub occasion: Option<String>,
    pub language: Option<String>,
}

/// A Markdown file made ready to import: the text without front matter,
/// raw HTML or template code; the details found; what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prepared {
    pub text: String,
    pub details: Details,
    pub warnings: Vec<String>,
}

fn unquote(value: &str) -> String {
    let v = value.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(v);
    v.trim().to_string()
}

/// `2024-04-21`, `2024-04-21T09:21:57-06:00`, "1 May 2024"… as `YYYY-MM-DD`.
fn date_in(text: &str) -> Option<String> {
    let text = text.trim();
    if text.len() >= 10 && text.is_char_boundary(10) {
        let iso = &text[..10];
        if crate::text::dates::clean_iso_date(iso)
            .ok()
            .flatten()
            .is_some()
        {
            return Some(iso.to_string());
        }
    }
    written_date(text).map(|(date, _)| date)
}

/// A date written out, with the place before it when there is one:
/// "Geneva, 1 May 2024" → ("2024-05-01", "Geneva"); "May 1, 2024",
/// "1 de mayo de 2024", "1er mai 2024".
pub(super) fn written_date(line: &str) -> Option<(String, String)> {
    let (place, rest) = match line.rsplit_once(',') {
        // "May 1, 2024": the comma belongs to the date.
        Some((_, tail)) if tail.trim().chars().all(|c| c.is_ascii_digit()) => ("", line),
        Some((head, tail)) => (head.trim(), tail),
        None => ("", line),
    };
    let folded = fold(rest);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !matches!(*w, "de" | "del" | "of" | "the" | "le" | "el" | "em" | "do"))
        .collect();
    if words.len() < 3 || words.len() > 4 {
        return None;
    }
    let number = |w: &str| {
        w.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
            .ok()
    };
    let month = words.iter().find_map(|w| words::month_number(w))?;
    let year = words
        .iter()
        .filter_map(|w| number(w))
        .find(|n| *n >= 1900)?;
    let day = words
        .iter()
        .filter(|w| words::month_number(w).is_none())
        .filter_map(|w| number(w))
        .find(|n| (1..=31).contains(n))?;
    if words
        .iter()
        .any(|w| words::month_number(w).is_none() && number(w).is_none())
    {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    crate::text::dates::clean_iso_date(&date).ok().flatten()?;
    // A place is a few words, not a sentence.
    let place = if place.split_whitespace().count() <= 4 {
        place.to_string()
    } else {
        return None;
    };
    Some((date, place))
}

/// Reads front matter at the top of the file, if there is one: its keys,
/// and the line the text starts after it.
fn front_matter(lines: &[&str]) -> Option<(Details, usize)> {
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let fence = lines[first].trim();
    if fence != "---" && fence != "+++" {
        return None;
    }
    let end = first + 1 + lines[first + 1..].iter().position(|l| l.trim() == fence)?;
    let mut details = Details::default();
    for line in &lines[first + 1..end] {
        let Some((key, value)) = line.split_once(if fence == "---" { ':' } else { '=' }) else {
            continue;
        };
        if line.starts_with([' ', '\t', '-']) {
            continue;
        }
        let value = unquote(value);
        if value.is_empty() {
            continue;
        }
        match key.trim().to_lowercase().as_str() {
            "title" => details.title = Some(value),
            "date" | "publishdate" | "published" => details.date = date_in(&value),
            "subtitle" => details.subtitle = Some(value),
            "place" | "location" | "city" => details.place = Some(value),
            "occasion" | "event" => details.occasion = Some(value),
            "lang" | "language" => details.language = Some(value),
            _ => {}
        }
    }
    Some((details, end + 1))
}

fn is_html_tag_name(name: &str) -> bool {
    const TAGS: &[&str] = &[
        "a",
        "abbr",
        "b",
        "big",
        "blockquote",
        "br",
        "center",
        "div",
        "em",
        "figure",
        "font",
        "hr",
        "i",
        "iframe",
        "img",
        "input",
        "li",
        "mark",
        "ol",
        "p",
        "section",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "tr",
        "u",
        "ul",
        "form",
        "button",
        "script",
        "style",
        "noscript",
        "svg",
        "video",
        "audio",
        "source",
        "details",
        "summary",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "aside",
        "nav",
        "header",
        "footer",
        "article",
        "main",
    ];
    TAGS.contains(&name.to_ascii_lowercase().as_str())
}

/// The line without HTML tags; whether any were taken out.
fn without_tags(line: &str) -> (String, bool) {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut found = false;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name: String = after
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match after.find('>') {
            Some(close) if is_html_tag_name(&name) => {
                found = true;
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, found)
}

/// The line without `{% … %}` and `{{ … }}`; whether any were taken out.
fn without_templates(line: &str) -> (String, bool) {
    let mut out = line.to_string();
    let mut found = false;
    for (open, close) in [("{%", "%}"), ("{{", "}}"), ("{#", "#}")] {
        while let Some(start) = out.find(open) {
            let Some(len) = out[start..].find(close) else {
                break;
            };
            out.replace_range(start..start + len + close.len(), "");
            found = true;
        }
    }
    (out, found)
}

/// "lines 3–5, 9" for the review.
fn line_list(numbers: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let mut j = i;
        while j + 1 < numbers.len() && numbers[j + 1] == numbers[j] + 1 {
            j += 1;
        }
        parts.push(if i == j {
            numbers[i].to_string()
        } else {
            format!("{}–{}", numbers[i], numbers[j])
        });
        i = j + 1;
    }
    let word = if numbers.len() == 1 { "line" } else { "lines" };
    format!("{word} {}", parts.join(", "))
}

/// Prepares a Markdown file for import; code blocks are left as they are.
pub fn prepare(source: &str) -> Prepared {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.lines().collect();
    let (details, start) = front_matter(&lines).unwrap_or_default();
    let mut warnings = Vec::new();
    if start > 0 {
        warnings.push(format!(
            "the front matter ({}) was read into the details and left out of the text",
            line_list(&(1..=start).collect::<Vec<_>>())
        ));
    }
    let (mut html, mut templates) = (Vec::new(), Vec::new());
    let mut out: Vec<String> = Vec::new();
    let mut in_code = false;
    let mut in_comment = false;
    let mut in_script = false;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let number = i + 1;
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_code = !in_code;
            out.push((*line).to_string());
            continue;
        }
        if in_code {
            out.push((*line).to_string());
            continue;
        }
        let lower = line.to_ascii_lowercase();
        if in_comment || line.contains("<!--") {
            if line.contains("<!--") {
                in_comment = true;
            }
            if line.contains("-->") {
                in_comment = false;
            }
            html.push(number);
            continue;
        }
        if in_script || lower.contains("<script") || lower.contains("<style") {
            in_script = !(lower.contains("</script>") || lower.contains("</style>"));
            html.push(number);
            continue;
        }
        let (text, had_template) = without_templates(line);
        let (text, had_tags) = without_tags(&text);
        if had_template {
            templates.push(number);
        }
        if had_tags {
            html.push(number);
        }
        if (had_template || had_tags) && text.trim().is_empty() {
            continue;
        }
        out.push(text);
    }
    if !html.is_empty() {
        warnings.push(format!("raw HTML was left out ({})", line_list(&html)));
    }
    if !templates.is_empty() {
        warnings.push(format!(
            "template code was left out ({})",
            line_list(&templates)
        ));
    }
    let mut text = out.join("\n");
    if source.ends_with('\n') {
        text.push('\n');
    }
    Prepared {
        text,
        details,
        warnings,
    }
}

/// Takes a date line ("Geneva, 1 May 2024") and a bold subtitle
/// ("**On the rights of migrant workers**") from the top of the text, in
/// either order, when the details do not have them yet.
pub fn title_lines(body: &str, details: &mut Details) -> String {
    let mut lines: Vec<&str> = body.lines().collect();
    let mut taken = 0;
    while let Some(at) = lines.iter().position(|l| !l.trim().is_empty()) {
        let line = lines[at].trim();
        // A date line comes off the text even when the details have a
        // date already; it fills only what is still empty.
        if let Some((date, place)) = written_date(line.trim_matches(['*', '_'])) {
            details.date.get_or_insert(date);
            if !place.is_empty() && details.place.is_none() {
                details.place = Some(place);
            }
        } else if details.subtitle.is_none()
            && line.len() > 4
            && ((line.starts_with("**") && line.ends_with("**"))
                || (line.starts_with("__") && line.ends_with("__")))
            && !line[2..line.len() - 2].contains("**")
            && line.chars().count() <= 200
        {
            details.subtitle = Some(line[2..line.len() - 2].trim().to_string());
        } else {
            break;
        }
        lines.drain(..=at);
        taken += 1;
        if taken == 2 {
            break;
        }
    }
    if taken == 0 {
        return body.to_string();
    }
    let rest = lines.join("\n");
    let rest = rest.trim_start_matches('\n').to_string();
    if body.ends_with('\n') && !rest.is_empty() {
        rest + "\n"
    } else {
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_goes_to_the_details_and_never_into_the_text() {
        let p = prepare(
            "---\ntitle: \"Stop the deportations\"\ndate: 2024-04-21T09:21:57-06:00\ndraft: false\n---\n\nWe, the undersigned…\n",
        );
        assert_eq!(p.details.title.as_deref(), Some("Stop the deportations"));
        assert_eq!(p.details.date.as_deref(), Some("2024-04-21"));
        assert_eq!(p.text.trim(), "We, the undersigned…");
        assert!(p.warnings[0].contains("lines 1–5"), "{:?}", p.warnings);
        let toml = prepare("+++\ntitle = 'Carta abierta'\n+++\nTexto\n");
        assert_eq!(toml.details.title.as_deref(), Some("Carta abierta"));
        assert_eq!(toml.text, "Texto\n");
    }

    #[test]
    fn html_and_template_code_are_left_out_with_their_lines() {
        let p = prepare(
            "# Title\n\n<div class=\"intro\">\nWe, the <b>undersigned</b>…\n</div>\n{% include signatures.html %}\n<!-- a note\nover two lines -->\nThe end {{ page.date }}.\n",
        );
        assert_eq!(p.text, "# Title\n\nWe, the undersigned…\nThe end .\n");
        assert_eq!(
            p.warnings,
            vec![
                "raw HTML was left out (lines 3–5, 7–8)".to_string(),
                "template code was left out (lines 6, 9)".to_string()
            ]
        );
    }

    #[test]
    fn a_date_line_and_a_bold_subtitle_under_the_title_fill_the_details() {
        let mut d = Details::default();
        let rest = title_lines(
            "**On the rights of migrant workers**\nGeneva, 1 May 2024\n\nWe, the undersigned…\n",
            &mut d,
        );
        assert_eq!(
            d.subtitle.as_deref(),
            Some("On the rights of migrant workers")
        );
        assert_eq!(d.date.as_deref(), Some("2024-05-01"));
        assert_eq!(d.place.as_deref(), Some("Geneva"));
        assert_eq!(rest, "We, the undersigned…\n");
        let mut d = Details::default();
        assert_eq!(title_lines("May 1, 2024\nText\n", &mut d), "Text\n");
        assert_eq!(d.date.as_deref(), Some("2024-05-01"));
        let mut d = Details::default();
        assert_eq!(title_lines("1 de mayo de 2024\nTexto\n", &mut d), "Texto\n");
        let mut d = Details::default();
        let text = "We, the undersigned, 12 organizations…\n";
        assert_eq!(title_lines(text, &mut d), text);
        assert_eq!(d, Details::default());
    }
}
