//! Sign-on intake on lines and rows of the shapes real lists and forms
//! have, through to what every export prints.

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::actions::export::Signing;
use undersigned_core::contacts::{self, OrganizationInput};
use undersigned_core::export::{self, ExportFormat, ExportOptions, GroupBy};
use undersigned_core::signons::intake::{self, IntakeOptions, IntakeOutcome, IntakePlan};
use undersigned_core::signons::{
    self, EndorsementKind, EndorsementQuery, EndorsementStatus as S, Visibility,
};
use undersigned_core::statements::NewStatement;
use undersigned_core::tabular;

use crate::temp_db;

fn statement(store: &mut Store) -> String {
    actions::statements::create(
        store,
        &NewStatement {
            title: "Decent work for migrant workers".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn org(store: &mut Store, name: &str, short: &str, country: &str) -> String {
    actions::contacts::create_organization(
        store,
        &OrganizationInput {
            name: name.into(),
            short_name: short.into(),
            country: country.into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

/// The form shape the README shows, with the header words a form service
/// writes for each question.
const FORM: &str = "Timestamp,Email Address,Name of your organization,Country,Are you endorsing as an organization or an individual?,Name of contact person,Position / Affiliation,May we publish your name?\r\n\
2026/11/20 10:15:00 AM GMT,info@kalayaan.org.uk,Kalayaan,United Kingdom,Organization,Marissa Begonia,Director,\r\n\
2026/11/20 11:00:00 AM GMT,red@example.org,Red de Mujeres Migrantes,Perú,Organización,Ana Pérez,Coordinadora,\r\n\
2026/11/20 11:05:00 AM GMT,ed@example.org,,Kenya,Individual,Wanjiru Kamau,\"Executive Director, Shelter Network\",\r\n\
2026/11/20 11:10:00 AM GMT,prof@example.org,,Chile,Individual,Luis Soto,\"Associate Professor, University of Santiago\",\r\n\
2026/11/20 11:20:00 AM GMT,ceo@example.org,,Germany,Individual,Petra Lang,\"CEO, Acme & Beta Labs\",\r\n\
2026/11/20 11:30:00 AM GMT,res@example.org,,France,Individual,Claire Dubois,\"Researcher, Institut Y & Lecturer, College Z\",\r\n\
2026/11/20 11:40:00 AM GMT,ind@example.org,,Spain,Individual,Jordi Puig,Independent researcher,\r\n\
2026/11/20 11:45:00 AM GMT,dean@example.org,,Canada,Individual,Mary Smith,\"Dean, Smith Hall, Springfield\",\r\n\
2026/11/20 11:50:00 AM GMT,named@example.org,,Brazil,Individual,Joana Silva,\"Lawyer, Rede Migra\",Yes\r\n\
2026/11/20 11:55:00 AM GMT,no@example.org,,Mexico,Individual,Rosa Hidden,\"Organizer, Casa del Migrante\",No\r\n\
2026/11/20 12:00:00 PM GMT,quiet@example.org,Quiet Collective,Italy,Organization,Gino,,No\r\n\
2026/11/20 12:05:00 PM GMT,sin@example.org,Solidarity Network – West Africa,Ghana,Organization,Kofi,,\r\n\
2026/11/20 12:10:00 PM GMT,dash@example.org,Instituto Equidad - Gender,Chile,Organization,,,\r\n\
2026/11/20 12:15:00 PM GMT,cmr@example.org,Coalition for Migrant Rights (CMR),Lebanon,Organization,,,\r\n\
2026/11/20 12:20:00 PM GMT,typo@example.org,Migrant Care,Phillipines,Organization,,,\r\n\
2026/11/20 12:25:00 PM GMT,two@example.org,Caritas Europa,\"France, Belgium\",Organization,,,\r\n";

fn form_plan(
    store: &Store,
    st: &str,
    options: &IntakeOptions,
) -> (Vec<intake::IntakeRow>, IntakePlan) {
    let table = tabular::read_bytes("responses.csv", FORM.as_bytes()).unwrap();
    let mapping = intake::guess_mapping(&table);
    let rows = intake::rows_of_table(&table, &mapping).unwrap();
    let plan = intake::plan(store.conn(), st, &rows, options).unwrap();
    (rows, plan)
}

fn planned<'a>(plan: &'a IntakePlan, name: &str) -> &'a intake::PlannedIntake {
    plan.rows
        .iter()
        .find(|r| r.input.name == name)
        .unwrap_or_else(|| panic!("no row {name}"))
}

#[test]
fn the_readme_form_shape_imports_every_row_as_sent() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let (_, plan) = form_plan(&store, &st, &IntakeOptions::default());
    assert_eq!(plan.invalid, 0, "{:?}", plan.rows);
    assert_eq!(plan.new, 16);
    assert_eq!(plan.nothing_to_add, None);
    let kalayaan = planned(&plan, "Kalayaan");
    assert_eq!(kalayaan.input.kind, Some(EndorsementKind::Organization));
    assert_eq!(kalayaan.input.notes, "Contact: Marissa Begonia (Director)");
    assert_eq!(kalayaan.input.received_on, "2026-11-20");
    // Dashes that do not lead to a country stay in the name.
    assert_eq!(
        planned(&plan, "Solidarity Network – West Africa").country,
        "Ghana"
    );
    assert_eq!(
        planned(&plan, "Instituto Equidad - Gender").country,
        "Chile"
    );
    // The acronym stays printed and is kept as the contact's acronym.
    let cmr = planned(&plan, "Coalition for Migrant Rights (CMR)");
    assert_eq!(
        cmr.listed.as_ref().unwrap().name,
        "Coalition for Migrant Rights (CMR)"
    );
    // A misspelt country resolves and says so; two countries keep the rest.
    let typo = planned(&plan, "Migrant Care");
    assert_eq!(typo.country_code.as_deref(), Some("PH"));
    assert!(
        typo.notes
            .iter()
            .any(|n| n.contains("“Phillipines” read as Philippines"))
    );
    let two = planned(&plan, "Caritas Europa");
    assert_eq!(
        (two.country.as_str(), two.country_code.as_deref()),
        ("France, Belgium", Some("FR"))
    );

    let mut store = store;
    let done = crate::take_in(
        &mut store,
        &st,
        &form_rows(),
        &IntakeOptions {
            confirm: true,
            ..Default::default()
        },
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(done.added, 16);
    let found = contacts::search(store.conn(), "Coalition for Migrant Rights", 5).unwrap();
    let cmr = contacts::organization(store.conn(), &found[0].id).unwrap();
    assert_eq!(
        (cmr.name.as_str(), cmr.short_name.as_str()),
        ("Coalition for Migrant Rights", "CMR")
    );
}

fn form_rows() -> Vec<intake::IntakeRow> {
    let table = tabular::read_bytes("responses.csv", FORM.as_bytes()).unwrap();
    let mapping = intake::guess_mapping(&table);
    intake::rows_of_table(&table, &mapping).unwrap()
}

#[test]
fn a_mapping_that_leaves_every_row_out_says_what_to_remap() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let table = tabular::read_bytes("responses.csv", FORM.as_bytes()).unwrap();
    let mut mapping = intake::guess_mapping(&table);
    // The organizer maps the contact column to the person and leaves the
    // organizations' names out: the organizations' rows have no name.
    mapping[2] = undersigned_core::tabular::columns::ColumnField::Ignore;
    let rows = intake::rows_of_table(&table, &mapping).unwrap();
    let organizations_only: Vec<_> = rows
        .into_iter()
        .filter(|r| r.kind == Some(EndorsementKind::Organization) && r.name.is_empty())
        .collect();
    let plan = intake::plan(
        store.conn(),
        &st,
        &organizations_only,
        &IntakeOptions::default(),
    )
    .unwrap();
    let reason = plan.nothing_to_add.clone().expect("nothing to add");
    assert!(
        reason.contains("map the column that holds the names"),
        "{reason}"
    );
    let mut store = store;
    let err = crate::take_in(
        &mut store,
        &st,
        &organizations_only,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap_err();
    assert!(err.to_string().contains("none of the"), "{err}");
}

/// Every export format as text: PDF through pdftotext, DOCX through its
/// Markdown, the others as they are.
fn every_format(store: &mut Store, st: &str, dir: &std::path::Path) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (name, format) in [
        ("pdf", ExportFormat::Pdf),
        ("docx", ExportFormat::Docx),
        ("html", ExportFormat::Html),
        ("fragment", ExportFormat::HtmlFragment),
        ("md", ExportFormat::Markdown),
        ("txt", ExportFormat::Text),
        ("csv", ExportFormat::Csv),
    ] {
        let file = dir.join(format!("statement.{name}"));
        actions::export::save(
            store,
            st,
            format,
            &ExportOptions::default(),
            &file,
            Signing::Unsigned,
        )
        .unwrap();
        let text = match format {
            ExportFormat::Pdf => {
                let o = std::process::Command::new("pdftotext")
                    .args(["-enc", "UTF-8"])
                    .arg(&file)
                    .arg("-")
                    .output()
                    .expect("pdftotext (poppler-utils)");
                String::from_utf8(o.stdout).unwrap()
            }
            ExportFormat::Docx => undersigned_core::statements::documents::docx_to_markdown(
                &std::fs::read(&file).unwrap(),
                "statement.docx",
            )
            .unwrap(),
            _ => String::from_utf8(std::fs::read(&file).unwrap()).unwrap(),
        };
        out.push((name, text.split_whitespace().collect::<Vec<_>>().join(" ")));
    }
    out
}

#[test]
fn every_format_prints_each_signer_only_as_they_chose() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = statement(&mut store);
    let rows = form_rows();
    crate::take_in(
        &mut store,
        &st,
        &rows,
        &IntakeOptions {
            confirm: true,
            ..Default::default()
        },
        &mut |_, _| true,
    )
    .unwrap();
    let printed = [
        "Kalayaan",
        "Red de Mujeres Migrantes",
        "Shelter Network",
        "University of Santiago",
        "Acme & Beta Labs",
        "Institut Y; College Z",
        "Joana Silva",
        "Lawyer, Rede Migra",
        "Coalition for Migrant Rights (CMR)",
        "Solidarity Network – West Africa",
    ];
    // Roles of people listed by organization only, people who said no,
    // those with no organization, and what cannot be split.
    let never = [
        "Wanjiru",
        "Executive Director",
        "Luis Soto",
        "Associate Professor",
        "Petra",
        "CEO",
        "Claire",
        "Researcher",
        "Lecturer",
        "Jordi",
        "Independent",
        "Mary Smith",
        "Smith Hall",
        "Rosa Hidden",
        "Casa del Migrante",
        "Quiet Collective",
        "Marissa",
    ];
    for (format, text) in every_format(&mut store, &st, dir.path()) {
        // Markdown escapes punctuation, HTML the ampersand.
        let text = text.replace('\\', "").replace("&amp;", "&");
        for name in printed {
            assert!(text.contains(name), "{format}: {name} is printed: {text}");
        }
        for hidden in never {
            assert!(
                !text.contains(hidden),
                "{format}: {hidden} is never printed"
            );
        }
    }
    let doc = export::document(store.conn(), &st, GroupBy::Kind).unwrap();
    assert_eq!(doc.signatory_count, 16, "everyone is counted");
}

#[test]
fn the_review_and_the_export_agree_row_for_row() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let options = IntakeOptions {
        confirm: true,
        ..Default::default()
    };
    let (rows, plan) = form_plan(&store, &st, &options);
    let mut reviewed: Vec<(String, String, String)> = plan
        .rows
        .iter()
        .filter(|r| {
            matches!(
                r.outcome,
                IntakeOutcome::New { .. } | IntakeOutcome::Known { .. }
            )
        })
        .filter_map(|r| {
            r.listed
                .as_ref()
                .map(|l| (l.name.clone(), l.affiliation.clone(), r.country.clone()))
        })
        .collect();
    crate::take_in(&mut store, &st, &rows, &options, &mut |_, _| true).unwrap();
    let doc = export::document(store.conn(), &st, GroupBy::Kind).unwrap();
    let mut exported: Vec<(String, String, String)> = doc
        .groups
        .iter()
        .flat_map(|g| g.signatories.iter())
        .map(|s| (s.name.clone(), s.affiliation.clone(), s.country.clone()))
        .collect();
    reviewed.sort();
    exported.sort();
    assert_eq!(reviewed, exported);
    let counted = plan.named + plan.by_organization + plan.counted_only;
    assert_eq!(doc.signatory_count, counted);
    assert_eq!(
        (plan.named, plan.by_organization, plan.counted_only),
        (8, 4, 4),
        "{:?}",
        plan.rows
            .iter()
            .map(|r| (&r.name, r.visibility))
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_visibility_chosen_at_import_lists_people_who_said_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    for (chosen, named, by_org, counted) in [
        (Visibility::Public, 14, 0, 2),
        (Visibility::OrganizationOnly, 8, 4, 4),
        (Visibility::CountedOnly, 8, 0, 8),
    ] {
        let (_, plan) = form_plan(
            &store,
            &st,
            &IntakeOptions {
                visibility: Some(chosen),
                ..Default::default()
            },
        );
        assert_eq!(
            (plan.named, plan.by_organization, plan.counted_only),
            (named, by_org, counted),
            "{chosen:?}"
        );
        // "No" always wins, whatever is chosen.
        assert_eq!(
            planned(&plan, "Rosa Hidden").visibility,
            Visibility::CountedOnly
        );
        assert_eq!(
            planned(&plan, "Quiet Collective").visibility,
            Visibility::CountedOnly
        );
        assert_eq!(planned(&plan, "Joana Silva").visibility, Visibility::Public);
    }
}

#[test]
fn duplicates_are_one_signatory_and_near_ones_are_only_offered() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    org(&mut store, "Attac Germany", "", "DE");
    org(&mut store, "Greenpeace", "", "");
    let apdh = org(
        &mut store,
        "Asamblea Permanente por los Derechos Humanos",
        "APDH",
        "AR",
    );
    let rows = intake::parse_paste(
        "Mothers' Union, Kenya\n\
         MOTHERS UNION\n\
         Mother’s Union – Nairobi, Kenya\n\
         MFMW\n\
         Mission for Migrant Workers, Hong Kong\n\
         Attac Hungary\n\
         Green Space Friends\n\
         APDH",
        EndorsementKind::Organization,
    );
    let plan = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    let outcome = |line: u32| {
        &plan
            .rows
            .iter()
            .find(|r| r.input.row == line)
            .unwrap()
            .outcome
    };
    assert!(
        matches!(outcome(2), IntakeOutcome::Duplicate { first_row: 1 }),
        "{:?}",
        outcome(2)
    );
    assert!(
        matches!(outcome(3), IntakeOutcome::Duplicate { first_row: 1 }),
        "{:?}",
        outcome(3)
    );
    // The kept row gains the city another row adds.
    let kept = plan.rows.iter().find(|r| r.input.row == 1).unwrap();
    assert_eq!(kept.city, "Nairobi");
    // An acronym on one line and the initials of another: flagged, not merged.
    let mfmw = plan.rows.iter().find(|r| r.input.row == 4).unwrap();
    assert!(matches!(mfmw.outcome, IntakeOutcome::New { .. }));
    assert!(
        mfmw.notes
            .iter()
            .any(|n| n.contains("likely the same as row 5")),
        "{:?}",
        mfmw.notes
    );
    // A word that tells them apart, or only a common word: nothing offered.
    for line in [6, 7] {
        assert!(
            matches!(outcome(line), IntakeOutcome::New { candidates } if candidates.is_empty()),
            "line {line}: {:?}",
            outcome(line)
        );
    }
    // A line that is only a known acronym prints the full name with it.
    let known = plan.rows.iter().find(|r| r.input.row == 8).unwrap();
    assert!(
        matches!(&known.outcome, IntakeOutcome::Known { candidate } if candidate.contact_id == apdh)
    );
    assert_eq!(
        known.name,
        "Asamblea Permanente por los Derechos Humanos (APDH)"
    );
}

#[test]
fn the_same_personal_name_elsewhere_stays_two_and_is_offered() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let rows = intake::parse_paste(
        "Maria Santos, Researcher, Universidade de Lisboa, Portugal\n\
         Maria Santos, Lawyer, Casa do Migrante, Brazil",
        EndorsementKind::Individual,
    );
    let plan = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    assert_eq!(plan.new, 2);
    assert!(
        plan.rows[0]
            .notes
            .iter()
            .any(|n| n.contains("possibly the same as row 2"))
    );
    assert!(
        plan.rows[1]
            .notes
            .iter()
            .any(|n| n.contains("possibly the same as row 1"))
    );
}

