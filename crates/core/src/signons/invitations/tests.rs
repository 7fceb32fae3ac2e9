use super::*;

#[test]
fn merge_fields_fill_and_unknown_ones_stay() {
    let filled = fill(
        "Dear {{contact_name}}, sign {{ statement_title }} by {{deadline}} {{nope}} {{",
        &[
            ("contact_name", "Ana"),
            ("statement_title", "Stop"),
            ("deadline", "2026-12-18"),
        ],
    );
    assert_eq!(filled, "Dear Ana, sign Stop by 2026-12-18 {{nope}} {{");
    assert_eq!(fields_in("{{a}} x {{ b }}"), vec!["a", "b"]);
}

#[test]
fn file_stems_are_safe_from_any_name() {
    assert_eq!(safe_file_stem("../../etc/passwd"), "etc-passwd");
    assert_eq!(safe_file_stem("CON"), "message-CON");
    assert_eq!(safe_file_stem("a:b/c\\d"), "a-b-c-d");
    assert_eq!(safe_file_stem("…"), "message");
    assert_eq!(safe_file_stem("Asociación Ñandú"), "Asociación-Ñandú");
    // A long title is cut between words, and keeps as much as fits.
    let long = "Declaración conjunta de las organizaciones de la sociedad civil sobre los derechos de la población migrante";
    let stem = safe_file_stem(long);
    assert!(stem.chars().count() <= 80, "{stem}");
    assert!(stem.chars().count() > 60, "{stem}");
    assert!(
        long.replace(' ', "-").starts_with(&format!("{stem}-")),
        "cut between words: {stem}"
    );
}

#[test]
fn mailto_parts_are_percent_encoded() {
    assert_eq!(percent("a b&c=d?é"), "a%20b%26c%3Dd%3F%C3%A9");
}
