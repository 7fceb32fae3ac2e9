use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::statements::{
    self, NewStatement, StatementError, StatementPatch, StatementStatus,
};
use undersigned_core::text::{LIMITS, TextError};

use crate::temp_db;

fn new(title: &str) -> NewStatement {
    NewStatement {
        title: title.into(),
        ..Default::default()
    }
}

/// Every behaviour is checked on both kinds of store the app uses.
fn stores() -> Vec<(Store, Option<tempfile::TempDir>)> {
    let (dir, path) = temp_db();
    vec![
        (Store::open_in_memory().expect("memory"), None),
        (Store::open(&path).expect("file"), Some(dir)),
    ]
}

#[test]
fn create_then_get_returns_a_draft_with_id_and_timestamps() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(
            &mut store,
            &NewStatement {
                title: "  Justice for migrant workers ".into(),
                subtitle: Some(" On International Migrants Day ".into()),
                language: Some("es".into()),
            },
        )
        .expect("create");
        assert_eq!(made.title, "Justice for migrant workers");
        assert_eq!(made.subtitle, "On International Migrants Day");
        assert_eq!(made.language, "es");
        assert_eq!(made.status, StatementStatus::Draft);
        assert_eq!(made.deleted_at, None);
        let uuid = uuid_version(&made.id);
        assert_eq!(uuid, Some('7'), "id {} is a UUID v7", made.id);
        assert!(
            made.created_at.ends_with('Z') && made.created_at.len() == 24,
            "{}",
            made.created_at
        );
        assert_eq!(made.created_at, made.updated_at);

        let got = statements::get(store.conn(), &made.id).expect("get");
        assert_eq!(got, made);
    }
}

fn uuid_version(id: &str) -> Option<char> {
    let parts: Vec<&str> = id.split('-').collect();
    if parts.len() != 5 || id.len() != 36 {
        return None;
    }
    parts[2].chars().next()
}

#[test]
fn language_defaults_to_english() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("A")).expect("create");
        assert_eq!(made.language, "en");
    }
}

#[test]
fn list_shows_live_statements_newest_change_first() {
    for (mut store, _dir) in stores() {
        let a = actions::statements::create(&mut store, &new("Alpha")).expect("a");
        let b = actions::statements::create(&mut store, &new("Beta")).expect("b");
        let c = actions::statements::create(&mut store, &new("Gamma")).expect("c");
        // Renaming A makes it the most recently changed.
        std::thread::sleep(std::time::Duration::from_millis(3));
        actions::statements::update(
            &mut store,
            &a.id,
            &StatementPatch {
                title: Some("Alpha, renamed".into()),
                ..Default::default()
            },
        )
        .expect("rename");
        actions::statements::delete(&mut store, &b.id).expect("delete");

        let titles: Vec<String> = statements::list(store.conn())
            .expect("list")
            .into_iter()
            .map(|s| s.title)
            .collect();
        assert_eq!(titles, vec!["Alpha, renamed".to_string(), c.title.clone()]);
        let trash = statements::list_trash(store.conn()).expect("trash");
        assert_eq!(trash.len(), 1);
        assert_eq!(trash[0].id, b.id);
    }
}

#[test]
fn rename_changes_title_and_update_time_only() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Draft title")).expect("create");
        std::thread::sleep(std::time::Duration::from_millis(3));
        let renamed = actions::statements::update(
            &mut store,
            &made.id,
            &StatementPatch {
                title: Some("Final title".into()),
                ..Default::default()
            },
        )
        .expect("rename");
        assert_eq!(renamed.title, "Final title");
        assert_eq!(renamed.created_at, made.created_at);
        assert!(renamed.updated_at > made.updated_at);
        assert_eq!(renamed.subtitle, made.subtitle);
    }
}

#[test]
fn an_update_that_changes_nothing_keeps_the_update_time() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Same")).expect("create");
        std::thread::sleep(std::time::Duration::from_millis(3));
        let again = actions::statements::update(
            &mut store,
            &made.id,
            &StatementPatch {
                title: Some(" Same ".into()),
                ..Default::default()
            },
        )
        .expect("update");
        assert_eq!(again.updated_at, made.updated_at);
    }
}

#[test]
fn bad_titles_are_refused_without_changing_the_row() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Keep me")).expect("create");
        let err = actions::statements::update(
            &mut store,
            &made.id,
            &StatementPatch {
                title: Some("   ".into()),
                ..Default::default()
            },
        )
        .expect_err("blank title");
        assert!(matches!(err, StatementError::EmptyTitle));
        assert_eq!(
            statements::get(store.conn(), &made.id).expect("get").title,
            "Keep me"
        );

        let err =
            actions::statements::create(&mut store, &new(&"x".repeat(1000))).expect_err("too long");
        assert!(matches!(
            err,
            StatementError::Text(TextError::TooLong { chars: 1000, .. })
        ));
        assert_eq!(statements::list(store.conn()).expect("list").len(), 1);
    }
}

