//! The application layer: each action's defaults, whichever program calls
//! it, and reviews that are applied as they were shown or not at all.

use undersigned_core::Store;
use undersigned_core::actions::{self, ReviewError, Reviews};
use undersigned_core::contacts::import::ImportField;
use undersigned_core::contacts::{ContactQuery, OrganizationInput, PersonInput};
use undersigned_core::error::{Coded, ErrorCode};
use undersigned_core::signons::intake::{Choice, IntakeOptions};
use undersigned_core::signons::{
    self, EndorsementKind, EndorsementQuery, EndorsementStatus, NewEndorsement, SignOnChannel,
};
use undersigned_core::statements::NewStatement;
use undersigned_core::store::snapshot;
use undersigned_core::{contacts, statements};

use crate::temp_db;

fn statement(store: &mut Store) -> String {
    let new = NewStatement {
        title: "Stop the deportations".into(),
        ..Default::default()
    };
    actions::statements::create(store, &new).unwrap().id
}

fn organization(store: &mut Store, name: &str) -> String {
    let input = OrganizationInput {
        name: name.into(),
        ..Default::default()
    };
    actions::contacts::create_organization(store, &input)
        .unwrap()
        .id
}

fn signed(store: &Store, statement_id: &str) -> Vec<signons::Endorsement> {
    signons::list(store.conn(), statement_id, &EndorsementQuery::default())
        .unwrap()
        .items
}

/// A pasted list of organizations, reviewed.
fn review(
    store: &Store,
    reviews: &Reviews,
    statement_id: &str,
    text: &str,
    options: &IntakeOptions,
) -> actions::signons::IntakeReview {
    let kind = EndorsementKind::Organization;
    actions::signons::review_paste(store, reviews, statement_id, text, kind, options).unwrap()
}

fn apply(
    store: &mut Store,
    reviews: &Reviews,
    statement_id: &str,
    token: &str,
    options: &IntakeOptions,
) -> Result<undersigned_core::signons::intake::IntakeResult, ReviewError> {
    actions::signons::apply(store, reviews, statement_id, token, options, &mut |_, _| {
        true
    })
}

const LIST: &str = "Kalayaan, United Kingdom\nRed Solidaria — Perú\n";

#[test]
fn a_typed_sign_on_arrived_by_email_unless_the_organizer_says() {
    let mut store = Store::open_in_memory().unwrap();
    let id = statement(&mut store);
    let typed = NewEndorsement {
        kind: Some(EndorsementKind::Organization),
        name: "Kalayaan".into(),
        ..Default::default()
    };
    let made = actions::signons::add(&mut store, &id, &typed).unwrap();
    assert_eq!(made.channel, SignOnChannel::Email);
    assert_eq!(made.channel, actions::signons::TYPED_CHANNEL);
    let by_phone = NewEndorsement {
        name: "Red Solidaria".into(),
        channel: Some(SignOnChannel::Phone),
        ..typed
    };
    let made = actions::signons::add(&mut store, &id, &by_phone).unwrap();
    assert_eq!(made.channel, SignOnChannel::Phone);
}

#[test]
fn a_list_taken_in_is_an_import_unless_the_organizer_says_form() {
    for (asked, stored) in [
        (None, SignOnChannel::Import),
        (Some(SignOnChannel::Form), SignOnChannel::Form),
    ] {
        let mut store = Store::open_in_memory().unwrap();
        let id = statement(&mut store);
        let reviews = Reviews::default();
        let options = IntakeOptions {
            channel: asked,
            ..Default::default()
        };
        let review = review(&store, &reviews, &id, LIST, &options);
        apply(&mut store, &reviews, &id, &review.token, &options).unwrap();
        let all = signed(&store, &id);
        assert_eq!(all.len(), 2);
        assert!(
            all.iter().all(|e| e.channel == stored),
            "{asked:?}: {all:?}"
        );
    }
}

