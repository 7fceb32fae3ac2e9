//! `--map COLUMN=FIELD`: the organizer's corrections to a guessed column mapping.

use undersigned_core::error::{ErrorCode, ErrorReport};

use crate::output::failed;

/// Applies each `--map` entry to `mapping` (one field per column of
/// `headers`). A column is named by its header or its 1-based number; a
/// field given to one column is taken from any other, which gets `ignore`.
pub fn apply<F: Copy + PartialEq>(
    headers: &[String],
    mapping: &mut [F],
    entries: &[String],
    parse: fn(&str) -> Option<F>,
    names: &[&str],
    ignore: F,
) -> Result<(), ErrorReport> {
    for entry in entries {
        let Some((column, field)) = entry.rsplit_once('=') else {
            return Err(failed(
                ErrorCode::Invalid,
                format!(
                    "--map {entry:?}: write it as COLUMN=FIELD, e.g. --map \"Nombre=organization\""
                ),
            ));
        };
        let field = parse(field).ok_or_else(|| {
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
        for m in mapping.iter_mut().filter(|m| **m == field) {
            *m = ignore;
        }
        mapping[index] = field;
    }
    Ok(())
}
