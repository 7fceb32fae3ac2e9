//! Reading a pasted list: one signatory per line, as people send them.
//!
//! What is printed is the name as sent. Only what is clearly not part of
//! the name comes off it: a bullet or a list number, a trailing country
//! (after a comma, an Arabic comma, a semicolon, a spaced dash or a tab),
//! and a city between a dash and that country. A dash before anything
//! else ("Solidarity Network – West Africa") stays in the name, and so do
//! parentheses: "Coalition for Migrant Rights (CMR)" keeps "(CMR)", which is
//! also read as the acronym. Lines that head the list or a part of it
//! ("Signed,", "National organizations:", a country alone) are marked as
//! headings; a country heading gives its country to the lines under it.

use crate::countries;
use crate::signons::EndorsementKind;
use crate::text::names::fold;
use crate::text::words;

use super::IntakeRow;
use super::markup;

const BULLETS: &[char] = &[
    '•', '·', '*', '-', '–', '—', '▪', '◦', '►', '▶', '➢', '➤', '✓', '✔', '○', '●', '■', '□', '‣',
    '⁃', '+', '>',
];

/// Drops bullets and list numbers, as often as they come ("9. • Name"), but
/// not a number that is part of the name ("2.3.4 Netzwerk", "350.org").
fn strip_bullets(line: &str) -> &str {
    let mut line = line.trim();
    loop {
        let before = line.len();
        if let Some(rest) = line.strip_prefix(BULLETS)
            && (rest.starts_with(char::is_whitespace) || rest.is_empty())
        {
            line = rest.trim_start();
        }
        // List numbers in any script's digits ("12.", "١٢.").
        let digits: usize = line
            .chars()
            .take_while(|c| c.is_numeric())
            .map(char::len_utf8)
            .sum();
        if (1..13).contains(&digits) {
            let rest = &line[digits..];
            if let Some(after) = rest.strip_prefix(['.', ')', ':'])
                && (after.starts_with(char::is_whitespace) || after.is_empty())
            {
                line = after.trim_start();
            }
        }
        if let Some(inner) = line.strip_prefix('(') {
            let digits = inner.chars().take_while(char::is_ascii_digit).count();
            if (1..5).contains(&digits) && inner[digits..].starts_with(')') {
                line = inner[digits + 1..].trim_start();
            }
        }
        if line.len() == before {
            return line;
        }
    }
}

/// Is `text` outside any parentheses at its end ("Name (UFABC" is not)?
fn balanced(text: &str) -> bool {
    text.matches('(').count() <= text.matches(')').count()
}

/// Two-letter abbreviations of US states and Canadian provinces that are
/// also countries' codes: after a comma in a list they are more often the
/// state ("Springfield College, MA") and are not read as a country.
const STATE_CODES: &[&str] = &[
    "AL", "AR", "AS", "AZ", "CA", "CO", "DE", "GA", "GU", "ID", "IL", "IN", "KY", "LA", "MA", "MD",
    "ME", "MN", "MO", "MP", "MS", "MT", "NC", "NE", "NL", "NU", "PA", "PE", "SC", "SD", "SK", "TN",
    "VA", "VI", "BC", "MB",
];

/// Separators before a country at the end of a line.
const COMMAS: &[&str] = &[",", "،", ";"];
/// Spaced dashes: a place may follow, or a part of the name.
const DASHES: &[&str] = &[" – ", " — ", " - ", " ― ", " -- "];

/// Every spaced dash in `text`, left to right.
fn dashes(text: &str) -> Vec<(usize, &'static str)> {
    let mut found: Vec<(usize, &'static str)> = DASHES
        .iter()
        .flat_map(|d| text.match_indices(d).map(move |(at, _)| (at, *d)))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found
}

fn last_of<'a>(text: &str, separators: &[&'a str]) -> Option<(usize, &'a str)> {
    separators
        .iter()
        .filter_map(|s| text.rfind(s).map(|at| (at, *s)))
        .max_by_key(|(at, _)| *at)
}

