use super::*;

#[test]
fn names_fold_case_accents_and_punctuation() {
    assert_eq!(
        fold("Asociación  de Mujeres-Migrantes!"),
        "asociacion de mujeres migrantes"
    );
    assert_eq!(fold("ÖSTERREICH"), "osterreich");
    assert_eq!(fold("l'Association"), "l association");
}

#[test]
fn name_keys_drop_articles_and_legal_forms() {
    assert_eq!(
        name_key("The Mission for Migrant Workers Ltd."),
        name_key("Mission for Migrant Workers")
    );
    assert_eq!(
        name_key("Asociación Pro Derechos, A.C."),
        "asociacion pro derechos"
    );
    // A name that is only an article keeps it.
    assert_eq!(name_key("The"), "the");
}

#[test]
fn initials_give_both_acronym_forms() {
    assert_eq!(initials("Mission for Migrant Workers"), vec!["mfmw", "mmw"]);
    assert!(initials("Oxfam").is_empty());
}

#[test]
fn typed_words_never_become_query_syntax() {
    assert_eq!(
        prefix_query("sao \"pau"),
        Some("\"sao\"* AND \"pau\"*".into())
    );
    assert_eq!(prefix_query("  - * "), None);
    assert_eq!(inside_query("移民工"), Some("\"移民工\"".into()));
    assert_eq!(inside_query("abc"), None);
}
