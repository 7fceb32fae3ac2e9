//! Printing for people and for scripts. Text from the database is shown
//! with control characters escaped; JSON is escaped the same way where a
//! terminal could take a character for a command.

use std::io::Write;

use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::text::is_direction_control;

pub fn failed(code: ErrorCode, message: impl std::fmt::Display) -> ErrorReport {
    ErrorReport {
        code,
        message: message.to_string(),
        key: None,
        params: Default::default(),
    }
}

/// `2026-11-28T04:02:02.123Z` → `2026-11-28 04:02`.
pub fn short_time(stamp: &str) -> String {
    stamp.get(..16).unwrap_or(stamp).replacen('T', " ", 1)
}

pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<(), ErrorReport> {
    let text = serde_json::to_string_pretty(value).map_err(|e| failed(ErrorCode::Internal, e))?;
    print_text(&format!("{}\n", escape_json_controls(&text)))
}

/// serde_json escapes C0 controls but passes C1 controls and direction
/// overrides through raw. They can only stand inside JSON strings, where
/// `\uXXXX` means the same to a parser and nothing to a terminal.
pub fn escape_json_controls(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let layout = matches!(c, '\n' | '\t');
        if (c.is_control() && !layout) || is_direction_control(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn print_text(text: &str) -> Result<(), ErrorReport> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(failed(
            ErrorCode::Internal,
            format!("cannot write output: {e}"),
        )),
    }
}

/// What a file read may not show as its app does (formula cells without a
/// saved value): said on stderr, so a script's stdout stays its answer.
pub fn warn_about(warnings: &[String]) {
    for warning in warnings {
        eprintln!(
            "undersigned-cli: warning: {}",
            undersigned_core::text::for_terminal(warning)
        );
    }
}
