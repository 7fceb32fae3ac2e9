// Generated from the Rust types by `make types`; do not edit by hand.

import type { Channel } from '@tauri-apps/api/core';

export type StatementStatus = "draft" | "open" | "closed" | "published";

export type Statement = { id: string, title: string, 
/**
 * The line(s) under the title: a rallying line.
 */
subtitle: string, 
/**
 * What it is issued for ("International Migrants Day").
 */
occasion: string, 
/**
 * The issuing organization(s) as printed, one per line.
 */
issuedBy: string, 
/**
 * The date printed on the statement, `YYYY-MM-DD`.
 */
statementDate: string | null, place: string, 
/**
 * BCP 47 language tag of this text.
 */
language: string, 
/**
 * The statement this one is a translation of.
 */
translationOf: string | null, 
/**
 * For a translation: the original's revision it is up to date with.
 */
translatedFromRevisionId: string | null, status: StatementStatus, 
/**
 * Last day to sign on, `YYYY-MM-DD`.
 */
deadline: string | null, signatoryGoal: number | null, 
/**
 * The current text, Markdown.
 */
body: string, 
/**
 * The revision put out for sign-on, and the one published.
 */
openRevisionId: string | null, publishedRevisionId: string | null, createdAt: string, updatedAt: string, 
/**
 * Set while the statement is in the trash.
 */
deletedAt: string | null, };

