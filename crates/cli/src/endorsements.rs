//! `endorsements …` and `invitations …`: sign-ons and outreach for a statement.

use std::io::Read;
use std::path::PathBuf;

use clap::Subcommand;
use undersigned_core::actions::{self, ReviewError, Reviews};
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::signons::intake::{
    self, IntakeOptions, IntakeOutcome, IntakePlan, IntakeRow,
};
use undersigned_core::signons::invitations::{self, Audience, InvitationStatus, Purpose};
use undersigned_core::signons::{
    self, EndorsementKind, EndorsementPatch, EndorsementQuery, EndorsementStatus, NewEndorsement,
    SignOnChannel, Visibility,
};
use undersigned_core::tabular;
use undersigned_core::tabular::columns::SIGN_ON_FIELDS;
use undersigned_core::text::for_terminal;
use undersigned_core::{Store, WithPath};

use crate::output::{failed, print_json, print_text};

fn parse_with<T>(
    raw: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
    all: &[&str],
) -> Result<T, String> {
    parse(raw).ok_or_else(|| format!("{raw:?} is not a {what}; use one of {}", all.join(", ")))
}

fn status(raw: &str) -> Result<EndorsementStatus, String> {
    let all: Vec<&str> = EndorsementStatus::ALL.iter().map(|s| s.as_str()).collect();
    parse_with(raw, "status", EndorsementStatus::parse, &all)
}

fn visibility(raw: &str) -> Result<Visibility, String> {
    let all: Vec<&str> = Visibility::ALL.iter().map(|s| s.as_str()).collect();
    parse_with(raw, "visibility", Visibility::parse, &all)
}

fn channel(raw: &str) -> Result<SignOnChannel, String> {
    let all: Vec<&str> = SignOnChannel::ALL.iter().map(|s| s.as_str()).collect();
    parse_with(raw, "channel", SignOnChannel::parse, &all)
}

fn invitation_status(raw: &str) -> Result<InvitationStatus, String> {
    let all: Vec<&str> = InvitationStatus::ALL.iter().map(|s| s.as_str()).collect();
    parse_with(raw, "invitation status", InvitationStatus::parse, &all)
}

