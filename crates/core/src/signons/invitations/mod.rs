//! Outreach: who was invited to sign a statement, who was reminded, who
//! answered; the messages that go out, from a template with merge fields.
//!
//! An invitation's stored status is `invited`, `signed`, `declined` or
//! `no_answer`; a reminder is an event, and an invitation with one shows as
//! `reminded` until it is answered. Confirming an endorsement marks the
//! contact's invitation signed.
//!
//! A message goes out in the language version the organizer picks, or by
//! default in a language of the contact's country when the statement has a
//! version in it ([`versions`]); its Markdown is written out for mail as
//! plain text and HTML ([`mail`]); the deadline reads in the message's
//! language; the organizer's name and organization ([`Sender`]) close it.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use crate::files::safe_file_stem;
use crate::store::clock::{new_id, now};
use crate::countries;
use crate::signons::{EndorsementError, Result, text_enum};
use crate::statements;
use crate::text::{self, Field};

mod defaults;
pub mod mail;
mod sender;
mod versions;

pub use mail::eml;
pub use sender::{Sender, sender, set_sender};
pub use versions::{LanguageVersion, languages_of_country, versions};

text_enum!(
    /// Where an invitation stands.
    InvitationStatus {
        Invited => "invited",
        Reminded => "reminded",
        Signed => "signed",
        Declined => "declined",
        NoAnswer => "no_answer",
    }
);

text_enum!(
    /// What a message is for.
    Purpose { Invitation => "invitation", Reminder => "reminder" }
);

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub statement_id: String,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    /// The organization's or the person's name.
    pub name: String,
    pub email: String,
    pub country: Option<String>,
    pub status: InvitationStatus,
    pub invited_on: Option<String>,
    /// The last reminder's date.
    pub reminded_on: Option<String>,
    pub answered_on: Option<String>,
    pub endorsement_id: Option<String>,
}

/// Whom to invite: contacts with any of the tags, in any of the countries,
/// in any of the sectors (each list left empty does not narrow), or everyone
/// who signed another statement, or contacts picked one by one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Audience {
    pub tags: Vec<String>,
    /// As typed: names or codes.
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    /// Everyone with a confirmed endorsement of this statement.
    pub signed_statement: Option<String>,
    pub contact_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub added: u32,
    /// Already invited to this statement.
    pub already: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationCounts {
    pub invited: u32,
    pub reminded: u32,
    pub signed: u32,
    pub declined: u32,
    pub no_answer: u32,
}

/// The contacts an audience names, as (organization id, person id).
fn audience_contacts(
    conn: &Connection,
    audience: &Audience,
) -> Result<Vec<(Option<String>, Option<String>)>> {
    let mut out = Vec::new();
    for id in &audience.contact_ids {
        match crate::contacts::kind_of(conn, id)? {
            crate::contacts::ContactKind::Organization => out.push((Some(id.clone()), None)),
            crate::contacts::ContactKind::Person => out.push((None, Some(id.clone()))),
        }
    }
    if let Some(other) = &audience.signed_statement {
        statements::get(conn, other)?;
        let mut stmt = conn.prepare(
            "SELECT CASE WHEN person_id IS NULL THEN organization_id END, person_id
               FROM endorsements
              WHERE statement_id = ?1 AND status = 'confirmed' AND deleted_at IS NULL
                AND (organization_id IS NOT NULL OR person_id IS NOT NULL)",
        )?;
        for row in stmt.query_map([other], |r| Ok((r.get(0)?, r.get(1)?)))? {
            out.push(row?);
        }
    }
    let narrows =
        !audience.tags.is_empty() || !audience.countries.is_empty() || !audience.sectors.is_empty();
    if narrows {
        let mut filter = vec!["o.deleted_at IS NULL".to_string()];
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut marks = |values: Vec<String>| {
            let marks: Vec<String> = values
                .into_iter()
                .map(|v| {
                    args.push(v.into());
                    format!("?{}", args.len())
                })
                .collect();
            marks.join(", ")
        };
        if !audience.countries.is_empty() {
            let mut codes = Vec::new();
            for raw in &audience.countries {
                codes.push(countries::resolve(raw)?.code.to_string());
            }
            filter.push(format!("o.country IN ({})", marks(codes)));
        }
        if !audience.sectors.is_empty() {
            let sectors = audience
                .sectors
                .iter()
                .map(|s| s.trim().to_lowercase())
                .collect();
            filter.push(format!("lower(trim(o.sector)) IN ({})", marks(sectors)));
        }
        if !audience.tags.is_empty() {
            let tags = audience
                .tags
                .iter()
                .map(|t| t.trim().to_lowercase())
                .collect();
            filter.push(format!(
                "o.id IN (SELECT ot.organization_id FROM organization_tags ot JOIN tags t ON t.id = ot.tag_id
                           WHERE t.deleted_at IS NULL AND lower(t.name) IN ({}))",
                marks(tags)
            ));
        }
        let sql = format!(
            "SELECT o.id FROM organizations o WHERE {}",
            filter.join(" AND ")
        );
        let mut stmt = conn.prepare(&sql)?;
        for row in stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))? {
            out.push((Some(row?), None));
        }
    }
    Ok(out)
}

