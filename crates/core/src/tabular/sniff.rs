//! What a file really is, whatever its name says: binary formats refused,
//! zip containers told apart, spreadsheets handed to their reader.

use super::*;

/// What a file that is neither text nor a spreadsheet looks like.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let starts = |sig: &[u8]| bytes.starts_with(sig);
    if starts(b"%PDF") {
        Some("a PDF document")
    } else if starts(b"\x89PNG") || starts(b"\xFF\xD8\xFF") || starts(b"GIF8") {
        Some("an image")
    } else if starts(b"SQLite format 3\0") {
        Some("a database")
    } else if starts(b"\x1F\x8B") || starts(b"7z\xBC\xAF") || starts(b"Rar!") {
        Some("a compressed archive")
    } else {
        // Text has few control bytes; UTF-16 is decoded before this matters.
        let sample = &bytes[..bytes.len().min(4096)];
        let odd = sample
            .iter()
            .filter(|b| **b < 0x09 || (**b > 0x0D && **b < 0x20 && **b != 0x1B))
            .count();
        let zeros = sample.iter().filter(|b| **b == 0).count();
        let utf16ish = zeros * 3 > sample.len() && zeros * 3 < sample.len() * 2;
        (odd * 10 > sample.len() && !utf16ish && bom_encoding(bytes).is_none())
            .then_some("binary data")
    }
}

/// Which spreadsheet a zip archive holds, after checking it unpacks to a
/// sane size.
pub(super) fn zip_format(file: &str, bytes: &[u8]) -> Result<Kind, ReadError> {
    let not = |what| ReadError::NotATable {
        file: file.into(),
        what,
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not("a damaged ZIP archive"))?;
    let mut total: u64 = 0;
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|_| not("a damaged ZIP archive"))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        total = total.saturating_add(size);
        if size > 10 * 1024 * 1024 && size / packed > 200 {
            return Err(ReadError::ZipBomb {
                file: file.into(),
                detail: format!(
                    "{name} packs {} MB into {} KB",
                    size / 1_000_000,
                    packed / 1000
                ),
            });
        }
        names.push(name);
    }
    if total > MAX_UNZIPPED_BYTES {
        return Err(ReadError::ZipBomb {
            file: file.into(),
            detail: format!("{} MB in all", total / 1_000_000),
        });
    }
    if names.iter().any(|n| n == "xl/workbook.xml") {
        return Ok(Kind::Xlsx);
    }
    if names.iter().any(|n| n == "xl/workbook.bin") {
        return Ok(Kind::Xlsb);
    }
    if names.iter().any(|n| n == "mimetype") {
        let mut kind = String::new();
        if let Ok(mut entry) = archive.by_name("mimetype") {
            let _ = entry.by_ref().take(200).read_to_string(&mut kind);
        }
        if kind.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
            return Ok(Kind::Ods);
        }
        if kind.contains("opendocument.text") {
            return Err(not("a text document"));
        }
    }
    if names.iter().any(|n| n.starts_with("word/")) {
        return Err(not("a Word document"));
    }
    Err(not("a ZIP archive"))
}

pub(super) fn spreadsheet(file: &str, bytes: &[u8], kind: Kind) -> Result<Table, ReadError> {
    let format = match kind {
        Kind::Xlsx | Kind::Xlsb => Format::Xlsx,
        Kind::Ods => Format::Ods,
        Kind::Xls => Format::Xls,
    };
    let sheet = spreadsheets::read(file, bytes, kind)?;
    let mut table = into_table(file, format, sheet.records)?;
    table.warnings = sheet.warnings;
    Ok(table)
}

// vCards --------------------------------------------------------------------