/// A trailing country, or several ("France, Belgium"; "Chile - Peru";
/// "France/Belgium"): the first as it resolves, the rest as written.
fn countries_in(tail: &str) -> Option<String> {
    let tail = tail.trim().trim_end_matches(['.', ',']);
    if tail.is_empty() || !balanced(tail) || STATE_CODES.contains(&tail) {
        return None;
    }
    if countries::resolve_near(tail).is_some() {
        return Some(tail.to_string());
    }
    let parts: Vec<&str> = tail
        .split(['/', ',', '،', '&'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" y "))
        .flat_map(|p| p.split(" et "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (parts.len() > 1 && parts.iter().all(|p| countries::resolve_near(p).is_some()))
        .then(|| tail.to_string())
}

/// One to three words, each starting with a capital (or in a script
/// without capitals: "القاهرة", "नई दिल्ली"), none of them words of
/// organizations' names: "Quito", "Cape Town", "São Paulo".
fn looks_like_city(text: &str) -> bool {
    let caseless = |c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || caseless(c))
                || matches!(*w, "de" | "del" | "do" | "da" | "la" | "el" | "al" | "es")
        })
        && !words::has_organization_word(&fold(text))
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || c == '(' || c == ',' || c == '،')
        // All capitals is an acronym ("MFMW"), not a city.
        && !words.iter().all(|w| {
            w.chars().any(char::is_uppercase) && w.chars().all(|c| !c.is_lowercase())
        })
}

/// The name part, a city and a country from a line without its bullet.
fn split_place(line: &str) -> (String, String, String) {
    let line = line.trim().trim_end_matches([',', '.', ';']).trim_end();
    let mut rest = line;
    let mut country = String::new();
    // "Name, Country" and "Name, Country, Country": peel countries off the end.
    let mut peeled: Vec<&str> = Vec::new();
    while let Some((at, sep)) = last_of(rest, COMMAS) {
        let tail = rest[at + sep.len()..].trim();
        // A comma inside parentheses is no separator: "(UFABC, Brazil)".
        if countries_in(tail).is_none() || rest[..at].trim().is_empty() || !balanced(&rest[..at]) {
            break;
        }
        peeled.insert(0, tail);
        rest = rest[..at].trim_end();
    }
    if !peeled.is_empty() {
        country = peeled.join(", ");
    }
    let mut city = String::new();
    if country.is_empty() {
        // "Name – Country", "Name – City, Country", "Name – Chile - Peru":
        // the first dash after which comes only a place.
        for (at, sep) in dashes(rest) {
            let (head, tail) = (rest[..at].trim(), rest[at + sep.len()..].trim());
            if head.is_empty() || !balanced(head) {
                continue;
            }
            if let Some(found) = countries_in(tail) {
                country = found;
                rest = head;
                break;
            }
            if let Some((comma, sep)) = last_of(tail, COMMAS)
                && let Some(found) = countries_in(&tail[comma + sep.len()..])
                && looks_like_city(tail[..comma].trim())
            {
                city = tail[..comma].trim().to_string();
                country = found;
                rest = head;
                break;
            }
        }
    } else if let Some((at, sep)) = last_of(rest, DASHES) {
        // "Name – City, Country" with the country already peeled.
        let (head, tail) = (rest[..at].trim(), rest[at + sep.len()..].trim());
        if !head.is_empty() && looks_like_city(tail) {
            city = tail.to_string();
            rest = head;
        }
    }
    (rest.trim().to_string(), city, country)
}

/// The acronym in a name's parentheses: "Coalition for Migrant Rights
/// (CMR)" → "CMR". A place in parentheses ("Women's Forum (Kerala)") is no
/// acronym.
pub fn acronym_in(name: &str) -> String {
    let name = name.trim();
    let (Some(open), Some(close)) = (name.rfind('('), name.rfind(')')) else {
        return String::new();
    };
    if close < open || open == 0 {
        return String::new();
    }
    let inner = name[open + 1..close].trim();
    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
    let is_acronym = (2..=12).contains(&letters)
        && inner.chars().count() <= 16
        && inner.chars().all(|c| !c.is_lowercase() || c == 's')
        && inner.chars().filter(|c| c.is_uppercase()).count() >= 2;
    if is_acronym {
        inner.to_string()
    } else {
        String::new()
    }
}

/// A line that is a country alone ("Philippines", "KENYA:"), written as a
/// name, not a code, and set apart as a heading is: with a colon, in
/// capitals, or after a blank line with the list going on under it. In a
/// plain list a country alone is a signatory (states sign statements too).
fn country_heading(line: &str, set_apart: bool) -> Option<String> {
    let trimmed = line.trim();
    let looks_like_heading = trimmed.ends_with(':')
        || (trimmed.chars().any(char::is_alphabetic) && trimmed.chars().all(|c| !c.is_lowercase()))
        || set_apart;
    if !looks_like_heading {
        return None;
    }
    let text = trimmed.trim_end_matches([':', '.', ',']).trim();
    if text.chars().count() <= 3
        || !text
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || "'’-.()&".contains(c))
    {
        return None;
    }
    countries::resolve(text).ok().map(|_| text.to_string())
}

