//! Message templates and the messages filled from them.

use super::*;

/// The merge fields a template may use.
pub const MERGE_FIELDS: &[&str] = &[
    "contact_name",
    "organization",
    "statement_title",
    "deadline",
    "statement_text",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    pub purpose: Purpose,
    pub subject: String,
    pub body: String,
}

/// The statement's template for a purpose, or the default one in the
/// statement's language.
pub fn template(conn: &Connection, statement_id: &str, purpose: Purpose) -> Result<Template> {
    let statement = statements::get(conn, statement_id)?;
    let stored: Option<(String, String)> = conn
        .query_row(
            "SELECT subject, body FROM message_templates WHERE statement_id = ?1 AND purpose = ?2",
            params![statement_id, purpose.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match stored {
        Some((subject, body)) => Template {
            purpose,
            subject,
            body,
        },
        None => defaults::template(purpose, &statement.language),
    })
}

/// Saves a template, after checking each `{{field}}` is a known one.
pub fn set_template(
    conn: &Connection,
    statement_id: &str,
    template: &Template,
) -> Result<Template> {
    statements::get(conn, statement_id)?;
    let subject = text::clean_line(Field::Title, &template.subject)?;
    let body = text::clean_block(Field::Body, &template.body)?;
    for text in [&subject, &body] {
        if let Some(unknown) = fields_in(text)
            .into_iter()
            .find(|f| !MERGE_FIELDS.contains(&f.as_str()))
        {
            return Err(EndorsementError::Invitation {
                reason: format!(
                    "the template uses {{{{{unknown}}}}}, which is not a merge field; use one of {}",
                    MERGE_FIELDS
                        .iter()
                        .map(|f| format!("{{{{{f}}}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    let at = now(conn)?;
    conn.execute(
        "INSERT INTO message_templates (id, statement_id, purpose, subject, body, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (statement_id, purpose) DO UPDATE SET subject = ?4, body = ?5, updated_at = ?6",
        params![new_id(), statement_id, template.purpose.as_str(), subject, body, at],
    )?;
    self::template(conn, statement_id, template.purpose)
}

pub(super) fn fields_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        out.push(after[..end].trim().to_string());
        rest = &after[end + 2..];
    }
    out
}

pub(super) fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            rest = &rest[start..];
            break;
        };
        let name = after[..end].trim();
        match values.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// One message, ready to copy, open or save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub invitation_id: String,
    pub to_name: String,
    pub to: String,
    pub subject: String,
    /// Plain text: the template's and the statement's Markdown written out.
    pub body: String,
    /// The same message as an HTML document.
    pub html: String,
    /// The language version sent (BCP 47 tag).
    pub language: String,
    /// `mailto:` with the address, subject and body.
    pub mailto: String,
}

/// The message for one invitation, from the template of the language
/// version sent: the one in `language` when given, else the one for the
/// contact's country ([`versions`]).
pub fn message(
    conn: &Connection,
    invitation_id: &str,
    purpose: Purpose,
    language: Option<&str>,
) -> Result<Message> {
    let invitation = get(conn, invitation_id)?;
    let home = statements::get(conn, &invitation.statement_id)?;
    let version = versions::pick(
        conn,
        &invitation.statement_id,
        invitation.country.as_deref(),
        language,
    )?;
    let template = template(conn, &version.id, purpose)?;
    let organization: String = match (&invitation.organization_id, &invitation.person_id) {
        (Some(org), _) => {
            conn.query_row("SELECT name FROM organizations WHERE id = ?1", [org], |r| {
                r.get(0)
            })?
        }
        (None, Some(person)) => conn.query_row(
            "SELECT coalesce(o.name, p.full_name) FROM people p
                   LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?1",
            [person],
            |r| r.get(0),
        )?,
        (None, None) => String::new(),
    };
    // For an organization, the first person of it who may be contacted.
    let contact_name: String = match (&invitation.organization_id, &invitation.person_id) {
        (Some(org), None) => conn
            .query_row(
                "SELECT full_name FROM people WHERE organization_id = ?1 AND deleted_at IS NULL
                  ORDER BY consent_contact DESC, order_key LIMIT 1",
                [org],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_else(|| defaults::friends_at(&invitation.name, &version.language)),
        _ => invitation.name.clone(),
    };
    // Sign-ons are collected on the original: its deadline is the one that counts.
    let deadline = home
        .deadline
        .as_deref()
        .or(version.deadline.as_deref())
        .map(|d| crate::text::dates::long_date(d, &version.language))
        .unwrap_or_default();
    let values = [
        ("contact_name", contact_name.as_str()),
        ("organization", organization.as_str()),
        ("statement_title", version.title.as_str()),
        ("deadline", deadline.as_str()),
        ("statement_text", version.body.as_str()),
    ];
    let subject = fill(&template.subject, &values);
    // Names and titles go into the Markdown as text; the statement's text is Markdown.
    let escaped: Vec<(&str, String)> = values
        .iter()
        .map(|(k, v)| match *k {
            "statement_text" => (*k, v.to_string()),
            _ => (*k, mail::escape_markdown(v)),
        })
        .collect();
    let escaped: Vec<(&str, &str)> = escaped.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut markdown = fill(&template.body, &escaped);
    let sender = sender::sender(conn)?;
    let sign_off = sender.sign_off();
    if !sign_off.is_empty() {
        markdown.push_str(if mail::ends_in_paragraph(&markdown) {
            "\n"
        } else {
            "\n\n"
        });
        let lines: Vec<String> = sign_off.iter().map(|l| mail::escape_markdown(l)).collect();
        markdown.push_str(&lines.join("\n"));
    }
    let body = mail::plain_text(&markdown);
    let html = mail::html_document(&markdown, &version.language, &subject);
    let mailto = format!(
        "mailto:{}?subject={}&body={}",
        percent(&invitation.email),
        percent(&subject),
        percent(&body.replace('\n', "\r\n"))
    );
    Ok(Message {
        invitation_id: invitation.id,
        to_name: invitation.name,
        to: invitation.email,
        subject,
        body,
        html,
        language: version.language,
        mailto,
    })
}

/// Percent-encoding for a `mailto:` part (RFC 6068): everything but the
/// unreserved characters.
pub(super) fn percent(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
