use super::*;

#[test]
fn backup_names_carry_date_and_reason() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir
        .path()
        .join("undersigned-20261128T170509Z-before-migration-2.sqlite3");
    std::fs::write(&path, b"x").unwrap_or_else(|e| panic!("{e}"));
    let info = describe(&path);
    assert_eq!(
        info.map(|i| (i.created_at, i.reason)),
        Some(("2026-11-28T17:05:09Z".into(), BackupReason::BeforeMigration))
    );
    let other = dir.path().join("notes.sqlite3");
    std::fs::write(&other, b"x").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        describe(&other),
        None,
        "other files in the folder are left alone"
    );
}

#[test]
fn weeks_start_on_monday() {
    // 2026-11-23 is a Monday, 2026-11-29 a Sunday.
    assert_eq!(week_number("2026-11-23"), week_number("2026-11-29"));
    assert_eq!(week_number("2026-11-29") + 1, week_number("2026-11-30"));
    assert_eq!(week_number("1970-01-05"), 0);
}
