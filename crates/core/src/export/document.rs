//! The document an export prints: the statement, its signatories grouped as
//! asked, and the lines each format shares.

use super::*;
use crate::text::collation::Order;

/// The statement and its signatories, grouped and sorted for printing.
pub fn document(conn: &Connection, statement_id: &str, group_by: GroupBy) -> Result<Document> {
    let statement = statements::get(conn, statement_id)?;
    // Organizations sign the statement, not one wording of it: a
    // translation prints the original's signatories, in its own language.
    let signed = original_of(conn, &statement)?;
    let list = signons::signatories(conn, &signed)?;
    let w = words(&statement.language);
    let count_line = w.count_line(list.organizations, list.individuals, list.countries);
    let mut listed = list.listed;
    // Country names as the statement's language writes them; what follows
    // a country's name (a second country, kept as written) stays.
    for s in &mut listed {
        let Some(code) = s.country_code.as_deref() else {
            continue;
        };
        if let (Some(name), Some(country)) = (
            countries::name(code, &statement.language),
            countries::by_code(code),
        ) {
            let rest = s.country.strip_prefix(country.en).unwrap_or("");
            s.country = format!("{name}{rest}");
        }
    }
    // The order of the statement's language, CLDR's tailoring included.
    let order = Order::of(&statement.language);
    let by_name = |a: &Signatory, b: &Signatory| -> Ordering { order.compare(&a.name, &b.name) };
    let groups = match group_by {
        GroupBy::None => {
            listed.sort_by(by_name);
            vec![Group {
                heading: String::new(),
                signatories: listed,
            }]
        }
        GroupBy::Kind => {
            let (mut orgs, mut people): (Vec<_>, Vec<_>) = listed
                .into_iter()
                .partition(|s| s.kind == EndorsementKind::Organization);
            orgs.sort_by(by_name);
            people.sort_by(by_name);
            [(w.organizations, orgs), (w.individuals, people)]
                .into_iter()
                .filter(|(_, list)| !list.is_empty())
                .map(|(heading, signatories)| Group {
                    heading: heading.to_string(),
                    signatories,
                })
                .collect()
        }
        GroupBy::Country | GroupBy::Sector => {
            let mut grouped: BTreeMap<String, Vec<Signatory>> = BTreeMap::new();
            for s in listed {
                let key = match group_by {
                    GroupBy::Country => s.country.trim().to_string(),
                    _ => s.sector.trim().to_string(),
                };
                grouped.entry(key).or_default().push(s);
            }
            let mut groups: Vec<Group> = grouped
                .into_iter()
                .map(|(heading, mut signatories)| {
                    signatories.sort_by(by_name);
                    Group {
                        heading,
                        signatories,
                    }
                })
                .collect();
            groups.sort_by(|a, b| match (a.heading.is_empty(), b.heading.is_empty()) {
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => order.compare(&a.heading, &b.heading),
            });
            for g in &mut groups {
                if g.heading.is_empty() {
                    g.heading = w.other.to_string();
                }
            }
            groups
        }
    };
    let direction = if RTL.contains(&primary(&statement.language).as_str()) {
        "rtl"
    } else {
        "ltr"
    };
    Ok(Document {
        title: statement.title.clone(),
        subtitle: statement.subtitle.clone(),
        occasion: statement.occasion.clone(),
        // In the statement's words where we have them ("15 December 2026",
        // "15 de diciembre de 2026"); as stored otherwise.
        date: statement.statement_date.as_deref().map(|d| {
            if crate::text::dates::has_long_dates(&statement.language) {
                crate::text::dates::long_date(d, &statement.language)
            } else {
                d.to_string()
            }
        }),
        place: statement.place.clone(),
        issued_by: w.issued_by_line(&statement.issued_by),
        language: statement.language.clone(),
        direction: direction.to_string(),
        body: statement.body.clone(),
        count_line,
        groups,
        signatory_count: list.organizations + list.individuals,
        laid_out_at: now(conn)?,
        issuers: statement.issued_by.clone(),
    })
}

/// One signatory as a line: "Name, affiliation (City, Country)"; the
/// country is left out under a country heading.
pub(super) fn line(s: &Signatory, with_country: bool) -> String {
    let mut out = s.name.clone();
    out.push_str(&line_rest(s, with_country));
    out
}

/// What follows the name on a signatory's line: ", affiliation (City, Country)".
pub(super) fn line_rest(s: &Signatory, with_country: bool) -> String {
    let mut out = String::new();
    if !s.affiliation.is_empty() {
        out.push_str(", ");
        out.push_str(&s.affiliation);
    }
    let place: Vec<&str> = [
        s.city.as_str(),
        if with_country { s.country.as_str() } else { "" },
    ]
    .into_iter()
    .filter(|p| !p.trim().is_empty())
    .collect();
    if !place.is_empty() {
        out.push_str(&format!(" ({})", place.join(", ")));
    }
    out
}

/// The lines under the title: the subtitle, then the occasion and where
/// and when.
pub(super) fn header_lines(doc: &Document) -> Vec<String> {
    let mut lines = Vec::new();
    if !doc.subtitle.trim().is_empty() {
        lines.push(doc.subtitle.clone());
    }
    lines.extend(meta_lines(doc));
    lines
}

/// The occasion, and the place and date, for a title block that sets the
/// subtitle apart.
pub(super) fn meta_lines(doc: &Document) -> Vec<String> {
    let mut lines = Vec::new();
    if !doc.occasion.trim().is_empty() {
        lines.push(doc.occasion.clone());
    }
    if !doc.issued_by.is_empty() {
        lines.push(doc.issued_by.clone());
    }
    let when_where: Vec<&str> = [doc.place.as_str(), doc.date.as_deref().unwrap_or("")]
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect();
    if !when_where.is_empty() {
        lines.push(when_where.join(", "));
    }
    lines
}
