// Generated from the Rust types by `make types`; do not edit by hand.

import type { Channel } from '@tauri-apps/api/core';

export type StatementStatus = "draft" | "open" | "closed" | "published";

export type Statement = { id: string, title: string, subtitle: string, 
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
translationOf: string | null, status: StatementStatus, deadline: string | null, signatoryGoal: number | null, 
/**
 * The current text, Markdown.
 */
body: string, createdAt: string, updatedAt: string, 
/**
 * Set while the statement is in the trash.
 */
deletedAt: string | null, };

export type StatementSummary = { id: string, title: string, subtitle: string, language: string, translationOf: string | null, status: StatementStatus, deadline: string | null, signatoryGoal: number | null, createdAt: string, updatedAt: string, deletedAt: string | null, };

export type NewStatement = { title: string, subtitle?: string, language?: string, };

export type StatementPatch = { title?: string, subtitle?: string, place?: string, };

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
 * A BCP 47 language tag (the longest registered ones are about 35).
 */
language: number, 
/**
 * The statement's text, Markdown.
 */
body: number, };

export type ErrorCode = "invalid" | "not_found" | "busy" | "unavailable" | "internal";

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
];

/** Length limits of text fields, in characters (Unicode code points), as core enforces them. */
export const TEXT_LIMITS: TextLimits = {"title":300,"subtitle":500,"place":200,"language":35,"body":200000};
