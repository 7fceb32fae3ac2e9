//! The TypeScript types the UI uses, generated from the Rust types.
//! `ui/src/lib/api/bindings.ts` is committed; this test fails when it no longer
//! matches, and `make types` (UPDATE_BINDINGS=1) rewrites it.

use ts_rs::{Config, TS};
use undersigned_core::statements::{
    NewStatement, Statement, StatementPatch, StatementStatus, StatementSummary,
};
use undersigned_core::text::{LIMITS, TextLimits};

use undersigned_core::statements::documents::ImportedStatement;
use undersigned_core::statements::drafting::TranslationStatus;
use undersigned_core::statements::revisions::{
    DiffChange, DiffPart, Revision, RevisionKind, RevisionSummary, SavedRevision, TextDiffReport,
};
use undersigned_core::store::backup::{BackupInfo, BackupReason, RestoreReport};
use undersigned_core::store::{Area, DatabaseChange};

use undersigned_core::contacts::duplicates::{DuplicatePair, Evidence, MergeFields, MergeRecord};
use undersigned_core::contacts::import::{ImportOutcome, ImportPlan, PlannedRow, RowOutcome};
use undersigned_core::contacts::{
    ContactFacets, ContactKind, ContactPage, ContactQuery, ContactRow, Organization,
    OrganizationInput, Person, PersonInput,
};
use undersigned_core::countries::Country;
use undersigned_core::tabular::columns::{ColumnField, ColumnGuess};
use undersigned_core::tabular::{Format, Row};

use undersigned_core::signons::intake::{
    Candidate, Choice, IntakeOptions, IntakeOutcome, IntakePlan, IntakeResult, IntakeRow, Listed,
    PlannedIntake,
};
use undersigned_core::signons::invitations::{
    Audience, Created, Invitation, InvitationCounts, InvitationStatus, LanguageVersion, Message,
    Purpose, Sender, Template,
};
use undersigned_core::signons::{
    Endorsement, EndorsementEvent, EndorsementKind, EndorsementPage, EndorsementPatch,
    EndorsementQuery, EndorsementStatus, NewEndorsement, Outdated, SignOnChannel, Signatories,
    Signatory, Summary, Tally, Visibility,
};

use undersigned_core::export::signing::{StoredKey, Verdict};
use undersigned_core::export::{
    Document, ExportFormat, ExportOptions, ExportRecord, Group, GroupBy, Paper,
};

use crate::commands::app::AppInfo;
use crate::commands::contacts::{ImportPreview, ImportProgress};
use crate::commands::endorsements::{IntakeFile, IntakeReview};
use crate::commands::export::{CheckedFile, ExportPreview, ExportProgress};
use crate::commands::table::COMMANDS;
use crate::dialogs::SavedFiles;
use crate::error::{ApiError, ErrorCode};