#[test]
fn a_review_is_applied_as_it_was_shown() {
    let mut store = Store::open_in_memory().unwrap();
    let id = statement(&mut store);
    let kalayaan = organization(&mut store, "Kalayaan");
    let reviews = Reviews::default();
    let text = "Kalayaan\nRed Solidaria — Perú\nMigrant Voice, United Kingdom\n";
    let options = IntakeOptions {
        choices: [(3, Choice::Skip)].into_iter().collect(),
        ..Default::default()
    };
    let review = review(&store, &reviews, &id, text, &options);
    assert_eq!(
        (review.plan.known, review.plan.new, review.plan.skipped),
        (1, 2, 1)
    );
    let confirmed = IntakeOptions {
        confirm: true,
        ..options.clone()
    };
    let result = apply(&mut store, &reviews, &id, &review.token, &confirmed).unwrap();
    assert_eq!(
        (result.added, result.contacts_created, result.skipped),
        (2, 1, 1)
    );
    let mut written: Vec<(String, Option<String>)> = signed(&store, &id)
        .into_iter()
        .map(|e| {
            assert_eq!(e.status, EndorsementStatus::Confirmed);
            (e.name, e.organization_id)
        })
        .collect();
    written.sort();
    let mut reviewed: Vec<String> = review
        .plan
        .rows
        .iter()
        .filter(|r| r.input.row != 3)
        .map(|r| r.name.clone())
        .collect();
    reviewed.sort();
    assert_eq!(
        written.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        reviewed
    );
    assert!(written.contains(&("Kalayaan".into(), Some(kalayaan))));
    // Applied once: the token is spent.
    let again = apply(&mut store, &reviews, &id, &review.token, &options);
    assert!(matches!(again, Err(ReviewError::Gone)), "{again:?}");
}

#[test]
fn a_review_made_before_a_change_is_refused_and_planned_again() {
    let mut store = Store::open_in_memory().unwrap();
    let id = statement(&mut store);
    let reviews = Reviews::default();
    let options = IntakeOptions::default();
    let review = review(&store, &reviews, &id, LIST, &options);
    assert_eq!(review.plan.new, 2);
    // Kalayaan is entered by hand while the review is open: the review
    // would now make it a second time.
    organization(&mut store, "Kalayaan");
    let refused = apply(&mut store, &reviews, &id, &review.token, &options).expect_err("stale");
    assert!(matches!(refused, ReviewError::Stale), "{refused:?}");
    assert_eq!(refused.code(), ErrorCode::Stale);
    assert!(signed(&store, &id).is_empty(), "nothing was written");

    let plan =
        actions::signons::review(&store, &reviews, &id, &review.token, None, &options).unwrap();
    assert_eq!((plan.known, plan.new), (1, 1));
    let result = apply(&mut store, &reviews, &id, &review.token, &options).unwrap();
    assert_eq!((result.added, result.contacts_created), (2, 1));
}

#[test]
fn other_choices_than_the_review_showed_are_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let id = statement(&mut store);
    let reviews = Reviews::default();
    let shown = IntakeOptions::default();
    let review = review(&store, &reviews, &id, LIST, &shown);
    let other = IntakeOptions {
        choices: [(1, Choice::Skip)].into_iter().collect(),
        ..Default::default()
    };
    let refused = apply(&mut store, &reviews, &id, &review.token, &other);
    assert!(matches!(refused, Err(ReviewError::Stale)), "{refused:?}");
    assert!(signed(&store, &id).is_empty());
}

#[test]
fn a_write_by_another_program_makes_a_review_stale() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let id = statement(&mut store);
    let reviews = Reviews::default();
    let options = IntakeOptions::default();
    let review = review(&store, &reviews, &id, LIST, &options);
    let mut other = Store::open(&path).unwrap();
    organization(&mut other, "Red Solidaria");
    drop(other);
    let refused = apply(&mut store, &reviews, &id, &review.token, &options);
    assert!(matches!(refused, Err(ReviewError::Stale)), "{refused:?}");
    assert!(signed(&store, &id).is_empty());
}

