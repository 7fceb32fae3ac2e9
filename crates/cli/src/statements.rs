//! `statements …`: joint statements from a terminal or a script.

use clap::Subcommand;
use std::path::{Path, PathBuf};

use undersigned_core::actions;
use undersigned_core::error::{ErrorCode, ErrorReport};
use undersigned_core::statements::documents;
use undersigned_core::statements::revisions::{self, DiffChange};
use undersigned_core::statements::{
    self, NewStatement, Statement, StatementError, StatementPatch, StatementStatus,
    StatementSummary,
};
use undersigned_core::text::for_terminal;
use undersigned_core::{Store, WithPath};

use crate::output::{failed, print_json, print_text, short_time};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    Md,
    Json,
}

/// Files larger than this are refused before reading: no statement is that long.
const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

fn read_bytes(file: &Path) -> Result<Vec<u8>, ErrorReport> {
    let cannot = |why: String| {
        failed(
            ErrorCode::Invalid,
            format!("cannot read {}: {why}", file.display()),
        )
    };
    let size = std::fs::metadata(file)
        .map_err(|e| cannot(e.to_string()))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(cannot(format!(
            "it is {} MB; a statement file is at most 20 MB",
            size / 1_000_000
        )));
    }
    std::fs::read(file).map_err(|e| cannot(e.to_string()))
}

