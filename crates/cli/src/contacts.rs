//! `contacts …`: organizations and people from a terminal or a script.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use undersigned_core::actions::{self, ReviewError, Reviews};
use undersigned_core::contacts::duplicates::{self, Evidence};
use undersigned_core::contacts::exchange;
use undersigned_core::contacts::import::{self, ImportField, RowOutcome};
use undersigned_core::contacts::{self, ContactQuery, ContactRow};
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::tabular;
use undersigned_core::text::for_terminal;
use undersigned_core::{Store, WithPath};

use crate::output::{failed, print_json, print_text};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Vcf,
}

#[derive(Subcommand)]
pub enum ContactsCommand {
    /// Import contacts from a CSV, XLSX, ODS or vCard file
    Import {
        file: PathBuf,
        /// Report what each row would become; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Map a column (its header or number) to a field: organization,
        /// acronym, person, role, email, phone, country, city, sector,
        /// website, notes, tags, consent_contact, consent_publish, ignore
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
    },
    /// Find contacts by the start of any word: names, acronyms, e-mails, city, country
    Search {
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// List contacts in name order
    List {
        #[arg(long)]
        tag: Option<String>,
        /// Country code or name
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        sector: Option<String>,
        /// The contacts in the trash instead
        #[arg(long)]
        trash: bool,
    },
    /// Write every contact as CSV or vCard 4.0
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// File to write; standard output when left out
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Possible duplicates, most likely first
    Duplicates {
        #[arg(long, default_value_t = 200)]
        limit: usize,
    },
    /// Merge OTHER records into KEEP: their endorsements, invitations,
    /// people and tags move to KEEP, and they go to the trash
    Merge {
        keep: String,
        #[arg(required = true)]
        other: Vec<String>,
    },
    /// Undo a merge, by the id `merge` printed
    UndoMerge { merge_id: String },
    /// Say two contacts are not duplicates: `duplicates` stops offering the
    /// pair (--undo offers it again)
    NotDuplicate {
        first: String,
        second: String,
        #[arg(long)]
        undo: bool,
    },
}

impl ContactsCommand {
    pub fn only_reads(&self) -> bool {
        match self {
            ContactsCommand::Import { dry_run, .. } => *dry_run,
            ContactsCommand::Search { .. }
            | ContactsCommand::List { .. }
            | ContactsCommand::Export { .. }
            | ContactsCommand::Duplicates { .. } => true,
            ContactsCommand::Merge { .. }
            | ContactsCommand::UndoMerge { .. }
            | ContactsCommand::NotDuplicate { .. } => false,
        }
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let path = store.path().map(std::path::Path::to_path_buf);
        let fail = |e: contacts::ContactError| {
            let e = match &path {
                Some(p) => e.with_path(p),
                None => e,
            };
            ErrorReport::from(&e)
        };
        match self {
            ContactsCommand::Import { file, dry_run, map } => {
                import(store, &file, dry_run, &map, json)
            }
            ContactsCommand::Search { query, limit } => {
                let rows = contacts::search(store.conn(), &query, limit).map_err(fail)?;
                rows_out(&rows, json)
            }
            ContactsCommand::List {
                tag,
                country,
                sector,
                trash,
            } => {
                let mut all = Vec::new();
                let mut query = ContactQuery {
                    tag,
                    country,
                    sector,
                    trash,
                    limit: contacts::MAX_PAGE,
                    ..ContactQuery::default()
                };
                loop {
                    let page = contacts::list(store.conn(), &query).map_err(fail)?;
                    let got = page.rows.len() as u32;
                    all.extend(page.rows);
                    if got < query.limit {
                        break;
                    }
                    query.offset += got;
                }
                rows_out(&all, json)
            }
            ContactsCommand::Export { format, out } => {
                let mut buffer: Vec<u8> = Vec::new();
                let count = match format {
                    ExportFormat::Csv => exchange::write_csv(store.conn(), &mut buffer),
                    ExportFormat::Vcf => exchange::write_vcard(store.conn(), &mut buffer),
                }
                .map_err(fail)?;
                match out {
                    Some(file) => {
                        write_whole(&file, &buffer)?;
                        if json {
                            print_json(&serde_json::json!({"file": file, "contacts": count}))
                        } else {
                            print_text(&format!("Wrote {count} contact(s) to {}\n", file.display()))
                        }
                    }
                    None => {
                        let mut stdout = std::io::stdout().lock();
                        match stdout.write_all(&buffer).and_then(|()| stdout.flush()) {
                            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(failed(
                                ErrorCode::Internal,
                                format!("cannot write output: {e}"),
                            )),
                            _ => Ok(()),
                        }
                    }
                }
            }
            ContactsCommand::Duplicates { limit } => {
                let pairs = duplicates::find(store.conn(), limit).map_err(fail)?;
                if json {
                    return print_json(&pairs);
                }
                if pairs.is_empty() {
                    return print_text("No possible duplicates.\n");
                }
                let mut text = String::new();
                for p in &pairs {
                    let why: Vec<String> = p.evidence.iter().map(evidence_text).collect();
                    text.push_str(&format!(
                        "{:.2}  {}  {}\n      {}  {}\n      {}\n",
                        p.score,
                        p.a.id,
                        for_terminal(&p.a.name),
                        p.b.id,
                        for_terminal(&p.b.name),
                        for_terminal(&why.join("; "))
                    ));
                }
                print_text(&text)
            }
            ContactsCommand::Merge { keep, other } => {
                let record = actions::contacts::merge(store, &keep, &other, None).map_err(fail)?;
                if json {
                    return print_json(&record);
                }
                let endorsements = match record.merged_endorsements {
                    0 => String::new(),
                    n => format!(
                        "; {n} statement(s) signed by both now list one endorsement (the other is logged as merged)"
                    ),
                };
                print_text(&format!(
                    "Merged {} record(s) into {}; {} link(s) moved{endorsements}. Undo with: contacts undo-merge {}\n",
                    record.merged_ids.len(),
                    record.kept_id,
                    record.moved_links,
                    record.id
                ))
            }
            ContactsCommand::NotDuplicate {
                first,
                second,
                undo,
            } => {
                actions::contacts::set_not_duplicate(store, &first, &second, undo).map_err(fail)?;
                print_text(if undo {
                    "The pair is offered as possible duplicates again\n"
                } else {
                    "Not duplicates: the pair is no longer offered\n"
                })
            }
            ContactsCommand::UndoMerge { merge_id } => {
                let record = actions::contacts::undo_merge(store, &merge_id).map_err(fail)?;
                if json {
                    return print_json(&record);
                }
                print_text(&format!(
                    "Undid the merge into {}; {} record(s) are back\n",
                    record.kept_id,
                    record.merged_ids.len()
                ))
            }
        }
    }
}

fn evidence_text(e: &Evidence) -> String {
    match e {
        Evidence::SameName => "same name".into(),
        Evidence::Acronym { acronym } => format!("acronym {acronym}"),
        Evidence::SameEmail { email } => format!("same e-mail {email}"),
        Evidence::SameDomain { domain } => format!("same domain {domain}"),
        Evidence::SimilarName { score } => format!("similar names ({score:.2})"),
    }
}

/// Writes beside the target and renames, so a failed write never leaves a
/// half-written file under the asked-for name.
fn write_whole(file: &std::path::Path, bytes: &[u8]) -> Result<(), ErrorReport> {
    undersigned_core::files::write_whole(file, bytes).map_err(|e| {
        failed(
            ErrorCode::Unavailable,
            format!("cannot write {}: {e}", file.display()),
        )
    })
}

fn rows_out(rows: &[ContactRow], json: bool) -> Result<(), ErrorReport> {
    if json {
        return print_json(rows);
    }
    if rows.is_empty() {
        return print_text("No contacts.\n");
    }
    let mut text = String::new();
    for r in rows {
        let kind = match r.kind {
            contacts::ContactKind::Organization => "org   ",
            contacts::ContactKind::Person => "person",
        };
        let mut line = format!("{}  {kind}  {}", r.id, for_terminal(&r.name));
        if !r.short_name.is_empty() {
            line.push_str(&format!(" ({})", for_terminal(&r.short_name)));
        }
        if let Some(org) = &r.organization_name {
            line.push_str(&format!(", {}", for_terminal(org)));
        }
        let place: Vec<&str> = [r.city.as_str(), r.country.as_deref().unwrap_or("")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !place.is_empty() {
            line.push_str(&format!(" — {}", for_terminal(&place.join(", "))));
        }
        text.push_str(&line);
        text.push('\n');
    }
    print_text(&text)
}

fn mapping_for(table: &tabular::Table, map: &[String]) -> Result<Vec<ImportField>, ErrorReport> {
    let mut guesses = import::guess_columns(table);
    crate::mapping::apply(
        &table.headers,
        &mut guesses,
        map,
        undersigned_core::tabular::columns::CONTACT_FIELDS,
    )?;
    Ok(guesses.into_iter().map(|g| g.field).collect())
}

fn import(
    store: &mut Store,
    file: &std::path::Path,
    dry_run: bool,
    map: &[String],
    json: bool,
) -> Result<(), ErrorReport> {
    let table = tabular::read_path(file).map_err(|e| ErrorReport::from(&e))?;
    crate::output::warn_about(&table.warnings);
    let mapping = mapping_for(&table, map)?;
    let (headers, warnings) = (table.headers.clone(), table.warnings.clone());
    // Planned once; applying writes this plan, unless something else wrote
    // to the database meanwhile: then it is planned again, once.
    let reviews = Reviews::default();
    let token = actions::contacts::keep_import(&reviews, table);
    let plan = actions::contacts::plan_import(store, &reviews, &token, &mapping)
        .map_err(|e| ErrorReport::from(&e))?;
    if dry_run {
        if json {
            return print_json(&serde_json::json!({
                "file": file,
                "headers": headers,
                "mapping": mapping,
                "plan": plan,
                "warnings": warnings,
            }));
        }
        let mut text = String::new();
        for (header, field) in headers.iter().zip(&mapping) {
            text.push_str(&format!(
                "  {} → {}\n",
                for_terminal(header),
                field.as_str()
            ));
        }
        text.push_str(&format!(
            "{} row(s): {} new, {} already known, {} duplicate(s) within the file, {} invalid\n",
            plan.rows_read, plan.new_rows, plan.matched, plan.duplicates, plan.invalid
        ));
        text.push_str(&format!(
            "Would add {} organization(s) and {} person(s). Nothing was written.\n",
            plan.organizations_to_add, plan.people_to_add
        ));
        for row in &plan.report {
            let what = match &row.outcome {
                RowOutcome::New => continue,
                RowOutcome::Matched { name, reason, .. } => {
                    format!("known: {} ({reason})", for_terminal(name))
                }
                RowOutcome::Duplicate { first_row } => format!("same as row {first_row}"),
                RowOutcome::Invalid { reason } => format!("invalid: {}", for_terminal(reason)),
            };
            text.push_str(&format!(
                "  row {}: {}: {what}\n",
                row.row,
                for_terminal(&row.name)
            ));
        }
        return print_text(&text);
    }
    let apply = |store: &mut Store| {
        actions::contacts::apply_import(store, &reviews, &token, &mapping, &mut |_, _| true)
    };
    let outcome = match apply(store) {
        Err(ReviewError::Stale) => {
            actions::contacts::plan_import(store, &reviews, &token, &mapping)
                .and_then(|_| apply(store))
        }
        other => other,
    }
    .map_err(|e| ErrorReport::from(&e))?;
    if json {
        return print_json(&outcome);
    }
    print_text(&format!(
        "Added {} organization(s) and {} person(s); {} row(s) already known, {} skipped\n",
        outcome.organizations_added, outcome.people_added, outcome.matched, outcome.skipped
    ))
}