/// Invites an audience to sign a statement. A contact already invited is
/// counted, not invited twice.
pub fn create(conn: &Connection, statement_id: &str, audience: &Audience) -> Result<Created> {
    let statement = statements::get(conn, statement_id)?;
    if statement.deleted_at.is_some() {
        return Err(statements::StatementError::InTrash {
            id: statement_id.to_string(),
        }
        .into());
    }
    let at = now(conn)?;
    let today = &at[..10];
    let mut created = Created::default();
    let mut seen = std::collections::HashSet::new();
    for (org, person) in audience_contacts(conn, audience)? {
        if !seen.insert((org.clone(), person.clone())) {
            continue;
        }
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM invitations
              WHERE statement_id = ?1 AND deleted_at IS NULL
                AND ((?3 IS NULL AND person_id IS NULL AND organization_id = ?2) OR person_id = ?3)",
            params![statement_id, org, person],
            |r| r.get(0),
        )?;
        if exists {
            created.already += 1;
            continue;
        }
        let id = new_id();
        conn.execute(
            "INSERT INTO invitations (id, statement_id, organization_id, person_id, status, invited_on,
                                      created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'invited', ?5, ?6, ?6)",
            params![id, statement_id, org, person, today, at],
        )?;
        log(conn, &id, "invited", json!({ "on": today }), &at)?;
        // Someone who has already signed is signed.
        let endorsement: Option<String> = conn
            .query_row(
                "SELECT id FROM endorsements
                  WHERE statement_id = ?1 AND status = 'confirmed' AND deleted_at IS NULL
                    AND (person_id = ?3 OR (?3 IS NULL AND kind = 'organization' AND organization_id = ?2))",
                params![statement_id, org, person],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(endorsement) = endorsement {
            mark_signed(conn, &id, &endorsement, &at)?;
        }
        created.added += 1;
    }
    Ok(created)
}

fn log(
    conn: &Connection,
    id: &str,
    event: &str,
    detail: serde_json::Value,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO invitation_events (id, invitation_id, event, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![new_id(), id, event, detail.to_string(), at])?;
    Ok(())
}

fn mark_signed(conn: &Connection, id: &str, endorsement: &str, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE invitations SET status = 'signed', endorsement_id = ?2, answered_on = ?3, updated_at = ?4
          WHERE id = ?1",
        params![id, endorsement, &at[..10], at],
    )?;
    log(
        conn,
        id,
        "answered",
        json!({ "status": "signed", "endorsement": endorsement }),
        at,
    )
}

