//! Every type the window sees, in the order `bindings.ts` declares them.

use crate::commands::app::{AppInfo, WindowLanguages};
use crate::commands::contacts::{ImportPreview, ImportProgress};
use crate::commands::endorsements::{IntakeFile, IntakeReview};
use crate::commands::export::{CheckedFile, ExportPreview, ExportProgress};
use crate::commands::sharing::SharingInfo;
use crate::dialogs::SavedFiles;
use crate::error::{ApiError, ErrorCode};
use undersigned_core::contacts::duplicates::{DuplicatePair, Evidence, MergeFields, MergeRecord};
use undersigned_core::contacts::import::{ImportOutcome, ImportPlan, PlannedRow, RowOutcome};
use undersigned_core::contacts::{
    ContactFacets, ContactKind, ContactPage, ContactQuery, ContactRow, Organization,
    OrganizationInput, Person, PersonInput,
};
use undersigned_core::countries::Country;
use undersigned_core::error::ErrorReport;
use undersigned_core::export::signing::{StoredKey, Verdict};
use undersigned_core::export::{
    Document, ExportFormat, ExportOptions, ExportRecord, Group, GroupBy, Paper,
};
use undersigned_core::share::{
    Conflict, ConflictKind, DeviceStatus, Keep, ShareStatus, Started, SyncReport,
};
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
use undersigned_core::statements::documents::ImportedStatement;
use undersigned_core::statements::drafting::TranslationStatus;
use undersigned_core::statements::revisions::{
    DiffChange, DiffPart, Revision, RevisionKind, RevisionSummary, SavedRevision, TextDiffReport,
};
use undersigned_core::statements::{
    NewStatement, Statement, StatementPatch, StatementStatus, StatementSummary,
};
use undersigned_core::store::backup::{BackupInfo, BackupReason, RestoreReport};
use undersigned_core::store::encryption::Converted;
use undersigned_core::store::{Area, DatabaseChange};
use undersigned_core::tabular::columns::{ColumnField, ColumnGuess};
use undersigned_core::tabular::{Format, Row};
use undersigned_core::text::TextLimits;

typescript_types! {
    StatementStatus,
    Statement,
    StatementSummary,
    NewStatement,
    ImportedStatement,
    StatementPatch,
    AppInfo,
    Area,
    DatabaseChange,
    BackupReason,
    BackupInfo,
    RestoreReport,
    Converted,
    WindowLanguages,
    RevisionKind,
    Revision,
    RevisionSummary,
    SavedRevision,
    DiffChange,
    DiffPart,
    TextDiffReport,
    TranslationStatus,
    TextLimits,
    ContactKind,
    Organization,
    Person,
    OrganizationInput,
    PersonInput,
    ContactRow,
    ContactQuery,
    ContactPage,
    ContactFacets,
    Country,
    Evidence,
    DuplicatePair,
    MergeFields,
    MergeRecord,
    Format,
    Row,
    ColumnField,
    ColumnGuess,
    RowOutcome,
    PlannedRow,
    ImportPlan,
    ImportOutcome,
    ImportPreview,
    ImportProgress,
    EndorsementKind,
    EndorsementStatus,
    Visibility,
    SignOnChannel,
    Endorsement,
    NewEndorsement,
    EndorsementPatch,
    EndorsementEvent,
    EndorsementQuery,
    EndorsementPage,
    Tally,
    Summary,
    Signatory,
    Signatories,
    Outdated,
    IntakeRow,
    Listed,
    Candidate,
    IntakeOutcome,
    PlannedIntake,
    IntakePlan,
    Choice,
    IntakeOptions,
    IntakeResult,
    IntakeFile,
    IntakeReview,
    InvitationStatus,
    Purpose,
    Invitation,
    Audience,
    Created,
    InvitationCounts,
    Template,
    Message,
    LanguageVersion,
    Sender,
    ExportFormat,
    GroupBy,
    Paper,
    ExportOptions,
    ExportProgress,
    Group,
    Document,
    ExportRecord,
    ExportPreview,
    StoredKey,
    Verdict,
    CheckedFile,
    SavedFiles,
    ErrorCode,
    ApiError,
    ErrorReport,
    SyncReport,
    Started,
    DeviceStatus,
    ShareStatus,
    ConflictKind,
    Conflict,
    Keep,
    SharingInfo,
}