fn is_heading(line: &str) -> bool {
    let text = line.trim();
    let bare = text.trim_end_matches([':', ',', '.', ';']).trim();
    let folded = fold(bare);
    if folded.is_empty() {
        return false;
    }
    let ends_with_colon = text.ends_with(':') || text.ends_with('：');
    let short = folded.split(' ').count() <= 14;
    let markdown = text.starts_with('#') && text.trim_start_matches('#').starts_with(' ');
    markdown
        || (ends_with_colon && short)
        || words::is_heading(&folded)
        || words::is_region(&folded)
        || words::is_closing(&folded)
}

/// A row from a line of a table copied from a browser: cells between tabs,
/// a leading number dropped.
fn from_cells(cells: &[&str], kind: EndorsementKind) -> (String, String, String, String, String) {
    let mut cells: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() > 1
        && cells[0]
            .trim_end_matches(['.', ')'])
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        cells.remove(0);
    }
    let mut country = String::new();
    if cells.len() > 1
        && let Some(last) = cells.last()
        && countries_in(last).is_some()
    {
        country = last.to_string();
        cells.pop();
    }
    if let [only] = cells.as_slice()
        && country.is_empty()
        && countries::resolve(only).is_ok()
    {
        country = only.to_string();
        cells.clear();
    }
    if cells.is_empty() {
        // "12⇥⇥Senegal": a country with no name beside it.
        return (
            String::new(),
            String::new(),
            String::new(),
            country,
            String::new(),
        );
    }
    let name = strip_bullets(cells.first().copied().unwrap_or("")).to_string();
    let (mut acronym, mut city, mut affiliation) = (acronym_in(&name), String::new(), Vec::new());
    for cell in cells.iter().skip(1) {
        let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
        if acronym.is_empty()
            && (2..=12).contains(&letters)
            && !cell.contains(' ')
            && cell.chars().all(|c| !c.is_lowercase())
        {
            acronym = cell.to_string();
        } else if kind == EndorsementKind::Individual {
            affiliation.push(*cell);
        } else if city.is_empty() && looks_like_city(cell) {
            city = cell.to_string();
        }
    }
    (name, acronym, city, country, affiliation.join(", "))
}

/// Reads a pasted list. Every non-blank line gives a row, headings
/// included (marked, for the review to show and to be put back).
pub fn parse_paste(text: &str, kind: EndorsementKind) -> Vec<IntakeRow> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    // The country a country heading gives to the lines under it.
    let mut heading_country = String::new();
    // A heading "Individuals" or "Organizations" says what the lines under
    // it are, whatever the list was pasted as.
    let mut section_kind = kind;
    let mut after_heading = false;
    let lines: Vec<&str> = text.lines().collect();
    let hidden = markup::hidden_lines(&lines);
    for (i, raw) in lines.iter().enumerate() {
        let number = (i + 1) as u32;
        let raw = raw.trim_matches(|c| matches!(c, '\u{200e}' | '\u{200f}' | '\u{feff}'));
        if raw.trim().is_empty() {
            continue;
        }
        if let Some(why) = hidden[i] {
            rows.push(left_out(number, section_kind, raw, why));
            continue;
        }
        let stripped = markup::strip_markup(raw);
        // A table row's cells may hold long descriptions; only a line of
        // text can be a sentence or a note.
        if !stripped.contains('\t')
            && let Some(why) = markup::not_a_name(strip_bullets(&stripped), raw.contains("]("))
        {
            rows.push(left_out(number, section_kind, raw, why));
            continue;
        }
        let (stripped, email) = markup::take_email(&stripped);
        let cells: Vec<&str> = stripped
            .split('\t')
            .filter(|c| !c.trim().is_empty())
            .collect();
        let numbered = strip_bullets(raw).len() != raw.trim().len();
        let (name, acronym, city, country, affiliation) = if cells.len() > 1 {
            from_cells(&cells, section_kind)
        } else {
            let line = strip_bullets(cells.first().copied().unwrap_or(""));
            let set_apart = !numbered
                && (i == 0 || lines[i - 1].trim().is_empty() || after_heading)
                && lines.get(i + 1).is_some_and(|next| {
                    !next.trim().is_empty() && country_heading(next, true).is_none()
                });
            if let Some(country) = (!numbered)
                .then(|| country_heading(line, set_apart))
                .flatten()
            {
                heading_country = country;
                rows.push(heading(number, section_kind, line));
                after_heading = true;
                continue;
            }
            if is_heading(line) {
                heading_country.clear();
                section_kind = kind_of_heading(line).unwrap_or(section_kind);
                rows.push(heading(number, section_kind, line));
                after_heading = true;
                continue;
            }
            let (mut name, city, country) = split_place(line);
            let mut affiliation = String::new();
            if section_kind == EndorsementKind::Individual {
                (name, affiliation) = person_and_affiliation(&name);
            }
            let acronym = acronym_in(&name);
            (name, acronym, city, country, affiliation)
        };
        after_heading = false;
        if name.is_empty() {
            rows.push(left_out(number, section_kind, raw, "no name on this line"));
            continue;
        }
        let mut notes = Vec::new();
        let country = if country.is_empty() && !heading_country.is_empty() {
            notes.push(format!(
                "country from the heading “{heading_country}” above"
            ));
            heading_country.clone()
        } else {
            country
        };
        if section_kind != kind {
            notes.push(
                match section_kind {
                    EndorsementKind::Individual => {
                        "read as a person: under a heading of individuals"
                    }
                    EndorsementKind::Organization => {
                        "read as an organization: under a heading of organizations"
                    }
                }
                .to_string(),
            );
        }
        rows.push(IntakeRow {
            row: number,
            kind: Some(section_kind),
            name,
            acronym,
            affiliation: tidy_affiliation(&affiliation),
            city,
            country,
            email,
            read_note: notes.join("; "),
            ..Default::default()
        });
    }
    rows
}

