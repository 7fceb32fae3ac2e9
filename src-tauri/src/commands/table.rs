// The app's commands, in one table: each name, its argument keys with their
// TypeScript types, and the TypeScript type of its answer. build.rs includes
// this file to declare the commands to Tauri (so the capability file governs
// them); the generated bindings give lib/api and the UI's fake backend the
// same names and argument keys; tests check the table against the handlers
// that are registered and the permissions that are granted.
//
// No command takes a path: the shell opens the file dialogs itself
// (src/dialogs.rs) and answers with names only. A `bytes: Uint8Array`
// argument is a file the page hands over: it travels as the raw body of the
// call, with `fileName` in a header (src/file_body.rs), not as JSON.

#[allow(dead_code)]
pub struct CommandSpec {
    pub name: &'static str,
    pub args: &'static [(&'static str, &'static str)],
    pub returns: &'static str,
}

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "app_info",
        args: &[],
        returns: "AppInfo",
    },
    CommandSpec {
        name: "app_ready",
        args: &[],
        returns: "null",
    },
    CommandSpec {
        name: "app_quit",
        args: &[],
        returns: "null",
    },
    CommandSpec {
        name: "app_watch",
        args: &[("onChange", "Channel<DatabaseChange>")],
        returns: "null",
    },
    CommandSpec {
        name: "backup_list",
        args: &[],
        returns: "BackupInfo[]",
    },
    CommandSpec {
        name: "backup_create",
        args: &[],
        returns: "BackupInfo",
    },
    CommandSpec {
        name: "backup_restore",
        args: &[("fileName", "string")],
        returns: "RestoreReport",
    },
    CommandSpec {
        name: "statements_list",
        args: &[],
        returns: "StatementSummary[]",
    },
    CommandSpec {
        name: "statements_list_trash",
        args: &[],
        returns: "StatementSummary[]",
    },
    CommandSpec {
        name: "statements_get",
        args: &[("id", "string")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_create",
        args: &[("statement", "NewStatement")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_update",
        args: &[("id", "string"), ("patch", "StatementPatch")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_delete",
        args: &[("id", "string")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_restore",
        args: &[("id", "string")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_set_status",
        args: &[
            ("id", "string"),
            ("status", "StatementStatus"),
            ("confirmed", "boolean"),
        ],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_save_revision",
        args: &[("id", "string"), ("label", "string"), ("pause", "boolean")],
        returns: "SavedRevision",
    },
    CommandSpec {
        name: "statements_revisions",
        args: &[("id", "string")],
        returns: "RevisionSummary[]",
    },
    CommandSpec {
        name: "statements_revision",
        args: &[("id", "string"), ("number", "number")],
        returns: "Revision",
    },
    CommandSpec {
        name: "statements_diff",
        args: &[
            ("id", "string"),
            ("from", "number"),
            ("to", "number | null"),
        ],
        returns: "TextDiffReport",
    },
    CommandSpec {
        name: "statements_restore_revision",
        args: &[("id", "string"), ("number", "number")],
        returns: "SavedRevision",
    },
    CommandSpec {
        name: "statements_translate",
        args: &[("id", "string"), ("language", "string")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_translation_status",
        args: &[("id", "string")],
        returns: "TranslationStatus",
    },
    CommandSpec {
        name: "statements_mark_translation_current",
        args: &[("id", "string")],
        returns: "TranslationStatus",
    },
    CommandSpec {
        name: "statements_duplicate",
        args: &[("id", "string")],
        returns: "Statement",
    },
    CommandSpec {
        name: "statements_import_markdown",
        args: &[("text", "string"), ("fileName", "string")],
        returns: "ImportedStatement",
    },
    CommandSpec {
        name: "statements_import_docx",
        args: &[("bytes", "Uint8Array"), ("fileName", "string")],
        returns: "ImportedStatement",
    },
    CommandSpec {
        name: "statements_markdown",
        args: &[("id", "string")],
        returns: "string",
    },
    CommandSpec {
        name: "statements_purge",
        args: &[("id", "string")],
        returns: "null",
    },
    CommandSpec {
        name: "contacts_list",
        args: &[("query", "ContactQuery")],
        returns: "ContactPage",
    },
    CommandSpec {
        name: "contacts_facets",
        args: &[],
        returns: "ContactFacets",
    },
    CommandSpec {
        name: "contacts_countries",
        args: &[],
        returns: "Country[]",
    },
    CommandSpec {
        name: "contacts_organization",
        args: &[("id", "string")],
        returns: "Organization",
    },
    CommandSpec {
        name: "contacts_person",
        args: &[("id", "string")],
        returns: "Person",
    },
    CommandSpec {
        name: "contacts_people_of",
        args: &[("id", "string")],
        returns: "Person[]",
    },
    CommandSpec {
        name: "contacts_create_organization",
        args: &[("input", "OrganizationInput")],
        returns: "Organization",
    },
    CommandSpec {
        name: "contacts_update_organization",
        args: &[("id", "string"), ("input", "OrganizationInput")],
        returns: "Organization",
    },
    CommandSpec {
        name: "contacts_create_person",
        args: &[("input", "PersonInput")],
        returns: "Person",
    },
    CommandSpec {
        name: "contacts_update_person",
        args: &[("id", "string"), ("input", "PersonInput")],
        returns: "Person",
    },
    CommandSpec {
        name: "contacts_delete",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "contacts_restore",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "contacts_purge",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "contacts_empty_trash",
        args: &[],
        returns: "number",
    },
    CommandSpec {
        name: "contacts_duplicates",
        args: &[("limit", "number")],
        returns: "DuplicatePair[]",
    },
    CommandSpec {
        name: "contacts_not_duplicate",
        args: &[
            ("first", "string"),
            ("second", "string"),
            ("undo", "boolean"),
        ],
        returns: "null",
    },
    CommandSpec {
        name: "contacts_similar",
        args: &[("kind", "ContactKind"), ("name", "string")],
        returns: "ContactRow[]",
    },
    CommandSpec {
        name: "contacts_merge",
        args: &[
            ("keep", "string"),
            ("others", "string[]"),
            ("fields", "MergeFields | null"),
        ],
        returns: "MergeRecord",
    },
    CommandSpec {
        name: "contacts_undo_merge",
        args: &[("mergeId", "string")],
        returns: "MergeRecord",
    },
    CommandSpec {
        name: "contacts_import_read",
        args: &[("bytes", "Uint8Array"), ("fileName", "string")],
        returns: "ImportPreview",
    },
    CommandSpec {
        name: "contacts_import_plan",
        args: &[("token", "string"), ("mapping", "ColumnField[]")],
        returns: "ImportPlan",
    },
    CommandSpec {
        name: "contacts_import_apply",
        args: &[
            ("token", "string"),
            ("mapping", "ColumnField[]"),
            ("onProgress", "Channel<ImportProgress>"),
        ],
        returns: "ImportOutcome",
    },
    CommandSpec {
        name: "contacts_import_cancel",
        args: &[("token", "string")],
        returns: "null",
    },
    CommandSpec {
        name: "endorsements_list",
        args: &[("statementId", "string"), ("query", "EndorsementQuery")],
        returns: "EndorsementPage",
    },
    CommandSpec {
        name: "endorsements_get",
        args: &[("id", "string")],
        returns: "Endorsement",
    },
    CommandSpec {
        name: "endorsements_add",
        args: &[("statementId", "string"), ("endorsement", "NewEndorsement")],
        returns: "Endorsement",
    },
    CommandSpec {
        name: "endorsements_set_status",
        args: &[("ids", "string[]"), ("status", "EndorsementStatus")],
        returns: "Endorsement[]",
    },
    CommandSpec {
        name: "endorsements_correct",
        args: &[("id", "string"), ("patch", "EndorsementPatch")],
        returns: "Endorsement",
    },
    CommandSpec {
        name: "endorsements_confirm_pending",
        args: &[("statementId", "string")],
        returns: "string[]",
    },
    CommandSpec {
        name: "endorsements_undo_confirm",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "endorsements_name_contact",
        args: &[("id", "string")],
        returns: "string",
    },
    CommandSpec {
        name: "endorsements_events",
        args: &[("id", "string")],
        returns: "EndorsementEvent[]",
    },
    CommandSpec {
        name: "endorsements_delete",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "endorsements_restore",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "endorsements_empty_trash",
        args: &[("statementId", "string")],
        returns: "number",
    },
    CommandSpec {
        name: "endorsements_summary",
        args: &[("statementId", "string")],
        returns: "Summary",
    },
    CommandSpec {
        name: "endorsements_outdated",
        args: &[("statementId", "string")],
        returns: "Outdated[]",
    },
    CommandSpec {
        name: "endorsements_reconfirm",
        args: &[("ids", "string[]")],
        returns: "number",
    },
    CommandSpec {
        name: "intake_paste",
        args: &[
            ("statementId", "string"),
            ("text", "string"),
            ("kind", "EndorsementKind"),
            ("options", "IntakeOptions"),
        ],
        returns: "IntakeReview",
    },
    CommandSpec {
        name: "intake_read",
        args: &[("bytes", "Uint8Array"), ("fileName", "string")],
        returns: "IntakeFile",
    },
    CommandSpec {
        name: "intake_plan",
        args: &[
            ("statementId", "string"),
            ("token", "string"),
            ("mapping", "ColumnField[] | null"),
            ("options", "IntakeOptions"),
        ],
        returns: "IntakeReview",
    },
    CommandSpec {
        name: "intake_apply",
        args: &[
            ("statementId", "string"),
            ("token", "string"),
            ("options", "IntakeOptions"),
            ("onProgress", "Channel<ImportProgress>"),
        ],
        returns: "IntakeResult",
    },
    CommandSpec {
        name: "intake_cancel",
        args: &[("token", "string")],
        returns: "null",
    },
    CommandSpec {
        name: "invitations_create",
        args: &[("statementId", "string"), ("audience", "Audience")],
        returns: "Created",
    },
    CommandSpec {
        name: "invitations_list",
        args: &[
            ("statementId", "string"),
            ("status", "InvitationStatus | null"),
            ("reminderAfterDays", "number | null"),
        ],
        returns: "Invitation[]",
    },
    CommandSpec {
        name: "invitations_set_status",
        args: &[("ids", "string[]"), ("status", "InvitationStatus")],
        returns: "Invitation[]",
    },
    CommandSpec {
        name: "invitations_template",
        args: &[("statementId", "string"), ("purpose", "Purpose")],
        returns: "Template",
    },
    CommandSpec {
        name: "invitations_set_template",
        args: &[("statementId", "string"), ("template", "Template")],
        returns: "Template",
    },
    CommandSpec {
        name: "invitations_message",
        args: &[
            ("id", "string"),
            ("purpose", "Purpose"),
            ("language", "string | null"),
        ],
        returns: "Message",
    },
    CommandSpec {
        name: "invitations_save_eml",
        args: &[
            ("ids", "string[]"),
            ("purpose", "Purpose"),
            ("language", "string | null"),
            ("title", "string"),
        ],
        returns: "SavedFiles | null",
    },
    CommandSpec {
        name: "invitations_versions",
        args: &[("statementId", "string")],
        returns: "LanguageVersion[]",
    },
    CommandSpec {
        name: "invitations_sender",
        args: &[],
        returns: "Sender",
    },
    CommandSpec {
        name: "invitations_set_sender",
        args: &[("sender", "Sender")],
        returns: "Sender",
    },
    CommandSpec {
        name: "export_preview",
        args: &[
            ("statementId", "string"),
            ("options", "ExportOptions"),
            ("pages", "number"),
        ],
        returns: "ExportPreview",
    },
    CommandSpec {
        name: "export_all_languages",
        args: &[
            ("statementId", "string"),
            ("format", "ExportFormat"),
            ("options", "ExportOptions"),
            ("passphrase", "string | null"),
            ("title", "string"),
            ("onProgress", "Channel<ExportProgress>"),
        ],
        returns: "SavedFiles | null",
    },
    CommandSpec {
        name: "export_save",
        args: &[
            ("statementId", "string"),
            ("format", "ExportFormat"),
            ("options", "ExportOptions"),
            ("passphrase", "string | null"),
            ("title", "string"),
        ],
        returns: "ExportRecord | null",
    },
    CommandSpec {
        name: "exports_list",
        args: &[("statementId", "string")],
        returns: "ExportRecord[]",
    },
    CommandSpec {
        name: "keys_current",
        args: &[],
        returns: "StoredKey | null",
    },
    CommandSpec {
        name: "keys_create",
        args: &[("passphrase", "string"), ("label", "string")],
        returns: "StoredKey",
    },
    CommandSpec {
        name: "keys_save_public",
        args: &[("title", "string")],
        returns: "string | null",
    },
    CommandSpec {
        name: "verify_file",
        args: &[("title", "string"), ("keyTitle", "string | null")],
        returns: "CheckedFile | null",
    },
];
