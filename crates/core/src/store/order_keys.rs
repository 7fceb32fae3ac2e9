//! Names' places in their language's order, stored as sort keys
//! (`order_key` columns, step 9): core's `order_key(name, language)` SQL
//! function writes them, registered on every connection that writes, and
//! the whole file's keys are written again when it opens with keys from
//! another collation version ([`KEYS_VERSION`]).

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension, params};

use crate::text::collation::{self, KEYS_VERSION};

/// Where `local_state` keeps which version wrote the keys.
const STATE_KEY: &str = "order_keys";

/// Registers `order_key(name, language)`; a NULL language is the root order.
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "order_key",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let name: String = ctx.get(0)?;
            let language: Option<String> = ctx.get(1)?;
            Ok(collation::key(&name, language.as_deref().unwrap_or("")))
        },
    )
}

/// Writes every stored key again when the file's keys come from another
/// collation version or were never written (a file just brought to step 9),
/// in one transaction.
pub(crate) fn bring_up_to_date(conn: &Connection) -> rusqlite::Result<()> {
    let written_by: Option<String> = conn
        .query_row(
            "SELECT value FROM local_state WHERE key = ?1",
            [STATE_KEY],
            |r| r.get(0),
        )
        .optional()?;
    if written_by.as_deref() == Some(KEYS_VERSION) {
        return Ok(());
    }
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         UPDATE endorsements
            SET order_key = order_key(printed_name,
                                      (SELECT language FROM statements s
                                        WHERE s.id = endorsements.statement_id));
         UPDATE organizations SET order_key = order_key(name, '');
         UPDATE people SET order_key = order_key(full_name, '');",
    )?;
    let recorded = conn.execute(
        "INSERT INTO local_state (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![STATE_KEY, KEYS_VERSION],
    );
    match recorded {
        Ok(_) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}