fn contacts_file() -> Vec<u8> {
    b"Organization,Country\nKalayaan,GB\nRed Solidaria,PE\nKalayaan,GB\n".to_vec()
}

#[test]
fn a_contacts_import_adds_what_its_dry_run_showed() {
    let mut store = Store::open_in_memory().unwrap();
    let reviews = Reviews::default();
    let (token, table) =
        actions::contacts::read_import(&reviews, "members.csv", &contacts_file()).unwrap();
    assert_eq!(table.rows.len(), 3);
    let mapping = [ImportField::Organization, ImportField::Country];
    let plan = actions::contacts::plan_import(&store, &reviews, &token, &mapping).unwrap();
    assert_eq!((plan.organizations_to_add, plan.duplicates), (2, 1));
    // Another mapping than the dry run's is not what was shown.
    let other = [ImportField::Organization, ImportField::Ignore];
    let refused =
        actions::contacts::apply_import(&mut store, &reviews, &token, &other, &mut |_, _| true);
    assert!(matches!(refused, Err(ReviewError::Stale)), "{refused:?}");
    let outcome =
        actions::contacts::apply_import(&mut store, &reviews, &token, &mapping, &mut |_, _| true)
            .unwrap();
    assert_eq!(outcome.organizations_added, plan.organizations_to_add);
    assert_eq!(outcome.skipped, plan.duplicates);
    let page = contacts::list(store.conn(), &ContactQuery::default()).unwrap();
    assert_eq!(page.total, 2);
}

#[test]
fn a_contacts_import_planned_before_a_change_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let reviews = Reviews::default();
    let (token, _) =
        actions::contacts::read_import(&reviews, "members.csv", &contacts_file()).unwrap();
    let mapping = [ImportField::Organization, ImportField::Country];
    actions::contacts::plan_import(&store, &reviews, &token, &mapping).unwrap();
    let person = PersonInput {
        full_name: "Marissa Begonia".into(),
        ..Default::default()
    };
    actions::contacts::create_person(&mut store, &person).unwrap();
    let refused =
        actions::contacts::apply_import(&mut store, &reviews, &token, &mapping, &mut |_, _| true);
    assert!(matches!(refused, Err(ReviewError::Stale)), "{refused:?}");
    let page = contacts::list(store.conn(), &ContactQuery::default()).unwrap();
    assert_eq!(page.total, 1, "only the person typed in");
}

#[test]
fn a_cancelled_apply_writes_nothing_and_can_be_tried_again() {
    let mut store = Store::open_in_memory().unwrap();
    let id = statement(&mut store);
    let reviews = Reviews::default();
    let options = IntakeOptions::default();
    let review = review(&store, &reviews, &id, LIST, &options);
    let stopped = actions::signons::apply(
        &mut store,
        &reviews,
        &id,
        &review.token,
        &options,
        &mut |_, _| {
            reviews.cancel(&review.token).unwrap();
            true
        },
    );
    assert!(stopped.is_err());
    assert!(signed(&store, &id).is_empty());
    let result = apply(&mut store, &reviews, &id, &review.token, &options).unwrap();
    assert_eq!(result.added, 2);
}

#[test]
fn a_read_in_a_snapshot_does_not_see_a_commit_made_during_it() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let id = statement(&mut store);
    let readers = store.readers().expect("a file has readers");
    let (before, after) = readers
        .read(
            |conn| -> Result<(usize, usize), statements::StatementError> {
                let before = statements::list(conn)?.len();
                actions::statements::create(
                    &mut store,
                    &NewStatement {
                        title: "Written meanwhile".into(),
                        ..Default::default()
                    },
                )?;
                Ok((before, statements::list(conn)?.len()))
            },
        )
        .unwrap();
    assert_eq!((before, after), (1, 1), "one read, one state");
    let now = snapshot(store.conn(), statements::list).unwrap();
    assert_eq!(now.len(), 2);
    assert!(now.iter().any(|s| s.id == id));
}
