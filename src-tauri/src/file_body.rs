//! A file the page hands over (one the organizer chose in the page's file
//! field): its bytes as the raw body of the call, not a JSON array of
//! numbers four times its size, and its name, percent-encoded, in the
//! `File-Name` header. The name only labels messages; nothing is opened by it.

use tauri::Runtime;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};

use crate::error::{ApiError, ErrorCode};

/// The header that carries the file's name.
pub const FILE_NAME_HEADER: &str = "file-name";

/// A file's name and bytes, taken from the call itself.
#[derive(Debug)]
pub struct FileBody {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl<'de, R: Runtime> CommandArg<'de, R> for FileBody {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let InvokeBody::Raw(bytes) = command.message.payload() else {
            return Err(refused("the file must come as the raw body of the call").into());
        };
        let name = command
            .message
            .headers()
            .get(FILE_NAME_HEADER)
            .and_then(|v| v.to_str().ok())
            .and_then(percent_decode)
            .filter(|n| !n.is_empty())
            .ok_or_else(|| refused("the file's name is missing from the call"))?;
        Ok(FileBody {
            name,
            bytes: bytes.clone(),
        })
    }
}

fn refused(message: &str) -> ApiError {
    ApiError::new(ErrorCode::Invalid, message)
}

/// `encodeURIComponent`'s output back to text; `None` when it is not that.
fn percent_decode(encoded: &str) -> Option<String> {
    let mut out = Vec::with_capacity(encoded.len());
    let mut bytes = encoded.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn names_in_any_script_survive_the_header() {
        // encodeURIComponent("firmas ñ (2).csv") and of an Arabic name.
        assert_eq!(
            percent_decode("firmas%20%C3%B1%20(2).csv").as_deref(),
            Some("firmas ñ (2).csv")
        );
        assert_eq!(
            percent_decode("%D8%AA%D9%88%D9%82%D9%8A%D8%B9.xlsx").as_deref(),
            Some("توقيع.xlsx")
        );
        assert_eq!(percent_decode("broken%2"), None);
        assert_eq!(percent_decode("%FF.csv"), None, "not UTF-8");
    }
}
