use super::*;

#[test]
fn titles_are_trimmed_and_collapsed() -> Result<()> {
    assert_eq!(
        clean_title("  Stop \n the\tdeportations ")?,
        "Stop the deportations"
    );
    Ok(())
}

#[test]
fn blank_titles_are_refused() {
    assert!(matches!(
        clean_title(" \n\t "),
        Err(StatementError::EmptyTitle)
    ));
}

#[test]
fn title_length_counts_characters_not_bytes() {
    let max = text::LIMITS.title as usize;
    let arabic = "ب".repeat(max);
    assert!(
        clean_title(&arabic).is_ok(),
        "{max} two-byte characters fit"
    );
    let too_long = "ب".repeat(max + 1);
    assert!(matches!(
        clean_title(&too_long),
        Err(StatementError::Text(TextError::TooLong { chars, .. })) if chars == max + 1
    ));
}

#[test]
fn a_title_of_only_direction_marks_is_blank() {
    assert!(matches!(
        clean_title("\u{202E} \u{2066}"),
        Err(StatementError::EmptyTitle)
    ));
}

#[test]
fn status_round_trips_through_text() {
    for status in [
        StatementStatus::Draft,
        StatementStatus::Open,
        StatementStatus::Closed,
        StatementStatus::Published,
    ] {
        assert_eq!(StatementStatus::parse(status.as_str()), Some(status));
    }
    assert_eq!(StatementStatus::parse("archived"), None);
}
