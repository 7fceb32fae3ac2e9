//! What comes along when a list is copied from a web page's source, a
//! Markdown file or an e-mail: front matter, HTML comments and tags,
//! Markdown links, footnotes, e-mail addresses beside names, and sentences
//! around the list. None of it is a signatory's name.

/// For each line, why it is no signatory whatever it says: inside a front
/// matter block at the top (`---` … `---`, `+++` … `+++`) or an HTML
/// comment.
pub(super) fn hidden_lines(lines: &[&str]) -> Vec<Option<&'static str>> {
    let mut out = vec![None; lines.len()];
    let first = lines.iter().position(|l| !l.trim().is_empty());
    if let Some(start) = first {
        let fence = lines[start].trim();
        if (fence == "---" || fence == "+++")
            && let Some(end) = lines[start + 1..].iter().position(|l| l.trim() == fence)
        {
            for slot in &mut out[start..=start + 1 + end] {
                *slot = Some("front matter");
            }
        }
    }
    let mut in_comment = false;
    for (i, line) in lines.iter().enumerate() {
        let opens = line.contains("<!--");
        if in_comment || opens {
            out[i] = Some("an HTML comment");
        }
        if opens {
            in_comment = true;
        }
        if line.contains("-->") {
            in_comment = false;
        }
    }
    out
}