fn read_text(file: &Path) -> Result<String, ErrorReport> {
    let bytes = read_bytes(file)?;
    String::from_utf8(bytes).map_err(|e| {
        failed(
            ErrorCode::Invalid,
            format!(
                "cannot read {}: it is not UTF-8 text (invalid bytes at byte {}); save it as UTF-8 and try again",
                file.display(),
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

fn file_label(file: &Path) -> String {
    file.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.display().to_string())
}

/// Multi-line text for a terminal: line breaks and tabs stay, other
/// control characters are shown escaped.
fn for_terminal_block(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            line.split('\t')
                .map(for_terminal)
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Subcommand)]
pub enum StatementsCommand {
    /// List statements, most recently changed first
    List {
        /// List the statements in the trash instead
        #[arg(long)]
        trash: bool,
    },
    /// Start a new statement (as a draft)
    Create {
        #[arg(long)]
        title: String,
        #[arg(long)]
        subtitle: Option<String>,
        /// BCP 47 language tag, e.g. en, fr, ar [default: en]
        #[arg(long)]
        language: Option<String>,
    },
    /// Show one statement, or one of its revisions
    Show {
        id: String,
        /// Show revision N instead of the current text
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        /// md: the statement as Markdown (title as the first `# ` heading); json: all fields
        #[arg(long, value_enum)]
        format: Option<ShowFormat>,
    },
    /// Start a statement from a Markdown file (its first heading is the title); prints the new id
    ImportMd { file: PathBuf },
    /// Start a statement from a Word .docx file (its first heading is the title); prints the new id
    ImportDocx { file: PathBuf },
    /// Replace a statement's text with a Markdown file, saved as a new revision
    Edit {
        id: String,
        #[arg(long, value_name = "FILE")]
        body_file: PathBuf,
    },
    /// List a statement's revisions, newest first
    Revisions { id: String },
    /// Compare two revisions word by word
    Diff { id: String, a: u32, b: u32 },
    /// Change a statement's status: draft, open, closed or published
    SetStatus {
        id: String,
        status: String,
        /// Go back to draft even though endorsements were recorded
        #[arg(long)]
        yes: bool,
    },
    /// Start a translation in another language, linked to the original
    Translate {
        id: String,
        /// BCP 47 language tag, e.g. fr, es, ar, zh-Hant
        #[arg(long)]
        language: String,
    },
    /// Copy a statement (text and details, no endorsements) as a new draft
    Duplicate { id: String },
    /// Change a statement's title
    Rename {
        id: String,
        #[arg(long)]
        title: String,
    },
    /// Set a statement's publication details; each option given replaces
    /// that detail (an empty value clears it), the others stay
    Details {
        id: String,
        #[arg(long, value_name = "T")]
        subtitle: Option<String>,
        #[arg(long, value_name = "T")]
        occasion: Option<String>,
        /// An issuing organization (repeat for several, in order)
        #[arg(long = "issued-by", value_name = "NAME")]
        issued_by: Vec<String>,
        /// YYYY-MM-DD
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long, value_name = "T")]
        place: Option<String>,
        /// A language tag such as es, fr, pt-BR
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
        /// The sign-on deadline, YYYY-MM-DD
        #[arg(long, value_name = "YYYY-MM-DD")]
        deadline: Option<String>,
        /// How many signatories are sought (0 clears it)
        #[arg(long, value_name = "N")]
        goal: Option<u32>,
    },
    /// Move a statement to the trash
    Delete { id: String },
    /// Bring a statement back from the trash
    Restore { id: String },
    /// Remove a statement in the trash for good, with all that belongs to it
    Purge { id: String },
}

impl StatementsCommand {
    /// Commands that only read never create a database.
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            StatementsCommand::List { .. }
                | StatementsCommand::Show { .. }
                | StatementsCommand::Revisions { .. }
                | StatementsCommand::Diff { .. }
        )
    }

    pub fn run(self, store: &mut Store, json: bool) -> Result<(), ErrorReport> {
        let path = store
            .path()
            .map(std::path::PathBuf::from)
            .unwrap_or_default();
        // Errors name the file, whatever the command.
        let fail = |e: statements::StatementError| ErrorReport::from(&e.with_path(&path));
        let out = Output { json };
        match self {
            StatementsCommand::List { trash } => {
                let found = if trash {
                    statements::list_trash(store.conn())
                } else {
                    statements::list(store.conn())
                }
                .map_err(fail)?;
                out.list(&found, trash)
            }
            StatementsCommand::Create {
                title,
                subtitle,
                language,
            } => {
                let new = NewStatement {
                    title,
                    subtitle,
                    language,
                };
                let made = actions::statements::create(store, &new).map_err(fail)?;
                out.one(&made, "Created")
            }
            StatementsCommand::Show {
                id,
                revision,
                format,
            } => {
                let mut found = statements::get(store.conn(), &id).map_err(fail)?;
                if let Some(number) = revision {
                    let old = revisions::get(store.conn(), &id, number).map_err(fail)?;
                    if format == Some(ShowFormat::Json) || (format.is_none() && json) {
                        return print_json(&old);
                    }
                    found.title = old.title;
                    found.subtitle = old.subtitle;
                    found.statement_date = old.statement_date;
                    found.place = old.place;
                    found.language = old.language;
                    found.body = old.body;
                }
                match format {
                    Some(ShowFormat::Md) => {
                        print_text(&for_terminal_block(&documents::to_markdown(&found)))
                    }
                    Some(ShowFormat::Json) => print_json(&found),
                    None => out.one(&found, ""),
                }
            }
            StatementsCommand::ImportMd { file } => {
                let text = read_text(&file)?;
                let origin = file_label(&file);
                let made =
                    actions::drafting::import_markdown(store, &text, &origin).map_err(fail)?;
                warn(&made.warnings);
                out.created_id(&made.statement)
            }
            StatementsCommand::ImportDocx { file } => {
                let bytes = read_bytes(&file)?;
                let origin = file_label(&file);
                let made = actions::drafting::import_docx(store, &bytes, &origin).map_err(fail)?;
                warn(&made.warnings);
                out.created_id(&made.statement)
            }
            StatementsCommand::Edit { id, body_file } => {
                let body = read_text(&body_file)?;
                let label = format!("Edited from {}", file_label(&body_file));
                let saved =
                    actions::statements::replace_body(store, &id, &body, &label).map_err(fail)?;
                if json {
                    return print_json(&saved);
                }
                print_text(&if saved.created {
                    format!("Saved as revision {}\n", saved.revision.number)
                } else {
                    format!(
                        "No change: the text is the same as revision {}\n",
                        saved.revision.number
                    )
                })
            }
            StatementsCommand::Revisions { id } => {
                let found = revisions::list(store.conn(), &id).map_err(fail)?;
                if json {
                    return print_json(&found);
                }
                let mut text = format!(
                    "{:>4}  {:<16}  {:>7}  LABEL\n",
                    "N", "SAVED (UTC)", "CHANGED"
                );
                for r in &found {
                    text.push_str(&format!(
                        "{:>4}  {:<16}  {:>7}  {}\n",
                        r.number,
                        short_time(&r.created_at),
                        r.words_changed,
                        for_terminal(&r.label)
                    ));
                }
                if found.is_empty() {
                    text = "No revisions yet. Save one in the app, or with: undersigned-cli statements edit ID --body-file FILE\n".into();
                }
                print_text(&text)
            }
            StatementsCommand::Diff { id, a, b } => {
                let report = revisions::diff(store.conn(), &id, a, b).map_err(fail)?;
                if json {
                    return print_json(&report);
                }
                let mut text = String::new();
                for part in &report.parts {
                    let shown = for_terminal_block(&part.text);
                    match part.change {
                        DiffChange::Same => text.push_str(&shown),
                        DiffChange::Added => text.push_str(&format!("{{+{shown}+}}")),
                        DiffChange::Removed => text.push_str(&format!("[-{shown}-]")),
                    }
                }
                text.push_str(&format!(
                    "\n\n{} word(s) added, {} removed\n",
                    report.words_added, report.words_removed
                ));
                print_text(&text)
            }
            StatementsCommand::SetStatus { id, status, yes } => {
                let wanted = StatementStatus::parse(status.trim()).ok_or_else(|| {
                    ErrorReport::from(&StatementError::BadStatus {
                        value: status.clone(),
                    })
                })?;
                let changed = actions::drafting::set_status(store, &id, wanted, yes)
                    .map_err(|e| match &e {
                        StatementError::NeedsConfirmation { count } => ErrorReport {
                            message: format!("{count} endorsement(s) were recorded while it was open; to move it back to draft anyway, add --yes"),
                            ..ErrorReport::from(&e)
                        },
                        _ => fail(e),
                    })?;
                out.one(&changed, "Status changed")
            }
            StatementsCommand::Translate { id, language } => {
                let made = actions::drafting::translate(store, &id, &language).map_err(fail)?;
                out.one(&made, "Translation started")
            }
            StatementsCommand::Duplicate { id } => {
                let made = actions::drafting::duplicate(store, &id).map_err(fail)?;
                out.one(&made, "Duplicated")
            }
            StatementsCommand::Rename { id, title } => {
                let patch = StatementPatch {
                    title: Some(title),
                    ..Default::default()
                };
                let renamed = actions::statements::update(store, &id, &patch).map_err(fail)?;
                out.one(&renamed, "Renamed")
            }
            StatementsCommand::Details {
                id,
                subtitle,
                occasion,
                issued_by,
                date,
                place,
                language,
                deadline,
                goal,
            } => {
                let patch = StatementPatch {
                    subtitle,
                    occasion,
                    issued_by: (!issued_by.is_empty()).then(|| issued_by.join("\n")),
                    statement_date: date,
                    place,
                    language,
                    deadline,
                    signatory_goal: goal,
                    ..Default::default()
                };
                let changed = actions::statements::update(store, &id, &patch).map_err(fail)?;
                out.one(&changed, "Details set")
            }
            StatementsCommand::Delete { id } => {
                let gone = actions::statements::delete(store, &id).map_err(fail)?;
                out.one(&gone, "Moved to the trash")
            }
            StatementsCommand::Restore { id } => {
                let back = actions::statements::restore(store, &id).map_err(fail)?;
                out.one(&back, "Restored")
            }
            StatementsCommand::Purge { id } => {
                let gone = statements::get(store.conn(), &id).map_err(fail)?;
                actions::statements::purge(store, &id).map_err(fail)?;
                if json {
                    return print_json(&serde_json::json!({ "purged": gone.id }));
                }
                print_text(&format!(
                    "Removed for good: {}\n",
                    for_terminal(&gone.title)
                ))
            }
        }
    }
}