#[test]
fn sign_ons_through_a_translation_belong_to_the_original() {
    let mut store = Store::open_in_memory().unwrap();
    let original = statement(&mut store);
    let spanish = undersigned_core::actions::drafting::translate(&mut store, &original, "es")
        .unwrap()
        .id;
    let rows = intake::parse_paste("Red de Mujeres, Peru", EndorsementKind::Organization);
    crate::take_in(
        &mut store,
        &spanish,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap();
    let on_original = signons::list(store.conn(), &original, &EndorsementQuery::default()).unwrap();
    assert_eq!(on_original.total, 1);
    assert_eq!(on_original.items[0].statement_id, original);
    let on_translation =
        signons::list(store.conn(), &spanish, &EndorsementQuery::default()).unwrap();
    assert_eq!(
        on_translation.items, on_original.items,
        "read from the original"
    );
    actions::signons::set_status(
        &mut store,
        std::slice::from_ref(&on_original.items[0].id),
        S::Confirmed,
    )
    .unwrap();
    let summary = signons::summary(store.conn(), &spanish).unwrap();
    assert_eq!(summary.organizations, 1);
}

#[test]
fn a_correction_keeps_a_country_kept_as_written_and_every_other_field() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let rows = intake::parse_paste("Red Andina – Chile - Peru", EndorsementKind::Organization);
    let mut store = store;
    crate::take_in(
        &mut store,
        &st,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap();
    let before = signons::list(store.conn(), &st, &EndorsementQuery::default())
        .unwrap()
        .items
        .remove(0);
    let after = actions::signons::correct(
        &mut store,
        &before.id,
        &signons::EndorsementPatch {
            name: Some("Red Andina de Migrantes".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    assert_eq!(after.name, "Red Andina de Migrantes");
    assert_eq!(
        (
            &after.country,
            &after.country_code,
            &after.received_on,
            after.channel,
            after.visibility
        ),
        (
            &before.country,
            &before.country_code,
            &before.received_on,
            before.channel,
            before.visibility
        )
    );
}

#[test]
fn confirming_every_pending_one_can_be_taken_back() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let rows = intake::parse_paste(
        "Kalayaan, UK\nRed de Mujeres, Peru",
        EndorsementKind::Organization,
    );
    crate::take_in(
        &mut store,
        &st,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap();
    let ids = actions::signons::confirm_pending(&mut store, &st).unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(signons::summary(store.conn(), &st).unwrap().confirmed, 2);
    // One is withdrawn meanwhile: taking back leaves it as it is.
    actions::signons::set_status(&mut store, std::slice::from_ref(&ids[0]), S::Withdrawn).unwrap();
    assert_eq!(actions::signons::undo_confirm(&mut store, &ids).unwrap(), 1);
    let summary = signons::summary(store.conn(), &st).unwrap();
    assert_eq!((summary.pending, summary.withdrawn), (1, 1));
    let log = signons::events(store.conn(), &ids[1]).unwrap();
    assert_eq!(log.last().unwrap().to_status, Some(S::Pending));
}

#[test]
fn a_corrected_spelling_can_go_to_the_contact_too() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let rows = intake::parse_paste(
        "Coalition for Migrnt Rights (CMR), Lebanon",
        EndorsementKind::Organization,
    );
    crate::take_in(
        &mut store,
        &st,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap();
    let e = signons::list(store.conn(), &st, &EndorsementQuery::default())
        .unwrap()
        .items
        .remove(0);
    actions::signons::correct(
        &mut store,
        &e.id,
        &signons::EndorsementPatch {
            name: Some("Coalition for Migrant Rights (CMR)".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    let named = actions::signons::name_contact_as_printed(&mut store, &e.id).unwrap();
    assert_eq!(named, "Coalition for Migrant Rights");
    let org = contacts::organization(store.conn(), e.organization_id.as_deref().unwrap()).unwrap();
    assert_eq!(
        (
            org.name.as_str(),
            org.short_name.as_str(),
            org.country.as_deref()
        ),
        ("Coalition for Migrant Rights", "CMR", Some("LB"))
    );
}

#[test]
fn rows_left_out_leave_the_counts_and_a_known_contact_gives_its_country() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let kalayaan = org(&mut store, "Kalayaan", "", "GB");
    let rows = intake::parse_paste(
        "Kalayaan\nRed de Mujeres, Peru\nMigrant Care, Philippines",
        EndorsementKind::Organization,
    );
    let mut options = IntakeOptions::default();
    options.choices.insert(2, intake::Choice::Skip);
    let plan = intake::plan(store.conn(), &st, &rows, &options).unwrap();
    assert_eq!((plan.named, plan.skipped), (2, 1));
    let known = &plan.rows[0];
    assert_eq!(
        (known.country.as_str(), known.country_code.as_deref()),
        ("United Kingdom", Some("GB"))
    );
    // Not the contact found: a new one is made.
    options.choices.insert(1, intake::Choice::New);
    let done = crate::take_in(&mut store, &st, &rows, &options, &mut |_, _| true).unwrap();
    assert_eq!((done.added, done.contacts_created, done.skipped), (2, 2, 1));
    let listed = signons::list(store.conn(), &st, &EndorsementQuery::default()).unwrap();
    assert!(
        listed
            .items
            .iter()
            .all(|e| e.organization_id.as_deref() != Some(kalayaan.as_str()))
    );
    // Leaving every row out adds nothing, and says so.
    let mut all_out = IntakeOptions::default();
    for r in 1..=3 {
        all_out.choices.insert(r, intake::Choice::Skip);
    }
    let plan = intake::plan(store.conn(), &st, &rows, &all_out).unwrap();
    assert!(plan.nothing_to_add.is_some());
}

#[test]
fn a_name_that_is_only_an_acronym_in_parentheses_applies_as_reviewed() {
    // Found by fuzzing: "/(XUA)" reviewed as a new organization, then its
    // name without the acronym ("/") was refused when written.
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store);
    let rows = intake::parse_paste(
        "/(XUA)\n(MFMW)\nMigrant Forum in Asia (MFA)",
        EndorsementKind::Organization,
    );
    let options = IntakeOptions {
        confirm: true,
        ..Default::default()
    };
    let plan = intake::plan(store.conn(), &st, &rows, &options).unwrap();
    assert_eq!(plan.new, 3, "{:?}", plan.rows);
    let applied = store
        .with_tx(|tx| intake::apply(tx, &st, &rows, &options, &mut |_, _| true))
        .unwrap();
    assert_eq!(applied.added, 3);
    let page = contacts::list(store.conn(), &contacts::ContactQuery::default()).unwrap();
    let mut names: Vec<(String, String)> = page
        .rows
        .into_iter()
        .map(|o| (o.name, o.short_name))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            // A line that is only parentheses is a name, not an acronym.
            ("(MFMW)".to_string(), String::new()),
            ("/(XUA)".to_string(), "XUA".to_string()),
            ("Migrant Forum in Asia".to_string(), "MFA".to_string())
        ]
    );
}