/// What a heading says the lines under it are: "Individuals", "Personas",
/// "Organizations"…
fn kind_of_heading(line: &str) -> Option<EndorsementKind> {
    let folded = fold(line);
    let has = |words: &[&str]| folded.split(' ').any(|w| words.contains(&w));
    if has(&[
        "individuals",
        "individual",
        "persons",
        "people",
        "personas",
        "individuales",
        "individus",
        "personnes",
        "pessoas",
        "individuos",
    ]) {
        Some(EndorsementKind::Individual)
    } else if has(&[
        "organizations",
        "organisations",
        "organizaciones",
        "organizacoes",
        "groups",
        "networks",
        "ongs",
        "ngos",
        "instituciones",
        "institutions",
    ]) {
        Some(EndorsementKind::Organization)
    } else {
        None
    }
}

/// A person's line split into their name and what follows it: "Ana Pérez,
/// Professor, University of X" or "Molly de Blanc (Debian Project, GNOME
/// Foundation)". A separator inside parentheses does not split.
fn person_and_affiliation(line: &str) -> (String, String) {
    let mut depth = 0usize;
    let mut at = None;
    for (i, c) in line.char_indices() {
        match c {
            '(' => {
                if depth == 0 && at.is_none() && i > 0 {
                    // "Name (affiliation…)": the parentheses hold it.
                    let inner = line[i + 1..].trim_end();
                    let inner = inner.strip_suffix(')').unwrap_or(inner);
                    if line.trim_end().ends_with(')') {
                        return (line[..i].trim().to_string(), inner.trim().to_string());
                    }
                }
                depth += 1;
            }
            ')' => depth = depth.saturating_sub(1),
            ',' | '،' if depth == 0 => {
                at = Some((i, c.len_utf8()));
                break;
            }
            _ => {}
        }
    }
    if at.is_none() {
        for dash in [" – ", " — ", " - "] {
            if let Some(i) = line.find(dash)
                && balanced(&line[..i])
            {
                at = Some((i, dash.len()));
                break;
            }
        }
    }
    match at {
        Some((i, len)) => (
            line[..i].trim().to_string(),
            line[i + len..].trim().to_string(),
        ),
        None => (line.trim().to_string(), String::new()),
    }
}

/// An affiliation without the empty parts people leave ("Lawyer, ", ", ,").
fn tidy_affiliation(affiliation: &str) -> String {
    if !affiliation.split(',').any(|p| p.trim().is_empty()) {
        return affiliation.trim().to_string();
    }
    affiliation
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn heading(row: u32, kind: EndorsementKind, line: &str) -> IntakeRow {
    IntakeRow {
        row,
        kind: Some(kind),
        name: line.trim().to_string(),
        heading: true,
        ..Default::default()
    }
}

/// A line that is no signatory (a comment, a footnote, a sentence): left
/// out like a heading, and can be put back like one.
fn left_out(row: u32, kind: EndorsementKind, line: &str, why: &str) -> IntakeRow {
    IntakeRow {
        read_note: why.to_string(),
        ..heading(row, kind, line)
    }
}

#[cfg(test)]
mod tests;
