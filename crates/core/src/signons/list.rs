//! A statement's sign-ons, filtered, searched and paged for the review table.

use super::*;

/// Which endorsements of a statement a list shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EndorsementQuery {
    pub status: Option<EndorsementStatus>,
    pub kind: Option<EndorsementKind>,
    /// Words the printed name, affiliation, city or country contains.
    pub text: String,
    /// The trash instead of the live endorsements.
    pub trash: bool,
    pub offset: u32,
    /// 0: all.
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndorsementPage {
    pub items: Vec<Endorsement>,
    /// How many match in all.
    pub total: u32,
}

/// A statement's endorsements in name order, a page at a time; a
/// translation's are its original's.
pub fn list(
    conn: &Connection,
    statement_id: &str,
    query: &EndorsementQuery,
) -> Result<EndorsementPage> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let mut filter = String::from("e.statement_id = ?1");
    filter.push_str(if query.trash {
        " AND e.deleted_at IS NOT NULL"
    } else {
        " AND e.deleted_at IS NULL"
    });
    let mut args: Vec<rusqlite::types::Value> = vec![statement_id.to_string().into()];
    if let Some(status) = query.status {
        args.push(status.as_str().to_string().into());
        filter.push_str(&format!(" AND e.status = ?{}", args.len()));
    }
    if let Some(kind) = query.kind {
        args.push(kind.as_str().to_string().into());
        filter.push_str(&format!(" AND e.kind = ?{}", args.len()));
    }
    // A word matches the folded name ("sao" finds "São"), or the affiliation,
    // city or country as printed.
    for word in query.text.split_whitespace() {
        let escaped = |w: &str| {
            w.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        };
        args.push(format!("%{}%", escaped(&crate::text::names::fold(word))).into());
        args.push(format!("%{}%", escaped(word)).into());
        filter.push_str(&format!(
            " AND (e.sort_key LIKE ?{a} ESCAPE '\\' OR e.printed_affiliation LIKE ?{b} ESCAPE '\\'
                   OR e.printed_city LIKE ?{b} ESCAPE '\\' OR e.printed_country LIKE ?{b} ESCAPE '\\')",
            a = args.len() - 1,
            b = args.len()
        ));
    }
    let total: u32 = conn.query_row(
        &format!("SELECT count(*) FROM endorsements e WHERE {filter}"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let limit = if query.limit == 0 {
        -1
    } else {
        i64::from(query.limit)
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE {filter}
          ORDER BY e.order_key, e.id LIMIT {limit} OFFSET {}",
        query.offset
    );
    let mut stmt = conn.prepare(&sql)?;
    let items = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(EndorsementPage { items, total })
}

// Trash ---------------------------------------------------------------------