/// The line with HTML tags taken out and Markdown links replaced by their
/// text: "<b>Kalayaan</b>" → "Kalayaan"; "[@lf-](https://…)" → "@lf-".
pub(super) fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let tag_name: String = after
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match after.find('>') {
            Some(close) if is_html_tag(&tag_name) && !after[..close].contains('@') => {
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let linked = entities(&markdown_links(&out));
    // "**1,104 total signers**": emphasis around the whole line.
    let trimmed = linked.trim();
    for mark in ["**", "__"] {
        if trimmed.len() > 4 && trimmed.starts_with(mark) && trimmed.ends_with(mark) {
            return trimmed[2..trimmed.len() - 2].to_string();
        }
    }
    linked
}

fn is_html_tag(name: &str) -> bool {
    const TAGS: &[&str] = &[
        "a",
        "b",
        "br",
        "div",
        "em",
        "font",
        "i",
        "li",
        "ol",
        "p",
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
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "big",
        "center",
        "blockquote",
        "abbr",
        "mark",
    ];
    TAGS.contains(&name.to_ascii_lowercase().as_str())
}

/// The few HTML entities page sources carry: "&amp;" → "&".
fn entities(line: &str) -> String {
    if !line.contains('&') {
        return line.to_string();
    }
    line.replace("&nbsp;", "\u{a0}")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// "[text](target)" → "text".
fn markdown_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else {
            break;
        };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..mid]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn is_email(token: &str) -> bool {
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !token.starts_with('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

/// An e-mail address beside a name comes off it ("Ana <ana@x.org>",
/// "Ana (ana@x.org)"): it is kept as the signatory's e-mail, never printed.
/// A handle ("@ana@social.example") stays.
pub(super) fn take_email(line: &str) -> (String, String) {
    let mut email = String::new();
    let mut kept = Vec::new();
    for token in line.split_whitespace() {
        let bare = token.trim_matches(|c: char| "<>()[],;\"'".contains(c));
        if email.is_empty() && is_email(bare) {
            email = bare.to_string();
            // Keep what wrapped it only where it held something else too.
            let opened = token.starts_with('(') && !token.ends_with(')');
            let closed = token.ends_with(')') && !token.starts_with('(');
            if opened {
                kept.push("(".to_string());
            } else if closed {
                kept.push(")".to_string());
            }
            continue;
        }
        kept.push(token.to_string());
    }
    if email.is_empty() {
        return (line.to_string(), email);
    }
    let joined = kept
        .join(" ")
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(" )", ")")
        .replace(",)", ")")
        .replace("()", "")
        .replace("<>", "");
    let cleaned = joined
        .trim()
        .trim_end_matches([',', ';'])
        .trim()
        .to_string();
    (cleaned, email)
}

/// Words that make a line a sentence about the list rather than a name in
/// it ("…does not constitute endorsement.").
const SENTENCE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "please", "we", "you", "they",
    "this", "these", "those", "our", "your", "their", "who", "which", "not", "es", "son", "somos",
    "fue", "sera", "nous", "vous", "est", "sont", "ont",
];

/// The text outside parentheses: "Bill Budington (…, signed in personal
/// capacity)" → "Bill Budington ". A note beside a name is no sentence.
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// Why a line is no signatory: a footnote, a sentence, a note in
/// parentheses, a trailing "… and others". `had_link` says the line held a
/// Markdown link before its markup came off.
pub(super) fn not_a_name(line: &str, had_link: bool) -> Option<&'static str> {
    let text = line.trim().trim_start_matches('\\');
    if text.starts_with('[')
        && text[1..]
            .split(']')
            .next()
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    {
        return Some("a footnote");
    }
    if text.starts_with('[') && text.trim_end_matches('\\').ends_with(']') {
        return Some("a note in brackets");
    }
    if text.starts_with("...") || text.starts_with('…') {
        return Some("a sentence, not a name");
    }
    // Contact details around a list: "Teléfono y WhatsApp: +54 9 351…".
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let folded = crate::text::names::fold(text);
    if (digits >= 8 && text.contains('+'))
        || [
            "tel", "telefono", "phone", "whatsapp", "email", "e mail", "correo", "courriel",
            "contact",
        ]
        .iter()
        .any(|w| folded.starts_with(&format!("{w} ")) && text.contains(':'))
    {
        return Some("contact details, not a name");
    }
    if text.starts_with('(') && !text.ends_with(')') && text.split_whitespace().count() >= 4 {
        return Some("a note, not a name");
    }
    let outside = outside_parentheses(text);
    let words: Vec<String> = outside
        .split_whitespace()
        .map(crate::text::names::fold)
        .collect();
    let ends_sentence = text
        .trim_end_matches([')', '"', '”', '*'])
        .ends_with(['.', '!', '?']);
    let has_sentence_words = words
        .iter()
        .filter(|w| SENTENCE_WORDS.contains(&w.as_str()))
        .count();
    let links =
        had_link || text.contains("http://") || text.contains("https://") || text.contains("www.");
    // A question is no name ("Wilt u de verklaring ook ondertekenen?").
    let asks = outside.contains('?') && words.len() >= 4;
    if asks
        || (links && has_sentence_words >= 1)
        || (ends_sentence && words.len() >= 8 && has_sentence_words >= 1)
        || (words.len() >= 12 && has_sentence_words >= 2)
    {
        return Some("a sentence, not a name");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_comments_are_hidden() {
        let lines = [
            "---",
            "title: \"Signatures\"",
            "---",
            "- Ana",
            "<!-- add your name",
            "below -->",
            "- Juan",
        ];
        let hidden = hidden_lines(&lines);
        assert_eq!(
            hidden,
            vec![
                Some("front matter"),
                Some("front matter"),
                Some("front matter"),
                None,
                Some("an HTML comment"),
                Some("an HTML comment"),
                None
            ]
        );
    }

    #[test]
    fn tags_links_and_emails_come_off_names() {
        assert_eq!(strip_markup("<b>Kalayaan</b>, UK"), "Kalayaan, UK");
        assert_eq!(
            strip_markup("jade ([@lf-](https://github.com/lf-))"),
            "jade (@lf-)"
        );
        assert_eq!(
            take_email("Angel Uniminin <uniminin@zoho.com>"),
            (
                "Angel Uniminin".to_string(),
                "uniminin@zoho.com".to_string()
            )
        );
        assert_eq!(
            take_email("@hertog@tech.lgbt (Hertog@fsfe.org)"),
            (
                "@hertog@tech.lgbt".to_string(),
                "Hertog@fsfe.org".to_string()
            )
        );
        assert_eq!(
            take_email("Kay Marquardt (@gnadelwartz, kay@rrr.de)").0,
            "Kay Marquardt (@gnadelwartz)"
        );
        assert_eq!(take_email("Red de Mujeres").1, "");
    }

    fn not_a_name_(line: &str) -> Option<&'static str> {
        not_a_name(line, false)
    }

    #[test]
    fn sentences_and_footnotes_are_not_names() {
        assert_eq!(
            not_a_name_("\\[1] Fenaba R Addo, Jason N Houle, and Daniel Simon"),
            Some("a footnote")
        );
        assert_eq!(
            not_a_name_("... and at least a dozen others who concur"),
            Some("a sentence, not a name")
        );
        assert_eq!(
            not_a_name_("identification purposes only and does not constitute endorsement.)"),
            Some("a sentence, not a name")
        );
        assert_eq!(
            not_a_name_("(For individual signatures, institutional affiliation is provided for"),
            Some("a note, not a name")
        );
        assert_eq!(
            not_a_name_("To add your signature, visit: <https://forms.gle/x>"),
            Some("a sentence, not a name")
        );
        assert_eq!(
            not_a_name_("Asociación de mujeres por la paz y la justicia"),
            None
        );
        assert_eq!(not_a_name_("Mission for Migrant Workers (MFMW)"), None);
        assert_eq!(
            not_a_name_(
                "Bill Budington (EFF Sr. Staff Technologist, LibrePlanet 2021 Presenter, signed in personal capacity)"
            ),
            None
        );
        assert_eq!(
            not_a_name_(
                "Freemor ((FSF member since 2009, Membership cancelled over this issue and 24 hours of silence.)"
            ),
            None
        );
        assert_eq!(
            not_a_name(
                "Some organization have published their own statements.",
                true
            ),
            Some("a sentence, not a name")
        );
    }
}
