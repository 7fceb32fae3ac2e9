//! Merging two contacts into one: fields filled, links and sign-ons moved,
//! a backup made first, and what was done recorded for undo.

use super::*;

/// One merge as the history shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeRecord {
    pub id: String,
    pub kind: ContactKind,
    pub kept_id: String,
    pub merged_ids: Vec<String>,
    /// Endorsements, invitations and people moved onto the kept record.
    pub moved_links: u32,
    /// Endorsements of a statement that the kept record had signed too: one
    /// endorsement is kept (the kept record's), the merged record's is
    /// moved to the trash and logged as merged into it; undo brings it back.
    pub merged_endorsements: u32,
    /// Links left on a merged record because the kept one already had the
    /// same (an invitation to the same statement): they stay with it in the
    /// trash and come back on undo.
    pub kept_apart: u32,
    pub created_at: String,
    pub undone_at: Option<String>,
}

/// The kept record's fields after the merge, chosen field by field in the
/// window. Left out: the kept record's own fields, blanks filled from the
/// merged ones in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MergeFields {
    Organization(OrganizationInput),
    Person(PersonInput),
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct UndoDetail {
    pub(super) before: serde_json::Value,
    /// (table, column, row id, merged record it came from) of every link that moved.
    pub(super) moved: Vec<(String, String, String, String)>,
    /// Endorsements put in the trash as merged into the kept record's own.
    #[serde(default)]
    pub(super) merged_endorsements: Vec<String>,
    pub(super) kept_apart: u32,
    /// Tag link rows added to the kept record.
    pub(super) tag_links: Vec<String>,
}

pub(super) fn fill(into: &mut String, from: &str) {
    if into.trim().is_empty() && !from.trim().is_empty() {
        *into = from.to_string();
    }
}

pub(super) fn organization_input(o: &Organization) -> OrganizationInput {
    OrganizationInput {
        name: o.name.clone(),
        short_name: o.short_name.clone(),
        country: o.country.clone().unwrap_or_default(),
        city: o.city.clone(),
        sector: o.sector.clone(),
        website: o.website.clone(),
        email: o.email.clone(),
        phone: o.phone.clone(),
        notes: o.notes.clone(),
        tags: o.tags.clone(),
    }
}

pub(super) fn person_input(p: &Person) -> PersonInput {
    PersonInput {
        full_name: p.full_name.clone(),
        organization_id: p.organization_id.clone(),
        role: p.role.clone(),
        email: p.email.clone(),
        phone: p.phone.clone(),
        country: p.country.clone().unwrap_or_default(),
        notes: p.notes.clone(),
        tags: p.tags.clone(),
        consent_contact: p.consent_contact,
        consent_publish: p.consent_publish,
    }
}

/// Links that point at a contact: (table, column, unique-per-statement).
pub(super) fn links(kind: ContactKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        ContactKind::Organization => &[
            ("endorsements", "organization_id"),
            ("invitations", "organization_id"),
            ("people", "organization_id"),
        ],
        ContactKind::Person => &[("endorsements", "person_id"), ("invitations", "person_id")],
    }
}

pub(super) fn merge_error(reason: impl Into<String>) -> ContactError {
    ContactError::Merge {
        reason: reason.into(),
    }
}

/// A merge as the window and the CLI make it: a backup of the file first,
/// then [`merge`] in one transaction. Without a backup nothing is merged.
pub fn merge_backed_up(
    store: &mut Store,
    keep: &str,
    others: &[String],
    fields: Option<&MergeFields>,
) -> Result<MergeRecord> {
    backup::before_change(store).map_err(|source| ContactError::NoBackup {
        what: "merge",
        source,
    })?;
    store.with_tx(|tx| merge(tx, keep, others, fields))
}