export type StatementSummary = { id: string, title: string, subtitle: string, language: string, translationOf: string | null, status: StatementStatus, deadline: string | null, signatoryGoal: number | null, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type NewStatement = { title: string, subtitle?: string, language?: string, };

export type StatementPatch = { title?: string, subtitle?: string, occasion?: string, issuedBy?: string, statementDate?: string, place?: string, language?: string, deadline?: string, signatoryGoal?: number, 
/**
 * The text, Markdown.
 */
body?: string, };

export type AppInfo = { version: string, 
/**
 * The database file in use.
 */
databasePath: string, schemaVersion: number, 
/**
 * The file's permissions allow no writing: the UI says so and offers
 * no changes.
 */
readOnly: boolean, 
/**
 * Why the day's automatic backup failed, if it did.
 */
backupProblem: string | null, };

export type DatabaseChange = { "kind": "changed" } | { "kind": "newer_schema", found: number, supported: number, };

export type BackupReason = "manual" | "daily" | "before_migration" | "before_change" | "before_restore";

export type BackupInfo = { path: string, fileName: string, 
/**
 * UTC, `2026-11-28T17:05:09Z`, from the file name.
 */
createdAt: string, reason: BackupReason, sizeBytes: number, };

export type RestoreReport = { 
/**
 * The backup whose contents are now the database.
 */
restoredFrom: string, 
/**
 * The database as it was just before, kept as a backup of its own.
 */
previousKeptAs: BackupInfo, };

export type RevisionKind = "explicit" | "pause" | "restore" | "import" | "status";

export type Revision = { id: string, statementId: string, 
/**
 * 1 for the first revision of the statement, counted in order of writing.
 */
number: number, label: string, kind: RevisionKind, title: string, subtitle: string, statementDate: string | null, place: string, language: string, body: string, 
/**
 * SHA-256 (hex) of the canonical text, see [`canonical_text`].
 */
contentHash: string, hashVersion: number, createdAt: string, };

export type RevisionSummary = { id: string, number: number, label: string, kind: RevisionKind, createdAt: string, contentHash: string, 
/**
 * Words added plus words removed since the revision before it.
 */
wordsChanged: number, };

export type SavedRevision = { revision: Revision, 
/**
 * False when the text was the same as the last revision's: nothing new was written.
 */
created: boolean, };

export type DiffChange = "same" | "added" | "removed";

export type DiffPart = { change: DiffChange, text: string, };

export type TextDiffReport = { parts: Array<DiffPart>, wordsAdded: number, wordsRemoved: number, };

export type TranslationStatus = { originalId: string, originalTitle: string, originalLanguage: string, 
/**
 * The original's revision the translation is up to date with.
 */
upToDateWith: number | null, 
/**
 * The original's newest revision (its current text counts as one when unsaved).
 */
originalLatest: number | null, 
/**
 * True when the original's text changed since: the translation needs a look.
 */
originalChanged: boolean, 
/**
 * What changed in the original since, word by word.
 */
changes: TextDiffReport | null, };

export type TextLimits = { 
/**
 * A statement's title: printed as a heading.
 */
title: number, 
/**
 * The line(s) under the title: rallying line, occasion.
 */
subtitle: number, 
/**
 * The place printed with the date.
 */
place: number, 
/**
 * The occasion it is issued for.
 */
occasion: number, 
/**
 * The issuing organization(s), one per line.
 */
issuedBy: number, 
/**
 * A revision's label ("sent to members for comment").
 */
label: number, 
/**
 * A BCP 47 language tag (the longest registered ones are about 35).
 */
language: number, 
/**
 * The statement's text, Markdown.
 */
body: number, };

export type ErrorCode = "invalid" | "not_found" | "needs_confirmation" | "busy" | "unavailable" | "internal";

export type ApiError = { code: ErrorCode, message: string, };

/** Every command the window may call: its argument keys and types, and its answer. */
export type Commands = {
  app_info: { args: Record<never, never>; returns: AppInfo };
  app_quit: { args: Record<never, never>; returns: null };
  app_watch: { args: { onChange: Channel<DatabaseChange> }; returns: null };
  backup_list: { args: Record<never, never>; returns: BackupInfo[] };
  backup_create: { args: Record<never, never>; returns: BackupInfo };
  backup_restore: { args: { fileName: string }; returns: RestoreReport };
  statements_list: { args: Record<never, never>; returns: StatementSummary[] };
  statements_list_trash: { args: Record<never, never>; returns: StatementSummary[] };
  statements_get: { args: { id: string }; returns: Statement };
  statements_create: { args: { statement: NewStatement }; returns: Statement };
  statements_update: { args: { id: string, patch: StatementPatch }; returns: Statement };
  statements_delete: { args: { id: string }; returns: Statement };
  statements_restore: { args: { id: string }; returns: Statement };
  statements_set_status: { args: { id: string, status: StatementStatus, confirmed: boolean }; returns: Statement };
  statements_save_revision: { args: { id: string, label: string, pause: boolean }; returns: SavedRevision };
  statements_revisions: { args: { id: string }; returns: RevisionSummary[] };
  statements_revision: { args: { id: string, number: number }; returns: Revision };
  statements_diff: { args: { id: string, from: number, to: number | null }; returns: TextDiffReport };
  statements_restore_revision: { args: { id: string, number: number }; returns: SavedRevision };
  statements_translate: { args: { id: string, language: string }; returns: Statement };
  statements_translation_status: { args: { id: string }; returns: TranslationStatus };
  statements_mark_translation_current: { args: { id: string }; returns: TranslationStatus };
  statements_duplicate: { args: { id: string }; returns: Statement };
  statements_import_markdown: { args: { text: string, fileName: string }; returns: Statement };
  statements_import_docx: { args: { bytes: number[], fileName: string }; returns: Statement };
  statements_markdown: { args: { id: string }; returns: string };
  statements_purge: { args: { id: string }; returns: null };
};

export type CommandName = keyof Commands;

export const COMMAND_NAMES: readonly CommandName[] = [
  'app_info',
  'app_quit',
  'app_watch',
  'backup_list',
  'backup_create',
  'backup_restore',
  'statements_list',
  'statements_list_trash',
  'statements_get',
  'statements_create',
  'statements_update',
  'statements_delete',
  'statements_restore',
  'statements_set_status',
  'statements_save_revision',
  'statements_revisions',
  'statements_revision',
  'statements_diff',
  'statements_restore_revision',
  'statements_translate',
  'statements_translation_status',
  'statements_mark_translation_current',
  'statements_duplicate',
  'statements_import_markdown',
  'statements_import_docx',
  'statements_markdown',
  'statements_purge',
];

/** Length limits of text fields, in characters (Unicode code points), as core enforces them. */
export const TEXT_LIMITS: TextLimits = {"title":300,"subtitle":500,"place":200,"occasion":300,"issuedBy":2000,"label":200,"language":35,"body":200000};
