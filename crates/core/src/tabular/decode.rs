//! Text of any encoding a spreadsheet app writes, decoded to UTF-8.

pub(super) fn bom_encoding(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, usize)> {
    encoding_rs::Encoding::for_bom(bytes)
}

/// Decodes text, returning it with the name of the encoding it was read in.
pub(super) fn decode(bytes: &[u8]) -> (String, String) {
    if let Some((encoding, bom)) = bom_encoding(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 with BOM".to_string()
        } else {
            encoding.name().to_string()
        };
        return (text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), "UTF-8".into());
    }
    // UTF-16 without a mark: every other byte is zero in Latin text.
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half > 0 {
        let encoding = if zero_at(1) * 10 > half * 3 {
            Some(encoding_rs::UTF_16LE)
        } else if zero_at(0) * 10 > half * 3 {
            Some(encoding_rs::UTF_16BE)
        } else {
            None
        };
        if let Some(encoding) = encoding {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return (text.into_owned(), encoding.name().to_string());
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name().to_string())
}
