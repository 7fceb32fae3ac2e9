//! Who signs the messages: the organizer's name and organization, set in
//! Settings and kept in the settings table. They close every message and
//! name its sender.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::signons::Result;
use crate::store::clock::{new_id, now};
use crate::text::{self, Field};

const NAME: &str = "outreach.sender_name";
const ORGANIZATION: &str = "outreach.sender_organization";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    /// The organizer's name.
    pub name: String,
    /// The organization they write for.
    pub organization: String,
}

impl Sender {
    /// The lines that close a message, the name first.
    pub fn sign_off(&self) -> Vec<&str> {
        [self.name.as_str(), self.organization.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The name shown with the sender's address: the organizer's name, or
    /// the organization's when no name is set.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            &self.organization
        } else {
            &self.name
        }
    }
}

fn setting(conn: &Connection, key: &str) -> Result<String> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?
        .unwrap_or_default())
}

/// The sender as Settings keeps it; empty fields when never set.
pub fn sender(conn: &Connection) -> Result<Sender> {
    Ok(Sender {
        name: setting(conn, NAME)?,
        organization: setting(conn, ORGANIZATION)?,
    })
}

/// Keeps the sender's name and organization, cleaned as names are.
pub fn set_sender(conn: &Connection, sender: &Sender) -> Result<Sender> {
    let name = text::clean_line(Field::Name, &sender.name)?;
    let organization = text::clean_line(Field::Name, &sender.organization)?;
    let at = now(conn)?;
    for (key, value) in [(NAME, &name), (ORGANIZATION, &organization)] {
        conn.execute(
            "INSERT INTO settings (id, key, value, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (key) DO UPDATE SET value = ?3, updated_at = ?4",
            (new_id(), key, value, &at),
        )?;
    }
    self::sender(conn)
}
