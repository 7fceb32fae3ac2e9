//! `--map COLUMN=FIELD`: the organizer's corrections to a guessed column mapping.

use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::tabular::columns::{ColumnField, ColumnGuess};
use undersigned_core::text::for_terminal;

use crate::output::failed;

/// Applies each `--map` entry to `guesses` (one per column of `headers`).
/// A column is named by its header or its 1-based number; a field given
/// to one column is taken from any other (which gets `ignore`), except a
/// person's name and notes, which may span several columns.
pub fn apply(
    headers: &[String],
    guesses: &mut [ColumnGuess],
    entries: &[String],
    allowed: &[ColumnField],
) -> Result<(), ErrorReport> {
    let names: Vec<&str> = allowed.iter().map(|f| f.as_str()).collect();
    for entry in entries {
        let Some((column, field)) = entry.rsplit_once('=') else {
            return Err(failed(
                ErrorCode::Invalid,
                format!(
                    "--map {entry:?}: write it as COLUMN=FIELD, e.g. --map \"Nombre=organization\""
                ),
            ));
        };
        let field = ColumnField::parse(field)
            .filter(|f| allowed.contains(f))
            .ok_or_else(|| {
                failed(
                    ErrorCode::Invalid,
                    format!(
                        "--map {entry:?}: no field {field:?}; use one of {}",
                        names.join(", ")
                    ),
                )
            })?;
        let index = match column.trim().parse::<usize>() {
            Ok(n) if n >= 1 && n <= headers.len() => n - 1,
            _ => headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(column.trim()))
                .ok_or_else(|| {
                    failed(
                        ErrorCode::Invalid,
                        format!(
                            "--map {entry:?}: the file has no column {column:?}; its columns are {}",
                            headers.join(", ")
                        ),
                    )
                })?,
        };
        if !matches!(field, ColumnField::Person | ColumnField::Notes) {
            for g in guesses.iter_mut().filter(|g| g.field == field) {
                *g = ColumnGuess {
                    field: ColumnField::Ignore,
                    reason: format!("its field went to column {} by --map", index + 1),
                };
            }
        }
        guesses[index] = ColumnGuess {
            field,
            reason: "--map".into(),
        };
    }
    Ok(())
}

/// The mapping as the report shows it: each column, its field and why.
pub fn describe(headers: &[String], guesses: &[ColumnGuess]) -> String {
    let mut out = String::new();
    for (i, (h, g)) in headers.iter().zip(guesses).enumerate() {
        out.push_str(&format!(
            "  column {} “{}” → {} ({})\n",
            i + 1,
            for_terminal(h),
            g.field,
            for_terminal(&g.reason)
        ));
    }
    out
}