fn render() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        StatementStatus::decl(&cfg),
        Statement::decl(&cfg),
        StatementSummary::decl(&cfg),
        NewStatement::decl(&cfg),
        ImportedStatement::decl(&cfg),
        StatementPatch::decl(&cfg),
        AppInfo::decl(&cfg),
        Area::decl(&cfg),
        DatabaseChange::decl(&cfg),
        BackupReason::decl(&cfg),
        BackupInfo::decl(&cfg),
        RestoreReport::decl(&cfg),
        RevisionKind::decl(&cfg),
        Revision::decl(&cfg),
        RevisionSummary::decl(&cfg),
        SavedRevision::decl(&cfg),
        DiffChange::decl(&cfg),
        DiffPart::decl(&cfg),
        TextDiffReport::decl(&cfg),
        TranslationStatus::decl(&cfg),
        TextLimits::decl(&cfg),
        ContactKind::decl(&cfg),
        Organization::decl(&cfg),
        Person::decl(&cfg),
        OrganizationInput::decl(&cfg),
        PersonInput::decl(&cfg),
        ContactRow::decl(&cfg),
        ContactQuery::decl(&cfg),
        ContactPage::decl(&cfg),
        ContactFacets::decl(&cfg),
        Country::decl(&cfg),
        Evidence::decl(&cfg),
        DuplicatePair::decl(&cfg),
        MergeFields::decl(&cfg),
        MergeRecord::decl(&cfg),
        Format::decl(&cfg),
        Row::decl(&cfg),
        ColumnField::decl(&cfg),
        ColumnGuess::decl(&cfg),
        RowOutcome::decl(&cfg),
        PlannedRow::decl(&cfg),
        ImportPlan::decl(&cfg),
        ImportOutcome::decl(&cfg),
        ImportPreview::decl(&cfg),
        ImportProgress::decl(&cfg),
        EndorsementKind::decl(&cfg),
        EndorsementStatus::decl(&cfg),
        Visibility::decl(&cfg),
        SignOnChannel::decl(&cfg),
        Endorsement::decl(&cfg),
        NewEndorsement::decl(&cfg),
        EndorsementPatch::decl(&cfg),
        EndorsementEvent::decl(&cfg),
        EndorsementQuery::decl(&cfg),
        EndorsementPage::decl(&cfg),
        Tally::decl(&cfg),
        Summary::decl(&cfg),
        Signatory::decl(&cfg),
        Signatories::decl(&cfg),
        Outdated::decl(&cfg),
        IntakeRow::decl(&cfg),
        Listed::decl(&cfg),
        Candidate::decl(&cfg),
        IntakeOutcome::decl(&cfg),
        PlannedIntake::decl(&cfg),
        IntakePlan::decl(&cfg),
        Choice::decl(&cfg),
        IntakeOptions::decl(&cfg),
        IntakeResult::decl(&cfg),
        IntakeFile::decl(&cfg),
        IntakeReview::decl(&cfg),
        InvitationStatus::decl(&cfg),
        Purpose::decl(&cfg),
        Invitation::decl(&cfg),
        Audience::decl(&cfg),
        Created::decl(&cfg),
        InvitationCounts::decl(&cfg),
        Template::decl(&cfg),
        Message::decl(&cfg),
        LanguageVersion::decl(&cfg),
        Sender::decl(&cfg),
        ExportFormat::decl(&cfg),
        GroupBy::decl(&cfg),
        Paper::decl(&cfg),
        ExportOptions::decl(&cfg),
        ExportProgress::decl(&cfg),
        Group::decl(&cfg),
        Document::decl(&cfg),
        ExportRecord::decl(&cfg),
        ExportPreview::decl(&cfg),
        StoredKey::decl(&cfg),
        Verdict::decl(&cfg),
        CheckedFile::decl(&cfg),
        SavedFiles::decl(&cfg),
        ErrorCode::decl(&cfg),
        ApiError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `make types`; do not edit by hand.\n\nimport type { Channel } from '@tauri-apps/api/core';\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push_str("\n\n");
    }
    out.push_str(&render_commands());
    // The limits themselves, so the UI counts against the same numbers as core.
    let limits = serde_json::to_string(&LIMITS).unwrap_or_default();
    out.push_str("/** Length limits of text fields, in characters (Unicode code points), as core enforces them. */\n");
    out.push_str(&format!(
        "export const TEXT_LIMITS: TextLimits = {limits};\n"
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The command table as TypeScript: `lib/api` and the fake backend are typed
/// by it, so a renamed command or argument key fails the UI's type check.
fn render_commands() -> String {
    let mut out = String::from(
        "/** Every command the window may call: its argument keys and types, and its answer. */\nexport type Commands = {\n",
    );
    for command in COMMANDS {
        let args: Vec<String> = command
            .args
            .iter()
            .map(|(key, ty)| format!("{key}: {ty}"))
            .collect();
        let args = if args.is_empty() {
            "Record<never, never>".to_string()
        } else {
            format!("{{ {} }}", args.join(", "))
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; returns: {} }};\n",
            command.name, command.returns
        ));
    }
    out.push_str("};\n\nexport type CommandName = keyof Commands;\n\n");
    out.push_str("export const COMMAND_NAMES: readonly CommandName[] = [\n");
    for command in COMMANDS {
        out.push_str(&format!("  '{}',\n", command.name));
    }
    out.push_str("];\n\n");
    out
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api/bindings.ts");
    let generated = render();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated)
            .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date with the Rust types; run `make types` and commit the result.\n--- generated ---\n{generated}",
        path.display()
    );
}
