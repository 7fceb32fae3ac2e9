//! vCard files read as a table, one contact per row.

use super::*;

/// Undoes vCard escapes: `\,` `\;` `\\` and `\n`; any other escaped
/// character stands for itself.
pub(super) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a vCard value at `separator` where no backslash escapes it, and
/// unescapes each part: `;` between the parts of a structured value (N, ADR),
/// `,` between the items of a list (CATEGORIES).
pub(super) fn split_unescaped(value: &str, separator: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == separator {
            parts.push(unescape(&current));
            current.clear();
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

pub(super) fn components(value: &str) -> Vec<String> {
    split_unescaped(value, ';')
}

/// For a property whose value is quoted-printable (`ENCODING=QUOTED-PRINTABLE`,
/// or vCard 2.1's bare `QUOTED-PRINTABLE`): the encoding its bytes are in,
/// from `CHARSET=` (`None` inside when it names none or one unknown).
pub(super) fn quoted_printable(line: &str) -> Option<Option<&'static encoding_rs::Encoding>> {
    let head = line.split_once(':').map_or(line, |(head, _)| head);
    let params: Vec<&str> = head.split(';').skip(1).map(str::trim).collect();
    let is_qp = params.iter().any(|p| {
        p.eq_ignore_ascii_case("ENCODING=QUOTED-PRINTABLE")
            || p.eq_ignore_ascii_case("QUOTED-PRINTABLE")
    });
    if !is_qp {
        return None;
    }
    let charset = params.iter().find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.eq_ignore_ascii_case("CHARSET")
            .then(|| encoding_rs::Encoding::for_label(value.trim_matches('"').as_bytes()))
            .flatten()
    });
    Some(charset)
}

/// Decodes `=XX` escapes into bytes, then the bytes as `charset` (UTF-8
/// when none is named, Windows-1252 when they are not UTF-8: older phones
/// wrote Latin bytes without saying so).
pub(super) fn decode_quoted_printable(
    value: &str,
    charset: Option<&'static encoding_rs::Encoding>,
) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            let hex = value
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(b) = hex {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let text = match charset {
        Some(encoding) => encoding.decode_without_bom_handling(&out).0.into_owned(),
        None => match String::from_utf8(out) {
            Ok(text) => text,
            Err(e) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(e.as_bytes())
                .0
                .into_owned(),
        },
    };
    text.replace("\r\n", "\n")
}

pub(super) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn vcards(file: &str, text: &str) -> Result<Table, ReadError> {
    // Unfold: a line starting with a space or tab continues the one before;
    // so does any line after a quoted-printable value ending in "=" (a soft
    // line break, as vCard 2.1 from phones has it).
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if soft_break {
            if let Some(last) = lines.last_mut() {
                last.1.pop();
                last.1.push_str(raw);
            }
        } else if (raw.starts_with(' ') || raw.starts_with('\t')) && !lines.is_empty() {
            if let Some(last) = lines.last_mut() {
                last.1.push_str(&raw[1..]);
            }
        } else if !raw.trim().is_empty() {
            lines.push((i + 1, raw.to_string()));
        }
        soft_break = lines
            .last()
            .is_some_and(|(_, line)| line.ends_with('=') && quoted_printable(line).is_some());
    }
    let mut rows = Vec::new();
    let mut card: Option<(usize, Vec<String>, String)> = None;
    for (number, line) in lines {
        let Some((head, value)) = line.split_once(':') else {
            continue;
        };
        let name = head.split(';').next().unwrap_or_default();
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        let value = match quoted_printable(&line) {
            Some(charset) => decode_quoted_printable(value, charset),
            None => value.to_string(),
        };
        match name.as_str() {
            "BEGIN" if value.trim().eq_ignore_ascii_case("VCARD") => {
                if let Some((line, ..)) = card {
                    return Err(ReadError::UnclosedCard {
                        file: file.into(),
                        line,
                    });
                }
                card = Some((
                    number,
                    vec![String::new(); VCARD_HEADERS.len()],
                    String::new(),
                ));
            }
            "END" if value.trim().eq_ignore_ascii_case("VCARD") => {
                if let Some((line, mut cells, n)) = card.take() {
                    if cells[0].is_empty() && !n.is_empty() {
                        cells[0] = n;
                    }
                    for (i, cell) in cells.iter().enumerate() {
                        let chars = cell.chars().count();
                        if chars > MAX_CELL_CHARS {
                            return Err(ReadError::CellTooLong {
                                file: file.into(),
                                row: line,
                                column: i + 1,
                                chars,
                            });
                        }
                    }
                    rows.push(Row {
                        number: line,
                        cells,
                    });
                }
            }
            _ => {
                let Some((_, cells, n)) = card.as_mut() else {
                    continue;
                };
                let set = |cells: &mut Vec<String>, i: usize, v: String| {
                    if cells[i].is_empty() {
                        cells[i] = v;
                    }
                };
                match name.as_str() {
                    "FN" => set(cells, 0, one_line(&unescape(&value))),
                    "N" => {
                        let parts = components(&value);
                        let given = parts.get(1).map(String::as_str).unwrap_or_default();
                        let family = parts.first().map(String::as_str).unwrap_or_default();
                        *n = one_line(&format!("{given} {family}"));
                    }
                    "ORG" => set(cells, 1, one_line(&components(&value)[0])),
                    "TITLE" | "ROLE" => set(cells, 2, one_line(&unescape(&value))),
                    "EMAIL" => set(
                        cells,
                        3,
                        unescape(&value)
                            .trim()
                            .trim_start_matches("mailto:")
                            .to_string(),
                    ),
                    "TEL" => set(
                        cells,
                        4,
                        unescape(&value)
                            .trim()
                            .trim_start_matches("tel:")
                            .to_string(),
                    ),
                    "ADR" => {
                        let parts = components(&value);
                        set(
                            cells,
                            6,
                            one_line(parts.get(3).map(String::as_str).unwrap_or_default()),
                        );
                        set(
                            cells,
                            5,
                            one_line(parts.get(6).map(String::as_str).unwrap_or_default()),
                        );
                    }
                    "URL" => set(cells, 7, unescape(&value).trim().to_string()),
                    "NOTE" => set(cells, 8, unescape(&value)),
                    "CATEGORIES" => {
                        let list: Vec<String> = split_unescaped(&value, ',')
                            .into_iter()
                            .map(|item| item.trim().to_string())
                            .filter(|item| !item.is_empty())
                            .collect();
                        set(cells, 9, list.join(", "));
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some((line, ..)) = card {
        return Err(ReadError::UnclosedCard {
            file: file.into(),
            line,
        });
    }
    if rows.is_empty() {
        return Err(ReadError::Empty { file: file.into() });
    }
    Ok(Table {
        format: Format::Vcard,
        encoding: None,
        delimiter: None,
        headers: VCARD_HEADERS.iter().map(|h| h.to_string()).collect(),
        rows,
        warnings: Vec::new(),
    })
}
