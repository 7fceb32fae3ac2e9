//! Any text through the field rules: no panic, and what is accepted obeys
//! the rules (no control characters, no direction overrides, within limits).
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersigned_core::text::{self, Field, LIMITS};

fuzz_target!(|data: &str| {
    if let Ok(line) = text::clean_line(Field::Title, data) {
        assert!(!line.chars().any(|c| c.is_control() || text::is_direction_control(c)));
        assert!(line.chars().count() <= LIMITS.title as usize);
        // One rule for the ends of every field: no Unicode space, no zero-width character.
        let blank = |c: char| c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}');
        assert_eq!(line, line.trim_matches(blank));
        assert_eq!(text::clean_line(Field::Title, &line).ok().as_ref(), Some(&line), "cleaning twice changes nothing");
    }
    if let Ok(block) = text::clean_block(Field::Body, data) {
        assert!(!block.contains('\r'));
        assert!(!block.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || text::is_direction_control(c)));
    }
    if let Ok(tag) = text::clean_language(data) {
        assert_eq!(text::clean_language(&tag).ok().as_ref(), Some(&tag), "a cleaned tag is stable");
        assert!(tag.is_ascii());
    }
    let shown = text::for_terminal(data);
    assert!(!shown.chars().any(|c| c.is_control() || text::is_direction_control(c)));
});
