// The app's commands, declared once each: `module::name(arguments) -> answer`.
// See `declare.rs` for what each line gives (registration, TypeScript types,
// the declaration to Tauri and the capability's permission); build.rs reads
// the lines themselves, so keep one command per line.
//
// No command takes a path: the shell opens the file dialogs itself
// (src/dialogs.rs) and answers with names only. A `FileBody` argument is a
// file the page hands over: it travels as the raw body of the call, with its
// name in a header (src/file_body.rs), not as JSON.

use tauri::ipc::Channel;

use crate::commands::app::{AppInfo, WindowLanguages};
use crate::commands::contacts::{ImportPreview, ImportProgress};
use crate::commands::endorsements::{IntakeFile, IntakeReview};
use crate::commands::export::{CheckedFile, ExportPreview, ExportProgress};
use crate::commands::sharing::SharingInfo;
use crate::dialogs::SavedFiles;
use crate::file_body::FileBody;
use undersigned_core::contacts::duplicates::{DuplicatePair, MergeFields, MergeRecord};
use undersigned_core::contacts::import::{ImportOutcome, ImportPlan};
use undersigned_core::contacts::{
    ContactFacets, ContactKind, ContactPage, ContactQuery, ContactRow, Organization,
    OrganizationInput, Person, PersonInput,
};
use undersigned_core::countries::Country;
use undersigned_core::export::signing::StoredKey;
use undersigned_core::export::{ExportFormat, ExportOptions, ExportRecord};
use undersigned_core::share::{Conflict, Keep, Started, SyncReport};
use undersigned_core::signons::intake::{IntakeOptions, IntakeResult};
use undersigned_core::signons::invitations::{
    Audience, Created, Invitation, InvitationStatus, LanguageVersion, Message, Purpose, Sender,
    Template,
};
use undersigned_core::signons::{
    Endorsement, EndorsementEvent, EndorsementKind, EndorsementPage, EndorsementPatch,
    EndorsementQuery, EndorsementStatus, NewEndorsement, Outdated, Summary,
};
use undersigned_core::statements::documents::ImportedStatement;
use undersigned_core::statements::drafting::TranslationStatus;
use undersigned_core::statements::revisions::{
    Revision, RevisionSummary, SavedRevision, TextDiffReport,
};
use undersigned_core::statements::{
    NewStatement, Statement, StatementPatch, StatementStatus, StatementSummary,
};
use undersigned_core::store::DatabaseChange;
use undersigned_core::store::backup::{BackupInfo, RestoreReport};
use undersigned_core::store::encryption::Converted;
use undersigned_core::tabular::columns::ColumnField;

