//! Endorsements, intake and outreach against real stores.

use undersigned_core::Store;
use undersigned_core::actions;
use undersigned_core::contacts::{OrganizationInput, PersonInput};
use undersigned_core::signons::intake::{self, Choice, IntakeOptions, IntakeOutcome};
use undersigned_core::signons::invitations::{self, Audience, InvitationStatus, Purpose};
use undersigned_core::signons::{
    self, EndorsementError, EndorsementKind, EndorsementPatch, EndorsementQuery,
    EndorsementStatus as S, NewEndorsement, SignOnChannel, Visibility,
};
use undersigned_core::statements::{NewStatement, StatementPatch};
use undersigned_core::tabular;

use crate::temp_db;

fn statement(store: &mut Store, body: &str) -> String {
    let id = actions::statements::create(
        store,
        &NewStatement {
            title: "Stop the deportations".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    actions::statements::update(
        store,
        &id,
        &StatementPatch {
            body: Some(body.into()),
            deadline: Some("2026-12-18".into()),
            signatory_goal: Some(100),
            ..Default::default()
        },
    )
    .unwrap();
    id
}

fn org(store: &mut Store, name: &str, short: &str, country: &str) -> String {
    actions::contacts::create_organization(
        store,
        &OrganizationInput {
            name: name.into(),
            short_name: short.into(),
            country: country.into(),
            sector: "migrant rights".into(),
            email: format!(
                "{}@example.org",
                undersigned_core::text::names::fold(name).replace(' ', ".")
            ),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn add(store: &mut Store, statement: &str, new: NewEndorsement) -> signons::Endorsement {
    actions::signons::add(store, statement, &new).unwrap()
}

fn no_orphans(conn: &rusqlite::Connection) {
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0, "links point at rows that are gone");
}

#[test]
fn review_moves_only_forward_and_every_change_is_logged() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "We ask for an end to deportations.");
    let e = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Red de Mujeres Migrantes".into(),
            country: "Perú".into(),
            channel: Some(SignOnChannel::Email),
            received_on: "2026-11-20".into(),
            ..Default::default()
        },
    );
    assert_eq!(e.status, S::Pending);
    assert_eq!(e.country, "Peru");
    assert_eq!(e.country_code.as_deref(), Some("PE"));
    assert_eq!(e.revision_number, Some(1), "the text endorsed is pinned");
    assert!(
        e.organization_id.is_some(),
        "a new signatory becomes a contact"
    );

    // Illegal moves are refused and change nothing.
    for to in [S::Withdrawn, S::Pending] {
        let err =
            actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), to).unwrap_err();
        assert!(
            matches!(
                err,
                EndorsementError::Transition {
                    from: S::Pending,
                    ..
                }
            ),
            "{err}"
        );
    }
    actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), S::Confirmed).unwrap();
    let err = actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), S::Rejected)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("confirmed endorsement cannot become rejected"),
        "{err}"
    );
    actions::signons::correct(
        &mut store,
        &e.id,
        &EndorsementPatch {
            name: Some("Red de Mujeres Migrantes del Perú".into()),
            city: Some("Lima".into()),
            ..Default::default()
        },
        false,
    )
    .unwrap();
    // A correction that changes nothing logs nothing.
    actions::signons::correct(&mut store, &e.id, &EndorsementPatch::default(), false).unwrap();
    actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), S::Withdrawn).unwrap();

    let log = signons::events(store.conn(), &e.id).unwrap();
    let kinds: Vec<&str> = log.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(kinds, ["created", "confirmed", "corrected", "withdrawn"]);
    assert_eq!(log[1].from_status, Some(S::Pending));
    assert_eq!(log[1].to_status, Some(S::Confirmed));
    assert_eq!(log[2].detail["name"]["from"], "Red de Mujeres Migrantes");
    assert_eq!(
        log[2].detail["name"]["to"],
        "Red de Mujeres Migrantes del Perú"
    );
    assert_eq!(log[2].detail["city"]["from"], "");
    assert_eq!(log[2].detail["city"]["to"], "Lima");
    assert!(
        log[2].detail.get("country").is_none(),
        "unchanged fields are not logged"
    );
    assert_eq!(log[3].to_status, Some(S::Withdrawn));

    // The log is append-only in the file itself.
    let tampered = store
        .conn()
        .execute("UPDATE endorsement_events SET event = 'created'", []);
    assert!(tampered.is_err());
}

