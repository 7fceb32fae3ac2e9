// Generated from the Rust types by `make types`; do not edit by hand.

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

export type NewStatement = { title: string, subtitle?: string, language?: string, };

export type StatementPatch = { title?: string, subtitle?: string, place?: string, };

export type AppInfo = { version: string, 
/**
 * The database file in use.
 */
databasePath: string, schemaVersion: number, };

export type ErrorCode = "invalid" | "not_found" | "unavailable" | "internal";

export type ApiError = { code: ErrorCode, message: string, };
