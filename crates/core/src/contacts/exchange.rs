//! Contacts out of the app: CSV for spreadsheet apps and vCard 4.0 for
//! address books.
//!
//! The CSV starts with a UTF-8 byte order mark, which spreadsheet apps need
//! to read it as UTF-8, and a cell that begins with `=`, `+`, `-`, `@`, a tab
//! or a carriage return gets a leading apostrophe, so that opening the file
//! never runs a formula hidden in a contact's name.

use std::io::Write;

use rusqlite::Connection;

use crate::contacts::{self, ContactError, ContactKind, Result};
use crate::countries;

pub const CSV_HEADERS: [&str; 15] = [
    "Kind",
    "Name",
    "Acronym",
    "Organization",
    "Role",
    "Email",
    "Phone",
    "Country",
    "Country code",
    "City",
    "Sector",
    "Website",
    "Tags",
    "Notes",
    "Consent to publish",
];

/// A cell as a spreadsheet app may safely open it.
pub fn neutralize(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// One exported contact, whichever kind.
struct Flat {
    kind: ContactKind,
    name: String,
    short_name: String,
    organization: String,
    role: String,
    email: String,
    phone: String,
    country: Option<String>,
    city: String,
    sector: String,
    website: String,
    tags: Vec<String>,
    notes: String,
    consent_publish: Option<bool>,
}

/// Every live contact, organizations then people, each in name order.
fn every(conn: &Connection, mut each: impl FnMut(Flat) -> Result<()>) -> Result<()> {
    let ids: Vec<(String, String)> = conn
        .prepare(
            "SELECT 'o', id FROM (SELECT id FROM organizations WHERE deleted_at IS NULL ORDER BY order_key, name, id)
             UNION ALL
             SELECT 'p', id FROM (SELECT id FROM people WHERE deleted_at IS NULL ORDER BY order_key, full_name, id)",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (kind, id) in ids {
        let flat = if kind == "o" {
            let o = contacts::organization(conn, &id)?;
            Flat {
                kind: ContactKind::Organization,
                name: o.name,
                short_name: o.short_name,
                organization: String::new(),
                role: String::new(),
                email: o.email,
                phone: o.phone,
                country: o.country,
                city: o.city,
                sector: o.sector,
                website: o.website,
                tags: o.tags,
                notes: o.notes,
                consent_publish: None,
            }
        } else {
            let p = contacts::person(conn, &id)?;
            Flat {
                kind: ContactKind::Person,
                name: p.full_name,
                short_name: String::new(),
                organization: p.organization_name.unwrap_or_default(),
                role: p.role,
                email: p.email,
                phone: p.phone,
                country: p.country,
                city: String::new(),
                sector: String::new(),
                website: String::new(),
                tags: p.tags,
                notes: p.notes,
                consent_publish: Some(p.consent_publish),
            }
        };
        each(flat)?;
    }
    Ok(())
}

fn io(err: std::io::Error) -> ContactError {
    ContactError::Write {
        reason: err.to_string(),
    }
}

/// Writes every live contact as CSV. Returns how many.
pub fn write_csv(conn: &Connection, out: &mut dyn Write) -> Result<u32> {
    out.write_all("\u{FEFF}".as_bytes()).map_err(io)?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let csv_err = |e: csv::Error| io(std::io::Error::other(e.to_string()));
    csv.write_record(CSV_HEADERS).map_err(csv_err)?;
    let mut count = 0;
    every(conn, |c| {
        let country_name = c
            .country
            .as_deref()
            .and_then(|code| countries::name(code, "en"))
            .unwrap_or_default();
        let record = [
            c.kind.as_str().to_string(),
            c.name,
            c.short_name,
            c.organization,
            c.role,
            c.email,
            c.phone,
            country_name.to_string(),
            c.country.unwrap_or_default(),
            c.city,
            c.sector,
            c.website,
            c.tags.join(", "),
            c.notes,
            match c.consent_publish {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
        ];
        csv.write_record(record.iter().map(|cell| neutralize(cell)))
            .map_err(csv_err)?;
        count += 1;
        Ok(())
    })?;
    csv.flush().map_err(io)?;
    Ok(count)
}

/// Escapes a vCard text value (RFC 6350, 3.4).
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// Writes every live contact as vCard 4.0. Returns how many.
pub fn write_vcard(conn: &Connection, out: &mut dyn Write) -> Result<u32> {
    let mut count = 0;
    every(conn, |c| {
        let mut card = String::new();
        let mut line = |l: String| fold_line(&l, &mut card);
        line("BEGIN:VCARD".into());
        line("VERSION:4.0".into());
        match c.kind {
            ContactKind::Organization => {
                line("KIND:org".into());
                line(format!("FN:{}", escape(&c.name)));
                line(format!("ORG:{}", escape(&c.name)));
                if !c.short_name.is_empty() {
                    line(format!("NICKNAME:{}", escape(&c.short_name)));
                }
            }
            ContactKind::Person => {
                line("KIND:individual".into());
                line(format!("FN:{}", escape(&c.name)));
                if !c.organization.is_empty() {
                    line(format!("ORG:{}", escape(&c.organization)));
                }
                if !c.role.is_empty() {
                    line(format!("TITLE:{}", escape(&c.role)));
                }
            }
        }
        if !c.email.is_empty() {
            line(format!("EMAIL:{}", escape(&c.email)));
        }
        if !c.phone.is_empty() {
            line(format!("TEL;VALUE=text:{}", escape(&c.phone)));
        }
        if !c.city.is_empty() || c.country.is_some() {
            let country = c
                .country
                .as_deref()
                .and_then(|code| countries::name(code, "en"))
                .unwrap_or_default();
            line(format!("ADR:;;;{};;;{}", escape(&c.city), escape(&country)));
        }
        if !c.website.is_empty() {
            line(format!("URL:{}", escape(&c.website)));
        }
        if !c.tags.is_empty() {
            let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
            line(format!("CATEGORIES:{}", tags.join(",")));
        }
        if !c.notes.is_empty() {
            line(format!("NOTE:{}", escape(&c.notes)));
        }
        line("END:VCARD".into());
        out.write_all(card.as_bytes()).map_err(io)?;
        count += 1;
        Ok(())
    })?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("+49 30 1234"), "'+49 30 1234");
        assert_eq!(neutralize("@home"), "'@home");
        assert_eq!(neutralize("-"), "'-");
        assert_eq!(neutralize("Asociación"), "Asociación");
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        fold_line(&format!("NOTE:{}", "é".repeat(60)), &mut out);
        for part in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{part:?} is {} octets", part.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("NOTE:{}", "é".repeat(60))
        );
    }

    #[test]
    fn values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