#[test]
fn only_confirmed_signatories_are_listed_with_visibility_applied() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "Text.");
    let public = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Kalayaan".into(),
            country: "GB".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    let named_person = actions::contacts::create_person(
        &mut store,
        &PersonInput {
            full_name: "Ana Quispe".into(),
            role: "Coordinator".into(),
            consent_publish: true,
            ..Default::default()
        },
    )
    .unwrap();
    add(
        &mut store,
        &st,
        NewEndorsement {
            contact_id: Some(named_person.id.clone()),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    // No consent to be named: listed by organization only.
    let hidden = add(
        &mut store,
        &st,
        NewEndorsement {
            kind: Some(EndorsementKind::Individual),
            name: "Fatima Secret".into(),
            affiliation: "Sindicato Doméstico".into(),
            country: "Spain".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    assert_eq!(hidden.visibility, Visibility::OrganizationOnly);
    let counted = add(
        &mut store,
        &st,
        NewEndorsement {
            kind: Some(EndorsementKind::Individual),
            name: "Nobody Named".into(),
            country: "France".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    assert_eq!(counted.visibility, Visibility::CountedOnly);
    let pending = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Still Pending".into(),
            ..Default::default()
        },
    );
    let withdrawn = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Changed Their Mind".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    actions::signons::set_status(
        &mut store,
        std::slice::from_ref(&withdrawn.id),
        S::Withdrawn,
    )
    .unwrap();

    let list = signons::signatories(store.conn(), &st).unwrap();
    let names: Vec<(&str, &str)> = list
        .listed
        .iter()
        .map(|s| (s.name.as_str(), s.affiliation.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Ana Quispe", "Coordinator"),
            ("Kalayaan", ""),
            ("Sindicato Doméstico", ""),
        ]
    );
    assert_eq!(
        (list.organizations, list.individuals, list.countries),
        (1, 3, 3)
    );
    let everything = serde_json::to_string(&list).unwrap();
    for never in [
        "Fatima",
        "Nobody Named",
        "Still Pending",
        "Changed Their Mind",
    ] {
        assert!(
            !everything.contains(never),
            "{never} must not be handed to exports"
        );
    }
    assert_ne!(public.id, pending.id);

    // organization_only needs an organization to print.
    let err = actions::signons::correct(
        &mut store,
        &public.id,
        &EndorsementPatch {
            visibility: Some(Visibility::OrganizationOnly),
            ..Default::default()
        },
        false,
    )
    .unwrap_err();
    assert!(matches!(err, EndorsementError::NeedsAffiliation), "{err}");

    let summary = signons::summary(store.conn(), &st).unwrap();
    assert_eq!(
        (
            summary.organizations,
            summary.individuals,
            summary.countries
        ),
        (1, 3, 3)
    );
    assert_eq!(
        (summary.pending, summary.confirmed, summary.withdrawn),
        (1, 4, 1)
    );
    assert_eq!(summary.goal, Some(100));
}

#[test]
fn a_changed_text_shows_who_endorsed_the_earlier_one_until_reconfirmed() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "We ask for an end to deportations.");
    let early = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Early Org".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    assert!(signons::outdated(store.conn(), &st).unwrap().is_empty());
    actions::statements::update(
        &mut store,
        &st,
        &StatementPatch {
            body: Some("We ask for an end to all deportations.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let late = add(
        &mut store,
        &st,
        NewEndorsement {
            name: "Late Org".into(),
            status: Some(S::Confirmed),
            ..Default::default()
        },
    );
    assert_eq!(late.revision_number, Some(2));
    let outdated = signons::outdated(store.conn(), &st).unwrap();
    assert_eq!(outdated.len(), 1);
    assert_eq!(outdated[0].endorsement.id, early.id);
    assert_eq!(outdated[0].revision_number, 1);
    let diff =
        undersigned_core::statements::revisions::diff_with_current(store.conn(), &st, 1).unwrap();
    assert_eq!(diff.words_added, 1, "{diff:?}");

    assert_eq!(
        actions::signons::reconfirm(&mut store, std::slice::from_ref(&early.id)).unwrap(),
        1
    );
    assert!(signons::outdated(store.conn(), &st).unwrap().is_empty());
    let log = signons::events(store.conn(), &early.id).unwrap();
    let last = log.last().unwrap();
    assert_eq!(last.event, "reconfirmed");
    assert_eq!(last.detail["revision"]["from"], 1);
    assert_eq!(last.detail["revision"]["to"], 2);
}

#[test]
fn pasted_rows_match_by_acronym_and_without_accents() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "Text.");
    let mfmw = org(&mut store, "Mission for Migrant Workers", "MFMW", "HK");
    let asoc = org(&mut store, "Asociación Rumiñahui", "", "ES");
    org(&mut store, "Migrant Forum in Asia", "MFA", "PH");
    let rows = intake::parse_paste(
        "MFMW – Hong Kong\n\
         Asociacion Ruminahui, Spain\n\
         Migrant Forum Asia, Philippines\n\
         Brand New Collective — Kenya\n\
         Mission for Migrant Workers, Hong Kong\n\
         Someone, Atlantis\n\
         Asociacion Rumiñaui — Spain",
        EndorsementKind::Organization,
    );
    let plan = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    let outcome = |i: usize| &plan.rows[i].outcome;
    assert!(
        matches!(outcome(0), IntakeOutcome::Known { candidate } if candidate.contact_id == mfmw && candidate.evidence == "acronym MFMW"),
        "{:?}",
        outcome(0)
    );
    assert!(
        matches!(outcome(1), IntakeOutcome::Known { candidate } if candidate.contact_id == asoc && candidate.evidence == "same name"),
        "{:?}",
        outcome(1)
    );
    // Similar names are offered, never linked by themselves.
    match outcome(2) {
        IntakeOutcome::New { candidates } => {
            assert_eq!(candidates[0].name, "Migrant Forum in Asia");
            assert!(
                candidates[0].evidence.starts_with("similar name"),
                "{candidates:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(outcome(3), IntakeOutcome::New { candidates } if candidates.is_empty()));
    assert!(
        matches!(outcome(4), IntakeOutcome::Duplicate { first_row: 1 }),
        "{:?}",
        outcome(4)
    );
    assert!(
        matches!(outcome(5), IntakeOutcome::New { .. }),
        "an unknown place after a comma stays in the name: {:?}",
        plan.rows[5]
    );
    // A typo inside the first word is still offered.
    match outcome(6) {
        IntakeOutcome::New { candidates } => {
            assert_eq!(candidates[0].contact_id, asoc, "{candidates:?}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!((plan.known, plan.new, plan.duplicates), (2, 4, 1));

    // The organizer links the similar one and skips the last.
    let mut options = IntakeOptions::default();
    let mfa = match outcome(2) {
        IntakeOutcome::New { candidates } => candidates[0].contact_id.clone(),
        _ => unreachable!(),
    };
    options.choices.insert(
        3,
        Choice::Link {
            contact_id: mfa.clone(),
        },
    );
    options.choices.insert(6, Choice::Skip);
    options.choices.insert(7, Choice::Skip);
    let mut store = store;
    let done = crate::take_in(&mut store, &st, &rows, &options, &mut |_, _| true).unwrap();
    assert_eq!((done.added, done.contacts_created, done.skipped), (4, 1, 3));
    let page = signons::list(store.conn(), &st, &EndorsementQuery::default()).unwrap();
    assert_eq!(page.total, 4);
    assert!(
        page.items
            .iter()
            .any(|e| e.organization_id.as_deref() == Some(mfa.as_str()))
    );
    assert!(
        page.items
            .iter()
            .all(|e| e.status == S::Pending && e.channel == SignOnChannel::Import)
    );

    // The same list again adds nothing.
    let again = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    assert_eq!(again.already, 4, "{:?}", again.rows);
    let done = crate::take_in(
        &mut store,
        &st,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(done.added, 2, "only the rows skipped before are new");
}

#[test]
fn a_form_export_with_bom_and_crlf_lands_once_per_organization() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = statement(&mut store, "Text.");
    let known = org(&mut store, "Kalayaan", "", "GB");
    let csv = "\u{feff}Timestamp,Email Address,Organization,Country,Are you signing as an organization or individual?,Contact person,Position\r\n\
        2026/11/20 10:15:00 AM GMT,info@kalayaan.org.uk,Kalayaan,United Kingdom,Organization,Marissa,Director\r\n\
        2026/11/20 11:00:00 AM GMT,ana@example.org,Red Solidaria,Perú,Organization,Ana,\r\n\
        2026/11/21 09:00:00 AM GMT,ana@example.org,Red Solidaria,Peru,Organization,Ana,\r\n\
        2026/11/21 09:30:00 AM GMT,li@example.org,,China,Individual,李明,Researcher\r\n\
        2026/11/21 09:40:00 AM GMT,x@example.org,Nowhere Org,Narnia,Organization,,\r\n";
    let table = tabular::read_bytes("responses.csv", csv.as_bytes()).unwrap();
    let mapping = intake::guess_mapping(&table);
    let rows = intake::rows_of_table(&table, &mapping).unwrap();
    assert_eq!(rows[0].received_on, "2026-11-20");
    assert_eq!(rows[0].notes, "Contact: Marissa (Director)");
    assert_eq!(rows[3].kind, Some(EndorsementKind::Individual));
    assert_eq!(rows[3].name, "李明");
    assert_eq!(rows[3].affiliation, "Researcher");
    let plan = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    assert!(
        matches!(&plan.rows[0].outcome, IntakeOutcome::Known { candidate } if candidate.contact_id == known)
    );
    assert!(
        matches!(
            plan.rows[2].outcome,
            IntakeOutcome::Duplicate { first_row: 3 }
        ),
        "{:?}",
        plan.rows[2]
    );
    // A country we do not know never leaves a row out: kept as written.
    assert!(matches!(&plan.rows[4].outcome, IntakeOutcome::New { .. }));
    assert_eq!(plan.rows[4].country, "Narnia");
    assert_eq!(plan.rows[4].country_code, None);
    assert!(
        plan.rows[4]
            .notes
            .iter()
            .any(|n| n.contains("“Narnia”") && n.contains("kept as written")),
        "{:?}",
        plan.rows[4].notes
    );
    let done = crate::take_in(
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
    assert_eq!(done.added, 4);
    let summary = signons::summary(store.conn(), &st).unwrap();
    assert_eq!(
        (
            summary.organizations,
            summary.individuals,
            summary.confirmed
        ),
        (3, 1, 4)
    );
    let li = signons::list(
        store.conn(),
        &st,
        &EndorsementQuery {
            text: "李".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(li.total, 1);
    // A role is no organization to list a person by: counted, not listed.
    assert_eq!(li.items[0].visibility, Visibility::CountedOnly);
    assert_eq!(li.items[0].received_on.as_deref(), Some("2026-11-21"));

    // A cancelled intake leaves nothing behind.
    let other = statement(&mut store, "Other.");
    let err = crate::take_in(
        &mut store,
        &other,
        &rows,
        &IntakeOptions::default(),
        &mut |_, _| false,
    )
    .unwrap_err();
    assert!(matches!(err, EndorsementError::Cancelled));
    assert_eq!(signons::summary(store.conn(), &other).unwrap().pending, 0);
}

#[test]
fn invitations_follow_endorsements_and_write_messages() {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let st = statement(&mut store, "The **text**.");
    let a = org(&mut store, "Kalayaan", "", "GB");
    org(&mut store, "Red Solidaria", "", "PE");
    org(&mut store, "Far Away", "", "JP");
    let made = actions::outreach::invite(
        &mut store,
        &st,
        &Audience {
            countries: vec!["United Kingdom".into(), "Perú".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((made.added, made.already), (2, 0));
    let again = actions::outreach::invite(
        &mut store,
        &st,
        &Audience {
            sectors: vec!["Migrant Rights".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!((again.added, again.already), (1, 2));

    let list = invitations::list(store.conn(), &st, None).unwrap();
    let kalayaan = list
        .iter()
        .find(|i| i.organization_id.as_deref() == Some(a.as_str()))
        .unwrap();
    let e = add(
        &mut store,
        &st,
        NewEndorsement {
            contact_id: Some(a.clone()),
            ..Default::default()
        },
    );
    actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), S::Confirmed).unwrap();
    let signed = invitations::get(store.conn(), &kalayaan.id).unwrap();
    assert_eq!(signed.status, InvitationStatus::Signed);
    assert_eq!(signed.endorsement_id.as_deref(), Some(e.id.as_str()));

    let others: Vec<_> = list.iter().filter(|i| i.id != kalayaan.id).collect();
    actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&others[0].id),
        InvitationStatus::Reminded,
    )
    .unwrap();
    assert_eq!(
        invitations::get(store.conn(), &others[0].id)
            .unwrap()
            .status,
        InvitationStatus::Reminded
    );
    let err = actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&kalayaan.id),
        InvitationStatus::Declined,
    )
    .unwrap_err();
    assert!(err.to_string().contains("has signed"), "{err}");
    let err = actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&kalayaan.id),
        InvitationStatus::Invited,
    )
    .unwrap_err();
    assert!(err.to_string().contains("has signed"), "{err}");
    // "Declined" recorded by mistake is taken back: open again, reminded as it was.
    actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&others[0].id),
        InvitationStatus::Declined,
    )
    .unwrap();
    let undone = actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&others[0].id),
        InvitationStatus::Invited,
    )
    .unwrap()
    .remove(0);
    assert_eq!(undone.status, InvitationStatus::Reminded);
    assert_eq!(undone.answered_on, None);
    let err = actions::outreach::set_status(
        &mut store,
        std::slice::from_ref(&others[0].id),
        InvitationStatus::Invited,
    )
    .unwrap_err();
    assert!(err.to_string().contains("open already"), "{err}");
    // Ten days on, both unanswered invitations need a reminder.
    let later: String = store
        .conn()
        .query_row("SELECT date('now', '+10 days')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        invitations::needing_reminder(store.conn(), &st, 7, Some(&later))
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        invitations::needing_reminder(store.conn(), &st, 7, None)
            .unwrap()
            .len(),
        0
    );
    let counts = invitations::counts(store.conn(), &st).unwrap();
    assert_eq!((counts.invited, counts.reminded, counts.signed), (1, 1, 1));

    // Messages from the template.
    let err = actions::outreach::set_template(
        &mut store,
        &st,
        &invitations::Template {
            purpose: Purpose::Invitation,
            subject: "Sign {{statement_titel}}".into(),
            body: String::new(),
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("statement_titel"), "{err}");
    let message =
        invitations::message(store.conn(), &others[1].id, Purpose::Invitation, None).unwrap();
    assert!(
        message.subject.ends_with("Stop the deportations"),
        "{}",
        message.subject
    );
    assert!(message.body.contains("18 December 2026") && message.body.contains("The text."));
    assert!(
        message.html.contains("<strong>text</strong>"),
        "{}",
        message.html
    );
    assert!(message.mailto.starts_with("mailto:"));
    assert!(!message.mailto.contains(' '));
    let ids: Vec<String> = list.iter().map(|i| i.id.clone()).collect();
    let files =
        invitations::write_eml_files(store.conn(), &ids, Purpose::Reminder, "", None, dir.path())
            .unwrap();
    // Kalayaan has signed: no message asks it to sign.
    assert_eq!(files.len(), 2);
    assert!(
        files
            .iter()
            .all(|f| !f.to_string_lossy().contains("Kalayaan")),
        "{files:?}"
    );
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        eml.contains("Subject: Reminder: Stop the deportations\r\n"),
        "{eml}"
    );
    assert!(eml.contains("Content-Transfer-Encoding: quoted-printable"));
}

#[test]
fn names_without_letters_and_digit_acronyms_are_refused_or_not_matched() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "Text.");
    actions::contacts::create_organization(
        &mut store,
        &OrganizationInput {
            name: "@SUM".into(),
            short_name: "1+1".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let rows = intake::parse_paste(
        "=1+1, Peru\n!!!, Peru\n\u{200b}\u{200b}, Chile\nG20 Watch, Peru",
        EndorsementKind::Organization,
    );
    let plan = intake::plan(store.conn(), &st, &rows, &IntakeOptions::default()).unwrap();
    assert!(
        matches!(&plan.rows[0].outcome, IntakeOutcome::New { .. }),
        "digits are no acronym: {:?}",
        plan.rows[0].outcome
    );
    // Zero-width characters at the ends of a field are trimmed like spaces,
    // so a name made only of them is an empty name.
    for (i, why) in [(1, "no letter or digit"), (2, "needs a name")] {
        match &plan.rows[i].outcome {
            IntakeOutcome::Invalid { reason } => {
                assert!(reason.contains(why), "{reason}")
            }
            other => panic!("row {i}: {other:?}"),
        }
    }
    assert!(matches!(&plan.rows[3].outcome, IntakeOutcome::New { .. }));
}

#[test]
fn the_endorsement_trash_restores_and_purges_without_orphans() {
    let mut store = Store::open_in_memory().unwrap();
    let st = statement(&mut store, "Text.");
    let a = org(&mut store, "Kalayaan", "", "GB");
    let e = add(
        &mut store,
        &st,
        NewEndorsement {
            contact_id: Some(a.clone()),
            ..Default::default()
        },
    );
    let twice = actions::signons::add(
        &mut store,
        &st,
        &NewEndorsement {
            contact_id: Some(a.clone()),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(
        matches!(twice, EndorsementError::AlreadyEndorsed { .. }),
        "{twice}"
    );
    assert_eq!(
        actions::signons::delete(&mut store, std::slice::from_ref(&e.id)).unwrap(),
        1
    );
    let err = actions::signons::set_status(&mut store, std::slice::from_ref(&e.id), S::Confirmed)
        .unwrap_err();
    assert!(matches!(err, EndorsementError::InTrash { .. }));
    assert_eq!(
        actions::signons::restore(&mut store, std::slice::from_ref(&e.id)).unwrap(),
        1
    );
    actions::signons::delete(&mut store, std::slice::from_ref(&e.id)).unwrap();
    let trash = signons::list(
        store.conn(),
        &st,
        &EndorsementQuery {
            trash: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(trash.total, 1);
    assert_eq!(actions::signons::empty_trash(&mut store, &st).unwrap(), 1);
    let left: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM endorsement_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
    no_orphans(store.conn());
    assert!(matches!(
        signons::get(store.conn(), &e.id),
        Err(EndorsementError::NotFound { .. })
    ));
}