#[derive(Subcommand)]
pub enum EndorsementsCommand {
    /// Record one endorsement (a new signatory becomes a contact)
    Add {
        statement: String,
        /// An organization's name, as printed
        #[arg(long, conflicts_with_all = ["person", "contact"], required_unless_present_any = ["person", "contact"])]
        org: Option<String>,
        /// A person's name, as printed
        #[arg(long, conflicts_with = "contact")]
        person: Option<String>,
        /// A stored contact's id instead of a name
        #[arg(long)]
        contact: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        city: Option<String>,
        /// A person's organization or role, as printed
        #[arg(long)]
        affiliation: Option<String>,
        /// pending (the default) or confirmed
        #[arg(long, value_parser = status)]
        status: Option<EndorsementStatus>,
        /// public, organization_only or counted_only
        #[arg(long, value_parser = visibility)]
        visibility: Option<Visibility>,
        /// email (the default, as in the window), form, phone, in_person, paper, import or other
        #[arg(long, value_parser = channel)]
        channel: Option<SignOnChannel>,
        /// The date it was received, YYYY-MM-DD
        #[arg(long)]
        received: Option<String>,
    },
    /// Take in a spreadsheet of sign-ons (CSV, XLSX, ODS), such as a form export
    Import {
        statement: String,
        file: PathBuf,
        /// Print the review report and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Land the rows as confirmed (a list already checked) instead of pending
        #[arg(long)]
        confirm: bool,
        /// Map a column (by header or 1-based number) to a field, e.g. --map "Nombre=organization"
        #[arg(long, value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// How individuals who said nothing about being named are listed:
        /// public, organization_only (the person is not named) or counted_only
        #[arg(long, value_parser = visibility, default_value = "organization_only")]
        visibility: Visibility,
    },
    /// Take in a pasted list, one signatory per line, from a file or stdin (-)
    Paste {
        statement: String,
        /// The list; `-` or nothing reads stdin
        file: Option<PathBuf>,
        /// Print the review report and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Land the lines as confirmed (a list already checked) instead of pending
        #[arg(long)]
        confirm: bool,
        /// The lines are people, not organizations
        #[arg(long)]
        individuals: bool,
        /// How individuals who said nothing about being named are listed:
        /// public, organization_only (the person is not named) or counted_only
        #[arg(long, value_parser = visibility, default_value = "organization_only")]
        visibility: Visibility,
        /// Put back a line read as a heading, by its line number (repeatable)
        #[arg(long, value_name = "LINE")]
        include: Vec<u32>,
    },
    /// List a statement's endorsements in name order
    List {
        statement: String,
        #[arg(long, value_parser = status)]
        status: Option<EndorsementStatus>,
        /// Words the name, affiliation, city or country contains
        #[arg(long)]
        search: Option<String>,
        /// The trash instead
        #[arg(long)]
        trash: bool,
    },
    /// Move an endorsement through review: confirmed, rejected, withdrawn
    SetStatus {
        id: String,
        #[arg(value_parser = status)]
        status: EndorsementStatus,
    },
    /// Correct what will be printed (logged with the old and new values)
    Correct {
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        affiliation: Option<String>,
        #[arg(long)]
        city: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_parser = visibility)]
        visibility: Option<Visibility>,
        /// Give the linked contact the corrected name too
        #[arg(long)]
        contact_too: bool,
    },
    /// Confirm every pending endorsement of a statement
    ConfirmPending { statement: String },
    /// An endorsement's log
    Log { id: String },
    /// Where a statement stands: counts, countries, goal, invitations
    Summary { statement: String },
    /// Confirmed endorsements of an earlier text than the current one
    Outdated { statement: String },
    /// Mark endorsements as having confirmed the current text
    Reconfirm {
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Move endorsements to the trash
    Delete {
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Bring endorsements back from the trash
    Restore {
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

#[derive(Subcommand)]
pub enum InvitationsCommand {
    /// Invite contacts by tag, country, sector, or all who signed another statement
    Create {
        statement: String,
        #[arg(long)]
        tag: Vec<String>,
        #[arg(long)]
        country: Vec<String>,
        #[arg(long)]
        sector: Vec<String>,
        /// Everyone with a confirmed endorsement of this statement
        #[arg(long, value_name = "STATEMENT")]
        signed: Option<String>,
        /// One contact by id (repeatable)
        #[arg(long)]
        contact: Vec<String>,
    },
    /// List a statement's invitations
    List {
        statement: String,
        #[arg(long, value_parser = invitation_status)]
        status: Option<InvitationStatus>,
        /// Only those unanswered N days after the last message
        #[arg(long, value_name = "DAYS")]
        needs_reminder: Option<u32>,
    },
    /// Record a reminder or an answer: reminded, signed, declined, no_answer
    SetStatus {
        id: String,
        #[arg(value_parser = invitation_status)]
        status: InvitationStatus,
    },
    /// Write one .eml message per invitation into a folder, for any mail client
    Messages {
        statement: String,
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
        /// Reminders instead of invitations, to those that need one after DAYS
        #[arg(long, value_name = "DAYS")]
        reminders_after: Option<u32>,
        /// The sender's address; the name shown with it is the one set with
        /// `invitations sender`
        #[arg(long, default_value = "")]
        from: String,
        /// Send this language version to everyone (a BCP 47 tag such as es);
        /// by default each contact gets the version in their country's language
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
    },
    /// Show or set who signs the messages: your name and organization
    Sender {
        /// Your name
        #[arg(long)]
        name: Option<String>,
        /// The organization you write for
        #[arg(long)]
        organization: Option<String>,
    },
}

/// A file's signatories and how its columns were read, for the report.
type ReadRows = (Vec<IntakeRow>, String);

fn rows_from_file(file: &std::path::Path, map: &[String]) -> Result<ReadRows, ErrorReport> {
    let table = tabular::read_path(file).map_err(|e| ErrorReport::from(&e))?;
    crate::output::warn_about(&table.warnings);
    let mut guesses = intake::guess_columns(&table);
    crate::mapping::apply(&table.headers, &mut guesses, map, SIGN_ON_FIELDS)?;
    let described = crate::mapping::describe(&table.headers, &guesses);
    let mapping: Vec<_> = guesses.iter().map(|g| g.field).collect();
    let rows = intake::rows_of_table(&table, &mapping).map_err(|e| ErrorReport::from(&e))?;
    Ok((rows, described))
}

/// A name as a report line shows it: at most 80 characters.
fn shortened(name: &str) -> String {
    if name.chars().count() <= 80 {
        return name.to_string();
    }
    let head: String = name.chars().take(79).collect();
    format!("{head}…")
}

fn report(plan: &IntakePlan) -> String {
    let mut text = format!(
        "{} row(s): {} known, {} new, {} already endorsed, {} duplicate(s), {} invalid, {} heading(s)\n",
        plan.rows.len(),
        plan.known,
        plan.new,
        plan.already,
        plan.duplicates,
        plan.invalid,
        plan.headings
    );
    for row in &plan.rows {
        let what = match &row.outcome {
            IntakeOutcome::Known { candidate } => format!(
                "known: {} ({})",
                for_terminal(&candidate.name),
                candidate.evidence
            ),
            IntakeOutcome::New { candidates } if candidates.is_empty() => "new".to_string(),
            IntakeOutcome::New { candidates } => format!(
                "new; maybe: {}",
                candidates
                    .iter()
                    .map(|c| format!(
                        "{} [{}] ({})",
                        for_terminal(&c.name),
                        c.contact_id,
                        c.evidence
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            IntakeOutcome::AlreadyEndorsed { .. } => "already endorsed".to_string(),
            IntakeOutcome::Duplicate { first_row } => format!("same as row {first_row}"),
            IntakeOutcome::Invalid { reason } => format!("invalid: {}", for_terminal(reason)),
            IntakeOutcome::Heading => format!(
                "left out, {} (--include {} to put it back)",
                if row.input.read_note.is_empty() {
                    "a heading"
                } else {
                    row.input.read_note.as_str()
                },
                row.input.row
            ),
        };
        text.push_str(&format!(
            "  row {}: {}: {what}\n",
            row.input.row,
            for_terminal(&shortened(&row.input.name))
        ));
        if matches!(
            row.outcome,
            IntakeOutcome::Known { .. } | IntakeOutcome::New { .. }
        ) {
            let printed = match &row.listed {
                Some(listed) => {
                    let mut line = for_terminal(&listed.name);
                    if !listed.affiliation.is_empty() {
                        line.push_str(&format!(", {}", for_terminal(&listed.affiliation)));
                    }
                    let place: Vec<&str> = [row.city.as_str(), row.country.as_str()]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect();
                    if !place.is_empty() {
                        line.push_str(&format!(" ({})", for_terminal(&place.join(", "))));
                    }
                    format!("{line} [{}]", row.visibility)
                }
                None => "counted, not listed".to_string(),
            };
            text.push_str(&format!("      prints: {printed}\n"));
        }
        for note in &row.notes {
            text.push_str(&format!("      note: {}\n", for_terminal(note)));
        }
    }
    text.push_str(&format!(
        "{} named, {} by organization only, {} counted only\n",
        plan.named, plan.by_organization, plan.counted_only
    ));
    text
}

impl EndorsementsCommand {
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            EndorsementsCommand::List { .. }
                | EndorsementsCommand::Log { .. }
                | EndorsementsCommand::Summary { .. }
                | EndorsementsCommand::Outdated { .. }
                | EndorsementsCommand::Import { dry_run: true, .. }
                | EndorsementsCommand::Paste { dry_run: true, .. }
        )
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let path = store.path().map(std::path::Path::to_path_buf);
        let fail = |e: signons::EndorsementError| {
            let e = match &path {
                Some(p) => e.with_path(p),
                None => e,
            };
            ErrorReport::from(&e)
        };
        let fail_review = |e: ReviewError| {
            let e = match &path {
                Some(p) => e.with_path(p),
                None => e,
            };
            ErrorReport::from(&e)
        };
        let one = |e: &signons::Endorsement, done: &str| {
            if json {
                return print_json(e);
            }
            print_text(&format!(
                "{done} {}\t{}\t{}\t{}\n",
                e.id,
                e.status,
                for_terminal(&e.name),
                e.visibility
            ))
        };
        match self {
            EndorsementsCommand::Add {
                statement,
                org,
                person,
                contact,
                country,
                city,
                affiliation,
                status,
                visibility,
                channel,
                received,
            } => {
                let (kind, name) = match (org, person) {
                    (Some(name), _) => (Some(EndorsementKind::Organization), name),
                    (None, Some(name)) => (Some(EndorsementKind::Individual), name),
                    (None, None) => (None, String::new()),
                };
                let new = NewEndorsement {
                    kind,
                    contact_id: contact,
                    name,
                    affiliation: affiliation.unwrap_or_default(),
                    city: city.unwrap_or_default(),
                    country: country.unwrap_or_default(),
                    visibility,
                    status,
                    channel,
                    received_on: received.unwrap_or_default(),
                    notes: String::new(),
                };
                let made = actions::signons::add(store, &statement, &new).map_err(fail)?;
                one(&made, "Added")
            }
            EndorsementsCommand::Import {
                statement,
                file,
                dry_run,
                confirm,
                map,
                visibility,
            } => {
                let (rows, described) = rows_from_file(&file, &map)?;
                let options = IntakeOptions {
                    confirm,
                    visibility: Some(visibility),
                    ..Default::default()
                };
                take_in(store, &statement, &rows, &options, dry_run, json, |text| {
                    format!("Columns:\n{described}{text}")
                })
                .map_err(fail_review)
            }
            EndorsementsCommand::Paste {
                statement,
                file,
                dry_run,
                confirm,
                individuals,
                visibility,
                include,
            } => {
                let mut text = String::new();
                match file.as_deref() {
                    None => std::io::stdin().read_to_string(&mut text),
                    Some(p) if p.as_os_str() == "-" => std::io::stdin().read_to_string(&mut text),
                    Some(p) => std::fs::read_to_string(p).map(|read| {
                        text = read;
                        text.len()
                    }),
                }
                .map_err(|e| {
                    failed(
                        ErrorCode::Invalid,
                        format!(
                            "cannot read the list{}: {e}; give a UTF-8 text file, or pipe the list in",
                            file.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default()
                        ),
                    )
                })?;
                let kind = if individuals {
                    EndorsementKind::Individual
                } else {
                    EndorsementKind::Organization
                };
                let rows = intake::parse_paste(&text, kind);
                let options = IntakeOptions {
                    confirm,
                    visibility: Some(visibility),
                    include,
                    ..Default::default()
                };
                take_in(store, &statement, &rows, &options, dry_run, json, |t| {
                    t.to_string()
                })
                .map_err(fail_review)
            }
            EndorsementsCommand::List {
                statement,
                status,
                search,
                trash,
            } => {
                let query = EndorsementQuery {
                    status,
                    text: search.unwrap_or_default(),
                    trash,
                    ..Default::default()
                };
                let page = signons::list(store.conn(), &statement, &query).map_err(fail)?;
                if json {
                    return print_json(&page.items);
                }
                let mut text = String::new();
                for e in &page.items {
                    let place = [e.city.as_str(), e.country.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ");
                    text.push_str(&format!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                        e.id,
                        e.kind,
                        e.status,
                        for_terminal(&e.name),
                        for_terminal(&e.affiliation),
                        for_terminal(&place),
                        e.visibility
                    ));
                }
                text.push_str(&format!("{} endorsement(s)\n", page.total));
                print_text(&text)
            }
            EndorsementsCommand::SetStatus { id, status } => {
                let done = actions::signons::set_status(store, std::slice::from_ref(&id), status)
                    .map_err(fail)?
                    .remove(0);
                one(&done, "Now")
            }
            EndorsementsCommand::Correct {
                id,
                name,
                affiliation,
                city,
                country,
                visibility,
                contact_too,
            } => {
                let patch = EndorsementPatch {
                    name,
                    affiliation,
                    city,
                    country,
                    visibility,
                    ..Default::default()
                };
                let done =
                    actions::signons::correct(store, &id, &patch, contact_too).map_err(fail)?;
                one(&done, "Corrected")
            }
            EndorsementsCommand::ConfirmPending { statement } => {
                let ids = actions::signons::confirm_pending(store, &statement).map_err(fail)?;
                if json {
                    return print_json(&ids);
                }
                print_text(&format!("Confirmed {} endorsement(s)\n", ids.len()))
            }
            EndorsementsCommand::Log { id } => {
                let log = signons::events(store.conn(), &id).map_err(fail)?;
                if json {
                    return print_json(&log);
                }
                let mut text = String::new();
                for e in &log {
                    let status = match (e.from_status, e.to_status) {
                        (Some(f), Some(t)) => format!(" {f} → {t}"),
                        _ => String::new(),
                    };
                    let detail = if e.detail.as_object().is_some_and(|o| o.is_empty()) {
                        String::new()
                    } else {
                        format!(" {}", for_terminal(&e.detail.to_string()))
                    };
                    text.push_str(&format!(
                        "{}  {}{status}{detail}\n",
                        crate::output::short_time(&e.created_at),
                        e.event
                    ));
                }
                print_text(&text)
            }
            EndorsementsCommand::Summary { statement } => {
                let s = signons::summary(store.conn(), &statement).map_err(fail)?;
                if json {
                    return print_json(&s);
                }
                let mut text = format!(
                    "{} organization(s) and {} individual(s) from {} countr{}\n",
                    s.organizations,
                    s.individuals,
                    s.countries,
                    if s.countries == 1 { "y" } else { "ies" }
                );
                text.push_str(&format!(
                    "pending {}, confirmed {}, rejected {}, withdrawn {}\n",
                    s.pending, s.confirmed, s.rejected, s.withdrawn
                ));
                if let Some(goal) = s.goal {
                    text.push_str(&format!(
                        "goal {goal}: {} to go\n",
                        goal.saturating_sub(s.confirmed)
                    ));
                }
                if let Some(deadline) = &s.deadline {
                    text.push_str(&format!("deadline {deadline}\n"));
                }
                if s.outdated > 0 {
                    text.push_str(&format!("{} endorsed an earlier text\n", s.outdated));
                }
                let i = &s.invitations;
                text.push_str(&format!(
                    "invitations: invited {}, reminded {}, signed {}, declined {}, no answer {}\n",
                    i.invited, i.reminded, i.signed, i.declined, i.no_answer
                ));
                for t in &s.by_country {
                    let label = if t.label.is_empty() {
                        "(no country)"
                    } else {
                        &t.label
                    };
                    text.push_str(&format!("  {label}: {}\n", t.count));
                }
                print_text(&text)
            }
            EndorsementsCommand::Outdated { statement } => {
                let found = signons::outdated(store.conn(), &statement).map_err(fail)?;
                if json {
                    return print_json(&found);
                }
                let mut text = String::new();
                for o in &found {
                    text.push_str(&format!(
                        "{}\t{}\tendorsed revision {}\n",
                        o.endorsement.id,
                        for_terminal(&o.endorsement.name),
                        o.revision_number
                    ));
                }
                text.push_str(&format!("{} endorsed an earlier text\n", found.len()));
                print_text(&text)
            }
            EndorsementsCommand::Reconfirm { ids } => {
                let n = actions::signons::reconfirm(store, &ids).map_err(fail)?;
                counted(json, "reconfirmed", n)
            }
            EndorsementsCommand::Delete { ids } => {
                let n = actions::signons::delete(store, &ids).map_err(fail)?;
                counted(json, "moved to the trash", n)
            }
            EndorsementsCommand::Restore { ids } => {
                let n = actions::signons::restore(store, &ids).map_err(fail)?;
                counted(json, "restored", n)
            }
        }
    }
}

fn counted(json: bool, what: &str, n: u32) -> Result<(), ErrorReport> {
    if json {
        return print_json(&serde_json::json!({ "count": n }));
    }
    print_text(&format!("{n} endorsement(s) {what}\n"))
}

/// Reviews or applies an intake. Nothing to add is a failure with its
/// reason, after the review is shown: never "Added 0".
fn take_in(
    store: &mut Store,
    statement: &str,
    rows: &[IntakeRow],
    options: &IntakeOptions,
    dry_run: bool,
    json: bool,
    header: impl Fn(&str) -> String,
) -> Result<(), ReviewError> {
    let refused = |reason| ReviewError::SignOns(signons::EndorsementError::Intake { reason });
    let shown = |r: Result<(), ErrorReport>| r.map_err(|e| refused(e.message));
    // Planned once; applying writes this plan, unless something else wrote
    // to the database meanwhile: then it is planned again, once.
    let reviews = Reviews::default();
    let review = actions::signons::review_rows(store, &reviews, statement, rows.to_vec(), options)?;
    let plan = review.plan;
    if dry_run {
        shown(if json {
            print_json(&plan)
        } else {
            print_text(&header(&(report(&plan) + "Nothing was written.\n")))
        })?;
        return match plan.nothing_to_add {
            Some(reason) => Err(refused(reason)),
            None => Ok(()),
        };
    }
    let token = review.token;
    let apply = |store: &mut Store| {
        actions::signons::apply(store, &reviews, statement, &token, options, &mut |_, _| {
            true
        })
    };
    let result = match apply(store) {
        Err(ReviewError::Stale) => {
            actions::signons::review(store, &reviews, statement, &token, None, options)
                .and_then(|_| apply(store))
        }
        other => other,
    }?;
    shown(if json {
        print_json(&result)
    } else {
        print_text(&format!(
            "Added {} endorsement(s) as {}; {} new contact(s); {} row(s) left out\n",
            result.added,
            if options.confirm {
                "confirmed"
            } else {
                "pending"
            },
            result.contacts_created,
            rows.len() as u32 - result.added
        ))
    })
}

impl InvitationsCommand {
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            InvitationsCommand::List { .. }
                | InvitationsCommand::Sender {
                    name: None,
                    organization: None
                }
        )
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let fail = |e: signons::EndorsementError| ErrorReport::from(&e);
        match self {
            InvitationsCommand::Create {
                statement,
                tag,
                country,
                sector,
                signed,
                contact,
            } => {
                let audience = Audience {
                    tags: tag,
                    countries: country,
                    sectors: sector,
                    signed_statement: signed,
                    contact_ids: contact,
                };
                if audience == Audience::default() {
                    return Err(failed(
                        ErrorCode::Invalid,
                        "say whom to invite: --tag, --country, --sector, --signed or --contact",
                    ));
                }
                let made = actions::outreach::invite(store, &statement, &audience).map_err(fail)?;
                if json {
                    return print_json(&made);
                }
                print_text(&format!(
                    "Invited {}; {} already invited\n",
                    made.added, made.already
                ))
            }
            InvitationsCommand::List {
                statement,
                status,
                needs_reminder,
            } => {
                let found = match needs_reminder {
                    Some(days) => {
                        invitations::needing_reminder(store.conn(), &statement, days, None)
                    }
                    None => invitations::list(store.conn(), &statement, status),
                }
                .map_err(fail)?;
                if json {
                    return print_json(&found);
                }
                let mut text = String::new();
                for i in &found {
                    text.push_str(&format!(
                        "{}\t{}\t{}\t{}\tinvited {}\n",
                        i.id,
                        i.status,
                        for_terminal(&i.name),
                        for_terminal(&i.email),
                        i.invited_on.as_deref().unwrap_or("")
                    ));
                }
                text.push_str(&format!("{} invitation(s)\n", found.len()));
                print_text(&text)
            }
            InvitationsCommand::SetStatus { id, status } => {
                let done = actions::outreach::set_status(store, std::slice::from_ref(&id), status)
                    .map_err(fail)?
                    .remove(0);
                if json {
                    return print_json(&done);
                }
                print_text(&format!(
                    "{}\t{}\t{}\n",
                    done.id,
                    done.status,
                    for_terminal(&done.name)
                ))
            }
            InvitationsCommand::Messages {
                statement,
                out_dir,
                reminders_after,
                from,
                language,
            } => {
                let (found, purpose) = match reminders_after {
                    Some(days) => (
                        invitations::needing_reminder(store.conn(), &statement, days, None),
                        Purpose::Reminder,
                    ),
                    None => (
                        invitations::list(
                            store.conn(),
                            &statement,
                            Some(InvitationStatus::Invited),
                        ),
                        Purpose::Invitation,
                    ),
                };
                let ids: Vec<String> = found.map_err(fail)?.into_iter().map(|i| i.id).collect();
                std::fs::create_dir_all(&out_dir).map_err(|e| {
                    failed(
                        ErrorCode::Unavailable,
                        format!("cannot make the folder {}: {e}", out_dir.display()),
                    )
                })?;
                let files = invitations::write_eml_files(
                    store.conn(),
                    &ids,
                    purpose,
                    &from,
                    language.as_deref(),
                    &out_dir,
                )
                .map_err(fail)?;
                if json {
                    return print_json(&files);
                }
                print_text(&format!(
                    "Wrote {} message(s) to {}\n",
                    files.len(),
                    out_dir.display()
                ))
            }
            InvitationsCommand::Sender { name, organization } => {
                let mut sender = invitations::sender(store.conn()).map_err(fail)?;
                if name.is_some() || organization.is_some() {
                    sender.name = name.unwrap_or(sender.name);
                    sender.organization = organization.unwrap_or(sender.organization);
                    sender = actions::outreach::set_sender(store, &sender).map_err(fail)?;
                }
                if json {
                    return print_json(&sender);
                }
                print_text(&format!(
                    "name: {}\norganization: {}\n",
                    for_terminal(&sender.name),
                    for_terminal(&sender.organization)
                ))
            }
        }
    }
}