/// An endorsement was confirmed: the invitation of its contact to its
/// statement, if there is one still open, is signed.
pub(crate) fn answered_by(conn: &Connection, endorsement_id: &str, at: &str) -> Result<()> {
    let invitation: Option<String> = conn
        .query_row(
            "SELECT i.id FROM invitations i JOIN endorsements e ON e.statement_id = i.statement_id
              WHERE e.id = ?1 AND i.deleted_at IS NULL AND i.status <> 'signed'
                AND (i.person_id = e.person_id
                     OR (i.person_id IS NULL AND e.kind = 'organization' AND i.organization_id = e.organization_id))",
            [endorsement_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = invitation {
        mark_signed(conn, &id, endorsement_id, at)?;
    }
    Ok(())
}

/// A confirmation was taken back: the invitation it had marked signed is
/// open again.
pub(crate) fn unanswered_by(conn: &Connection, endorsement_id: &str, at: &str) -> Result<()> {
    let invitation: Option<String> = conn
        .query_row(
            "SELECT id FROM invitations WHERE endorsement_id = ?1 AND status = 'signed'
                AND deleted_at IS NULL",
            [endorsement_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = invitation {
        conn.execute(
            "UPDATE invitations SET status = 'invited', endorsement_id = NULL, answered_on = NULL,
                    updated_at = ?2
              WHERE id = ?1",
            params![id, at],
        )?;
        log(
            conn,
            &id,
            "noted",
            json!({ "status": "invited", "undone": "signed", "endorsement": endorsement_id }),
            at,
        )?;
    }
    Ok(())
}

const COLUMNS: &str = "i.id, i.statement_id, i.organization_id, i.person_id,
     coalesce(p.full_name, o.name, ''), coalesce(nullif(p.email, ''), o.email, ''),
     coalesce(p.country, o.country), i.status, i.invited_on,
     (SELECT substr(max(created_at), 1, 10) FROM invitation_events ev
       WHERE ev.invitation_id = i.id AND ev.event = 'reminded'),
     i.answered_on, i.endorsement_id";

const FROM: &str = "invitations i LEFT JOIN organizations o ON o.id = i.organization_id
     LEFT JOIN people p ON p.id = i.person_id";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Invitation> {
    let stored: String = r.get(7)?;
    let reminded_on: Option<String> = r.get(9)?;
    let status = match stored.as_str() {
        "invited" if reminded_on.is_some() => InvitationStatus::Reminded,
        other => InvitationStatus::parse(other).unwrap_or(InvitationStatus::Invited),
    };
    Ok(Invitation {
        id: r.get(0)?,
        statement_id: r.get(1)?,
        organization_id: r.get(2)?,
        person_id: r.get(3)?,
        name: r.get(4)?,
        email: r.get(5)?,
        country: r.get(6)?,
        status,
        invited_on: r.get(8)?,
        reminded_on,
        answered_on: r.get(10)?,
        endorsement_id: r.get(11)?,
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Invitation> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM {FROM} WHERE i.id = ?1 AND i.deleted_at IS NULL"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| EndorsementError::NotFound { id: id.to_string() })
}

/// A statement's invitations in name order, optionally of one status.
pub fn list(
    conn: &Connection,
    statement_id: &str,
    status: Option<InvitationStatus>,
) -> Result<Vec<Invitation>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE i.statement_id = ?1 AND i.deleted_at IS NULL
          ORDER BY coalesce(p.sort_key, o.sort_key), i.id"
    ))?;
    let all = stmt
        .query_map([statement_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(all
        .into_iter()
        .filter(|i| status.is_none_or(|s| i.status == s))
        .collect())
}

/// Invitations still unanswered whose last message (the invitation or the
/// last reminder) went out at least `days` days before `today`.
pub fn needing_reminder(
    conn: &Connection,
    statement_id: &str,
    days: u32,
    today: Option<&str>,
) -> Result<Vec<Invitation>> {
    let today = match today {
        Some(day) => day.to_string(),
        None => now(conn)?[..10].to_string(),
    };
    let cutoff: String = conn.query_row(
        "SELECT date(?1, '-' || ?2 || ' days')",
        params![today, days],
        |r| r.get(0),
    )?;
    Ok(list(conn, statement_id, None)?
        .into_iter()
        .filter(|i| {
            matches!(
                i.status,
                InvitationStatus::Invited | InvitationStatus::Reminded
            )
        })
        .filter(|i| {
            let last = i.reminded_on.as_deref().or(i.invited_on.as_deref());
            last.is_some_and(|d| d <= cutoff.as_str())
        })
        .collect())
}

/// Records a reminder, an answer, or no answer, or (`Invited`) takes back a
/// "declined" or "no answer" recorded by mistake. A signed invitation stays
/// signed: that follows from its endorsement.
pub fn set_status(conn: &Connection, id: &str, to: InvitationStatus) -> Result<Invitation> {
    let found = get(conn, id)?;
    let at = now(conn)?;
    match to {
        InvitationStatus::Reminded => {
            if matches!(
                found.status,
                InvitationStatus::Signed | InvitationStatus::Declined
            ) {
                return Err(EndorsementError::Invitation {
                    reason: format!(
                        "{} has already answered; there is nothing to remind",
                        found.name
                    ),
                });
            }
            conn.execute(
                "UPDATE invitations SET status = 'invited', answered_on = NULL, updated_at = ?2 WHERE id = ?1",
                (id, &at),
            )?;
            log(conn, id, "reminded", json!({ "on": &at[..10] }), &at)?;
        }
        // Taking back an answer recorded by mistake (Undo): the invitation
        // is open again, reminded or not as it was.
        InvitationStatus::Invited
            if matches!(
                found.status,
                InvitationStatus::Declined | InvitationStatus::NoAnswer
            ) =>
        {
            conn.execute(
                "UPDATE invitations SET status = 'invited', answered_on = NULL, updated_at = ?2 WHERE id = ?1",
                (id, &at),
            )?;
            log(
                conn,
                id,
                "noted",
                json!({ "reopened_from": found.status.as_str() }),
                &at,
            )?;
        }
        InvitationStatus::Invited => {
            return Err(EndorsementError::Invitation {
                reason: if found.status == InvitationStatus::Signed {
                    format!(
                        "{} has signed; withdraw their endorsement instead of changing the invitation",
                        found.name
                    )
                } else {
                    "the invitation is open already; record a reminder instead".into()
                },
            });
        }
        InvitationStatus::Signed | InvitationStatus::Declined | InvitationStatus::NoAnswer => {
            if found.status == InvitationStatus::Signed && to != InvitationStatus::Signed {
                return Err(EndorsementError::Invitation {
                    reason: format!(
                        "{} has signed; withdraw their endorsement instead of changing the invitation",
                        found.name
                    ),
                });
            }
            conn.execute(
                "UPDATE invitations SET status = ?2, answered_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, to.as_str(), &at[..10], at],
            )?;
            log(conn, id, "answered", json!({ "status": to.as_str() }), &at)?;
        }
    }
    get(conn, id)
}

pub fn counts(conn: &Connection, statement_id: &str) -> Result<InvitationCounts> {
    let mut counts = InvitationCounts::default();
    for i in list(conn, statement_id, None)? {
        match i.status {
            InvitationStatus::Invited => counts.invited += 1,
            InvitationStatus::Reminded => counts.reminded += 1,
            InvitationStatus::Signed => counts.signed += 1,
            InvitationStatus::Declined => counts.declined += 1,
            InvitationStatus::NoAnswer => counts.no_answer += 1,
        }
    }
    Ok(counts)
}

// Messages --------------------------------------------------------------------

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

fn fields_in(text: &str) -> Vec<String> {
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

fn fill(text: &str, values: &[(&str, &str)]) -> String {
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
                  ORDER BY consent_contact DESC, sort_key LIMIT 1",
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
fn percent(raw: &str) -> String {
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

/// Writes one `.eml` per invitation into `folder`, each in the language
/// version [`message`] picks, from `from` (may be empty) under the sender's
/// name from Settings; returns the files.
pub fn write_eml_files(
    conn: &Connection,
    ids: &[String],
    purpose: Purpose,
    from: &str,
    language: Option<&str>,
    folder: &Path,
) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let mut used = std::collections::HashSet::new();
    let sender = sender::sender(conn)?;
    for id in ids {
        // Only those still to answer are written to: one who has signed,
        // declined or is marked as not answering gets no invitation to sign.
        if !matches!(
            get(conn, id)?.status,
            InvitationStatus::Invited | InvitationStatus::Reminded
        ) {
            continue;
        }
        let message = message(conn, id, purpose, language)?;
        let stem = safe_file_stem(&message.to_name);
        let mut name = format!("{stem}.eml");
        let mut n = 2;
        while !used.insert(name.clone()) || folder.join(&name).exists() {
            name = format!("{stem}-{n}.eml");
            n += 1;
        }
        let path = folder.join(&name);
        crate::files::write_whole(&path, eml(&message, from, sender.display_name()).as_bytes())
            .map_err(|reason| EndorsementError::Invitation {
                reason: format!("cannot write {}: {reason}", path.display()),
            })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests;
