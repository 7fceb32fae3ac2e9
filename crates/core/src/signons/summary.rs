//! The counts on a statement's page: signers by kind, country and status,
//! and the invitations sent and answered.

use super::*;

/// One bar of a chart: a label and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    pub key: String,
    pub label: String,
    pub count: u32,
}

/// A statement's dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Confirmed endorsements by organizations.
    pub organizations: u32,
    /// Confirmed endorsements by individuals.
    pub individuals: u32,
    /// Countries among the confirmed.
    pub countries: u32,
    pub pending: u32,
    pub confirmed: u32,
    pub rejected: u32,
    pub withdrawn: u32,
    pub goal: Option<u32>,
    pub deadline: Option<String>,
    /// Confirmed endorsements of an earlier text than the current one.
    pub outdated: u32,
    pub by_country: Vec<Tally>,
    pub by_sector: Vec<Tally>,
    pub invitations: crate::signons::invitations::InvitationCounts,
}

/// Where a statement stands; a translation stands where its original does.
pub fn summary(conn: &Connection, statement_id: &str) -> Result<Summary> {
    let home = statements::sign_on_home(conn, statement_id)?;
    let statement_id = home.as_str();
    let statement = statements::get(conn, statement_id)?;
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT status, count(*) FROM endorsements
          WHERE statement_id = ?1 AND deleted_at IS NULL GROUP BY status",
    )?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (status, n): (String, u32) = row?;
        counts.insert(status, n);
    }
    let count = |s: EndorsementStatus| counts.get(s.as_str()).copied().unwrap_or(0);
    let confirmed_where = "statement_id = ?1 AND deleted_at IS NULL AND status = 'confirmed'";
    let (organizations, individuals, countries): (u32, u32, u32) = conn.query_row(
        &format!(
            "SELECT count(*) FILTER (WHERE kind = 'organization'),
                    count(*) FILTER (WHERE kind = 'individual'),
                    count(DISTINCT country_code)
               FROM endorsements WHERE {confirmed_where}"
        ),
        [statement_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut by_country = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT coalesce(country_code, ''), count(*) FROM endorsements WHERE {confirmed_where}
          GROUP BY 1 ORDER BY 2 DESC, 1"
    ))?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (code, count): (String, u32) = row?;
        let label = countries::by_code(&code).map_or(String::new(), |c| c.en.to_string());
        by_country.push(Tally {
            key: code,
            label,
            count,
        });
    }
    // Ties in the order a reader looks for them: by name.
    by_country.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    let mut by_sector = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT coalesce(nullif(trim(o.sector), ''), ''), count(*)
           FROM endorsements e LEFT JOIN organizations o ON o.id = e.organization_id
          WHERE e.{} GROUP BY 1 ORDER BY 2 DESC, 1",
        confirmed_where.replace(" AND ", " AND e.")
    ))?;
    for row in stmt.query_map([statement_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (sector, count): (String, u32) = row?;
        by_sector.push(Tally {
            key: sector.clone(),
            label: sector,
            count,
        });
    }
    Ok(Summary {
        organizations,
        individuals,
        countries,
        pending: count(EndorsementStatus::Pending),
        confirmed: count(EndorsementStatus::Confirmed),
        rejected: count(EndorsementStatus::Rejected),
        withdrawn: count(EndorsementStatus::Withdrawn),
        goal: statement.signatory_goal,
        deadline: statement.deadline,
        outdated: outdated(conn, statement_id)?.len() as u32,
        by_country,
        by_sector,
        invitations: crate::signons::invitations::counts(conn, statement_id)?,
    })
}

// Signatories, as exports print them -----------------------------------------