/// Merges `others` into `keep`. Run it inside a transaction (the caller's):
/// it writes several tables.
pub fn merge(
    conn: &Connection,
    keep: &str,
    others: &[String],
    fields: Option<&MergeFields>,
) -> Result<MergeRecord> {
    let kind = contacts::kind_of(conn, keep)?;
    let mut seen = HashSet::new();
    if others.is_empty() {
        return Err(merge_error(
            "choose at least one other record to merge into the kept one",
        ));
    }
    for other in others {
        if other == keep || !seen.insert(other.clone()) {
            return Err(merge_error(
                "a record cannot be merged into itself; choose two different records",
            ));
        }
        if contacts::kind_of(conn, other)? != kind {
            return Err(merge_error(
                "an organization and a person cannot be merged; merge organizations with organizations and people with people",
            ));
        }
    }
    let at = now(conn)?;
    let mut detail = UndoDetail::default();
    let tag_table = (kind.tag_table(), kind.key_column());

    // The kept record's fields.
    match kind {
        ContactKind::Organization => {
            let kept = contacts::organization(conn, keep)?;
            if kept.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "organization",
                    id: keep.into(),
                });
            }
            detail.before = serde_json::to_value(organization_input(&kept)).unwrap_or_default();
            let mut input = match fields {
                Some(MergeFields::Organization(f)) => f.clone(),
                Some(MergeFields::Person(_)) => {
                    return Err(merge_error(
                        "the chosen fields are a person's, the records organizations'",
                    ));
                }
                None => organization_input(&kept),
            };
            for other in others {
                let o = contacts::organization(conn, other)?;
                if o.deleted_at.is_some() {
                    return Err(ContactError::InTrash {
                        kind: "organization",
                        id: other.clone(),
                    });
                }
                if fields.is_none() {
                    fill(&mut input.short_name, &o.short_name);
                    fill(&mut input.country, o.country.as_deref().unwrap_or_default());
                    fill(&mut input.city, &o.city);
                    fill(&mut input.sector, &o.sector);
                    fill(&mut input.website, &o.website);
                    fill(&mut input.email, &o.email);
                    fill(&mut input.phone, &o.phone);
                    fill(&mut input.notes, &o.notes);
                }
                input.tags.extend(o.tags.iter().cloned());
            }
            let mut tags = input.tags.clone();
            tags.extend(kept.tags.iter().cloned());
            input.tags = tags;
            contacts::update_organization(conn, keep, &input)?;
        }
        ContactKind::Person => {
            let kept = contacts::person(conn, keep)?;
            if kept.deleted_at.is_some() {
                return Err(ContactError::InTrash {
                    kind: "person",
                    id: keep.into(),
                });
            }
            detail.before = serde_json::to_value(person_input(&kept)).unwrap_or_default();
            let mut input = match fields {
                Some(MergeFields::Person(f)) => f.clone(),
                Some(MergeFields::Organization(_)) => {
                    return Err(merge_error(
                        "the chosen fields are an organization's, the records people's",
                    ));
                }
                None => person_input(&kept),
            };
            for other in others {
                let p = contacts::person(conn, other)?;
                if p.deleted_at.is_some() {
                    return Err(ContactError::InTrash {
                        kind: "person",
                        id: other.clone(),
                    });
                }
                if fields.is_none() {
                    if input.organization_id.is_none() {
                        input.organization_id = p.organization_id.clone();
                    }
                    fill(&mut input.role, &p.role);
                    fill(&mut input.email, &p.email);
                    fill(&mut input.phone, &p.phone);
                    fill(&mut input.country, p.country.as_deref().unwrap_or_default());
                    fill(&mut input.notes, &p.notes);
                }
                input.tags.extend(p.tags.iter().cloned());
            }
            let mut tags = input.tags.clone();
            tags.extend(kept.tags.iter().cloned());
            input.tags = tags;
            contacts::update_person(conn, keep, &input)?;
        }
    }
    // Tag links that the update added (the merged records' tags).
    let before_tags: Vec<String> = detail.before["tags"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default();
    let mut stmt = conn.prepare(&format!(
        "SELECT x.id, t.name FROM {} x JOIN tags t ON t.id = x.tag_id WHERE x.{} = ?1",
        tag_table.0, tag_table.1
    ))?;
    for row in stmt.query_map([keep], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        let (link, name) = row?;
        if !before_tags.contains(&name.to_lowercase()) {
            detail.tag_links.push(link);
        }
    }

    // Links: moved one by one, so that one that would clash with the kept
    // record's own (the same statement endorsed twice) stays where it is.
    for other in others {
        for (table, column) in links(kind) {
            let ids: Vec<String> = conn
                .prepare(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?
                .query_map([other], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in ids {
                let moved = conn.execute(
                    &format!(
                        "UPDATE OR IGNORE {table} SET {column} = ?2, updated_at = ?3 WHERE id = ?1"
                    ),
                    (&id, keep, &at),
                )?;
                if moved > 0 {
                    detail
                        .moved
                        .push((table.to_string(), column.to_string(), id, other.clone()));
                } else if *table == "endorsements" {
                    merge_endorsement(conn, &id, column, keep, &at)?;
                    detail.merged_endorsements.push(id);
                } else {
                    detail.kept_apart += 1;
                }
            }
        }
        conn.execute(
            &format!(
                "UPDATE {} SET merged_into = ?2, deleted_at = ?3, updated_at = ?3 WHERE id = ?1",
                kind.table()
            ),
            (other, keep, &at),
        )?;
        contacts::unindex(conn, kind, other)?;
    }
    let id = new_id();
    let merged_json = serde_json::to_string(others).unwrap_or_else(|_| "[]".into());
    let detail_json = serde_json::to_string(&detail).unwrap_or_else(|_| "{}".into());
    conn.execute(
        "INSERT INTO contact_merges (id, kind, kept_id, merged_ids, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        (&id, kind.as_str(), keep, &merged_json, &detail_json, &at),
    )?;
    merge_record(conn, &id)
}

/// Two records that both endorsed one statement become one record with one
/// endorsement: the merged record's endorsement goes to the trash, logged as
/// merged into the kept record's (which it names), so the statement lists the
/// organization once and the history says why.
pub(super) fn merge_endorsement(
    conn: &Connection,
    endorsement: &str,
    column: &str,
    keep: &str,
    at: &str,
) -> Result<()> {
    let kept: Option<String> = conn
        .query_row(
            &format!(
                "SELECT k.id FROM endorsements k JOIN endorsements e ON e.statement_id = k.statement_id
                  WHERE e.id = ?1 AND k.{column} = ?2 AND k.deleted_at IS NULL"
            ),
            (endorsement, keep),
            |r| r.get(0),
        )
        .optional()?;
    conn.execute(
        "UPDATE endorsements SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        (endorsement, at),
    )?;
    log_endorsement(
        conn,
        endorsement,
        "merged",
        &serde_json::json!({ "into": kept, "contact": keep }),
        at,
    )
}

pub(super) fn log_endorsement(
    conn: &Connection,
    endorsement: &str,
    event: &str,
    detail: &serde_json::Value,
    at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO endorsement_events (id, endorsement_id, event, detail, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        (new_id(), endorsement, event, detail.to_string(), at),
    )?;
    Ok(())
}