struct Output {
    json: bool,
}

impl Output {
    /// A new statement: its id alone on a line, for scripts (`ID=$(…)`).
    fn created_id(&self, made: &Statement) -> Result<(), ErrorReport> {
        if self.json {
            return print_json(made);
        }
        print_text(&format!("{}\n", made.id))
    }

    fn list(&self, found: &[StatementSummary], trash: bool) -> Result<(), ErrorReport> {
        if self.json {
            return print_json(&found);
        }
        let mut text = String::new();
        if found.is_empty() {
            text.push_str(if trash {
                "The trash is empty.\n"
            } else {
                "No statements yet. Start one with: undersigned-cli statements create --title \"…\"\n"
            });
        } else {
            text.push_str(&format!(
                "{:<36}  {:<9}  {:<16}  TITLE\n",
                "ID", "STATUS", "UPDATED (UTC)"
            ));
            for s in found {
                text.push_str(&format!(
                    "{:<36}  {:<9}  {:<16}  {}\n",
                    s.id,
                    s.status.to_string(),
                    short_time(&s.updated_at),
                    for_terminal(&s.title)
                ));
            }
        }
        print_text(&text)
    }

    fn one(&self, s: &Statement, done: &str) -> Result<(), ErrorReport> {
        if self.json {
            return print_json(s);
        }
        let mut text = String::new();
        if !done.is_empty() {
            text.push_str(&format!("{done}: {}\n", for_terminal(&s.title)));
        }
        text.push_str(&format!("id:        {}\n", for_terminal(&s.id)));
        text.push_str(&format!("title:     {}\n", for_terminal(&s.title)));
        if !s.subtitle.is_empty() {
            text.push_str(&format!("subtitle:  {}\n", for_terminal(&s.subtitle)));
        }
        if !s.occasion.is_empty() {
            text.push_str(&format!("occasion:  {}\n", for_terminal(&s.occasion)));
        }
        for (i, name) in s
            .issued_by
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
        {
            let label = if i == 0 { "issued by:" } else { "" };
            text.push_str(&format!("{label:<10} {}\n", for_terminal(name)));
        }
        if let Some(date) = &s.statement_date {
            text.push_str(&format!("date:      {date}\n"));
        }
        if !s.place.is_empty() {
            text.push_str(&format!("place:     {}\n", for_terminal(&s.place)));
        }
        if let Some(deadline) = &s.deadline {
            text.push_str(&format!("deadline:  {deadline}\n"));
        }
        if let Some(goal) = s.signatory_goal {
            text.push_str(&format!("goal:      {goal}\n"));
        }
        text.push_str(&format!("status:    {}\n", s.status));
        text.push_str(&format!("language:  {}\n", for_terminal(&s.language)));
        text.push_str(&format!("created:   {}\n", s.created_at));
        text.push_str(&format!("updated:   {}\n", s.updated_at));
        if let Some(at) = &s.deleted_at {
            text.push_str(&format!("in trash since {at}\n"));
        }
        print_text(&text)
    }
}

/// What an import left out, on stderr so that stdout stays the new id.
fn warn(warnings: &[String]) {
    for w in warnings {
        eprintln!("undersigned-cli: note: {}", for_terminal(w));
    }
}
