//! Merge records, and undoing a merge from one.

use super::*;

/// One merge, by id.
pub fn merge_record(conn: &Connection, id: &str) -> Result<MergeRecord> {
    let row = conn
        .query_row(
            "SELECT kind, kept_id, merged_ids, detail, created_at, undone_at
               FROM contact_merges WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| ContactError::NotFound {
            kind: "merge",
            id: id.to_string(),
        })?;
    let (kind, kept_id, merged, detail, created_at, undone_at) = row;
    let detail: UndoDetail = serde_json::from_str(&detail).unwrap_or_default();
    Ok(MergeRecord {
        id: id.to_string(),
        kind: if kind == "person" {
            ContactKind::Person
        } else {
            ContactKind::Organization
        },
        kept_id,
        merged_ids: serde_json::from_str(&merged).unwrap_or_default(),
        moved_links: detail.moved.len() as u32,
        merged_endorsements: detail.merged_endorsements.len() as u32,
        kept_apart: detail.kept_apart,
        created_at,
        undone_at,
    })
}

/// The merges into a contact, newest first.
pub fn merges_into(conn: &Connection, kept_id: &str) -> Result<Vec<MergeRecord>> {
    let ids: Vec<String> = conn
        .prepare(
            "SELECT id FROM contact_merges WHERE kept_id = ?1 ORDER BY created_at DESC, id DESC",
        )?
        .query_map([kept_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.iter().map(|id| merge_record(conn, id)).collect()
}

/// Undoes a merge: the kept record gets its fields and tags back, the
/// links return to the records they came from, and the merged records come
/// back from the trash. Run it inside a transaction.
pub fn undo_merge(conn: &Connection, merge_id: &str) -> Result<MergeRecord> {
    let record = merge_record(conn, merge_id)?;
    if record.undone_at.is_some() {
        return Err(merge_error("this merge was already undone"));
    }
    let detail: UndoDetail = conn
        .query_row(
            "SELECT detail FROM contact_merges WHERE id = ?1",
            [merge_id],
            |r| r.get::<_, String>(0),
        )
        .map(|d| serde_json::from_str(&d).unwrap_or_default())?;
    let table = record.kind.table();
    for merged in &record.merged_ids {
        let still: Option<String> = conn
            .query_row(
                &format!("SELECT merged_into FROM {table} WHERE id = ?1"),
                [merged],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if still.as_deref() != Some(record.kept_id.as_str()) {
            return Err(merge_error(
                "a merged record was restored, purged or merged again since; this merge can no longer be undone",
            ));
        }
    }
    let at = now(conn)?;
    for (t, c, id, from) in &detail.moved {
        conn.execute(
            &format!("UPDATE {t} SET {c} = ?2, updated_at = ?3 WHERE id = ?1"),
            (id, from, &at),
        )?;
    }
    for endorsement in &detail.merged_endorsements {
        conn.execute(
            "UPDATE endorsements SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
            (endorsement, &at),
        )?;
        log_endorsement(
            conn,
            endorsement,
            "restored",
            &serde_json::json!({ "merge_undone": merge_id }),
            &at,
        )?;
    }
    let tag_table = record.kind.tag_table();
    for link in &detail.tag_links {
        conn.execute(&format!("DELETE FROM {tag_table} WHERE id = ?1"), [link])?;
    }
    match record.kind {
        ContactKind::Organization => {
            let mut before: OrganizationInput =
                serde_json::from_value(detail.before.clone()).unwrap_or_default();
            before.tags = contacts::organization(conn, &record.kept_id)?.tags;
            contacts::update_organization(conn, &record.kept_id, &before)?;
        }
        ContactKind::Person => {
            let mut before: PersonInput =
                serde_json::from_value(detail.before.clone()).unwrap_or_default();
            before.tags = contacts::person(conn, &record.kept_id)?.tags;
            contacts::update_person(conn, &record.kept_id, &before)?;
        }
    }
    for merged in &record.merged_ids {
        conn.execute(
            &format!("UPDATE {table} SET merged_into = NULL, deleted_at = NULL, updated_at = ?2 WHERE id = ?1"),
            (merged, &at),
        )?;
        contacts::reindex(conn, record.kind, merged)?;
    }
    conn.execute(
        "UPDATE contact_merges SET undone_at = ?2, updated_at = ?2 WHERE id = ?1",
        (merge_id, &at),
    )?;
    merge_record(conn, merge_id)
}