#[test]
fn every_text_field_refuses_control_characters_and_keeps_the_old_value() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Clean title")).expect("create");
        let escape = "Red \u{1b}[31malert";
        for patch in [
            StatementPatch {
                title: Some(escape.into()),
                ..Default::default()
            },
            StatementPatch {
                subtitle: Some(escape.into()),
                ..Default::default()
            },
            StatementPatch {
                place: Some("Gen\0eva".into()),
                ..Default::default()
            },
        ] {
            let err =
                actions::statements::update(&mut store, &made.id, &patch).expect_err("refused");
            assert!(
                matches!(
                    err,
                    StatementError::Text(TextError::ControlCharacter { .. })
                ),
                "{err:?}"
            );
        }
        let kept = statements::get(store.conn(), &made.id).expect("get");
        assert_eq!(
            (
                kept.title.as_str(),
                kept.subtitle.as_str(),
                kept.place.as_str()
            ),
            ("Clean title", "", "")
        );

        let err = actions::statements::create(
            &mut store,
            &NewStatement {
                title: "Fine".into(),
                subtitle: Some("\u{9b}2J".into()),
                ..Default::default()
            },
        )
        .expect_err("C1 control in the subtitle");
        assert!(err.to_string().contains("U+009B"), "{err}");
        assert_eq!(
            statements::list(store.conn()).expect("list").len(),
            1,
            "nothing stored"
        );
    }
}

#[test]
fn direction_overrides_never_reach_the_file() {
    for (mut store, _dir) in stores() {
        let made =
            actions::statements::create(&mut store, &new("Report\u{202E}fdp.exe")).expect("create");
        assert_eq!(made.title, "Reportfdp.exe");
        let raw: String = store
            .conn()
            .query_row(
                "SELECT title FROM statements WHERE id = ?1",
                [&made.id],
                |r| r.get(0),
            )
            .expect("raw title");
        assert!(!raw.contains('\u{202E}'));
    }
}

#[test]
fn languages_must_be_bcp47_tags_and_are_cased() {
    for (mut store, _dir) in stores() {
        let with = |language: &str| NewStatement {
            title: "T".into(),
            language: Some(language.into()),
            ..Default::default()
        };
        assert_eq!(
            actions::statements::create(&mut store, &with("pt-br"))
                .expect("pt-br")
                .language,
            "pt-BR"
        );
        let err = actions::statements::create(&mut store, &with("English"))
            .expect_err("a name, not a tag");
        assert!(
            matches!(err, StatementError::Text(TextError::BadLanguage { .. })),
            "{err:?}"
        );
        assert!(err.to_string().contains("BCP 47"), "{err}");
    }
}

#[test]
fn subtitle_and_place_have_limits_in_characters() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Limits")).expect("create");
        let at_limit = StatementPatch {
            subtitle: Some("ü".repeat(LIMITS.subtitle as usize)),
            place: Some("山".repeat(LIMITS.place as usize)),
            ..Default::default()
        };
        actions::statements::update(&mut store, &made.id, &at_limit).expect("at the limit fits");
        let over = StatementPatch {
            place: Some("山".repeat(LIMITS.place as usize + 1)),
            ..Default::default()
        };
        let err = actions::statements::update(&mut store, &made.id, &over).expect_err("over");
        assert!(
            err.to_string()
                .contains(&format!("keep it to {}", LIMITS.place)),
            "{err}"
        );
    }
}

#[test]
fn delete_moves_to_trash_and_restore_brings_back() {
    for (mut store, _dir) in stores() {
        let made = actions::statements::create(&mut store, &new("Temporary")).expect("create");
        let deleted = actions::statements::delete(&mut store, &made.id).expect("delete");
        assert!(deleted.deleted_at.is_some());
        assert!(statements::list(store.conn()).expect("list").is_empty());
        // Still readable: a deleted statement is in the trash, not gone.
        assert_eq!(
            statements::get(store.conn(), &made.id).expect("get").title,
            "Temporary"
        );

        let err = actions::statements::delete(&mut store, &made.id).expect_err("twice");
        assert!(matches!(err, StatementError::InTrash { .. }));
        let err = actions::statements::update(
            &mut store,
            &made.id,
            &StatementPatch {
                title: Some("x".into()),
                ..Default::default()
            },
        )
        .expect_err("edit in trash");
        assert!(matches!(err, StatementError::InTrash { .. }));

        let restored = actions::statements::restore(&mut store, &made.id).expect("restore");
        assert_eq!(restored.deleted_at, None);
        assert_eq!(restored.title, "Temporary");
        assert_eq!(statements::list(store.conn()).expect("list").len(), 1);
        assert!(
            statements::list_trash(store.conn())
                .expect("trash")
                .is_empty()
        );
    }
}

#[test]
fn unknown_ids_are_not_found() {
    for (mut store, _dir) in stores() {
        for result in [
            statements::get(store.conn(), "nope").map(|_| ()),
            actions::statements::delete(&mut store, "nope").map(|_| ()),
            actions::statements::restore(&mut store, "nope").map(|_| ()),
            actions::statements::update(&mut store, "nope", &StatementPatch::default()).map(|_| ()),
        ] {
            assert!(
                matches!(&result, Err(StatementError::NotFound { id }) if id == "nope"),
                "got {result:?}"
            );
        }
    }
}

#[test]
fn names_in_many_scripts_round_trip() {
    for (mut store, _dir) in stores() {
        for title in [
            "بيان مشترك",
            "联合声明",
            "Déclaration commune",
            "Спільна заява",
            "संयुक्त वक्तव्य",
        ] {
            let made = actions::statements::create(&mut store, &new(title)).expect("create");
            assert_eq!(
                statements::get(store.conn(), &made.id).expect("get").title,
                title
            );
        }
    }
}