commands! {
    app::app_info() -> AppInfo;
    app::app_ready() -> ();
    app::app_languages() -> WindowLanguages;
    app::app_choose_language(language: Option<String>) -> ();
    app::app_unlock(passphrase: String) -> ();
    app::app_encrypt(passphrase: String) -> Converted;
    app::app_quit() -> ();
    app::app_watch(on_change: Channel<DatabaseChange>) -> ();
    backup::backup_list() -> Vec<BackupInfo>;
    backup::backup_create() -> BackupInfo;
    backup::backup_restore(file_name: String) -> RestoreReport;
    sharing::share_status() -> SharingInfo;
    sharing::share_create(name: String, where_title: String, invitation_title: String) -> Option<Started>;
    sharing::share_join(name: String, invitation_title: String, where_title: String) -> Option<Started>;
    sharing::share_sync() -> SyncReport;
    sharing::share_conflicts() -> Vec<Conflict>;
    sharing::share_resolve(id: String, keep: Keep) -> ();
    sharing::share_leave() -> ();
    statements::statements_list() -> Vec<StatementSummary>;
    statements::statements_list_trash() -> Vec<StatementSummary>;
    statements::statements_get(id: String) -> Statement;
    statements::statements_create(statement: NewStatement) -> Statement;
    statements::statements_update(id: String, patch: StatementPatch) -> Statement;
    statements::statements_delete(id: String) -> Statement;
    statements::statements_restore(id: String) -> Statement;
    drafting::statements_set_status(id: String, status: StatementStatus, confirmed: bool) -> Statement;
    drafting::statements_save_revision(id: String, label: String, pause: bool) -> SavedRevision;
    drafting::statements_revisions(id: String) -> Vec<RevisionSummary>;
    drafting::statements_revision(id: String, number: u32) -> Revision;
    drafting::statements_diff(id: String, from: u32, to: Option<u32>) -> TextDiffReport;
    drafting::statements_restore_revision(id: String, number: u32) -> SavedRevision;
    drafting::statements_translate(id: String, language: String) -> Statement;
    drafting::statements_translation_status(id: String) -> TranslationStatus;
    drafting::statements_mark_translation_current(id: String) -> TranslationStatus;
    drafting::statements_duplicate(id: String) -> Statement;
    drafting::statements_import_markdown(text: String, file_name: String) -> ImportedStatement;
    drafting::statements_import_docx(file: FileBody) -> ImportedStatement;
    drafting::statements_markdown(id: String) -> String;
    statements::statements_purge(id: String) -> ();
    contacts::contacts_list(query: ContactQuery) -> ContactPage;
    contacts::contacts_facets() -> ContactFacets;
    contacts::contacts_countries() -> Vec<Country>;
    contacts::contacts_organization(id: String) -> Organization;
    contacts::contacts_person(id: String) -> Person;
    contacts::contacts_people_of(id: String) -> Vec<Person>;
    contacts::contacts_create_organization(input: OrganizationInput) -> Organization;
    contacts::contacts_update_organization(id: String, input: OrganizationInput) -> Organization;
    contacts::contacts_create_person(input: PersonInput) -> Person;
    contacts::contacts_update_person(id: String, input: PersonInput) -> Person;
    contacts::contacts_delete(ids: Vec<String>) -> u32;
    contacts::contacts_restore(ids: Vec<String>) -> u32;
    contacts::contacts_purge(ids: Vec<String>) -> u32;
    contacts::contacts_empty_trash() -> u32;
    contacts::contacts_duplicates(limit: u32) -> Vec<DuplicatePair>;
    contacts::contacts_not_duplicate(first: String, second: String, undo: bool) -> ();
    contacts::contacts_similar(kind: ContactKind, name: String) -> Vec<ContactRow>;
    contacts::contacts_merge(keep: String, others: Vec<String>, fields: Option<MergeFields>) -> MergeRecord;
    contacts::contacts_undo_merge(merge_id: String) -> MergeRecord;
    contacts::contacts_import_read(file: FileBody) -> ImportPreview;
    contacts::contacts_import_plan(token: String, mapping: Vec<ColumnField>) -> ImportPlan;
    contacts::contacts_import_apply(token: String, mapping: Vec<ColumnField>, on_progress: Channel<ImportProgress>) -> ImportOutcome;
    contacts::contacts_import_cancel(token: String) -> ();
    endorsements::endorsements_list(statement_id: String, query: EndorsementQuery) -> EndorsementPage;
    endorsements::endorsements_get(id: String) -> Endorsement;
    endorsements::endorsements_add(statement_id: String, endorsement: NewEndorsement) -> Endorsement;
    endorsements::endorsements_set_status(ids: Vec<String>, status: EndorsementStatus) -> Vec<Endorsement>;
    endorsements::endorsements_correct(id: String, patch: EndorsementPatch) -> Endorsement;
    endorsements::endorsements_confirm_pending(statement_id: String) -> Vec<String>;
    endorsements::endorsements_undo_confirm(ids: Vec<String>) -> u32;
    endorsements::endorsements_name_contact(id: String) -> String;
    endorsements::endorsements_events(id: String) -> Vec<EndorsementEvent>;
    endorsements::endorsements_delete(ids: Vec<String>) -> u32;
    endorsements::endorsements_restore(ids: Vec<String>) -> u32;
    endorsements::endorsements_empty_trash(statement_id: String) -> u32;
    endorsements::endorsements_summary(statement_id: String) -> Summary;
    endorsements::endorsements_outdated(statement_id: String) -> Vec<Outdated>;
    endorsements::endorsements_reconfirm(ids: Vec<String>) -> u32;
    endorsements::intake_paste(statement_id: String, text: String, kind: EndorsementKind, options: IntakeOptions) -> IntakeReview;
    endorsements::intake_read(file: FileBody) -> IntakeFile;
    endorsements::intake_plan(statement_id: String, token: String, mapping: Option<Vec<ColumnField>>, options: IntakeOptions) -> IntakeReview;
    endorsements::intake_apply(statement_id: String, token: String, options: IntakeOptions, on_progress: Channel<ImportProgress>) -> IntakeResult;
    endorsements::intake_cancel(token: String) -> ();
    endorsements::invitations_create(statement_id: String, audience: Audience) -> Created;
    endorsements::invitations_list(statement_id: String, status: Option<InvitationStatus>, reminder_after_days: Option<u32>) -> Vec<Invitation>;
    endorsements::invitations_set_status(ids: Vec<String>, status: InvitationStatus) -> Vec<Invitation>;
    endorsements::invitations_template(statement_id: String, purpose: Purpose) -> Template;
    endorsements::invitations_set_template(statement_id: String, template: Template) -> Template;
    endorsements::invitations_message(id: String, purpose: Purpose, language: Option<String>) -> Message;
    endorsements::invitations_save_eml(ids: Vec<String>, purpose: Purpose, language: Option<String>, title: String) -> Option<SavedFiles>;
    endorsements::invitations_versions(statement_id: String) -> Vec<LanguageVersion>;
    endorsements::invitations_sender() -> Sender;
    endorsements::invitations_set_sender(sender: Sender) -> Sender;
    export::export_preview(statement_id: String, options: ExportOptions, pages: u32) -> ExportPreview;
    export::export_all_languages(statement_id: String, format: ExportFormat, options: ExportOptions, passphrase: Option<String>, title: String, on_progress: Channel<ExportProgress>) -> Option<SavedFiles>;
    export::export_save(statement_id: String, format: ExportFormat, options: ExportOptions, passphrase: Option<String>, title: String) -> Option<ExportRecord>;
    export::exports_list(statement_id: String) -> Vec<ExportRecord>;
    export::keys_current() -> Option<StoredKey>;
    export::keys_create(passphrase: String, label: String) -> StoredKey;
    export::keys_save_public(title: String) -> Option<String>;
    export::verify_file(title: String, key_title: Option<String>) -> Option<CheckedFile>;
}
